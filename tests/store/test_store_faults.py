"""Faults of the run store: another schema version, a run killed while writing, two runs at once, folders that
are not stores."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from analysis.errors import StoreError
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, RunTables, Stream, analyze_into
from analysis.store.folder import MANIFEST


@pytest.fixture()
def collection(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, folder)
    return folder


def set_schema(store: RunStore, version: int) -> None:
    manifest = json.loads((store.path / MANIFEST).read_text(encoding="utf-8"))
    manifest["schema_version"] = version
    (store.path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_store_of_a_newer_schema_is_refused_and_left_alone(tmp_path, collection):
    store = RunStore(tmp_path / "store")
    analyze_into(store, Stream(collection))
    set_schema(store, 99)
    before = sorted(p.relative_to(store.path) for p in store.path.rglob("*"))
    with pytest.raises(StoreError, match="schema 99 .* newer than this version's schema 3") as caught:
        RunStore(store.path)
    assert "another --store" in caught.value.fix
    assert sorted(p.relative_to(store.path) for p in store.path.rglob("*")) == before


def test_a_store_of_an_older_schema_cannot_be_read_and_is_rebuilt_by_the_next_run(tmp_path, collection):
    store = RunStore(tmp_path / "store")
    analyze_into(store, Stream(collection))
    old_parts = {p["id"] for p in store.manifest()["parts"]}
    set_schema(store, 0)
    with pytest.raises(StoreError, match="older store schema 0"):
        RunTables(store.path)
    record = analyze_into(RunStore(store.path), Stream(collection))
    assert (record["analysed"], record["reused"]) == (3, 0)
    manifest = store.manifest()
    assert manifest["rebuilt_from_schema"] == 0 and len(manifest["runs"]) == 1
    assert not old_parts & {p.name for p in (store.path / "parts").iterdir()}


def test_a_store_being_created_by_another_run_is_joined_not_refused(tmp_path):
    # The moment another process creating the same store has written its lock and its manifest's temporary file
    # but not yet renamed it: a second run must wait for the lock and use the store, not call it "not a store".
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / ".lock").write_text("", encoding="utf-8")
    (folder / f".{MANIFEST}.4242.tmp").write_text("{", encoding="utf-8")
    store = RunStore(folder)
    assert store.manifest()["parts"] == []
    assert (folder / MANIFEST).exists()


def test_folders_that_are_not_stores_are_refused(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="no STORE.json, so it is not a run store"):
        RunStore(tmp_path / "notes")
    assert (tmp_path / "notes" / "todo.txt").read_text(encoding="utf-8") == "keep me"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        RunStore(tmp_path / "file")
    damaged = RunStore(tmp_path / "damaged")
    (damaged.path / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot be read") as caught:
        RunStore(damaged.path)
    assert "delete the folder" in caught.value.fix


KILLER = """
import os, signal, sys
from analysis.batches import Plan, analyze_batch
from analysis.store import RunStore, Stream, analyze_into
import analysis.store.folder as folder

store_path, corpus, where = sys.argv[1:4]
calls = []

def die_in_second_batch(batch, job):
    calls.append(1)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return analyze_batch(batch, job)

real_replace = os.replace
def die_at_commit(src, dst):
    if str(dst).endswith("STORE.json") and len(calls) == 2:  # the second part is in place, not committed
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst)

if where == "commit":
    folder.os.replace = die_at_commit
    work = lambda batch, job: (calls.append(1), analyze_batch(batch, job))[1]
else:
    work = die_in_second_batch
analyze_into(RunStore(store_path), Stream(corpus), plan=Plan(batch_size=1), work=work)
"""


@pytest.mark.slow
@pytest.mark.parametrize("where", ["batch", "commit"])
def test_a_run_killed_while_writing_leaves_the_previous_run_readable(tmp_path, collection, where):
    store = RunStore(tmp_path / "store")
    analyze_into(store, Stream(SEED_ARTICLES))
    with RunTables(store) as run:
        before = run.tables()
    (collection / "extra.txt").write_text("A new article. Officials said it was so.\n", encoding="utf-8")
    (collection / "more.txt").write_text("Another one. Critics claimed otherwise.\n", encoding="utf-8")
    script = tmp_path / "killer.py"
    script.write_text(textwrap.dedent(KILLER), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(store.path), str(collection), where],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -9, done.stderr  # killed by SIGKILL, as planned
    with RunTables(store.path) as run:  # the previous run, whole
        after = run.tables()
        assert len(store.manifest()["runs"]) == 1
    for name in ("articles", "sentences", "matches", "actors"):
        assert getattr(after, name).equals(getattr(before, name))
    record = analyze_into(RunStore(store.path), Stream(collection))  # the next run finishes the work
    assert (record["analysed"], record["reused"]) == (1, 4)  # the batch committed before the kill is kept
    names = {p.name for p in (store.path / "parts").iterdir()}
    assert names == {p["id"] for p in store.manifest()["parts"]}  # leftovers of the killed run removed


HOLDER = """
import sys
from analysis.store import RunStore
with RunStore(sys.argv[1]).writer():
    print("locked", flush=True)
    sys.stdin.read()
"""


@pytest.mark.slow
def test_a_second_writer_waits_for_the_lock_and_gives_up_with_a_clear_message(tmp_path, collection):
    store = RunStore(tmp_path / "store")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="another run has been writing to it") as caught:
            with store.writer(wait=0):
                pass
        assert "another --store" in caught.value.fix
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    with store.writer(wait=0):  # free again once the other run ended
        pass


@pytest.mark.slow
def test_two_runs_at_once_on_one_store_both_finish_and_do_not_duplicate(tmp_path, collection):
    code = ("import sys; from analysis.store import RunStore, Stream, analyze_into; "
            "r = analyze_into(RunStore(sys.argv[1]), Stream(sys.argv[2])); print(r['analysed'], r['reused'])")
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "store"), str(collection)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = []
    for proc in runs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(tuple(map(int, out.split())))
    assert sorted(results) == [(0, 3), (3, 0)]  # one analysed everything, the other reused it all
    store = RunStore(tmp_path / "store")
    with RunTables(store) as run:
        assert sorted(run.table("articles")["article_id"]) == sorted(
            ["neutral", "official", "original"])
    assert sum(p["articles"] for p in store.manifest()["parts"]) == 3
    assert os.listdir(store.path / "runs") and len(store.manifest()["runs"]) == 2
