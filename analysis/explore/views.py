"""The explorer's views: rates, a phrase's use with its contexts, an article with its highlights; HTML first,
widgets where a front end is attached.

Every view is HTML (so a headless run, the tests and an exported page show it); a phrase's contexts sit in a
``<details>`` element per group, one click away in a static page as in JupyterLab. :func:`explorer` adds
ipywidgets (grouping, period, measure, voice, phrase, article) when a front end is attached, following
:mod:`analysis.teaching.helpers.widgets` (a live view still carries the static HTML).
"""
from __future__ import annotations

import html
import math
from types import SimpleNamespace

import pandas as pd

from analysis.display.labels import display_name
from analysis.explore.query import GROUP_FIELDS, VOICES, Explorer
from analysis.teaching.helpers.widgets import View, live

#: Contexts listed per group.
CONTEXTS = 10
VOICE_NAMES = {"writer": "the writer's own words", "quoted": "quotations and reported speech",
               "all": "all words"}
STYLE = """<style>
.frx table { border-collapse: collapse; font: 13px/1.4 system-ui, sans-serif; margin: 0.4em 0 1em; }
.frx th, .frx td { border: 1px solid #d4d4d4; padding: 3px 8px; text-align: left; }
.frx td.num { text-align: right; font-variant-numeric: tabular-nums; }
.frx .bar { display: inline-block; height: 0.7em; background: #0072B2; vertical-align: middle; }
.frx details { margin: 0.2em 0; } .frx summary { cursor: pointer; }
.frx .ctx { font: 14px/1.5 Georgia, serif; margin: 0.3em 0 0.3em 1.2em; }
.frx .ctx mark { background: #ffe08a; } .frx .note { color: #555; font-size: 0.9em; }
</style>"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: float, digits: int = 2) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:,.{digits}f}"


def _table(table: pd.DataFrame, what: str, extra: str = "") -> str:
    """A rate table (:data:`analysis.explore.query.RATE_COLUMNS`) as HTML with a bar per rate."""
    if table.empty:
        return '<p class="note">No articles.</p>'
    top = max([v for v in table["per_1000"] if not math.isnan(v)] or [0]) or 1
    head = ("<tr><th>group</th><th>articles</th><th>words</th><th>" + _e(what) + "</th><th>per 1,000 words</th>"
            "<th>95% interval</th><th></th>" + ("<th>articles using it</th>" if extra else "") + "</tr>")
    rows = []
    for r in table.to_dict("records"):
        width = 0 if math.isnan(r["per_1000"]) else round(120 * r["per_1000"] / top)
        interval = f"{_num(r['low'])} – {_num(r['high'])}" if not math.isnan(r["low"]) else "too few units"
        rows.append(f"<tr><td>{_e(r['group'])}</td><td class='num'>{r['articles']:,}</td>"
                    f"<td class='num'>{r['words']:,}</td><td class='num'>{r['count']:,}</td>"
                    f"<td class='num'>{_num(r['per_1000'])}</td><td class='num'>{interval}"
                    f"{' (by sentence)' if r['unit'] == 'sentences' else ''}</td>"
                    f"<td><span class='bar' style='width:{width}px'></span></td>"
                    + (f"<td class='num'>{r['using']:,}</td>" if extra else "") + "</tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def rates_html(ex: Explorer, by: str = "outlet", measure: str = "loaded", voice: str = "writer",
               period: str = "M") -> str:
    """Each group's rate of ``measure`` in ``voice`` per 1,000 words of that voice, with its interval."""
    table = ex.rates(by, measure, voice, period)
    title = (f"{display_name(measure).capitalize()} in {VOICE_NAMES[voice]}, per 1,000 words of {VOICE_NAMES[voice]}, "
             f"by {display_name(by)}")
    return (f'<div class="frx">{STYLE}<h3>{_e(title)}</h3>{_table(table, "matches")}'
            '<p class="note">Intervals: 95%, articles as units (a group of fewer than 5 articles: sentences, '
            "which only says how much the figure depends on which sentences its texts contain).</p></div>")


def _context(row) -> str:
    text, at, to = str(row["text"]), int(row["at"]), int(row["to"])
    return (f'<div class="ctx">{_e(text[:at])}<mark>{_e(text[at:to])}</mark>{_e(text[to:])} '
            f'<span class="note">— {_e(row["title"])} (id {_e(row["article_id"])})</span></div>')


