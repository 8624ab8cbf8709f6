"""A killed run leaves no process behind, and its store lock is taken over by the next run (issue 25, item 1)."""
from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore

pytestmark = pytest.mark.slow


def big_corpus(path, n=1200):
    texts = [p.read_text(encoding="utf-8").split("---")[-1] for p in sorted(SEED_ARTICLES.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)] + f" Item {i}."}) + "\n")
    return path


def start_and_kill(tmp_path, extra):
    """Start `analyze --workers 2`, wait until its two workers exist, SIGKILL the run; returns the workers."""
    corpus = big_corpus(tmp_path / "corpus.jsonl")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "analyze", str(corpus), "--out",
                             str(tmp_path / "out"), "--workers", "2", "--quiet", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers = []
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = psutil.Process(proc.pid).children()
        time.sleep(0.05)
    assert len(workers) >= 2, proc.stderr.read() if proc.poll() is not None else "no workers seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return workers


def gone_within(workers, seconds: float) -> bool:
    _, alive = psutil.wait_procs(workers, timeout=seconds)
    return not alive


@pytest.mark.parametrize("with_store", [False, True])
def test_the_workers_of_a_killed_analyze_die_with_it(tmp_path, with_store):
    extra = ["--store", str(tmp_path / "store")] if with_store else []
    workers = start_and_kill(tmp_path, extra)
    try:
        assert gone_within(workers, 10), [w.pid for w in workers if w.is_running()]
    finally:
        for w in workers:
            if w.is_running():
                w.kill()


def test_the_next_run_takes_over_the_lock_of_a_killed_run_and_says_so(tmp_path, caplog):
    workers = start_and_kill(tmp_path, ["--store", str(tmp_path / "store")])
    store = RunStore(tmp_path / "store")
    caplog.set_level(logging.WARNING, logger="analysis.store")
    started = time.monotonic()
    try:
        with store.writer(wait=20):
            pass
    finally:
        for w in workers:
            if w.is_running():
                w.kill()
    assert time.monotonic() - started < 20
    assert "ended without finishing; taking over" in caplog.text
