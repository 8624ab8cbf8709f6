"""Analysing articles in batches: in this process, in local worker processes, or on a Dask cluster.

A batch is a list of ``(key, Article)`` pairs; :func:`analyze_batch` turns it into the rows of the tables
(``articles``, ``sentences``, ``matches``, ``actors``, ``voices``, ``not_scored``) as columns
(:mod:`analysis.columns`), each row carrying the batch item's ``key`` when it is not ``None``. :func:`run`
feeds batches from any iterable to the chosen executor and yields
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

import gc
import multiprocessing
import os
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .errors import InputError, ParameterError

TABLES = ("articles", "sentences", "matches", "actors", "not_scored", "voices")
Batch = list  # list[tuple[str | None, Article]]
Rows = dict  # dict[str, dict[str, list]]: table -> column -> values (analysis.columns)


#: Longest article text analysed, in characters. One article takes about 80 MB of memory and 5 s per million
#: characters of news text (some 30,000 matches per million; measured on the seed text repeated), so one of
#: 50 million would need 4-10 GB: a longer article is listed as not scored, with a reason saying to split it.
#: A single 5 MB line is still analysed whole.
MAX_ARTICLE_CHARS = 5_000_000
#: The start of the reason given for an article over :data:`MAX_ARTICLE_CHARS`.
TOO_LONG = "too long to analyse"


def too_long(article) -> str:
    """Why ``article`` is not analysed for its length, or ``''``."""
    n = len(article.text)
    if n <= MAX_ARTICLE_CHARS:
        return ""
    return (f"{TOO_LONG}: its text has {n:,} characters, more than the {MAX_ARTICLE_CHARS:,} one article may "
            "have (bounded memory); split it into several articles")


def nothing_scored(rows: list[dict], languages: tuple[str, ...]) -> InputError:
    """The error for a corpus none of whose articles was scored (``rows`` of ``not_scored``): for their
    length, or for their language."""
    from .corpus.language import SCORE_HINT, language_counts
    from .errors import CorpusError

    long = [r["reason"] for r in rows if r["reason"].startswith(TOO_LONG)]
    if len(long) == len(rows):
        return CorpusError("the corpus", f"none of its {len(rows)} article(s) was analysed: {long[0]}",
                           "Split long texts into several articles")
    found = language_counts(r["language"] for r in rows)
    return CorpusError("the corpus", f"none of its {len(rows)} article(s) is in a scored language "
                       f"({', '.join(languages)}); found {found}", SCORE_HINT)


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
        if self.scheduler:
            scheduler_address(self.scheduler)


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
    """The rows of every article in ``batch`` as columns (:mod:`analysis.columns`), table by table, with a
    ``key`` column (the item's key) when the items have one."""
    from .columns import append, n_rows

    out: Rows = {name: {} for name in TABLES}
    with _collector_waits() as settle:
        analyzer = worker_analyzer(job)  # the first batch builds it: lexicons, libraries, none of it garbage
        settle(built=True)
        for key, article in batch:
            for name, table in analyzer.columns(article).items():
                if key is not None:
                    table["key"] = [key] * n_rows(table)
                append(out.setdefault(name, {}), table)
            settle()
    return out


#: Objects (those the cyclic collector tracks) made and still alive since the collector's last pass, past
#: which a batch lets it walk them once (:func:`_collector_waits`). An article leaves about 400 (the caches of
#: words seen grow), a few hundred thousand cost the collector about 25 ms.
YOUNG_MAX = 200_000


@contextmanager
def _collector_waits():
    """While a batch is analysed, Python's cyclic garbage collector does not run on its own: an article's
    objects are freed by their reference counts (its analysis makes almost no cycles: none in 1,000
    articles of seeds and BASIL), and each automatic pass walked the young objects for nothing, and the
    first batch's passes the lexicons and libraries being loaded (about 3% of the analysis's CPU at 1,000
    articles). The objects there before the batch are frozen (``gc.freeze``), and so is the analyzer once
    built. Yields ``settle(built=False)``, called after each article: when more than :data:`YOUNG_MAX`
    objects made since are alive, the youngest generation is collected once (memory stays bounded) and
    what survives is frozen too, so no object is walked twice in a batch; ``built=True`` freezes what is
    there without collecting. After the batch, the objects it left (fewer than :data:`YOUNG_MAX` since the
    last pass: the rows, the grown caches) join the oldest generation without a walk; they are walked by
    the next full collection. Nothing changes in a process where something else froze objects already (a
    report's kernel does) or turned the collector off."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield lambda built=False: None
        return

    def settle(built: bool = False) -> None:
        if built or gc.get_count()[0] > YOUNG_MAX:
            if not built:
                gc.collect(0)
            gc.freeze()

    gc.freeze()
    gc.disable()
    try:
        yield settle
    finally:
        settle()
        gc.freeze()  # what the batch left joins the old objects unwalked (the first pass after it walked them all)
        gc.enable()
        gc.unfreeze()


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
    if method == "fork" and work is analyze_batch:
        worker_analyzer(job)  # built once here (a run needs it for its versions anyway): forked workers share it
    limit = 2 * plan.workers
    with ProcessPoolExecutor(plan.workers, multiprocessing.get_context(method), initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        running: dict = {}
        for batch in batches:
            running[pool.submit(work, batch, job)] = batch
            while len(running) >= limit:
                yield from _finished(running, wait(running, return_when=FIRST_COMPLETED).done)
        while running:
            yield from _finished(running, wait(running, return_when=FIRST_COMPLETED).done)


#: Linux's prctl option: the signal a process gets when the thread that forked it exits.
PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Pool initializer: have the operating system kill this worker (SIGKILL) when the run that started it
    dies, however it dies, so no worker outlives a killed run (Linux; elsewhere a worker exits when it next
    finds its parent gone). ``parent`` is the run's process id: a worker whose parent died before the
    request was made exits at once. The pool's workers are started by the thread that submits batches, which
    lives as long as the pool."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def _finished(running: dict, done) -> Iterator[tuple[Batch, Rows]]:
    for future in done:
        batch = running.pop(future)
        yield batch, future.result()


#: Seconds to reach a scheduler and hear it answer as one (the TCP connection, then its identity).
PROBE_SECONDS = 10
#: Seconds the client then has to connect (the whole check stays under 30 s).
CONNECT_SECONDS = 15
SCHEDULER_FIX = ("the address printed by `dask scheduler` (tcp://HOST:8786), with workers started by "
                 "`dask worker tcp://HOST:8786`")


def scheduler_address(address: str) -> tuple[str, int]:
    """``(host, port)`` of a ``tcp://HOST:PORT`` address; :class:`ParameterError` for any other form (a
    ``tls://`` address needs certificates, which the command line cannot pass)."""
    protocol, _, rest = address.partition("://")
    if protocol == "tls":
        raise ParameterError("scheduler", f"got {address!r}: tls:// needs certificates, which this command "
                             "cannot pass", "a tcp://HOST:PORT address (on a trusted network, or through an "
                             "SSH tunnel: ssh -L 8786:localhost:8786 HOST, then tcp://localhost:8786)")
    host, _, port = rest.rpartition(":")
    host = host.strip("[]")
    if protocol != "tcp" or not host or not port.isdigit() or not 0 < int(port) < 65536 or "/" in rest:
        raise ParameterError("scheduler", f"got {address[:80]!r}", "an address of the form tcp://HOST:PORT, "
                             "such as tcp://10.0.0.5:8786")
    return host, int(port)


def probe(address: str) -> None:
    """Check within :data:`PROBE_SECONDS` that a Dask scheduler answers at ``address``; a
    :class:`ParameterError` saying what was found instead (nothing listening, a host that does not answer, a
    server that is not a Dask scheduler)."""
    import asyncio
    import socket

    host, port = scheduler_address(address)
    try:
        socket.create_connection((host, port), timeout=PROBE_SECONDS / 2).close()
    except OSError as exc:
        raise ParameterError("scheduler", f"cannot reach {address} ({exc.strerror or exc or 'timed out'})",
                             SCHEDULER_FIX) from None

    async def identity():
        from distributed.core import rpc

        async with rpc(address) as scheduler:
            return await scheduler.identity()

    with ThreadPoolExecutor(1) as thread:  # its own event loop, even when this thread runs one (Jupyter)
        try:
            found = thread.submit(asyncio.run, asyncio.wait_for(identity(), PROBE_SECONDS / 2)).result()
        except Exception:  # noqa: BLE001 - whatever it was, it did not answer as a scheduler
            found = None
    if not isinstance(found, dict) or found.get("type") != "Scheduler":
        kind = f"a Dask {found['type'].lower()}" if isinstance(found, dict) and found.get("type") else \
            "something that is not a Dask scheduler"
        raise ParameterError("scheduler", f"{address} is {kind} (it did not answer as one)", SCHEDULER_FIX)


def connect(address: str):
    """A :class:`distributed.Client` of the scheduler at ``address``, within 25 s; a clear
    :class:`ParameterError` when none answers there."""
    probe(address)
    from distributed import Client

    try:
        return Client(address, timeout=f"{CONNECT_SECONDS}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ParameterError("scheduler", f"cannot reach a Dask scheduler at {address} ({exc})",
                             SCHEDULER_FIX) from None


def _on_dask(batches, job, plan: Plan, work) -> Iterator[tuple[Batch, Rows]]:
    """Batches on the cluster; a scheduler that stops answering ends the run with a
    :class:`ParameterError` (what finished was already yielded, so a store keeps it)."""
    import asyncio

    from distributed.client import FutureCancelledError

    client = connect(plan.scheduler)
    done = 0
    try:
        for item in _on_client(client, batches, job, plan, work):
            done += 1
            yield item
    except (FutureCancelledError, asyncio.CancelledError, OSError, TimeoutError) as exc:
        raise ParameterError("scheduler", f"the Dask scheduler at {plan.scheduler} stopped answering after "
                             f"{done} finished batch(es) ({type(exc).__name__})", "a running scheduler: start "
                             "it and its workers again and run again (with --store, the finished batches are "
                             "kept and only the rest is analysed)") from None
    finally:
        _close(client)


def _close(client) -> None:
    """Close ``client`` within a few seconds, even when its scheduler is gone."""
    try:
        client.close(timeout=5)
    except Exception:  # noqa: BLE001 - a client of a dead scheduler cannot close cleanly; nothing is lost
        pass


def _on_client(client, batches, job, plan: Plan, work) -> Iterator[tuple[Batch, Rows]]:
    import dask.bag as db
    from distributed import as_completed

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
