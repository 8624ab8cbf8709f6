"""A table's rows held as columns: ``{column name: [value of each row]}``, every column as long as the table.

The analysis hands its tables on as columns (:meth:`analysis.pipeline.Analyzer.columns`) rather than as one
dict per row: a batch's columns become an Arrow table (the run store) or a pandas DataFrame
(:func:`analysis.pipeline.analyze_corpus`) without a dict being built and read again for every match,
sentence and voice region. The rules are those of a list of row dicts: the columns in the order they first
appear, and a row without a column holds None (missing) there.
"""
from __future__ import annotations

Columns = dict  # dict[str, list]


def n_rows(columns: Columns | list[dict]) -> int:
    """How many rows ``columns`` holds (0 for a table without columns); a list of row dicts is its length."""
    if isinstance(columns, list):
        return len(columns)
    for values in columns.values():
        return len(values)
    return 0


def from_rows(rows: list[dict]) -> Columns:
    """Row dicts as columns (a row without a column holds None there)."""
    out: Columns = {}
    for row in rows:
        append(out, {k: [v] for k, v in row.items()})
    return out


def as_rows(columns: Columns) -> list[dict]:
    """The rows of ``columns`` as dicts (for callers that read one row at a time)."""
    names = list(columns)
    return [dict(zip(names, values)) for values in zip(*columns.values())]


def append(table: Columns, more: Columns) -> Columns:
    """Add the rows of ``more`` below those of ``table`` (in place; returns ``table``). A column only one of
    them has is filled with None on the other's rows."""
    before, added = n_rows(table), n_rows(more)
    if not added:
        return table
    if table.keys() == more.keys():
        for name, values in more.items():
            table[name].extend(values)
        return table
    for name, values in table.items():
        values.extend(more[name] if name in more else [None] * added)
    for name, values in more.items():
        if name not in table:
            table[name] = [None] * before + list(values)
    return table
