"""Reports and notebooks checked in a real browser: Debian's chromium driven by Playwright.

The report pages must open offline with no console error, load no resource from outside the machine, run
no script from article text, and show their charts. A screenshot of every page goes to test-artifacts/
(git-ignored). JupyterLab is started on localhost with a token, a report notebook opened in it, and exactly
that server stopped again. Skipped when /usr/bin/chromium is missing (``.ci/run`` installs it).
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ARTIFACTS, FIXTURE_NOTEBOOKS, PWN, free_port, parse_page, stop_jupyter, wait_for_jupyter

from analysis.measures.registry import browser_kinds
from analysis.paths import NOTEBOOKS_DIR

CHROMIUM = Path("/usr/bin/chromium")
#: Flags checked on this kind of machine (see the project GUIDE); Playwright adds --headless and a fresh
#: profile folder itself.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_SCHEMES = ("file", "data", "blob", "about")

NO_CHROMIUM = ("needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium; "
               ".ci/run installs it)")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield chromium
        chromium.close()


class Visit:
    """One page opened in a fresh browser context, with everything it tried recorded."""

    def __init__(self, browser, allowed_hosts: tuple[str, ...] = ()):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.remote: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.allowed_hosts = allowed_hosts
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("websocket", self._websocket)

    def _route(self, route):
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in LOCAL_SCHEMES or parsed.hostname in self.allowed_hosts:
            route.continue_()
        else:
            self.remote.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _websocket(self, ws):
        if urlparse(ws.url).hostname not in self.allowed_hosts:
            self.remote.append(ws.url)

    def open(self, url: str) -> None:
        self.page.goto(url, wait_until="load")

    def screenshot(self, path: Path) -> None:
        """A picture of the page for a person to look at (an artifact, not a check): the whole page, or the
        window when Chromium cannot capture the whole of it on a loaded machine."""
        from playwright.sync_api import Error as PlaywrightError

        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.page.screenshot(path=str(path), full_page=True)
        except PlaywrightError:
            self.page.screenshot(path=str(path))

    def images(self) -> list[dict]:
        """Every image of the page with its natural width, once each has finished loading."""
        return self.page.evaluate("""async () => {
            const imgs = Array.from(document.images);
            imgs.forEach(img => { img.loading = 'eager'; });
            await Promise.all(imgs.map(img => img.decode().catch(() => null)));
            return imgs.map(img => ({src: img.src.slice(0, 60), width: img.naturalWidth}));
        }""")

    def close(self) -> None:
        self.context.close()


def _pages(report: Path) -> list[Path]:
    """index.html and every page it links to (in the report folder)."""
    links = [h for h in parse_page(report / "index.html").urls("a", "href") if h.endswith(".html")]
    assert links, "index.html links no page"
    return [report / "index.html"] + [report / h for h in links]


def _check_report(browser, report: Path, artifacts: Path) -> int:
    """Open every page of ``report``; returns how many chart images were seen loaded."""
    loaded = 0
    for page in _pages(report):
        visit = Visit(browser)
        try:
            visit.open(page.as_uri())
            visit.screenshot(artifacts / f"{page.relative_to(report).with_suffix('')}.png".replace("/", "-"))
            images = visit.images()
            assert visit.console_errors == [], f"{page.name}: {visit.console_errors}"
            assert visit.remote == [], f"{page.name} asked the network for {visit.remote}"
            assert visit.dialogs == [], f"{page.name} opened dialogs {visit.dialogs}"
            broken = [i for i in images if i["width"] == 0]
            assert broken == [], f"{page.name}: images that did not load: {broken}"
            loaded += len(images)
            assert visit.page.evaluate(f"typeof {PWN}") == "undefined", f"{page.name} ran a text's script"
        finally:
            visit.close()
    return loaded


def test_fixture_report_opens_offline_with_its_charts(browser, fixture_report):
    assert _check_report(browser, fixture_report, ARTIFACTS / "fixture-report") >= 1


@pytest.mark.slow
def test_seed_report_opens_offline_with_its_charts(browser, suite_report):
    charts = _check_report(browser, suite_report, ARTIFACTS / "seed-report")
    assert charts >= len(list(suite_report.glob("0*.html")))  # at least one chart a page


def _hostile_pages_run_nothing(browser, report: Path, artifacts: Path) -> None:
    _check_report(browser, report, artifacts)
    for page in _pages(report):
        visit = Visit(browser)
        try:
            visit.open(page.as_uri())
            # hover and focus everything a payload could have hooked, then look again
            visit.page.evaluate("""() => { for (const el of document.querySelectorAll('body *')) {
                for (const type of ['mouseover', 'focus', 'click']) {
                    if (type === 'click' && el.closest('a[href]')) continue;
                    el.dispatchEvent(new Event(type)); } } }""")
            assert visit.page.evaluate(f"typeof {PWN}") == "undefined", f"{page.name} ran a payload"
            handlers = visit.page.evaluate("""() => Array.from(document.querySelectorAll('*')).flatMap(el =>
                Array.from(el.attributes).filter(a => a.name.startsWith('on') ||
                    /^\\s*javascript:/i.test(a.value)).map(a => el.tagName + ' ' + a.name))""")
            assert handlers == [], f"{page.name} has live handlers {handlers}"
            assert visit.remote == [] and visit.dialogs == []
        finally:
            visit.close()


def test_hostile_report_runs_no_script(browser, hostile_report):
    _hostile_pages_run_nothing(browser, hostile_report, ARTIFACTS / "hostile-report")


@pytest.mark.slow
def test_hostile_text_in_the_real_suite_runs_no_script(browser, hostile_suite_report):
    _hostile_pages_run_nothing(browser, hostile_suite_report, ARTIFACTS / "hostile-suite-report")


# --- popups and the article browser -------------------------------------------------------------------


def _tip(page, mark) -> str:
    """What the popup of ``mark`` shows now ('' when closed): the CSS ``::after`` content."""
    content = page.evaluate("(m) => getComputedStyle(m, '::after').content", mark.element_handle())
    return "" if content in ("none", "normal", '""') else content


def test_popups_open_with_keyboard_and_touch_and_print_as_footnotes(browser, fixture_report):
    page_path = fixture_report / "02_display.html"
    visit = Visit(browser)
    try:
        visit.open(page_path.as_uri())
        mark = visit.page.locator("mark[data-tip]").first
        assert _tip(visit.page, mark) == ""
        # keyboard: Tab reaches the marks (they are focusable), focus opens, Escape closes, Enter reopens
        mark.focus()
        tip = _tip(visit.page, mark)
        assert tip.strip('"').startswith(mark.get_attribute("data-tip")[:20])
        visit.screenshot(ARTIFACTS / "popups" / "keyboard-focus.png")
        visit.page.keyboard.press("Escape")
        assert _tip(visit.page, mark) == ""
        visit.page.keyboard.press("Enter")
        assert _tip(visit.page, mark) != ""
        # print: the popup gives way to a footnote number and the numbered notes are shown
        visit.page.keyboard.press("Tab")
        visit.page.emulate_media(media="print")
        number = _tip(visit.page, mark)
        assert re.fullmatch(r'"\[\d+\]"', number), number
        notes = visit.page.locator(".frm-hl-notes").first
        assert notes.is_visible()
        n = int(number.strip('"[]'))
        assert notes.locator("li").nth(n - 1).inner_text() == mark.get_attribute("data-tip").replace("\n", " ") \
            or notes.locator("li").nth(n - 1).inner_text().split() == mark.get_attribute("data-tip").split()
        assert visit.console_errors == [] and visit.remote == []
    finally:
        visit.close()
    touch = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True)
    try:
        phone = touch.new_page()
        phone.goto(page_path.as_uri())
        mark = phone.locator("mark[data-tip]").first
        mark.scroll_into_view_if_needed()
        mark.tap()
        assert _tip(phone, mark) != ""
        phone.screenshot(path=str(ARTIFACTS / "popups" / "touch.png"))
    finally:
        touch.close()


def test_the_article_browser_searches_and_loads_articles_on_demand(browser, fixture_report):
    visit = Visit(browser)
    try:
        visit.open((fixture_report / "browser" / "index.html").as_uri())
        visit.page.wait_for_selector("#list li")
        assert visit.page.locator("#list li").count() == 3
        assert "Listing 3 of 3 matching articles" in visit.page.inner_text("#status")
        # no article part is loaded until one is opened
        assert visit.page.evaluate("document.querySelectorAll('script[src*=part-]').length") == 0
        visit.page.fill("#search", "official framing")
        assert visit.page.locator("#list li").count() == 1
        visit.page.locator("#list li a").first.click()
        visit.page.wait_for_selector("#view .frm-hl mark")
        assert visit.page.evaluate("document.querySelectorAll('script[src*=part-]').length") == 1
        assert "Pentagon calls Israel contingency plans routine" in visit.page.inner_text("#view .frm-hl-title")
        # a link from the front page: one article, one measure's marks
        visit.open((fixture_report / "browser" / "index.html").as_uri() + "#a=original&m=loaded")
        visit.page.wait_for_selector("#view .frm-hl mark")
        # every other measure's marks are switched off
        assert set(visit.page.get_attribute("#view", "class").split()) == {
            f"frm-off-{m}" for m in browser_kinds() if m != "loaded"}
        assert "client state" in visit.page.inner_text("#view")
        visit.screenshot(ARTIFACTS / "browser" / "original-loaded.png")
        assert visit.console_errors == [] and visit.remote == [] and visit.dialogs == []
    finally:
        visit.close()


# --- JupyterLab --------------------------------------------------------------------------------------




def _port_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_jupyterlab_opens_a_report_notebook(browser, tmp_path):
    source = NOTEBOOKS_DIR / "01_loaded_terms.ipynb"
    if not source.exists():
        source = FIXTURE_NOTEBOOKS / "01_fixture.ipynb"
    root = tmp_path / "lab"  # a copy: the server never touches the project's notebooks
    root.mkdir()
    shutil.copy2(source, root / source.name)
    port, token = free_port(), secrets.token_hex(16)
    jupyter = Path(sys.executable).parent / "jupyter"
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    log = (tmp_path / "lab.log").open("wb")
    proc = subprocess.Popen(
        [str(jupyter), "lab", "--no-browser", "--allow-root", f"--port={port}", "--ServerApp.port_retries=0",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
         f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
         f"--LabApp.user_settings_dir={tmp_path / 'settings'}"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root)
    visit = None
    try:
        wait_for_jupyter(port, token, proc)
        visit = Visit(browser, allowed_hosts=("127.0.0.1",))
        visit.page.set_default_timeout(90_000)
        visit.open(f"http://127.0.0.1:{port}/lab/tree/{source.name}?token={token}")
        visit.page.wait_for_selector(".jp-Notebook .jp-MarkdownCell .jp-RenderedMarkdown h1")
        heading = visit.page.inner_text(".jp-Notebook .jp-MarkdownCell .jp-RenderedMarkdown h1")
        first_line = next(line for line in _markdown_lines(source) if line.startswith("# "))
        assert heading.strip().rstrip("¶").strip() == first_line[2:].strip()
        assert visit.page.locator(".jp-Notebook .jp-CodeCell").count() >= 2
        visit.screenshot(ARTIFACTS / "jupyterlab" / f"{source.stem}.png")
        assert visit.remote == [], f"JupyterLab asked the network for {visit.remote}"
    finally:
        if visit is not None:
            visit.close()
        stop_jupyter(proc, log)  # exactly the server this test started, by its own pid
    assert proc.returncode is not None
    assert not _port_open(port), "the server still listens after it was stopped"


def _markdown_lines(path: Path) -> list[str]:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return [line for c in nb.cells if c.cell_type == "markdown" for line in c.source.splitlines()]
