"""An article as HTML with the spans a measure found marked in colour, for ``display(HTML(...))``.

:func:`article_html` returns one self-contained ``<div class="frm-hl">``: an inline ``<style>`` whose rules
all start with ``.frm-hl``, a header (title, outlet, date), a legend, and the text with each span in a
``<mark>`` whose ``title`` attribute (the tooltip) says what was found and why it matters. Colours come
from :func:`analysis.report.charts.color_for`, so a category has the same colour here as in the charts, and are
written inline on each mark so they survive when a viewer drops ``<style>``.

Spans may overlap. A span that sits inside another (a hedge inside an attribution) is drawn nested inside
it; a span that crosses another's edge is left out and counted in a note under the text, so the marks
always nest and the HTML stays well formed. Every piece of text and every attribute is escaped with
``html.escape(..., quote=True)``.
"""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from .charts import color_for

#: How each measure is named in tooltips and legends, and the order legends list them in.
MEASURE_NAMES = {
    "loaded": "loaded term", "hedges": "hedge", "boosters": "booster", "sources": "unnamed-source phrase",
    "attributions": "attribution", "reporting_verbs": "reporting verb", "quotes": "quote", "actors": "actor",
}
#: Measures drawn as a coloured underline (long spans that hold others); the rest get a coloured fill.
#: The value is the underline style.
LINE_MEASURES = {"attributions": "dotted", "quotes": "solid"}
#: Measures whose marks are coloured by category; the others have one colour per measure.
BY_CATEGORY = frozenset({"loaded", "attributions", "quotes", "reporting_verbs"})
FILL_ALPHA = 0.35

STYLE = """<style>
.frm-hl { border: 1px solid #d0d0d0; border-radius: 6px; padding: 0.8em 1.1em; margin: 1em 0;
  font-size: 15px; line-height: 1.8; color: #222; background: #fff; max-width: 60em; }
.frm-hl .frm-hl-title { font-size: 1.15em; font-weight: bold; line-height: 1.4; }
.frm-hl .frm-hl-meta { color: #555; font-size: 0.9em; line-height: 1.4; }
.frm-hl .frm-hl-legend { margin: 0.5em 0; font-size: 0.85em; line-height: 2.2; }
.frm-hl .frm-hl-legend > span { margin-right: 1.2em; white-space: nowrap; }
.frm-hl .frm-hl-text { white-space: pre-wrap; margin-top: 0.5em; }
.frm-hl .frm-hl-note { color: #555; font-size: 0.85em; margin-top: 0.5em; }
.frm-hl mark { color: inherit; padding: 0.1em 0.05em; border-radius: 3px; cursor: help; }
.frm-hl mark.frm-line { background: transparent; text-decoration-line: underline;
  text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
</style>"""


@dataclass(frozen=True)
class Mark:
    """One span to draw: ``text[start:end]``, what found it (``measure``, ``category``) and its tooltip."""

    start: int
    end: int
    measure: str
    category: str
    tooltip: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.measure, self.category if self.measure in BY_CATEGORY else "")


def _e(value) -> str:
    return html.escape(_s(value), quote=True)


def _s(value) -> str:
    """``value`` as text; ``""`` for None and for a missing (NaN) cell."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _words(name: str) -> str:
    return str(name).replace("_", " ")


def tooltip(row) -> str:
    """The tooltip of one row of the matches table: what was found, why it matters, what else to write."""
    measure, category = row["measure"], _words(_s(row["category"]))
    explanation, neutral = _s(row.get("explanation")), _s(row.get("neutral"))
    entry, detail = _s(row.get("entry")), _s(row.get("detail"))
    if measure == "loaded":
        lines = [f"Loaded term · {category} (lexicon entry: {entry})", explanation]
        if neutral:
            lines.append(f"Neutral alternative: {neutral}")
    elif measure in ("hedges", "boosters"):
        lines = [f"{MEASURE_NAMES[measure].capitalize()} · {category} ({entry})", explanation]
    elif measure == "attributions":
        lines = [f"{category.capitalize()} source: {detail}", f"Reporting verb: {entry}"]
    elif measure == "quotes":
        lines = [f"Scare quote ({detail}): a short quotation with no speaker nearby, words held at a distance"
                 if row["category"] == "scare" else f"Direct quote ({detail}): someone's reported words"]
    elif measure == "sources":
        lines = [f"Unnamed source · {category} ({entry})", explanation]
    elif measure == "reporting_verbs":
        lines = [f"Reporting verb · {category} ({entry})", explanation]
    elif measure == "actors":
        lines = [f"Actor: {entry} ({category})"]
    else:
        lines = [f"{measure} · {category} ({entry})", explanation]
    return "\n".join(line for line in lines if line)


def select(matches: pd.DataFrame, article_id: str, measures: Sequence[str] = ("loaded",),
           categories: Iterable[str] | None = None) -> list[Mark]:
    """The marks of one article: rows of ``matches`` for ``article_id`` and ``measures`` (and, when given,
    ``categories``), sorted by start, longer first, then in the order of ``measures``."""
    order = {m: i for i, m in enumerate(measures)}
    rows = matches[(matches["article_id"] == article_id) & matches["measure"].isin(list(measures))]
    if "voice" in rows.columns:  # headline rows point into the title, not the text shown here
        rows = rows[rows["voice"] != "headline"]
    if categories:
        rows = rows[rows["category"].isin(list(categories))]
    marks = [Mark(int(r["start"]), int(r["end"]), r["measure"], str(r["category"]), tooltip(r))
             for r in rows.to_dict("records")]
    return sorted(marks, key=lambda m: (m.start, -m.end, order[m.measure]))


def nest(marks: Sequence[Mark]) -> tuple[list[Mark], list[Mark]]:
    """Split ``marks`` (sorted as :func:`select` sorts them) into those that nest properly, kept in
    order, and those that cross the edge of a kept mark (or are empty), dropped."""
    kept, dropped, open_ = [], [], []
    for mark in marks:
        if mark.end <= mark.start:
            dropped.append(mark)
            continue
        while open_ and open_[-1].end <= mark.start:
            open_.pop()
        if open_ and mark.end > open_[-1].end:
            dropped.append(mark)
            continue
        kept.append(mark)
        open_.append(mark)
    return kept, dropped


def _style(measure: str, category: str) -> str:
    color = color_for(measure, category)
    if measure in LINE_MEASURES:
        return f"text-decoration-color: {color}; text-decoration-style: {LINE_MEASURES[measure]}"
    return f"background-color: {_rgba(color, FILL_ALPHA)}; box-shadow: inset 0 -2px 0 {color}"


def _open(mark: Mark) -> str:
    kind = "frm-line" if mark.measure in LINE_MEASURES else "frm-fill"
    return (f'<mark class="frm-m {kind}" data-measure="{_e(mark.measure)}" '
            f'data-category="{_e(mark.category)}" '
            f'style="{_e(_style(*mark.key))}" title="{_e(mark.tooltip)}">')


def render(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with each of ``marks`` (properly nested, in order) wrapped in a ``<mark>``."""
    out, stack, pos = [], [], 0
    for mark in marks:
        while stack and stack[-1].end <= mark.start:
            top = stack.pop()
            out.append(_e(text[pos:top.end]) + "</mark>")
            pos = top.end
        out.append(_e(text[pos:mark.start]) + _open(mark))
        pos = mark.start
        stack.append(mark)
    while stack:
        top = stack.pop()
        out.append(_e(text[pos:top.end]) + "</mark>")
        pos = top.end
    out.append(_e(text[pos:]))
    return "".join(out)


