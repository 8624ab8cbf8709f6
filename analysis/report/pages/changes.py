"""The front page's "Since the last run" section and the series page, from a report's ``changes.json``.

:func:`since_last_html` is the section (plain sentences: new and dropped articles, the changes larger than
the week-to-week noise, the rates that did not move, new and surging terms with a passage each, new
sources); :func:`write_series_page` writes ``series.html`` with one chart per measure, one panel per group:
each run's value for its new articles with its 95% interval, the runs where a change was flagged marked
with a red ring. Every value from the file is escaped.
"""
from __future__ import annotations

import base64
import json
from pathlib import Path

from analysis.display.labels import html_text as _e

SERIES_PAGE = "series.html"
#: Groups drawn per chart at most (those with the most words in this run).
PANELS = 12
FLAG_COLOR = "#CC3311"
LINE_COLOR = "#0077BB"


def _number(value, unit: str) -> str:
    return f"{value:+.2f}" if "per 1,000" not in unit else f"{value:.1f}"


def _interval(side: dict, unit: str) -> str:
    if side.get("low") is None:
        return _number(side["value"], unit)
    return f"{_number(side['value'], unit)} (95% interval {_number(side['low'], unit)} to " \
           f"{_number(side['high'], unit)}, {side['n']} articles)"


def rate_sentence(row: dict, group_word: str) -> str:
    """One rate change in plain words (escaped HTML)."""
    way = "rose" if row["change"] > 0 else "fell"
    noise = f"; the usual run-to-run noise is ±{row['noise']:.1f}" if row.get("noise") else ""
    return (f"<strong>{_e(row['group'])}</strong>: {_e(row['name'])} {way} to "
            f"{_e(_interval(row['now'], row['unit']))} in the new articles, from "
            f"{_e(_interval(row['then'], row['unit']))} in the previous run, {_e(row['unit'])}{_e(noise)} "
            f"<small>(p = {row['p']:.4f}, flagged below {row['p_limit']:.4f})</small>")


def _terms(rows: list[dict], title: str) -> str:
    if not rows:
        return ""
    items = []
    for t in rows:
        what = ("for the first time" if t["what"] == "first time" else
                f"{t['now_per_1000'] / max(t['then_per_1000'], 1e-9):.0f} times as often" if t["then"] else "")
        passages = "".join(f"<blockquote>{_e(c['text'])}</blockquote>" for c in t.get("contexts", []) if c["text"])
        items.append(f"<li><strong>{_e(t['group'])}</strong> used “{_e(t['term'])}” {_e(what)}: {t['now']} "
                     f"time(s) in the new articles, {t['then']} in the previous run{passages}</li>")
    return f"<h3>{_e(title)}</h3><ul>{''.join(items)}</ul>"


def _articles_line(counts: dict, previous: dict) -> str:
    if "new" not in counts:
        return f"<p>{counts.get('now', 0):,} articles in this run, compared with {_e(previous['folder'])}.</p>"
    names = ", ".join(f"“{x['title']}”" for x in counts.get("new_examples", [])[:3])
    more = f" (among them {names})" if names else ""
    return (f"<p>Compared with the previous run ({_e(previous['folder'])}): <strong>{counts['new']:,} new "
            f"article{'s' if counts['new'] != 1 else ''}</strong>{_e(more)}, {counts['dropped']:,} dropped; "
            f"{counts['now']:,} in all.</p>")


