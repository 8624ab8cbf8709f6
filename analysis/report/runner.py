"""Run the notebook suite with papermill in this process and publish a report folder.

A run works in ``reports/.tmp-*`` and is published by one rename to ``reports/<UTC time>-<name>/`` only when
every notebook succeeded; ``reports/latest`` then points at it (replaced by a second rename, so it always
points at a complete report). A published folder is never written again: a run whose folder name is taken
gets ``-2``, ``-3`` ... A failed run keeps the failed notebook (with papermill's error banner) under
``reports/failed/<run>/`` and changes nothing else. A run stopped by Ctrl-C or SIGTERM kills its kernels and
removes its work folder at once; a run killed outright leaves only its ``.tmp-*`` folder, which the next run
removes once no process holds its lock. Runs started together publish into separate folders.

Everything that can be checked before the long part is checked first: the notebooks and their parameters,
the lexicon and actors files, the corpus (bad files are skipped and listed), and whether the reports folder
can be written and has room.
"""
from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import platform
import re
import shutil
import signal
import sys
import threading
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml

from ..errors import InputError, NotebookFailed, OutputError, ParameterError
from .params import coerce, declared_parameters
from ..paths import NOTEBOOKS_DIR, REPORTS_DIR, SEED_ARTICLES
from .publish import export_html, extract_figures, file_digest, write_index

log = logging.getLogger("analysis.report.runner")

#: Free space a run needs before it starts (bytes), besides :data:`SPACE_PER_INPUT_BYTE` per byte of
#: article text; a report of the three seed articles takes about 5 MB.
MIN_FREE_BYTES = 50 * 1024 * 1024
#: Bytes of report per byte of article text (tables, cached tables, HTML pages that quote the text).
SPACE_PER_INPUT_BYTE = 20
NOTEBOOK_PATTERN = re.compile(r"^\d\d_\w+\.ipynb$")
#: Parameters that hold paths: made absolute from the current folder before the notebooks, which run in
#: their own folder, get them. ``lexicon`` is a comma-separated list of paths.
PATH_PARAMETERS = ("corpus", "lexicon", "actors", "background", "tables_dir")
LIST_PARAMETERS = ("lexicon",)
#: Prefix of the folder a run works in; such a folder is never a report.
TMP_PREFIX = ".tmp-"
LOCK_NAME = ".lock"
#: Prefix of the socket folders made in the system's temporary folder when the run's own path is too long.
IPC_PREFIX = "fa-ipc-"
#: Errors raised inside a notebook that mean the input was wrong, not the notebook (exit code 2).
INPUT_ERRORS = frozenset({"InputError", "CorpusError", "LexiconError", "ParameterError"})
#: Written errno values that mean "the output folder cannot take this", reported as OutputError.
OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG})


class NotebookInputError(NotebookFailed, InputError):
    """A notebook stopped on bad input (a parameter value, a corpus or lexicon file): exit code 2."""

    exit_code = 2


@dataclass(frozen=True)
class RunOptions:
    """One report run. ``params`` are notebook parameters (each goes to the notebooks that declare it);
    ``notebooks`` are names or name prefixes (empty: every numbered notebook in ``notebook_dir``);
    ``workers`` is how many notebooks run at once."""

    corpus: str = str(SEED_ARTICLES)
    params: dict = field(default_factory=dict)
    notebooks: tuple[str, ...] = ()
    out: str = str(REPORTS_DIR)
    name: str = "report"
    progress: bool = False
    workers: int = 2
    notebook_dir: str = str(NOTEBOOKS_DIR)
    store: str = ""  # run store to reuse and update ('' = a new one in the report's store/; docs/store.md)
    scheduler: str = ""  # Dask scheduler address (tcp://host:8786) to analyse on; '' = local processes


def suite(options: RunOptions) -> list[Path]:
    """The notebooks the run will execute, in order (``NN_name.ipynb`` files of ``notebook_dir``)."""
    folder = Path(options.notebook_dir).resolve()
    found = sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))
    if not found:
        raise ParameterError("notebook_dir", f"{folder} holds no report notebooks (NN_name.ipynb)",
                             "a folder of numbered notebooks such as notebooks/")
    if not options.notebooks:
        return found
    chosen = []
    for wanted in options.notebooks:
        match = [p for p in found if p.stem == wanted or p.stem.startswith(wanted) or p.name == wanted]
        if not match:
            raise ParameterError("notebooks", f"no notebook called {wanted!r}",
                                 "one of: " + ", ".join(p.stem for p in found))
        chosen.extend(m for m in match if m not in chosen)
    return chosen


