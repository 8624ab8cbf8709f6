"""Run the notebook suite with papermill in this process and publish a report folder.

A run works in ``reports/.tmp-*`` and is published by one rename to ``reports/<UTC time>-<name>/`` only when
every notebook succeeded; ``reports/latest`` and ``reports/latest-<name>`` then point at it (each replaced
by a rename, so it always points at a complete report). A published folder is never written again: a run
whose folder name is taken gets ``-2``, ``-3`` ... A run that fails keeps its executed notebooks (the failed
one with papermill's error banner) and ``run.log`` under ``reports/failed/<run>/`` and changes nothing else.
A run stopped by Ctrl-C or SIGTERM kills its kernels and removes its work folder at once; a run killed
outright leaves only its ``.tmp-*`` folder (its worker processes die with it), which the next run removes
once no process holds its lock. Runs started together publish into separate folders.

Nothing in a run depends on the process's working folder: every path is made absolute before any work,
and each notebook's kernel gets its own working folder (see :mod:`analysis.report.run.kernels`).

Everything that can be checked before the long part is checked first: the notebooks and their parameters,
the lexicon and actors files, the corpus (bad files are skipped and listed), and whether the reports folder
can be written and has room. The modules: :mod:`.options` (what to run), :mod:`.folders` (work folders,
locks, publishing, pointers), :mod:`.kernels` (running the notebooks), this one (a run from start to end).
"""
from __future__ import annotations

import errno
import json
import logging
import os
import platform
import shutil
import signal
import sys
import threading
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from analysis.errors import InputError, NotebookFailed, OutputError, is_disk_full
from analysis.paths import NOTEBOOKS_DIR, REPORTS_DIR, SEED_ARTICLES
from analysis.report.run.folders import (  # noqa: F401 - re-exported: the runner's public names
    LATEST, MIN_FREE_BYTES, SPACE_PER_INPUT_BYTE, TMP_PREFIX, check_output, check_temp, keep_failed,
    list_reports, make_readable, new_work_folder, point, publish, release, remove_leftovers, safe_name, stamp,
)
from analysis.report.run.kernels import failure, import_papermill, ipc_folder, run_all, workers_die_with_this_process
from analysis.report.run.options import (  # noqa: F401 - re-exported
    NOTEBOOK_PATTERN, PATH_PARAMETERS, TABLES_PARAMETER, RunOptions, notebook_parameters, plan, suite,
    with_tables_folder,
)
from analysis.report.run.params import parse_assignment, read_params_file  # noqa: F401 - re-exported
from analysis.compare.audit import audit_report
from analysis.report.run.publish import export_html, extract_figures, file_digest, neutralise_tables, write_index

log = logging.getLogger("analysis.report.run.runner")

#: Errors raised inside a notebook that mean the input was wrong, not the notebook (exit code 2).
INPUT_ERRORS = frozenset({"InputError", "CorpusError", "LexiconError", "ParameterError"})
#: Written errno values that mean "the output folder cannot take this", reported as OutputError.
OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG})
#: The analysis of a run sets environment variables for its own cache while it works: one at a time.
_ENVIRONMENT = threading.Lock()


class NotebookInputError(NotebookFailed, InputError):
    """A notebook stopped on bad input (a parameter value, a corpus or lexicon file): exit code 2."""

    exit_code = 2


@dataclass
class _Run:
    """A run's state from the first check to publishing."""

    options: RunOptions
    notebooks: list[Path]
    per_notebook: dict[str, dict]
    config: object
    corpus: object
    caught: list
    inputs: list[dict]
    started_at: datetime
    folder_name: str = ""
    tmp: Path = Path()
    lock: object = None
    removed: list[str] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)
    notebooks_ran: bool = False
    stored: dict = field(default_factory=dict)

    @property
    def out(self) -> Path:
        return Path(self.options.out)

    def say(self, message: str) -> None:
        if self.options.progress:
            print(message, file=sys.stderr, flush=True)


