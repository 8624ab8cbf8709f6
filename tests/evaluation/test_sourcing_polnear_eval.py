"""The PolNeAR scoring (analysis/evaluation/polnear.py) on three made-up articles written for this test
(tests/fixtures/eval/made-up-polnear_dev.jsonl, in PolNeAR's format), with figures worked out by hand:

1. 'Smith said the plan failed. "It is over," said Jane Doe, a spokeswoman.' - both sources found with the
   annotated boundaries; the quotation is a direct quote inside annotated content.
2. 'The "reform" was dropped. Officials said the "deal" was dead.' - "Officials" found; "reform" is a scare
   quote outside every annotated content (right); "deal" is a partial quote inside content (a direct quote).
3. 'The council hints the "tax" is fair. Sen. Ann Lee said so.' - "hints" (without "that") is no verb the
   voice layer reads as an attribution, so "The council" is missed and "tax" is called a scare quote although it lies in annotated content (wrong);
   "Sen. Ann Lee" overlaps the annotated "Ann Lee" but has other boundaries.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.evaluation import polnear
from analysis.paths import PROJECT_DIR

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "made-up-polnear_dev.jsonl"


@pytest.fixture(scope="module")
def report():
    return polnear.evaluate_polnear(polnear.read_polnear(FIXTURE), polnear.engine_spans())


def test_figures_worked_out_by_hand(report):
    f = report["figures"]
    # 5 gold sources, 4 predicted; 4 overlap, 3 with the same boundaries
    assert (f["n_gold_sources"], f["n_predicted_sources"]) == (5, 4)
    assert f["speaker_any_precision"] == 1.0 and f["speaker_any_recall"] == pytest.approx(0.8)
    assert f["speaker_same_precision"] == pytest.approx(0.75) and f["speaker_same_recall"] == pytest.approx(0.6)
    assert f["speaker_same_f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert f["cue_accuracy"] == 1.0
    # direct quotes: "It is over," and "deal" are right; 2 of the 3 quoted contents are found
    assert f["direct_quote_precision"] == 1.0 and f["direct_quote_recall"] == pytest.approx(2 / 3)
    # scare quotes: "reform" right, "tax" wrong
    assert f["scare_quote_precision"] == 0.5 and f["n_scare_quotes"] == 2


def test_every_interval_holds_its_figure(report):
    for key, (low, high) in report["intervals"].items():
        assert low <= report["figures"][key] <= high, key
    assert report["references"] == {"speaker_any_overlap_f1": 0.83, "speaker_same_boundaries_f1": 0.78}


def run_script(*args):
    return subprocess.run([sys.executable, str(PROJECT_DIR / "bench" / "validate.py"), *args],
                          capture_output=True, text=True, cwd=PROJECT_DIR, timeout=300)


@pytest.mark.slow
def test_validate_prints_polnear_and_skips_it_with_a_message_when_absent(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "polnear_dev.jsonl")
    done = run_script("--data", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "## Who said it (PolNeAR, 3 articles, 5 gold sources, 4 predicted)" in done.stdout
    assert "| speaker F1, same boundaries | 0.67 [" in done.stdout and "| 0.78 |" in done.stdout
    (tmp_path / "polnear_dev.jsonl").unlink()
    shutil.copy(PROJECT_DIR / "tests" / "fixtures" / "eval" / "made-up-babe.jsonl", tmp_path / "babe.jsonl")
    done = run_script("--data", str(tmp_path))
    assert done.returncode == 0 and "PolNeAR skipped" in done.stdout and "polnear_dev.jsonl not found" in done.stdout
