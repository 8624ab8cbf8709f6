"""The report's article browser: every article of the corpus with all its marks, searchable, loaded on demand.

:func:`write_browser` writes ``browser/index.html`` beside the report's ``index.html``, a small index of the
articles and what every part shares (``browser/index.js``) and the articles in parts of :data:`PART_SIZE`
(``browser/part-0001.js`` ...). The page reads the index, filters it as the reader types, and loads the part
holding an article only when the article is opened, so the page stays small for any corpus size. Everything
works from the file system (``file://``) with no server and no network: the data files are scripts the page
adds, since browsers refuse ``fetch`` of local files.

What is written, compactly (about 7 KB an article for news of 4,000 characters, most of it the text itself):

- ``index.js``: per article its id, title, outlet, date, story, words, :data:`RATE_COLUMN` (strong loaded
  terms in the writer's voice per 1,000 of the writer's words) and group, the outlets, stories and groups
  written once in a table of values; the span kinds with their colours, styles and legend names; and the
  explanations of lexicon entries (the popups of loaded terms, hedges, reporting verbs ...), each written
  once for the whole report (at most :data:`SHARED_TIPS`; any further ones go into their part).
- ``part-NNNN.js``: per article its id, title, date line, text as written and its marks, each mark five
  numbers: start (after the previous mark's start), length, kind, popup, voice. A popup not shared (an
  attribution names the article's own source, a quote its speaker) is written once in its part.

Offsets are in UTF-16 code units of the text as shown (bidirectional controls made visible), so the page
slices the text exactly as :func:`analysis.report.pages.highlight.article_html` would mark it; the page
builds the marks with the DOM (text only ever as ``textContent``), the same elements, classes and popups as
``article_html`` writes.

Links into the browser: ``browser/index.html#a=<article id>`` opens an article, ``#q=<text>`` searches, ``#g=<group>``
lists a group's articles (by the field the report grouped by) and ``&m=<measure>`` shows only that measure's
marks.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from analysis.display.labels import clean, display_name
from analysis.measures.registry import browser_kinds, span_kinds
from analysis.paths import TEMPLATE_DIR
from analysis.report.pages.highlight import (BY_CATEGORY, LINE_MEASURES, POPUP_SCRIPT, QUOTED_VOICES, STYLE,
                                             date_text, legend_name, mark_style, nest, select)
from analysis.report.pages.opening import with_hint

#: Articles per data file of the browser.
PART_SIZE = 100
#: Search results listed at once.
RESULTS_SHOWN = 200
#: The rate the index shows for each article: strong loaded terms in the writer's own voice per 1,000 of the
#: writer's words (the report's headline rate; mild terms and every voice are in the tables).
RATE_COLUMN = "strong_per_1000"
#: Popups written once for the whole report in ``index.js`` at most (explanations of lexicon entries are a
#: few thousand); past this many, a new one is written in each part that uses it.
SHARED_TIPS = 20_000
#: The page's template (its styles and script), beside the report's other templates.
PAGE_TEMPLATE = TEMPLATE_DIR / "browser.html"


def _js(name: str, value) -> str:
    """A line of script that calls ``name`` with ``value`` as JSON (UTF-8; ``<``, ``>``, ``&`` and the line
    separators escaped, so no markup from an article appears raw even in the data files)."""
    payload = (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
               .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return f"{name}({payload});\n"


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    # a lone surrogate (text read with surrogateescape) is written as the JS escape it stands for
    tmp.write_bytes(text.encode("utf-8", "backslashreplace"))
    os.replace(tmp, path)


def _utf16(text: str) -> int:
    """The length of ``text`` in UTF-16 code units (what a JavaScript string counts)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def shown_text(text: str, cuts: Iterable[int]) -> tuple[str, dict[int, int]]:
    """``text`` as the page shows it (bidirectional controls made visible, :func:`clean`) and where each
    of ``cuts`` (character offsets into ``text``) falls in it, in UTF-16 code units."""
    cuts = sorted(set(cuts) | {0, len(text)})
    shown = clean(text)
    if len(shown) == len(text) and _utf16(text) == len(text):
        return shown, {c: c for c in cuts}
    where, pieces, at, last = {}, [], 0, 0
    for cut in cuts:
        piece = clean(text[last:cut])
        pieces.append(piece)
        at += _utf16(piece)
        where[cut], last = at, cut
    return "".join(pieces), where


