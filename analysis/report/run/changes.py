"""A named run's comparison with its previous run: ``changes.json``, the series page, and alerts for cron.

:func:`write_changes` is called by the runner after the analysis, inside the run's work folder; nothing it
meets in earlier reports (deleted files, a renamed outlet, a report of an older version) stops the run: what
cannot be compared is said in ``notes``. :func:`after_run` prints what changed and the alerts, and gives the
command's exit code.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from analysis.report.run.series import (
    ALERT_EXIT, CHANGES_FILE, earlier_reports, group_by_of, previous_articles, read_snapshot,
)

log = logging.getLogger("analysis.report.run.runner")
#: New and dropped articles named in changes.json at most (the counts are always complete).
EXAMPLES = 10


def write_changes(run, tables, env: dict) -> dict:
    """Compare the run (a runner ``_Run``: options, tmp, corpus, per_notebook) with the previous report of its
    name; write ``changes.json`` and the series page into the work folder. Returns what was written."""
    folder = run.tmp
    try:
        body = _changes(run, tables.articles, env)
    except Exception as exc:  # noqa: BLE001 - a comparison never stops a report: the log keeps the traceback
        log.exception("comparing with the previous run failed")
        body = {"name": run.options.name, "previous": None, "snapshot": None, "rates": [],
                "notes": [f"this run could not be compared with the previous one ({type(exc).__name__}: {exc}); "
                          "details in run.log"]}
    (folder / CHANGES_FILE).write_text(json.dumps(body, indent=1, default=_plain), encoding="utf-8")
    try:
        from analysis.report.pages.changes import write_series_page

        write_series_page(folder, body)
    except Exception:  # noqa: BLE001 - the chart is not worth a failed report
        log.exception("the series page could not be drawn")
    return body


def _plain(value):
    return None if value != value else str(value)  # NaN -> null


def _matches(env: dict):
    """This run's loaded-term, source and attribution matches (only the columns the comparison reads)."""
    from analysis.report.pages.session import RUN_ENV, STORE_ENV
    from analysis.store import RunTables

    with RunTables(env[STORE_ENV], env[RUN_ENV]) as stored:
        return stored.sql("SELECT article_id, measure, category, entry, speaker, start, \"end\" FROM matches "
                          "WHERE measure IN ('loaded', 'sources', 'attributions')")


def _changes(run, articles, env: dict) -> dict:
    from analysis.compare.changes import add_contexts, since

    options, group_by = run.options, group_by_of(run.per_notebook)
    notes, history, folders = [], [], []
    for folder in earlier_reports(options.out, options.name, options.series_runs):
        snap, why = read_snapshot(folder, group_by)
        if snap is None:
            notes.append(f"the earlier report {why}; it is left out")
            continue
        history.append(snap)
        folders.append(folder)
    matches = _matches(env)
    articles = articles.assign(article_id=articles["article_id"].astype(str))
    body = {"name": options.name, "group_by": group_by, "previous": None, "notes": notes,
            "series": [_point(f, s) for f, s in zip(folders, history)]}
    if not history:
        now, _ = since(articles, matches, group_by, None, [])
        notes.append("this is the first run of this name that could be compared: the next run says what "
                     "changed since this one")
        return {**body, "snapshot": now, "articles": {"now": len(articles)}, "rates": []}
    previous, rows = history[-1], previous_articles(folders[-1], group_by)
    new_ids = None
    if rows is None:
        notes.append(f"the previous report {folders[-1].name} has lost tables/articles.csv, so new and dropped "
                     "articles cannot be told apart: every article of this run is compared with it, and "
                     "no change is tested")
    else:
        new_ids = sorted(set(articles["article_id"]) - set(rows["article_id"].astype(str)))
    now, changes = since(articles, matches, group_by, previous, history, new_ids, rows)
    texts = {a.id: a.text for a in run.corpus}
    groups = dict(zip(articles["article_id"], articles[group_by].fillna("").astype(str))) \
        if group_by in articles.columns else {}
    add_contexts(changes["terms"] + changes["anonymous"], matches, groups, lambda a: texts.get(a, ""))
    notes.extend(_group_notes(changes, previous, group_by))
    return {**body, **changes, "snapshot": now,
            "previous": {"folder": folders[-1].name, "articles": previous.get("articles")},
            "articles": _articles(articles, rows, new_ids),
            "flagged": [[r["group"], r["measure"]] for r in changes["rates"] if r["flagged"]]}


