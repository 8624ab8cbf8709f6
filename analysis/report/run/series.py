"""Runs of one ``--name`` over time: where the name keeps its store, its earlier reports, and what changed.

A report run given ``--name NAME`` keeps its run store at ``<reports>/store-NAME/`` (or where the params file's
``store:`` says) and reuses it on the next run of that name, so a weekly run analyses only the week's new
articles; ``--fresh`` starts the store over. The store has its own lock, so two runs of one name at once wait
for each other while they write it and never corrupt it. A store that cannot be used is never a reason to
stop: one written by another version is rebuilt (older) or moved aside (newer) with a message, and a
``store:`` that does not exist is made.

Each named run compares itself with the newest earlier published report of its name (see
:mod:`analysis.compare.changes`) and writes ``changes.json`` into its report; :mod:`analysis.report.pages.changes`
turns it into the front page's first section and the series page. Earlier reports are only read.
"""
from __future__ import annotations

import fcntl
import json
import logging
import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import ParameterError, StoreError
from analysis.report.run.folders import list_reports, safe_name, stamp

log = logging.getLogger("analysis.report.run.runner")

#: Earlier runs of a name read for the series chart and the week-to-week noise.
SERIES_RUNS = 8
#: Keys of a params file that configure the schedule rather than a notebook.
SCHEDULE_KEYS = ("store", "alerts", "series_runs")
#: Exit code of a run that published its report and passed an alert threshold (``--alert``).
ALERT_EXIT = 5
#: The file a run writes its comparison into.
CHANGES_FILE = "changes.json"


@dataclass(frozen=True)
class Schedule:
    """The scheduling settings of a params file: ``store`` (a folder; '' for ``<reports>/store-NAME``),
    ``alerts`` (measure column -> smallest change, in the measure's unit, that raises an alert when it is
    flagged; empty: every flagged change) and ``series_runs`` (earlier runs read, 2 to 52)."""

    store: str = ""
    alerts: dict = field(default_factory=dict)
    series_runs: int = SERIES_RUNS


def schedule_settings(params: dict) -> tuple[dict, Schedule]:
    """Split a params mapping into notebook parameters and the :class:`Schedule`; raises
    :class:`ParameterError` for an ``alerts`` entry that names no measure or has no number."""
    from analysis.compare.changes import BY_COLUMN

    params = dict(params)
    store = params.pop("store", "") or ""
    alerts = params.pop("alerts", None) or {}
    runs = params.pop("series_runs", SERIES_RUNS)
    if not isinstance(alerts, dict):
        raise ParameterError("alerts", f"got {alerts!r}", "a mapping of measure: smallest change, e.g. "
                             "writer_loaded_per_1000: 3")
    for name, value in alerts.items():
        if name not in BY_COLUMN:
            raise ParameterError("alerts", f"no measure {name!r}", "one of: " + ", ".join(BY_COLUMN))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or value < 0:
            raise ParameterError("alerts", f"{name}: got {value!r}", "a number of 0 or more")
    if isinstance(runs, bool) or not isinstance(runs, int) or not 2 <= runs <= 52:
        raise ParameterError("series_runs", f"got {runs!r}", "a whole number from 2 to 52")
    return params, Schedule(str(Path(store).absolute()) if store else "", dict(alerts), runs)


def store_for(args, schedule: Schedule, out: str) -> str:
    """The store of a ``report`` command: ``--store``, else a named run's (:func:`named_store`, notes on
    stderr), else the params file's ``store:`` ('' for a new one inside the report). Raises
    :class:`ParameterError` for ``--alert`` without ``--name``."""
    named = getattr(args, "name", None) is not None
    if getattr(args, "alert", False) and not named:
        raise ParameterError("--alert", "compares a run with the last run of its name", "--name NAME with it")
    if getattr(args, "store", None):
        if getattr(args, "fresh", False):
            _note(f"note: --fresh starts over a named run's own store; --store {args.store} is used as it is")
        return args.store
    if not named:
        return schedule.store
    return named_store(out, args.name, schedule, getattr(args, "fresh", False), _note)


def _note(line: str) -> None:
    import sys

    print(line, file=sys.stderr, flush=True)