class Tables:
    """What every part shares, collected while the parts are written: span kinds (measure and category),
    legend keys, voices and popups, each numbered on first sight."""

    def __init__(self, shown: tuple[str, ...]):
        self.shown = shown
        self.kinds: dict[tuple[str, str], int] = {}
        self.keys: dict[tuple[str, str], int] = {}
        self.voices: dict[str, int] = {}
        self.tips: dict[str, int] = {}
        self.lexical = frozenset(k for k in shown if span_kinds()[k].lexicon_kind)

    def kind(self, measure: str, category: str) -> int:
        found = self.kinds.get((measure, category))
        if found is None:
            key = (measure, category if measure in BY_CATEGORY else "")
            self.keys.setdefault(key, len(self.keys))
            found = self.kinds[(measure, category)] = len(self.kinds)
        return found

    def voice(self, voice: str) -> int:
        return self.voices.setdefault(voice, len(self.voices))

    def tip(self, tip: str, measure: str, local: dict[str, int]) -> int:
        """The number of popup ``tip``: ``n >= 0`` in the shared table, ``-1 - n`` in the part's ``local``."""
        if measure in self.lexical and (tip in self.tips or len(self.tips) < SHARED_TIPS):
            return self.tips.setdefault(tip, len(self.tips))
        return -1 - local.setdefault(tip, len(local))

    def as_data(self) -> dict:
        order = {m: i for i, m in enumerate(self.shown)}
        keys = [[order.get(m, 99), c, "frm-line" if m in LINE_MEASURES else "frm-fill", mark_style(m, c),
                 legend_name(m, c)] for (m, c) in self.keys]
        return {"measures": [[m, display_name(m)] for m in self.shown],
                "kinds": [[m, c, self.keys[(m, c if m in BY_CATEGORY else "")]] for (m, c) in self.kinds],
                "keys": keys, "voices": [[v, int(v in QUOTED_VOICES)] for v in self.voices],
                "tips": list(self.tips)}


def _said(mark, written: str) -> str:
    """The popup as the part stores it: ``+`` and the popup without its leading quotation of the marked
    words (the page puts them back from the text), or ``-`` and the popup as it is."""
    said = f"\u201c{written}\u201d: "
    if written and mark.tooltip.startswith(said):
        return "+" + mark.tooltip[len(said):]
    return "-" + mark.tooltip


def article_data(article, rows: list[dict], shared: Tables, local: dict[str, int]) -> list:
    """One article as a part stores it: ``[id, title, date line, text, marks dropped, marks]``, the
    marks a flat list of five numbers each (see the module's docstring)."""
    kept, dropped = nest(select(rows, article.id, shared.shown))
    text, where = shown_text(article.text, [x for m in kept for x in (m.start, m.end)])
    marks, previous, plain = [], 0, _utf16(text) == len(text)
    for mark in kept:
        start, end = where[mark.start], where[mark.end]
        written = text[start:end] if plain else clean(article.text[mark.start:mark.end])
        marks += [start - previous, end - start, shared.kind(mark.measure, mark.category),
                  shared.tip(_said(mark, written), mark.measure, local), shared.voice(mark.voice)]
        previous = start
    meta = " · ".join(clean(x) for x in (article.outlet or "outlet unknown", date_text(article), f"id {article.id}"))
    return [clean(article.id), clean(article.title or article.id), meta, text, len(dropped), marks]


class _Values:
    """Repeated strings of the index (outlets, stories, groups), each written once and named by number."""

    def __init__(self):
        self.numbers: dict[str, int] = {}

    def __call__(self, value) -> int:
        return self.numbers.setdefault(clean(value), len(self.numbers))


def _index_row(article, row: dict, values: _Values, group_by: str) -> list:
    rate = row.get(RATE_COLUMN)
    return [clean(article.id), clean(article.title), values(article.outlet), clean(article.published),
            values(article.story), int(row.get("n_words") or 0),
            round(float(rate), 2) if rate is not None and rate == rate else None,
            values(getattr(article, group_by, "") or "")]


