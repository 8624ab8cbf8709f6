"""Tables for the report pages: escaped HTML with human headers, whole numbers as whole numbers, links from
numbers to the words behind them, capped to what a reader can take in, and complete in a CSV beside them.

:func:`html_table` is what the notebooks display. It replaces pandas' Styler, which silently drops rows past
its cell limit: here a table shows at most ``limit`` rows and its caption says how many of how many, sorted
by what, and where the complete table is (``tables/<name>.csv`` in a report folder). Every table sits in a
container that scrolls sideways on a narrow screen instead of running off the page.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from analysis.csvio import write_csv as write_csv_file
from analysis.display.labels import category_name, clean, display_name, html_text

#: Rows a table shows before it is cut (the rest are in its CSV).
TABLE_ROWS = 30
#: Characters that make a spreadsheet read a cell as a formula; such text cells are written with a
#: Words in a column name that mark it as a count (shown whole even when every value is 0 or 1).
COUNT_WORDS = ("count", "words", "sentences", "articles", "mentions", "attributions", "quotes", "hedges",
               "boosters", "verbs", "occurrences", "named", "anonymous", "pronoun", "unclear", "neutral",
               "loaded", "all")
#: Words in a column name that mark it as a rate, share or score, never a count.
NOT_COUNTS = ("1,000", "1000", "share", "index", "mean", "median", "rate", "polarity", "subjectivity")
#: Columns whose values are names of categories (or of measures), shown by their display names.
NAMED_COLUMNS = frozenset({"category", "kind", "type", "verb type"})
_SAFE_HREF = re.compile(r"^(#[\w\-.:]*|([\w\-]+/)?[\w\-.]+\.html(#[\w\-.:=&%~]*)?|tables/[\w\-.]+\.csv)$")


class Html(str):
    """A piece of HTML that a notebook shows as HTML (it is also a plain ``str``)."""

    def _repr_html_(self) -> str:
        return str(self)


def column_format(values: pd.Series) -> Callable[[object], str]:
    """How a column's numbers are written: whole numbers with separators for integer columns and for float
    columns whose values are all whole (counts stored as floats) unless they all lie in [-1, 1] (scores and
    shares, which keep two decimals); else two decimals; text cleaned."""
    numeric = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
    if not numeric and values.name in NAMED_COLUMNS:
        return category_name
    if not numeric and values.name == "measure":
        return display_name
    if not numeric:
        return clean
    finite = values.dropna()
    integers = pd.api.types.is_integer_dtype(values)
    name = str(values.name).lower()
    counted = any(w in name for w in COUNT_WORDS) and not any(w in name for w in NOT_COUNTS)
    scores = not counted and not finite.empty and bool(finite.abs().max() <= 1)  # keep their decimals
    if integers or finite.empty or ((finite % 1 == 0).all() and not scores):
        return lambda v: "" if pd.isna(v) else f"{int(v):,}"
    return lambda v: "" if pd.isna(v) else f"{float(v):,.2f}"


def _href(url: str) -> str:
    """``url`` if it is a link inside the report (a fragment, a page, a table); else ``""``."""
    return url if url and _SAFE_HREF.match(url) else ""


def html_table(frame: pd.DataFrame, caption: str, anchor: str = "", links: Mapping[str, Callable] | None = None,
               row_ids: Callable | None = None, total: int | None = None, note: str = "",
               right: Sequence[str] = (), hide: Sequence[str] = ()) -> Html:
    """``frame`` as an HTML table in a scrolling container.

    ``links`` maps a column to a function of the row (a dict) returning the link of that cell (a fragment
    ``#...``, a report page ``name.html#...`` or a table ``tables/name.csv``; anything else is ignored);
    ``row_ids`` gives each row an id (a fragment others link to); ``total`` is how many rows there were
    before the table was cut, and ``note`` what the caption adds (which rows, where the rest are).
    Columns in ``hide`` are not shown but reach the ``links`` and ``row_ids`` functions (an article id).
    """
    links = links or {}
    columns = [c for c in frame.columns if c not in set(hide)]
    formats = {c: column_format(frame[c]) for c in columns}
    numeric = {c for c in columns if formats[c] not in (clean, display_name, category_name)}
    head = "".join(f'<th scope="col"{_align(c, numeric, right)}>{html_text(display_name(c))}</th>'
                   for c in columns)
    rows = []
    for record in frame.to_dict("records"):
        cells = []
        for c in columns:
            text = html_text(formats[c](record[c]))
            href = _href(links[c](record)) if c in links else ""
            if href and text:
                text = f'<a href="{html_text(href)}">{text}</a>'
            cells.append(f"<td{_align(c, numeric, right)}>{text}</td>")
        rid = f' id="{html_text(row_ids(record))}"' if row_ids else ""
        rows.append(f"<tr{rid}>{''.join(cells)}</tr>")
    shown = len(frame)
    count = (f"{shown:,} row{'s' if shown != 1 else ''}" if total is None or total <= shown
             else f"the first {shown:,} of {total:,} rows")
    extra = f" {html_text(note)}" if note else ""
    ident = f' id="{html_text(anchor)}"' if anchor else ""
    return Html(f'<div class="frm-table"{ident}><table><caption>{html_text(caption)} '
                f'<small>({count}.{extra})</small></caption><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table></div>")


def _align(column, numeric: set, right: Sequence[str]) -> str:
    return ' class="num"' if column in numeric or column in right else ""


def csv_note(name: str, written: Path | None) -> str:
    """The caption's pointer to a table's complete CSV."""
    if written is None:
        return f"The complete table is written as {name}.csv when the notebook's tables_dir is set."
    return f"Complete table: tables/{written.name}."


def write_csv(frame: pd.DataFrame, tables_dir: str, name: str) -> Path | None:
    """Write ``frame`` (every row) to ``<tables_dir>/<name>.csv`` with human headers, text cells that a
    spreadsheet would run as a formula prefixed with ``'``; returns the file, or None when ``tables_dir``
    is empty. Written to a temporary name first, so a full disk never leaves half a file."""
    if not tables_dir:
        return None
    folder = Path(tables_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return write_csv_file(frame.rename(columns=display_name), folder / f"{name}.csv")