def _point(folder: Path, snap: dict) -> dict:
    """An earlier run as a point of the series: its folder, its new articles' stats and what it flagged."""
    try:
        flagged = json.loads((folder / CHANGES_FILE).read_text(encoding="utf-8")).get("flagged", [])
    except (OSError, ValueError, AttributeError):
        flagged = []
    return {"folder": folder.name, "new": snap.get("new", {}), "flagged": flagged}


def _articles(articles, rows, new_ids) -> dict:
    """Counts of this run's, new and dropped articles, with up to :data:`EXAMPLES` of each by title."""
    if rows is None:
        return {"now": len(articles)}
    ids_now, ids_then = set(articles["article_id"]), set(rows["article_id"].astype(str))
    dropped = sorted(ids_then - ids_now)
    titles = dict(zip(articles["article_id"], articles.get("title", articles["article_id"]).fillna("")))
    titles.update({k: v for k, v in zip(rows["article_id"].astype(str),
                                        rows.get("title", rows["article_id"]).fillna("")) if k not in titles})
    return {"now": len(articles), "then": len(rows), "new": len(new_ids or []), "dropped": len(dropped),
            "new_examples": [{"id": i, "title": str(titles.get(i) or i)} for i in (new_ids or [])[:EXAMPLES]],
            "dropped_examples": [{"id": i, "title": str(titles.get(i) or i)} for i in dropped[:EXAMPLES]]}


def _group_notes(changes: dict, previous: dict, group_by: str) -> list[str]:
    """Plain notes about groups that appeared or disappeared (a renamed outlet shows as both)."""
    notes = []
    new, gone = changes.get("groups_new", []), changes.get("groups_gone", [])
    if new and gone:
        notes.append(f"{group_by} {', '.join(new)} appear(s) for the first time and {', '.join(gone)} no longer "
                     "appear(s): if one was renamed, its figures start again under the new name")
    elif new:
        notes.append(f"new {group_by}: {', '.join(new)} (no earlier figures to compare)")
    elif gone:
        notes.append(f"no articles this run from {group_by} {', '.join(gone)}")
    return notes


def alerts(changes: dict, thresholds: dict) -> list[str]:
    """One line per flagged change that passes its threshold (every flagged change when ``thresholds`` is
    empty)."""
    lines = []
    for row in changes.get("rates", []):
        if not row.get("flagged"):
            continue
        limit = thresholds.get(row["measure"]) if thresholds else 0
        if limit is None or abs(row["change"]) < limit:
            continue
        way = "rose" if row["change"] > 0 else "fell"
        lines.append(f"alert: {row['group']}: {row['name']} {way} from {row['then']['value']:.2f} to "
                     f"{row['now']['value']:.2f} {row['unit']} (change {row['change']:+.2f}, threshold "
                     f"{limit:g}, p = {row['p']:.4f})")
    return lines


def after_run(target: Path, alert: bool, thresholds: dict) -> int:
    """Print what changed since the last run (and, with ``alert``, one line per alert on stdout); returns
    :data:`ALERT_EXIT` when an alert was raised, else 0."""
    try:
        changes = json.loads((target / CHANGES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    store = json.loads((target / "manifest.json").read_text(encoding="utf-8")).get("store", {})
    if store:
        print(f"store {store.get('path')}: analysed {store.get('analysed')}, reused {store.get('reused')}")
    counts = changes.get("articles", {})
    flagged = [r for r in changes.get("rates", []) if r.get("flagged")]
    if changes.get("previous"):
        print(f"since {changes['previous']['folder']}: {counts.get('new', '?')} new, "
              f"{counts.get('dropped', '?')} dropped article(s); {len(flagged)} change(s) flagged")
    for note in changes.get("notes", []):
        print(f"note: {note}", file=sys.stderr)
    raised = alerts(changes, thresholds) if alert else []
    for line in raised:
        print(line)
    return ALERT_EXIT if raised else 0
