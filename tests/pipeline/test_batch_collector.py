"""While a batch is analysed the garbage collector leaves the objects that were already there alone; after
it, the process's collector is as it was (nothing stays frozen, the thresholds are back), and the rows are
those of an analysis without it."""
from __future__ import annotations

import gc

from analysis import Article
from analysis.batches import Job, analyze_batch
from analysis.pipeline import Config

ARTICLES = [(f"k{i}", Article(id=f"a{i}", title="Senate votes", text="The senator said the plan was a disaster. "
                              "Critics called it reckless, officials said.")) for i in range(3)]


def test_a_batch_runs_with_what_was_there_frozen_and_leaves_the_collector_as_it_was(monkeypatch):
    seen = []
    real = Job(Config()).config.analyzer(fresh=False).columns
    thresholds = gc.get_threshold()

    def columns(self, article):
        seen.append((gc.get_freeze_count() > 0, gc.get_threshold()[0]))
        return real(article)

    monkeypatch.setattr("analysis.pipeline.Analyzer.columns", columns)
    rows = analyze_batch(ARTICLES, Job(Config()))
    assert seen and all(frozen and threshold > thresholds[0] for frozen, threshold in seen)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds
    assert rows["articles"]["article_id"] == ["a0", "a1", "a2"] and rows["articles"]["key"] == ["k0", "k1", "k2"]


def test_objects_someone_else_froze_stay_frozen():
    gc.freeze()
    try:
        assert gc.get_freeze_count() > 0
        analyze_batch(ARTICLES[:1], Job(Config()))
        assert gc.get_freeze_count() > 0  # not unfrozen: a kernel's frozen modules stay frozen
    finally:
        gc.unfreeze()
