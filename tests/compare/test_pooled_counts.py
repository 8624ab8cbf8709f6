"""The pooled design's distinguishing words scored as arrays give exactly the rows of merging each side's
counters and scoring them: the same terms in the same order, the same counts, log-odds and z to the last bit,
and each side's first place of a term (its keyword-in-context line)."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from analysis.compare.words import PooledCounts, TermCounts, _corpus, _sides, score


def counts(words: dict, pairs: dict, n_words: int, article: str) -> TermCounts:
    where = {t: (article, i, i + len(t)) for i, t in enumerate([*words, *pairs])}
    return TermCounts(Counter(words), Counter(pairs), n_words, n_words - 1, where)


@pytest.fixture()
def groups() -> dict[str, TermCounts]:
    # three outlets; "regime" and "government" name the same thing, "the" is a stop word (never scored)
    return {
        "Ledger": counts({"regime": 5, "the": 40, "troops": 3, "junta": 1}, {"regime troops": 2}, 120, "l-1"),
        "Post": counts({"government": 6, "the": 35, "troops": 4}, {"government troops": 3}, 100, "p-1"),
        "Times": counts({"government": 2, "regime": 1, "the": 20, "ceasefire": 2}, {"regime troops": 1}, 60, "t-1"),
    }


@pytest.mark.parametrize("background", [None, Counter({"government": 50.0, "regime": 2.0, "troops": 9.0})])
@pytest.mark.parametrize("a, b", [("Ledger", "Post"), ("Post", "Times"), ("Ledger", None), ("Times", None)])
def test_arrays_score_each_comparison_as_the_merged_counters_do(groups, a, b, background):
    side_a, side_b = _sides(groups, a, b)
    expected = score(side_a, side_b, _corpus(groups), background)
    pooled = PooledCounts(groups, background)
    got = pooled.score(a, b)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert "the" not in set(got["term"])  # stop words are counted in the totals, never scored
    if b is None:  # the rest: every other group's counts summed
        rest = got.set_index("term")["count_b"]
        assert rest["regime"] == sum(c.words["regime"] for n, c in groups.items() if n != a)


def test_a_term_is_shown_where_its_side_first_used_it(groups):
    pooled = PooledCounts(groups)
    assert pooled.where("Ledger", "Ledger")["regime"] == ("l-1", 0, 6)
    rest_of_post = pooled.where("Post", None)  # the other groups in order: the Ledger's place comes first
    assert rest_of_post["regime"] == ("l-1", 0, 6)
    assert rest_of_post["ceasefire"] == ("t-1", 3, 12)
    assert "government" not in pooled.where("Ledger", "Ledger")