def _legend_name(measure: str, category: str) -> str:
    if measure == "loaded":
        return _words(category)
    if measure in BY_CATEGORY:
        return f"{_words(category)} {MEASURE_NAMES.get(measure, measure)}"
    return MEASURE_NAMES.get(measure, measure)


def legend(marks: Sequence[Mark], measures: Sequence[str]) -> str:
    """One sample mark per legend key found in ``marks``, with its count, in the order of ``measures``."""
    counts = Counter(m.key for m in marks)
    if not counts:
        return '<div class="frm-hl-legend">Nothing found to highlight.</div>'
    order = {m: i for i, m in enumerate(measures)}
    items = []
    for measure, category in sorted(counts, key=lambda k: (order.get(k[0], 99), k[1])):
        kind = "frm-line" if measure in LINE_MEASURES else "frm-fill"
        items.append(f'<mark class="frm-m {kind}" style="{_e(_style(measure, category))}">'
                     f"{_e(_legend_name(measure, category))}</mark> × {counts[(measure, category)]}")
    return '<div class="frm-hl-legend">' + " ".join(f"<span>{item}</span>" for item in items) + "</div>"


def _date(article) -> str:
    if article.published:
        return article.published
    estimate = (article.meta or {}).get("published_estimate") if hasattr(article, "meta") else None
    return f"date unknown (estimated {estimate})" if estimate else "date unknown"


def article_html(article, matches: pd.DataFrame, measures: Sequence[str] = ("loaded",),
                 categories: Iterable[str] | None = None) -> str:
    """The article (an :class:`~analysis.corpus.Article`) as a self-contained HTML ``<div>`` with the
    spans of ``measures`` (rows of the ``matches`` table; only ``categories`` when given) highlighted."""
    measures = tuple(measures)
    marks = select(matches, article.id, measures, categories)
    kept, dropped = nest(marks)
    facts = (article.outlet or "outlet unknown", _date(article), f"id {article.id}")
    meta = " · ".join(_e(x) for x in facts)
    note = ""
    if dropped:
        note = (f'<div class="frm-hl-note">{len(dropped)} match(es) overlapping another one are not '
                "highlighted here; the tables list every match.</div>")
    return (f'<div class="frm-hl">{STYLE}'
            f'<div class="frm-hl-title">{_e(article.title or article.id)}</div>'
            f'<div class="frm-hl-meta">{meta}</div>'
            f"{legend(kept, measures)}"
            f'<div class="frm-hl-text">{render(article.text, kept)}</div>{note}</div>')


def articles_html(corpus: Iterable, matches: pd.DataFrame, measures: Sequence[str] = ("loaded",),
                  categories: Iterable[str] | None = None, limit: int | None = None) -> str:
    """:func:`article_html` for the first ``limit`` articles of ``corpus`` (all when ``None``), one after
    the other, with a line saying how many were left out."""
    articles = list(corpus)
    shown = articles if limit is None else articles[:max(0, limit)]
    parts = [article_html(a, matches, measures, categories) for a in shown]
    if len(shown) < len(articles):
        parts.append(f"<p>{len(articles) - len(shown)} more article(s) not shown; raise "
                     "<code>max_articles</code> to see them.</p>")
    return "\n".join(parts)
