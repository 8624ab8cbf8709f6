"""The reports folder: work folders and their locks, publishing, the ``latest`` pointers, failed runs.

A run works in ``reports/.tmp-<run>-<random>/``, locked by ``reports/.tmp-<run>-<random>.lock`` (a file beside
the folder, locked with ``flock`` for as long as the run's process lives). The lock file is made, locked and
only then given its name, and the folder is made after it, so a ``.tmp-*`` folder without its lock file, or
with a lock file no process holds, belongs to a run that was killed: :func:`remove_leftovers` deletes it.
Publishing renames the folder to ``reports/<UTC time>-<name>/`` (never over an existing report) and then
repoints ``reports/latest`` and ``reports/latest-<name>`` (each by a rename, so a pointer always names a
complete report). A pointer that is not a symbolic link (a real folder left by ``cp -rL`` or rsync) is left
alone, and the run says so instead of failing.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from analysis.errors import OutputError
from analysis.paths import REPORTS_DIR

#: Free space a run needs before it starts (bytes), besides :data:`SPACE_PER_INPUT_BYTE` per byte of
#: article text; a report of the three seed articles takes about 5 MB.
MIN_FREE_BYTES = 50 * 1024 * 1024
#: Bytes of report per byte of article text (tables, cached tables, HTML pages that quote the text).
SPACE_PER_INPUT_BYTE = 20
#: Prefix of the folder a run works in; such a folder is never a report.
TMP_PREFIX = ".tmp-"
#: Suffix of a work folder's lock file, which sits beside the folder.
LOCK_SUFFIX = ".lock"
#: Name of the lock file inside a locked folder of the system's temporary folder (kernel sockets).
LOCK_NAME = ".lock"
#: Prefix of a lock file while it is being made (locked before it gets its real name).
STAGING_PREFIX = ".lock-"
#: Prefix of the socket folders made in the system's temporary folder when the run's own path is too long.
IPC_PREFIX = "fa-ipc-"
#: The pointer to the newest report of any name; ``latest-<name>`` points at the newest of one name.
LATEST = "latest"


def check_output(out: Path, need: int = MIN_FREE_BYTES) -> None:
    """Raise :class:`OutputError` unless ``out`` can be created and written and has ``need`` bytes free."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-check-") as probe:
            probe.write(b"x")
            probe.flush()
    except OSError as exc:
        raise OutputError(f"{out}: the reports folder cannot be written ({exc.strerror}); "
                          "fix its permissions or pass another --out") from None
    free = shutil.disk_usage(out).free
    if free < need:
        raise OutputError(f"{out}: only {free // 2**20} MB free, this run needs about "
                          f"{need // 2**20 + 1} MB; "
                          "free some space or pass another --out")


def check_temp() -> Path:
    """The system's temporary folder (where kernel sockets go when the reports folder's path is long, and
    where leftovers of killed runs are looked for), checked by writing a file in it; :class:`OutputError`
    when there is none that can be written."""
    try:
        folder = Path(tempfile.gettempdir())
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OutputError(f"no temporary folder can be written ({exc.strerror or exc}); set TMPDIR to a "
                          "folder you can write, e.g. TMPDIR=$HOME/tmp") from None
    return folder


def stamp() -> str:
    """The current UTC time as the start of a report's folder name (``20261130T060000Z``)."""
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def safe_name(name: str) -> str:
    """``name`` reduced to letters, digits, ``_``, ``.`` and ``-`` (at most 60), never starting with a dot:
    a run's name can never leave the reports folder or hide as a dot-folder."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip(".-")[:60].strip(".-")
    return cleaned or "report"


def make_readable(folder: Path) -> None:
    """Give a run folder the usual permissions (it is made private to its owner while the run works)."""
    umask = _umask()
    os.chmod(folder, 0o777 & ~umask)


def _umask() -> int:
    """The process's umask, read without changing it (``os.umask`` would, for a moment, in every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def lock_of(folder: Path) -> Path:
    """The lock file of the work folder ``folder``."""
    return folder.with_name(folder.name + LOCK_SUFFIX)


def new_work_folder(out: Path, folder_name: str):
    """Make and lock a new work folder ``out/.tmp-<folder_name>-<random>/``; returns (folder, lock), the lock
    being an open file to close (after the folder is published or removed) to release it."""
    for _ in range(100):
        folder = out / f"{TMP_PREFIX}{folder_name}-{secrets.token_hex(4)}"
        staging = out / f"{STAGING_PREFIX}{secrets.token_hex(8)}"
        lock = open(staging, "x")
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            os.link(staging, lock_of(folder))  # appears under its real name already locked
        except (FileExistsError, FileNotFoundError):  # name taken, or the half-made file was cleared away
            lock.close()
            continue
        finally:
            staging.unlink(missing_ok=True)
        folder.mkdir(mode=0o700)
        return folder, lock
    raise OutputError(f"{out}: cannot make a work folder; remove the .tmp-* folders no run uses")


def release(folder: Path, lock) -> None:
    """Remove a run's work folder (if still there), then its lock file, then release the lock."""
    shutil.rmtree(folder, ignore_errors=True)
    lock_of(folder).unlink(missing_ok=True)
    lock.close()


