"""Run the notebook suite with papermill in this process and publish a report folder.

A run works in ``reports/.tmp-*`` and is published by one rename to ``reports/<UTC time>-<name>/`` only when
every notebook succeeded; ``reports/latest`` then points at it. A failed run keeps the failed notebook
(with papermill's error banner) under ``reports/failed/`` and changes nothing else.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml

from .errors import NotebookFailed, OutputError, ParameterError
from .params import coerce
from .paths import NOTEBOOKS_DIR, REPORTS_DIR, SEED_ARTICLES
from .publish import export_html, extract_figures, file_digest, write_index

log = logging.getLogger("analysis.report")

#: Free space a run needs before it starts (bytes); a report of the seeds takes about 5 MB.
MIN_FREE_BYTES = 50 * 1024 * 1024
NOTEBOOK_PATTERN = re.compile(r"^\d\d_\w+\.ipynb$")


@dataclass(frozen=True)
class RunOptions:
    """One report run. ``params`` are notebook parameters (each goes to the notebooks that declare it);
    ``notebooks`` are names or name prefixes (empty: every numbered notebook in ``notebooks/``);
    ``workers`` is how many notebooks run at once."""

    corpus: str = str(SEED_ARTICLES)
    params: dict = field(default_factory=dict)
    notebooks: tuple[str, ...] = ()
    out: str = str(REPORTS_DIR)
    name: str = "report"
    progress: bool = False
    workers: int = 2
    notebook_dir: str = str(NOTEBOOKS_DIR)


def suite(options: RunOptions) -> list[Path]:
    """The notebooks the run will execute, in order."""
    folder = Path(options.notebook_dir)
    found = sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))
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
    """``{name: {inferred_type_name, default, help}}`` of a notebook's parameters cell."""
    import papermill

    return papermill.inspect_notebook(str(path))


def plan(options: RunOptions, notebooks: list[Path]) -> dict[str, dict]:
    """The parameters each notebook gets, validated before anything runs.

    Raises :class:`ParameterError` for a name no notebook declares or a value of the wrong type.
    """
    declared = {nb.stem: notebook_parameters(nb) for nb in notebooks}
    given = dict(options.params)
    given["corpus"] = str(Path(options.corpus).resolve())
    known = sorted({name for params in declared.values() for name in params})
    for name in given:
        if name not in known:
            raise ParameterError(name, "no notebook of this run has such a parameter", "one of: " + ", ".join(known))
    per_notebook = {}
    for stem, params in declared.items():
        values = {}
        for name, value in given.items():
            if name in params:
                values[name] = coerce(name, value, params[name]["inferred_type_name"])
        per_notebook[stem] = values
    return per_notebook


def read_params_file(path: str | Path) -> dict:
    """Parameters from a YAML mapping (safe loader); a clear :class:`ParameterError` otherwise."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ParameterError("--params", f"{path} does not exist", "the path of a YAML file") from None
    except yaml.YAMLError as exc:
        raise ParameterError("--params", f"{path} is not valid YAML ({exc})", "a YAML mapping name: value") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterError("--params", f"{path} holds a {type(data).__name__}, not a mapping",
                             "lines of the form name: value")
    return {str(k): v for k, v in data.items()}


def parse_assignment(text: str) -> tuple[str, object]:
    """``name=value`` from the command line; the value is read as YAML (numbers, true/false, lists)."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise ParameterError(text, "is not of the form name=value", "name=value, for example -p top_n=15")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return name.strip(), value


def _check_output(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=out, prefix=".write-check-", delete=True)
        probe.close()
    except OSError as exc:
        raise OutputError(f"{out}: the reports folder cannot be written ({exc.strerror}); "
                          "fix its permissions or pass another --out") from None
    free = shutil.disk_usage(out).free
    if free < MIN_FREE_BYTES:
        raise OutputError(f"{out}: only {free // 2**20} MB free, a run needs at least "
                          f"{MIN_FREE_BYTES // 2**20} MB; free some space or pass another --out")


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip(".-")[:60]
    return cleaned or "report"


def _readable(folder: Path) -> None:
    """Give the run folder the usual permissions (mkdtemp makes it private to its owner)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(folder, 0o777 & ~umask)


def _publish(tmp: Path, out: Path, folder_name: str) -> Path:
    """Rename the finished run into place (never over an existing report) and repoint ``latest``."""
    for n in range(1, 1000):
        target = out / (folder_name if n == 1 else f"{folder_name}-{n}")
        if target.exists():
            continue
        try:
            os.rename(tmp, target)
        except OSError:
            if target.exists():
                continue
            raise
        break
    link = out / "latest"
    tmp_link = out / f".latest-{os.getpid()}-{time.monotonic_ns()}"
    os.symlink(target.name, tmp_link)
    os.replace(tmp_link, link)
    return target


def _ipc_kernel_manager(prefix: Path):
    """A kernel manager class talking to its kernel over IPC sockets under ``prefix`` (no TCP ports, and
    no warning about unencrypted TCP from ipykernel)."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    return type("IpcKernelManager", (AsyncKernelManager,), {"transport": Unicode("ipc"), "ip": Unicode(str(prefix))})


