"""The run store: the tables it holds are the tables analyze_corpus gives, a rerun reuses what it has, a
changed lexicon re-analyses, and the run records what it analysed and reused."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis.batches import Plan
from analysis.corpus import load_corpus
from analysis.paths import SEED_ARTICLES
from analysis.pipeline import Config, analyze_corpus
from analysis.store import RunStore, RunTables, Stream, analyze_into
from conftest import run_cli

SEED_IDS = ["neutral", "official", "original"]
NEW_ARTICLE = """---
title: Council approves budget
outlet: Town Crier
---
The council approved the budget on Tuesday. Officials said the vote was unanimous, and residents
claimed the regime of fees was a so-called "reform" that would devastate small shops.
"""
LEXICON = """name: my loaded terms
version: "1"
kind: loaded
categories:
  {category}: words about money
entries:
  - term: budget
    patterns: [budget]
    category: {category}
    explanation: a test entry
    neutral: [spending plan]
    strength: mild
"""


def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Equal values and columns; numbers compared as numbers (CSV/Parquet may widen ints to floats)."""
    assert list(a.columns) == list(b.columns)
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False)


@pytest.fixture()
def collection(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, folder)
    return folder


def test_stored_tables_equal_the_in_memory_tables(tmp_path, collection):
    store = RunStore(tmp_path / "store")
    record = analyze_into(store, Stream(collection), plan=Plan(batch_size=2))
    expected = analyze_corpus(load_corpus(collection))
    with RunTables(store) as run:
        got = run.tables()
        assert run.sql("SELECT count(*) AS n FROM articles")["n"][0] == 3
    assert record["analysed"] == 3 and record["reused"] == 0 and record["articles"] == 3
    assert list(got.articles["article_id"]) == SEED_IDS
    for name in ("articles", "sentences", "matches", "actors"):
        same(getattr(got, name), getattr(expected, name))
    parts = store.manifest()["parts"]
    assert [p["articles"] for p in parts] == [2, 1]  # one part per batch of two


def test_a_rerun_analyzes_only_new_articles_and_records_it(tmp_path, collection):
    store = RunStore(tmp_path / "store")
    analyze_into(store, Stream(collection))
    (collection / "council.md").write_text(NEW_ARTICLE, encoding="utf-8")
    record = analyze_into(store, Stream(collection))
    assert (record["analysed"], record["reused"], record["analyzed_ids"]) == (1, 3, ["council"])
    with RunTables(store) as run:
        assert sorted(run.table("articles")["article_id"]) == sorted(SEED_IDS + ["council"])
        assert run.count("matches") == len(analyze_corpus(load_corpus(collection)).matches)
    again = analyze_into(store, Stream(collection))
    assert (again["analysed"], again["reused"]) == (0, 4)
    assert [r["analysed"] for r in store.manifest()["runs"]] == [3, 1, 0]


def test_an_edited_article_is_analyzed_again(tmp_path, collection):
    store = RunStore(tmp_path / "store")
    analyze_into(store, Stream(collection))
    path = collection / "neutral_rewrite.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    record = analyze_into(store, Stream(collection))
    assert (record["analysed"], record["analyzed_ids"]) == (1, ["neutral"])


def test_a_changed_lexicon_reanalyzes_and_an_unchanged_one_reuses(tmp_path, collection):
    (collection / "council.md").write_text(NEW_ARTICLE, encoding="utf-8")
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(LEXICON.format(category="economy"), encoding="utf-8")
    config = Config(extra_lexicons=(str(lexicon),))
    store = RunStore(tmp_path / "store")
    first = analyze_into(store, Stream(collection), config)
    assert first["analysed"] == 4
    assert analyze_into(store, Stream(collection), config)["reused"] == 4
    lexicon.write_text(LEXICON.format(category="fiscal"), encoding="utf-8")
    changed = analyze_into(store, Stream(collection), config)
    assert (changed["analysed"], changed["reused"]) == (4, 0)
    with RunTables(store) as run:
        budget = run.sql("SELECT category FROM matches WHERE entry = 'budget'")
    # the new lexicon's category, from the new run: in the body and in the headline ("... budget")
    assert list(budget["category"]) == ["fiscal", "fiscal"]


