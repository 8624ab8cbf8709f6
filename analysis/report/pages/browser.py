"""The report's article browser: every article of the corpus with all its marks, searchable, loaded on demand.

:func:`write_browser` writes ``browser/index.html`` beside the report's ``index.html``, a small index of the articles
(``browser/index.js``: id, title, outlet, date, story, words, and :data:`RATE_COLUMN`, strong loaded terms in the
writer's voice per 1,000 of the writer's words) and the highlighted articles in parts of :data:`PART_SIZE`
(``browser/part-0001.js`` ...). The page reads the index, filters it as the reader types, and loads the part holding an article only when the article is opened, so the
page stays small for any corpus size. Everything works from the file system (``file://``) with no server and
no network: the data files are scripts the page adds, since browsers refuse ``fetch`` of local files.

Links into the browser: ``browser/index.html#a=<article id>`` opens an article, ``#q=<text>`` searches, ``#g=<group>``
lists a group's articles (by the field the report grouped by) and ``&m=<measure>`` shows only that measure's
marks. Article text and metadata only ever reach the page as escaped HTML (the highlighted fragments, made by
:mod:`analysis.report.pages.highlight`) or as text (``textContent``).
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from analysis.report.pages.opening import with_hint
from analysis.report.pages.highlight import POPUP_SCRIPT, STYLE, article_html
from analysis.display.labels import clean, display_name
from analysis.measures.registry import browser_kinds

#: Articles per data file of the browser.
PART_SIZE = 100
#: Search results listed at once.
RESULTS_SHOWN = 200
#: The rate the index shows for each article: strong loaded terms in the writer's own voice per 1,000 of the
#: writer's words (the report's headline rate; mild terms and every voice are in the tables).
RATE_COLUMN = "strong_per_1000"


def _js(name: str, value) -> str:
    """A line of script that calls ``name`` with ``value`` as JSON (ASCII only, ``<`` and ``>`` escaped, so
    no markup from an article appears raw even in the data files)."""
    payload = json.dumps(value, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"{name}({payload});\n"


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _index_row(article, row: dict, part: int, group_by: str) -> list:
    rate = row.get(RATE_COLUMN)
    return [clean(article.id), clean(article.title), clean(article.outlet), clean(article.published),
            clean(article.story), int(row.get("n_words") or 0),
            round(float(rate), 2) if rate is not None and rate == rate else None, part,
            clean(getattr(article, group_by, "") or "")]


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
    folder = Path(folder)
    data = folder / "browser"
    data.mkdir(parents=True, exist_ok=True)
    matches_of = matches_of or from_table(tables.matches)
    columns = [c for c in ("article_id", "n_words", RATE_COLUMN) if c in tables.articles.columns]
    rows = {r["article_id"]: r for r in tables.articles[columns].to_dict("records")}
    index, part, chunk, shown = [], 1, [], browser_kinds()

    def flush(articles: list) -> None:
        by_article: dict[str, list[dict]] = {}
        for record in matches_of([a.id for a in articles]):
            by_article.setdefault(record["article_id"], []).append(record)
        # [id, html] pairs, not an object: an id such as __proto__ would not survive as a key of a JS literal
        html = [[clean(a.id), article_html(a, by_article.get(a.id, []), shown, style=False,
                                           footnotes=False)] for a in articles]
        _write(data / f"part-{part:04d}.js", _js("frmPart", {"part": part, "articles": html}))

    for article in corpus:
        if article.id not in rows:
            continue
        chunk.append(article)
        index.append(_index_row(article, rows[article.id], part, group_by))
        if len(chunk) == PART_SIZE:
            flush(chunk)
            part, chunk = part + 1, []
    if chunk:
        flush(chunk)
    _write(data / "index.js", _js("frmIndex", {"group_by": display_name(group_by), "articles": index,
                                                "measures": [[m, display_name(m)] for m in shown]}))
    page = data / "index.html"
    _write(page, with_hint(PAGE).replace("%STYLE%", STYLE).replace("%OFF%", _switch_rules(shown))
           .replace("%POPUP%", POPUP_SCRIPT)
           .replace("%RESULTS%", str(RESULTS_SHOWN)))
    return page


def _switch_rules(kinds) -> str:
    """The CSS selectors that hide the marks of a span kind the reader switched off."""
    return ",\n".join(f".frm-off-{k} mark[data-measure={k}]" for k in kinds)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article browser</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #222; }
header { padding: 0.6em 1em; border-bottom: 1px solid #ddd; }
main { display: flex; gap: 1em; padding: 0 1em; align-items: flex-start; }
#list { flex: 0 0 24em; max-height: 85vh; overflow-y: auto; border-right: 1px solid #eee; padding-right: 0.5em; }
#list ol { padding-left: 1.4em; } #list li { margin: 0.3em 0; } #list small { color: #666; }
#view { flex: 1 1 auto; min-width: 0; }
#search { font: inherit; width: 22em; max-width: 90vw; padding: 0.2em 0.4em; }
.sr { position: absolute; left: -9999px; }
fieldset { display: inline; border: 0; padding: 0; margin-left: 1em; } label { margin-right: 0.8em; }
%OFF% {
  background: none !important; box-shadow: none !important; text-decoration: none !important;
  padding: 0 !important; }
@media (max-width: 800px) { main { flex-direction: column; } #list { flex-basis: auto; max-height: 40vh; } }
</style>
%STYLE%
</head>
<body>
<header>
<a href="../index.html">&larr; Report index</a>
<h1 style="margin:0.2em 0">Article browser</h1>
<label for="search">Search titles, outlets, stories and ids:</label>
<input id="search" type="search" autocomplete="off">
<fieldset id="measures"><legend class="sr">Marks shown</legend></fieldset>
<p id="status" aria-live="polite"></p>
</header>
<main><nav id="list" aria-label="Articles"></nav><article id="view"><p>Choose an article from the list.</p></article></main>
<script>
(function () {
  var INDEX = null, PARTS = {}, WANT = null, shown = null, RESULTS = %RESULTS%;
  var list = document.getElementById('list'), view = document.getElementById('view');
  var search = document.getElementById('search'), status = document.getElementById('status');
  var boxes = document.getElementById('measures');
  function hashParams() {
    var out = Object.create(null), parts = location.hash.replace(/^#/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('='); if (kv.length < 2) { continue; }
      try { out[kv[0]] = decodeURIComponent(kv.slice(1).join('=')); } catch (e) { out[kv[0]] = ''; }
    }
    return out;
  }
  function load(src) { var s = document.createElement('script'); s.src = src; document.head.appendChild(s); }
  function text(tag, value) { var el = document.createElement(tag); el.textContent = value; return el; }
  window.frmIndex = function (data) { INDEX = data; setup(); route(); };
  window.frmPart = function (data) {
    PARTS[data.part] = new Map(data.articles);
    if (WANT !== null) { open(WANT); }
  };
  function setup() {
    INDEX.measures.forEach(function (m) {
      var label = document.createElement('label'), box = document.createElement('input');
      box.type = 'checkbox'; box.checked = true; box.value = m[0];
      box.addEventListener('change', applyMeasures);
      label.appendChild(box); label.appendChild(document.createTextNode(' ' + m[1])); boxes.appendChild(label);
    });
    search.addEventListener('input', function () { render(filter(search.value, null)); });
    window.addEventListener('hashchange', route);
  }
  function applyMeasures() {
    var off = [];
    boxes.querySelectorAll('input').forEach(function (b) { if (!b.checked) { off.push('frm-off-' + b.value); } });
    view.className = off.join(' ');
  }
  function filter(q, group) {
    q = (q || '').toLowerCase();
    return INDEX.articles.filter(function (a) {
      if (group !== null && a[8] !== group) { return false; }
      if (!q) { return true; }
      return (a[0] + ' ' + a[1] + ' ' + a[2] + ' ' + a[4]).toLowerCase().indexOf(q) >= 0;
    });
  }
  function render(found) {
    shown = found;
    list.textContent = '';
    var ol = document.createElement('ol');
    found.slice(0, RESULTS).forEach(function (a) {
      var li = document.createElement('li'), link = document.createElement('a');
      link.href = '#a=' + encodeURIComponent(a[0]); link.textContent = a[1] || a[0];
      li.appendChild(link); li.appendChild(document.createElement('br'));
      var rate = a[6] === null ? '' : ', ' + a[6] + ' strong loaded terms per 1,000 of the writer\u2019s words';
      li.appendChild(text('small', (a[2] || 'outlet unknown') + (a[3] ? ', ' + a[3] : '') + ', ' +
                                   a[5].toLocaleString('en') + ' words' + rate));
      ol.appendChild(li);
    });
    list.appendChild(ol);
    status.textContent = 'Listing ' + Math.min(found.length, RESULTS).toLocaleString('en') + ' of ' +
      found.length.toLocaleString('en') + ' matching articles (' + INDEX.articles.length.toLocaleString('en') +
      ' in the report)' + (found.length > RESULTS ? '; type to narrow the list.' : '.');
  }
  function open(id) {
    var entry = INDEX.articles.find(function (a) { return a[0] === id; });
    if (!entry) { view.textContent = ''; view.appendChild(text('p', 'No article with id ' + id + ' in this report.')); return; }
    var part = PARTS[entry[7]];
    if (!part) { WANT = id; view.textContent = 'Loading ...'; load('part-' + String(entry[7]).padStart(4, '0') + '.js'); return; }
    WANT = null;
    view.innerHTML = part.get(id);
    applyMeasures();
  }
  function route() {
    var p = hashParams();
    if (p.m) { boxes.querySelectorAll('input').forEach(function (b) { b.checked = (b.value === p.m); }); }
    if (p.q !== undefined) { search.value = p.q; }
    var group = p.g !== undefined ? p.g : null;
    if (shown === null || p.q !== undefined || group !== null) { render(filter(search.value, group)); }
    if (p.a !== undefined) { open(p.a); }
    else if (group !== null && shown.length) { open(shown[0][0]); }
    applyMeasures();
  }
  load('index.js');
})();
</script>
%POPUP%
</body></html>
"""
