"""One error hierarchy. Every message says what went wrong, where, and how to fix it.

Each error carries an ``exit_code`` so the command line can report distinct codes:

* 0 success
* 2 bad input: a corpus file, lexicon file or parameter that cannot be used (:class:`InputError`)
* 3 a report notebook failed while running (:class:`NotebookFailed`)
* 4 the output folder cannot be written (:class:`OutputError`)
* 5 not an error: ``report --alert`` published its report and a change since the last run passed an alert
  threshold (:data:`analysis.report.run.series.ALERT_EXIT`)
"""
from __future__ import annotations

import errno
from pathlib import Path


class AnalysisError(Exception):
    """Base class of every error this package raises on purpose.

    Every error has the same shape: ``problem`` (what went wrong and where) and ``fix`` (what the user can do
    about it; may be empty). ``str(error)`` is the problem followed by the fix.
    """

    exit_code = 1

    def __init__(self, problem: str = "", fix: str = ""):
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem}. {fix}" if fix and problem else (problem or fix))


class InputError(AnalysisError):
    """Something the user supplied cannot be used as it is."""

    exit_code = 2


class CorpusError(InputError):
    """An article file (or one record in it) cannot be read.

    ``path`` is the file, ``line`` the 1-based line where there is one, ``hint`` what to change.
    """

    def __init__(self, path: str | Path, problem: str, hint: str = "", line: int | None = None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}, line {line}" if line else self.path
        super().__init__(f"{where}: {problem}", hint)
        self.problem = problem

    @property
    def hint(self) -> str:
        """The same as :attr:`fix` (the name the corpus readers use)."""
        return self.fix


class LexiconError(InputError):
    """A lexicon or actors file is malformed; names the file and the entry."""

    def __init__(self, path: str | Path, problem: str, entry: str | None = None, fix: str = ""):
        self.path = str(path)
        self.entry = entry
        where = f"{self.path}, entry {entry!r}" if entry is not None else self.path
        super().__init__(f"{where}: {problem}", fix)
        self.problem = problem


class ParameterError(InputError):
    """A notebook or run parameter has an unknown name or a value of the wrong kind."""

    def __init__(self, name: str, problem: str, accepts: str = ""):
        self.name = name
        self.accepts = accepts
        super().__init__(f"parameter {name!r}: {problem}", f"it accepts {accepts}" if accepts else "")

    def __str__(self) -> str:
        return self.problem + (f"; {self.fix}" if self.fix else "")


class OutputError(AnalysisError):
    """The report or output folder cannot be written (missing permission, full disk)."""

    exit_code = 4


class NotebookFailed(AnalysisError):
    """A notebook of the suite raised an error while it ran.

    ``notebook`` is its name, ``cell`` the 0-based index of the failing cell, ``kept`` where the failed
    notebook (with papermill's error banner) was saved.
    """

    exit_code = 3

    def __init__(self, notebook: str, cell: int | None, error: str, kept: str | Path | None = None):
        self.notebook = notebook
        self.cell = cell
        self.error = error
        self.kept = str(kept) if kept else None
        at = f" at cell {cell}" if cell is not None else ""
        fix = f"The failed notebook is kept at {self.kept}: open it to see the error banner" if self.kept else ""
        super().__init__(f"notebook {notebook!r} failed{at}: {error}", fix)


class StoreError(InputError):
    """A run store folder cannot be used: it is not a store, it is damaged, another version of the project
    wrote it, or another run holds it too long. ``path`` is the folder, ``fix`` what to do about it."""

    def __init__(self, path: str | Path, problem: str, fix: str):
        self.path = str(path)
        super().__init__(f"run store {self.path}: {problem}", fix)
        self.problem = problem


#: errno values of a write refused for want of room: no space left, quota exceeded, file too large.
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (an OSError, or an error of pyarrow, DuckDB or a notebook carrying its text) says the
    disk or the quota is full."""
    if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
        return True
    text = f"{getattr(exc, 'evalue', '')} {exc}"
    return "No space left on device" in text or "Disk quota exceeded" in text