def notebook_parameters(path: Path) -> dict[str, dict]:
    """``{name: {type, default, help}}`` of a notebook's parameters cell (see
    :func:`analysis.report.params.declared_parameters`)."""
    return declared_parameters(path)


def _absolute(name: str, value):
    if name not in PATH_PARAMETERS or not isinstance(value, str) or not value.strip():
        return value
    if name in LIST_PARAMETERS:
        return ",".join(str(Path(p.strip()).resolve()) for p in value.split(",") if p.strip())
    return str(Path(value).resolve())


def plan(options: RunOptions, notebooks: list[Path]) -> dict[str, dict]:
    """The parameters each notebook gets, validated before anything runs; paths made absolute.

    Raises :class:`ParameterError` for a name no notebook declares or a value of the wrong type.
    """
    declared = {nb.stem: notebook_parameters(nb) for nb in notebooks}
    given = dict(options.params)
    given["corpus"] = options.corpus
    known = sorted({name for params in declared.values() for name in params})
    for name in given:
        if name not in known:
            raise ParameterError(name, "no notebook of this run has such a parameter",
                                 "one of: " + ", ".join(known))
    per_notebook = {}
    for stem, params in declared.items():
        values = {}
        for name, value in given.items():
            if name in params:
                values[name] = _absolute(name, coerce(name, value, params[name]["type"]))
        per_notebook[stem] = values
    return per_notebook


def read_params_file(path: str | Path) -> dict:
    """Parameters from a YAML mapping (safe loader); a clear :class:`ParameterError` otherwise."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ParameterError("--params", f"{path} does not exist", "the path of a YAML file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ParameterError("--params", f"{path} cannot be read ({exc})", "a UTF-8 YAML file") from None
    except yaml.YAMLError as exc:
        raise ParameterError("--params", f"{path} is not valid YAML ({exc})",
                             "a YAML mapping name: value") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterError("--params", f"{path} holds a {type(data).__name__}, not a mapping",
                             "lines of the form name: value")
    return {str(k): v for k, v in data.items()}


def parse_assignment(text: str) -> tuple[str, object]:
    """``name=value`` from the command line; the value is read as YAML (numbers, true/false, lists) with the
    safe loader, and kept as text when it is not plain YAML."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise ParameterError(text, "is not of the form name=value", "name=value, for example -p top_n=15")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return name.strip(), value


def _run_config(per_notebook: dict[str, dict]):
    """The analysis settings the notebooks will ask for (their ``lexicon`` and ``actors``), loaded once
    here so that a broken lexicon file stops the run before any notebook starts."""
    from ..pipeline import analyzer_for
    from .session import make_config

    values = next((v for v in per_notebook.values() if "lexicon" in v or "actors" in v), {})
    config = make_config(lexicon=values.get("lexicon", ""), actors=values.get("actors", ""))
    analyzer_for(config)  # raises LexiconError naming the file and the entry
    return config


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


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def safe_name(name: str) -> str:
    """``name`` reduced to letters, digits, ``_``, ``.`` and ``-`` (at most 60), never starting with a dot:
    a run's name can never leave the reports folder or hide as a dot-folder."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip(".-")[:60].strip(".-")
    return cleaned or "report"


def _readable(folder: Path) -> None:
    """Give the run folder the usual permissions (mkdtemp makes it private to its owner)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(folder, 0o777 & ~umask)


def _lock(tmp: Path):
    """Hold an exclusive lock on ``tmp/.lock`` for as long as this process lives (or until closed)."""
    fh = open(tmp / LOCK_NAME, "w")
    fcntl.flock(fh, fcntl.LOCK_EX)
    return fh


def remove_leftovers(out: Path) -> list[str]:
    """Delete ``.tmp-*`` folders in ``out`` (and socket folders in the system's temporary folder) of runs
    that were killed: their lock file is held by no process. Returns their names. Folders of runs still
    working are left alone."""
    removed = []
    candidates = [*out.glob(TMP_PREFIX + "*"), *Path(tempfile.gettempdir()).glob(IPC_PREFIX + "*")]
    for folder in sorted(candidates):
        lock = folder / LOCK_NAME
        try:
            fh = open(lock, "r+")
        except OSError:
            continue  # no lock file: not ours, or a run that is being published right now
        with fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a live run holds it
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def list_reports(out: str | Path = REPORTS_DIR) -> list[Path]:
    """Published reports in ``out``, oldest first: folders with a ``manifest.json`` whose status is ok.
    Runs in progress or killed (``.tmp-*``), ``failed/`` and ``latest`` are not reports."""
    found = []
    for folder in sorted(Path(out).iterdir()) if Path(out).is_dir() else ():
        if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if manifest.get("status") == "ok":
            found.append(folder)
    return found


