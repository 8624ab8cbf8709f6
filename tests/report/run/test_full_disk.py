"""A full disk is exit code 4 everywhere, names the folder that filled and leaves earlier results whole
(issue 25, item 4). The store, `analyze` and the CSV export are filled for real on a tiny tmpfs (needs root
to mount; skipped otherwise); the notebooks' case is simulated at the write boundary (a kernel or papermill
raising ENOSPC), since a report refuses to start with less than 50 MB free."""
from __future__ import annotations

import errno
import json
import secrets
import shutil
import subprocess

import pytest
from conftest import FIXTURE_NOTEBOOKS

import analysis.report.run.kernels as kernels
from analysis.__main__ import main
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, RunTables


@pytest.fixture()
def tiny_disk(tmp_path):  # the tests using it are slow: they start `mount` and `umount`
    """A 400 KiB tmpfs at tmp_path/disk."""
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(disk)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs needs root: " + done.stderr.decode(errors="replace").strip())
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def corpus(path, n, words=100):
    """``n`` seed articles, each ending in a sentence of ``words`` random words (its tables do not compress)."""
    texts = [p.read_text(encoding="utf-8").split("---")[-1] for p in sorted(SEED_ARTICLES.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            noise = " ".join(secrets.token_hex(4) for _ in range(words))
            fh.write(json.dumps({"id": f"a{i}", "text": texts[i % 3] + f" Item {i}: {noise}."}) + "\n")
    return path


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_analyze_onto_a_full_disk_is_exit_4_and_keeps_the_earlier_tables(tiny_disk, tmp_path, capsys):
    out = tiny_disk / "out"
    assert main(["analyze", str(corpus(tmp_path / "small.jsonl", 1)), "--out", str(out), "--quiet"]) == 0
    before = snapshot(out)
    code = main(["analyze", str(corpus(tmp_path / "big.jsonl", 40)), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 4, err
    assert str(out) in err and "No space left on device" in err and "Traceback" not in err
    assert snapshot(out) == before  # no new articles beside the earlier matches, no leftovers


@pytest.mark.slow
def test_a_store_on_a_full_disk_is_exit_4_and_keeps_its_finished_runs(tiny_disk, tmp_path, capsys):
    store = tiny_disk / "store"
    small = corpus(tmp_path / "small.jsonl", 3)
    assert main(["analyze", str(small), "--store", str(store), "--out", str(tmp_path / "o1"), "--quiet"]) == 0
    with RunTables(store) as run:
        earlier = run.table("matches")
    code = main(["analyze", str(corpus(tmp_path / "big.jsonl", 200, words=500)), "--store", str(store), "--out",
                 str(tmp_path / "o2"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 4, err
    assert f"{store}: the disk is full (writing the run store)" in err and "Traceback" not in err
    with RunTables(store) as run:  # the earlier run, whole
        assert run.table("matches").equals(earlier)
    manifest = RunStore(store).manifest()
    assert {p.name for p in (store / "parts").iterdir()} == {p["id"] for p in manifest["parts"]}


@pytest.mark.slow
def test_a_csv_export_onto_a_full_disk_is_exit_4_and_keeps_the_earlier_export(tiny_disk, tmp_path, capsys):
    out = tiny_disk / "out"
    store = tmp_path / "store"
    assert main(["analyze", str(corpus(tmp_path / "small.jsonl", 1)), "--store", str(store), "--out", str(out),
                 "--quiet"]) == 0
    before = snapshot(out)
    code = main(["analyze", str(corpus(tmp_path / "big.jsonl", 20, words=2000)), "--store", str(store), "--out", str(out),
                 "--quiet"])
    err = capsys.readouterr().err
    assert code == 4, err
    assert f"{out}: " in err and "Traceback" not in err
    assert snapshot(out) == before


class KernelError(Exception):
    """What papermill raises for a cell that failed in the kernel (its ename and evalue)."""

    ename, evalue = "OSError", "[Errno 28] No space left on device: 'tables/matches.csv'"


@pytest.mark.slow  # the runner starts its kernels while it analyses, before a notebook runs
@pytest.mark.parametrize("where", ["kernel", "papermill"])
def test_a_disk_that_fills_while_notebooks_run_is_exit_4_not_a_failed_notebook(tmp_path, monkeypatch, capsys,
                                                                              where):
    def fills(*args, **kwargs):
        if where == "kernel":
            raise KernelError("cell failed")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(kernels, "execute", fills)
    out = tmp_path / "reports"
    code = main(["report", "--out", str(out), "--notebook-dir", str(FIXTURE_NOTEBOOKS), "--quiet"])
    err = capsys.readouterr().err
    assert code == 4, err
    assert f"{out}: the disk is full" in err and "Earlier reports are unchanged" in err
    assert not any(p.name != "failed" and not p.name.startswith(".") for p in out.iterdir())
    shutil.rmtree(out)


def test_a_report_with_no_writable_temporary_folder_stops_with_a_message(tmp_path, monkeypatch, capsys):
    import tempfile

    def none(*args, **kwargs):
        raise FileNotFoundError(errno.ENOENT, "No usable temporary directory found in ['/tmp', '/var/tmp']")

    monkeypatch.setattr(tempfile, "gettempdir", none)
    monkeypatch.setattr(kernels, "execute", lambda *a, **k: pytest.fail("notebooks ran with no temporary folder"))
    out = tmp_path / "reports"
    code = main(["report", "--out", str(out), "--notebook-dir", str(FIXTURE_NOTEBOOKS), "--quiet"])
    err = capsys.readouterr().err
    assert code == 4, err
    assert "no temporary folder can be written (No usable temporary directory found" in err
    assert "set TMPDIR to a folder you can write" in err and "Traceback" not in err
