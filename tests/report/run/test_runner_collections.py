"""A report run makes Python's full garbage collections rarer while it runs, and gives the thresholds back."""
from __future__ import annotations

import gc

import pytest

from analysis.report.run.lanes import FULL_EVERY, fewer_full_collections


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
