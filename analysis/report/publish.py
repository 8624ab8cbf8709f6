"""Turning executed notebooks into the report's files: HTML pages, figures, the index page."""
from __future__ import annotations

import base64
import hashlib
import html
from functools import lru_cache
from pathlib import Path


from ..paths import TEMPLATE_DIR

#: Columns of the articles table shown in the index's one-screen summary, with their headings.
SUMMARY_COLUMNS = {
    "n_words": "words",
    "loaded_per_1000": "loaded terms / 1,000 words",
    "hedges_per_1000": "hedges / 1,000",
    "boosters_per_1000": "boosters / 1,000",
    "certainty_index": "certainty (-1..1)",
    "vader_compound_mean": "VADER mean (-1..1)",
    "textblob_subjectivity": "subjectivity (0..1)",
    "anonymous_attributions": "anonymous attributions",
    "scare_quotes": "scare quotes",
}


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes, as hex."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=1)
def _exporter():
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    c = Config()
    c.TagRemovePreprocessor.remove_cell_tags = ("injected-parameters", "remove-from-report")
    c.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=c, template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, extra_template_paths=[str(TEMPLATE_DIR)],
                            template_file="report.html.j2")
    exporter.register_preprocessor(TagRemovePreprocessor(config=c), enabled=True)
    return exporter


def export_html(notebook: Path, target: Path) -> Path:
    """Write ``notebook`` as an HTML page with code hidden, injected parameters removed, images embedded
    and nothing loaded from the network. Returns ``target``."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": _title(nb, notebook)}})
    target.write_text(body, encoding="utf-8")
    return target


def _title(nb, path: Path) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def extract_figures(notebook: Path, folder: Path) -> list[Path]:
    """Save every PNG a notebook displayed as ``<notebook>-<n>.png`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    written = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                path = folder / f"{notebook.stem}-{len(written) + 1:02d}.png"
                path.write_bytes(base64.b64decode(data["image/png"]))
                written.append(path)
    return written


def _e(value) -> str:
    return html.escape(str(value), quote=True)


INDEX_STYLE = """<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em;
  color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
thead th { background: #f3f3f3; } small { color: #666; } .note { color: #555; }
</style>"""


def _summary_table(articles) -> str:
    if articles is None or articles.empty:
        return "<p>No articles.</p>"
    cols = [c for c in SUMMARY_COLUMNS if c in articles.columns]
    head = "".join(f"<th>{_e(SUMMARY_COLUMNS[c])}</th>" for c in cols)
    rows = []
    for _, r in articles.iterrows():
        label = r.get("title") or r.get("article_id")
        cells = "".join(f"<td>{_e(_fmt(r[c]))}</td>" for c in cols)
        outlet = _e(r.get("outlet", ""))
        rows.append(f"<tr><th scope='row'>{_e(label)}<br><small>{outlet}</small></th>{cells}</tr>")
    return f"<table><thead><tr><th>article</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _list(title: str, items: list[str]) -> str:
    """``<h2>title</h2><ul>...</ul>`` of the escaped items, or nothing when there are none."""
    if not items:
        return ""
    return f"<h2>{_e(title)}</h2><ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>"


def write_index(path: Path, manifest: dict, tables, pages: list[Path]) -> Path:
    """The report's front page: links to each page, a one-screen summary, skipped files and warnings, the
    run's parameters and timings. Every value from the manifest or the tables is escaped."""
    links = "".join(f"<li><a href='{_e(p.name)}'>{_e(p.stem.replace('_', ' '))}</a></li>" for p in pages)
    params = "".join(
        f"<tr><td>{_e(nb)}</td><td>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for nb, values in manifest["parameters"].items() for k, v in values.items()
    )
    problems = _list("Skipped files", [p["message"] for p in manifest.get("skipped", [])])
    problems += _list("Warnings", list(manifest.get("warnings", [])))
    timings = "".join(f"<li>{_e(r['notebook'])}: {_e(r['status'])}, {_e(r.get('seconds', ''))} s</li>"
                      for r in manifest["notebooks"])
    run = (f"Run {_e(manifest['folder'])}: started {_e(manifest['started'])}, "
           f"took {_e(manifest['seconds'])} s. Corpus: <code>{_e(manifest['corpus'])}</code>, "
           f"{len(manifest['inputs'])} input file(s).")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Framing report {_e(manifest['folder'])}</title>
{INDEX_STYLE}
</head>
<body>
<h1>Framing report</h1>
<p class="note">{run}</p>
<h2>Pages</h2><ul>{links}</ul>
<h2>Summary</h2>
<p class="note">Rates are per 1,000 words. Every number can be traced to the words that produced it in
<a href="tables/matches.csv">tables/matches.csv</a> (one row per match, with its offsets and text).</p>
{_summary_table(tables.articles)}
{problems}
<h2>Parameters</h2><table><thead><tr><th>notebook</th><th>parameter</th><th>value</th></tr></thead>
<tbody>{params}</tbody></table>
<h2>Run</h2><ul>{timings}</ul>
<p class="note">Tables: <a href="tables/articles.csv">articles</a>,
<a href="tables/sentences.csv">sentences</a>, <a href="tables/matches.csv">matches</a>,
<a href="tables/actors.csv">actors</a>. Figures in <code>figures/</code>; everything about the run in
<a href="manifest.json">manifest.json</a> and <a href="run.log">run.log</a>.</p>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path
