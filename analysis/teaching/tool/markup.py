"""Small HTML pieces the lessons show: escaped tables and highlighted fragments made ready for a lesson.

Imports nothing from the other teaching modules (explain, the checks and the lesson helpers all use it).
"""
from __future__ import annotations

import math
import re

import pandas as pd

from analysis.display.labels import html_text


def escape(value) -> str:
    """``value`` as text escaped for HTML (None as empty text; bidirectional controls made visible), the
    same escaping as every report page (:func:`analysis.display.labels.html_text`)."""
    return html_text(value)


def tidy(fragment: str, meta: bool = True) -> str:
    """An :func:`~analysis.report.pages.highlight.article_html` fragment made ready for a lesson: with ``meta=False``
    no outlet / date / id line (which says nothing about a text that is not an article)."""
    if not meta:
        fragment = re.sub(r'<div class="frm-hl-meta">[^<]*</div>', "", fragment, count=1)
    return fragment


def _cell(value) -> str:
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def table_html(frame: pd.DataFrame, caption: str = "") -> str:
    """An escaped HTML table (no index, empty cells for missing values, text left and numbers right)
    under a bold caption."""
    head = f"<p><strong>{escape(caption)}</strong></p>" if caption else ""
    if frame.empty:
        return head + "<p><em>Nothing found.</em></p>"
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    cell = 'style="text-align: {}; padding: 0.15em 0.6em"'
    header = "".join(f"<th {cell.format('right' if n else 'left')}>{escape(c)}</th>"
                     for c, n in zip(frame.columns, numeric))
    rows = "".join("<tr>" + "".join(f"<td {cell.format('right' if n else 'left')}>{escape(_cell(v))}</td>"
                                    for v, n in zip(row, numeric)) + "</tr>"
                   for row in frame.itertuples(index=False))
    return (f'{head}<table style="border-collapse: collapse"><thead><tr>{header}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")
