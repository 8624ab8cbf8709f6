"""Term counts of groups and stories add up in place, keeping the first place a term was seen."""
from __future__ import annotations

from collections import Counter

from analysis.compare.words import TermCounts


def test_merging_adds_the_counts_and_keeps_the_first_place_of_each_term():
    fox = TermCounts(Counter({"regime": 2, "said": 5}), Counter({"white house": 1}), 40, 39,
                     {"regime": ("fox-01", 10, 16), "said": ("fox-01", 20, 24)})
    nyt = TermCounts(Counter({"government": 3, "said": 4}), Counter({"white house": 2}), 30, 29,
                     {"government": ("nyt-01", 5, 15), "said": ("nyt-01", 0, 4)})
    total = TermCounts().merge(fox).merge(nyt)
    assert total.words == Counter({"said": 9, "government": 3, "regime": 2})
    assert total.pairs == Counter({"white house": 3})
    assert (total.n_words, total.n_pairs) == (70, 68)
    assert total.where["said"] == ("fox-01", 20, 24)  # seen first in the first group merged
    assert total.where["government"] == ("nyt-01", 5, 15)
    assert fox.words == Counter({"regime": 2, "said": 5})  # the groups' own counts are left as they were
