"""From any number on a report page to the words behind it, at any corpus size.

The report notebooks show tables through :func:`show`: capped at :data:`~analysis.report.pages.htmltable.TABLE_ROWS`
rows sorted by what matters, complete in ``tables/<name>.csv`` (when the notebook's ``tables_dir`` is set),
with cells linked to the evidence: a term's count to its keyword-in-context rows (:func:`kwic_anchor`), an
article to its highlighted text on the page or in the article browser (:func:`article_link`).
:func:`sample` chooses which articles a page highlights in full; :func:`side_by_side` sets the wording of the
articles of one story next to each other.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from urllib.parse import quote

import pandas as pd

from analysis.report.pages.htmltable import TABLE_ROWS, Html, csv_note, html_table, write_csv
from analysis.display.labels import category_name, display_name, html_text, slug
from analysis.compare.voice import NOT_THE_WRITERS

#: The report's article browser page (written beside index.html).
BROWSER_PAGE = "browser/index.html"
#: Stories set side by side on a page at most, and outlets (columns) per story.
STORIES_SHOWN = 5
OUTLETS_SHOWN = 6
#: Measures a side-by-side view compares, in this order.
SIDE_MEASURES = ("loaded", "reporting_verbs", "sources", "hedges", "boosters")


def kwic_anchor(entry: str, measure: str = "loaded") -> str:
    """The id of the first keyword-in-context row of lexicon entry ``entry`` (of ``measure``)."""
    return slug(f"{measure}:{entry}", "kwic-")


def article_anchor(article_id: str) -> str:
    """The id of an article highlighted in full on a page (see :func:`analysis.report.pages.highlight.article_html`)."""
    return slug(article_id, "a-")


def article_link(article_id: str, on_page: Sequence[str] = ()) -> str:
    """Where article ``article_id`` can be read with its marks: its place on this page when it is among
    ``on_page``, else the article browser."""
    if article_id in set(on_page):
        return "#" + article_anchor(article_id)
    return f"{BROWSER_PAGE}#a={quote(str(article_id), safe='')}"


def sample(articles: pd.DataFrame, column: str, n: int, what: str) -> tuple[list[str], str]:
    """The ids of the articles a page shows in full, and why these: all (in corpus order) when there are at
    most ``n``; else the ``n - n // 2`` with the highest ``column`` and the ``n // 2`` with the lowest,
    ``what`` naming the column in the explanation ("loaded terms per 1,000 words")."""
    ids = list(articles["article_id"])
    if len(ids) <= n or n <= 0:
        return ids[:max(0, n)] if n >= 0 else ids, ""
    order = articles.assign(_v=pd.to_numeric(articles[column], errors="coerce").fillna(float("-inf")))
    order = order.sort_values("_v", ascending=False, kind="stable")["article_id"].tolist()
    low = n // 2
    high = n - low
    chosen = order[:high] + [i for i in order[len(order) - low:] if i not in order[:high]]
    why = (f"the {high} with the most {what} and the {low} with the fewest" if low
           else f"the {high} with the most {what}")
    return chosen, why


def show(frame: pd.DataFrame, caption: str, name: str, tables_dir: str = "", sort: Sequence[str] = (),
         ascending: bool | Sequence[bool] = False, limit: int = TABLE_ROWS,
         links: Mapping[str, Callable] | None = None, row_ids: Callable | None = None,
         right: Sequence[str] = (), hide: Sequence[str] = ()) -> Html:
    """``frame`` as a report table: every row written to ``<tables_dir>/<name>.csv``, the page showing the
    first ``limit`` rows after sorting by ``sort`` (kept in order when empty), with the caption saying how
    many of how many, sorted by what, and where the rest are. Columns in ``hide`` are in the CSV and reach
    the link functions but are not shown."""
    if sort:
        frame = frame.sort_values(list(sort), ascending=ascending, kind="stable")
    written = write_csv(frame, tables_dir, name)
    total = len(frame)
    note = ""
    if total > limit:
        by = ", ".join(display_name(c) for c in sort)
        note = (f"Sorted by {by}. " if by else "") + csv_note(name, written)
    elif written is not None:
        note = f"Also in tables/{written.name}."
    return html_table(frame.head(limit), caption, anchor=f"table-{name}", links=links, row_ids=row_ids,
                      total=total, note=note, right=right, hide=hide)


def term_links(measure: str = "loaded") -> dict[str, Callable]:
    """Links for a table of terms (:func:`analysis.report.pages.views.top_terms`): term and count to the term's
    keyword-in-context rows."""
    def to_kwic(row):
        return "#" + kwic_anchor(row.get("lexicon entry", ""), measure)
    return {"lexicon entry": to_kwic, "count": to_kwic}


def kwic_row_ids(rows: pd.DataFrame) -> Callable:
    """Row ids for a keyword-in-context table: the first row of each entry gets :func:`kwic_anchor`,
    the others a numbered id."""
    first = {}
    for i, (entry, measure) in enumerate(zip(rows["entry"], rows["measure"])):
        first.setdefault((entry, measure), i)
    position = iter(range(len(rows)))

    def row_id(row):
        i = next(position)
        key = (row.get("entry"), row.get("measure"))
        return kwic_anchor(*key) if first.get(key) == i else f"kwic-row-{i}"
    return row_id


def article_links(on_page: Sequence[str] = (), column: str = "article") -> dict[str, Callable]:
    """Links from an article column to the article's highlighted text (this page or the browser)."""
    return {column: lambda row: article_link(row.get(column, ""), on_page)}


