"""While a batch is analysed the garbage collector does not run on its own and leaves the objects that were
already there alone; after it, the process's collector is as it was (on, nothing frozen), and the rows are
those of an analysis without it. Cycles an article leaves are still collected when many new objects are
alive (memory stays bounded)."""
from __future__ import annotations

import gc
import weakref

import analysis.batches as batches
from analysis import Article
from analysis.batches import Job, analyze_batch
from analysis.pipeline import Config

ARTICLES = [(f"k{i}", Article(id=f"a{i}", title="Senate votes", text="The senator said the plan was a disaster. "
                              "Critics called it reckless, officials said.")) for i in range(3)]


def test_a_batch_runs_with_what_was_there_frozen_and_leaves_the_collector_as_it_was(monkeypatch):
    seen = []
    real = Job(Config()).config.analyzer(fresh=False).columns
    thresholds = gc.get_threshold()
    assert gc.isenabled()

    def columns(self, article):
        seen.append((gc.get_freeze_count() > 0, gc.isenabled()))
        return real(article)

    monkeypatch.setattr("analysis.pipeline.Analyzer.columns", columns)
    rows = analyze_batch(ARTICLES, Job(Config()))
    assert seen == [(True, False)] * 3
    assert gc.get_freeze_count() == 0 and gc.isenabled() and gc.get_threshold() == thresholds
    assert rows["articles"]["article_id"] == ["a0", "a1", "a2"] and rows["articles"]["key"] == ["k0", "k1", "k2"]


class _Node:
    pass


def test_cycles_an_article_leaves_are_collected_in_the_batch_when_many_objects_are_alive(monkeypatch):
    real = Job(Config()).config.analyzer(fresh=False).columns
    left: list = []
    alive_during_batch: list = []

    def columns(self, article):
        alive_during_batch.append([ref() is not None for ref in left])
        node = _Node()
        node.me = node  # a cycle: only the collector frees it
        left.append(weakref.ref(node))
        return real(article)

    monkeypatch.setattr("analysis.pipeline.Analyzer.columns", columns)
    monkeypatch.setattr(batches, "YOUNG_MAX", 0)  # every article counts as having left many objects
    analyze_batch(ARTICLES, Job(Config()))
    assert alive_during_batch == [[], [False], [False, False]]


def test_a_collector_turned_off_stays_off():
    gc.disable()
    try:
        analyze_batch(ARTICLES[:1], Job(Config()))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_objects_someone_else_froze_stay_frozen():
    gc.freeze()
    try:
        assert gc.get_freeze_count() > 0
        analyze_batch(ARTICLES[:1], Job(Config()))
        assert gc.get_freeze_count() > 0  # not unfrozen: a kernel's frozen modules stay frozen
    finally:
        gc.unfreeze()
