"""`--scheduler` is bounded (issue 25, item 5): an address that is not a reachable Dask scheduler fails within
30 s with exit code 2 and a message, never a traceback; a scheduler that dies mid-run ends with a message and
the store keeps the batches that finished."""
from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.batches import Plan, analyze_batch
from analysis.errors import ParameterError
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, Stream, analyze_into

pytestmark = pytest.mark.slow
HERE = Path(__file__).parent


@pytest.fixture()
def silent_port():
    """A port that accepts connections and never says anything."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    yield server.getsockname()[1]
    server.close()


@pytest.fixture()
def web_server():
    proc = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = proc.stdout.readline()
    yield int(line.split("port ")[1].split()[0])
    proc.kill()
    proc.wait()


def analyze_with(address, tmp_path, capsys):
    started = time.monotonic()
    code = main(["analyze", str(SEED_ARTICLES), "--out", str(tmp_path / "out"), "--quiet",
                 "--scheduler", address])
    return code, capsys.readouterr().err, time.monotonic() - started


@pytest.mark.parametrize("kind", ["silent", "web", "refused", "tls", "no port", "port not a number", "no host"])
def test_an_address_that_is_not_a_scheduler_fails_fast_with_a_message(kind, silent_port, web_server, tmp_path,
                                                                       capsys):
    address = {"silent": f"tcp://127.0.0.1:{silent_port}", "web": f"tcp://127.0.0.1:{web_server}",
               "refused": "tcp://127.0.0.1:1", "tls": "tls://127.0.0.1:8786", "no port": "tcp://127.0.0.1",
               "port not a number": "tcp://host:http", "no host": "tcp://:8786"}[kind]
    code, err, seconds = analyze_with(address, tmp_path, capsys)
    assert code == 2, err
    assert seconds < 30
    assert err.startswith("error: parameter 'scheduler'") and "Traceback" not in err
    expected = {"silent": "is something that is not a Dask scheduler", "web": "is something that is not a Dask",
                "refused": "cannot reach tcp://127.0.0.1:1 (Connection refused)", "tls": "tls:// needs certificates",
                "no port": "of the form tcp://HOST:PORT", "port not a number": "of the form tcp://HOST:PORT",
                "no host": "of the form tcp://HOST:PORT"}[kind]
    assert expected in err


def kill_scheduler_on(article_id: str, pid_file: str, batch, job):
    """Kill the scheduler (SIGKILL) when given the batch of ``article_id`` (after a pause that lets the client
    collect the batches before), then take a while."""
    if any(article.id == article_id for _, article in batch):
        time.sleep(2)
        os.kill(int(Path(pid_file).read_text()), signal.SIGKILL)
        time.sleep(3)
    return analyze_batch(batch, job)


def test_a_scheduler_that_dies_mid_run_ends_with_a_message_and_the_store_keeps_what_finished(tmp_path):
    dask = Path(sys.executable).with_name("dask")
    info = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    scheduler = subprocess.Popen([str(dask), "scheduler", "--port", "0", "--no-dashboard", "--scheduler-file",
                                  str(info)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        import json

        address = json.loads(info.read_text())["address"]
        worker = subprocess.Popen([str(dask), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                   "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  env=env)
        (tmp_path / "pid").write_text(str(scheduler.pid))
        store = RunStore(tmp_path / "store")
        work = functools.partial(kill_scheduler_on, "original", str(tmp_path / "pid"))
        started = time.monotonic()
        with pytest.raises(ParameterError, match="stopped answering after 2 finished batch") as caught:
            analyze_into(store, Stream(SEED_ARTICLES), plan=Plan(scheduler=address, batch_size=1), work=work)
        assert time.monotonic() - started < 120
        assert "the finished batches are kept" in str(caught.value)
        manifest = store.manifest()
        assert sum(p["articles"] for p in manifest["parts"]) == 2 and manifest["runs"] == []
        record = analyze_into(store, Stream(SEED_ARTICLES))  # locally now: only the rest is analysed
        assert (record["analysed"], record["reused"]) == (1, 2)
    finally:
        for proc in (worker, scheduler):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