def _publish(tmp: Path, out: Path, folder_name: str, lock, name_files) -> Path:
    """Rename the finished run into place (never over an existing report) and repoint ``latest``.

    ``name_files(folder)`` writes the files that state the folder's name (manifest, index) before each try.
    """
    (tmp / LOCK_NAME).unlink()  # still locked through ``lock`` until the rename is done
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
    lock.close()
    link = out / "latest"
    tmp_link = out / f".latest-{os.getpid()}-{time.monotonic_ns()}"
    os.symlink(target.name, tmp_link)
    os.replace(tmp_link, link)
    return target


def _ipc_kernel_manager(prefix: Path, started: list):
    """A kernel manager class talking to its kernel over IPC sockets under ``prefix`` (no TCP ports, and
    no warning about unencrypted TCP from ipykernel), with its connection file there too, so a killed run
    leaves nothing outside its own folder. Each manager made is appended to ``started``."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    def __init__(self, *args, **kwargs):
        AsyncKernelManager.__init__(self, *args, **kwargs)
        started.append(self)

    return type("IpcKernelManager", (AsyncKernelManager,), {
        "transport": Unicode("ipc"), "ip": Unicode(str(prefix)),
        "connection_file": Unicode(str(prefix) + "-kernel.json"), "__init__": __init__,
    })


def _kill_kernels(managers: list) -> None:
    """Kill the kernels of ``managers`` at once (the run is being stopped); their notebooks then fail fast."""
    for km in managers:
        pid = getattr(getattr(km, "provisioner", None), "pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


#: Longest path of a Unix socket (``sun_path`` holds 108 bytes with the final NUL), less room for the
#: ``/k<n>-<port>`` a kernel's socket names add.
IPC_PATH_LIMIT = 107 - 12


def _ipc_dir(tmp: Path):
    """Where the kernels' sockets go: ``tmp/.ipc`` when its path is short enough for a Unix socket, else a
    new private, locked folder in the system's temporary folder. Returns (folder, lock or None); a folder with
    a lock is removed when the run ends, or by a later run when this one was killed."""
    inside = tmp / ".ipc"
    if len(str(inside)) <= IPC_PATH_LIMIT:
        inside.mkdir()
        return inside, None
    outside = Path(tempfile.mkdtemp(prefix=IPC_PREFIX))
    return outside, _lock(outside)


def _import_papermill():
    """Import papermill without ``rfc3987_syntax``: jsonschema (through nbformat) imports that optional
    package only to check IRI string formats, which notebook validation never uses, and building its grammar
    costs about 1 s of every run (measured with ``python -X importtime``). Only this process is affected."""
    sys.modules.setdefault("rfc3987_syntax", None)
    import papermill

    return papermill


def _execute(nb: Path, out_nb: Path, params: dict, cwd: Path, ipc: Path, kernels: list) -> dict:
    papermill = _import_papermill()

    started = time.monotonic()
    papermill.execute_notebook(str(nb), str(out_nb), parameters=params, cwd=str(cwd), progress_bar=False,
                               log_output=False, report_mode=False, kernel_name="python3",
                               kernel_manager_class=_ipc_kernel_manager(ipc, kernels))
    return {"notebook": nb.stem, "status": "ok", "seconds": round(time.monotonic() - started, 2)}


def _failure(exc: Exception) -> tuple[int | None, str, str]:
    cell = getattr(exc, "cell_index", None)
    ename, evalue = getattr(exc, "ename", type(exc).__name__), getattr(exc, "evalue", str(exc))
    return cell, ename, f"{ename}: {evalue}"


def _output_error(exc: OSError, where: Path) -> OutputError:
    return OutputError(f"{where}: writing the report failed ({exc.strerror or exc}); "
                       "free some space or pass another --out. Earlier reports are unchanged")


def run_report(options: RunOptions) -> Path:
    """Execute the suite and publish the report folder; returns its path.

    Raises :class:`ParameterError`, :class:`~analysis.errors.CorpusError` or
    :class:`~analysis.errors.LexiconError` before anything runs, :class:`OutputError` when the reports folder
    cannot be written or has no room (checked before the work, and if a write fails during it),
    :class:`NotebookFailed` (or :class:`NotebookInputError` when a notebook rejected its input) when a
    notebook fails. Earlier reports and ``latest`` stay untouched whenever a run does not succeed.
    """
    from ..corpus import load_corpus
    from ..batches import Plan
    from .session import DEFAULT_STORE, RUN_ENV, STORE_ENV, store_run

    started_at = datetime.now(timezone.utc)
    _import_papermill()
    out = Path(options.out).resolve()
    notebooks = suite(options)
    per_notebook = plan(options, notebooks)
    config = _run_config(per_notebook)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(options.corpus, skip_bad=True)
    text_bytes = sum(len(a.text.encode("utf-8")) for a in corpus)
    check_output(out, MIN_FREE_BYTES + SPACE_PER_INPUT_BYTE * text_bytes)
    removed = remove_leftovers(out)
    name = safe_name(options.name)
    folder_name = f"{_stamp()}-{name}"
    tmp = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{folder_name}-", dir=out))
    lock = _lock(tmp)
    handler = logging.FileHandler(tmp / "run.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    say = (lambda msg: print(msg, file=sys.stderr, flush=True)) if options.progress else (lambda msg: None)
    saved_env = {k: os.environ.get(k) for k in (STORE_ENV, RUN_ENV)}
    try:
        log.info("run %s: %d notebooks, corpus %s", folder_name, len(notebooks), options.corpus)
        for leftover in removed:
            log.info("removed %s, left by a run that was killed", leftover)
        for w in caught:
            log.warning("%s", w.message)
        for problem in corpus.problems:
            log.warning("skipped: %s", problem.message)
        say(f"analysing {len(corpus)} article(s) ...")
        how = Plan(workers=min(4, os.cpu_count() or 1) if len(corpus) >= 200 else 1,
                   scheduler=options.scheduler)
        stored, env, tables = store_run(corpus, config, options.store or tmp / DEFAULT_STORE, how,
                                        tmp / "tables")
        os.environ.update(env)
        log.info("analysed %d articles, reused %d (%d skipped)", stored["analysed"], stored["reused"],
                 len(corpus.problems))
        results = _run_notebooks(notebooks, per_notebook, tmp, out, folder_name, options, say)
        say("writing HTML ...")
        pages = []
        for nb in notebooks:
            executed = tmp / "notebooks" / f"{nb.stem}.ipynb"
            pages.append(export_html(executed, tmp / f"{nb.stem}.html"))
            extract_figures(executed, tmp / "figures")
        shutil.rmtree(tmp / ".cache", ignore_errors=True)
        shutil.rmtree(tmp / ".ipc", ignore_errors=True)
        ended_at = datetime.now(timezone.utc)
        manifest = {
            "name": name, "folder": folder_name, "status": "ok",
            "started": started_at.isoformat(), "ended": ended_at.isoformat(),
            "seconds": round((ended_at - started_at).total_seconds(), 2),
            "corpus": str(Path(options.corpus).resolve()),
            "parameters": per_notebook,
            "inputs": [{"path": str(p), "sha256": file_digest(p)} for p in corpus.source_files],
            "articles": len(corpus),
            "skipped": [vars(p) for p in corpus.problems],
            "warnings": [str(w.message) for w in caught],
            "notebooks": results,
            "store": {"path": options.store or DEFAULT_STORE, "run": stored["id"],
                      "analysed": stored["analysed"], "reused": stored["reused"], "seconds": stored["seconds"]},
            "versions": {**tables.versions, "python": platform.python_version(),
                         "papermill": _lib_version("papermill"), "nbconvert": _lib_version("nbconvert")},
        }

        def name_files(folder: str) -> None:
            manifest["folder"] = folder
            (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
            write_index(tmp / "index.html", manifest, tables, pages)

        log.info("publishing after %.1f s", manifest["seconds"])
        log.removeHandler(handler)
        handler.close()
        _readable(tmp)
        target = _publish(tmp, out, folder_name, lock, name_files)
        say(f"report: {target / 'index.html'}")
        return target
    except OSError as exc:
        if exc.errno in OUTPUT_ERRNOS:
            raise _output_error(exc, out) from None
        raise
    finally:
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        log.removeHandler(handler)
        handler.close()
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        lock.close()


def _lib_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def _keep_failed(out: Path, folder_name: str, tmp: Path, stem: str) -> Path | None:
    """Copy the failed notebook and the run's log to a new ``failed/<run>[-n]/`` folder; its path."""
    executed = tmp / "notebooks" / f"{stem}.ipynb"
    for n in range(1, 1000):
        kept_dir = out / "failed" / (folder_name if n == 1 else f"{folder_name}-{n}")
        try:
            kept_dir.mkdir(parents=True)
        except FileExistsError:
            continue
        break
    shutil.copy2(tmp / "run.log", kept_dir / "run.log")
    if not executed.exists():  # the kernel died before papermill wrote anything
        return kept_dir
    shutil.copy2(executed, kept_dir / executed.name)
    return kept_dir / executed.name


