"""Python's garbage collector while a comparison (or a report's runner) works: full collections made rarer.

A full collection walks every object that lives in the process. A comparison makes millions that live as long
as it does (each compared article's words, sentences and counts), and Python's default thresholds run a full
collection each time the surviving objects grew by a quarter, so the same objects are walked again and again:
at 1,000 articles the full collections were 0.24 s of ``compare()``'s 4.0 s of CPU (timed with
``gc.callbacks``), and 0.33 s of a report runner's 4.0 s, which holds the modules of papermill, nbconvert,
pandas and DuckDB. Within :func:`fewer_full_collections` they come after :data:`FULL_EVERY` collections of the
middle generation instead of 10; the young generations are collected as before (a reference cycle let go is
freed as soon as it was), and the thresholds are given back at the end of the block.

Only around the comparison itself: a page also lets go of the charts it showed (a figure is a reference cycle
that holds its drawing), which full collections free; with them this rare through the whole of page 04 its
peak was 0.69 GB against 0.68 GB at 1,000 articles (``bench/page_memory.py``), for 0.06 s more saved.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager

#: Collections of the middle generation before a full collection, within :func:`fewer_full_collections`
#: (Python's default is 10).
FULL_EVERY = 100


@contextmanager
def fewer_full_collections():
    """Within the block, full collections come after :data:`FULL_EVERY` collections of the middle generation
    (or the process's own threshold, if higher); the thresholds are given back after it."""
    before = gc.get_threshold()
    gc.set_threshold(*before[:2], max(before[2], FULL_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(*before)