# ------------------------------------------------------------------ side by side

def stories(articles: pd.DataFrame, limit: int = STORIES_SHOWN) -> tuple[list[str], int]:
    """The stories covered by at least two outlets, the ones with the most outlets first (at most
    ``limit``), and how many such stories there are."""
    if "story" not in articles.columns:
        return [], 0
    known = articles[articles["story"].astype(str).str.strip() != ""]
    outlets = known.groupby("story")["outlet"].nunique()
    shared = outlets[outlets >= 2].sort_values(ascending=False, kind="stable")
    return [str(s) for s in shared.index[:limit]], len(shared)


def side_by_side(articles: pd.DataFrame, matches: pd.DataFrame, story: str,
                 on_page: Sequence[str] = ()) -> Html:
    """The wording of one story's articles next to each other: one column per article (its outlet and
    title, linked to its highlighted text), one row per measure and category, each cell listing the words
    that article used there (with how often). Built from the matches table; the writer's own words only
    when it has a ``voice`` column."""
    part = articles[articles["story"].astype(str) == str(story)].head(OUTLETS_SHOWN)
    ids = list(part["article_id"])
    found = matches[matches["article_id"].isin(ids) & matches["measure"].isin(SIDE_MEASURES)]
    if "voice" in found.columns:
        found = found[~found["voice"].isin(NOT_THE_WRITERS)]
    words = found.assign(word=found["text"].astype(str).str.lower().str.replace(r"\s+", " ", regex=True))
    cells = words.groupby(["measure", "category", "article_id"])["word"].agg(
        lambda s: "; ".join(f"{w} ×{n}" if n > 1 else w for w, n in s.value_counts(sort=False).items()))
    head = "".join(
        f'<th scope="col"><a href="{html_text(article_link(r.article_id, on_page))}">'
        f"{html_text(r.outlet or '(no outlet)')}</a><br><small>{html_text(r.title or r.article_id)}</small></th>"
        for r in part.itertuples())
    body = []
    order = {m: i for i, m in enumerate(SIDE_MEASURES)}
    keys = sorted({(m, c) for m, c, _ in cells.index}, key=lambda k: (order[k[0]], k[1]))
    for measure, category in keys:
        row = "".join(f"<td>{html_text(cells.get((measure, category, i), '–'))}</td>" for i in ids)
        name = display_name(measure) + ": " + category_name(category)
        body.append(f'<tr><th scope="row">{html_text(name)}</th>{row}</tr>')
    more = matches_total = len(articles[articles["story"].astype(str) == str(story)])
    extra = f" (the first {len(ids)} of {matches_total} articles)" if more > len(ids) else ""
    caption = f"Story {story}: the same events in each outlet's words{extra}"
    if not body:
        body.append(f'<tr><td colspan="{len(ids) + 1}">None of these articles uses a listed word.</td></tr>')
    return Html(f'<div class="frm-table frm-side" id="{html_text(slug(story, "story-"))}"><table>'
                f"<caption>{html_text(caption)}</caption><thead><tr><th></th>{head}</tr></thead>"
                f"<tbody>{''.join(body)}</tbody></table></div>")


def side_by_side_all(articles: pd.DataFrame, matches: pd.DataFrame, on_page: Sequence[str] = ()) -> Html:
    """:func:`side_by_side` for the stories covered by the most outlets, under a line saying how many of
    how many stories are shown (or that no story is covered by two outlets)."""
    chosen, total = stories(articles)
    if not chosen:
        return Html('<p class="frm-sample">No story is covered by two or more outlets in this corpus (the '
                    "articles' <code>story</code> field), so there is nothing to set side by side.</p>")
    intro = (f'<p class="frm-sample">Showing {len(chosen)} of {total:,} stories covered by two or more '
             "outlets, those with the most outlets first.</p>")
    return Html(intro + "".join(side_by_side(articles, matches, s, on_page) for s in chosen))
