"""Reliability and safety of a run: bad input, killed and overlapping runs, full disks, hostile text.

Every case of the issue has a test here that fails if the behaviour regresses. Loading details of each file
format are tested in test_corpus.py; these tests check what a user of the command line and the report
runner sees: the error names the file and what to fix, the rest of the run goes on, every skipped file is
listed in the summary and in manifest.json, and nothing that existed before is lost.
"""
from __future__ import annotations

import ast
import errno
import fcntl
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from conftest import (
    FIXTURE_NOTEBOOKS, SCRIPT, alive, cell_running, children, copy_report, needs_suite, parse_page, run_cli,
    tree_snapshot, wait_for, write_article,
)

import analysis.report.run.runner as report
from analysis.__main__ import main
from analysis.errors import CorpusError, LexiconError, OutputError, ParameterError
from analysis.paths import NOTEBOOKS_DIR, PACKAGE_DIR, PROJECT_DIR
from analysis.report.run.publish import write_index
from analysis.pysource import parse as parse_python
from analysis.report.run.runner import (
    RunOptions, list_reports, parse_assignment, read_params_file, remove_leftovers, run_report,
)

GOOD = "US officials said the troops would stay. Critics called it an illegal occupation.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def write_bad_inputs(folder: Path, marker: Path) -> dict[str, tuple[str, str]]:
    """A folder holding one good article and every kind of bad or awkward file of the issue.

    Returns ``{file name: (what the message must say, what it must tell the user to do)}`` for the files
    (or records) that must be skipped; the awkward-but-readable files must load.
    """
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n   \n",
        "photo.txt": PNG,
        "paper.txt": PDF,
        "bad_yaml.md": b"---\ntitle: [never closed\noutlet: x\n---\nText.\n",
        "python_tag.md": f'---\nrun: !!python/object/apply:os.mkdir ["{marker}"]\n---\nText.\n'.encode(),
        "no_text.csv": b"id,title,media_name\nc1,A title,An outlet\n",
        "broken_quote.csv": b'id,text\nq1,"fine"\nq2,"this quote is never closed\nq3,"ok"\n',
        "feed.jsonl": (b'{"id": "j1", "text": "' + GOOD.strip().encode() + b'"}\n'
                       b'{"id": "j2", "text": "cut off\n'
                       b'{"id": "j3", "text": "' + GOOD.strip().encode() + b'"}\n'),
        # readable, with fixes: cp1252 curly quotes, UTF-16 and UTF-8 byte-order marks, CRLF line ends
        "windows.txt": b"He said \x93no\x94 \x97 the regime\x92s caf\xe9.\r\n",
        "utf16.txt": "---\ntitle: Zo\u00eb\n---\nShe said \u201cyes\u201d.\r\n".encode("utf-16"),
        "utf8bom.md": b"\xef\xbb\xbf---\ntitle: With a BOM\n---\nCaf\xc3\xa9 text.\n",
        "dos.txt": b"---\r\ntitle: DOS\r\n---\r\nLine one.\r\nLine two.\r\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    write_article(folder / "twin1.md", {"id": "twin"}, GOOD)
    write_article(folder / "twin2.md", {"id": "twin"}, GOOD)
    return {
        "empty.txt": ("has no text", "add text or remove the file"),
        "blank.txt": ("has no text", "add text or remove the file"),
        "photo.txt": ("binary file (PNG image)", "Export it as plain text"),
        "paper.txt": ("binary file (PDF document)", "Export it as plain text"),
        "bad_yaml.md": ("front matter is not valid YAML", "Check the quotes and the colons"),
        "python_tag.md": ("YAML tag !!python/object/apply:os.mkdir; tags are not allowed", "Remove the tag"),
        "no_text.csv": ("has no text column", "Pass the text column"),
        "broken_quote.csv": ("line 3: is not valid CSV", "Check for a stray double quote"),
        "feed.jsonl": ("line 2: is not valid JSON", "one complete JSON object per line"),
        "twin2.md": ("duplicate id 'twin'", "unique id"),
    }


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """The bad-input folder run through the report command as a user runs it (fixture notebook 01)."""
    root = tmp_path_factory.mktemp("bad-input")
    marker = root / "made-by-yaml"
    corpus = root / "articles"
    expected = write_bad_inputs(corpus, marker)
    before = tree_snapshot(corpus)
    done = run_cli("report", "--corpus", str(corpus), "--out", str(root / "reports"), "--notebook-dir",
                   str(FIXTURE_NOTEBOOKS), "--notebooks", "01", "-p", "top_n=20")
    return corpus, root / "reports", expected, done, before, marker


