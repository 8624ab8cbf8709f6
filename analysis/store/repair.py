"""Checking a run store's committed files, and setting damaged ones aside.

Each part's entry in the manifest records the size and SHA-256 of every file it wrote (parts written before
this check have no digests: their Parquet footer and keys are read instead). A writer checks every part and
run file when it takes the lock (:func:`check_store`): a part with a missing, truncated or altered file is
moved, whole, to ``<store>/damaged/<part>/`` (never deleted), left out of the manifest, and named in a
warning; its articles are then unknown to the store, so the run analyses them again. A run's article list
that cannot be read is set aside the same way (only that older run can no longer be read). Readers
(:class:`analysis.store.RunTables`) check that the files exist with their recorded sizes and name the part
when one is damaged (:func:`damaged_message`), since only a writer may change the store.
"""
from __future__ import annotations

import hashlib
import logging
import os
from functools import lru_cache
from pathlib import Path

from ..errors import StoreError

log = logging.getLogger("analysis.store")
#: Folder of a store where damaged parts and run files are moved.
DAMAGED = "damaged"
#: Tables whose keys say which articles a store holds (every article has a row in one of them).
KEYED_TABLES = ("articles", "not_scored")


def file_record(path: Path) -> dict:
    """``{"size", "sha256"}`` of a file just written."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return {"size": path.stat().st_size, "sha256": h.hexdigest()}


def problem_of(store_path: Path, part: dict, table: str, full: bool = True) -> str:
    """Why ``table``'s file of ``part`` cannot be used ('' when it can): missing, another size, another
    digest (only with ``full``), or (for a part without digests) an unreadable Parquet file."""
    path = store_path / part["files"][table]
    recorded = part.get("checks", {}).get(table)
    if not path.is_file():
        return f"{part['files'][table]} is missing"
    if recorded and path.stat().st_size != recorded["size"]:
        return f"{part['files'][table]} has {path.stat().st_size} bytes, {recorded['size']} were written"
    if not full:
        return ""
    if recorded:
        return "" if file_record(path)["sha256"] == recorded["sha256"] else \
            f"{part['files'][table]} was changed after it was written"
    return _unreadable(path, part["files"][table], table)


def _unreadable(path: Path, name: str, table: str) -> str:
    import pyarrow.parquet as pq

    try:
        pq.read_table(path, columns=["key"] if table in KEYED_TABLES else None)
    except Exception as exc:  # noqa: BLE001 - any reading error means the file is damaged
        return f"{name} cannot be read ({type(exc).__name__}: {str(exc)[:120]})"
    return ""


def check_store(store, manifest: dict) -> list[str]:
    """Set aside every damaged part and run file of ``manifest`` (the lock is held); commits the manifest
    when something was set aside. Returns the warnings given, one per part or run file."""
    said = []
    for part in list(manifest["parts"]):
        problems = [p for t in part["files"] if (p := problem_of(store.path, part, t))]
        if problems:
            moved = _set_aside(store.path, store.path / "parts" / part["id"])
            manifest["parts"].remove(part)
            said.append(f"run store {store.path}: part {part['id']} ({part['articles']} articles) is damaged: "
                        f"{'; '.join(problems)}. {moved}; its articles are analysed again")
    for entry in list(manifest["runs"]):
        problem = _unreadable_run(store.path, entry["file"])
        if problem:
            moved = _set_aside(store.path, store.path / entry["file"])
            manifest["runs"].remove(entry)
            said.append(f"run store {store.path}: the article list of run {entry['id']} is damaged: {problem}. "
                        f"{moved}; that run can no longer be read (later runs are not affected)")
    if said:
        store._commit(manifest)
    for message in said:
        log.warning("%s", message)
    return said


def _unreadable_run(store_path: Path, name: str) -> str:
    path = store_path / name
    if not path.is_file():
        return f"{name} is missing"
    return _unreadable(path, name, "run")


def _set_aside(store_path: Path, item: Path) -> str:
    """Move ``item`` into ``<store>/damaged/``; returns what was done, as words."""
    if not item.exists():
        return "Nothing of it is left to keep"
    target = store_path / DAMAGED / item.name
    n = 1
    while target.exists():
        n += 1
        target = store_path / DAMAGED / f"{item.name}-{n}"
    try:
        target.parent.mkdir(exist_ok=True)
        os.rename(item, target)
    except OSError as exc:
        raise StoreError(store_path, f"{item.relative_to(store_path)} is damaged and cannot be moved aside "
                         f"({exc.strerror or exc})", "Make the store folder writable, or delete it (it holds "
                         "only results that can be computed again) and run again") from None
    return f"It was moved to {target.relative_to(store_path)}"


def damaged_message(store, manifest: dict) -> str:
    """The first damaged part a reader finds, or ''. A part with recorded digests is checked in full, each
    file once per process (a committed file never changes: :func:`_verified` remembers it by size and time);
    an older part only for missing files."""
    for part in manifest["parts"]:
        for table in part["files"]:
            recorded = part.get("checks", {}).get(table)
            problem = problem_of(store.path, part, table, full=False)
            if not problem and recorded:
                path = store.path / part["files"][table]
                stat = path.stat()
                if not _verified(str(path), stat.st_size, stat.st_mtime_ns, recorded["sha256"]):
                    problem = f"{part['files'][table]} was changed after it was written"
            if problem:
                return f"part {part['id']} is damaged: {problem}"
    return ""


@lru_cache(maxsize=100_000)
def _verified(path: str, size: int, mtime_ns: int, sha256: str) -> bool:
    return file_record(Path(path))["sha256"] == sha256


def damaged_fix() -> str:
    return ("Run `python -m analysis analyze ... --store DIR` (or `report --store DIR`) again: the damaged part "
            "is moved to damaged/ and its articles analysed again")

