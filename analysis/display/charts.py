"""Figures for the report notebooks. Each function returns a :class:`Chart` (a matplotlib ``Figure`` made
without pyplot, so nothing is shown twice); a notebook shows it as the last expression of a cell.

Colours are colour-blind safe and the same everywhere: loaded-term categories take Paul Tol's "muted"
palette in the order of the shipped lexicon, then his "light" palette with a hatch pattern in bar charts
(:mod:`analysis.display.colors`: :func:`category_color`, :func:`category_hatch`), the other measures
Okabe & Ito's palette (declared in :mod:`analysis.measures.registry`). Charts with one row per article or group grow with the number of rows up to
:data:`SCREENFUL` rows; past that they show the highest and lowest rows (:func:`top_bottom`) and say so in
their title, so a chart of 20,000 articles is as small as one of 30.

No text on a chart is ever read as mathematics: every :class:`Chart` turns matplotlib's mathtext off for all
its text when it is drawn, so a ``$`` in an outlet, a title or a file name is shown as a ``$``.
"""
from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

import pandas as pd
from matplotlib import colormaps
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FixedLocator

from analysis.display.colors import MISSING_COLOR, SENTIMENT_CMAP, category_color, category_hatch, color_for
from analysis.display.labels import category_name, display_name
from analysis.display.layout import fit_row, heat_axes

#: Rows of a bar chart per inch of height, and the width of a label before it wraps (characters).
ROW_INCHES = 0.38
LEGEND_INCHES = 0.24
#: Above this many articles the actor grid drops the value written in each cell.
HEATMAP_LABELLED_COLUMNS = 12
LABEL_WIDTH = 28
DPI = 100
#: Rows (bars) a chart draws at most; past this it shows the :data:`SCREENFUL` // 2 highest and lowest.
SCREENFUL = 30


class Chart(Figure):
    """A matplotlib ``Figure`` that shows itself as a PNG in a notebook, with or without pyplot, and never
    reads its text as mathtext (see :meth:`plain_text`); its PNGs are written by
    :mod:`analysis.display.png` (the same pixels as Pillow's, quicker). A chart laid out by hand sets ``tight_bbox`` to
    ``False``: its PNG is then the figure's own size, drawn once (a tight box draws the figure twice)."""

    tight_bbox = True
    #: A layout to make when every artist is made, before the first drawing (see :func:`_rows_figure`).
    pending_layout = None

    def plain_text(self) -> None:
        """Turn mathtext off for every text of the figure (titles, labels, tick labels, legends), and show
        a ``\\$`` that an older caller escaped as a plain ``$``. Tick labels not made yet are made while the
        figure is drawn, under ``text.parse_math`` off (see :meth:`savefig`), so they are not made here."""
        for text in self._texts():
            text.set_parse_math(False)
            content = text.get_text()
            if "\\$" in content:
                text.set_text(content.replace("\\$", "$"))

    def _texts(self) -> list:
        """Every text artist of the figure, without making the ticks an axis has not made yet."""
        from matplotlib.axis import Axis
        from matplotlib.text import Text

        found, todo = [], [self]
        while todo:
            artist = todo.pop()
            if isinstance(artist, Text):
                found.append(artist)
            if isinstance(artist, Axis):
                made = [t for name in ("majorTicks", "minorTicks") for t in vars(artist).get(name, [])]
                todo.extend([artist.label, artist.offsetText, *made])
            else:
                todo.extend(artist.get_children())
        return found

    def savefig(self, *args, **kwargs):
        from matplotlib import rc_context

        from analysis.display.png import ChartCanvas

        self.plain_text()
        canvas = self.canvas
        ChartCanvas(self)  # Agg, writing PNGs without Pillow's filter search (see analysis.display.png) ...
        try:
            with rc_context({"text.parse_math": False}):
                if self.pending_layout is not None:
                    self.pending_layout, lay_out = None, self.pending_layout
                    lay_out()
                return super().savefig(*args, **kwargs)
        finally:  # ... for this drawing only, as matplotlib's own: its picture is not kept with the figure
            self.set_canvas(canvas)

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight" if self.tight_bbox else None)
        return buffer.getvalue()