def _run_notebooks(notebooks, per_notebook, tmp: Path, out: Path, folder_name: str, options: RunOptions, say):
    (tmp / "notebooks").mkdir()
    ipc, ipc_lock = _ipc_dir(tmp)
    try:
        results, failed = _run_all(notebooks, per_notebook, tmp, ipc, options, say)
    finally:
        if ipc_lock is not None:
            shutil.rmtree(ipc, ignore_errors=True)
            ipc_lock.close()
    if failed:
        nb, exc = failed
        cell, ename, error = _failure(exc)
        kept = _keep_failed(out, folder_name, tmp, nb.stem)
        kind = NotebookInputError if ename in INPUT_ERRORS else NotebookFailed
        raise kind(nb.stem, cell, error, kept)
    return results


def _run_all(notebooks, per_notebook, tmp: Path, ipc: Path, options: RunOptions, say):
    """Run the notebooks, ``options.workers`` at once.

    Returns (results, the first failure as (notebook, error) or None)."""
    jobs, kernels = {}, []
    # The biggest notebooks (most cells, most work) start first so that the short ones fill the gaps.
    order = sorted(enumerate(notebooks, 1), key=lambda item: -item[1].stat().st_size)
    with ThreadPoolExecutor(max(1, options.workers)) as pool:
        for n, nb in order:
            out_nb = tmp / "notebooks" / f"{nb.stem}.ipynb"
            jobs[nb] = pool.submit(_execute, nb, out_nb, per_notebook[nb.stem], nb.parent, ipc / f"k{n}",
                                   kernels)
        results, failed = [], None
        try:
            for i, nb in enumerate(notebooks, 1):
                job = jobs[nb]
                try:
                    results.append(job.result())
                    say(f"[{i}/{len(notebooks)}] {nb.stem} ok ({results[-1]['seconds']} s)")
                    log.info("%s ok in %s s", nb.stem, results[-1]["seconds"])
                except Exception as exc:  # noqa: BLE001 - any failure (error, dead kernel) fails the run
                    failed = failed or (nb, exc)
                    results.append({"notebook": nb.stem, "status": "failed"})
                    log.error("%s failed: %s", nb.stem, _failure(exc)[2])
                    say(f"[{i}/{len(notebooks)}] {nb.stem} FAILED")
        except BaseException:  # Ctrl-C or SIGTERM: stop the notebooks now instead of waiting for them
            pool.shutdown(wait=False, cancel_futures=True)
            _kill_kernels(kernels)
            raise
    return results, failed


