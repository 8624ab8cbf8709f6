"""The report's front page (the index), its article browser and its tables made safe to open in a spreadsheet;
the notebooks' HTML pages and figures are written by :mod:`analysis.report.run.export`."""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import quote

from analysis.report.pages.opening import with_hint
from analysis.measures.registry import summary_columns
from analysis.display.labels import display_name, html_text

#: Columns of the articles table shown in the index's summary, with their headings (declared by each
#: measure in :mod:`analysis.measures.registry`).
SUMMARY_COLUMNS = summary_columns()
#: Articles listed in the index's summary at most (half the most loaded, half the least).
SUMMARY_ROWS = 20


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _e(value) -> str:
    return html_text(value)


INDEX_STYLE = """<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em;
  color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #f3f3f3; } small { color: #666; } .note { color: #555; }
.frm-table { overflow-x: auto; max-width: 100%; }
.lede { font-size: 1.15em; } .findings h3 { margin: 1em 0 0.2em; } .findings ul { margin-top: 0.2em; }
figure { margin: 1em 0; } figure img { max-width: 100%; height: auto; }
details { margin: 1em 0; } summary { cursor: pointer; font-weight: bold; }
</style>"""


def _pages_by_number(pages: list[Path]) -> dict[str, str]:
    """``{"01": "01_loaded_terms.html", ...}``: each page by its number prefix."""
    return {p.name[:2]: p.name for p in pages if p.name[:2].isdigit()}


def _group_by(manifest: dict) -> str:
    for values in manifest.get("parameters", {}).values():
        if isinstance(values, dict) and values.get("group_by"):
            return str(values["group_by"])
    return "outlet"


def _is_seeds(manifest: dict) -> bool:
    from analysis.paths import SEED_ARTICLES

    try:
        return Path(str(manifest.get("corpus", ""))).resolve() == SEED_ARTICLES.resolve()
    except OSError:
        return False


SEEDS_NOTE = ("<p class=\"note\">About these texts: the seeds are one real news article and two rewrites of it "
              "written for this project, one neutral and one in the language of official messaging. All three "
              "report the same events, so the differences below come from wording, not from the facts.</p>")


def _chart(articles, groups_by: str) -> str:
    """The front page's one chart: loaded terms per 1,000 words by group and category, as an embedded PNG."""
    from analysis.display import charts
    from analysis.report.pages.views import group_labels, loaded_categories, loaded_rates

    if articles.empty or "n_words" not in articles or not loaded_categories(articles):
        return ""
    field = groups_by if groups_by in articles.columns else "article_id"
    by = field if group_labels(articles, field).nunique() > 1 else "article_id"
    try:
        rates = loaded_rates(articles, by=by)
    except KeyError:
        return ""
    used = [c for c in rates.columns if c != "all" and float(rates[c].abs().sum()) > 0]
    rates = rates[used or list(rates.columns[:1])]
    title = f"Loaded terms per 1,000 words, by {display_name(by)} and category"
    fig = charts.loaded_stacked(rates, title=title)
    png = base64.b64encode(fig._repr_png_()).decode("ascii")
    return (f'<figure><img src="data:image/png;base64,{png}" alt="{_e(title)}: the longer the bar, the more '
            f'loaded terms; colours are categories."></figure>')


def _summary_table(articles, pages: dict[str, str]) -> str:
    """The articles with the most and the fewest loaded terms (at most 20), each linked to its text."""
    from analysis.report.pages.evidence import BROWSER_PAGE, sample
    from analysis.report.pages.htmltable import html_table

    if articles is None or articles.empty:
        return "<p>No articles.</p>"
    cols = [c for c in SUMMARY_COLUMNS if c in articles.columns]
    key = "loaded_per_1000" if "loaded_per_1000" in articles.columns else cols[0]
    ids, why = sample(articles, key, SUMMARY_ROWS, "loaded terms per 1,000 words")
    chosen = articles.set_index("article_id").loc[ids].reset_index()
    frame = chosen.assign(article=chosen["title"].where(chosen["title"].astype(str) != "", chosen["article_id"]))
    frame = frame[["article_id", "article", "outlet", *cols]].rename(columns=SUMMARY_COLUMNS)
    links = {"article": lambda row: f"{BROWSER_PAGE}#a={quote(str(row['article_id']), safe='')}"}
    note = f"{why[0].upper() + why[1:]}; all articles in tables/articles.csv and the article browser." if why \
        else "Every article; also in tables/articles.csv."
    return html_table(frame, "Articles", links=links, total=len(articles), note=note, hide=["article_id"])


