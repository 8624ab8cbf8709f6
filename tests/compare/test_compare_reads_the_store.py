"""The comparison reads what the analysis kept (sentence bounds, voice regions, lexicons) and never analyses or
splits an article again: with the analyzer and the sentence splitter made to fail, it still compares."""
from __future__ import annotations

import pytest

from analysis import analyze_corpus, load_corpus
from analysis.compare import CompareOptions, compare
from analysis.paths import SEED_ARTICLES


@pytest.fixture(scope="module")
def seeds():
    corpus = load_corpus(SEED_ARTICLES)
    return corpus, analyze_corpus(corpus)


def test_the_comparison_builds_no_analyzer_and_splits_no_sentence(seeds, monkeypatch):
    import analysis.pipeline
    import analysis.text

    corpus, tables = seeds
    expected = compare(corpus, tables, "outlet", CompareOptions(n_boot=200))

    def refuse(*args, **kwargs):
        raise AssertionError("the comparison analysed an article again")

    monkeypatch.setattr(analysis.pipeline.Analyzer, "__init__", refuse)
    monkeypatch.setattr(analysis.pipeline, "analyzer_for", refuse)  # not even the process's cached one
    monkeypatch.setattr(analysis.text, "_sentence_bounds", refuse)
    again = compare(corpus, tables, "outlet", CompareOptions(n_boot=200))
    # the same estimates and the same distinguishing words as a comparison free to split the texts itself
    assert again.estimates.equals(expected.estimates)
    assert again.words.equals(expected.words)
    assert len(again.estimates) > 0