def top_bottom(frame: pd.DataFrame, values: pd.Series, n: int = SCREENFUL, bottom: bool = True
               ) -> tuple[pd.DataFrame, str]:
    """The rows of ``frame`` to draw, sorted by ``values`` (aligned with ``frame``, highest first), and the
    note for the chart's title. All rows when there are at most ``n``; else the ``n // 2`` highest and
    ``n // 2`` lowest (or the ``n`` highest when ``bottom`` is False), with a note such as
    " (the 15 highest and 15 lowest of 20,000)"."""
    order = pd.Series(pd.to_numeric(values, errors="coerce").values, index=range(len(frame)))
    order = order.fillna(float("-inf")).sort_values(ascending=False, kind="stable")
    if len(frame) <= n:
        return frame, ""
    if not bottom:
        return frame.iloc[list(order.index[:n])], f" (the {n} highest of {len(frame):,})"
    half = n // 2
    picked = list(order.index[:half]) + list(order.index[-half:])
    return frame.iloc[picked], f" (the {half} highest and {half} lowest of {len(frame):,})"


def label(text: str, width: int = LABEL_WIDTH) -> str:
    """``text`` for a chart: bidirectional controls made visible, underscores shown as spaces, wrapped to
    ``width`` characters a line (at most three lines, the rest cut with an ellipsis). A ``$`` stays a
    ``$``: :class:`Chart` never reads text as mathtext."""
    from analysis.display.labels import clean

    lines = textwrap.wrap(clean(text).replace("_", " "), width) or [clean(text)]
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1] = lines[-1][: max(1, width - 1)] + "…"
    return "\n".join(lines)


def _rows_figure(n_rows: int, width: float = 9.0, panels: int = 1, legend: int = 0) -> tuple[Chart, list]:
    """A figure with axes tall enough for ``n_rows`` bars and a legend of ``legend`` entries beside them,
    laid out by hand around its texts when it is first drawn (:func:`analysis.display.layout.fit_row`:
    no layout engine, no tight box, drawn once)."""
    height = 0.4 + max(ROW_INCHES * max(n_rows, 2), LEGEND_INCHES * legend)
    fig = Chart(figsize=(width, height + 1.0))
    fig.tight_bbox = False
    axes = list(fig.subplots(1, panels, sharey=True, squeeze=False)[0])
    fig.pending_layout = lambda: fit_row(fig, axes, getattr(axes[0], "row_labels", []), width, height)
    return fig, axes


def _finish_barh(ax, labels: Sequence[str]) -> None:
    ax.row_labels = [label(x) for x in labels]
    ax.set_yticks(range(len(labels)), ax.row_labels)
    if not ax.yaxis_inverted():
        ax.invert_yaxis()
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


# ------------------------------------------------------------------ loaded terms

