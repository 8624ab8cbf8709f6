"""What a finished run records about itself (``manifest.json``) and what the command line prints after it."""
from __future__ import annotations

import platform
from datetime import datetime, timezone
from pathlib import Path

from analysis.provenance import package_version
from analysis.report.run.folders import safe_name
from analysis.report.run.options import with_tables_folder
from analysis.report.run.publish import file_digest


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
        entry = {"path": relative_path(Path(path), folder)}
        try:
            entry["sha256"] = file_digest(path)
        except OSError as exc:
            entry.update(sha256=None, error=exc.strerror or str(exc))
        inputs.append(entry)
    return inputs


def relative_path(path: Path, folder: Path) -> str:
    """``path`` from ``folder`` (POSIX slashes), or whole when it lies outside it."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


def run_manifest(run, tables) -> dict:
    """The manifest of a finished run (``manifest.json``): name, folder, times, corpus, parameters (the run's
    tables folder written as ``tables``), inputs with SHA-256, skipped files, warnings, notebooks, what the
    store reused and the versions of everything that produced the numbers."""
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
                     "papermill": package_version("papermill"), "nbconvert": package_version("nbconvert")},
    }


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