def named_store(out: str | Path, name: str, schedule: Schedule, fresh: bool = False, say=print) -> str:
    """The store folder a run of ``name`` uses: the params file's, else ``<out>/store-NAME``. ``fresh`` removes
    it first. Returns '' (a new store inside the report) when the store cannot be used or made; ``say`` is
    given one line for each thing the user should know. Runs of one name that start together check and make
    the store one at a time (a lock file beside it, held for a moment)."""
    path = Path(schedule.store) if schedule.store else Path(out) / f"store-{safe_name(name)}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.parent / f".{path.name}.lock", "a") as guard:
            fcntl.flock(guard, fcntl.LOCK_EX)
            return _usable_store(path, not schedule.store, fresh, say)
    except OSError as exc:
        say(f"warning: the store {path} cannot be used or made ({exc.strerror or exc}); this run uses a new "
            "store inside its report and reuses nothing")
        return ""


def _usable_store(path: Path, own: bool, fresh: bool, say) -> str:
    from analysis.store import RunStore
    from analysis.store.schema import SCHEMA_VERSION

    if fresh and (path / "STORE.json").exists():
        _remove_store(path)
        say(f"note: --fresh: removed the store {path}; this run analyses every article")
    elif not own and not path.exists():
        say(f"note: the store {path} named in the params file does not exist; a new one is made there, "
            "so this run analyses every article")
    try:
        found = json.loads((path / "STORE.json").read_text(encoding="utf-8")).get("schema_version") \
            if (path / "STORE.json").exists() else None
        if isinstance(found, int) and found < SCHEMA_VERSION:
            say(f"note: the store {path} was written by an older version (schema {found}); it is rebuilt, "
                "so this run analyses every article")
        RunStore(path)
        return str(path)
    except (StoreError, ValueError, AttributeError) as exc:
        if not own:
            say(f"warning: the store {path} named in the params file cannot be used ({exc}); this run uses a "
                "new store inside its report and reuses nothing")
            return ""
        aside = path.with_name(f".{path.name}.unusable-{stamp()}")
        path.rename(aside)
        say(f"note: the store {path} could not be used ({exc}); it was moved to {aside} and a new one started")
        RunStore(path)
        return str(path)


def _remove_store(path: Path) -> None:
    """Remove a store folder: renamed aside first (one step), so a run starting meanwhile makes a new one."""
    aside = path.with_name(f".{path.name}.removed-{stamp()}")
    path.rename(aside)
    shutil.rmtree(aside, ignore_errors=True)


def earlier_reports(out: str | Path, name: str, limit: int = SERIES_RUNS) -> list[Path]:
    """The newest ``limit`` published reports of ``name`` in ``out``, oldest first."""
    wanted = safe_name(name)
    found = []
    for folder in list_reports(out):
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if manifest.get("name") == wanted:
            found.append(folder)
    return found[-limit:]


def read_snapshot(folder: Path, group_by: str) -> tuple[dict | None, str]:
    """An earlier report's snapshot: from its ``changes.json``, else rebuilt from its tables (a report made
    before runs were compared); (None, why) when neither can be read."""
    import pandas as pd

    from analysis.compare.changes import snapshot

    try:
        data = json.loads((folder / CHANGES_FILE).read_text(encoding="utf-8"))
        if data.get("snapshot", {}).get("group_by") == group_by:
            return data["snapshot"], ""
    except (OSError, ValueError, AttributeError):
        pass
    try:
        articles = pd.read_csv(folder / "tables" / "articles.csv", dtype={"article_id": str})
    except (OSError, ValueError) as exc:
        return None, f"{folder.name}: its changes.json and tables/articles.csv cannot be read ({_reason(exc)})"
    try:
        matches = pd.read_csv(folder / "tables" / "matches.csv", dtype=str,
                              usecols=lambda c: c in ("article_id", "measure", "category", "entry", "speaker"))
    except (OSError, ValueError):
        matches = pd.DataFrame(columns=["article_id", "measure", "category", "entry", "speaker"])
    return snapshot(articles, matches, group_by), ""


def previous_articles(folder: Path, group_by: str):
    """The articles table of an earlier report (the columns the comparison needs), or None when it cannot
    be read."""
    import pandas as pd

    from analysis.compare.changes import MEASURES

    wanted = {"article_id", "title", group_by, "n_words", *(m.column for m in MEASURES), *(m.words for m in MEASURES)}
    try:
        return pd.read_csv(folder / "tables" / "articles.csv", usecols=lambda c: c in wanted,
                           dtype={"article_id": str, group_by: str})
    except (OSError, ValueError):
        return None


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__


def group_by_of(per_notebook: dict) -> str:
    """The field the run's notebooks group by (``outlet`` when none says)."""
    for values in per_notebook.values():
        if isinstance(values, dict) and values.get("group_by"):
            return str(values["group_by"])
    return "outlet"