def _list(title: str, items: list[str]) -> str:
    """``<h2>title</h2><ul>...</ul>`` of the escaped items, or nothing when there are none."""
    if not items:
        return ""
    return f"<h2>{_e(title)}</h2><ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>"


def _corpus_line(manifest: dict, articles, group_by: str) -> str:
    n = len(articles) if articles is not None else 0
    words = int(articles["n_words"].sum()) if n and "n_words" in articles else 0
    groups = articles[group_by].astype(str).nunique() if n and group_by in articles else 0
    return (f"{n:,} article{'s' if n != 1 else ''}, {words:,} words, {groups:,} "
            f"{_e(display_name(group_by))}{'s' if groups != 1 else ''}")


def front_chart(manifest: dict, articles) -> str:
    """The front page's chart as HTML (an embedded PNG; ``""`` without articles or loaded terms); needs
    only the manifest's parameters and the articles table, so a run draws it while its notebooks run."""
    return _chart(articles, _group_by(manifest)) if articles is not None else ""


def draw_front_chart(store: str, run_id: str, manifest: dict, path: str) -> None:
    """:func:`front_chart` of the run ``run_id`` of ``store`` written to ``path``: what a run's kernel does
    once its pages ran (see :meth:`analysis.report.run.lanes.Lanes.then`)."""
    from analysis.store import RunTables

    with RunTables(store, run_id) as run:
        articles = run.table("articles")
    Path(path).write_text(front_chart(manifest, articles), encoding="utf-8")


def write_index(path: Path, manifest: dict, tables, pages: list[Path], corpus=None, stored=None,
                extra_html: str = "", chart: str | None = None) -> Path:
    """The report's front page: the findings first (page 04's findings, in the same words, with links to the
    spans: see :mod:`analysis.report.pages.front`; then ``extra_html``, a section another module adds), one
    chart, then the pages, the articles with the most and fewest loaded terms, skipped files and warnings,
    and the run's details. Also writes the article browser (``browser/index.html``) from ``corpus`` (loaded
    again from the manifest's corpus when None). The matches come from ``stored`` (an open
    :class:`analysis.report.pages.session.StoredMatches`) when given, else from ``tables.matches``. Every
    value from the manifest or the tables is escaped. ``chart`` is :func:`front_chart`'s HTML when it was
    drawn already."""
    from analysis.report.pages.changes import since_last_html
    from analysis.report.pages.front import findings_html

    tables = _complete(tables)
    articles = tables.articles
    group_by = _group_by(manifest)
    numbered = _pages_by_number(pages)
    _write_browser(path.parent, manifest, tables, corpus, group_by, stored.in_order() if stored else None)
    n_articles = len(articles) if articles is not None else 0
    finding = findings_html(path.parent, numbered, n_articles, extra_html)
    links = "".join(f"<li><a href='{_e(p.name)}'>{_e(_page_title(p))}</a></li>" for p in pages)
    links += "<li><a href='browser/index.html'>Article browser: every article with its marks, searchable</a></li>"
    problems = _list("Skipped files", [p["message"] for p in manifest.get("skipped", [])])
    problems += _list("Warnings", list(manifest.get("warnings", [])))
    seeds = SEEDS_NOTE if _is_seeds(manifest) else ""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Framing report {_e(manifest['folder'])}</title>
{INDEX_STYLE}
</head>
<body>
<h1>Framing report: what stands out</h1>
<p class="note">{_corpus_line(manifest, articles, group_by)}.</p>
{since_last_html(path.parent)}
{seeds}
{finding}
{front_chart(manifest, articles) if chart is None else chart}
<h2>Pages</h2><ul>{links}</ul>
<h2>Articles</h2>
<p class="note">Rates are per 1,000 words. Every number can be traced to the words that produced it: open an
article in the <a href="browser/index.html">article browser</a>, or see
<a href="tables/matches.csv">tables/matches.csv</a> (one row per match, with its offsets and text).</p>
{_summary_table(articles, numbered)}
{problems}
{_run_details(manifest)}
</body></html>
"""
    path.write_text(with_hint(page), encoding="utf-8")
    return path


def _run_details(manifest: dict) -> str:
    """The run's details for the end of the front page: when and how long, the corpus, the parameters (folded),
    each notebook's time, and where the tables and the manifest are."""
    params = "".join(
        f"<tr><td>{_e(nb)}</td><td>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for nb, values in manifest["parameters"].items() for k, v in values.items()
    )
    timings = "".join(f"<li>{_e(r['notebook'])}: {_e(r['status'])}, {_e(r.get('seconds', ''))} s</li>"
                      for r in manifest["notebooks"])
    started = str(manifest["started"])[:19].replace("T", " ")
    return f"""<h2>About this run</h2>
<p class="note">Run {_e(manifest['folder'])}: started {_e(started)} UTC, took {_e(manifest['seconds'])} s.
Corpus: <code>{_e(manifest['corpus'])}</code>, {len(manifest['inputs'])} input file(s).</p>
<details><summary>Parameters</summary><table><thead><tr><th>notebook</th><th>parameter</th><th>value</th></tr>
</thead><tbody>{params}</tbody></table></details>
<ul>{timings}</ul>
<p class="note">Tables: <a href="tables/articles.csv">articles</a>,
<a href="tables/sentences.csv">sentences</a>, <a href="tables/matches.csv">matches</a>,
<a href="tables/actors.csv">actors</a>. Figures in <code>figures/</code>; everything about the run in
<a href="manifest.json">manifest.json</a> and <a href="run.log">run.log</a>.</p>"""


