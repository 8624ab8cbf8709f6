"""Lesson 5 in a real JupyterLab and a real browser: the lesson runs from the Run menu, and the report link it
shows opens the report in a new browser tab, where the report's own links work too (inside JupyterLab's
sandboxed HTML viewer, and from a page opened through /files/, they answer "403 Blocking request from unknown
origin"). JupyterLab runs as ``make lab`` starts it, with the ``analysis.report.lab.server`` extension.

JupyterLab is started on a free localhost port with a token, in a temporary folder holding a copy of the
student notebook, and exactly that server (its own process id) is stopped again. Skipped when Debian's
chromium is missing.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

from conftest import free_port, run_all_cells, stop_jupyter, wait_for_jupyter

from analysis.paths import TEACHING_DIR

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LESSON = TEACHING_DIR / "05_compare_outlets_yourself.ipynb"
LINK_TEXT = "Open your report in a new browser tab"
EXTENSION = "--ServerApp.jpserver_extensions={'analysis.report.lab.server': True}"
pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")]




def _outputs_once_run(page, base: str, token: str, path: str, seconds: float = 240) -> list[dict]:
    """Every output of the notebook open in ``page`` once all its code cells have run: the notebook is saved
    (Ctrl+S) and read back through the server's contents API until every code cell has an execution count."""
    deadline, last = time.monotonic() + seconds, None
    while time.monotonic() < deadline:
        page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
        page.keyboard.press("Control+s")
        try:
            with urllib.request.urlopen(f"{base}/api/contents/{path}?content=1&token={token}", timeout=10) as r:
                cells = [c for c in json.load(r)["content"]["cells"] if c["cell_type"] == "code"]
        except urllib.error.HTTPError as err:  # read while the save rewrites the file in place: read again
            last, cells = err, [{"execution_count": None}]
        if all(c["execution_count"] for c in cells):
            return [o for c in cells for o in c["outputs"]]
        page.wait_for_timeout(1000)  # poll the saved notebook again: the kernel is still running cells
    raise AssertionError(f"the cells of {path} did not all run within {seconds} s (last read error: {last})")


def _lesson_copy(folder: Path) -> Path:
    """The student version of lesson 5, with the report limited to one notebook (as a teacher may set it)."""
    nb = nbformat.read(LESSON, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = re.sub(r"^report_notebooks: list = \[\]", 'report_notebooks: list = ["01_loaded_terms"]',
                           params.source, flags=re.M)
    assert '["01_loaded_terms"]' in params.source
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / LESSON.name)
    return folder / LESSON.name


@pytest.fixture()
def jupyterlab(tmp_path):
    """A JupyterLab server on a free port with a token, serving ``tmp_path/lab``; yields (url, root)."""
    root = tmp_path / "lab"
    _lesson_copy(root / "teaching")
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
        yield f"http://127.0.0.1:{port}", token, root
    finally:
        stop_jupyter(proc, log)  # exactly the server this fixture started, by its own pid


def test_lesson_five_report_link_opens_the_report_in_a_tab_where_its_links_work(jupyterlab, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    base, token, root = jupyterlab
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        served: list[tuple[int, str]] = []
        context.on("response", lambda r: served.append((r.status, r.url)) if "/lesson-reports/" in r.url else None)
        page = context.new_page()
        page.set_default_timeout(420_000)  # the lesson runs a report in Lab's kernel: minutes on a loaded machine
        page.goto(f"{base}/lab/tree/teaching/{LESSON.name}?token={token}")
        page.wait_for_selector(".jp-Notebook .jp-MarkdownCell .jp-RenderedMarkdown h1")
        run_all_cells(page)  # Run > Run All Cells, clicked again if Lab dropped the click
        link = page.locator(".jp-OutputArea-output a", has_text=LINK_TEXT)
        link.wait_for()
        href = link.get_attribute("href")
        outputs = _outputs_once_run(page, base, token, f"teaching/{LESSON.name}")
        assert not [o for o in outputs if o["output_type"] == "error"]
        noise = [o["text"] for o in outputs if o["output_type"] == "stream" and o["name"] == "stderr"]
        assert noise == []  # no red kernel messages in the lesson, as JupyterLab shows it
        assert href.startswith("/lesson-reports/teaching/work/reports/") and href.endswith("/index.html")
        with context.expect_page() as opened:
            link.click()
        report = opened.value
        report.wait_for_load_state("load")
        # the server redirects to the report's keyed address, whose pages load their scripts without a cookie
        assert re.fullmatch(re.escape(base) + r"/lesson-reports/~[0-9a-f]{32}/" + re.escape(href.removeprefix("/lesson-reports/")), report.url)
        assert (root / href.removeprefix("/lesson-reports/")).exists()
        assert "Blocking request" not in report.content()
        page_link = report.locator('a[href*="01_loaded_terms"]').first
        page_link.click()
        report.wait_for_load_state("load")
        assert report.url.endswith("01_loaded_terms.html")
        assert "Blocking request" not in report.content()
        assert report.locator("h1").count() >= 1
        # The same report through the server's /files/ URL: the index opens, its links are refused (the
        # problem the extension solves), so this test would notice a link that fell back to /files/.
        report.goto(base + href.replace("/lesson-reports/", "/files/", 1), referer=f"{base}/lab")
        assert "Blocking request" not in report.content()
        with report.expect_response(lambda r: "01_loaded_terms" in r.url) as refused:
            report.locator('a[href*="01_loaded_terms"]').first.click()
        assert refused.value.status == 403
        (tmp_path / "shots").mkdir()
        report.screenshot(path=str(tmp_path / "shots" / "report-page.png"))
        browser.close()
    assert served and all(status == 200 or (status == 302 and "/~" not in url) for status, url in served), served
    assert len({url for _, url in served}) >= 2
