"""Turning executed notebooks into pages: what nbconvert's HTML exporter adds with BeautifulSoup (an ``alt`` on
every image, keyboard focus on every cell's input and output area) is added on the start tags alone, and the
output notebook is saved as each code cell starts, not at both ends of every cell."""
from __future__ import annotations

import nbformat
import pytest
from bs4 import BeautifulSoup

from analysis.report.run.kernels import execute, import_papermill
from analysis.report.run.export import NO_ALT, _focusable, export_html

PAGE = """<html><body><main class="jp-Notebook">
<div class="jp-Cell jp-CodeCell"><div class="jp-Cell-inputWrapper"><pre>x</pre></div>
<div class="jp-OutputArea-child"><div class="jp-RenderedImage jp-OutputArea-output" data-mime-type="image/png">
<img src="data:image/png;base64,AAAA" class=""></div></div>
<div class="jp-OutputArea-output" tabindex="-1" data-tip='a > b'><img alt="a chart" src="x.png"/></div>
<div class="note" title="jp-OutputArea-output">not an output</div>
</div></main></body></html>"""


def test_images_get_an_alt_and_cell_areas_get_keyboard_focus_as_nbconvert_gives_them():
    soup = BeautifulSoup(_focusable(PAGE), "html.parser")
    images = soup.find_all("img")
    assert [img["alt"] for img in images] == [NO_ALT, "a chart"]  # an alt given by the output is kept
    areas = soup.select("div.jp-Cell-inputWrapper, div.jp-OutputArea-output")
    assert [div.get("tabindex") for div in areas] == ["0", "0", "0"]  # -1 becomes 0, once
    assert soup.select_one("div.jp-OutputArea-output[data-tip]")["data-tip"] == "a > b"
    assert soup.select_one("div.note").get("tabindex") is None  # the class name in another attribute
    assert _focusable("<p>no tags to change</p>") == "<p>no tags to change</p>"


def test_an_exported_page_parses_to_what_nbconvert_writes(tmp_path):
    """The page equals nbconvert's own HTMLExporter (same template and settings) once both are parsed."""
    from nbconvert import HTMLExporter

    from analysis.report.run import export

    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# A page\n\nSome *text* & a <b>tag</b>."),
        nbformat.v4.new_code_cell("x = 1", outputs=[
            nbformat.v4.new_output("display_data", {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),
            nbformat.v4.new_output("execute_result", {"text/html": "<table><tr><td>1 &lt; 2</td></tr></table>",
                                                      "text/plain": "1"}, execution_count=1)])])
    nbformat.write(nb, tmp_path / "page.ipynb")
    ours = export_html(tmp_path / "page.ipynb", tmp_path / "page.html").read_text(encoding="utf-8")
    theirs = HTMLExporter(config=export._exporter().config, template_name="lab", exclude_input=True,
                          exclude_input_prompt=True, exclude_output_prompt=True,
                          extra_template_paths=[str(export.TEMPLATE_DIR)], template_file="report.html.j2")
    body, _ = theirs.from_notebook_node(nb, resources={"metadata": {"name": "A page"}})
    expected = export.with_hint(body.replace(export.TOC_MARK, export.contents(body), 1))
    assert str(BeautifulSoup(ours, "html.parser")) == str(BeautifulSoup(expected, "html.parser"))
    assert NO_ALT in ours and 'tabindex="0"' in ours


@pytest.mark.slow
def test_the_output_notebook_is_saved_as_each_code_cell_starts_and_at_the_end(tmp_path, monkeypatch):
    import_papermill()
    from papermill.iorw import papermill_io

    saved = []
    write = papermill_io.write

    def record(text, path, *args, **kwargs):
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)  # every save, the ones while the notebook runs too, is a valid notebook
        saved.append([c.metadata.papermill["status"] for c in nb.cells])
        return write(text, path, *args, **kwargs)

    monkeypatch.setattr(papermill_io, "write", record)
    cells = [nbformat.v4.new_markdown_cell("# Title"), nbformat.v4.new_code_cell("a = 1"),
             nbformat.v4.new_markdown_cell("Between"), nbformat.v4.new_code_cell("print(a + 1)"),
             nbformat.v4.new_markdown_cell("The end")]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "in.ipynb")
    (tmp_path / "ipc").mkdir()
    execute(tmp_path / "in.ipynb", tmp_path / "out.ipynb", {}, tmp_path / "ipc" / "k", [])
    # the start, each code cell as it starts (seen running, the cells before it completed), the engine's
    # end and papermill's write after it
    assert saved == [["pending"] * 5,
                     ["completed", "running", "pending", "pending", "pending"],
                     ["completed", "completed", "completed", "running", "pending"],
                     ["completed"] * 5, ["completed"] * 5]
    assert (tmp_path / "out.ipynb").read_text(encoding="utf-8") == nbformat.writes(
        nbformat.read(tmp_path / "out.ipynb", as_version=4))  # the last write is nbformat's own
    out = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert all(c.metadata.papermill["end_time"] for c in out.cells)
    assert "2" in out.cells[3].outputs[0]["text"]