def run_report(options: RunOptions) -> Path:
    """Execute the suite and publish the report folder; returns its path.

    Raises :class:`~analysis.errors.ParameterError`, :class:`~analysis.errors.CorpusError` or
    :class:`~analysis.errors.LexiconError` before anything runs, :class:`OutputError` when the reports folder
    cannot be written or has no room (checked before the work, and if a write fails during it),
    :class:`NotebookFailed` (or :class:`NotebookInputError` when a notebook rejected its input) when a
    notebook fails. Earlier reports and the ``latest`` pointers stay untouched whenever a run does not
    succeed.
    """
    run = _prepare(options)
    out = run.out
    check_temp()
    if out.is_dir():  # what killed runs left is cleared before the free space is measured
        run.removed = remove_leftovers(out)
    check_output(out, MIN_FREE_BYTES + SPACE_PER_INPUT_BYTE * sum(len(a.text.encode()) for a in run.corpus))
    run.folder_name = f"{stamp()}-{safe_name(options.name)}"
    run.tmp, run.lock = new_work_folder(out, run.folder_name)
    handler = _log_to(run.tmp / "run.log")
    target = None
    try:
        target = _work(run)
    except OSError as exc:
        if exc.errno in OUTPUT_ERRNOS:
            raise OutputError(f"{out}: writing the report failed ({exc.strerror or exc}); free some space or "
                              "pass another --out. Earlier reports are unchanged") from None
        _keep_after_notebooks(run, exc, handler)
        raise
    except Exception as exc:
        _keep_after_notebooks(run, exc, handler)
        raise
    finally:
        log.removeHandler(handler)
        handler.close()
        if target is None:
            release(run.tmp, run.lock)
    for pointer in (LATEST, f"{LATEST}-{safe_name(options.name)}"):
        problem = point(out, pointer, target)
        if problem:
            print(f"warning: {problem}", file=sys.stderr, flush=True)
    run.say(f"report: {target / 'index.html'}")
    return target


def _prepare(options: RunOptions) -> _Run:
    """Every check that needs no work folder: options, notebooks, parameters, lexicons, the corpus, and the
    digests of the input files (taken now, so a file that cannot be read is known before any work)."""
    from analysis.corpus import load_corpus

    started_at = datetime.now(timezone.utc)
    import_papermill()
    options = options.absolute()
    notebooks = suite(options)
    per_notebook = plan(options, notebooks)
    config = _run_config(per_notebook)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(options.corpus, skip_bad=True, follow_links=options.follow_links)
    inputs = input_digests(corpus, Path(options.corpus))
    return _Run(options, notebooks, per_notebook, config, corpus, list(caught), inputs, started_at)


def input_digests(corpus, base: Path) -> list[dict]:
    """``[{"path", "sha256"}]`` of the files the articles came from (files skipped whole are left out),
    paths relative to the corpus folder ``base``. A file that cannot be read again gets ``sha256: null`` and
    an ``error``: the articles were read already, so this never stops the run."""
    whole_file_problems = {p.path for p in corpus.problems if p.line is None}
    folder = base if base.is_dir() else base.parent
    inputs = []
    for path in corpus.source_files:
        if path in whole_file_problems:
            continue
        entry = {"path": _relative(Path(path), folder)}
        try:
            entry["sha256"] = file_digest(path)
        except OSError as exc:
            entry.update(sha256=None, error=exc.strerror or str(exc))
        inputs.append(entry)
    return inputs


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


