"""The run store: analysed tables as Parquet, reused across runs, read with DuckDB (docs/store.md).

    from analysis.store import RunStore, RunTables, Stream, analyze_into
    store = RunStore("runs/store")                       # created when missing
    record = analyze_into(store, Stream("articles/"))    # analyses only what the store has not seen
    with RunTables(store) as run:                        # the latest run (or RunTables(store, record["id"]))
        run.sql("SELECT outlet, avg(loaded_per_1000) FROM articles GROUP BY outlet")
"""
from .folder import RunStore
from .query import RunTables
from .run import analyze_into
from .schema import SCHEMA_VERSION, TABLES
from .source import Stream

__all__ = ["RunStore", "RunTables", "Stream", "analyze_into", "SCHEMA_VERSION", "TABLES"]
