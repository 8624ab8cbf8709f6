"""The run store folder: committed Parquet parts, runs, a manifest written last, and a lock for writers.

Layout (schema version 1, see docs/store.md)::

    STORE.json                 the manifest: schema version, committed parts and runs (replaced atomically)
    .lock                      held (lockf, see lock.py) by the one process writing; readers never take it
    parts/<part>/<table>.parquet   one folder per analysed batch: articles, sentences, matches, actors
    runs/<run>.parquet         the articles of one run in order: position, key, article_id, source_path

A writer writes a part into ``parts/.tmp-<part>/``, renames it to ``parts/<part>/`` and only then lists it in
a new manifest (written to a temporary file, flushed to disk, renamed over ``STORE.json``). A process
killed at any point therefore leaves the previous manifest, and every file it names, intact; what it wrote
but did not commit is removed by the next writer. Files named by a manifest are never changed.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..errors import OutputError, StoreError, is_disk_full
from .lock import store_lock
from .repair import KEYED_TABLES, check_store, file_record
from ..columns import n_rows
from .schema import SCHEMA_VERSION, TABLES, to_arrow

MANIFEST = "STORE.json"
LOCK = ".lock"
FORMAT = "framing-analysis run store"
#: How long a writer waits for another run to release the store (seconds).
LOCK_WAIT_SECONDS = 6 * 3600
log = logging.getLogger("analysis.store")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _new_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framing-analysis")
    except PackageNotFoundError:
        return "unknown"


def empty_manifest() -> dict:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "written_by": _package_version(),
            "created": utc_now(), "generation": 0, "parts": [], "runs": []}


class RunStore:
    """A run store at ``path`` (created when missing, unless ``create`` is false).

    Raises :class:`~analysis.errors.StoreError` for a path that is a file, a non-empty folder that is not a
    store, a damaged manifest, or a store written by a newer schema version. A store of an older schema
    version can be read by nobody and is rebuilt (emptied) by the next writer.
    """

    def __init__(self, path: str | os.PathLike, create: bool = True):
        self.path = Path(path).resolve()
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(self.path, "is a file, not a folder",
                             "Pass a folder for the store (--store DIR)")
        if not (self.path / MANIFEST).exists():
            if (self.path / "parts").is_dir():
                raise StoreError(self.path, f"its {MANIFEST} is missing, so what it holds cannot be known",
                                 "The store holds only results that can be computed again: delete the folder "
                                 "and run again")
            if self.path.is_dir() and not all(_own_file(p.name) for p in self.path.iterdir()):
                raise StoreError(self.path, f"is a folder with other files and no {MANIFEST}, so it is not "
                                 "a run store", "Pass an empty or new folder for the store")
            if not create:
                raise StoreError(self.path, "does not exist",
                                 "Run `python -m analysis analyze ... --store DIR` first")
            self._create()
        self.manifest(readable=False)  # refuse a damaged or newer store now

    def _create(self) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            with self._locked():
                if not (self.path / MANIFEST).exists():
                    self._commit(empty_manifest())
        except OSError as exc:
            raise StoreError(self.path, f"cannot be created ({exc.strerror})",
                             "Pass a folder you can write to") from None

    # --- reading -------------------------------------------------------------------------------------

    def manifest(self, readable: bool = True) -> dict:
        """The committed manifest. With ``readable``, refuse a store of an older schema too."""
        try:
            data = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(self.path, f"its {MANIFEST} cannot be read ({exc})",
                             "The store holds only results that can be computed again: delete the folder "
                             "and run again") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StoreError(self.path, f"its {MANIFEST} is not the manifest of a run store",
                             "Pass another folder, or delete this one if it is a damaged store")
        found = data.get("schema_version")
        if not isinstance(found, int) or found > SCHEMA_VERSION:
            raise StoreError(self.path, f"was written with store schema {found!r} by framing-analysis "
                             f"{data.get('written_by')}, newer than this version's schema {SCHEMA_VERSION}",
                             "Use that version of framing-analysis, or pass another --store folder")
        if readable and found < SCHEMA_VERSION:
            raise StoreError(self.path, f"was written with the older store schema {found} (this version "
                             f"reads schema {SCHEMA_VERSION})", "Run `analyze` or `report` with this store "
                             "again: it is rebuilt, analysing the articles anew")
        return data

    def files(self, table: str, manifest: dict | None = None) -> list[Path]:
        """The committed Parquet files of ``table``."""
        manifest = manifest or self.manifest()
        return [self.path / part["files"][table] for part in manifest["parts"] if table in part["files"]]

    def run_entry(self, run_id: str | None = None, manifest: dict | None = None) -> dict:
        """The record of run ``run_id`` (default: the latest)."""
        runs = (manifest or self.manifest())["runs"]
        if not runs:
            raise StoreError(self.path, "holds no finished run yet", "Run `analyze ... --store DIR` first")
        if run_id is None:
            return runs[-1]
        for entry in runs:
            if entry["id"] == run_id:
                return entry
        raise StoreError(self.path, f"holds no run {run_id!r}", "One of: " + ", ".join(r["id"] for r in runs))

    def size_bytes(self) -> int:
        """Bytes of the committed files."""
        manifest = self.manifest()
        paths = [self.path / MANIFEST] + [self.path / r["file"] for r in manifest["runs"]]
        paths += [p for t in TABLES for p in self.files(t, manifest)]
        return sum(p.stat().st_size for p in paths if p.exists())

    # --- writing -------------------------------------------------------------------------------------

    def _locked(self, wait: float = LOCK_WAIT_SECONDS):
        return store_lock(self.path, self.path / LOCK, wait)

    @contextmanager
    def writer(self, wait: float = LOCK_WAIT_SECONDS):
        """Hold the store's lock and yield a :class:`Writer`; an older-schema store is emptied first."""
        with self._locked(wait):
            manifest = self.manifest(readable=False)
            if manifest["schema_version"] < SCHEMA_VERSION:
                log.warning("%s: store schema %s is older than %s; rebuilding", self.path,
                            manifest["schema_version"], SCHEMA_VERSION)
                manifest = empty_manifest()
                manifest["rebuilt_from_schema"] = self.manifest(readable=False)["schema_version"]
                self._commit(manifest)
            self._remove_uncommitted(manifest)
            set_aside = check_store(self, manifest)
            yield Writer(self, manifest, set_aside)

    def _commit(self, manifest: dict) -> None:
        manifest["generation"] = manifest.get("generation", 0) + 1
        manifest["written_by"] = _package_version()
        tmp = self.path / f".{MANIFEST}.{os.getpid()}.tmp"
        with self.writing(tmp):
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(manifest, fh, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path / MANIFEST)
        _fsync_dir(self.path)

    @contextmanager
    def writing(self, leftover: Path):
        """Turn a full disk while writing into the store into an :class:`OutputError` naming the store,
        after removing ``leftover`` (what was being written); what the store committed before stays."""
        try:
            yield
        except OSError as exc:
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise OutputError(f"{self.path}: the disk is full (writing the run store); free some space "
                                  "or pass another --store. The store keeps every batch finished before, and "
                                  "the next run reuses them") from None
            raise

    def _remove_uncommitted(self, manifest: dict) -> None:
        """Delete what a killed writer left: part folders and run files the manifest does not name."""
        keep = {part["id"] for part in manifest["parts"]} | {Path(r["file"]).name for r in manifest["runs"]}
        for folder in ("parts", "runs"):
            for item in (self.path / folder).iterdir() if (self.path / folder).is_dir() else ():
                if item.name not in keep:
                    shutil.rmtree(item) if item.is_dir() else item.unlink()
        for tmp in self.path.glob(f".{MANIFEST}.*.tmp"):
            tmp.unlink()


