"""The runner's corpus after the analysis (:class:`ReadAgain`): no texts held, the same articles read again
in the same order and with the languages the run found; and the audit reads only the cited articles' rows."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.compare.audit import _cited_rows
from analysis.corpus import load_corpus
from analysis.report.run.reread import ReadAgain
from conftest import write_article


def _corpus(folder: Path) -> Path:
    write_article(folder / "b.md", {"id": "b2", "outlet": "Post"}, "The senator said the plan was reckless.")
    write_article(folder / "a.md", {"id": "a1", "outlet": "Star"}, "Officials reported a modest rise in prices.")
    (folder / "broken.csv").write_text("no,columns,we,know\n1,2,3,4\n", encoding="utf-8")
    return folder


def test_read_again_holds_no_text_and_yields_the_same_articles(tmp_path):
    folder = _corpus(tmp_path / "articles")
    corpus = load_corpus(folder, skip_bad=True)
    again = ReadAgain(corpus, str(folder), {"a1": "en", "b2": "en"})
    assert not any(isinstance(v, str) and "senator" in v for v in vars(again).values())
    assert len(again) == 2 and len(again.problems) == len(corpus.problems) == 1
    read = list(again)
    assert [(a.id, a.text, a.outlet) for a in read] == [(a.id, a.text, a.outlet) for a in corpus]
    assert [a.id for a in again] == [a.id for a in corpus]  # read again on every pass


def test_read_again_takes_the_languages_the_run_found(tmp_path):
    folder = _corpus(tmp_path / "articles")
    corpus = load_corpus(folder, skip_bad=True)
    again = ReadAgain(corpus, str(folder), {"a1": "de", "b2": "en"})
    assert {a.id: a.language for a in again} == {"a1": "de", "b2": "en"}


def test_the_audit_reads_only_the_cited_articles_regions(tmp_path):
    path = tmp_path / "voices.csv"
    pd.DataFrame({"article_id": ["007", "a", "b", "007"], "start": [0, 1, 2, 3], "end": [1, 2, 3, 4],
                  "voice": ["quote", "writer", "quote", "scare"]}).to_csv(path, index=False)
    rows = _cited_rows(path, {"007", "b"}, chunk=1)
    assert list(rows["article_id"]) == ["007", "b", "007"] and list(rows["start"]) == [0, 2, 3]
    assert _cited_rows(tmp_path / "missing.csv", {"a"}) is None


def test_the_runner_lets_go_of_the_corpus_without_a_garbage_collection(tmp_path):
    """The runner frees the corpus's texts before the pages run by dropping it: nothing else holds it and it
    holds no reference cycle, so it is gone at once (the collector is off here, as it may not have run)."""
    import gc
    import types
    import weakref

    from analysis.report.run.runner import _release_corpus

    folder = _corpus(tmp_path / "articles")
    corpus = load_corpus(folder, skip_bad=True)
    run = types.SimpleNamespace(corpus=corpus, options=types.SimpleNamespace(corpus=str(folder), follow_links=False))
    articles = pd.DataFrame({"article_id": ["a1", "b2"], "language": ["en", "en"]})
    gone = weakref.ref(corpus)
    del corpus
    enabled = gc.isenabled()
    gc.disable()
    try:
        _release_corpus(run, types.SimpleNamespace(articles=articles, not_scored=None))
        assert gone() is None and isinstance(run.corpus, ReadAgain) and len(run.corpus) == 2
    finally:
        if enabled:
            gc.enable()