def _complete(tables):
    """``tables`` with an empty table for each of articles, sentences, matches and actors it lacks."""
    from types import SimpleNamespace

    import pandas as pd

    from analysis.pipeline import MATCH_COLUMNS

    parts = {name: getattr(tables, name, None) for name in ("articles", "sentences", "matches", "actors")}
    parts = {name: frame if frame is not None else pd.DataFrame() for name, frame in parts.items()}
    if parts["matches"].empty and "article_id" not in parts["matches"].columns:
        parts["matches"] = pd.DataFrame(columns=MATCH_COLUMNS)
    return SimpleNamespace(**parts)


def _page_title(page: Path) -> str:
    names = {"01": "01 · Loaded terms: words that judge", "02": "02 · Sentiment: the tone of each sentence",
             "03": "03 · Hedging and sourcing: how sure, and who says so",
             "04": "04 · Comparison: which differences are larger than chance"}
    return names.get(page.name[:2], page.stem.replace("_", " "))


def _write_browser(folder: Path, manifest: dict, tables, corpus, group_by: str, matches_of=None) -> None:
    """The article browser beside the index; the corpus is read again from the manifest when not given
    (skipping what the run skipped). A corpus that cannot be read again leaves a browser page that says so."""
    from analysis.report.pages.browser import write_browser

    if corpus is None:
        import warnings

        from analysis.corpus import load_corpus
        from analysis.errors import InputError

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                corpus = load_corpus(manifest["corpus"], skip_bad=True)
        except (InputError, OSError, KeyError):
            corpus = []
    write_browser(folder, corpus, tables, group_by, matches_of)


def neutralise_tables(folder: Path) -> None:
    """Make every CSV a notebook wrote into the report's tables safe to open in a spreadsheet (the store's
    own exports, ``articles.csv`` ..., are written safe by :meth:`analysis.store.RunTables.export_csv` and
    are not read again: at scale they are the largest files). A file in which no cell and no column name can
    start with a formula's first character (:func:`_may_hold_a_formula`) is left unread: 17 of the 28 tables
    of a 1,000-article report, 0.24 s of reading them as tables."""
    from analysis.csvio import neutralise_csv_file
    from analysis.store.schema import TABLES

    exported = {f"{t}.csv" for t in TABLES}
    for path in sorted(folder.glob("*.csv")):
        if path.name not in exported and _may_hold_a_formula(path):
            neutralise_csv_file(path)


def _may_hold_a_formula(path: Path) -> bool:
    """False only when no character of :data:`analysis.csvio.FORMULA_STARTS` follows the start of the file, a
    comma, a line break or a double quote: where every cell, quoted or not, and every column name begins.
    True (read it as a table) when the file is not UTF-8 text."""
    from analysis.csvio import FORMULA_STARTS

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return True
    return re.search(f'(?:^|[,\n\r"])[{re.escape("".join(FORMULA_STARTS))}]', text) is not None
