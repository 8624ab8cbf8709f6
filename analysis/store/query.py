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

import errno
import shutil
from contextlib import contextmanager
from pathlib import Path

from .folder import RunStore
from ..errors import OutputError, ParameterError, StoreError
from .repair import damaged_fix, damaged_message, problem_of
from .schema import COLUMNS, TABLES

HIDDEN = ("key", "_position", "_row")
#: Articles (run positions) sorted at a time when rows are streamed or exported: DuckDB sorts one window in
#: memory, never the whole run (a run of 100,000 articles has some 7 million matches).
WINDOW = 10_000
#: DuckDB threads that write the CSV tables (:meth:`RunTables.export_csv`; other queries use DuckDB's
#: default, one per core). Writing the tables of 1,000 articles costs 0.23-0.27 s of CPU with one thread
#: and 0.26-0.33 s with two, which mostly wait for each other; the same bytes either way (the rows are
#: sorted), and a report's kernel starts on the other core meanwhile.
EXPORT_THREADS = 1


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
        problem = damaged_message(self.store, manifest)
        if problem:
            raise StoreError(self.store.path, problem, damaged_fix())
        self.manifest = manifest
        self.db = duckdb.connect(":memory:")
        run_file = self.store.path / self.entry["file"]
        with self._reading():
            self._views(run_file, manifest)

    def _views(self, run_file: Path, manifest: dict) -> None:
        self.db.execute(f"CREATE VIEW run AS SELECT * FROM read_parquet({_quote(run_file)})")
        for table in TABLES:
            files = self.store.files(table, manifest)
            source = (f"read_parquet([{', '.join(_quote(f) for f in files)}], union_by_name = true, "
                      "file_row_number = true)") if files else f"({_empty(table)})"
            replace = " REPLACE (r.source_path AS source_path)" if table == "articles" else ""
            self.db.execute(f"CREATE VIEW {table} AS SELECT t.* EXCLUDE (file_row_number){replace}, "
                            f"r.position AS _position, t.file_row_number AS _row "
                            f"FROM {source} t JOIN run r USING (key)")

    @contextmanager
    def _reading(self, out: Path | None = None):
        """Turn DuckDB's errors about the files into ours: a full disk while writing to ``out`` into an
        :class:`OutputError`, a damaged file of the store into a :class:`StoreError` naming its part."""
        import duckdb

        try:
            yield
        except duckdb.Error as exc:
            text = str(exc)
            if out is not None and ("No space left" in text or "Disk quota" in text):
                raise OutputError(f"{out}: the disk is full (writing the CSV tables); free some space or "
                                  "choose another --out. Tables written there before are unchanged") from None
            if isinstance(exc, (duckdb.IOException, duckdb.InvalidInputException)):
                found = next((f"part {part['id']} is damaged: {problem}" for part in self.manifest["parts"]
                              for table in part["files"]
                              if (problem := problem_of(self.store.path, part, table))), "")
                if found or not (self.store.path / self.entry["file"]).is_file():
                    raise StoreError(self.store.path, found or f"{self.entry['file']} is missing",
                                     damaged_fix()) from None
            raise

    def sql(self, query: str, params=None):
        """The result of a DuckDB query over the views, as a pandas DataFrame."""
        with self._reading():
            return self.db.execute(query, params or []).df()

    def count(self, table: str) -> int:
        """Rows of ``table`` in this run."""
        with self._reading():
            return self.db.execute(f"SELECT count(*) FROM {_table(table)}").fetchone()[0]

    def _ordered(self, table: str, where: str = "") -> str:
        return (f"SELECT * EXCLUDE ({', '.join(HIDDEN)}) FROM {_table(table)} {where} "
                "ORDER BY _position, _row")

    def _windows(self, where: str = "") -> list[str]:
        """``where`` narrowed to each window of :data:`WINDOW` run positions in turn (at least one)."""
        n = self.db.execute("SELECT count(*) FROM run").fetchall()[0][0]
        joined = f"{where} AND" if where else "WHERE"
        return [f"{joined} _position >= {lo} AND _position < {lo + WINDOW}" for lo in range(0, max(n, 1), WINDOW)]

    def table(self, table: str, measures: tuple[str, ...] = (), leave_out: tuple[str, ...] = (),
              articles: list[str] | None = None, sentences_of: tuple[str, ...] = ()):
        """The rows of ``table`` in the run's order, as a pandas DataFrame (analyze_corpus's columns but
        ``leave_out``'s, which are never read from the Parquet files); for ``matches``, only the rows of
        ``measures`` when given, and only those of ``articles`` (ids) when given (the filters run in DuckDB,
        so the other rows never reach Python); for ``sentences``, only those a match of ``sentences_of``
        (measures) lies in, when given. The rows
        are sorted once in Arrow, not by DuckDB, which would keep the memory of its sort (about as much
        again as the table) after the query; each Arrow column is freed as it becomes a pandas column."""
        import pyarrow.compute as pc

        where, params = _measure_filter(table, measures)
        if articles is not None:
            where = f"{where} AND" if where else "WHERE"
            where, params = f"{where} article_id IN (SELECT unnest(?::VARCHAR[]))", [*params, list(articles)]
        if sentences_of:
            if table != "sentences":
                raise ParameterError("sentences_of", f"applies to the sentences table, not {table!r}", "leave it empty")
            where = f"{where} AND" if where else "WHERE"
            where += (" (article_id, sentence) IN (SELECT article_id, sentence FROM matches WHERE measure IN "
                      f"({', '.join('?' for _ in sentences_of)}))")
            params = [*params, *sentences_of]
        known = self._names(table) if leave_out else []
        if not set(known) - set(COLUMNS[table]) - set(HIDDEN):  # no measure's column: no article was scored
            leave_out = tuple(c for c in leave_out if c in known or c in COLUMNS[table])
        hidden = ", ".join(dict.fromkeys(["key", *(_column(table, c, known) for c in leave_out)]))
        with self._reading():
            data = self.db.sql(f"SELECT * EXCLUDE ({hidden}) FROM {_table(table)} {where}",
                               params=params).to_arrow_table()
            if data.num_rows:
                order = pc.sort_indices(data, [("_position", "ascending"), ("_row", "ascending")])
                data = data.take(order).drop_columns(["_position", "_row"])
                del order
                frame = data.to_pandas(split_blocks=True, self_destruct=True)
            else:  # no rows: the column types DuckDB gives an empty table (object), as before
                frame = self.db.execute(self._ordered(table, where), params).df().drop(columns=list(leave_out),
                                                                                     errors="ignore")
        del data
        if table == "matches":
            from ..pipeline import MATCH_COLUMNS

            frame = frame.reindex(columns=[c for c in MATCH_COLUMNS if c not in leave_out])
        return frame

    def _names(self, table: str) -> list[str]:
        """The columns of ``table`` in this run's files (the schema's and the measures' columns)."""
        with self._reading():
            return [row[0] for row in self.db.execute(f"DESCRIBE {_table(table)}").fetchall()]

    def rows(self, table: str, measures: tuple[str, ...] = (), batch: int = 20_000,
             columns: tuple[str, ...] = ()):
        """The rows of ``table`` (for ``matches``, of ``measures`` when given) in the run's order, as dicts,
        fetched ``batch`` rows at a time: memory stays flat however large the run. ``columns``: only those
        of them the run's files have (making the dicts is most of the cost); default every column."""
        where, params = _measure_filter(table, measures)
        picked = ""
        if columns:
            have = set(self._names(table))
            picked = ", ".join('"' + c.replace('"', '""') + '"' for c in dict.fromkeys(columns) if c in have)
        for window in self._windows(where):
            query = self._ordered(table, window) if not columns else (
                f"SELECT {picked or 'NULL AS _none'} FROM {_table(table)} {window} ORDER BY _position, _row")
            with self._reading():
                reader = self.db.sql(query, params=params).to_arrow_reader(batch)
                for chunk in reader:
                    yield from chunk.to_pylist()

    def tables(self, only: tuple[str, ...] = TABLES, measures: tuple[str, ...] = (),
               leave_out: dict[str, tuple[str, ...]] | None = None, sentences_of: tuple[str, ...] = ()):
        """The run as :class:`analysis.pipeline.Tables`, every row in memory; a page that needs less reads
        less: the tables not in ``only`` are left empty (``articles`` and ``not_scored`` are always read),
        ``measures`` keeps only those measures' matches and ``leave_out`` (table -> columns) drops columns a
        page never reads and ``sentences_of`` keeps only the sentences those measures' matches lie in (see
        :meth:`table`); ``voices`` not in ``only`` is None (a page that reads the text
        of some articles reads their regions with ``table("voices", articles=...)``)."""
        import pandas as pd

        from ..pipeline import Tables

        wanted, leave_out = set(only) | {"articles", "not_scored"}, leave_out or {}
        read = {t: self.table(t, measures, tuple(leave_out.get(t, ())),
                              sentences_of=sentences_of if t == "sentences" else ()) if t in wanted
                else pd.DataFrame(columns=list(COLUMNS[t])[1:]) for t in TABLES}
        if "voices" not in wanted:
            read["voices"] = None
        return Tables(**read, versions=self.entry.get("versions", {}))

    def _safe_columns(self, table: str) -> str:
        """The select list of ``table`` with every text cell that a spreadsheet would run as a formula
        prefixed with an apostrophe (as :func:`analysis.csvio.neutralise` does; numbers are left alone)."""
        from ..csvio import FORMULA_STARTS

        starts = ", ".join("'" + c.replace("'", "''") + "'" for c in FORMULA_STARTS)
        columns = []
        for name, kind, *_ in self.db.execute(f"DESCRIBE {_table(table)}").fetchall():
            if name in HIDDEN:
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            safe = f"CASE WHEN left({quoted}, 1) IN ({starts}) THEN chr(39) || {quoted} ELSE {quoted} END"
            columns.append(f"{safe} AS {quoted}" if kind == "VARCHAR" else quoted)
        return ", ".join(columns)

    def export_csv(self, folder: str | Path, shown: Path | None = None) -> list[Path]:
        """Write each table as ``folder/<table>.csv``, streamed by DuckDB (not held in memory), text that a
        spreadsheet would take for a formula neutralised. Every table is written under a temporary name
        first and renamed into place only when all are written, so a full disk (:class:`OutputError`)
        leaves the tables of an earlier export whole, never some new tables beside some old ones. ``shown``
        is the folder a message names (default ``folder``)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        staged = []
        self.db.execute(f"SET threads = {EXPORT_THREADS}")
        try:
            for table in TABLES:
                tmp = folder / f".{table}.csv.tmp"
                staged.append((tmp, folder / f"{table}.csv"))
                with self._reading(out=shown or folder):
                    self._export(table, tmp, shown or folder)
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
        finally:
            self.db.execute("RESET threads")
        for tmp, path in staged:
            tmp.replace(path)
        return [path for _, path in staged]

    def _export(self, table: str, path: Path, shown: Path) -> None:
        """``table`` as CSV at ``path``: each window of run positions copied by DuckDB (the first with the
        header) and appended, so the file is the one a single sorted COPY writes."""
        piece = path.with_name(path.name + ".part")
        columns = self._safe_columns(table)
        try:
            with path.open("wb") as out:
                for i, window in enumerate(self._windows()):
                    query = f"SELECT {columns} FROM {_table(table)} {window} ORDER BY _position, _row"
                    header = "true" if i == 0 else "false"
                    self.db.execute(f"COPY ({query}) TO {_quote(piece)} (HEADER {header}, DELIMITER ',')")
                    with piece.open("rb") as src:
                        shutil.copyfileobj(src, out, 1 << 20)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise OutputError(f"{shown}: the disk is full (writing the CSV tables); free some space "
                                  "or choose another --out. Tables written there before are unchanged") from None
            raise
        finally:
            piece.unlink(missing_ok=True)

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


def _column(table: str, name: str, known=()) -> str:
    """``name`` quoted for SQL, when ``table`` has that column (in the store's schema or ``known``, the
    columns of the run's files, which include each measure's) (else a clear error)."""
    if (name not in COLUMNS[table] and name not in known) or name in ("key", "article_id", *HIDDEN):
        allowed = dict.fromkeys([*COLUMNS[table], *known])
        raise ParameterError("leave_out", f"{table!r} has no column {name!r} that can be left out",
                             "one of " + ", ".join(c for c in allowed if c not in ("key", "article_id", *HIDDEN)))
    return '"' + name + '"'


def _measure_filter(table: str, measures: tuple[str, ...]) -> tuple[str, list[str]]:
    """The WHERE clause (and its parameters) that keeps only ``measures``' rows of ``matches``."""
    if table != "matches" or not measures:
        return "", []
    return f"WHERE measure IN ({', '.join('?' for _ in measures)})", list(measures)