def _work(run: _Run) -> Path:
    """Analyse, run the notebooks, write pages and manifest, publish. Returns the report's folder."""
    tmp = run.tmp
    log.info("run %s: %d notebooks, corpus %s", run.folder_name, len(run.notebooks), run.options.corpus)
    for leftover in run.removed:
        log.info("removed %s, left by a run that was killed", leftover)
    for w in run.caught:
        log.warning("%s", w.message)
    for problem in run.corpus.problems:
        log.warning("skipped: %s", problem.message)
    for entry in run.inputs:
        if entry["sha256"] is None:
            log.warning("%s: read, but could not be read again for its digest (%s)", entry["path"],
                        entry["error"])
    run.say(f"analysing {len(run.corpus)} article(s) ...")
    tables, env = _analyze(run)
    if run.options.series_runs:
        from analysis.report.run.changes import write_changes
        write_changes(run, tables, env)
    _run_notebooks(run, env)
    run.notebooks_ran = True
    run.say("writing HTML ...")
    pages = []
    for nb in run.notebooks:
        pages.append(export_html(tmp / "notebooks" / f"{nb.stem}.ipynb", tmp / f"{nb.stem}.html"))
        extract_figures(tmp / "notebooks" / f"{nb.stem}.ipynb", tmp / "figures")
    neutralise_tables(tmp / "tables")
    for scratch in (".cache", ".ipc"):
        shutil.rmtree(tmp / scratch, ignore_errors=True)
    manifest = _manifest(run, tables)

    def name_files(folder: str) -> None:
        from analysis.report.pages.session import RUN_ENV, STORE_ENV, StoredMatches

        manifest["folder"] = folder
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
        with StoredMatches(env[STORE_ENV], env[RUN_ENV]) as stored:
            write_index(tmp / "index.html", manifest, tables, pages, corpus=run.corpus, stored=stored)
        manifest["audit"] = audit_report(tmp, run.corpus)  # every sentence checked against the texts
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")

    log.info("publishing after %.1f s", manifest["seconds"])
    make_readable(tmp)
    return publish(tmp, run.out, run.folder_name, run.lock, name_files)


def _analyze(run: _Run):
    """Analyse the corpus once for every notebook into the run store (reusing what the store already has),
    and export the four tables to ``tables/``. Returns the articles table with the versions, and the
    environment the kernels need to read the store."""
    from analysis.batches import Plan
    from analysis.report.pages.session import DEFAULT_STORE, store_run

    options = run.options
    plan = Plan(workers=min(4, os.cpu_count() or 1) if len(run.corpus) >= 200 else 1, scheduler=options.scheduler)
    with _ENVIRONMENT, workers_die_with_this_process():
        stored, env, tables = store_run(run.corpus, run.config, options.store or run.tmp / DEFAULT_STORE, plan,
                                        run.tmp / "tables")
    run.stored = {"path": options.store or DEFAULT_STORE, "run": stored["id"], "analysed": stored["analysed"],
                  "reused": stored["reused"], "seconds": stored["seconds"]}
    log.info("analysed %d articles, reused %d (%d skipped)", stored["analysed"], stored["reused"],
             len(run.corpus.problems))
    return tables, env


class _environment:
    """Set environment variables for the duration of a ``with`` block, then restore them."""

    def __init__(self, values: dict):
        self.values, self.saved = values, {}

    def __enter__(self):
        self.saved = {k: os.environ.get(k) for k in self.values}
        os.environ.update(self.values)

    def __exit__(self, *exc):
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _run_notebooks(run: _Run, env: dict) -> None:
    """Run the notebooks; on a failure keep them and raise :class:`NotebookFailed` (or
    :class:`NotebookInputError`)."""
    (run.tmp / "notebooks").mkdir()
    params = with_tables_folder(run.per_notebook, run.notebooks, run.tmp / "tables")
    with ipc_folder(run.tmp) as ipc:
        kernels = run.options.kernels_for(len(run.corpus))
        if kernels < run.options.workers:
            log.info("%d articles: notebooks run one at a time to bound memory", len(run.corpus))
        run.results, failed = run_all(run.notebooks, params, run.tmp / "notebooks", ipc, kernels, env, run.say)
    if failed:
        nb, exc = failed
        _refuse_full_disk(run, nb, exc)
        cell, ename, error = failure(exc)
        kept = keep_failed(run.out, run.folder_name, run.tmp)
        kind = NotebookInputError if ename in INPUT_ERRORS else NotebookFailed
        raise kind(nb.stem, cell, error, kept / f"{nb.stem}.ipynb" if (kept / f"{nb.stem}.ipynb").exists()
                   else kept)


def _refuse_full_disk(run: _Run, nb: Path, exc: BaseException) -> None:
    """A notebook that failed because the disk filled (in its kernel, or while its output was saved) is a
    full disk, exit code 4, not a failed notebook: nothing is kept (there is no room), nothing published."""
    if is_disk_full(exc):
        raise OutputError(f"{run.out}: the disk is full (notebook {nb.stem} could not write); free some space "
                          "or pass another --out. Earlier reports are unchanged") from None


