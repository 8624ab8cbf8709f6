"""Runs share no process state: the README's cron line on a busy machine, the working folder, killed runs.

The cause of the cron line's failures was papermill's ``cwd``, which changes the working folder of the whole
process while two notebooks run in two threads; these tests pin the fix from both sides: the documented
command run four times at once while the machine is kept busy, and a run in which the runner's working
folder is watched.
"""
from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pytest
from conftest import FIXTURE_NOTEBOOKS, alive, children, wait_for

from analysis.paths import PROJECT_DIR, SEED_ARTICLES
from analysis.report.run.folders import lock_of, new_work_folder, release, remove_leftovers
from analysis.report.run.runner import RunOptions, list_reports, run_report


@contextmanager
def busy_machine(processes: int = 1):
    """Keep the machine busy with processes that burn CPU; they are stopped (by their own ids) on exit.

    One burner keeps a 2-core machine saturated beside four report runs (more runnable processes than cores
    throughout); a second one only stretched the runs further (about 160 s for this test on a 2-core machine
    under other load, against about 125 s with one under heavier load)."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(processes)]
    try:
        yield
    finally:
        for proc in burners:
            proc.kill()
            proc.wait()


def readme_cron_command() -> list[str]:
    """The command of the README's cron line, as arguments after the Python executable."""
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    block = readme.split("```cron\n", 1)[1].split("```", 1)[0]
    command = block.split("&&", 1)[1].split(">>", 1)[0]
    words = shlex.split(command)
    assert words[0] == ".venv/bin/python", words
    return words[1:]


