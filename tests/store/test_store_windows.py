"""A store read or exported in windows of run positions (so DuckDB never sorts a whole run of 100,000
articles in memory) gives the same rows in the same order, and the same CSV files byte for byte, as one
sorted query over the whole run."""
from __future__ import annotations

import shutil

import pytest

from analysis.batches import Plan
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, RunTables, Stream, analyze_into, query
from analysis.store.schema import TABLES


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("windows")
    shutil.copytree(SEED_ARTICLES, folder / "articles")
    for n in range(3):  # six articles in three parts, the copies after the originals
        for path in SEED_ARTICLES.iterdir():
            (folder / "articles" / f"copy{n}-{path.name}").write_text(
                path.read_text(encoding="utf-8").replace("id: ", f"id: copy{n}-"), encoding="utf-8")
    target = RunStore(folder / "store")
    analyze_into(target, Stream(folder / "articles"), plan=Plan(batch_size=4))
    return target


def test_windows_of_two_articles_export_the_csv_one_sorted_copy_writes(store, tmp_path, monkeypatch):
    monkeypatch.setattr(query, "WINDOW", 2)
    with RunTables(store) as run:
        assert run.count("articles") > 4  # more than two windows
        run.export_csv(tmp_path / "windowed")
        for table in TABLES:
            whole = tmp_path / f"{table}.csv"
            select = f"SELECT {run._safe_columns(table)} FROM {table} ORDER BY _position, _row"
            run.db.execute(f"COPY ({select}) TO '{whole}' (HEADER, DELIMITER ',')")
            assert (tmp_path / "windowed" / f"{table}.csv").read_bytes() == whole.read_bytes(), table
    assert sorted(p.name for p in (tmp_path / "windowed").iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    matches = (tmp_path / "windowed" / "matches.csv").read_text(encoding="utf-8")
    assert matches.count("article_id,measure") == 1  # one header


def test_rows_streamed_in_windows_and_tables_sorted_in_arrow_keep_the_runs_order(store, monkeypatch):
    with RunTables(store) as run:
        expected = run.db.execute(run._ordered("matches", "WHERE measure = 'loaded'")).df()
        monkeypatch.setattr(query, "WINDOW", 2)
        streamed = list(run.rows("matches", ("loaded",)))
        table = run.table("matches", ("loaded",))
        articles = run.table("articles")
        order = list(run.sql("SELECT article_id FROM run ORDER BY position")["article_id"])
    assert len(expected) > 10
    assert [(r["article_id"], r["start"]) for r in streamed] == list(zip(expected["article_id"], expected["start"]))
    assert list(zip(table["article_id"], table["start"])) == list(zip(expected["article_id"], expected["start"]))
    assert list(articles["article_id"]) == order and len(order) == 12


def test_rows_of_some_columns_are_the_full_rows_cut_to_those_columns(store, monkeypatch):
    """The article browser reads only the fields a mark needs: the same rows in the same order, each a dict
    of the columns asked for that the run has (an unknown column is left out, as a full row lacks it too)."""
    monkeypatch.setattr(query, "WINDOW", 2)
    with RunTables(store) as run:
        full = list(run.rows("matches", ("loaded", "hedges")))
        some = list(run.rows("matches", ("loaded", "hedges"), columns=("article_id", "start", "text", "voice",
                                                                     "no_such_column")))
        export = list(run.rows("articles"))
    assert len(full) > 10 and {r["measure"] for r in full} == {"loaded", "hedges"}
    assert some == [{name: r[name] for name in ("article_id", "start", "text", "voice")} for r in full]
    assert "key" not in export[0] and "_position" not in export[0]  # every column but the store's own
