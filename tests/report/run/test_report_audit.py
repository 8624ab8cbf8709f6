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
