"""Scores against annotated data: the metrics, the token scheme, target sentiment, the plain-sense rule
and bench/validate.py on a tiny fixture written for the project (tests/fixtures/eval). Every expected
value was worked out by hand from the fixture's sentences; none of the real data is needed."""
from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import analyze
from analysis.measures.sentiment import polarity_class
from analysis.evaluation.target import target_sentiment
from analysis.paths import PROJECT_DIR
from analysis.text import Document
from analysis.evaluation.metrics import Binary, average_ranks, multiclass, overlaps, span_recall, spearman
from analysis.evaluation.validity import evaluate_babe, evaluate_newsmtsc, gold_token_flags, read_jsonl

FIXTURE = PROJECT_DIR / "tests" / "fixtures" / "eval"
DATA_NAMES = ("babe", "newsmtsc", "basil_articles", "basil_sentences", "basil_spans")


def fixture(name: str) -> Path:
    """A fixture file. They carry a ``made-up-`` prefix so nobody takes them for the real data sets."""
    return FIXTURE / f"made-up-{name}.jsonl"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """The fixture files under the data sets' own names, as bench/validate.py reads them."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in DATA_NAMES:
        shutil.copy(fixture(name), folder / f"{name}.jsonl")
    return folder
SCRIPT = PROJECT_DIR / "bench" / "validate.py"


# ------------------------------------------------------------------------------------------- metrics

def test_binary_scores_from_counts():
    b = Binary(tp=2, fp=1, fn=0, tn=2)
    assert (b.precision, b.recall) == (pytest.approx(2 / 3), 1.0)
    assert b.f1 == pytest.approx(0.8)
    # negative class: precision 2/2, recall 2/3 -> F1 0.8; macro = (0.8 + 0.8) / 2
    assert b.macro_f1 == pytest.approx(0.8)
    assert b.accuracy == pytest.approx(0.8)


def test_binary_of_labels_and_empty_denominators():
    b = Binary.of([True, True, False, False], [True, False, True, False])
    assert (b.tp, b.fn, b.fp, b.tn) == (1, 1, 1, 1)
    assert Binary().f1 == 0.0 and Binary().precision == 0.0


def test_multiclass_accuracy_and_macro_f1():
    gold = ["positive", "negative", "neutral", "neutral"]
    pred = ["positive", "negative", "neutral", "negative"]
    m = multiclass(gold, pred)
    assert m["accuracy"] == 0.75
    # F1: positive 1; negative P 1/2 R 1 -> 2/3; neutral P 1 R 1/2 -> 2/3
    assert m["macro_f1"] == pytest.approx((1 + 2 / 3 + 2 / 3) / 3)
    assert m["confusion"]["neutral"]["negative"] == 1
    with pytest.raises(ValueError):
        multiclass(gold, pred[:3])


def test_average_ranks_share_ties():
    assert average_ranks([5, 7, 7, 1]) == [2.0, 3.5, 3.5, 1.0]


def test_spearman_against_hand_computed_values():
    # no ties: d = -1, 1, -1, 1, 0 -> 1 - 6 * 4 / (5 * 24) = 0.8
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    # ties: ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4 -> 4.5 / sqrt(4.5 * 5) = 3 / sqrt(10)
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(3 / math.sqrt(10))
    assert spearman([3, 2, 1], [1, 2, 3]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))


def test_overlap_is_half_open_and_recall_counts_gold_spans():
    assert overlaps((0, 5), (4, 9)) and not overlaps((0, 5), (5, 9))
    assert span_recall([(0, 5), (10, 12), (20, 30)], [(3, 4), (25, 40)]) == (2, 3)


# ----------------------------------------------------------------------------------- token scheme

def test_gold_tokens_match_marked_words_case_insensitively_and_in_order():
    doc = Document("Critics called the plan Absurd, and the absurd plan failed.")
    flags = gold_token_flags(doc, ["absurd"])
    assert [w for w, f in zip(doc.words(), flags) if f] == ["Absurd", "absurd"]
    doc = Document("A radical left agenda and a left turn.")
    flags = gold_token_flags(doc, ["radical left"])
    assert [w for w, f in zip(doc.words(), flags) if f] == ["radical", "left"]


def test_a_marked_phrase_that_does_not_occur_falls_back_to_its_content_words():
    doc = Document("The plan is a disaster of the first order.")
    flags = gold_token_flags(doc, ["disaster of epic"])
    assert [w for w, f in zip(doc.words(), flags) if f] == ["disaster"]


# -------------------------------------------------------------------------------- target sentiment

def test_window_leaves_the_mention_out_and_stays_in_its_sentence():
    text = "Brown arrived on Monday. Critics attacked Jones over the terrible failure. He left."
    start = text.index("Jones")
    result = target_sentiment(text, start, start + 5)
    assert result.sentence == 1
    assert result.window == "Critics attacked over the terrible failure"
    assert result.window_class == "negative" and result.sentence_class == "negative"


def test_a_name_is_not_a_judgement_of_its_bearer():
    text = "Winner met reporters on Monday."
    result = target_sentiment(text, 0, 6)
    assert result.sentence_class == "positive"      # VADER scores the word winner itself
    assert result.window_class == "neutral"


def test_polarity_class_uses_vaders_thresholds():
    classes = [polarity_class(c) for c in (-0.05, -0.04, 0.04, 0.05)]
    assert classes == ["negative", "neutral", "neutral", "positive"]


# ---------------------------------------------------------------------------- plain senses of words

def loaded(text):
    return [(s.text, s.category) for s in analyze(text).results["loaded"].spans]


@pytest.mark.parametrize("text, expected", [
    ("The fire claimed 12 lives.", []),
    ("The group claimed responsibility for the attack.", []),
    ("He claimed the vote was rigged.", [("claimed", "loaded_verb"), ("rigged", "covert_framing")]),
    ("She was admitted to hospital on Friday.", []),
    ("He admitted the error.", [("admitted", "loaded_verb")]),
    ("The sanctions regime stays.", []),
    ("The regime fell.", [("regime", "actor_label")]),
    ("Police arrested the alleged gunman.", []),
    ("They alleged fraud.", [("alleged", "loaded_verb")]),
    ("She conceded defeat on Tuesday.", []),
    ("He was charged with making false statements.", []),
    ("He repeated false claims.", [("false claims", "distancing")]),
])
def test_plain_senses_are_not_counted_as_loaded(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, word, category", [
    ("It was a ridiculous idea.", "ridiculous", "evaluative"),
    ("He made a racist remark.", "racist", "moral_label"),
    ("The legendary coach retired.", "legendary", "puffery"),
    ("Ironically, the bridge opened late.", "Ironically", "editorial"),
    ("The visit was a publicity stunt.", "stunt", "dismissive"),
    ("The Democrat Party met.", "Democrat Party", "partisan_label"),
])
def test_new_categories_find_their_words(text, word, category):
    assert (word, category) in loaded(text)


@pytest.mark.parametrize("text, word", [
    ("Heroin seizures rose.", "heroin"), ("Toxic waste was found.", "toxic"),
    ("Fringe benefits were cut.", "fringe"), ("Amnesty International said so.", "amnesty"),
    ("The Democratic Party met.", "democratic party"),
])
def test_look_alikes_are_not_matched(text, word):
    assert word not in {w.lower() for w, _ in loaded(text)}


# ---------------------------------------------------------------------------- evaluations, fixture

def test_babe_fixture_scores():
    r = evaluate_babe(read_jsonl(fixture("babe")))
    words = r["words"]["overall"]
    # gold: absurd, scorn, slammed ("the" is a function word and left out); flagged: absurd, slammed, sham,
    # hoax (the sanctions regime is a plain sense)
    assert (words["tp"], words["fp"], words["fn"]) == (2, 2, 1)
    assert words["f1"] == pytest.approx(4 / 7)
    assert r["words"]["per_category"]["evaluative"]["tp"] == 1
    rule = r["sentences"]["loaded"]
    assert (rule["tp"], rule["fp"], rule["fn"], rule["tn"]) == (2, 1, 0, 2)
    assert rule["macro_f1"] == pytest.approx(0.8)
    assert r["false_negatives"] == [["scorn", 1]]
    assert sorted(w for w, _ in r["false_positives"]) == ["hoax", "sham"]


def test_newsmtsc_fixture_scores():
    r = evaluate_newsmtsc(read_jsonl(fixture("newsmtsc")))
    assert r["n_targets"] == 4 and r["n_sentences"] == 3
    # the critics, neutral in the gold, share their sentence's negative score
    assert r["sentence"]["accuracy"] == 0.75
    assert r["sentence"]["macro_f1"] == pytest.approx((1 + 2 / 3 + 2 / 3) / 3)
    assert r["sentence"]["confusion"]["neutral"]["negative"] == 1


def run_script(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          cwd=PROJECT_DIR, timeout=120)


@pytest.mark.slow
def test_validate_script_prints_tables_and_writes_json(tmp_path, data_dir):
    out = tmp_path / "figures.json"
    done = run_script("--data", str(data_dir), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "| loaded terms, all categories | 0.50 | 0.67 | 0.57 | 4 |" in done.stdout
    assert "| at least one loaded term | 0.67 | 1.00 | 0.80 | 0.80 |" in done.stdout
    assert "BABE words marked but not flagged: scorn (1)" in done.stdout
    figures = json.loads(out.read_text())
    assert figures["babe"]["words"]["overall"]["tp"] == 2
    assert figures["basil"]["span_recall"]["all"]["found"] == 4
    assert figures["lexicons"]["loaded"]["version"]


@pytest.mark.slow
def test_validate_script_skips_without_data(tmp_path):
    done = run_script()
    assert done.returncode == 0 and "validation skipped" in done.stdout
    done = run_script("--data", str(tmp_path / "nowhere"))
    assert done.returncode == 0 and "validation skipped" in done.stdout
    (tmp_path / "babe.jsonl").write_text((fixture("babe")).read_text())
    done = run_script("--data", str(tmp_path))
    assert done.returncode == 0
    assert "NewsMTSC skipped" in done.stdout and "BASIL skipped" in done.stdout
    assert "## 1. Loaded words" in done.stdout


@pytest.mark.slow
def test_validate_only_runs_the_parts_asked_for(data_dir):
    """``--only babe basil`` prints the BABE and BASIL tables, says which parts it left out, and leaves the
    others out even though their files are there."""
    done = run_script("--data", str(data_dir), "--before", "none", "--only", "babe", "basil")
    assert done.returncode == 0, done.stderr
    assert "## 1. Loaded words" in done.stdout and "## 4. Same event, three outlets" in done.stdout
    assert "not run (--only babe basil): newsmtsc, szeged, polnear" in done.stdout
    assert "## 3. Sentiment towards a target" not in done.stdout and "## 5. Hedges" not in done.stdout
    assert "NewsMTSC skipped" not in done.stdout
    refused = run_script("--data", str(data_dir), "--only", "babel")
    assert refused.returncode == 2 and "invalid choice: 'babel'" in refused.stderr