@pytest.mark.slow
def test_the_readme_cron_line_publishes_every_run_when_four_start_together_on_a_busy_machine(tmp_path):
    command = readme_cron_command()
    assert command == ["-m", "analysis", "report", "--params", "seeds/params/weekly.yaml", "--name", "weekly"]
    out = tmp_path / "reports"  # the only change: the reports go to a temporary folder
    with busy_machine():
        procs = [subprocess.Popen([sys.executable, *command, "--out", str(out)], cwd=PROJECT_DIR, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
        try:
            results = [p.communicate(timeout=900) for p in procs]
        finally:
            for p in procs:
                if p.poll() is None:
                    p.kill()
    assert [p.returncode for p in procs] == [0] * 4, [err[-2000:] for _, err in results]
    reports = list_reports(out)
    assert len(reports) == 4 and all(r.name.endswith(("-weekly", "-weekly-2", "-weekly-3", "-weekly-4"))
                                     for r in reports)
    for report in reports:
        manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["corpus"] == str(SEED_ARTICLES)  # the relative corpus path, made absolute
        assert [n["status"] for n in manifest["notebooks"]] == ["ok"] * 4
        assert (report / "tables" / "comparison_summary.csv").is_file()
    assert (out / "latest-weekly").resolve() in reports and (out / "latest").resolve() in reports
    assert not (out / "failed").exists()


def _cwd_notebook(path: Path) -> Path:
    """A report notebook that prints its kernel's working folder, after a pause so that two overlap."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {path.stem}"),
        nbformat.v4.new_code_cell('corpus: str = ""  # articles (not read)',
                                  metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell('import os, time\ntime.sleep(0.5)\nprint("kernel folder: " + os.getcwd())'),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


@pytest.mark.slow
def test_no_notebook_changes_the_working_folder_of_the_runner(tmp_path, monkeypatch):
    """Two notebooks run at once; the runner's folder is never changed to another one, and each kernel
    works in its notebook's folder."""
    notebooks = tmp_path / "notebooks"
    for stem in ("01_first", "02_second"):
        _cwd_notebook(notebooks / f"{stem}.ipynb")
    shutil.copytree(SEED_ARTICLES, tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    start = os.getcwd()
    moves = []
    real_chdir = os.chdir

    def watched_chdir(path):
        moves.append(os.fspath(path))
        real_chdir(path)

    monkeypatch.setattr(os, "chdir", watched_chdir)
    report = run_report(RunOptions(corpus="articles", out="reports", notebook_dir="notebooks", workers=2))
    assert os.getcwd() == start
    assert [m for m in moves if os.path.realpath(m) != os.path.realpath(start)] == []
    assert report.parent == tmp_path / "reports"
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus"] == str(tmp_path / "articles")
    assert manifest["inputs"][0]["path"] == "neutral_rewrite.txt"  # relative to the corpus
    for stem in ("01_first", "02_second"):
        executed = nbformat.read(report / "notebooks" / f"{stem}.ipynb", as_version=4)
        printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
        assert printed.strip() == f"kernel folder: {notebooks}"


@pytest.mark.slow
@pytest.mark.parametrize("error", [RuntimeError("export broke"), FileNotFoundError(2, "No such file", "x")])
def test_a_run_that_fails_after_its_notebooks_keeps_them_and_its_log(tmp_path, monkeypatch, error):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr("analysis.report.run.export.export_html", broken)
    out = tmp_path / "reports"
    with pytest.raises(type(error)) as raised:
        run_report(RunOptions(out=str(out), notebook_dir=str(FIXTURE_NOTEBOOKS)))
    [kept] = (out / "failed").iterdir()
    assert sorted(p.name for p in kept.iterdir()) == ["01_fixture.ipynb", "02_display.ipynb", "run.log"]
    log = (kept / "run.log").read_text(encoding="utf-8")
    assert "01_fixture ok" in log and "the run failed after its notebooks ran" in log
    assert f"kept in {kept}" in "".join(getattr(raised.value, "__notes__", []))
    assert list_reports(out) == [] and sorted(p.name for p in out.iterdir()) == ["failed"]


# --- killed runs ------------------------------------------------------------------------------------------


def _big_corpus(folder: Path, n: int = 300) -> Path:
    """``n`` articles of about 1,500 words from the seeds: enough for the runner to analyse with workers."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_ARTICLES.glob("*.txt"))]
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(f"Article {i}.\n\n" + texts[i % 3] * 3, encoding="utf-8")
    return folder


def _workers_of(pid: int) -> list[int]:
    """Children of ``pid`` running the same command (forked analysis workers, not kernels)."""
    try:
        mine = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    found = []
    for child in children(pid):
        try:
            if Path(f"/proc/{child}/cmdline").read_bytes() == mine:
                found.append(child)
        except OSError:
            continue
    return found


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers die with the runner on Linux")
def test_workers_die_with_a_run_killed_during_analysis_and_the_next_run_clears_its_folder(tmp_path):
    corpus = _big_corpus(tmp_path / "articles")
    out = tmp_path / "reports"
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out",
                             str(out), "--notebook-dir", str(FIXTURE_NOTEBOOKS), "--notebooks", "01"],
                            cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = []
    try:
        wait_for(lambda: len(_workers_of(proc.pid)) >= 2, 120, "the run to start its analysis workers")
        workers = _workers_of(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        wait_for(lambda: not any(alive(w) for w in workers), 20, "the workers to die with the run")
    finally:
        if proc.poll() is None:
            proc.kill()
        for w in workers:
            if alive(w):
                os.kill(w, signal.SIGKILL)
    [left] = [p for p in out.iterdir() if p.is_dir()]
    assert left.name.startswith(".tmp-")
    assert left.name in remove_leftovers(out)
    assert list(out.iterdir()) == []


def test_work_folders_that_lost_their_lock_are_removed_and_live_ones_kept(tmp_path):
    out = tmp_path
    live, live_lock = new_work_folder(out, "20260101T000000Z-live")
    killed, killed_lock = new_work_folder(out, "20260101T000000Z-killed")
    killed_lock.close()  # as if its process died: the lock file stays, no one holds it
    (killed / "tables").mkdir()
    orphan = out / ".tmp-20260101T000000Z-publishing-abcd"  # killed while publishing: no lock file at all
    (orphan / "notebooks").mkdir(parents=True)
    stray = lock_of(out / ".tmp-20260101T000000Z-gone-ef01")  # a lock file whose folder was removed
    stray.write_text("")
    removed = remove_leftovers(out)
    assert sorted(removed) == sorted([killed.name, orphan.name])
    assert sorted(p.name for p in out.iterdir()) == sorted([live.name, lock_of(live).name])
    release(live, live_lock)
    assert list(out.iterdir()) == []


@pytest.mark.slow
def test_jupyter_classes_named_in_traits_are_resolved_before_notebook_threads_start():
    """traitlets replaces a trait's class name by the class on the first object made, unsafely across threads
    (two notebooks starting at once failed with "import_item accepts strings"): the runner resolves them
    all first, so no thread finds a name left to resolve."""
    script = ("from analysis.report.run.kernels import resolve_trait_classes\n"
              "from traitlets import HasTraits, Instance, Type\n"
              "def names():\n"
              "    seen, stack = set(), [HasTraits]\n"
              "    while stack:\n"
              "        for sub in stack.pop().__subclasses__():\n"
              "            if sub not in seen: seen.add(sub); stack.append(sub)\n"
              "    return sorted({f'{c.__name__}.{n}' for c in seen if c.__module__.startswith('jupyter_client')\n"
              "                   for n, t in c.class_traits().items() if isinstance(t, (Instance, Type))\n"
              "                   and (isinstance(t.klass, str) or isinstance(getattr(t, 'default_value', 0), str))})\n"
              "import jupyter_client.manager\n"
              "print(len(names()) > 0)\n"
              "resolve_trait_classes()\n"
              "print(names())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["True", "[]"]  # names were left (the session's), and none after
