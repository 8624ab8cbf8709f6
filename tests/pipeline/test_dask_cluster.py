"""Analysing on a real distributed cluster (a scheduler and two worker processes started here): the results
equal the local ones, and a batch whose worker dies is run again elsewhere."""
from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytest

from analysis.batches import Plan, analyze_batch
from analysis.corpus import load_corpus
from analysis.errors import ParameterError
from analysis.paths import SEED_ARTICLES
from analysis.pipeline import analyze_corpus
from analysis.store import RunStore, RunTables, Stream, analyze_into

#: Every test here starts a Dask cluster of worker processes.
pytestmark = pytest.mark.slow

distributed = pytest.importorskip("distributed")


def die_once(marker: str, batch, job):
    """Kill this worker process the first time it gets the article 'official' (the nanny starts a new one)."""
    if any(article.id == "official" for _, article in batch) and not Path(marker).exists():
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        os._exit(1)
    return analyze_batch(batch, job)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as local:
        yield local


def test_cluster_results_equal_local_results(tmp_path, cluster):
    corpus = load_corpus(SEED_ARTICLES)
    local = analyze_corpus(corpus)
    remote = analyze_corpus(corpus, scheduler=cluster.scheduler_address)
    for name in ("articles", "sentences", "matches", "actors"):
        assert getattr(remote, name).equals(getattr(local, name)), name
    store = RunStore(tmp_path / "store")
    record = analyze_into(store, Stream(SEED_ARTICLES), plan=Plan(scheduler=cluster.scheduler_address,
                                                                  batch_size=1))
    assert (record["analysed"], record["plan"]["scheduler"]) == (3, cluster.scheduler_address)
    with RunTables(store) as run:
        stored = run.tables()
    assert list(stored.articles["article_id"]) == list(local.articles["article_id"])
    assert stored.matches.equals(local.matches)


def test_a_batch_whose_worker_died_is_run_again(tmp_path, cluster):
    marker = tmp_path / "died"
    store = RunStore(tmp_path / "store")
    plan = Plan(scheduler=cluster.scheduler_address, batch_size=1)
    record = analyze_into(store, Stream(SEED_ARTICLES), plan=plan,
                          work=functools.partial(die_once, str(marker)))
    assert marker.exists()  # a worker did die on the batch of 'official'
    assert record["analysed"] == 3
    with RunTables(store) as run:
        assert sorted(run.table("articles")["article_id"]) == ["neutral", "official", "original"]
    local = analyze_corpus(load_corpus(SEED_ARTICLES))
    with RunTables(store) as run:
        assert run.tables().matches.equals(local.matches)


def test_an_address_without_a_protocol_or_scheduler_is_refused_clearly():
    with pytest.raises(ParameterError, match="tcp://10.0.0.5:8786"):
        Plan(scheduler="10.0.0.5:8786")


def test_the_report_command_takes_a_scheduler(tmp_path, cluster):
    from analysis.report.run.runner import RunOptions, run_report
    from conftest import FIXTURE_NOTEBOOKS

    corpus = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, corpus)
    target = run_report(RunOptions(corpus=str(corpus), out=str(tmp_path / "reports"),
                                   notebook_dir=str(FIXTURE_NOTEBOOKS), params={"top_n": 2},
                                   scheduler=cluster.scheduler_address))
    import json

    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["store"]["analysed"], manifest["store"]["reused"]) == (3, 0)
    assert (target / "tables" / "matches.csv").stat().st_size > 0
