"""The writers' lock of a run store: one writing run at a time, and a lock left by a dead run taken over.

The lock is a POSIX record lock (``fcntl.lockf``) on ``<store>/.lock``. Such a lock belongs to the process
that took it: the operating system drops it when that process dies, however it dies (SIGKILL, out of
memory), and processes it forked never hold it. (A ``flock`` lock would be shared with every worker the run
forked, so workers outliving a killed run kept the store locked for hours.) Threads of one process are kept
apart by a lock of their own, taken first, so that only one thread ever opens the lock file.

While it holds the lock, a writer writes its process id and start time into the lock file and empties it
when it is done. A writer that finds the lock free but the file naming another process knows that process
ended without finishing, and says so as it takes over (what the dead run did not commit is removed by
:meth:`analysis.store.RunStore.writer`).
"""
from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..errors import StoreError

log = logging.getLogger("analysis.store")
#: Seconds between two tries of a lock held by another run.
POLL_SECONDS = 0.2
_THREADS: dict[str, threading.Lock] = {}
_GUARD = threading.Lock()


def _thread_lock(path: Path) -> threading.Lock:
    with _GUARD:
        return _THREADS.setdefault(str(path), threading.Lock())


@contextmanager
def store_lock(path: Path, lock_file: Path, wait: float):
    """Hold the writers' lock of the store at ``path`` (the file ``lock_file``), waiting up to ``wait``
    seconds for another run; raises :class:`StoreError` when it is still held then."""
    deadline = time.monotonic() + wait
    inner = _thread_lock(path)
    if not inner.acquire(timeout=max(wait, 0)):
        raise _busy(path, wait)
    try:
        with open(lock_file, "a+", encoding="utf-8") as handle:
            _acquire(handle, path, deadline, wait)
            _take_over(handle, path)
            try:
                yield
            finally:
                _clear(handle)
    finally:
        inner.release()


def _acquire(handle, path: Path, deadline: float, wait: float) -> None:
    told = False
    while True:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise _busy(path, wait) from None
            if not told:
                log.warning("%s: another run (%s) is writing to this store; waiting for it", path,
                            _holder(handle) or "process unknown")
                told = True
            time.sleep(POLL_SECONDS)  # polling a lock held by another process


def _take_over(handle, path: Path) -> None:
    """Say so when the lock file names a run that ended without releasing it; then name this process."""
    previous = _holder(handle)
    if previous:
        log.warning("%s: the run that was writing to this store (%s) ended without finishing; taking over "
                    "(what it had not committed is removed)", path, previous)
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
        handle.flush()
    except OSError:  # a full disk: the note only names the holder; the lock itself is held
        pass


def _clear(handle) -> None:
    """Empty the lock file: this writer finished (a kill leaves its note for the next writer to see)."""
    try:
        handle.seek(0)
        handle.truncate()
        handle.flush()
    except OSError:
        pass


def _holder(handle) -> str:
    handle.seek(0)
    return handle.read(200).strip()


def _busy(path: Path, wait: float) -> StoreError:
    return StoreError(path, f"another run has been writing to it for over {wait:.0f} s",
                      "Wait for it to finish, or pass another --store folder")
