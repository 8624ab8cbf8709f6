"""Agreement of hedges with uncertainty annotations (analysis/evaluation/szeged.py and the Szeged part of
bench/validate.py), on made-up sentences whose expected scores were worked out by hand."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.evaluation import szeged
from analysis.pipeline import Config, analyzer_for

PROJECT_DIR = Path(__file__).resolve().parents[2]
FIXTURE = PROJECT_DIR / "tests" / "fixtures" / "eval"


def rows(part: str) -> list[dict]:
    with open(FIXTURE / f"made-up-szeged_{part}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def engine():
    lx = analyzer_for(Config()).lexicons
    return szeged.engine_predictor(lx["hedges"], lx["boosters"])


def test_sentence_and_cue_scores_by_hand():
    # wiki fixture: uncertain sentences 1, 3, 5; the engine flags 1 (may) and 5 (if), not the approximator of
    # sentence 2, not "wonder" in sentence 3, and not "believe in the project" in sentence 4 (faith or support,
    # not a guess: a plain sense of believe since 2026-12-06).
    r = szeged.evaluate(rows("wiki"), engine())
    s, c = r["sentence"], r["cue"]
    assert (s["right"], s["wrong"], s["found"], s["missed"]) == (2, 0, 2, 1)
    assert s["precision"] == 1.0 and round(s["recall"], 3) == 0.667 and round(s["f1"], 3) == 0.8
    assert (c["right"], c["wrong"], c["found"], c["missed"]) == (2, 0, 2, 1)
    assert r["n_sentences"] == 5 and r["n_uncertain"] == 3
    low, high = s["f1_ci"]
    assert 0.0 <= low <= s["f1"] <= high <= 1.0


def test_the_33_word_list_is_a_plain_word_match():
    assert len(szeged.BASELINE_WORDS) == 33
    predict = szeged.list_predictor()
    assert predict("If it rains, the match may be moved.") == [(0, 2), (23, 26)]
    assert predict("Mayor Iffy spoke.") == []


def test_the_bootstrap_resamples_groups_and_gives_zero_width_for_identical_groups():
    same = [[1, 0, 1, 0]] * 20
    out = szeged.scores(same)
    assert out["f1"] == 1.0 and out["f1_ci"] == [1.0, 1.0]
    assert szeged.scores([])["f1"] == 0.0


@pytest.mark.slow
def test_validate_prints_the_szeged_table_and_skips_without_it(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for part in ("wiki", "bio"):
        shutil.copy(FIXTURE / f"made-up-szeged_{part}.jsonl", data / f"szeged_{part}.jsonl")
    script = [sys.executable, str(PROJECT_DIR / "bench" / "validate.py"), "--data", str(data), "--before", "none"]
    done = subprocess.run(script, capture_output=True, text=True, cwd=PROJECT_DIR, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "## 5. Hedges against the Szeged uncertainty corpus" in done.stdout
    assert "| wiki | engine now, epistemic hedges and conditions | 1.00 | 0.67 | 0.80 [" in done.stdout
    assert "| bio | engine now, epistemic hedges and conditions | 1.00 | 1.00 | 1.00 [1.00, 1.00]" in done.stdout
    (data / "szeged_bio.jsonl").unlink()
    done = subprocess.run(script, capture_output=True, text=True, cwd=PROJECT_DIR, timeout=300)
    assert done.returncode == 0 and "Szeged skipped: szeged_bio.jsonl not found" in done.stdout
