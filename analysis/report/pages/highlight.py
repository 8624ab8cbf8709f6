"""An article as HTML with the spans a measure found marked in colour, for ``display(HTML(...))``.

:func:`article_html` returns one self-contained ``<div class="frm-hl">``: an inline ``<style>`` whose rules
all start with ``.frm-hl``, a header (title, outlet, date), a legend, the text with each span in a
``<mark>``, and numbered notes. Each mark is focusable (``tabindex="0"``) and carries its explanation in
``data-tip``: a popup drawn by CSS alone shows it on mouse hover, on keyboard focus and on a tap (a tap
focuses); Escape closes it and Enter opens it again where the page has :data:`POPUP_SCRIPT`; in print the
popups give way to footnote numbers and the notes list under the text. Colours come from
:func:`analysis.display.charts.color_for`, so a category has the same colour here as in the charts, and are
written inline on each mark so they survive when a viewer drops ``<style>``.

When the matches table has a ``voice`` column (writer, quote, reported, scare, headline), marks in someone
else's words (a direct quote or reported speech) are drawn hatched and say so; without it every match
counts as the writer's.

Spans may overlap. A span that sits inside another (a hedge inside an attribution) is drawn nested inside
it; a span that crosses another's edge is left out and counted in a note under the text, so the marks
always nest and the HTML stays well formed. Every piece of text and every attribute is escaped with
``html.escape(..., quote=True)``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from analysis.measures.registry import span_kinds
from analysis.display.colors import color_for
from analysis.display.labels import category_name, clean, html_text, slug

#: How each span kind is named in tooltips and legends, in the order legends list them (from the registry).
MEASURE_NAMES = {name: kind.label for name, kind in span_kinds().items()}
#: Span kinds drawn as a coloured underline (long spans that hold others), with the underline style;
#: the rest get a coloured fill (declared in the registry).
LINE_MEASURES = {name: kind.style for name, kind in span_kinds().items() if kind.style != "fill"}
#: Span kinds whose marks are coloured by category; the others have one colour per kind.
BY_CATEGORY = frozenset(name for name, kind in span_kinds().items() if kind.by_category)
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
.frm-hl mark.frm-quoted { background-image: repeating-linear-gradient(135deg, transparent 0 3px,
  rgba(255,255,255,0.7) 3px 5px); }
.frm-hl mark[data-tip] { position: relative; }
.frm-hl mark[data-tip]:focus { outline: 2px solid #1a4f8b; outline-offset: 1px; }
.frm-hl mark[data-tip]:hover:not(:has(mark:hover))::after,
.frm-hl mark[data-tip]:focus:not(.frm-shut)::after {
  content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 20; margin-top: 4px;
  width: max-content; max-width: min(24em, 80vw); padding: 0.4em 0.6em; white-space: pre-line;
  font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fffbe6; border: 1px solid #b9a55a;
  border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,0.2); text-decoration: none; }
.frm-hl mark.frm-shut::after { display: none !important; }
@media (max-width: 640px) {
  .frm-hl mark[data-tip]:hover:not(:has(mark:hover))::after, .frm-hl mark[data-tip]:focus:not(.frm-shut)::after {
    position: fixed; left: 8px; right: 8px; top: auto; bottom: 8px; width: auto; max-width: none; }
}
.frm-hl .frm-hl-notes { display: none; font-size: 0.8em; line-height: 1.4; color: #333; }
@media print {
  .frm-hl mark[data-tip]::after, .frm-hl mark[data-tip]:hover::after { content: "[" attr(data-n) "]";
    position: static; display: inline; border: 0; box-shadow: none; background: none; padding: 0;
    font-size: 0.7em; vertical-align: super; width: auto; }
  .frm-hl .frm-hl-notes { display: block; }
}
</style>"""
#: The few lines of script a page adds once for keyboard use of the popups: Escape closes the popup of the
#: focused mark, Enter (or Space) toggles it. No handler attribute is written into the page.
POPUP_SCRIPT = """<script>
document.addEventListener('keydown', function (e) {
  var m = e.target && e.target.closest ? e.target.closest('mark[data-tip]') : null;
  if (!m) { return; }
  if (e.key === 'Escape') { m.classList.add('frm-shut'); }
  else if (e.key === 'Enter' || e.key === ' ') { m.classList.toggle('frm-shut'); e.preventDefault(); }
});
document.addEventListener('focusout', function (e) {
  if (e.target && e.target.classList) { e.target.classList.remove('frm-shut'); }
});
</script>"""
#: Voices (the ``voice`` column) whose words are someone else's, not the writer's.
QUOTED_VOICES = frozenset({"quote", "reported", "statement"})


