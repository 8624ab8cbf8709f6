"""Every kind of link on every page of a report, clicked in a real browser inside a real JupyterLab.

JupyterLab is started as ``make lab`` starts it (root at a project-like folder, the ``analysis.report.lab.server``
extension on) on a free localhost port with a token; the seed report of the real suite is copied under its
``reports/``. A notebook in Lab prints a lesson's report link (``lessons.report_link``), the browser follows it,
and then on the index, on each notebook page and in the article browser one link of every kind is clicked:
a page (the next page), "see the words" and an article (the article browser), the tables (CSV), the manifest
(JSON), the run log; each must show content. Then the report is opened as Lab's file browser opens it
(``/files/``), where the page must say how to open it so that its links work, and that link must work.
Skipped when Debian's chromium is missing; never downloads a browser.
"""
from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import copy_report, free_port, run_all_cells, stop_jupyter, wait_for_jupyter

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EXTENSION = "--ServerApp.jpserver_extensions={'analysis.report.lab.server': True}"
LINK_TEXT = "Open your report in a new browser tab"
PAGES = ("01_loaded_terms.html", "02_sentiment.html", "03_hedging_and_sourcing.html", "04_comparison_report.html")
pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")]


def _link_notebook(root: Path, report: Path) -> str:
    cell = ("from pathlib import Path\nfrom IPython.display import HTML\nfrom analysis.teaching.helpers import lessons\n"
            f"HTML(lessons.report_link(Path({str(report.relative_to(root))!r}).resolve()))")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# My report"),
                                         nbformat.v4.new_code_cell(cell)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "lesson.ipynb")
    return "lesson.ipynb"


@pytest.fixture()
def lab(tmp_path, suite_report):
    """JupyterLab serving ``tmp_path/lab`` (with the seed report in ``reports/``); yields (url, token, root,
    report folder)."""
    root = tmp_path / "lab"
    report = copy_report(suite_report, root / "reports")
    port, token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    log = (tmp_path / "lab.log").open("wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--allow-root", f"--port={port}",
         "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
         f"--LabApp.user_settings_dir={tmp_path / 'settings'}", EXTENSION],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root)
    try:
        wait_for_jupyter(port, token, proc)
        yield f"http://127.0.0.1:{port}", token, root, report
    finally:
        stop_jupyter(proc, log)


def _follow(tab, selector: str) -> str:
    """Click the first link matching ``selector`` on ``tab`` and return the text the tab then shows."""
    link = tab.locator(selector).first
    href = link.get_attribute("href")
    with tab.expect_navigation():
        link.click()
    tab.wait_for_load_state("load")
    assert "Blocking request" not in tab.content(), href
    return tab.locator("body").inner_text()


def _article_shown(tab) -> str:
    tab.wait_for_function("document.querySelector('#view .frm-hl-text') !== null"
                          " || document.querySelectorAll('#list a, #list button, #list li').length > 0")
    return tab.locator("#view").inner_text() + tab.locator("#list").inner_text()


def test_every_kind_of_link_on_every_report_page_shows_content_inside_lab(lab, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    base, token, root, report = lab
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    failed: list[tuple[int, str]] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.on("response", lambda r: failed.append((r.status, r.url))
                   if "/lesson-reports/~" in r.url and r.status != 200 else None)
        page = context.new_page()
        page.set_default_timeout(300_000)  # a kernel starts in Lab and runs the notebook: minutes when loaded
        page.goto(f"{base}/lab/tree/{_link_notebook(root, report)}?token={token}")
        page.wait_for_selector(".jp-Notebook .jp-MarkdownCell .jp-RenderedMarkdown h1")
        run_all_cells(page)  # Run > Run All Cells, clicked again if Lab dropped the click
        link = page.locator(".jp-OutputArea-output a", has_text=LINK_TEXT)
        link.wait_for()
        with context.expect_page() as opened:
            link.click()
        tab = opened.value
        tab.set_default_timeout(120_000)
        tab.wait_for_load_state("load")
        index = tab.url
        assert "/lesson-reports/~" in index and index.endswith("/reports/" + report.name + "/index.html")
        assert tab.locator("#frm-open-hint").count() == 0  # opened where links work: no hint
        folder = index.rsplit("/", 1)[0]

        # The index: a page, "see the words", an article, the tables, the manifest, the run log.
        assert "Framing report" in tab.locator("h1").first.inner_text()
        shown = _follow(tab, "a[href*='browser/index.html#g=']")
        assert "&m=" in tab.url and _article_shown(tab)
        tab.goto(index)
        _follow(tab, "a[href^='browser/index.html#a=']")
        assert tab.locator("#view .frm-hl-text").first.inner_text().strip()  # the article's own text
        tab.goto(index)
        shown = _follow(tab, "a[href='tables/matches.csv']")
        assert shown.splitlines()[0].startswith("article_id,") and "loaded" in shown
        tab.goto(index)
        shown = _follow(tab, "a[href='manifest.json']")
        assert manifest["folder"] in shown
        tab.goto(index)
        shown = _follow(tab, "a[href='run.log']")
        assert "INFO" in shown and "01_loaded_terms ok" in shown

        # Each notebook page, reached from the index: the page itself, its article links, its nav links.
        for name in PAGES:
            tab.goto(index)
            shown = _follow(tab, f"a[href='{name}']")
            assert tab.url == f"{folder}/{name}" and tab.locator("h1").count() >= 1 and len(shown) > 200
            assert tab.locator("#frm-open-hint").count() == 0
            if tab.locator("a[href^='browser/index.html#a=']").count():
                _follow(tab, "a[href^='browser/index.html#a=']")
                assert tab.locator("#view .frm-hl-text").first.inner_text().strip()
                tab.goto(f"{folder}/{name}")
            _follow(tab, "nav.report-nav a[href='browser/index.html']")
            assert _article_shown(tab)
            tab.goto(f"{folder}/{name}")
            _follow(tab, "nav.report-nav a[href='index.html']")
            assert tab.url == index

        # The article browser: open an article from its list, then back to the index.
        tab.goto(f"{folder}/browser/index.html")
        _article_shown(tab)
        tab.locator("#list a, #list button").first.click()
        tab.wait_for_selector("#view .frm-hl-text")
        assert tab.locator("#view .frm-hl-text").first.inner_text().strip()
        _follow(tab, "a[href='../index.html']")
        assert tab.url == index

        # Double-clicked in Lab's file browser (its HTML viewer, where scripts do not run): the page says how
        # to open it so that its links work.
        page.goto(f"{base}/lab/tree/reports/{report.name}/index.html")
        viewer = page.frame_locator(".jp-MainAreaWidget iframe").first
        viewer.locator("#frm-open-hint").wait_for()
        assert "/lesson-reports/" in viewer.locator("#frm-open-hint").inner_text()

        # Opened as Lab's file browser opens it (/files/): the page says so and links to where links work.
        tab.goto(f"{base}/files/reports/{report.name}/index.html", referer=f"{base}/lab")
        hint = tab.locator("#frm-open-hint")
        assert hint.is_visible() and "/files/" in hint.inner_text()
        _follow(tab, "#frm-open-hint a")
        assert tab.url == index and tab.locator("#frm-open-hint").count() == 0
        (tmp_path / "shots").mkdir()
        tab.screenshot(path=str(tmp_path / "shots" / "index.png"))
        browser.close()
    assert failed == []
