"""A comparison (and a report's runner) makes Python's full garbage collections rarer while it works, and gives
the thresholds back."""
from __future__ import annotations

import gc

import pytest

from analysis.compare.collecting import FULL_EVERY, fewer_full_collections


def test_full_collections_are_rarer_inside_the_block_and_the_thresholds_are_given_back():
    before = gc.get_threshold()
    with fewer_full_collections():
        inside = gc.get_threshold()
    assert inside == (*before[:2], max(before[2], FULL_EVERY)) and inside[2] >= FULL_EVERY
    assert gc.get_threshold() == before


def test_the_thresholds_are_given_back_when_the_run_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_full_collections():
        raise RuntimeError("the run failed")
    assert gc.get_threshold() == before


def test_a_comparison_works_with_rarer_full_collections_and_gives_the_thresholds_back(monkeypatch):
    import analysis.compare as compare_module
    from analysis import analyze_corpus, load_corpus
    from analysis.paths import SEED_ARTICLES

    corpus = load_corpus(SEED_ARTICLES)
    tables = analyze_corpus(corpus)
    seen, assign = [], compare_module.assign_groups
    monkeypatch.setattr(compare_module, "assign_groups", lambda *a, **k: (seen.append(gc.get_threshold()),
                                                                         assign(*a, **k))[1])
    before = gc.get_threshold()
    result = compare_module.compare(corpus, tables, options=compare_module.CompareOptions(n_boot=100))
    assert seen and seen[0][2] >= FULL_EVERY and gc.get_threshold() == before
    assert len(result.groups) == 3  # the seeds' three outlets, compared as before
