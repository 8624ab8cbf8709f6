"""The explorer over a run store of the three seed articles: who uses a word how often, its contexts, rates by
voice with intervals, an article with its highlights, and the notebook run headless through papermill.

Counts checked by hand in seeds/articles: "troops" is used 6 times in the body of neutral_rewrite.txt (lines
11, 13 twice, 21, 23, 25; the title and the ``story`` field are not body text), "on standby" once each in
the bodies of neutral_rewrite.txt and original_4fd01be5.txt and never in official_framing.txt.
"""
from __future__ import annotations

import gc
import math

import nbformat
import numpy as np
import pytest

from analysis.errors import ParameterError
from analysis.explore import explorer, open_explorer
from analysis.explore.query import ratio_interval
from analysis.explore.views import article_html
from analysis.paths import NOTEBOOKS_DIR, SEED_ARTICLES
from analysis.store import RunTables

NEUTRAL = "Neutral rewrite (written for this project)"
OFFICIAL = "Official framing (written for this project)"


@pytest.fixture(scope="module")
def ex():
    explorer_ = open_explorer("", SEED_ARTICLES)
    yield explorer_
    explorer_.close()


def test_the_temporary_store_of_a_corpus_is_removed_when_the_explorer_goes():
    explorer_ = open_explorer("", SEED_ARTICLES)
    folder = explorer_.run.store.path
    assert (folder / "STORE.json").is_file() and folder.name.startswith("explore-store-")
    explorer_.close()
    del explorer_
    gc.collect()
    assert not folder.exists()


def test_a_word_in_no_lexicon_is_counted_per_group_per_1000_words(ex):
    table = ex.search("troops").set_index("group")
    assert table.loc[NEUTRAL, "count"] == 6 and table.loc[NEUTRAL, "using"] == 1
    assert table.loc[NEUTRAL, "per_1000"] == pytest.approx(6000 / table.loc[NEUTRAL, "words"])
    assert table.loc[NEUTRAL, "low"] < table.loc[NEUTRAL, "per_1000"] < table.loc[NEUTRAL, "high"]
    assert ex.search("TROOPS").equals(ex.search("troops"))  # any case
    assert ex.search("troop")["count"].sum() < ex.search("troops")["count"].sum()  # whole words only


def test_a_phrase_and_its_contexts_one_click_away(ex):
    table = ex.search("on   standby").set_index("group")  # any white space between the words
    assert table["count"].to_dict() == {NEUTRAL: 1, "Original (outlet unknown)": 1, OFFICIAL: 0}
    assert table.loc[OFFICIAL, "low"] == 0 and table.loc[OFFICIAL, "high"] > 0  # none found, not "exactly 0"
    rows = ex.contexts("on standby")
    assert len(rows) == 2
    for row in rows.to_dict("records"):
        assert row["text"][row["at"]:row["to"]].lower() == "on standby"
    page = explorer(ex, phrase="on standby", interactive=False).static
    assert page.count("<details>") == 2 and "<mark>on standby</mark>" in page


def test_rates_count_the_chosen_voice_of_the_chosen_measure(ex, tmp_path):
    with RunTables(ex.run.store) as run:
        matches = run.table("matches")
    for voice, voices in (("writer", {"writer"}), ("quoted", {"quote", "reported", "scare"})):
        table = ex.rates("outlet", "loaded", voice).set_index("group")
        expected = matches[(matches["measure"] == "loaded") & matches["voice"].isin(voices)]
        assert table["count"].sum() == len(expected), voice
    writer = ex.rates("outlet", "loaded", "writer").set_index("group")
    every = ex.rates("outlet", "loaded", "all").set_index("group")
    assert (writer["words"] <= every["words"].reindex(writer.index)).all()
    assert (writer["unit"] == "sentences").all()  # one article a group: sentences are the units
    assert ex.rates("story", "hedges", "writer")["articles"].tolist() == [3]


def test_the_interval_of_a_ratio_of_sums_is_the_one_worked_by_hand():
    # units (1 of 100 words, 3 of 100): rate 20 per 1,000; se = sqrt(2 * (1 + 1)) / 200 = 0.01
    rate, low, high = ratio_interval(np.array([1.0, 3.0]), np.array([100.0, 100.0]))
    assert (rate, round(low, 3), round(high, 3)) == (20.0, 0.4, 39.6)
    rate, low, high = ratio_interval(np.array([0.0, 0.0]), np.array([500.0, 500.0]))
    assert (rate, low, round(high, 2)) == (0.0, 0.0, 3.69)  # -ln(0.025) per 1,000 words
    assert math.isnan(ratio_interval(np.array([2.0]), np.array([100.0]))[1])


def test_an_article_opens_with_its_highlights_at_the_right_words(ex):
    _, sentences, matches = ex.article("official")
    page = article_html(ex, "official")
    loaded = matches[(matches["measure"] == "loaded") & (matches["voice"] != "headline")]
    assert len(loaded) > 0
    for word in loaded["entry"].head(5):
        assert word.split()[0].lower() in page.lower()
    assert page.count("<mark") >= len(loaded)
    assert "Pentagon" in page  # the text itself


def test_bad_choices_say_what_to_give(ex, tmp_path):
    for call, words in ((lambda: ex.search("   "), "phrase"), (lambda: ex.rates(voice="shouted"), "writer"),
                        (lambda: ex.rates(measure="nonsense"), "loaded"),
                        (lambda: ex.article("no-such-id"), "article_id"),
                        (lambda: ex.rates(by="colour"), "outlet"),
                        (lambda: open_explorer(tmp_path), "STORE.json")):
        with pytest.raises(ParameterError, match=words):
            call()


def test_static_without_a_front_end_and_live_widgets_with_one(ex, monkeypatch):
    pytest.importorskip("ipywidgets")
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    assert explorer(ex, phrase="troops").widget is None
    monkeypatch.setenv("JPY_SESSION_NAME", "explore.ipynb")
    view = explorer(ex, phrase="troops")
    assert view.widget is not None and "troops" in view.static
    rows, = [c for c in view.widget.children if hasattr(c, "value") and "<h3>" in str(c.value)]
    before = rows.value
    measure = next(b for box in view.widget.children[:2] for b in box.children if b.description == "measure:")
    measure.value = "hedges"
    assert rows.value != before and "<h3>Hedges in the writer" in rows.value


@pytest.mark.slow
def test_the_explorer_notebook_runs_headless_on_the_seeds(tmp_path, capfd):
    from analysis.report.run.kernels import execute

    notebook = NOTEBOOKS_DIR / "explore.ipynb"
    (tmp_path / "ipc").mkdir()
    execute(notebook, tmp_path / "out.ipynb", {"phrase": "on standby"}, tmp_path / "ipc" / "k", [])
    cells = nbformat.read(tmp_path / "out.ipynb", as_version=4).cells
    outputs = [o for c in cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o["output_type"] == "error"]
    shown = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Static view" in shown and "<mark>on standby</mark>" in shown and "per 1,000 words" in shown
    assert "3 articles" in "".join(o.get("text", "") for o in outputs)
    assert "ERROR" not in capfd.readouterr().err