def test_bad_files_are_skipped_named_and_explained_and_the_run_goes_on(bad_run):
    corpus, out, expected, done, _, _ = bad_run
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
    skipped = {Path(p["path"]).name: p["message"] for p in manifest["skipped"]}
    assert set(skipped) == set(expected)
    for name, (problem, fix) in expected.items():
        message = skipped[name]
        assert message.startswith(str(corpus / name)), message  # names the file (and the line, if any)
        assert problem in message and fix in message, message
        assert f"skipped: {message}" in done.stdout  # listed in the command's summary
    assert f"{len(expected)} file(s) or record(s) skipped" in done.stdout
    index = (out / "latest" / "index.html").read_text(encoding="utf-8")
    assert "Skipped files" in index and "photo.txt" in index


def test_awkward_but_readable_files_are_loaded_correctly(bad_run):
    corpus, out, _, done, _, _ = bad_run
    import pandas as pd

    articles = pd.read_csv(out / "latest" / "tables" / "articles.csv", keep_default_na=False)
    articles = articles.set_index("article_id")
    assert sorted(articles.index) == ["dos", "good", "j1", "j3", "twin", "utf16", "utf8bom", "windows"]
    assert articles.loc["utf16", "title"] == "Zo\u00eb" and articles.loc["utf8bom", "title"] == "With a BOM"
    assert articles.loc["dos", "title"] == "DOS"
    sentences = pd.read_csv(out / "latest" / "tables" / "sentences.csv", keep_default_na=False)
    windows = " ".join(sentences[sentences["article_id"] == "windows"]["text"])
    assert "\u201cno\u201d \u2014 the regime\u2019s caf\u00e9" in windows  # cp1252 decoded, not mojibake
    assert not sentences["text"].str.contains("\r").any()
    manifest = json.loads((out / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert any("windows.txt" in w and "cp1252" in w for w in manifest["warnings"])


def test_input_files_are_only_read_and_yaml_tags_never_run(bad_run):
    corpus, _, _, _, before, marker = bad_run
    assert tree_snapshot(corpus) == before  # no byte, mode or timestamp changed, nothing added
    assert not marker.exists()


@pytest.mark.slow
def test_a_two_megabyte_single_line_is_analyzed_whatever_the_machine_speed(monkeypatch):
    """A scraped article with no line breaks. NLTK's guard gives each regex search 5 s; given the whole line,
    Punkt takes about 1.1 s a megabyte on this machine. The limit is cut to 0.4 s here to stand for a machine
    five times slower than this one (the line would need about 2.2 s, five times the limit): the result must
    not depend on the machine's speed. (A 5 MB line with a 1 s limit checks the same and takes 2.5 times as
    long.)"""
    import nltk.redos

    from analysis import analyze

    monkeypatch.setattr(nltk.redos, "DEFAULT_TIMEOUT", 0.4)
    line = "The regime said the troops would stay in the country. " * 38_000  # 2.05 MB, no line break
    result = analyze(line)
    assert result.n_words == 10 * 38_000 and result.n_sentences == 38_000


# --- errors that stop a run before it starts: exit code 2, message names the thing and the fix -------------


def _broken_lexicon(path: Path, kind: str) -> Path:
    entry = {"term": "regime", "patterns": ["regime"], "category": "not_declared", "explanation": "x",
             "neutral": ["government"]}
    path.write_text(yaml.safe_dump({"name": "mine", "kind": kind, "categories": {"state": "A state."},
                                    "entries": [entry]}), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", ["missing path", "empty folder", "unknown parameter", "wrong type",
                                  "broken lexicon", "broken actors"])
def test_input_that_stops_the_run_exits_2_naming_it(tmp_path, capsys, case):
    out = tmp_path / "reports"
    args = ["report", "--out", str(out), "--notebook-dir", str(FIXTURE_NOTEBOOKS)]
    if case == "missing path":
        args += ["--corpus", str(tmp_path / "no_such_folder")]
        expect = [str(tmp_path / "no_such_folder"), "does not exist", "Check the spelling"]
    elif case == "empty folder":
        (tmp_path / "empty").mkdir()
        (tmp_path / "empty" / "notes.docx").write_bytes(b"PK\x03\x04")
        args += ["--corpus", str(tmp_path / "empty")]
        expect = [str(tmp_path / "empty"), "no article files", "Put the articles in this folder"]
    elif case == "unknown parameter":
        args += ["-p", "colour=red"]
        expect = ["parameter 'colour'", "no notebook of this run has such a parameter", "top_n"]
    elif case == "wrong type":
        args += ["-p", "sleep=soon"]
        expect = ["parameter 'sleep'", "got 'soon'", "a number"]
    else:
        needs_suite()  # the fixture notebooks take no lexicon: use the real suite's parameters
        kind = "loaded" if case == "broken lexicon" else "actors"
        path = _broken_lexicon(tmp_path / "mine.yaml", kind)
        args = ["report", "--out", str(out), "-p", f"{'lexicon' if kind == 'loaded' else 'actors'}={path}"]
        expect = [str(path), "entry 'regime'", "category 'not_declared' is not declared"]
    assert main(args) == 2
    err = capsys.readouterr().err
    for part in expect:
        assert part in err, err
    assert not out.exists() or list(out.iterdir()) == []  # nothing was started


@pytest.mark.slow
def test_exit_codes_reach_the_shell():
    done = run_cli("report", "--corpus", "/nonexistent/articles", "--notebook-dir", str(FIXTURE_NOTEBOOKS))
    assert done.returncode == 2 and "error: /nonexistent/articles: does not exist" in done.stderr
    assert "Exit codes: 0 success, 2 bad input" in run_cli("report", "--help").stdout


@pytest.mark.slow
def test_analyze_without_skip_bad_stops_at_the_first_bad_file_with_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(PNG)
    done = run_cli("analyze", str(tmp_path), "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and f"{tmp_path / 'b.txt'}: looks like a binary file" in done.stderr
    done = run_cli("analyze", str(tmp_path), "--out", str(tmp_path / "out"), "--skip-bad")
    assert done.returncode == 0 and f"skipped: {tmp_path / 'b.txt'}: looks like a binary file" in done.stdout
    problems = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["problems"]
    assert [Path(p["path"]).name for p in problems] == ["b.txt"]


# --- nothing lost ------------------------------------------------------------------------------------


def _cmdline(pid: int) -> list[bytes]:
    """The arguments process ``pid`` was started with (empty once it has exited)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return []


@pytest.mark.slow
def test_sigkill_mid_run_loses_nothing_and_leaves_no_report(fixture_report, tmp_path):
    out = tmp_path / "reports"
    earlier = copy_report(fixture_report, out)
    before = tree_snapshot(out)
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--out", str(out), "--notebook-dir",
                             str(FIXTURE_NOTEBOOKS), "--notebooks", "01", "-p", "sleep=60"],
                            cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: cell_running(".tmp-*/notebooks/01_fixture.ipynb", out, "time.sleep(sleep)"), 120,
                 "the notebook to be sleeping in its kernel")
        kernels = [pid for pid in children(proc.pid) if b"-f" in _cmdline(pid)]  # the runner starts them early
        assert kernels, "no kernel process found under the runner"
        cmdline = _cmdline(kernels[0])
        connection = Path(cmdline[cmdline.index(b"-f") + 1].decode())  # where the kernel's sockets are
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    after = tree_snapshot(out)
    leftovers = {k for k in after if k not in before}
    top = {k for k in leftovers if "/" not in k}
    work = next(k for k in top if not k.endswith(".lock"))
    assert top == {work, work + ".lock"} and work.startswith(".tmp-")  # only the work folder and its lock
    assert all(k.startswith(work) for k in leftovers)
    assert {k: v for k, v in after.items() if k in before} == before  # earlier report and latest intact
    assert list_reports(out) == [earlier] and (out / "latest").resolve() == earlier
    wait_for(lambda: not any(alive(k) for k in kernels), 15, "the orphaned kernel to exit")
    assert work in remove_leftovers(out)  # the next run clears it away
    assert sorted(p.name for p in out.iterdir()) == sorted([earlier.name, "latest"])
    assert not connection.parent.exists() or connection.parent.is_relative_to(out)  # sockets too


@pytest.mark.slow
def test_sigterm_stops_the_run_at_once_and_cleans_up(fixture_report, tmp_path):
    """A scheduler's stop (``timeout``, systemd): kernels killed, work folder removed, exit code 143."""
    out = tmp_path / "reports"
    earlier = copy_report(fixture_report, out)
    before = tree_snapshot(out)
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--out", str(out), "--notebook-dir",
                             str(FIXTURE_NOTEBOOKS), "-p", "sleep=60"],
                            cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: cell_running(".tmp-*/notebooks/01_fixture.ipynb", out, "time.sleep(sleep)"), 120,
                 "notebook 01 to be sleeping in its kernel")
        kernels = children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143 and "stopped by SIGTERM; earlier reports are unchanged" in err
    assert tree_snapshot(out) == before and list_reports(out) == [earlier]
    wait_for(lambda: not any(alive(k) for k in kernels), 10, "the kernels to exit")