def from_table(matches) -> "Callable[[list[str]], Iterable[dict]]":
    """A reader of the browser's matches (the span kinds the registry shows in the browser) per list of
    article ids, from a matches table held in memory."""
    wanted = matches[matches["measure"].isin(browser_kinds())]
    by_article: dict[str, list[dict]] = {}
    for record in wanted.to_dict("records"):
        by_article.setdefault(record["article_id"], []).append(record)
    return lambda ids: [r for a in ids for r in by_article.get(a, [])]


class InOrder:
    """A reader of the browser's matches per list of article ids from rows that come in the corpus's order
    (:meth:`analysis.store.RunTables.rows`): each call takes the rows of its articles from the stream, so
    only one part's rows are held at a time. Rows of articles already passed are skipped."""

    def __init__(self, rows: Iterable[dict]):
        self._rows = iter(rows)
        self._next: dict | None = None
        self._done: set[str] = set()

    def __call__(self, ids: list[str]) -> list[dict]:
        wanted, out = set(ids), []
        while True:
            row = self._next if self._next is not None else next(self._rows, None)
            self._next = None
            if row is None:
                break
            if row["article_id"] in wanted:
                out.append(row)
            elif row["article_id"] not in self._done:
                self._next = row  # a later part's article: keep it for the next call
                break
        self._done |= wanted
        return out


def write_browser(folder: str | Path, corpus: Iterable, tables, group_by: str = "outlet",
                  matches_of: Callable[[list[str]], Iterable[dict]] | None = None) -> Path:
    """Write the article browser of ``corpus`` (articles with rows in ``tables.articles``) into ``folder``;
    returns ``browser/index.html``. ``group_by`` is the article field the report grouped by (for ``#g=``).
    ``matches_of(ids)`` gives the match rows (as dicts) of a part's articles (default: from
    ``tables.matches``); a report reads them from its run store, one part at a time, so memory does not
    grow with the corpus."""
    data = Path(folder) / "browser"
    data.mkdir(parents=True, exist_ok=True)
    matches_of = matches_of or from_table(tables.matches)
    columns = [c for c in ("article_id", "n_words", RATE_COLUMN) if c in tables.articles.columns]
    rows = {r["article_id"]: r for r in tables.articles[columns].to_dict("records")}
    shared, values = Tables(browser_kinds()), _Values()
    index, part, chunk = [], 1, []

    def flush(articles: list) -> None:
        by_article: dict[str, list[dict]] = {}
        for record in matches_of([a.id for a in articles]):
            by_article.setdefault(record["article_id"], []).append(record)
        local: dict[str, int] = {}
        # a list, not an object keyed by id: an id such as __proto__ would not survive as a key of a JS literal
        stored = [article_data(a, by_article.get(a.id, []), shared, local) for a in articles]
        _write(data / f"part-{part:04d}.js", _js("frmPart", {"part": part, "tips": list(local), "articles": stored}))

    for article in corpus:
        if article.id not in rows:
            continue
        chunk.append(article)
        index.append(_index_row(article, rows[article.id], values, group_by))
        if len(chunk) == PART_SIZE:
            flush(chunk)
            part, chunk = part + 1, []
    if chunk:
        flush(chunk)
    _write(data / "index.js", _js("frmIndex", {"group_by": display_name(group_by), "part_size": PART_SIZE,
                                                "values": list(values.numbers), "articles": index,
                                                **shared.as_data()}))
    page = data / "index.html"
    template = PAGE_TEMPLATE.read_text(encoding="utf-8")
    _write(page, with_hint(template).replace("%STYLE%", STYLE).replace("%OFF%", _switch_rules(shared.shown))
           .replace("%POPUP%", POPUP_SCRIPT).replace("%RESULTS%", str(RESULTS_SHOWN)))
    return page


def _switch_rules(kinds) -> str:
    """The CSS selectors that hide the marks of a span kind the reader switched off."""
    return ",\n".join(f".frm-off-{k} mark[data-measure={k}]" for k in kinds)
