"""One file plus its spec: a toy measure (exclamation marks, ``tests/fixtures/measures/toy_exclamations.py``)
reaches every place a measure is shown, with no other file edited.

This is the promise of ``analysis/measures/registry.py``: the articles, sentences and matches tables, the run
store, the CLI summary, the article browser and report page 03 all read the registry.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli, write_article

TEXT = ("The minister spoke on Monday. What a disgrace! The council voted again on Tuesday, "
        "and critics said it had lied. Enough!\n")


def _corpus(folder: Path) -> Path:
    write_article(folder / "a.md", {"id": "a", "title": "Vote", "outlet": "Daily One"}, TEXT)
    write_article(folder / "b.md", {"id": "b", "title": "Vote", "outlet": "Daily Two"},
                  "The council voted again on Tuesday. The minister spoke on Monday.\n")
    return folder


def test_the_toy_measure_reaches_the_tables_the_labels_and_the_store(toy, tmp_path):
    from analysis import Config, analyze_corpus, load_corpus
    from analysis.display.labels import display_name
    from analysis.store import RunStore, RunTables, analyze_into

    tables = analyze_corpus(load_corpus(_corpus(tmp_path / "corpus")))
    a = tables.articles.set_index("article_id")
    # 2 marks in 21 words (counted by hand): 95.2 per 1,000; the other article has none
    assert a.loc["a", "exclamations_per_1000"] == pytest.approx(1000 * 2 / 21, rel=0.01)
    assert a.loc["b", "exclamations_per_1000"] == 0
    assert a.loc["a", "writer_exclamations_count"] == 2
    found = tables.matches[tables.matches["measure"] == "exclamations"]
    assert list(found["text"]) == ["!", "!"] and list(found["sentence"]) == [1, 3]
    assert tables.sentences.set_index(["article_id", "sentence"]).loc[("a", 1), "exclamations"] == 1
    assert display_name("exclamations") == "exclamation marks"
    assert display_name("exclamations_per_1000") == "exclamation marks per 1,000 words"

    store = RunStore(tmp_path / "store")
    analyze_into(store, load_corpus(tmp_path / "corpus"), Config())
    with RunTables(store) as run:
        marks = run.sql("SELECT count(*) FROM matches WHERE measure = 'exclamations'").iloc[0, 0]
        rate = run.sql("SELECT exclamations_per_1000 FROM articles WHERE article_id = 'a'").iloc[0, 0]
    assert marks == 2 and rate == pytest.approx(1000 * 2 / 21, rel=0.01)


def test_the_toy_measure_fires_on_its_example_sentence(toy):
    from analysis import analyze

    spec = next(s for s in toy.specs() if s.name == "exclamations")
    result = analyze(spec.example)
    assert [s.text for s in result.spans() if s.measure == "exclamations"] == ["!", "!"]


@pytest.mark.slow
def test_the_toy_measure_reaches_the_cli_summary_the_browser_and_page_03(toy, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    done = run_cli("analyze", str(corpus), "--out", str(tmp_path / "tables"))
    assert done.returncode == 0, done.stderr
    assert "exclamations_per_1000" in done.stdout

    done = run_cli("report", "--corpus", str(corpus), "--out", str(tmp_path / "reports"), "--name", "toy",
                   "--notebooks", "03_hedging_and_sourcing", "--quiet", timeout=600)
    assert done.returncode == 0, done.stderr + done.stdout
    report = next(p for p in (tmp_path / "reports").iterdir() if p.is_dir() and p.name.endswith("-toy"))
    index = (report / "browser" / "index.js").read_text()
    shared = json.loads(index[index.index("(") + 1:index.rindex(")")])  # frmIndex({...});
    assert ["exclamations", "exclamation marks"] in shared["measures"]  # a switch with its display name
    part = (report / "browser" / "part-0001.js").read_text()
    article = next(a for a in json.loads(part[part.index("(") + 1:part.rindex(")")])["articles"] if a[0] == "a")
    text, marks = article[3], article[5]  # five numbers a mark, the first counted from the previous mark's start
    kinds, at, found = shared["kinds"], 0, []
    for k in range(0, len(marks), 5):
        at += marks[k]
        if kinds[marks[k + 2]][0] == "exclamations":
            found.append(text[at:at + marks[k + 1]])
    assert found == ["!", "!"]  # both marks of article a, as written
    page = next(report.glob("03_*.html")).read_text()
    assert 'data-measure="exclamations"' in page  # the two marks highlighted on page 03
