"""Reading one run's tables from a store with DuckDB: SQL over views, pandas tables, CSV export.

:class:`RunTables` opens an in-memory DuckDB database with four views, ``articles``, ``sentences``,
``matches`` and ``actors``, holding exactly the rows of the run's articles (``source_path`` as the run read
it), plus ``run`` (position, key, article_id, source_path). Each view has two more columns, ``_position``
(the article's place in the run) and ``_row`` (the row's place within its article), so that
``ORDER BY _position, _row`` gives the order :func:`analysis.pipeline.analyze_corpus` gives. Aggregates are
computed by DuckDB without loading the rows into Python::

    run = RunTables("reports/.store")
    run.sql("SELECT outlet, avg(loaded_per_1000) FROM articles GROUP BY outlet")
"""
from __future__ import annotations

from pathlib import Path

from .folder import RunStore
from ..errors import ParameterError
from .schema import COLUMNS, TABLES

HIDDEN = ("key", "_position", "_row")


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


SQL_TYPES = {"int64": "BIGINT", "double": "DOUBLE", "string": "VARCHAR"}


def _empty(table: str) -> str:
    cols = ", ".join(f"NULL::{SQL_TYPES[str(t)]} AS {name}" for name, t in COLUMNS[table].items())
    return f"SELECT {cols}, NULL::BIGINT AS file_row_number WHERE false"


class RunTables:
    """The tables of run ``run_id`` (default: the latest) of the store at ``store``."""

    def __init__(self, store: RunStore | str | Path, run_id: str | None = None):
        import duckdb

        self.store = store if isinstance(store, RunStore) else RunStore(store, create=False)
        manifest = self.store.manifest()
        self.entry = self.store.run_entry(run_id, manifest)
        self.db = duckdb.connect(":memory:")
        run_file = self.store.path / self.entry["file"]
        self.db.execute(f"CREATE VIEW run AS SELECT * FROM read_parquet({_quote(run_file)})")
        for table in TABLES:
            files = self.store.files(table, manifest)
            source = (f"read_parquet([{', '.join(_quote(f) for f in files)}], union_by_name = true, "
                      "file_row_number = true)") if files else f"({_empty(table)})"
            replace = " REPLACE (r.source_path AS source_path)" if table == "articles" else ""
            self.db.execute(f"CREATE VIEW {table} AS SELECT t.* EXCLUDE (file_row_number){replace}, "
                            f"r.position AS _position, t.file_row_number AS _row "
                            f"FROM {source} t JOIN run r USING (key)")

    def sql(self, query: str, params=None):
        """The result of a DuckDB query over the views, as a pandas DataFrame."""
        return self.db.execute(query, params or []).df()

    def count(self, table: str) -> int:
        """Rows of ``table`` in this run."""
        return self.db.execute(f"SELECT count(*) FROM {_table(table)}").fetchone()[0]

    def _ordered(self, table: str) -> str:
        return f"SELECT * EXCLUDE ({', '.join(HIDDEN)}) FROM {_table(table)} ORDER BY _position, _row"

    def table(self, table: str):
        """All rows of ``table`` in the run's order, as a pandas DataFrame (analyze_corpus's columns)."""
        frame = self.db.execute(self._ordered(table)).df()
        if table == "matches":
            from ..pipeline import MATCH_COLUMNS

            frame = frame.reindex(columns=MATCH_COLUMNS)
        return frame

    def tables(self):
        """The run as :class:`analysis.pipeline.Tables` (every row in memory: for small and medium runs)."""
        from ..pipeline import Tables

        return Tables(**{t: self.table(t) for t in TABLES}, versions=self.entry.get("versions", {}))

    def export_csv(self, folder: str | Path) -> list[Path]:
        """Write each table as ``folder/<table>.csv`` (streamed by DuckDB, not held in memory)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            path = folder / f"{table}.csv"
            self.db.execute(f"COPY ({self._ordered(table)}) TO {_quote(path)} (HEADER, DELIMITER ',')")
            written.append(path)
        return written

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _table(name: str) -> str:
    if name not in TABLES and name != "run":
        raise ParameterError("table", f"no table {name!r}", "one of " + ", ".join(TABLES))
    return name
