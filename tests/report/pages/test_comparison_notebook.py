"""Notebook 04 (the comparison report) runs on the seeds, on a dated corpus and (through the runner users call) on
the hand-written same-story corpus, and shows what it promises."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest
import yaml
from bs4 import BeautifulSoup

from analysis import load_corpus
from analysis.paths import NOTEBOOKS_DIR, SEED_ARTICLES
from analysis.report.run.runner import RunOptions, run_report

pytestmark = pytest.mark.slow

NAME = "04_comparison_report"
ORIGINAL = "Original (outlet unknown)"
NEUTRAL = "Neutral rewrite (written for this project)"
OFFICIAL = "Official framing (written for this project)"
CSV_NAMES = ("groups", "summary", "estimates", "differences", "distinguishing_words", "substitution_pairs",
             "substitution_table", "actor_framing", "trends", "shared_vocabulary", "side_by_side",
             "relative_to_story", "headlines", "findings")
STORIES = Path(__file__).resolve().parents[2] / "fixtures" / "stories"
LOADED = "Loaded terms (writer's voice, story vocabulary apart)"


def run(folder: Path, **parameters) -> nbformat.NotebookNode:
    out = folder / f"{NAME}-{len(list(folder.iterdir()))}.ipynb"
    return papermill.execute_notebook(str(NOTEBOOKS_DIR / f"{NAME}.ipynb"), str(out), parameters=parameters,
                                      cwd=str(NOTEBOOKS_DIR), kernel_name="python3", progress_bar=False)


def outputs(nb, mime: str) -> list[str]:
    return [o["data"][mime] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if mime in o.get("data", {})]


def table(nb, caption: str) -> list[dict[str, str]]:
    soup = BeautifulSoup("\n".join(outputs(nb, "text/html")), "html.parser")
    found = [t for t in soup.find_all("table") if t.caption and t.caption.get_text().startswith(caption)]
    assert found, f"no table captioned {caption!r}"
    head = [th.get_text(" ", strip=True) for th in found[0].thead.find_all("th")]
    return [dict(zip(head, (td.get_text(" ", strip=True) for td in tr.find_all(["td", "th"]))))
            for tr in found[0].tbody.find_all("tr")]


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nb04")
    tables_dir = folder / "tables"
    return run(folder, tables_dir=str(tables_dir)), tables_dir


@pytest.fixture(scope="module")
def dated_corpus(tmp_path_factory) -> Path:
    """Two outlets, six dated articles each over six weeks: the seed original's paragraphs as outlet A,
    the neutral rewrite's as outlet B."""
    folder = tmp_path_factory.mktemp("dated") / "articles"
    folder.mkdir()
    seeds = {a.id: a for a in load_corpus(SEED_ARTICLES)}
    for seed, outlet in (("original", "Outlet A"), ("neutral", "Outlet B")):
        paragraphs = [p for p in seeds[seed].text.split("\n") if p.strip()]
        chunks = [" ".join(paragraphs[i::6]) for i in range(6)]
        for week, body in enumerate(chunks):
            published = (date(2024, 1, 1) + timedelta(weeks=week)).isoformat()
            front = {"id": f"{seed}-{week}", "outlet": outlet, "published": published}
            text = "---\n" + yaml.safe_dump(front) + "---\n" + body + "\n"
            (folder / f"{seed}-{week}.txt").write_text(text, encoding="utf-8")
    return folder


def test_defaults_compare_the_three_seeds_with_the_caveat(seeds_run):
    nb, _ = seeds_run
    groups = {row["group"]: row for row in table(nb, "Groups compared")}
    assert set(groups) == {ORIGINAL, NEUTRAL, OFFICIAL}
    assert all("descriptive of this text, not of the outlet" in row["caveat"] for row in groups.values())
    summary = "\n".join(outputs(nb, "text/markdown"))
    assert "describe these texts, not the outlet" in summary
    assert "**Same stories.** 1 story is covered by more than one group" in summary
    assert "Original (outlet unknown) wrote “client state” where Official framing (written for this project) wrote “" \
        in summary  # with both sentences: Washington's client state, "our ally Israel"
    assert "With the seed texts" not in summary  # no sentence written for the seeds only
    measures = {row["measure"]: row for row in table(nb, "Every measure per group")}
    estimates = pd.read_csv(seeds_run[1] / "comparison_estimates.csv")
    loaded = estimates[estimates["measure"] == "loaded_per_1000"].set_index("group")
    # 11 loaded terms in the original's own words, once the story's shared "advise and assist" (all three use
    # it) is set apart; the rewrite's "insurgency" and "unlawful", where "unlawful" is what "the Syrian
    # government says" (reported speech, not the rewrite's own voice, when the engine reads voices)
    for group, counts in ((ORIGINAL, (11,)), (NEUTRAL, (2, 1))):
        value, words = loaded.loc[group, "value"], loaded.loc[group, "writer_words"]
        assert round(value * words / 1000, 6) in counts
        assert measures[LOADED][group].startswith(f"{value:.1f} (")