def _execute(nb: Path, out_nb: Path, params: dict, cwd: Path, ipc: Path) -> dict:
    import papermill

    started = time.monotonic()
    papermill.execute_notebook(str(nb), str(out_nb), parameters=params, cwd=str(cwd), progress_bar=False,
                               log_output=False, report_mode=False, kernel_name="python3",
                               kernel_manager_class=_ipc_kernel_manager(ipc))
    return {"notebook": nb.stem, "status": "ok", "seconds": round(time.monotonic() - started, 2)}


def _failure(exc: Exception) -> tuple[int | None, str]:
    cell = getattr(exc, "cell_index", None)
    ename, evalue = getattr(exc, "ename", type(exc).__name__), getattr(exc, "evalue", str(exc))
    return cell, f"{ename}: {evalue}"


def run_report(options: RunOptions) -> Path:
    """Execute the suite and publish the report folder; returns its path.

    Raises :class:`ParameterError` / :class:`~analysis.errors.CorpusError` before anything runs,
    :class:`OutputError` when the reports folder cannot be written, :class:`NotebookFailed` when a
    notebook fails (earlier reports stay untouched).
    """
    from .session import CACHE_ENV, load

    started_at = datetime.now(timezone.utc)
    out = Path(options.out).resolve()
    notebooks = suite(options)
    per_notebook = plan(options, notebooks)
    _check_output(out)
    name = _safe_name(options.name)
    folder_name = f"{_stamp()}-{name}"
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{folder_name}-", dir=out))
    handler = logging.FileHandler(tmp / "run.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    say = (lambda msg: print(msg, file=sys.stderr, flush=True)) if options.progress else (lambda msg: None)
    try:
        log.info("run %s: %d notebooks, corpus %s", folder_name, len(notebooks), options.corpus)
        previous = os.environ.get(CACHE_ENV)
        os.environ[CACHE_ENV] = str(tmp / ".cache")
        try:
            say(f"analysing {options.corpus} ...")
            corpus, tables = load(options.corpus)
            tables.save(tmp / "tables")
            log.info("analysed %d articles (%d skipped)", len(corpus), len(corpus.problems))
            results = _run_notebooks(notebooks, per_notebook, tmp, out, folder_name, options, say)
        finally:
            if previous is None:
                os.environ.pop(CACHE_ENV, None)
            else:
                os.environ[CACHE_ENV] = previous
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
            "skipped": [vars(p) for p in corpus.problems],
            "notebooks": results,
            "versions": {**tables.versions, "python": platform.python_version(),
                         "papermill": _lib_version("papermill"), "nbconvert": _lib_version("nbconvert")},
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
        write_index(tmp / "index.html", manifest, tables, pages)
        log.info("published in %.1f s", manifest["seconds"])
        log.removeHandler(handler)
        handler.close()
        _readable(tmp)
        target = _publish(tmp, out, folder_name)
        say(f"report: {target / 'index.html'}")
        return target
    except BaseException:
        log.removeHandler(handler)
        handler.close()
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _lib_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def _run_notebooks(notebooks, per_notebook, tmp: Path, out: Path, folder_name: str, options: RunOptions, say):
    import papermill

    (tmp / "notebooks").mkdir()
    jobs = {}
    with ThreadPoolExecutor(max(1, options.workers)) as pool:
        for nb in notebooks:
            out_nb = tmp / "notebooks" / f"{nb.stem}.ipynb"
            ipc = tmp / ".ipc" / nb.stem
            ipc.parent.mkdir(exist_ok=True)
            jobs[nb] = pool.submit(_execute, nb, out_nb, per_notebook[nb.stem], nb.parent, ipc)
        results, failed = [], None
        for i, (nb, job) in enumerate(jobs.items(), 1):
            try:
                results.append(job.result())
                say(f"[{i}/{len(notebooks)}] {nb.stem} ok ({results[-1]['seconds']} s)")
                log.info("%s ok in %s s", nb.stem, results[-1]["seconds"])
            except papermill.PapermillExecutionError as exc:
                failed = failed or (nb, exc)
                results.append({"notebook": nb.stem, "status": "failed"})
                log.error("%s failed: %s", nb.stem, exc)
    if failed:
        nb, exc = failed
        kept_dir = out / "failed" / folder_name
        kept_dir.mkdir(parents=True, exist_ok=True)
        kept = kept_dir / f"{nb.stem}.ipynb"
        shutil.copy2(tmp / "notebooks" / f"{nb.stem}.ipynb", kept)
        shutil.copy2(tmp / "run.log", kept_dir / "run.log")
        cell, error = _failure(exc)
        raise NotebookFailed(nb.stem, cell, error, kept)
    return results


def run_from_args(args) -> int:
    """The ``report`` command: build :class:`RunOptions` from parsed arguments and run."""
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
    )
    target = run_report(options)
    print(f"report written to {target / 'index.html'}")
    return 0