def loaded_stacked(rates: pd.DataFrame, title: str = "Loaded terms per 1,000 words, by category") -> Chart:
    """Horizontal stacked bars: one bar per row of ``rates`` (articles or groups; past :data:`SCREENFUL`
    rows the highest and lowest by total, as the title says), one segment per category column (a column
    ``all`` is ignored); the x axis is loaded terms per 1,000 words. One bar container per category, each
    holding one bar per row drawn."""
    categories = [c for c in rates.columns if c != "all"]
    rates, note = top_bottom(rates, rates[categories].sum(axis=1))
    fig, (ax,) = _rows_figure(len(rates), legend=len(categories) + 1)
    left = pd.Series(0.0, index=range(len(rates)))
    for category in categories:
        values = rates[category].astype(float).reset_index(drop=True)
        ax.barh(range(len(rates)), values.values, left=left.values, color=category_color(category),
                hatch=category_hatch(category), label=label(category_name(category), 40), edgecolor="white",
                linewidth=0.5)
        left = left + values
    _finish_barh(ax, [str(i) for i in rates.index])
    ax.set_xlim(0, max(float(left.max()) if len(left) else 0.0, 1.0) * 1.05)
    ax.set_xlabel("loaded terms per 1,000 words")
    ax.set_ylabel(label(display_name(rates.index.name or "")))
    ax.set_title(label(title + note, 70), loc="left")
    ax.legend(title="category", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small")
    return fig


def top_terms_chart(top: pd.DataFrame, title: str = "Most frequent lexicon entries (the words written are in "
                                                    "the table)") -> Chart:
    """One horizontal bar per term of :func:`analysis.report.pages.views.top_terms`, coloured by category; x = count
    of occurrences in the whole corpus."""
    fig, (ax,) = _rows_figure(len(top), width=8.0, legend=top["category"].nunique() + 1)
    colors = [category_color(c) for c in top["category"]]
    bars = ax.barh(range(len(top)), top["count"].values, color=colors, edgecolor="white")
    for bar, category in zip(bars, top["category"]):
        bar.set_hatch(category_hatch(category))
    _finish_barh(ax, list(top["lexicon entry"]))
    ax.set_xlabel("occurrences in the corpus (count)")
    ax.set_title(title, loc="left")
    ax.xaxis.get_major_locator().set_params(integer=True)
    seen = list(dict.fromkeys(top["category"]))
    handles = [Patch(facecolor=category_color(c), hatch=category_hatch(c), edgecolor="white",
                     label=label(category_name(c), 40)) for c in seen]
    if handles:
        ax.legend(handles=handles, title="category", loc="lower right", frameon=False, fontsize="small")
    return fig


# ------------------------------------------------------------------ sentiment

def sentiment_arcs(sentences: pd.DataFrame, article_ids: Sequence[str], limit: int | None = None,
                   columns: int = 3) -> Chart:
    """One panel per article (the first ``limit`` of ``article_ids``, all when ``None``; pass a chosen sample
    such as :func:`analysis.report.pages.evidence.sample`): x = sentence
    position (1 = first sentence), y = VADER compound and TextBlob polarity of each sentence, both in
    [-1, 1]. Two lines per panel; the title says how many articles were left out.

    Small multiples laid out once by hand (fixed margins in inches, one axis label for the whole grid, no
    layout engine and no tight box: the figure is drawn once), so 30 panels cost about what they show."""
    total = len(article_ids)
    article_ids = list(article_ids)[:limit] if limit is not None else list(article_ids)
    n = max(1, len(article_ids))
    cols = min(columns, n)
    rows = -(-n // cols)
    width, height = max(4.2 * cols, 6.0), 2.6 * rows + 0.9  # the title and legend need 6 inches
    fig = Chart(figsize=(width, height))
    fig.tight_bbox = False
    grid = fig.add_gridspec(rows, cols, left=0.75 / width, right=1 - 0.15 / width, top=1 - 1.15 / height,
                            bottom=0.75 / height, wspace=0.25 / 3.3, hspace=0.75 / 1.85)
    axes = grid.subplots(sharey=True, squeeze=False).ravel()
    # The panels share their y axis: its limits set once, before any line (each panel's line at 0 made
    # matplotlib scale all 30 panels to their data again), and its ticks the five those limits give (the
    # locator also made -1.5 and 1.5, outside the picture, in every panel).
    axes[0].set_ylim(-1.05, 1.05)
    axes[0].yaxis.set_major_locator(FixedLocator([-1.0, -0.5, 0.0, 0.5, 1.0]))
    drawn = sentences[["article_id", "sentence", "vader_compound", "textblob_polarity"]]
    by_article = {key: part for key, part in drawn.groupby("article_id", sort=False)}
    empty = drawn.iloc[:0]
    for ax, article in zip(axes, article_ids):
        part = by_article.get(article, empty).sort_values("sentence")
        x = part["sentence"].values + 1
        ax.axhline(0, color="#888888", linewidth=0.8)
        ax.plot(x, part["vader_compound"].values, marker="o", markersize=3, color=color_for("vader"),
                label="VADER compound")
        ax.plot(x, part["textblob_polarity"].values, marker="s", markersize=3, linestyle="--",
                color=color_for("textblob"), label="TextBlob polarity")
        ax.set_title(label(article, 45), fontsize="medium", loc="left", y=1.0)  # fixed: not placed per draw
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.grid(color="#eeeeee")
    for ax in axes[len(article_ids):]:
        ax.set_visible(False)
    fig.supxlabel("sentence position", y=0.15 / height, va="bottom", fontsize="medium")
    fig.supylabel("sentiment (-1 to 1)", x=0.1 / width, ha="left", fontsize="medium")
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles, names, loc="upper left", bbox_to_anchor=(0.05 / width, 1 - 0.4 / height), ncols=2,
               frameon=False, fontsize="small")
    shown = f" ({len(article_ids)} of {total:,} articles)" if len(article_ids) < total else ""
    fig.suptitle(f"Sentiment sentence by sentence{shown}", x=0.1 / width, y=1 - 0.1 / height, ha="left",
                 va="top")
    return fig


def sentiment_distribution(sentences: pd.DataFrame, groups: pd.Series, points: int = 400) -> Chart:
    """Box plots of sentence sentiment per group (``groups`` maps article id to group), with up to
    ``points`` sentences of each group drawn as dots (an even sample of them when there are more): left
    panel VADER compound, right panel TextBlob polarity, both in [-1, 1]. Past :data:`SCREENFUL` groups,
    the groups with the most sentences, as the title says."""
    frame = sentences.assign(group=sentences["article_id"].map(groups))
    sizes = frame.groupby("group", sort=False).size()
    order = [g for g in dict.fromkeys(groups.values) if g in sizes.index] or list(dict.fromkeys(groups.values))
    note = ""
    if len(order) > SCREENFUL:
        order = list(sizes.sort_values(ascending=False, kind="stable").index[:SCREENFUL])
        note = f" (the {SCREENFUL} groups with the most sentences, of {len(sizes):,})"
    fig, axes = _rows_figure(len(order), width=10.0, panels=2)
    for ax, (column, name, key) in zip(axes, [("vader_compound", "VADER compound", "vader"),
                                              ("textblob_polarity", "TextBlob polarity", "textblob")]):
        data = [frame.loc[frame["group"] == g, column].dropna().values for g in order]
        ax.boxplot([d if len(d) else [float("nan")] for d in data], positions=range(len(order)),
                   orientation="horizontal", widths=0.5, showfliers=False, medianprops={"color": "black"},
                   boxprops={"color": color_for(key)}, whiskerprops={"color": color_for(key)})
        for i, values in enumerate(data):
            step = max(1, -(-len(values) // points))
            values = values[::step]
            jitter = ((pd.Series(range(len(values))) * 0.618) % 1 - 0.5).values * 0.3
            ax.scatter(values, i + jitter, s=12, alpha=0.6, color=color_for(key), edgecolor="none")
        ax.axvline(0, color="#888888", linewidth=0.8)
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel(f"{name} of each sentence (-1 to 1)")
        ax.set_title(name + (note if ax is axes[0] else ""), loc="left")
        _finish_barh(ax, order)
    axes[0].set_ylabel(label(display_name(groups.name or "group")))
    return fig


def actor_heatmap(table: pd.DataFrame, title: str = "Mean VADER compound of sentences mentioning each actor"
                  ) -> Chart:
    """A grid of actors (rows) by articles (columns) coloured by mean sentiment in [-1, 1] (orange =
    negative, purple = positive, a colour-blind-safe diverging map), each cell labelled with its value
    (up to :data:`HEATMAP_LABELLED_COLUMNS` articles); hatched where the article does not mention the
    actor."""
    if table.shape[1] > SCREENFUL:
        busiest = table.notna().sum().sort_values(ascending=False, kind="stable").index[:SCREENFUL]
        table = table[[c for c in table.columns if c in set(busiest)]]
        title += f" (the {SCREENFUL} columns with the most actors, of more)"
    n_rows, n_cols = max(1, table.shape[0]), max(1, table.shape[1])
    crowded = n_cols > HEATMAP_LABELLED_COLUMNS
    fig = Chart()
    columns, rows = [label(c, 14) for c in table.columns], [label(r) for r in table.index]
    xlabel = f"{label(display_name(table.columns.name or 'article'))} (hatched: not mentioned there)"
    bar_label = "mean sentiment (-1 to 1)"
    ax, cax = heat_axes(fig, (min(1.1 * n_cols, 11.0) - 0.2, 0.4 * n_rows + 0.3), rows, columns,
                        label(title, 80), xlabel, bar_label, rotation=90 if crowded else 0)
    values = table.astype(float).values if not table.empty else [[float("nan")]]
    cmap = colormaps[SENTIMENT_CMAP].with_extremes(bad=MISSING_COLOR)
    image = ax.imshow(values, cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    for (i, j), v in pd.DataFrame(values).stack(future_stack=True).items():
        if pd.isna(v):
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="none", edgecolor="#999999",
                                   hatch="///", linewidth=0))
        elif not crowded:
            ax.text(j, i, f"{v:+.2f}", ha="center", va="center", fontsize="small",
                    color="white" if abs(v) > 0.6 else "black")
    ax.set_xticks(range(table.shape[1]), columns, rotation=90 if crowded else 0)
    ax.set_yticks(range(table.shape[0]), rows)
    ax.set_xlabel(xlabel)
    ax.set_title(label(title, 80), loc="left")
    fig.colorbar(image, cax=cax, label=bar_label)
    return fig


# ------------------------------------------------------------------ hedging and sourcing

def certainty_chart(articles: pd.DataFrame) -> Chart:
    """Left: hedges and boosters per 1,000 words per article (two bars each). Right: the certainty index
    ``(boosters - hedges) / (boosters + hedges)`` per article, in [-1, 1] (one bar each). Past
    :data:`SCREENFUL` articles, the most certain and the most hedged, as the title says."""
    articles, note = top_bottom(articles, articles["certainty_index"])
    ids = list(articles["article_id"])
    fig, (left, right) = _rows_figure(len(ids), width=10.0, panels=2)
    y = pd.Series(range(len(ids)), dtype=float)
    left.barh(y - 0.2, articles["hedges_per_1000"].values, height=0.4, color=color_for("hedges"),
              label="hedges")
    left.barh(y + 0.2, articles["boosters_per_1000"].values, height=0.4, color=color_for("boosters"),
              label="boosters")
    left.set_xlabel("per 1,000 words")
    left.set_title("Hedges and boosters" + note, loc="left")
    index = articles["certainty_index"].astype(float).values
    bars = right.barh(y, index, height=0.6,
                      color=[color_for("boosters") if v > 0 else color_for("hedges") for v in index])
    right.bar_label(bars, labels=[f"{v:+.2f}" for v in index], padding=3, fontsize="small")
    right.axvline(0, color="#888888", linewidth=0.8)
    right.set_xlim(-1.25, 1.25)
    right.set_xlabel("certainty index (-1 all hedges, +1 all boosters)")
    right.set_title("Certainty index", loc="left")
    for ax in (left, right):
        _finish_barh(ax, ids)
    left.set_ylabel("article")
    fig.legend(*left.get_legend_handles_labels(), loc="upper right", ncols=2, frameon=False, fontsize="small")
    return fig


def stacked_counts(counts: pd.DataFrame, measure: str, title: str, xlabel: str) -> Chart:
    """Horizontal stacked bars of counts: one bar per row (article; past :data:`SCREENFUL` rows the rows
    with the highest totals, as the title says), one segment per column, coloured by :func:`color_for` with
    ``measure`` and the column name. One bar container per column."""
    counts, note = top_bottom(counts, counts.sum(axis=1), bottom=False)
    fig, (ax,) = _rows_figure(len(counts), width=8.0)
    left = pd.Series(0, index=range(len(counts)))
    for column in counts.columns:
        values = counts[column].reset_index(drop=True)
        ax.barh(range(len(counts)), values.values, left=left.values, color=color_for(measure, column),
                label=label(category_name(column)), edgecolor="white", linewidth=0.5)
        left = left + values
    _finish_barh(ax, [str(i) for i in counts.index])
    ax.set_xlim(0, max(float(left.max()) if len(left) else 0.0, 1.0) * 1.05)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("article")
    ax.set_title(label(title + note, 70), loc="left")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small")
    return fig


def sources_chart(counts: pd.DataFrame) -> Chart:
    """Attributions per article by kind of source (named, anonymous, pronoun, unclear), as counts."""
    return stacked_counts(counts, "attributions", "Who is cited: attributions by kind of source",
                          "attributions (count)")


def verbs_chart(counts: pd.DataFrame) -> Chart:
    """Reporting verbs per article, neutral and loaded, as counts."""
    return stacked_counts(counts, "reporting_verbs", "Reporting verbs: neutral and loaded",
                          "reporting verbs (count)")