@dataclass(frozen=True)
class Mark:
    """One span to draw: ``text[start:end]``, what found it (``measure``, ``category``) and its tooltip."""

    start: int
    end: int
    measure: str
    category: str
    tooltip: str
    voice: str = "writer"

    @property
    def key(self) -> tuple[str, str]:
        return (self.measure, self.category if self.measure in BY_CATEGORY else "")


def _e(value) -> str:
    return html_text(_s(value))


def _s(value) -> str:
    """``value`` as text (bidirectional controls made visible); ``""`` for None and a missing (NaN) cell."""
    return clean(value)


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _words(name: str) -> str:
    return category_name(name)


#: The fields of a match that its tooltip says, and the tooltips already written (by those fields): a report's
#: article browser writes one for every match (56,000 at 1,000 articles), and most repeat a lexicon entry's.
TOOLTIP_FIELDS = ("measure", "category", "explanation", "neutral", "entry", "detail", "text", "strength", "voice")
#: The fields of a match that :func:`select` reads (a mark and its tooltip): what the article browser reads
#: from the store.
MARK_FIELDS = ("article_id", "start", "end", *TOOLTIP_FIELDS)
TOOLTIPS_KEPT = 50_000
_TOOLTIPS: dict[tuple, str] = {}


def tooltip(row) -> str:
    """The tooltip of one row of the matches table: what was found, why it matters, what else to write."""
    key = tuple(map(row.get, TOOLTIP_FIELDS))
    try:
        return _TOOLTIPS[key]
    except KeyError:
        pass
    except TypeError:  # a value that cannot be a key: written every time
        return _tooltip(row)
    if len(_TOOLTIPS) >= TOOLTIPS_KEPT:
        _TOOLTIPS.clear()
    _TOOLTIPS[key] = found = _tooltip(row)
    return found


def _tooltip(row) -> str:
    measure, category = row["measure"], _words(_s(row["category"]))
    explanation, neutral = _s(row.get("explanation")), _s(row.get("neutral"))
    entry, detail, written = _s(row.get("entry")), _s(row.get("detail")), _s(row.get("text"))
    said = f"\u201c{written}\u201d: " if written else ""
    listed = f"Lexicon entry: {entry}" if entry and entry.lower() != written.lower() else ""
    if measure == "loaded":
        strength = _s(row.get("strength"))
        lines = [f"{said}loaded term{f' ({strength})' if strength else ''} · {category}", listed, explanation]
        if neutral:
            lines.append(f"Neutral alternative: {neutral}")
    elif measure in ("hedges", "boosters"):
        lines = [f"{said}{MEASURE_NAMES.get(measure, measure)} · {category}", listed, explanation]
    elif measure == "attributions":
        lines = [f"{category.capitalize()} source: {detail}", f"Reporting verb: {entry}"]
    elif measure == "quotes":
        lines = [f"Scare quote ({detail}): a short quotation with no speaker nearby, words held at a distance"
                 if row["category"] == "scare" else f"Direct quote ({detail}): someone's reported words"]
    elif measure == "sources":
        lines = [f"{said}unnamed source · {category}", listed, explanation]
    elif measure == "reporting_verbs":
        lines = [f"{said}reporting verb · {category}", listed, explanation]
    elif measure == "actors":
        lines = [f"{said}actor: {entry} ({category})"]
    else:
        lines = [f"{said}{measure} · {category}", listed, explanation]
    voice = _s(row.get("voice")) or "writer"
    if voice in QUOTED_VOICES:
        lines.append("In someone else's words (a quotation, reported speech or a statement reproduced from "
                     "someone), not the writer's own.")
    elif voice == "name":
        lines.append("Part of a name or title, not the writer's own judgement.")
    elif voice == "furniture":
        lines.append("Page furniture (a poll or sign-up box the site set into the text), not the article.")
    elif voice == "headline":
        lines.append("In the headline.")
    return "\n".join(line for line in lines if line)