def _own_file(name: str) -> bool:
    """Whether ``name`` in a store's top folder is the store's own: the lock, or a manifest just being written
    by another process creating the same store at this moment (it takes the lock and checks again)."""
    return name in (LOCK, MANIFEST) or (name.startswith(f".{MANIFEST}.") and name.endswith(".tmp"))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Writer:
    """Adds parts and runs to a store whose lock is held; each addition is committed at once."""

    def __init__(self, store: RunStore, manifest: dict, set_aside: list[str] | None = None):
        self.store = store
        self.manifest = manifest
        #: warnings about damaged parts and run files moved to ``damaged/`` when the lock was taken
        self.set_aside = set_aside or []

    def known_keys(self) -> set[str]:
        """Keys of every article whose results the store holds."""
        import pyarrow.parquet as pq

        keys: set[str] = set()
        for path in (p for table in KEYED_TABLES for p in self.store.files(table, self.manifest)):
            keys.update(pq.read_table(path, columns=["key"]).column("key").to_pylist())
        return keys

    def add_part(self, rows: dict, n_articles: int, settings: str) -> dict:
        """Write one analysed batch (per table, its rows as columns or as row dicts) as a part and commit it."""
        import pyarrow.parquet as pq

        part_id = _new_id()
        tmp = self.store.path / "parts" / f".tmp-{part_id}"
        files, checks = {}, {}
        with self.store.writing(tmp):
            tmp.mkdir(parents=True)
            for table in TABLES:
                if rows.get(table) and n_rows(rows[table]):
                    pq.write_table(to_arrow(table, rows[table]), tmp / f"{table}.parquet", compression="zstd")
                    files[table] = f"parts/{part_id}/{table}.parquet"
                    checks[table] = file_record(tmp / f"{table}.parquet")
            os.rename(tmp, self.store.path / "parts" / part_id)
        entry = {"id": part_id, "articles": n_articles, "settings": settings, "files": files, "checks": checks}
        self.manifest["parts"].append(entry)
        self.store._commit(self.manifest)
        return entry

    def add_run(self, listing: list[tuple[str, str, str]], record: dict) -> dict:
        """Write a run's article list (key, article_id, source_path, in order) and commit its record."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        run_id = record.get("id") or _new_id()
        folder = self.store.path / "runs"
        folder.mkdir(exist_ok=True)
        keys, ids, paths = (list(column) for column in zip(*listing)) if listing else ([], [], [])
        table = pa.table({"position": pa.array(range(len(keys)), pa.int64()),
                          "key": pa.array(keys, pa.string()), "article_id": pa.array(ids, pa.string()),
                          "source_path": pa.array(paths, pa.string())})
        tmp = folder / f".tmp-{run_id}.parquet"
        with self.store.writing(tmp):
            pq.write_table(table, tmp)
            os.rename(tmp, folder / f"{run_id}.parquet")
        entry = {**record, "id": run_id, "file": f"runs/{run_id}.parquet"}
        self.manifest["runs"].append(entry)
        self.store._commit(self.manifest)
        return entry