def search_html(ex: Explorer, phrase: str, by: str = "outlet", period: str = "M", limit: int = CONTEXTS) -> str:
    """Who uses ``phrase`` how often per 1,000 words, and under each group its contexts (click to open)."""
    table = ex.search(phrase, by, period)
    parts = [f'<div class="frx">{STYLE}<h3>“{_e(phrase)}” by {_e(display_name(by))}</h3>',
             _table(table, "uses", extra="using"),
             '<p class="note">Every voice counted; whole words, any case. Click a group to read its uses.</p>']
    found = ex.contexts(phrase, by=by, period=period, limit=limit, per_group=True)
    for group in table.loc[table["count"] > 0, "group"]:
        rows = found[found["group"] == group]
        shown = "".join(_context(r) for r in rows.to_dict("records"))
        total = int(table.loc[table["group"] == group, "count"].iloc[0])
        parts.append(f"<details><summary>{_e(group)}: {total:,} use(s); the first {len(rows)} in context"
                     f"</summary>{shown}</details>")
    if not (table["count"] > 0).any():
        parts.append(f'<p class="note">No article of this run uses “{_e(phrase)}”.</p>')
    return "".join(parts) + "</div>"


def _text(sentences: pd.DataFrame) -> str:
    """The article's text rebuilt from its sentences at their offsets (gaps of two characters or more become
    a paragraph break), so that the matches' offsets point into it."""
    out, at = [], 0
    for start, text in zip(sentences["start"], sentences["text"]):
        gap = int(start) - at
        if gap > 0:
            out.append("\n\n" + " " * (gap - 2) if gap >= 2 else " " * gap)
        out.append(str(text))
        at = int(start) + len(str(text))
    return "".join(out)


def article_html(ex: Explorer, article_id: str, measures: tuple[str, ...] = ("loaded", "hedges", "boosters",
                 "sources", "reporting_verbs", "quotes")) -> str:
    """The article ``article_id`` of the run with the spans of ``measures`` highlighted (hover for why)."""
    from analysis.report.pages.highlight import article_html as highlighted

    fields, sentences, matches = ex.article(article_id)
    matches = matches.assign(article_id=str(article_id))
    article = SimpleNamespace(id=str(article_id), title=fields.get("title") or "", outlet=fields.get("outlet") or "",
                              published=fields.get("published") or "", meta={}, text=_text(sentences))
    return highlighted(article, matches, measures=measures)


def _choices(ex: Explorer) -> dict:
    return {"by": [f for f in GROUP_FIELDS if f in ex.articles.columns], "voice": list(VOICES),
            "measure": ex.measures(), "period": ["W", "M", "Q", "Y"]}


def explorer(ex: Explorer, by: str = "outlet", measure: str = "loaded", voice: str = "writer",
             period: str = "M", phrase: str = "", article: str = "", interactive: bool = True) -> View:
    """The whole explorer: rates of ``measure`` by ``by``, the use of ``phrase`` (when given) with its
    contexts, and ``article`` (default: the first article using the phrase, else the first of the run)."""
    def page(by, measure, voice, period, phrase, article):
        parts = [rates_html(ex, by, measure, voice, period)]
        if phrase.strip():
            parts.append(search_html(ex, phrase, by, period))
        if article:
            parts.append(f"<h3>Article {_e(article)}</h3>" + article_html(ex, article))
        return "".join(parts)

    if not article:
        found = ex.contexts(phrase, limit=1) if phrase.strip() else pd.DataFrame()
        article = found["article_id"].iloc[0] if not found.empty else str(ex.articles["article_id"].iloc[0])
    static = page(by, measure, voice, period, phrase, article)
    if not live(interactive):
        return View('<p class="note"><em>Static view: change the parameters in the cell above and run it '
                    "again; in JupyterLab with widgets the choices are here.</em></p>" + static)
    return View(static, _widget(ex, page, dict(by=by, measure=measure, voice=voice, period=period, phrase=phrase,
                                                article=article)))


def _widget(ex: Explorer, page, chosen: dict):
    import ipywidgets as w

    options = _choices(ex)
    boxes = {name: w.Dropdown(options=options[name], value=chosen[name], description=name + ":")
             for name in ("by", "period", "measure", "voice")}
    phrase = w.Text(value=chosen["phrase"], description="phrase:", continuous_update=False)
    article = w.Combobox(value=chosen["article"], options=list(ex.articles["article_id"].astype(str)),
                         description="article:", ensure_option=True)
    shown = w.HTML(page(**chosen))

    def redraw(_=None):
        try:
            shown.value = page(**{k: b.value for k, b in boxes.items()}, phrase=phrase.value,
                               article=article.value)
        except Exception as problem:  # noqa: BLE001 - a bad phrase or article is shown, not raised
            shown.value = f"<p><strong>{_e(problem)}</strong></p>"

    for box in [*boxes.values(), phrase, article]:
        box.observe(redraw, names="value")
    return w.VBox([w.HBox(list(boxes.values())[:2]), w.HBox(list(boxes.values())[2:]),
                   w.HBox([phrase, article]), shown])