def select(matches, article_id: str, measures: Sequence[str] = ("loaded",),
           categories: Iterable[str] | None = None) -> list[Mark]:
    """The marks of one article: rows of ``matches`` (a table, or a list of its rows as dicts) for
    ``article_id`` and ``measures`` (and, when given, ``categories``), sorted by start, longer first, then
    in the order of ``measures``."""
    order = {m: i for i, m in enumerate(measures)}
    wanted = set(categories) if categories else None
    if isinstance(matches, pd.DataFrame):
        rows = matches[(matches["article_id"] == article_id) & matches["measure"].isin(list(measures))]
        records = rows.to_dict("records")
    else:
        records = [r for r in matches if r["article_id"] == article_id and r["measure"] in order]
    marks = []
    for r in records:
        voice = _s(r.get("voice"))
        # headline rows point into the title, not the text shown here
        if voice != "headline" and (wanted is None or r["category"] in wanted):
            marks.append(Mark(int(r["start"]), int(r["end"]), r["measure"], str(r["category"]), tooltip(r),
                              voice or "writer"))
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


@lru_cache(maxsize=4096)
def mark_style(measure: str, category: str) -> str:
    """The inline style of a mark of ``measure`` and ``category``: a coloured underline or fill."""
    color = color_for(measure, category)
    if measure in LINE_MEASURES:
        return f"text-decoration-color: {color}; text-decoration-style: {LINE_MEASURES[measure]}"
    return f"background-color: {_rgba(color, FILL_ALPHA)}; box-shadow: inset 0 -2px 0 {color}"


def _open(mark: Mark, note: int = 0, prefix: str = "") -> str:
    kind = "frm-line" if mark.measure in LINE_MEASURES else "frm-fill"
    if mark.voice in QUOTED_VOICES:
        kind += " frm-quoted"
    number = (f' data-n="{note}" aria-describedby="{_e(prefix)}-n{note}"' if note else "")
    return (f'<mark class="frm-m {kind}" data-measure="{_e(mark.measure)}" '
            f'data-category="{_e(mark.category)}" data-voice="{_e(mark.voice)}" tabindex="0" '
            f'style="{_e(mark_style(*mark.key))}" data-tip="{_e(mark.tooltip)}"{number}>')


def notes(marks: Sequence[Mark]) -> dict[str, int]:
    """A footnote number for each distinct tooltip of ``marks``, in order of first appearance (1, 2, ...)."""
    numbers: dict[str, int] = {}
    for mark in marks:
        numbers.setdefault(mark.tooltip, len(numbers) + 1)
    return numbers


def _notes_html(numbers: dict[str, int], prefix: str) -> str:
    if not numbers:
        return ""
    items = "".join(f'<li id="{_e(prefix)}-n{n}">{_e(tip)}</li>' for tip, n in numbers.items())
    return f'<ol class="frm-hl-notes">{items}</ol>'


def render(text: str, marks: Sequence[Mark], numbers: dict[str, int] | None = None, prefix: str = "") -> str:
    """``text`` escaped, with each of ``marks`` (properly nested, in order) wrapped in a ``<mark>``;
    ``numbers`` (from :func:`notes`) give each mark its footnote number, ids starting with ``prefix``."""
    numbers = numbers or {}
    out, stack, pos = [], [], 0
    for mark in marks:
        while stack and stack[-1].end <= mark.start:
            top = stack.pop()
            out.append(_e(text[pos:top.end]) + "</mark>")
            pos = top.end
        out.append(_e(text[pos:mark.start]) + _open(mark, numbers.get(mark.tooltip, 0), prefix))
        pos = mark.start
        stack.append(mark)
    while stack:
        top = stack.pop()
        out.append(_e(text[pos:top.end]) + "</mark>")
        pos = top.end
    out.append(_e(text[pos:]))
    return "".join(out)


