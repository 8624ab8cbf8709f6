"""Progress lines on stderr, shared by the command line and the report runner."""
from __future__ import annotations

import sys
import time


class Progress:
    """``done/total`` on one line of stderr when a person is watching (a TTY); silent otherwise."""

    def __init__(self, label: str, stream=None, enabled: bool | None = None):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{self.label}: {done}/{total} ({elapsed:.1f} s){end}")
        self.stream.flush()