def _stop_on_sigterm() -> None:
    """Make SIGTERM (``timeout``, systemd, a scheduler stopping the job) stop the run the way Ctrl-C does:
    kernels killed, the work folder removed, earlier reports untouched; exit code 143."""
    def stop(signum, frame):
        print("stopped by SIGTERM; earlier reports are unchanged", file=sys.stderr, flush=True)
        raise SystemExit(128 + signum)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)


def run_from_args(args) -> int:
    """The ``report`` command: build :class:`RunOptions` from parsed arguments, run, print a summary."""
    _stop_on_sigterm()
    params = read_params_file(args.params) if args.params else {}
    corpus = args.corpus or params.pop("corpus", None) or str(SEED_ARTICLES)
    params.pop("corpus", None)
    for item in args.param:
        name, value = parse_assignment(item)
        if name == "corpus":
            corpus = str(value)
        else:
            params[name] = value
    options = RunOptions(
        corpus=corpus, params=params, notebooks=tuple(args.notebooks or ()),
        out=args.out or str(REPORTS_DIR), name=args.name,
        progress=not args.quiet and sys.stderr.isatty(),
        notebook_dir=args.notebook_dir or str(NOTEBOOKS_DIR),
        store=getattr(args, "store", None) or "", scheduler=getattr(args, "scheduler", None) or "",
    )
    target = run_report(options)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    print(summary(manifest, target))
    return 0


def summary(manifest: dict, target: Path) -> str:
    """What the command line prints after a run: where the report is, and every file that was skipped."""
    lines = [f"report written to {target / 'index.html'}",
             f"{manifest['articles']} article(s) from {len(manifest['inputs'])} file(s), "
             f"{len(manifest['notebooks'])} notebook(s) in {manifest['seconds']} s"]
    skipped = manifest.get("skipped", [])
    if skipped:
        lines.append(f"{len(skipped)} file(s) or record(s) skipped (listed in manifest.json):")
        lines.extend(f"  skipped: {p['message']}" for p in skipped)
    return "\n".join(lines)