def legend_name(measure: str, category: str) -> str:
    """How the legend names the marks of ``measure`` and ``category`` ("legal label", "hedge")."""
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
        items.append(f'<mark class="frm-m {kind}" style="{_e(mark_style(measure, category))}">'
                     f"{_e(legend_name(measure, category))}</mark> × {counts[(measure, category)]}")
    return '<div class="frm-hl-legend">' + " ".join(f"<span>{item}</span>" for item in items) + "</div>"


def date_text(article) -> str:
    """The article's date as its header shows it, or that it is unknown (with an estimate when there is one)."""
    if article.published:
        return article.published
    estimate = (article.meta or {}).get("published_estimate") if hasattr(article, "meta") else None
    return f"date unknown (estimated {estimate})" if estimate else "date unknown"


def article_html(article, matches: pd.DataFrame, measures: Sequence[str] = ("loaded",),
                 categories: Iterable[str] | None = None, style: bool = True, footnotes: bool = True) -> str:
    """The article (an :class:`~analysis.corpus.Article`) as a self-contained HTML ``<div>`` with the
    spans of ``measures`` (rows of the ``matches`` table, or a list of them as dicts; only ``categories``
    when given) highlighted. ``style=False`` leaves out the ``<style>`` (for a page that has it once),
    ``footnotes=False`` the numbered notes for print."""
    measures = tuple(measures)
    marks = select(matches, article.id, measures, categories)
    kept, dropped = nest(marks)
    facts = (article.outlet or "outlet unknown", date_text(article), f"id {article.id}")
    meta = " · ".join(_e(x) for x in facts)
    note = ""
    if dropped:
        note = (f'<div class="frm-hl-note">{len(dropped)} match(es) overlapping another one are not '
                "highlighted here; the tables list every match.</div>")
    numbers = notes(kept) if footnotes else {}
    prefix = slug(article.id, "a-")
    return (f'<div class="frm-hl" id="{_e(prefix)}">{STYLE if style else ""}'
            f'<div class="frm-hl-title">{_e(article.title or article.id)}</div>'
            f'<div class="frm-hl-meta">{meta}</div>'
            f"{legend(kept, measures)}"
            f'<div class="frm-hl-text">{render(article.text, kept, numbers, prefix)}</div>{note}'
            f"{_notes_html(numbers, prefix)}</div>")


def articles_html(corpus: Iterable, matches: pd.DataFrame, measures: Sequence[str] = ("loaded",),
                  categories: Iterable[str] | None = None, limit: int | None = None,
                  ids: Sequence[str] | None = None, why: str = "") -> str:
    """:func:`article_html` for a sample of ``corpus``: the articles ``ids`` in that order (else the corpus
    order), at most ``limit`` of them (all when ``None``), under a line that says how many of how many are
    shown and ``why`` these (e.g. "the 5 with the most loaded terms and the 5 with the fewest"), and where
    the rest are (the report's article browser, ``browser/index.html``)."""
    articles = list(corpus)
    if ids is not None:
        by_id = {a.id: a for a in articles}
        ordered = [by_id[i] for i in ids if i in by_id]
    else:
        ordered = articles
    shown = ordered if limit is None else ordered[:max(0, limit)]
    parts = []
    if len(shown) < len(articles):
        reason = f": {_e(why)}" if why else ""
        parts.append(f'<p class="frm-sample">Showing {len(shown):,} of {len(articles):,} articles{reason}. '
                     f"{len(articles) - len(shown):,} more article(s) not shown here; every article, with "
                     'every mark, is in the report\'s <a href="browser/index.html">article browser</a> '
                     "(raise <code>max_articles</code> to show more on this page).</p>")
    parts += [article_html(a, matches, measures, categories) for a in shown]
    return "\n".join(parts)
