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
import shutil
import signal
import sys
import threading
import warnings
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from analysis.errors import InputError, NotebookFailed, OutputError, is_disk_full
from analysis.paths import NOTEBOOKS_DIR, REPORTS_DIR, SEED_ARTICLES
from analysis.report.run.folders import (  # noqa: F401 - re-exported: the runner's public names
    LATEST, MIN_FREE_BYTES, SPACE_PER_INPUT_BYTE, TMP_PREFIX, check_output, check_temp, keep_failed,
    list_reports, make_readable, new_work_folder, point, publish, release, remove_leftovers, safe_name, stamp,
)
from analysis.report.run.kernels import failure, import_papermill, ipc_folder, workers_die_with_this_process
from analysis.report.run.lanes import ANSWER_SECONDS, Lanes
from analysis.report.run.manifest import input_digests, run_manifest, summary  # noqa: F401 - re-exported
from analysis.report.run.options import (  # noqa: F401 - re-exported
    NOTEBOOK_PATTERN, PATH_PARAMETERS, TABLES_PARAMETER, RunOptions, notebook_parameters, plan, suite,
    with_tables_folder,
)
from analysis.report.run.params import parse_assignment, read_params_file  # noqa: F401 - re-exported
from analysis.compare.audit import audit_report
from analysis.compare.collecting import fewer_full_collections
from analysis.report.run.export import export_page
from analysis.report.run.publish import front_chart, neutralise_tables, write_index

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
    with fewer_full_collections():  # see analysis.compare.collecting: 0.3 s of the runner's CPU at 1,000
        return _run_report(options)


def _run_report(options: RunOptions) -> Path:
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
    from analysis.corpus.language import release_classifier

    started_at = datetime.now(timezone.utc)
    import_papermill()
    options = options.absolute()
    notebooks = suite(options)
    per_notebook = plan(options, notebooks)
    config = _run_config(per_notebook)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(options.corpus, skip_bad=True, follow_links=options.follow_links)
    release_classifier()
    inputs = input_digests(corpus, Path(options.corpus))
    return _Run(options, notebooks, per_notebook, config, corpus, list(caught), inputs, started_at)


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
    (tmp / "notebooks").mkdir()
    exported = []
    with ipc_folder(tmp) as ipc, Lanes(ipc, _kernels(run), Path(run.options.notebook_dir)) as lanes:
        tables, env = _analyze(run)  # the kernels start and import meanwhile
        if run.options.series_runs:
            from analysis.report.run.changes import write_changes
            write_changes(run, tables, env)
        _release_corpus(run, tables)
        drawn = lanes.then(_FRONT_CHART.format(env=env, path=str(tmp / ".front-chart.html"),
                                               manifest=json.dumps({"parameters": run.per_notebook}, default=str)))
        _run_notebooks(run, env, lanes, lambda nb: exported.append(export_page(tmp, nb)))
        chart = _front_chart(run, tables, drawn)
    try:  # the kernels shut down meanwhile
        return _publish(run, tables, env, exported, chart)
    finally:
        lanes.join()


#: What a kernel runs once its pages ran: the front page's chart (see :func:`_front_chart`).
_FRONT_CHART = ("import json as _j; from analysis.report.run.publish import draw_front_chart\n"
                "draw_front_chart({env[FRAMING_STORE]!r}, {env[FRAMING_RUN]!r}, _j.loads({manifest!r}), {path!r})")


def _front_chart(run: _Run, tables, drawn: Future) -> str:
    """The front page's chart as HTML, drawn by a kernel once its pages ran (``drawn``), so that the runner
    does not import matplotlib for it (0.36 s of CPU); drawn here if no kernel could."""
    path = run.tmp / ".front-chart.html"
    try:
        drawn.result(timeout=ANSWER_SECONDS)
        return path.read_text(encoding="utf-8")
    except Exception as exc:  # noqa: BLE001 - no kernel drew it: draw it here
        log.info("the front page's chart is drawn by the runner: %s", str(exc) or type(exc).__name__)
        return front_chart({"parameters": run.per_notebook}, tables.articles)
    finally:
        path.unlink(missing_ok=True)


def _publish(run: _Run, tables, env: dict, exported: list, chart: str) -> Path:
    """The pages written, the tables made safe, the manifest, the front page; then the folder published."""
    tmp = run.tmp
    run.notebooks_ran = True
    failed = next((e for e in exported if isinstance(e, BaseException)), None)
    if failed is not None:
        raise failed
    run.say("writing HTML ...")
    pages = [tmp / f"{nb.stem}.html" for nb in run.notebooks]
    neutralise_tables(tmp / "tables")
    for scratch in (".cache", ".ipc"):
        shutil.rmtree(tmp / scratch, ignore_errors=True)
    manifest = run_manifest(run, tables)

    def name_files(folder: str) -> None:
        from analysis.report.pages.session import RUN_ENV, STORE_ENV, StoredMatches

        manifest["folder"] = folder
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
        with StoredMatches(env[STORE_ENV], env[RUN_ENV]) as stored:
            write_index(tmp / "index.html", manifest, tables, pages, corpus=run.corpus, stored=stored,
                        chart=chart)
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


def _release_corpus(run: _Run, tables) -> None:
    """Once the store holds the analysis, the runner drops the corpus's texts (about 0.8 GB at 100,000
    articles) while the pages run: the browser and the audit read the articles again, one file at a time
    (:class:`analysis.report.run.reread.ReadAgain`). The corpus holds no reference cycle, so it is freed as
    it is let go, without a full garbage collection (which walked every module of the runner: 0.05 s at
    1,000 articles, timed with ``gc.callbacks``)."""
    import ctypes

    from analysis.report.run.reread import ReadAgain, languages_of

    run.corpus = ReadAgain(run.corpus, run.options.corpus, languages_of(tables), run.options.follow_links)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).malloc_trim(0)  # freed memory handed back to the system


def _kernels(run: _Run) -> int:
    kernels = run.options.kernels_for(len(run.corpus))
    if kernels < run.options.workers:
        log.info("%d articles: notebooks run one at a time to bound memory", len(run.corpus))
    return kernels


def _run_notebooks(run: _Run, env: dict, lanes: Lanes, finished) -> None:
    """Run the notebooks on ``lanes`` (``finished(nb)`` for each as soon as it ran); on a failure keep them
    and raise :class:`NotebookFailed` (or :class:`NotebookInputError`)."""
    params = with_tables_folder(run.per_notebook, run.notebooks, run.tmp / "tables")
    run.results, failed = lanes.run(run.notebooks, params, run.tmp / "notebooks", env, run.say, finished)
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