def lock_folder(folder: Path):
    """Lock ``folder/.lock`` for as long as this process lives (or until closed); returns the open file."""
    fh = open(folder / LOCK_NAME, "w")
    fcntl.flock(fh, fcntl.LOCK_EX)
    return fh


def _unheld(path: Path) -> bool:
    """Whether the lock file ``path`` exists and no process holds its lock (checked without waiting)."""
    try:
        fh = open(path, "r+")
    except OSError:
        return False
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
    return True


def remove_leftovers(out: Path) -> list[str]:
    """Delete what killed runs left in ``out``: ``.tmp-*`` folders whose lock file is missing or held by no
    process, lock files without a folder, half-made lock files, and socket folders in the system's
    temporary folder whose lock no process holds. Returns the names of the folders removed. Folders of runs
    still working are left alone."""
    removed = []
    for folder in sorted(p for p in out.glob(TMP_PREFIX + "*") if p.is_dir() and not p.is_symlink()):
        inner = folder / LOCK_NAME  # a work folder of an earlier version kept its lock inside
        lock = lock_of(folder) if lock_of(folder).exists() or not inner.exists() else inner
        if not lock.exists() or _unheld(lock):
            shutil.rmtree(folder, ignore_errors=True)
            lock_of(folder).unlink(missing_ok=True)
            removed.append(folder.name)
    for stray in [*out.glob(TMP_PREFIX + "*" + LOCK_SUFFIX), *out.glob(STAGING_PREFIX + "*")]:
        if stray.is_file() and not stray.with_suffix("").is_dir() and _unheld(stray):
            stray.unlink(missing_ok=True)
    for folder in sorted(Path(tempfile.gettempdir()).glob(IPC_PREFIX + "*")):
        if _unheld(folder / LOCK_NAME):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def list_reports(out: str | Path = REPORTS_DIR) -> list[Path]:
    """Published reports in ``out``, oldest first: folders with a ``manifest.json`` whose status is ok.
    Runs in progress or killed (``.tmp-*``), ``failed/`` and the ``latest`` pointers are not reports."""
    found = []
    for folder in sorted(Path(out).iterdir()) if Path(out).is_dir() else ():
        if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        if folder.name == LATEST or folder.name.startswith(LATEST + "-"):
            continue  # a pointer copied as a real folder (cp -rL, rsync)
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if manifest.get("status") == "ok":
            found.append(folder)
    return found


def publish(tmp: Path, out: Path, folder_name: str, lock, name_files) -> Path:
    """Rename the finished work folder ``tmp`` into place (never over an existing report) and release its
    lock; returns the report's path. ``name_files(folder name)`` writes the files that state the folder's
    name (manifest, index) before each try."""
    for n in range(1, 1000):
        target = out / (folder_name if n == 1 else f"{folder_name}-{n}")
        if target.exists():
            continue
        name_files(target.name)
        try:
            os.rename(tmp, target)  # fails when another run took the name meanwhile (reports are never empty)
        except OSError:
            if target.exists():
                continue
            raise
        break
    else:
        raise OutputError(f"{out}: 999 reports are called {folder_name}; pass another --name")
    lock_of(tmp).unlink(missing_ok=True)
    lock.close()
    return target


def point(out: Path, pointer: str, target: Path) -> str | None:
    """Make ``out/pointer`` a symbolic link to ``target`` by one rename. Returns None, or a warning when the
    pointer is a real folder or file (then left exactly as it is)."""
    link = out / pointer
    if link.exists() and not link.is_symlink():
        return _not_a_link(link)
    staged = out / f".{pointer}-{os.getpid()}-{time.monotonic_ns()}"
    try:
        os.symlink(target.name, staged)
    except OSError as exc:  # a file system without symbolic links
        return f"{link} could not be made a link to {target.name} ({exc.strerror or exc})"
    try:
        os.replace(staged, link)
    except OSError:  # it became a folder meanwhile
        staged.unlink(missing_ok=True)
        return _not_a_link(link)
    return None


def _not_a_link(link: Path) -> str:
    kind = "folder" if link.is_dir() else "file"
    return (f"{link} is a real {kind}, not a link, so it was left as it is and does not point at this "
            f"report; move it away (e.g. mv {link} {link}-copy) and the next run makes it a link again")


def keep_failed(out: Path, folder_name: str, tmp: Path) -> Path:
    """Move the run's executed notebooks and ``run.log`` from the work folder ``tmp`` to a new
    ``out/failed/<run>[-n]/`` folder; returns that folder."""
    for n in range(1, 1000):
        kept = out / "failed" / (folder_name if n == 1 else f"{folder_name}-{n}")
        try:
            kept.mkdir(parents=True)
        except FileExistsError:
            continue
        break
    else:
        raise OutputError(f"{out / 'failed'}: 999 failed runs are called {folder_name}; clear some away")
    for item in [tmp / "run.log", *sorted((tmp / "notebooks").glob("*.ipynb"))]:
        if item.is_file():
            shutil.move(str(item), str(kept / item.name))
    return kept
