"""Analysing articles in batches: in this process, in local worker processes, or on a Dask cluster.

A batch is a list of ``(key, Article)`` pairs; :func:`analyze_batch` turns it into the rows of the four
tables (``articles``, ``sentences``, ``matches``, ``actors``), each row carrying the batch item's ``key`` when
it is not ``None``. :func:`run` feeds batches from any iterable to the chosen executor and yields
``(batch, rows)`` as batches finish (not necessarily in order), keeping only a few batches in flight so that
memory does not grow with the corpus.

Every process (a local worker or a Dask worker) builds its analyzer once, through the module-level getter
:func:`worker_analyzer`; only a small :class:`Job` (the :class:`~analysis.pipeline.Config` and the settings
key) travels with a batch, never an analyzer.

On a Dask cluster (``Plan.scheduler = "tcp://host:8786"``) each batch is one partition of a ``dask.bag``
mapped with ``map_partitions``. A batch whose worker dies is run again on another worker by the scheduler
(up to ``distributed.scheduler.allowed-failures`` times, 3 by default); a batch that raises is retried
``Plan.retries`` times.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .errors import ParameterError

TABLES = ("articles", "sentences", "matches", "actors", "not_scored", "voices")
Batch = list  # list[tuple[str | None, Article]]
Rows = dict  # dict[str, list[dict]]


@dataclass(frozen=True)
class Plan:
    """How batches are analysed. These defaults are the only defaults.

    ``workers``: local processes, 1 or more (1 analyses in this process); ignored with a scheduler.
    ``scheduler``: a Dask scheduler address such as ``tcp://10.0.0.5:8786``; ``""`` means local.
    ``batch_size``: articles per batch, 1 to 10,000 (a batch is also the unit written to the store).
    ``retries``: how often a batch that raised is tried again on a cluster, 0 to 10.
    """

    workers: int = 1
    scheduler: str = ""
    batch_size: int = 200
    retries: int = 2

    def __post_init__(self):
        checks = (("workers", self.workers, 1, 512, "a whole number of processes, 1 or more"),
                  ("batch_size", self.batch_size, 1, 10_000, "a whole number of articles from 1 to 10000"),
                  ("retries", self.retries, 0, 10, "a whole number from 0 to 10"))
        for name, value, low, high, accepts in checks:
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ParameterError(name, f"got {value!r}", accepts)
        if not isinstance(self.scheduler, str):
            raise ParameterError("scheduler", f"got {self.scheduler!r}", "an address such as tcp://host:8786")
        if self.scheduler and "://" not in self.scheduler:
            raise ParameterError("scheduler", f"got {self.scheduler!r}",
                                 "an address with its protocol, such as tcp://10.0.0.5:8786")


@dataclass(frozen=True)
class Job:
    """What every batch of one run is analysed with: the :class:`~analysis.pipeline.Config` and, for a run
    into a store, its settings key (an analyzer is built anew when the key changes, for example after a
    lexicon file was edited while this process lived)."""

    config: object
    settings: str = ""


def worker_analyzer(job: Job):
    """This process's analyzer for ``job`` and the measures registered now, built once (the module-level
    getter workers use)."""
    from .measures.registry import registered

    return _worker_analyzer(job, registered())


@lru_cache(maxsize=4)
def _worker_analyzer(job: Job, measures: tuple[str, ...]):
    return job.config.analyzer(fresh=bool(job.settings))


def analyze_batch(batch: Batch, job: Job) -> Rows:
    """The rows of every article in ``batch``, with ``key`` added to each row when the item has one."""
    analyzer = worker_analyzer(job)
    out: Rows = {name: [] for name in TABLES}
    for key, article in batch:
        for name, rows in analyzer.rows(article).items():
            if key is not None:
                for row in rows:
                    row["key"] = key
            out.setdefault(name, []).extend(rows)
    return out


def _analyze_partition(partition, job, work: Callable) -> list[Rows]:
    """A bag partition holds exactly one batch (it arrives as an iterator)."""
    return [work(batch, job) for batch in list(partition)]


def run(batches: Iterable[Batch], job: Job, plan: Plan, work: Callable = analyze_batch
        ) -> Iterator[tuple[Batch, Rows]]:
    """Analyse every batch; yields ``(batch, rows)`` as each finishes. ``work(batch, job)`` must be a
    module-level function (it is sent to the worker processes by reference)."""
    if plan.scheduler:
        yield from _on_dask(batches, job, plan, work)
    elif plan.workers == 1:
        for batch in batches:
            yield batch, work(batch, job)
    else:
        yield from _on_processes(batches, job, plan, work)


def _on_processes(batches, job, plan: Plan, work) -> Iterator[tuple[Batch, Rows]]:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    limit = 2 * plan.workers
    with ProcessPoolExecutor(plan.workers, multiprocessing.get_context(method)) as pool:
        running: dict = {}
        for batch in batches:
            running[pool.submit(work, batch, job)] = batch
            while len(running) >= limit:
                yield from _finished(running, wait(running, return_when=FIRST_COMPLETED).done)
        while running:
            yield from _finished(running, wait(running, return_when=FIRST_COMPLETED).done)


def _finished(running: dict, done) -> Iterator[tuple[Batch, Rows]]:
    for future in done:
        batch = running.pop(future)
        yield batch, future.result()


def connect(address: str):
    """A :class:`distributed.Client` of the scheduler at ``address``; a clear :class:`ParameterError` when
    it cannot be reached."""
    from distributed import Client

    try:
        return Client(address, timeout="15s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ParameterError("scheduler", f"cannot reach a Dask scheduler at {address} ({exc})",
                             "the address printed by `dask scheduler` (tcp://HOST:8786), with workers "
                             "started by `dask worker tcp://HOST:8786`") from None


def _on_dask(batches, job, plan: Plan, work) -> Iterator[tuple[Batch, Rows]]:
    import dask.bag as db
    from distributed import as_completed

    with connect(plan.scheduler) as client:
        _check_workers(client, job)
        group_size = max(1, len(client.scheduler_info()["workers"]))
        pending = as_completed(loop=client.loop)
        batch_of: dict = {}

        def submit(group: list[Batch]) -> None:
            bag = db.from_sequence(group, npartitions=len(group))
            parts = bag.map_partitions(_analyze_partition, job, work).to_delayed()
            for future, batch in zip(client.compute(parts, retries=plan.retries), group):
                batch_of[future] = batch
                pending.add(future)

        group: list[Batch] = []
        for batch in batches:
            group.append(batch)
            if len(group) == group_size:
                submit(group)
                group = []
                while pending.count() >= 2 * group_size:
                    yield from _collect(pending, batch_of)
        if group:
            submit(group)
        while pending.count():
            yield from _collect(pending, batch_of)


def _collect(pending, batch_of: dict) -> Iterator[tuple[Batch, Rows]]:
    future = next(pending)
    [rows] = future.result()
    yield batch_of.pop(future), rows
    future.release()


def _check_workers(client, job) -> None:
    """Refuse a cluster whose workers would analyse with other settings (another version of this package,
    other lexicon files): their results would be mixed with ours under our key."""
    from .provenance import analysis_key

    if not client.scheduler_info()["workers"]:
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            raise ParameterError("scheduler", "has no workers (waited 60 s)",
                                 "a scheduler with workers: start some with `dask worker ADDRESS`") from None
    here = analysis_key(job.config)
    there = client.submit(analysis_key, job.config, pure=False).result()
    if there != here:
        raise ParameterError("scheduler", "its workers analyse with other settings than this machine "
                             "(another version of framing-analysis, or other lexicon files)",
                             "workers with the same framing-analysis version installed and the same lexicon "
                             "files at the same paths")