def since_last_html(folder: Path) -> str:
    """The front page's first section from ``folder/changes.json`` ('' when the run was not a named run)."""
    try:
        changes = json.loads((Path(folder) / "changes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    notes = "".join(f"<li>{_e(n)}</li>" for n in changes.get("notes", []))
    notes = f'<ul class="note">{notes}</ul>' if notes else ""
    link = f'<p class="note"><a href="{SERIES_PAGE}">The series: every measure over the last runs</a></p>' \
        if (Path(folder) / SERIES_PAGE).exists() else ""
    if not changes.get("previous"):
        return f'<section class="since"><h2>Since the last run</h2>{notes}{link}</section>'
    word = changes.get("group_by", "outlet")
    rates = changes.get("rates", [])
    flagged = [r for r in rates if r.get("flagged")]
    if changes.get("articles", {}).get("new") == 0:
        moved = "<p><strong>No new articles since the last run</strong>, so no rate could change.</p>"
    elif flagged:
        lines = "".join(f"<li>{rate_sentence(r, word)}</li>" for r in flagged)
        moved = f"<p>Larger than the run-to-run noise:</p><ul>{lines}</ul>"
    else:
        moved = (f"<p><strong>No rate changed by more than the run-to-run noise</strong> ({len(rates)} rates "
                 f"compared: {len({r['measure'] for r in rates})} measures in "
                 f"{len({r['group'] for r in rates})} {_e(word)}s).</p>")
    sources = ", ".join(f"{s['source']} ({s['group']})" for s in changes.get("new_sources", [])[:10])
    sources = f"<p>Named sources not cited in the previous run: {_e(sources)}.</p>" if sources else ""
    return (f'<section class="since"><h2>Since the last run</h2>'
            f"{_articles_line(changes.get('articles', {}), changes['previous'])}{moved}"
            f"{_terms(changes.get('terms', []), 'Loaded terms new or surging')}"
            f"{_terms(changes.get('anonymous', []), 'Unnamed-source patterns new or surging')}"
            f"{sources}{notes}{link}"
            '<p class="note">Each run compares its new articles with all articles of the previous run, group by '
            "group; a change is flagged when a permutation test between articles (with the week-to-week "
            "variation of earlier runs added) says it is unlikely, at a strictness shared by every rate "
            "compared. Everything is in <a href=\"changes.json\">changes.json</a>.</p></section>")


def series_points(changes: dict) -> list[dict]:
    """The runs of the series, oldest first, this run last: ``{"folder", "new", "flagged"}``."""
    snap = changes.get("snapshot") or {}
    return [*changes.get("series", []), {"folder": "this run", "new": snap.get("new", {}),
                                         "flagged": changes.get("flagged", [])}]


def series_chart(points: list[dict], measure, groups: list[str]):
    """One measure over the runs: a panel per group, the value of each run's new articles with its 95%
    interval, flagged runs ringed in red."""
    from analysis.display.charts import Chart, label

    fig = Chart(figsize=(9.0, 1.9 * len(groups) + 0.6), layout="constrained")
    axes = fig.subplots(len(groups), 1, sharex=True, squeeze=False)[:, 0]
    for ax, group in zip(axes, groups):
        xs, ys, lows, highs, flags = [], [], [], [], []
        for i, p in enumerate(points):
            stats = p["new"].get(group, {}).get(measure.column)
            if not stats:
                continue
            half = 1.96 * stats["se"] if stats.get("se") is not None else 0.0
            low = min(half, stats["value"]) if measure.kind == "rate" else half  # a rate is never below 0
            xs.append(i), ys.append(stats["value"]), lows.append(low), highs.append(half)
            if [group, measure.column] in p.get("flagged", []):
                flags.append((i, stats["value"]))
        ax.errorbar(xs, ys, yerr=[lows, highs], color=LINE_COLOR, marker="o", capsize=3, linewidth=1.2)
        if flags:
            ax.scatter(*zip(*flags), s=180, facecolors="none", edgecolors=FLAG_COLOR, linewidths=2,
                       label="change flagged", zorder=3)
            ax.legend(loc="upper left", frameon=False, fontsize="small")
        ax.set_ylabel(label(group, 22), rotation=0, ha="right", va="center")
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[-1].set_xticks(range(len(points)), [_when(p["folder"]) for p in points], rotation=30, ha="right",
                        fontsize="small")
    axes[0].set_title(label(f"{measure.name[0].upper()}{measure.name[1:]}, {measure.unit}: each run's new "
                            "articles, with 95% intervals", 90), loc="left")
    return fig


def _when(folder: str) -> str:
    """``20261130T060000Z-weekly`` as ``2026-11-30 06:00``; other names as they are."""
    import re

    found = re.match(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)", folder)
    return f"{found[1]}-{found[2]}-{found[3]} {found[4]}:{found[5]}" if found else folder[:16]


def write_series_page(folder: Path, changes: dict) -> Path | None:
    """``series.html`` (and ``figures/series-<measure>.png``) from a run's changes; None when there is
    nothing to draw."""
    from analysis.compare.changes import MEASURES

    points = series_points(changes)
    snap = changes.get("snapshot") or {}
    words = {g: sum(s.get("words", 0) for s in v.values()) for g, v in snap.get("all", {}).items()}
    groups = sorted(words, key=lambda g: -words[g])[:PANELS]
    if not groups:
        return None
    (folder / "figures").mkdir(exist_ok=True)
    blocks = []
    for measure in MEASURES:
        fig = series_chart(points, measure, groups)
        png = fig._repr_png_()
        (folder / "figures" / f"series-{measure.column}.png").write_bytes(png)
        alt = f"{measure.name} over the last {len(points)} runs, one panel per group"
        blocks.append(f'<h2>{_e(measure.name[0].upper() + measure.name[1:])}</h2><figure><img alt="{_e(alt)}" '
                      f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"></figure>')
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Series: '
            f'{_e(changes.get("name", ""))}</title><style>body{{font:15px/1.5 system-ui,sans-serif;'
            f'max-width:1000px;margin:2em auto;padding:0 1em}} img{{max-width:100%}}</style></head><body>'
            f'<p><a href="index.html">Back to the report</a></p><h1>The last {len(points)} runs of '
            f'“{_e(changes.get("name", ""))}”</h1><p>Each point is a run\'s new articles (the first run: all '
            f"its articles) with a 95% interval; a red ring marks a run where the change from the run before "
            f"was flagged. Groups shown: the {len(groups)} with the most words.</p>{''.join(blocks)}</body></html>")
    (folder / SERIES_PAGE).write_text(page, encoding="utf-8")
    return folder / SERIES_PAGE