def test_leftovers_of_a_live_run_are_not_removed(tmp_path):
    live = tmp_path / ".tmp-20240101T000000Z-report-abc"
    live.mkdir()
    with open(live / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        # another process asks (the lock is per open file, so a second open in this process behaves the same)
        assert live.name not in remove_leftovers(tmp_path)
        assert live.exists()
    assert live.name in remove_leftovers(tmp_path) and not live.exists()


@pytest.mark.slow
def test_two_runs_started_together_finish_into_separate_folders(tmp_path):
    out = tmp_path / "reports"
    cmd = [sys.executable, "-m", "analysis", "report", "--out", str(out), "--notebook-dir",
           str(FIXTURE_NOTEBOOKS), "--notebooks", "01", "--name", "same"]
    procs = [subprocess.Popen(cmd, cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    reports = list_reports(out)
    assert len(reports) == 2 and all(r.name.endswith(("-same", "-same-2")) for r in reports)
    for r in reports:
        manifest = json.loads((r / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["folder"] == r.name and manifest["status"] == "ok"
        assert (r / "01_fixture.html").is_file() and (r / "tables" / "articles.csv").is_file()
        assert f"Run {r.name}" in (r / "index.html").read_text(encoding="utf-8")
    assert (out / "latest").resolve() in reports
    # beside the two reports: the pointers, and the store the runs of this name share (with its lock file)
    names = [r.name for r in reports] + ["latest", "latest-same", "store-same", ".store-same.lock"]
    assert sorted(p.name for p in out.iterdir()) == sorted(names)


def test_full_disk_is_refused_before_any_work(tmp_path, monkeypatch, capsys):
    earlier_free = report.shutil.disk_usage(tmp_path)
    monkeypatch.setattr(report.shutil, "disk_usage",
                        lambda path: earlier_free._replace(free=10 * 2**20))
    monkeypatch.setattr(report, "_run_notebooks", lambda *a, **k: pytest.fail("notebooks ran on a full disk"))
    assert main(["report", "--out", str(tmp_path / "reports"), "--notebook-dir", str(FIXTURE_NOTEBOOKS)]) == 4
    err = capsys.readouterr().err
    assert "only 10 MB free, this run needs about" in err and "free some space or pass another --out" in err
    assert [p.name for p in (tmp_path / "reports").iterdir()] == []


def test_unwritable_output_folder_is_refused_before_any_work(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report, "_run_notebooks", lambda *a, **k: pytest.fail("notebooks ran"))
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["report", "--out", str(blocker / "reports"), "--notebook-dir", str(FIXTURE_NOTEBOOKS)]) == 4
    assert f"{blocker / 'reports'}: the reports folder cannot be written" in capsys.readouterr().err
    if os.geteuid() != 0:  # root may write anywhere: only a normal user sees permissions refuse
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert main(["report", "--out", str(locked), "--notebook-dir", str(FIXTURE_NOTEBOOKS)]) == 4


@pytest.mark.slow
def test_disk_filling_up_during_a_run_is_an_output_error_and_loses_nothing(fixture_report, tmp_path,
                                                                            monkeypatch):
    out = tmp_path / "reports"
    earlier = copy_report(fixture_report, out)
    before = tree_snapshot(out)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("analysis.report.run.export.export_html", full)
    with pytest.raises(OutputError, match="No space left on device.*Earlier reports are unchanged"):
        run_report(RunOptions(out=str(out), notebook_dir=str(FIXTURE_NOTEBOOKS), notebooks=("01",)))
    assert tree_snapshot(out) == before and list_reports(out) == [earlier]


@pytest.mark.slow
def test_a_published_report_is_never_overwritten(fixture_report, tmp_path, monkeypatch):
    out = tmp_path / "reports"
    earlier = copy_report(fixture_report, out)
    before = tree_snapshot(earlier)
    stamp = earlier.name.split("-")[0]
    monkeypatch.setattr(report, "stamp", lambda: stamp)  # the same second and name as the earlier report
    target = run_report(RunOptions(out=str(out), notebook_dir=str(FIXTURE_NOTEBOOKS), notebooks=("01",),
                                   name="test"))
    assert target.name == earlier.name + "-2"
    assert tree_snapshot(earlier) == before
    assert (out / "latest").resolve() == target


# --- hostile text ------------------------------------------------------------------------------------


def _html_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def assert_no_live_markup(report_dir: Path) -> None:
    """Parse every page as a browser would: no payload became a tag, a handler, a script or a link."""
    pages = _html_files(report_dir)
    assert pages
    for page in pages:
        assert parse_page(page).live_markup() == [], page.name
        text = page.read_text(encoding="utf-8")
        assert SCRIPT not in text and "<img src=x" not in text, page.name


def test_hostile_text_is_escaped_in_every_page(hostile_report):
    assert_no_live_markup(hostile_report)
    display = (hostile_report / "02_display.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in display  # the text is shown, escaped, not dropped
    index = (hostile_report / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=&quot;" in index and "../../etc/passwd" in index


@pytest.mark.slow
def test_hostile_text_is_escaped_in_every_page_of_the_real_suite(hostile_suite_report):
    assert_no_live_markup(hostile_suite_report)
    pages = " ".join(p.read_text(encoding="utf-8") for p in _html_files(hostile_suite_report))
    assert "&lt;script&gt;" in pages


def test_names_from_metadata_never_become_paths(hostile_report, hostile_corpus):
    root = hostile_report.parent.parent  # holds only the reports folder
    assert sorted(p.name for p in root.iterdir()) == ["reports"]
    for path in root.rglob("*"):
        assert path.resolve().is_relative_to(root), f"{path} points outside the reports folder"
        assert path.name not in ("passwd", "evil") and "<" not in path.name, path
    assert not (hostile_corpus.parent / "etc").exists()


def test_index_escapes_every_value(tmp_path):
    import pandas as pd

    from analysis.pipeline import MATCH_COLUMNS

    tables = SimpleNamespace(articles=pd.DataFrame([{"article_id": "../x", "title": SCRIPT,
                                                     "outlet": "\"><img src=x onerror=1>", "n_words": 3}]),
                             matches=pd.DataFrame(columns=MATCH_COLUMNS))

    manifest = {"folder": SCRIPT, "started": "<b>", "seconds": "<i>", "corpus": "/c/<script>",
                "inputs": [], "parameters": {"01<x>": {"corpus": "' onclick='x"}},
                "notebooks": [{"notebook": "<u>", "status": "ok", "seconds": 1}],
                "skipped": [{"message": "/c/<img src=x onerror=1>.txt: has no text"}]}
    from analysis.report.pages.opening import OPEN_HINT

    page = write_index(tmp_path / "index.html", manifest, tables, [Path("01_a.html")]).read_text()
    assert page.count(OPEN_HINT) == 1
    page = page.replace(OPEN_HINT, "")  # the page's own note on how to open it (a fixed text and script)
    assert "<script>" not in page and "<img" not in page and "' onclick='" not in page and "<u>" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=1&gt;.txt" in page


def test_run_names_and_parameters_cannot_escape_the_reports_folder(tmp_path):
    for name in ("../../etc/passwd", "/abs/path", "..", ".hidden", "a/../../b", "x" * 300):
        cleaned = report.safe_name(name)
        assert "/" not in cleaned and not cleaned.startswith(".") and 0 < len(cleaned) <= 60


# --- safe loading, no eval ----------------------------------------------------------------------------


SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
UNSAFE_CALLS = {"yaml.unsafe_load", "yaml.full_load", "yaml.unsafe_load_all", "yaml.full_load_all", "eval",
                "exec", "__import__", "pickle.load", "pickle.loads", "marshal.load", "marshal.loads"}


def _safe_loader(node, assigned: dict) -> bool:
    """Does ``Loader=node`` name only safe loaders (directly, or through a name assigned in the file)?"""
    if isinstance(node, ast.Name) and node.id in assigned:
        return all(_safe_loader(value, {}) for value in assigned[node.id])
    names = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    called = {id(n.func) for n in ast.walk(node) if isinstance(n, ast.Call)}  # getattr(...) and the like
    names |= {n.id for n in ast.walk(node)
              if isinstance(n, ast.Name) and n.id != "yaml" and id(n) not in called}
    names |= {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return bool(names) and names <= SAFE_LOADERS


def unsafe_calls(source: str) -> list[str]:
    """Calls that could build objects or run code from what they read: yaml loading without a safe loader,
    ``eval``/``exec``, ``pickle``/``marshal`` loading, ``__import__``."""
    tree = parse_python(source)
    assigned: dict[str, list] = {}  # every value given to each name, in any scope; a class: its bases
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            assigned.setdefault(node.name, []).extend(node.bases or [ast.Name("object")])
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    assigned.setdefault(t.id, []).append(node.value)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
            name = f"{f.value.id}.{f.attr}"
        else:
            name = f.id if isinstance(f, ast.Name) else ""
        if name in ("yaml.load", "yaml.load_all"):
            loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
            if loader is None and len(node.args) > 1:
                loader = node.args[1]
            if loader is None or not _safe_loader(loader, assigned):
                found.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
        elif name in UNSAFE_CALLS:
            found.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_package_and_notebooks_use_only_safe_yaml_and_no_eval():
    offenders = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        found = unsafe_calls(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(PROJECT_DIR)} {f}" for f in found]
    for path in sorted(NOTEBOOKS_DIR.rglob("*.ipynb")):
        import nbformat

        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                lines = cell.source.splitlines()
                code = "\n".join(line for line in lines if not line.lstrip().startswith(("%", "!")))
                offenders += [f"{path.relative_to(PROJECT_DIR)} {f}" for f in unsafe_calls(code)]
    assert offenders == []


def test_the_unsafe_call_check_finds_unsafe_calls():
    """Guard for the check above."""
    assert unsafe_calls("import yaml\nyaml.load(text)") and unsafe_calls("yaml.load(t, Loader=yaml.Loader)")
    assert unsafe_calls("L = yaml.UnsafeLoader\nyaml.load(t, Loader=L)") and unsafe_calls("eval(x)")
    assert unsafe_calls("pickle.loads(b)") and unsafe_calls("yaml.full_load(t)")
    assert unsafe_calls("L = yaml.SafeLoader\nL = yaml.Loader\nyaml.load(t, Loader=L)")
    assert unsafe_calls("L = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)\nyaml.load(t, Loader=L)") == []
    assert unsafe_calls("yaml.safe_load(t)") == []
    assert unsafe_calls("class L(yaml.SafeLoader): pass\nyaml.load(t, Loader=L)") == []
    assert unsafe_calls("class L(yaml.Loader): pass\nyaml.load(t, Loader=L)")


def test_parameters_and_params_files_are_read_with_the_safe_loader(tmp_path):
    marker = tmp_path / "made"
    tag = f'!!python/object/apply:os.mkdir ["{marker}"]'
    assert parse_assignment(f"top_n={tag}") == ("top_n", tag)  # kept as text, then refused by its type
    (tmp_path / "p.yaml").write_text(f"top_n: {tag}\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="is not valid YAML"):
        read_params_file(tmp_path / "p.yaml")
    assert not marker.exists()
    with pytest.raises(ParameterError, match="got '!!python"):
        report.plan(RunOptions(params={"top_n": tag}, notebook_dir=str(FIXTURE_NOTEBOOKS)),
                    report.suite(RunOptions(notebook_dir=str(FIXTURE_NOTEBOOKS))))


def test_lexicon_files_are_read_with_the_safe_loader(tmp_path):
    from analysis.lexicon import load_lexicon

    marker = tmp_path / "made"
    (tmp_path / "lx.yaml").write_text(f'kind: loaded\nentries: !!python/object/apply:os.mkdir ["{marker}"]\n',
                                      encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicon(tmp_path / "lx.yaml")
    assert not marker.exists()


def test_corpus_error_messages_name_the_file(tmp_path):
    """Guard for the messages the tests above rely on: the file first, then the problem, then the fix."""
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    with pytest.raises(CorpusError) as err:
        from analysis.corpus import load_corpus
        load_corpus(path)
    assert str(err.value).startswith(f"{path}: has no text. ")


def test_the_markup_check_finds_payloads_that_were_not_escaped(tmp_path):
    """Guard for :func:`assert_no_live_markup`: unescaped, every payload is found."""
    from conftest import HOSTILE, PageParts

    for payload in HOSTILE:
        if payload.startswith("["):  # markdown: only dangerous once rendered as a link
            continue
        quote = payload[0]  # an attribute breaker acts inside an attribute value
        inside = quote in "'\""
        page = f"<p><mark title={quote}{payload}{quote}>x</mark></p>" if inside else f"<p>{payload}</p>"
        assert PageParts(page).live_markup(), payload
    assert PageParts("<p>&lt;img src=x onerror=\"window.__pwned='img'\"&gt;</p>").live_markup() == []