@pytest.mark.slow
def test_the_cli_writes_the_store_and_exports_csv(tmp_path, collection):
    out, store = tmp_path / "out", tmp_path / "store"
    first = run_cli("analyze", str(collection), "--out", str(out), "--store", str(store))
    assert first.returncode == 0, first.stderr
    assert "3 analysed, 0 reused" in first.stdout
    (collection / "council.md").write_text(NEW_ARTICLE, encoding="utf-8")
    second = run_cli("analyze", str(collection), "--out", str(out), "--store", str(store))
    assert "1 analysed, 3 reused" in second.stdout, second.stdout + second.stderr
    articles = pd.read_csv(out / "articles.csv")
    assert sorted(articles["article_id"]) == sorted(SEED_IDS + ["council"])
    assert len(pd.read_csv(out / "matches.csv")) > 0


def test_a_notebook_reuses_the_report_runs_tables_only_for_the_same_corpus(tmp_path, collection, monkeypatch):
    from analysis.report.pages import session

    store = RunStore(tmp_path / "store")
    record = analyze_into(store, Stream(collection))
    monkeypatch.setenv(session.STORE_ENV, str(store.path))
    monkeypatch.setenv(session.RUN_ENV, record["id"])
    with monkeypatch.context() as patch:
        patch.setattr(session, "analyze_corpus", lambda *a, **k: pytest.fail("analysed again"))
        corpus, tables = session.load(collection)
    assert tables.articles.equals(analyze_corpus(corpus).articles)
    (collection / "council.md").write_text(NEW_ARTICLE, encoding="utf-8")
    corpus, tables = session.load(collection)  # not the run's corpus: analysed, not read from the store
    assert sorted(tables.articles["article_id"]) == sorted(SEED_IDS + ["council"])


def test_the_stream_reads_what_load_corpus_reads_and_lists_the_same_problems(collection):
    (collection / "broken.jsonl").write_text('{"id": "x", "text": "fine"}\n{not json\n', encoding="utf-8")
    (collection / "dup.md").write_text("---\nid: neutral\n---\nSame id as another article.\n", encoding="utf-8")
    stream = Stream(collection, skip_bad=True)
    streamed = list(stream)
    loaded = load_corpus(collection, skip_bad=True)
    assert [a.id for a in streamed] == [a.id for a in loaded] == ["x", "neutral", "official", "original"]
    assert [p.message for p in stream.problems] == [p.message for p in loaded.problems]
    assert len(stream.problems) == 2 and "broken.jsonl, line 2" in stream.problems[0].message
    assert "neutral_rewrite.txt" in stream.problems[1].message  # dup.md came first with the id 'neutral'
    assert [a.source_path for a in streamed] == [a.source_path for a in loaded]


@pytest.mark.slow
def test_a_scheduled_report_with_a_store_analyzes_only_the_new_articles(tmp_path, collection):
    import json

    from analysis.report.run.runner import RunOptions, run_report
    from conftest import FIXTURE_NOTEBOOKS

    options = RunOptions(corpus=str(collection), out=str(tmp_path / "reports"), store=str(tmp_path / "store"),
                         notebook_dir=str(FIXTURE_NOTEBOOKS), params={"top_n": 2})
    first = json.loads((run_report(options) / "manifest.json").read_text(encoding="utf-8"))
    (collection / "council.md").write_text(NEW_ARTICLE, encoding="utf-8")
    second_report = run_report(options)
    second = json.loads((second_report / "manifest.json").read_text(encoding="utf-8"))
    assert [(m["store"]["analysed"], m["store"]["reused"]) for m in (first, second)] == [(3, 0), (1, 3)]
    articles = pd.read_csv(second_report / "tables" / "articles.csv")
    assert sorted(articles["article_id"]) == sorted(SEED_IDS + ["council"])
