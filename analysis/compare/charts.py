"""Figures for comparisons between groups: forest plots with intervals, distinguishing words, the actor by
group heat map and trend lines. Each function returns a :class:`~analysis.display.charts.Chart` (a matplotlib
``Figure`` made without pyplot) for a notebook to show as the last expression of a cell.

Groups keep one colour in every chart (:func:`group_colors`, Okabe & Ito's colour-blind-safe palette in
the sorted order of the group names); sentiment uses the same diverging map as :mod:`analysis.display.charts`.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib import colormaps

from analysis.display.charts import ROW_INCHES, Chart
from analysis.display.charts import label as _wrap
from analysis.display.layout import (GAP, LABEL_PAD, TICK, TITLE_PAD, Grid, extent, font, heat_axes, line, tallest,
                                     text_size, widest)
from .groups import CONFIDENCE
from .rates import LOADED_FAMILY, QUOTED_FAMILY, REST_LABEL
from .words import Z_CLEAR

#: Okabe & Ito (2008), colour-blind safe, for groups in sorted order; beyond eight groups all are grey.
GROUP_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MANY_GROUPS_COLOR = "#555555"
#: "All other groups" in a group-against-the-rest comparison.
REST_COLOR = "#999999"
#: Height per group row of a panel (inches); panels per row of a forest plot.
PANELS_PER_ROW = 3
#: Width of a forest plot's panel (inches).
PANEL_INCHES = 4.0
Z_MARK = Z_CLEAR
WORDS_XLABEL = f"z-score (log-odds, informative Dirichlet prior); dashed lines at +-{Z_MARK}"
#: Whose words each family of measures counts, for chart titles.
VOICE_OF_FAMILY = {LOADED_FAMILY: "the writer's own voice", "Hedging and certainty": "the writer's own voice",
                   "Sourcing": "the writer's own voice", "Sentiment": "all voices",
                   QUOTED_FAMILY: "quotations and reported speech"}


def label(text, width: int = 28) -> str:
    """``text`` wrapped to ``width`` characters a line, with ``$`` escaped so that matplotlib never reads
    a name from the data as mathematics."""
    return _wrap(str(text), width).replace("$", r"\$")


def group_colors(groups) -> dict[str, str]:
    """A colour per group name: the palette in sorted order of the names, grey for all when there are more
    groups than colours; "rest (all other groups)" is light grey."""
    names = sorted(set(groups) - {REST_LABEL})
    colors = (dict.fromkeys(names, MANY_GROUPS_COLOR) if len(names) > len(GROUP_PALETTE) else
              {n: GROUP_PALETTE[i] for i, n in enumerate(names)})
    return {**colors, REST_LABEL: REST_COLOR}


def _tidy(ax) -> None:
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _caveat_text(table: pd.DataFrame) -> str:
    """The note under a forest plot: the first caveat of its groups ('' when none)."""
    notes = [c for c in table.get("caveat", pd.Series(dtype=object)).dropna().unique() if c]
    if not notes:
        return ""
    return label("Note: " + " ".join(sorted(notes)[:1]) + (" (and more groups)" if len(notes) > 1 else ""), 140)


def forest_plot(estimates: pd.DataFrame, family: str, confidence: float = CONFIDENCE,
                skip_zero: bool = True) -> Chart:
    """One panel per measure of ``family``: each group's value (dot) and interval (line), groups in the same
    rows in every panel. Loaded-term categories that no group uses are left out when ``skip_zero``."""
    part = estimates[estimates["family"] == family]
    measures = list(dict.fromkeys(part["measure"]))
    if skip_zero and family == LOADED_FAMILY:
        used = part.groupby("measure")["value"].apply(lambda v: bool((v.fillna(0) != 0).any()))
        measures = [m for m in measures if used.get(m, False) or m == "loaded_per_1000"]
    groups = sorted(part["group"].unique())
    colors = group_colors(groups)
    n_cols = min(PANELS_PER_ROW, max(1, len(measures)))
    n_rows = max(1, math.ceil(len(measures) / n_cols))
    fig = Chart()
    first = part.drop_duplicates("measure").set_index("measure")
    titles = [label(first.at[m, "label"], 38) for m in measures]
    voice = VOICE_OF_FAMILY.get(family, "all voices")
    suptitle = f"{family} ({voice}): value per group with {confidence:.0%} bootstrap interval"
    note = _caveat_text(part)
    axes = _forest_grid(fig, [label(g) for g in groups], titles, [first.at[m, "unit"] for m in measures],
                        suptitle, note, n_rows, n_cols)
    y = np.arange(len(groups))
    for k, ax in enumerate(axes.ravel()):
        if k >= len(measures):
            ax.set_visible(False)
            continue
        rows = part[part["measure"] == measures[k]].set_index("group").reindex(groups)
        for i, g in enumerate(groups):
            r = rows.loc[g]
            if not (pd.isna(r["low"]) or pd.isna(r["high"])):
                ax.plot([r["low"], r["high"]], [i, i], color=colors[g], linewidth=2.2, solid_capstyle="butt")
            ax.plot([r["value"]], [i], "o", color=colors[g], markersize=6, markeredgecolor="white")
        ax.set_title(label(rows["label"].iloc[0], 38), loc="left", fontsize="medium")
        ax.set_xlabel(rows["unit"].iloc[0])
        if "-1 to 1" in rows["unit"].iloc[0]:
            ax.axvline(0, color="#999999", linewidth=0.8)
        _tidy(ax)
    axes[0][0].set_yticks(y, [label(g) for g in groups])
    axes[0][0].set_ylim(len(groups) - 0.5, -0.5)
    width, height = fig.get_size_inches()
    fig.suptitle(suptitle, x=GAP / width, y=1 - GAP / height, ha="left", va="top", fontsize="large")
    if note:
        fig.text(GAP / width, GAP / height, note, fontsize="small", color="#444444", ha="left", va="bottom")
    return fig


def _forest_grid(fig: Chart, groups: list[str], titles: list[str], units: list[str], suptitle: str, note: str,
                 n_rows: int, n_cols: int):
    """The panels of a forest plot, laid out by hand around its texts (see :mod:`analysis.display.layout`)."""
    title_h = tallest(fig, titles, "medium") + TITLE_PAD
    below = TICK + line(fig, font("xtick")) + LABEL_PAD + tallest(fig, units, font("axes.label"))
    note_h = text_size(fig, note, "small")[1] + GAP if note else 0.0
    top = GAP + text_size(fig, suptitle, "large")[1] + GAP + title_h
    grid = Grid(n_rows, n_cols, width=PANEL_INCHES, height=ROW_INCHES * max(len(groups), 2) + 0.2,
                left=GAP + widest(fig, groups, font("ytick")) + TICK, right=0.25, top=top,
                bottom=below + GAP + note_h, across=0.3, down=below + 0.05 + title_h,
                min_width=2 * GAP + max(text_size(fig, suptitle, "large")[0], text_size(fig, note, "small")[0]))
    return grid.place(fig).subplots(sharey=True, squeeze=False)


def words_chart(words: pd.DataFrame, group_a: str, group_b: str, n: int = 15) -> Chart:
    """The ``n`` terms favouring each side of one comparison as bars of z (positive: ``group_a``, negative:
    ``group_b``), with dashed lines at z = +-1.96 (the conventional mark of a clear difference)."""
    part = words[(words["group_a"] == group_a) & (words["group_b"] == group_b)]
    side_a = part[part["favours"] == group_a].head(n)  # the table lists each side strongest first
    side_b = part[part["favours"] != group_a].head(n)
    rows = pd.concat([side_a, side_b.iloc[::-1]], ignore_index=True)
    colors = group_colors([*words["group_a"], *words["group_b"]])
    ticks = [label(f"{t}  ({a} / {b})", 60) for t, a, b in zip(rows["term"], rows["count_a"], rows["count_b"])]
    title = label(f"Words and phrases that separate {group_a} (right) from {group_b} (left); "
                  "counts in brackets; house style removed", 90)
    fig = Chart()
    ax = _single_axes(fig, 0.3 * max(len(rows), 2), ticks, title, WORDS_XLABEL)
    if rows.empty:
        ax.text(0.5, 0.5, "No words to compare", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    bar_colors = [colors[group_a] if z > 0 else colors[group_b] for z in rows["z"]]
    ax.barh(range(len(rows)), rows["z"], color=bar_colors)
    ax.set_yticks(range(len(rows)), ticks)
    ax.invert_yaxis()
    for mark in (-Z_MARK, Z_MARK):
        ax.axvline(mark, color="#777777", linestyle="--", linewidth=0.9)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel(WORDS_XLABEL)
    ax.set_title(title, loc="left")
    _tidy(ax)
    return fig


def _single_axes(fig: Chart, height: float, ticks: list[str], title: str, xlabel: str, width: float = 9.0,
                 right: float = 0.25, inner: float | None = None):
    """One axes ``height`` inches tall (``inner`` wide if given) with room for its y tick labels, title and x
    label, in a figure ``width`` inches wide (wider when the title needs it); laid out by hand."""
    left = GAP + widest(fig, ticks, font("ytick")) + TICK
    title_w, title_h = text_size(fig, title, font("axes.title"))
    below = TICK + line(fig, font("xtick")) + LABEL_PAD + text_size(fig, xlabel, font("axes.label"))[1]
    inner = inner or max(width - left - right, title_w - 0.5, 3.0)
    grid = Grid(1, 1, width=inner, height=height, left=left, right=right, top=GAP + title_h + TITLE_PAD,
                bottom=below + GAP, min_width=left + title_w + GAP)
    return fig.add_subplot(grid.place(fig)[0, 0])


def actor_framing_heatmap(actors: pd.DataFrame, names: list[str] | None = None,
                          value: str = "vader_mean") -> Chart:
    """Actors (rows) by groups (columns) coloured by ``value`` (default the mean VADER compound of the
    sentences naming the actor, -1 to 1, orange negative to purple positive), each cell labelled with the
    value and the number of sentences; grey where the group never names the actor."""
    names = names or sorted(actors["actor"].unique())
    table = actors.pivot_table(index="actor", columns="group", values=value, aggfunc="first").reindex(names)
    counts = actors.pivot_table(index="actor", columns="group", values="sentences", aggfunc="first")
    counts = counts.reindex(index=table.index, columns=table.columns)
    n_rows, n_cols = max(1, table.shape[0]), max(1, table.shape[1])
    fig = Chart()
    columns = [label(c, 16) for c in table.columns]
    title, bar_label = "Tone of the sentences naming each actor, by group", "mean VADER compound (-1 to 1)"
    ax, cax = heat_axes(fig, (1.65 * n_cols, 0.5 * n_rows), [label(r) for r in table.index], columns, title,
                        "group", bar_label)
    values = table.to_numpy(dtype=float) if not table.empty else np.full((1, 1), np.nan)
    cmap = colormaps["PuOr"].with_extremes(bad="#e8e8e8")
    image = ax.imshow(values, cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    for i in range(table.shape[0]):
        for j in range(table.shape[1]):
            v, n = values[i, j], counts.iat[i, j]
            text = "not named" if np.isnan(v) else f"{v:+.2f}\n({int(n)} sent.)"
            ax.text(j, i, text, ha="center", va="center", fontsize="x-small",
                    color="#777777" if np.isnan(v) else "white" if abs(v) > 0.6 else "black")
    ax.set_xticks(range(table.shape[1]), columns)
    ax.set_yticks(range(table.shape[0]), [label(r) for r in table.index])
    ax.set_xlabel("group")
    ax.set_title(title, loc="left")
    fig.colorbar(image, cax=cax, label=bar_label)
    return fig


def words_charts(words: pd.DataFrame, n: int = 15) -> list[Chart]:
    """The distinguishing-words charts a report shows: the one pair when there are two groups, each group
    against the rest when there are more (every pair is in the table)."""
    kind = "group vs rest" if (words["comparison"] == "group vs rest").any() else "pair"
    pairs = words.loc[words["comparison"] == kind, ["group_a", "group_b"]].drop_duplicates()
    return [words_chart(words, a, b, n) for a, b in pairs.itertuples(index=False)]


def trend_chart(trends: pd.DataFrame, measures: list[str], confidence: float = CONFIDENCE) -> Chart:
    """One panel per measure: a line per group over time (x: start of each period, in order, evenly spaced,
    so any date a corpus holds, 0001-01-01 or 9999-12-31 included, can be drawn) with its interval shaded;
    colours as in every other chart."""
    measures = [m for m in measures if (trends["measure"] == m).any()]
    fig = Chart()
    if not measures:
        ax = fig.add_subplot(Grid(1, 1, width=10.8, height=3.6).place(fig)[0, 0])
        ax.text(0.5, 0.5, "No dated articles", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    colors = group_colors(trends["group"])
    periods = sorted({str(p)[:10] for p in trends["period_start"]})
    position = {p: i for i, p in enumerate(periods)}
    step = max(1, math.ceil(len(periods) / 12))
    parts = {m: trends[trends["measure"] == m] for m in measures}
    suptitle = f"Measures per period, with {confidence:.0%} intervals (x: start of the period)"
    axes = _trend_grid(fig, parts, periods[::step], suptitle, colors)
    for k, ax in enumerate(axes.ravel()):
        if k >= len(measures):
            ax.set_visible(False)
            continue
        part = parts[measures[k]]
        for g, rows in part.groupby("group", sort=True):
            x = [position[str(p)[:10]] for p in rows["period_start"]]
            ax.plot(x, rows["value"], marker="o", color=colors[g], label=label(g, 40))
            ax.fill_between(x, rows["low"].astype(float), rows["high"].astype(float), color=colors[g],
                            alpha=0.15, linewidth=0)
        ax.set_title(label(part["label"].iloc[0], 50), loc="left", fontsize="medium")
        ax.set_ylabel(part["unit"].iloc[0])
        _tidy(ax)
        ax.set_xticks(range(0, len(periods), step), periods[::step])
        ax.tick_params(axis="x", labelrotation=30, labelbottom=True)
    return fig


def _trend_grid(fig: Chart, parts: dict[str, pd.DataFrame], ticks: list[str], suptitle: str, colors: dict):
    """The panels of a trend chart (two a row) and its legend of groups, laid out by hand."""
    from matplotlib.lines import Line2D

    titles = [label(p["label"].iloc[0], 50) for p in parts.values()]
    names = sorted(set(next(iter(parts.values()))["group"]))  # the first panel's lines, as matplotlib lists them
    legend = fig.legend([Line2D([], [], marker="o", color=colors[g]) for g in names], [label(g, 40) for g in names],
                        loc="upper left", fontsize="small", frameon=False)
    title_h = tallest(fig, titles, "medium") + TITLE_PAD
    below = TICK + tallest(fig, ticks, font("xtick"), rotation=30) + GAP
    side = TICK + widest(fig, ["-0.25", "100.0"], font("ytick")) + LABEL_PAD + line(fig, font("axes.label"))
    sup_w, sup_h = text_size(fig, suptitle, "large")
    grid = Grid(math.ceil(len(parts) / 2), min(2, len(parts)), width=4.4, height=2.0, left=GAP + side,
                right=GAP + extent(fig, legend)[0] + GAP, top=2 * GAP + sup_h + title_h, bottom=below,
                across=side + 0.2, down=below + title_h, min_width=sup_w + 2 * GAP)
    axes = grid.place(fig).subplots(squeeze=False, sharex=True)
    width, height = fig.get_size_inches()
    legend.set_bbox_to_anchor((1 - (GAP + extent(fig, legend)[0]) / width, 1 - (grid.top - title_h) / height),
                              transform=fig.transFigure)
    fig.suptitle(suptitle, x=GAP / width, y=1 - GAP / height, ha="left", va="top")
    return axes