def _keep_after_notebooks(run: _Run, exc: BaseException, handler) -> None:
    """A run that fails after its notebooks ran keeps them and its log in ``failed/``."""
    if not run.notebooks_ran:
        return
    log.error("the run failed after its notebooks ran: %s: %s", type(exc).__name__, exc)
    handler.flush()
    try:
        kept = keep_failed(run.out, run.folder_name, run.tmp)
    except OSError:
        return
    exc.add_note(f"The executed notebooks and run.log are kept in {kept}")


def _manifest(run: _Run, tables) -> dict:
    ended_at = datetime.now(timezone.utc)
    tables_folder = str(run.tmp / "tables")
    parameters = {stem: {k: ("tables" if v == tables_folder else v) for k, v in values.items()}
                  for stem, values in with_tables_folder(run.per_notebook, run.notebooks,
                                                         run.tmp / "tables").items()}
    return {
        "name": safe_name(run.options.name), "folder": run.folder_name, "status": "ok",
        "started": run.started_at.isoformat(), "ended": ended_at.isoformat(),
        "seconds": round((ended_at - run.started_at).total_seconds(), 2),
        "corpus": run.options.corpus,
        "parameters": parameters,
        "inputs": run.inputs,
        "articles": len(run.corpus),
        "skipped": [vars(p) for p in run.corpus.problems],
        "warnings": [str(w.message) for w in run.caught],
        "notebooks": run.results,
        "store": run.stored,
        "versions": {**tables.versions, "python": platform.python_version(),
                     "papermill": _lib_version("papermill"), "nbconvert": _lib_version("nbconvert")},
    }


def _run_config(per_notebook: dict[str, dict]):
    """The analysis settings the notebooks will ask for (their ``lexicon`` and ``actors``), loaded once
    here so that a broken lexicon file stops the run before any notebook starts."""
    from analysis.pipeline import analyzer_for
    from analysis.report.pages.session import make_config

    values = next((v for v in per_notebook.values() if "lexicon" in v or "actors" in v), {})
    corpus = next((v["corpus"] for v in per_notebook.values() if v.get("corpus")), "")
    config = make_config(lexicon=values.get("lexicon", ""), actors=values.get("actors", ""), corpus=corpus)
    analyzer_for(config)  # raises LexiconError naming the file and the entry
    return config


def _log_to(path: Path) -> logging.Handler:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def _lib_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


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
    from analysis.report.run.changes import after_run
    from analysis.report.run.series import schedule_settings, store_for

    _stop_on_sigterm()
    params, schedule = schedule_settings(read_params_file(args.params) if args.params else {})
    corpus = args.corpus or params.pop("corpus", None) or str(SEED_ARTICLES)
    params.pop("corpus", None)
    for item in args.param:
        name, value = parse_assignment(item)
        if name == "corpus":
            corpus = str(value)
        else:
            params[name] = value
    named, out = getattr(args, "name", None) is not None, args.out or str(REPORTS_DIR)
    store = store_for(args, schedule, os.path.abspath(out))
    options = RunOptions(
        corpus=corpus, params=params, notebooks=tuple(args.notebooks or ()),
        out=out, name=args.name or "report", series_runs=schedule.series_runs if named else 0,
        progress=not args.quiet and sys.stderr.isatty(),
        notebook_dir=args.notebook_dir or str(NOTEBOOKS_DIR),
        store=store, scheduler=getattr(args, "scheduler", None) or "",
        follow_links=bool(getattr(args, "follow_links", False)),
    )
    target = run_report(options)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    print(summary(manifest, target))
    return after_run(target, getattr(args, "alert", False), schedule.alerts) if named else 0


def summary(manifest: dict, target: Path) -> str:
    """What the command line prints after a run: where the report is, and every file that was skipped."""
    lines = [f"report written to {target / 'index.html'}",
             f"{manifest['articles']} article(s) from {len(manifest['inputs'])} file(s), "
             f"{len(manifest['notebooks'])} notebook(s) in {manifest['seconds']} s"]
    skipped = manifest.get("skipped", [])
    if skipped:
        lines.append(f"{len(skipped)} file(s) or record(s) skipped (listed in manifest.json):")
        lines.extend(f"  skipped: {p['message']}" for p in skipped)
    lines.extend(f"warning: {w}" for w in manifest.get("warnings", []))
    return "\n".join(lines)
