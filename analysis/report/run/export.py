"""Executed notebooks turned into the report's pages: each notebook's HTML page (nbconvert's Lab template
without its input cells, with a table of contents) and the PNG figures it displayed."""
from __future__ import annotations

import base64
import html
import re
from functools import lru_cache
from pathlib import Path

from analysis.display.labels import html_text
from analysis.paths import TEMPLATE_DIR
from analysis.report.pages.opening import with_hint


@lru_cache(maxsize=1)
def _exporter():
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    class PageExporter(HTMLExporter):
        """nbconvert's HTML exporter without its last step, a BeautifulSoup parse and rewrite of the whole
        page (60% of an export's time) that only adds ``alt`` to images without one and ``tabindex="0"`` to
        cells' input and output areas: :func:`_focusable` makes the same two changes on the start tags."""

        def from_notebook_node(self, nb, resources=None, **kw):
            from nbconvert.exporters.templateexporter import TemplateExporter
            from nbconvert.filters.highlight import Highlight2HTML
            from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

            language = nb.metadata.get("language_info", {})
            lexer = language.get("pygments_lexer", language.get("name", None))
            self.register_filter("highlight_code", self.filters.get(
                "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type", WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources))
            page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return _focusable(page), resources

    c = Config()
    # the notebook validated once, after every preprocessor ran, instead of after each of the 13 (nbconvert's
    # own option; the same page): 0.03-0.04 s of a 1,000-article report's four pages
    c.Exporter.optimistic_validation = True
    c.TagRemovePreprocessor.remove_cell_tags = ("injected-parameters", "remove-from-report")
    c.TagRemovePreprocessor.enabled = True
    exporter = PageExporter(config=c, template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, extra_template_paths=[str(TEMPLATE_DIR)],
                            template_file="report.html.j2")
    exporter.register_preprocessor(TagRemovePreprocessor(config=c), enabled=True)
    return exporter


#: An ``<img>`` or ``<div>`` start tag with its attributes (quoted values may hold ``>``).
_START_TAG = re.compile(r"""<(img|div)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*/?)>""",
                        re.I)
_ATTRIBUTE = re.compile(r"""\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
#: What nbconvert writes in an image's ``alt`` when the output gave none, and the areas it makes focusable.
NO_ALT = "No description has been provided for this image"
_FOCUSABLE = {"jp-Cell-inputWrapper", "jp-OutputArea-output"}


def _focusable(page: str) -> str:
    """``page`` with ``alt`` added to every ``<img>`` that has none and ``tabindex="0"`` to every ``<div>``
    that is a cell's input or output area (what nbconvert's HTMLExporter does with BeautifulSoup)."""
    def tag(match: re.Match) -> str:
        name, attributes, end = match.groups()
        found = {m[1].lower(): m[2] if m[2] is not None else m[3] if m[3] is not None else m[4] or ""
                 for m in _ATTRIBUTE.finditer(attributes)}
        if name.lower() == "img" and "alt" not in found:
            attributes += f' alt="{NO_ALT}"'
        elif name.lower() == "div" and _FOCUSABLE & set(found.get("class", "").split()):
            if found.get("tabindex") != "0":
                attributes = _ATTRIBUTE.sub(lambda m: "" if m[1].lower() == "tabindex" else m[0], attributes)
                attributes += ' tabindex="0"'
        else:
            return match[0]
        return f"<{name}{attributes}{end}>"

    return _START_TAG.sub(tag, page)


def export_html(notebook: Path, target: Path, nb=None) -> Path:
    """Write ``notebook`` as an HTML page with code hidden, injected parameters removed, images embedded
    and nothing loaded from the network. ``nb``: the notebook already read (``nbformat.read``), if it was.
    Returns ``target``."""
    import nbformat

    nb = nb if nb is not None else nbformat.read(notebook, as_version=4)
    body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": _title(nb, notebook)}})
    target.write_text(with_hint(body.replace(TOC_MARK, contents(body), 1)), encoding="utf-8")
    return target


#: Where the page template wants the contents list.
TOC_MARK = "<!--frm-toc-->"
_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)<a class="anchor-link"', re.S)


def contents(body: str) -> str:
    """A contents list of a page's second-level headings (nbconvert gives each an id), or ``""`` when the
    page has fewer than three."""
    found = _H2.findall(body)
    if len(found) < 3:
        return ""
    items = "".join(f'<li><a href="#{html_text(html.unescape(i))}">{html_text(html.unescape(re.sub("<[^>]+>", "", t)))}</a></li>'
                    for i, t in found)
    return f'<nav class="report-toc" aria-label="Contents"><strong>On this page</strong><ol>{items}</ol></nav>'



def _title(nb, path: Path) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def extract_figures(notebook: Path, folder: Path, nb=None) -> list[Path]:
    """Save every PNG a notebook displayed as ``<notebook>-<n>.png`` in ``folder`` (``nb``: the notebook
    already read, if it was)."""
    folder.mkdir(parents=True, exist_ok=True)
    import nbformat

    nb = nb if nb is not None else nbformat.read(notebook, as_version=4)
    written = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                path = folder / f"{notebook.stem}-{len(written) + 1:02d}.png"
                path.write_bytes(base64.b64decode(data["image/png"]))
                written.append(path)
    return written


def export_page(tmp: Path, nb: Path):
    """A notebook's HTML page and figures, written as soon as it ran (while others still run). Returns the
    page, or the error (raised once every notebook ran, so a failed run still keeps all its notebooks)."""
    import nbformat

    try:
        executed = tmp / "notebooks" / f"{nb.stem}.ipynb"
        read = nbformat.read(executed, as_version=4)  # once for both (each read validates the notebook)
        extract_figures(executed, tmp / "figures", nb=read)
        return export_html(executed, tmp / f"{nb.stem}.html", nb=read)
    except Exception as exc:  # noqa: BLE001 - raised by the runner (its _work) once the notebooks are kept
        return exc
