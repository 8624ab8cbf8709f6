"""CSV files: one article per row after a header row, read as a stream (a million rows, bounded memory).

Column names default to a Media Cloud export (see :class:`CsvColumns`); other columns go to ``Article.meta``.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import TextIO

from ..errors import CorpusError
from .decode import open_text
from .fields import Loaded, record
from .limits import MAX_RECORD_CHARS, listed, shortened
from .model import DEFAULT_COLUMNS, TEXT_FALLBACKS, CsvColumns

_QUOTE_HINT = 'Check for a stray double quote; inside a quoted field write a quote as two quotes ("")'


class _LineTooLong(Exception):
    def __init__(self, line: int):
        self.line = line


def csv_articles(path: Path, stem: str, source: str, columns: CsvColumns) -> Iterator[Loaded | CorpusError]:
    """Each row's article, or the error naming its line; raises CorpusError if the whole file is unusable."""
    with open_text(path) as stream:
        rows = _csv_rows(stream, path)
        first = next(rows, None)
        if first is None:
            raise CorpusError(path, "has no text", "It is empty or only whitespace: add rows or remove it")
        header = _csv_header(first, path)
        chosen = _csv_column_map(header, columns, path)
        used = set(chosen.values())
        number = 0
        for number, (line, row) in enumerate(rows, 1):
            if len(row) != len(header):
                yield CorpusError(path, f"row has {len(row)} fields but the header has {len(header)}",
                                  "Put fields that hold commas or line breaks in double quotes", line=line)
                continue
            fields_ = dict(zip(header, row))
            values = {name: fields_[column] for name, column in chosen.items()}
            meta = {column: value for column, value in fields_.items() if column not in used}
            yield record(values, meta, path=path, source=source, line=line, default_id=f"{stem}:{number}")
        if number == 0:
            raise CorpusError(path, "has a header row but no rows",
                              "Export the articles, not only the header")


def _bounded_lines(stream: TextIO) -> Iterator[str]:
    """The stream's lines, refusing any line longer than MAX_RECORD_CHARS instead of reading it whole."""
    number = 0
    while True:
        line = stream.readline(MAX_RECORD_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_RECORD_CHARS:
            raise _LineTooLong(number)
        yield line


def _csv_rows(stream: TextIO, path: Path) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) for every non-blank row, header included."""
    old_limit = csv.field_size_limit(MAX_RECORD_CHARS)
    reader = csv.reader(_bounded_lines(stream), strict=True)
    start = 1
    try:
        for row in reader:
            if row:
                yield start, row
            start = reader.line_num + 1
    except csv.Error as error:
        raise _csv_error(error, path, start, reader.line_num) from None
    except _LineTooLong as error:
        raise CorpusError(path, f"has a line longer than {MAX_RECORD_CHARS:,} characters",
                          "Check that it is a CSV file with one row per line", line=error.line) from None
    finally:
        csv.field_size_limit(old_limit)


def _csv_error(error: csv.Error, path: Path, start: int, line: int) -> CorpusError:
    if "unexpected end of data" in str(error):
        return CorpusError(path, "a quoted field that starts in this row is never closed", _QUOTE_HINT,
                           line=start)
    if "field larger than field limit" in str(error):
        return CorpusError(path, f"has a field longer than {MAX_RECORD_CHARS:,} characters (perhaps a quote "
                                 "that is never closed)", _QUOTE_HINT, line=start)
    if line > start:  # the reader went on past the row's end: a quote of this row is not closed where meant
        problem = f"is not valid CSV ({error}): a quoted field that starts in this row runs on to line {line}"
        return CorpusError(path, problem, _QUOTE_HINT, line=start)
    return CorpusError(path, f"is not valid CSV ({error})", _QUOTE_HINT, line=line)


def _csv_header(first: tuple[int, list[str]], path: Path) -> list[str]:
    line, names = first
    header = [name.strip() or f"column_{i}" for i, name in enumerate(names, 1)]
    seen: set[str] = set()
    repeated = sorted({name for name in header if name in seen or seen.add(name)})
    if repeated:
        raise CorpusError(path, f"the header names column(s) {listed(repeated)} more than once",
                          "Give every column a distinct name", line=line)
    return header


def _csv_column_map(header: list[str], columns: CsvColumns, path: Path) -> dict[str, str]:
    """Article field -> CSV column, for the fields the file has."""
    chosen, present = {}, set(header)
    for name in (f.name for f in fields(CsvColumns)):
        configured = getattr(columns, name)
        fallbacks = TEXT_FALLBACKS if name == "text" else (name,)
        column = next((c for c in (configured, *fallbacks) if c in present), None)
        if column is not None:
            chosen[name] = column
        elif name == "text" or configured != getattr(DEFAULT_COLUMNS, name):
            raise _missing_column_error(path, name, configured, header)
    return chosen


def _missing_column_error(path: Path, name: str, configured: str, header: list[str]) -> CorpusError:
    looked_for = (configured, *TEXT_FALLBACKS) if name == "text" else (configured,)
    hint = f"Pass the {name} column, e.g. load_corpus(path, columns=CsvColumns({name}='...'))"
    if len(header) == 1 and any(sep in header[0] for sep in ";\t|"):
        hint = "The file seems not to be comma-separated: save it as CSV with commas. " + hint
    return CorpusError(
        path,
        f"has no {name} column (looked for {', '.join(dict.fromkeys(looked_for))}); "
        f"its columns are: {listed(header, most=30)}",
        shortened(hint, 300),
        line=1,
    )
