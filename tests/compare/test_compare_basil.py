"""The BASIL reading of the comparison (analysis/evaluation/basil.py) on the made-up three-article fixture
(tests/fixtures/eval, never the real data). Expected figures worked out by reading the fixture:

fox: headline "Senator slams absurd plan", body "The senator slammed the plan." / "The plan is truly reckless.";
people marked "absurd", "slammed", "reckless". nyt: nothing loaded; people marked "costly". hpo: people marked
"fierce" (not in the lexicon) and "landmark", which sits inside a quotation (“a landmark bill.”).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.evaluation import basil
from analysis.evaluation.validity import read_jsonl

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "eval"


@pytest.fixture(scope="module")
def figures():
    files = (FIXTURE / f"made-up-basil_{name}.jsonl" for name in ("articles", "sentences", "spans"))
    return basil.evaluate(*map(read_jsonl, files), n_boot=200)


def test_the_rebuilt_body_keeps_the_sentence_offsets():
    rows = [{"sentence_idx": -1, "paragraph_idx": -1, "sentence": "Head"},
            {"sentence_idx": 1, "paragraph_idx": 0, "sentence": "Two."},
            {"sentence_idx": 0, "paragraph_idx": 0, "sentence": "One."},
            {"sentence_idx": 2, "paragraph_idx": 1, "sentence": "Three."}]
    body, starts = basil.body_of(rows)
    assert body == "One. Two.\n\nThree."
    assert [body[starts[i]:starts[i] + 3] for i in (0, 1, 2)] == ["One", "Two", "Thr"]


def test_after_counts_the_writers_voice_and_leaves_the_quotation_out(figures):
    after, before = figures["after_count"], figures["before_count"]
    # fox writes "slammed" and "reckless" itself; hpo's "landmark" is inside a quotation
    assert after["outlets"]["fox"]["rate"] == 2 and after["outlets"]["hpo"]["rate"] == 0
    assert before["outlets"]["hpo"]["rate"] == 1  # before, the quotation counted (fox: 2 + 2 in the headline)
    assert before["outlets"]["fox"]["rate"] == 4
    assert after["hit_rate"] == 1.0 and after["chance"] == pytest.approx(1 / 3)


def test_precision_and_recall_against_spans_outside_quotations(figures):
    # predicted outside quotations: slams, absurd (headline), slammed, reckless; of them absurd, slammed and
    # reckless are marked. Marked outside quotations: absurd, slammed, reckless, costly, fierce.
    assert figures["after"]["precision"] == pytest.approx(3 / 4)
    assert figures["after"]["recall"] == pytest.approx(3 / 5)
    assert figures["before"]["precision"] == pytest.approx(3 / 5)  # "landmark" counted, and not a hit
    assert figures["span_recall"]["all"] == {"found": 4, "total": 6, "recall": pytest.approx(4 / 6)}
    assert sorted(w for w, _ in figures["missed_spans"]) == ["costly", "fierce"]


def test_within_event_rank_correlation_by_hand(figures):
    # counts 2, 0, 0 against spans 3, 1, 2: ranks (3, 1.5, 1.5) and (3, 1, 2) give r = 1.5 / sqrt(1.5 * 2)
    assert figures["after_count"]["spearman"] == pytest.approx(1.5 / (1.5 * 2) ** 0.5)
    assert figures["after_count"]["order_by_spans"] == ["fox", "hpo", "nyt"]
