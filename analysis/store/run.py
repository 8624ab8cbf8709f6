"""An incremental run: analyse the articles the store has not seen with these settings, reuse the rest.

Articles are read one file at a time (:func:`analysis.store.source.stream`), grouped into batches of unseen
articles, analysed in this process, in local processes or on a Dask cluster, and each batch is written to the
store as soon as it is done, so memory does not grow with the corpus. The run's record in the store says how
many articles it analysed and how many it reused, with the settings and versions they were analysed with.
"""
from __future__ import annotations

import time
from typing import Callable, Iterable

from ..batches import Job, Plan, analyze_batch, run
from .folder import RunStore, utc_now
from .keys import article_key, settings, settings_key


def analyze_into(store: RunStore, articles: Iterable, config=None, plan: Plan | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 about: dict | Callable[[], dict] | None = None, work: Callable = analyze_batch) -> dict:
    """Bring ``store`` up to date for ``articles`` and record the run; returns the run's record.

    ``progress(done, seen)`` is called after each batch (articles analysed or reused so far, articles read so
    far). ``about`` (a dict, or a function giving one after the articles were read) is added to the record
    (for example the input paths and skipped files). The record's
    ``analysed`` and ``reused`` count articles; ``analyzed_ids`` lists up to 1,000 analysed article ids.
    """
    from ..batches import worker_analyzer
    from ..pipeline import Config, versions

    config = config or Config()
    plan = plan or Plan()
    started, clock = utc_now(), time.monotonic()
    detail = settings(config)
    key = settings_key(config)
    with store.writer() as writer:
        known = writer.known_keys()
        listing: list[tuple[str, str, str]] = []
        state = {"reused": 0, "analysed": 0, "ids": []}

        def batches():
            batch, queued = [], set()
            for article in articles:
                item_key = article_key(article, key)
                listing.append((item_key, article.id, article.source_path))
                if item_key in known or item_key in queued:
                    state["reused"] += 1
                    continue
                queued.add(item_key)
                batch.append((item_key, article))
                if len(batch) == plan.batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        for batch, rows in run(batches(), Job(config, key), plan, work):
            writer.add_part(rows, len(batch), key)
            state["analysed"] += len(batch)
            state["ids"].extend(a.id for _, a in batch[: max(0, 1000 - len(state["ids"]))])
            if progress:
                progress(state["analysed"] + state["reused"], len(listing))
        record = {"started": started, "ended": utc_now(), "seconds": round(time.monotonic() - clock, 2),
                  "articles": len(listing), "analysed": state["analysed"], "reused": state["reused"],
                  "analyzed_ids": state["ids"], "settings_key": key, "settings": detail,
                  "plan": {"workers": plan.workers, "scheduler": plan.scheduler,
                           "batch_size": plan.batch_size},
                  "versions": versions(worker_analyzer(Job(config, key))), "set_aside": writer.set_aside,
                  **((about() if callable(about) else about) or {})}
        return writer.add_run(listing, record)
