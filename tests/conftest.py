"""Shared fixtures: report runs made once per test session, corpora of hostile text, the CLI as users call it.

A report run costs seconds, so each kind of run is made once (session scope) into its own temporary reports
folder and shared by every test that only reads it: the runner tests, the reliability tests and the browser
tests open the same folders.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import socket
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from analysis.paths import NOTEBOOKS_DIR, PROJECT_DIR, SEED_ARTICLES
from analysis.report.run.runner import NOTEBOOK_PATTERN, RunOptions, run_report

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_NOTEBOOKS = FIXTURES / "notebooks"
BROKEN_NOTEBOOKS = FIXTURES / "broken"
ARTIFACTS = PROJECT_DIR / "test-artifacts"

#: Each payload sets ``window.__pwned`` if a browser ever runs it, or requests a remote address.
PWN = "window.__pwned"
SCRIPT = f"<script>{PWN}='script'</script>"
IMG = f"<img src=x onerror=\"{PWN}='img'\">"
SVG = f"<svg onload=\"{PWN}='svg'\"></svg>"
JS_LINK = f"<a href=\"javascript:{PWN}='link'\">read more</a>"
MD_LINK = f"[read more](javascript:{PWN}='markdown')"
ATTR_DOUBLE = f"\" onmouseover=\"{PWN}='attr'\" x=\""
ATTR_SINGLE = f"' autofocus onfocus='{PWN}=1' x='"
REMOTE = ("<img src=\"http://203.0.113.9/pixel.png\">"
          "<link rel=\"stylesheet\" href=\"https://example.com/x.css\">"
          "<iframe src=\"https://example.com/\"></iframe>")
HOSTILE = (SCRIPT, IMG, SVG, JS_LINK, MD_LINK, ATTR_DOUBLE, ATTR_SINGLE, REMOTE)
REMOTE_HOSTS = ("203.0.113.9", "example.com")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data")


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (kernels are started by the runner's worker threads)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][0] != "Z"
    except OSError:
        return False


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds} s waiting for {what}")
        time.sleep(0.1)


def voice_at(text: str, phrase: str) -> tuple[str, str]:
    """(voice, source) at the first character of ``phrase`` in ``text``, as the pipeline attaches it (the
    writer's voice, with no source, where no region covers it)."""
    from analysis import analyze

    region = analyze(text).document.voices.at(text.index(phrase))
    return ("writer", "") if region is None else (region.voice, region.speaker)


def voice_of(text: str, phrase: str) -> str:
    """The voice at the first character of ``phrase`` in ``text`` (see :func:`voice_at`)."""
    return voice_at(text, phrase)[0]


def loaded(text: str) -> list[tuple[str, str, str]]:
    """(words written, entry, strength) of every loaded term in ``text``'s body."""
    from analysis.pipeline import analyze

    a = analyze(text)
    return [(s.text, s.entry, a.strengths.get(s.entry)) for s in a.spans() if s.measure == "loaded"]


def run_all_cells(page, tries: int = 3, seconds: float = 90) -> None:
    """Run every cell of the notebook open in JupyterLab ``page`` (a Playwright page) through the Run menu, and
    wait until Lab shows a cell queued or run (its prompt reads ``[*]`` or a number). A click that Lab drops
    while the notebook is still settling (its kernel just started) is made again, up to ``tries`` times."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    started = "() => [...document.querySelectorAll('.jp-InputPrompt')].some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"
    for _ in range(tries):
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        try:
            page.wait_for_function(started, timeout=seconds * 1000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")  # close a menu left open, then click again
    raise AssertionError(f"JupyterLab ran no cell after {tries} clicks on Run > Run All Cells")


def cell_running(pattern: str, out: Path, fragment: str) -> bool:
    """Whether an executed notebook matching ``out.glob(pattern)`` shows a cell whose source holds
    ``fragment`` as running (papermill saves the notebook as each cell starts)."""
    for path in out.glob(pattern):
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # being written right now
        for cell in nb.get("cells", []):
            status = cell.get("metadata", {}).get("papermill", {}).get("status")
            if fragment in "".join(cell.get("source", "")) and status == "running":
                return True
    return False


#: Fixtures that run a whole report: a test that uses one is slow (``make test-fast`` leaves it out).
REPORT_FIXTURES = frozenset({"fixture_report", "hostile_report", "suite_run", "suite_report",
                             "hostile_suite_report", "bad_run"})


def pytest_collection_modifyitems(config, items):
    """Mark every test that uses a report run as ``slow`` (the marker means: runs notebooks or a report)."""
    for item in items:
        if REPORT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def files_sharing_report_runs(root: Path) -> set[str]:
    """The test files (as paths in node ids, from ``root``) that name one of the session's report runs."""
    names = re.compile(r"\b(?:" + "|".join(sorted(REPORT_FIXTURES)) + r")\b")
    tests = Path(__file__).resolve().parent
    return {p.relative_to(root).as_posix() for p in tests.rglob("test_*.py")
            if names.search(p.read_text(encoding="utf-8"))}


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """``make test`` runs two pytest-xdist workers with ``--dist loadfile``: each test file runs whole in one
    worker (so a module's fixtures, such as the lesson runs, are made once), and the files that share the
    session's report runs run together in one worker, so each run is made once rather than once per worker.
    (pytest-xdist's ``xdist_group`` marks do not group under pytest 9.2: they rename ``item._nodeid``, which
    pytest no longer reads.)"""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    shared = files_sharing_report_runs(config.rootpath)

    class SharedReportRuns(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return "report-runs" if path in shared else path

    return SharedReportRuns(config, log)


def notebook_suite() -> list[Path]:
    """The report notebooks in notebooks/ (empty while none are written)."""
    return sorted(p for p in NOTEBOOKS_DIR.glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))


def needs_suite():
    if not notebook_suite():
        pytest.skip(f"no report notebooks in {NOTEBOOKS_DIR} yet (NN_name.ipynb)")


def run_cli(*args: str, cwd: Path = PROJECT_DIR, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m analysis ARGS`` as a user runs it; returns the finished process (text output)."""
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def write_article(path: Path, front: dict, body: str) -> Path:
    """An article file with YAML front matter (written with the safe dumper, so any text survives)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body,
                    encoding="utf-8")
    return path


def write_hostile_corpus(folder: Path) -> Path:
    """Three articles whose text and every metadata field carry markup, script and traversal payloads,
    plus a file whose name is markup, and a user lexicon whose explanation (a tooltip) is hostile too."""
    body = ("US officials said the regime {p0} had carried out an illegal occupation. "
            "Terrorists attacked, sources said, in what critics called a \"massacre\" {p1}.\n\n"
            "According to a senior official, the troops would probably stay {p2}. {p3}\n")
    write_article(folder / "a.md", {
        "id": "../../evil", "title": SCRIPT + " Troops " + ATTR_DOUBLE, "outlet": "../../etc/passwd",
        "url": f"javascript:{PWN}='url'", "label": IMG, "story": ATTR_SINGLE, "published": "2024-01-02",
    }, body.format(p0=SCRIPT, p1=IMG, p2=JS_LINK, p3=REMOTE))
    write_article(folder / "b.md", {
        "title": MD_LINK, "outlet": IMG + " Daily", "label": SVG, "url": "https://example.com/a",
        "published": "2024-01-09", "author": SCRIPT,
    }, body.format(p0=MD_LINK, p1=SVG, p2=ATTR_DOUBLE, p3=ATTR_SINGLE))
    write_article(folder / f"<img src=x onerror={PWN}=7>.txt", {"outlet": "Plain outlet"},
                  body.format(p0="", p1="", p2="", p3=""))
    return folder


def write_hostile_lexicon(path: Path) -> Path:
    """A loaded-terms lexicon whose term, explanation and neutral wording are markup."""
    path.write_text(yaml.safe_dump({
        "name": "hostile", "kind": "loaded", "version": "1",
        "categories": {"emotive": "Emotive " + SCRIPT},
        "entries": [{"term": "attacked " + IMG, "patterns": ["attacked"], "category": "emotive",
                     "explanation": "Says " + ATTR_DOUBLE + SCRIPT, "neutral": [ATTR_SINGLE, JS_LINK]}],
    }, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _run(out: Path, notebook_dir: Path, corpus: Path = SEED_ARTICLES, **params) -> Path:
    return run_report(RunOptions(corpus=str(corpus), params=params, out=str(out),
                                 notebook_dir=str(notebook_dir), name="test"))


@pytest.fixture(scope="session")
def fixture_report(tmp_path_factory) -> Path:
    """The fixture notebooks run on the seeds through the runner users call (a published report folder)."""
    return _run(tmp_path_factory.mktemp("fixture-reports"), FIXTURE_NOTEBOOKS, top_n=2)


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> Path:
    return write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "articles")


@pytest.fixture(scope="session")
def hostile_lexicon(hostile_corpus) -> Path:
    return write_hostile_lexicon(hostile_corpus.parent / "hostile_lexicon.yaml")


@pytest.fixture(scope="session")
def hostile_report(tmp_path_factory, hostile_corpus) -> Path:
    """The fixture notebooks run on the hostile corpus."""
    return _run(tmp_path_factory.mktemp("hostile-reports") / "reports", FIXTURE_NOTEBOOKS, hostile_corpus)


@pytest.fixture(scope="session")
def suite_run(tmp_path_factory) -> SimpleNamespace:
    """The real report suite of notebooks/ run on the seeds (skips while notebooks/ has none), with
    snapshots of notebooks/ and the seeds taken before and after it."""
    needs_suite()
    before = {"notebooks": tree_snapshot(NOTEBOOKS_DIR), "seeds": tree_snapshot(SEED_ARTICLES)}
    report = _run(tmp_path_factory.mktemp("suite-reports"), NOTEBOOKS_DIR)
    after = {"notebooks": tree_snapshot(NOTEBOOKS_DIR), "seeds": tree_snapshot(SEED_ARTICLES)}
    return SimpleNamespace(report=report, before=before, after=after)


@pytest.fixture(scope="session")
def suite_report(suite_run) -> Path:
    return suite_run.report


@pytest.fixture(scope="session")
def hostile_suite_report(tmp_path_factory, hostile_corpus, hostile_lexicon) -> Path:
    """The real report suite run on the hostile corpus with the hostile lexicon added."""
    needs_suite()
    return _run(tmp_path_factory.mktemp("hostile-suite") / "reports", NOTEBOOKS_DIR, hostile_corpus,
                lexicon=str(hostile_lexicon), group_by="outlet")


class PageParts(HTMLParser):
    """What a test needs to know about an HTML page: its tags with attributes, and whether any code cell
    shows its input (a ``jp-InputArea`` inside a ``jp-CodeCell``)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []  # the text of every inline script
        self.code_inputs = 0
        self._divs: list[bool] = []  # for each open div: is it inside a code cell
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attrs))
        if tag != "div":
            return
        classes = attrs.get("class", "").split()
        inside = bool(self._divs and self._divs[-1]) or "jp-CodeCell" in classes
        if inside and "jp-InputArea" in classes:
            self.code_inputs += 1
        self._divs.append(inside)

    def handle_endtag(self, tag):
        if tag == "div" and self._divs:
            self._divs.pop()

    def handle_data(self, data):
        if self.tags and self.tags[-1][0] == "script" and self.lasttag == "script":
            self.scripts.append(data)

    def live_markup(self) -> list[str]:
        """Markup from the hostile payloads that a browser would act on: event handlers, javascript: URLs,
        scripts, frames and requests to remote hosts. Empty when every payload was escaped."""
        found = []
        for tag, attrs in self.tags:
            for name, value in attrs.items():
                v = value.strip().lower()
                if name.startswith("on") and PWN in value:
                    found.append(f"<{tag} {name}=...>")
                if name in URL_ATTRIBUTES and v.startswith("javascript:"):
                    found.append(f"<{tag} {name}={value}>")
                if name in ("href", "src") and any(host in v for host in REMOTE_HOSTS):
                    found.append(f"<{tag} {name}={value}>")
            if tag in ("iframe", "object", "embed"):
                found.append(f"<{tag}>")
        found += [f"<script>{s[:40]}" for s in self.scripts if PWN in s]
        return found

    def urls(self, tag: str, attr: str) -> list[str]:
        return [a[attr] for t, a in self.tags if t == tag and attr in a]


def parse_page(path: Path) -> PageParts:
    return PageParts(path.read_text(encoding="utf-8"))


def tree_snapshot(folder: Path) -> dict[str, tuple]:
    """Every file and folder under ``folder`` with its size, mode, mtime and SHA-256 (folders: mode only)."""
    snapshot = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            snapshot[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            snapshot[rel] = ("dir", st.st_mode)
        else:
            snapshot[rel] = ("file", st.st_size, st.st_mode, st.st_mtime_ns,
                             hashlib.sha256(path.read_bytes()).hexdigest())
    return snapshot


def copy_report(report: Path, out: Path) -> Path:
    """A copy of a published report in a fresh reports folder ``out``, with ``latest`` pointing at it
    (an 'earlier report' for the tests that must not touch it)."""
    out.mkdir(parents=True, exist_ok=True)
    copy = out / report.name
    shutil.copytree(report, copy, symlinks=True)
    os.symlink(copy.name, out / "latest")
    return copy


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now (for a JupyterLab started by a test)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_jupyter(port: int, token: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    """Wait until the JupyterLab ``proc`` answers its status endpoint on ``port`` (polling the event itself,
    not sleeping a fixed time); fail when it exits or does not answer within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"jupyter lab exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"jupyter lab did not answer on port {port} within {seconds} s")


def stop_jupyter(proc: subprocess.Popen, log) -> None:
    """Stop exactly the JupyterLab ``proc`` a test started (SIGTERM to its own pid, then kill after 30 s) and
    close its ``log`` file."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
    log.close()


#: ``make test-fast`` sets this: a test that starts a process (a command, a pool, a kernel, a cluster) then
#: fails with a message saying to mark it ``slow``, so the fast set stays unit tests whatever is added.
FAST_ONLY_ENV = "FRAMING_TEST_FAST"


@pytest.fixture(autouse=True)
def _no_processes_in_the_fast_set(request, monkeypatch):
    if not os.environ.get(FAST_ONLY_ENV) or request.node.get_closest_marker("slow"):
        yield
        return
    import multiprocessing.process

    def refuse(*args, **kwargs):
        raise AssertionError(f"{request.node.nodeid} starts a process: mark it @pytest.mark.slow "
                             "(make test-fast holds only tests that start no process, server or cluster)")

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)
    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    yield


@pytest.fixture
def toy(monkeypatch):
    """The toy measure of ``tests/fixtures/measures/toy_exclamations.py`` registered as a researcher would
    (``FRAMING_EXTRA_MEASURES``, its folder on the path of this process and of the processes it starts);
    yields the registry."""
    from analysis.measures import registry

    folder = FIXTURES / "measures"
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setenv(registry.EXTRA_MEASURES_ENV, "toy_exclamations")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")])))
    yield registry
