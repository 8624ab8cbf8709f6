"""The audit at the end of every report run (manifest.json's ``audit``): it checks each sentence page 04 and the
front page write, and finds nothing on the seeds, the hostile corpus, the story fixtures and a corpus built from
the shared BASIL half. A problem is kept in the manifest, never a failed run: these tests fail on it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analysis.report.run.options import RunOptions
from analysis.report.run.runner import run_report
from analysis.paths import NOTEBOOKS_DIR

TESTS = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TESTS))
from basil_corpus import BASIL, write_basil_corpus  # noqa: E402


def _audit(report: Path) -> dict:
    return json.loads((report / "manifest.json").read_text(encoding="utf-8"))["audit"]


def test_the_seed_report_says_nothing_the_texts_do_not(suite_report):
    audit = _audit(suite_report)
    assert audit["sentences"] >= 5 and audit["problems"] == []


def test_the_hostile_report_says_nothing_the_texts_do_not(hostile_suite_report):
    audit = _audit(hostile_suite_report)
    assert audit["problems"] == []


@pytest.mark.slow
def test_the_story_fixture_report_says_nothing_the_texts_do_not(tmp_path):
    report = run_report(RunOptions(corpus=str(TESTS / "fixtures" / "stories"), out=str(tmp_path),
                                   notebook_dir=str(NOTEBOOKS_DIR), notebooks=("04",), name="stories"))
    audit = _audit(report)
    assert audit["sentences"] >= 8 and audit["problems"] == []


@pytest.mark.slow
@pytest.mark.skipif(not BASIL.is_file(), reason=f"{BASIL} is absent (the shared BASIL half)")
def test_a_basil_report_says_nothing_the_texts_do_not(tmp_path):
    corpus = write_basil_corpus(tmp_path / "basil.jsonl")
    report = run_report(RunOptions(corpus=str(corpus), out=str(tmp_path / "reports"),
                                   notebook_dir=str(NOTEBOOKS_DIR), notebooks=("04",), name="basil"))
    audit = _audit(report)
    assert audit["sentences"] >= 6 and audit["problems"] == []


EN = ("The senator slammed the reckless plan on Monday. Officials said the program may cost more than expected. "
      "\"It is a disaster,\" said one critic. The government will vote next week.")
DE = ("Die Regierung hat am Montag neue Maßnahmen angekündigt. Die Opposition kritisierte den Plan scharf und "
      "sprach von einem Skandal. Der Minister sagte, man werde die Vorschläge prüfen.")


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("name, rows, says", [
    ("german", [{"id": f"d{i}", "title": "Nachricht", "text": DE, "outlet": f"Zeitung {i % 2}"} for i in range(4)],
     "No article was scored"),
    ("one-article", [{"id": "a1", "title": "One", "text": EN, "outlet": "Daily"}],
     "All 1 articles are in one outlet, so there are no groups to compare"),
    ("one-outlet", [{"id": f"a{i}", "title": f"T{i}", "text": EN, "outlet": "Daily", "story": f"s{i}"}
                    for i in range(3)], "All 3 articles are in one outlet, so there are no groups to compare"),
    ("no-story", [{"id": f"a{i}", "title": f"T{i}", "text": EN + (" The regime lied." if i % 2 else ""),
                   "outlet": f"Outlet {i % 2}"} for i in range(4)], "articles pooled (no stories)"),
    # two outlets that share no story, with five stories in all: compared as unpaired groups, with a note
    ("no-shared-story", [{"id": f"{g}{s}", "title": f"{g}{s}", "text": EN, "outlet": g, "story": f"story{s}"}
                         for s in range(6) for g in "ABC" if not ((s < 3 and g == "C") or (s >= 3 and g == "A"))],
     "stories resampled and permuted as blocks"),
])
def test_every_corpus_ends_with_a_report_that_says_what_it_could_not_compare(tmp_path, name, rows, says):
    report = run_report(RunOptions(corpus=str(_jsonl(tmp_path / f"{name}.jsonl", rows)), out=str(tmp_path / "r"),
                                   notebook_dir=str(NOTEBOOKS_DIR), name=name))
    front = " ".join((report / "index.html").read_text(encoding="utf-8").split())
    assert says in front
    assert _audit(report)["problems"] == []
    if name == "no-shared-story":
        differences = (report / "tables" / "comparison_differences.csv").read_text(encoding="utf-8")
        assert "no story in common: compared as unpaired groups" in differences