def test_charts_and_tables_are_all_there(seeds_run):
    nb, _ = seeds_run
    # 5 forest plots + 3 distinguishing-word charts (each group against the rest) + 1 actor heat map
    assert len(outputs(nb, "image/png")) == 9
    pairs = {row["loaded term"]: row for row in table(nb, "Loaded term : neutral alternative")}
    assert pairs["client state"][ORIGINAL] == "1 : 0" and pairs["client state"][OFFICIAL] == "0 : 3"
    assert "support" in pairs["client state"]["shared context"]
    words = table(nb, "Distinguishing words in context")
    assert words and all(row["term"].lower() not in ("mr", "ms") for row in words)
    actors = table(nb, "Actor framing per group")
    assert {row["actor"] for row in actors} >= {"United States", "Iraq", "Israel"}
    assert "No article in this corpus has a publication date" in "\n".join(outputs(nb, "text/markdown"))


def test_every_table_is_written_as_csv(seeds_run):
    _, tables_dir = seeds_run
    assert sorted(p.name for p in tables_dir.iterdir()) == sorted([f"comparison_{n}.csv" for n in CSV_NAMES]
                                                                  + ["findings.json"])
    estimates = pd.read_csv(tables_dir / "comparison_estimates.csv")
    loaded = estimates[(estimates["measure"] == "loaded_per_1000") & (estimates["group"] == ORIGINAL)].iloc[0]
    assert loaded["value"] == pytest.approx(1000 * 11 / loaded["writer_words"])  # 456 words without voices
    assert loaded["low"] < loaded["value"] < loaded["high"]
    differences = pd.read_csv(tables_dir / "comparison_differences.csv")
    assert set(differences["comparison"]) == {"pair", "group vs rest"}
    assert differences["p_value"].dropna().between(1 / 2001, 1).all()


def test_a_dated_corpus_gets_trends_over_the_last_weeks(tmp_path, dated_corpus):
    tables_dir = tmp_path / "tables"
    nb = run(tmp_path, corpus=str(dated_corpus), last_weeks=3, n_boot=500, tables_dir=str(tables_dir))
    groups = {row["group"]: row for row in table(nb, "Groups compared")}
    assert {g["articles"] for g in groups.values()} == {"6"}
    assert all(g["resampled"] == "articles" and g["caveat"] == "" for g in groups.values())
    trend = pd.read_csv(tables_dir / "comparison_trends.csv")
    assert sorted(trend["period_start"].unique()) == ["2024-01-22", "2024-01-29", "2024-02-05"]
    assert set(trend["group"]) == {"Outlet A", "Outlet B"}
    assert table(nb, "Measures per period (W)")
    assert len(outputs(nb, "image/png")) == 5 + 1 + 1 + 1  # forests, one pair of words, heat map, trend
    assert "**No shared stories.**" in "\n".join(outputs(nb, "text/markdown"))


def test_a_bad_parameter_stops_with_a_clear_message(tmp_path):
    with pytest.raises(papermill.PapermillExecutionError) as err:
        run(tmp_path, group_by="colour")
    assert "group_by" in str(err.value) and "outlet" in str(err.value)


@pytest.fixture(scope="module")
def stories_report(tmp_path_factory) -> Path:
    """Notebook 04 on the same-story corpus, through the runner users call."""
    return run_report(RunOptions(corpus=str(STORIES), params={"n_boot": 2000}, notebooks=("04",),
                                 out=str(tmp_path_factory.mktemp("stories-report")), name="stories"))


def test_the_report_of_same_story_coverage_states_its_findings(stories_report):
    nb = nbformat.read(stories_report / "notebooks" / f"{NAME}.ipynb", as_version=4)
    text = "\n".join(outputs(nb, "text/markdown"))
    summary = next(t for t in outputs(nb, "text/markdown") if t.startswith("- **Same stories.**"))
    assert summary.startswith("- **Same stories.** 4 stories are covered by more than one group")
    assert "2. Harbor Tribune wrote more strong loaded terms (words that judge, such as slurs and charged labels) " \
        "than" in summary
    assert ("Harbor Tribune wrote “regime” where Capital Ledger wrote “government” about the same thing in the "
            "story foreign-aid-vote") in summary
    assert "In the story speech-code-ruling, every outlet covering it wrote “racist”" in summary
    assert "p = " not in summary  # the figures are in the table under it
    figures = table(nb, "The figures behind each finding")
    assert figures[1]["finding"] == "2" and figures[1]["p after allowing for all measures"].startswith("p ")
    assert text.count("**p after allowing for all measures**") == 1
    assert "honorifics (Mr, Mrs, Ms, Dr, Mx)" in text and "boilerplate" in text
    side = table(nb, "Same story, side by side")
    regime = next(r for r in side if r["story"] == "foreign-aid-vote" and r["about"] == "regime (Harbor Tribune)")
    assert "[regime]" in regime["Harbor Tribune"] and "government of Veloria" in regime["Capital Ledger"]
    shared = table(nb, "Shared vocabulary per story")
    assert [(r["story"], r["term"]) for r in shared] == [("speech-code-ruling", "racist")]
    html = (stories_report / f"{NAME}.html").read_text(encoding="utf-8")
    assert "Harbor Tribune wrote more strong loaded terms" in html
