"""Charts laid out by hand (analysis/display/layout.py): drawn once at their own size, every text inside the
picture and clear of the other panels, and the same marks as the tables they draw."""
from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text
from PIL import Image

from analysis.compare import charts as cc
from analysis.display import charts

GROUPS = ["Daily Ledger", "The $5 Weekly Review of Longer Outlet Names Than Fit", "nyt"]
CAVEAT = "nyt has fewer than 10 articles: its interval is wide and its value may move with one article."


def estimates() -> pd.DataFrame:
    rows = []
    for k, (measure, unit) in enumerate([("loaded_per_1000", "per 1,000 words in the writer's own voice"),
                                         ("loaded_emotive", "per 1,000 words in the writer's own voice"),
                                         ("loaded_actor", "per 1,000 words in the writer's own voice"),
                                         ("loaded_verb", "per 1,000 words in the writer's own voice")]):
        for i, group in enumerate(GROUPS):
            value = 1.0 + k + i / 2
            rows.append({"family": "Loaded terms", "measure": measure, "group": group, "value": value,
                         "low": value - 0.5, "high": value + 0.25 + i, "unit": unit,
                         "label": f"Loaded: a category called number {k} with a long name to wrap",
                         "caveat": CAVEAT if group == "nyt" else ""})
    return pd.DataFrame(rows)


def drawn(fig) -> Image.Image:
    """The chart's PNG, as a notebook shows it."""
    return Image.open(io.BytesIO(fig._repr_png_()))


def check_layout(fig) -> None:
    """The PNG is the figure's own size (no tight box: drawn once), every visible text lies inside it, and
    no text of one panel reaches into another panel."""
    picture = drawn(fig)
    assert fig.tight_bbox is False
    width, height = fig.get_size_inches() * fig.dpi
    assert picture.size == (int(width), int(height))  # Agg truncates
    renderer = FigureCanvasAgg(fig).get_renderer()
    box = fig.bbox
    panels = [ax for ax in fig.axes if ax.get_visible()]
    ticks = {id(label) for ax in fig.axes for axis in (ax.xaxis, ax.yaxis)
             for tick in axis.get_major_ticks() + axis.get_minor_ticks()
             for label in (tick.label1, tick.label2)}
    drawn_ticks = [label for ax in panels if ax.axison for axis in (ax.xaxis, ax.yaxis)
                   for tick in axis._update_ticks()  # the ticks inside the axis' limits, as drawn
                   for label in (tick.label1, tick.label2)]
    texts = [t for t in [*fig.findobj(Text), *drawn_ticks] if (id(t) not in ticks or t in drawn_ticks)
             and t.get_visible() and t.get_text().strip()]
    assert texts
    for text in texts:
        extent = text.get_window_extent(renderer)
        assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, text.get_text()
        assert box.y0 - 0.5 <= extent.y0 and extent.y1 <= box.y1 + 0.5, text.get_text()
        owner = text.axes
        if owner is not None and text in (owner.title, owner._left_title, owner._right_title):
            for other in panels:
                if other is not owner:
                    for title in (other.title, other._left_title, other._right_title):
                        if title.get_text():
                            assert not extent.overlaps(title.get_window_extent(renderer)), text.get_text()
        for ax in panels:
            if ax is not owner and text.figure is fig and owner is not None and owner in panels:
                assert not extent.overlaps(ax.get_window_extent(renderer)), (text.get_text(),
                                                                             ax.get_title("left"))


def test_forest_plot_draws_each_group_s_value_and_interval_with_every_text_in_the_picture():
    table = estimates()
    fig = cc.forest_plot(table, "Loaded terms")
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert len(panels) == 4 and len(fig.axes) == 6  # a row of three and a row of one, two left empty
    for ax, measure in zip(panels, ["loaded_per_1000", "loaded_emotive", "loaded_actor", "loaded_verb"]):
        rows = table[table["measure"] == measure].set_index("group")
        lines = [line for line in ax.get_lines() if len(line.get_xdata()) == 2]
        dots = [line for line in ax.get_lines() if len(line.get_xdata()) == 1]
        for i, group in enumerate(sorted(GROUPS)):
            assert list(lines[i].get_xdata()) == [rows.at[group, "low"], rows.at[group, "high"]]
            assert list(dots[i].get_xdata()) == [rows.at[group, "value"]] and list(dots[i].get_ydata()) == [i]
    assert [t.get_text() for t in panels[0].get_yticklabels()] == [cc.label(g) for g in sorted(GROUPS)]
    check_layout(fig)
    notes = [t for t in fig.texts if t.get_text().startswith("Note:")]
    assert len(notes) == 1 and "fewer than 10 articles" in notes[0].get_text()


def test_forest_plot_of_one_measure_is_as_wide_as_its_title():
    fig = cc.forest_plot(estimates()[lambda t: t["measure"] == "loaded_per_1000"], "Loaded terms")
    check_layout(fig)


def words() -> pd.DataFrame:
    rows = []
    for k in range(12):
        a_side = k % 2 == 0
        rows.append({"comparison": "pair", "group_a": GROUPS[0], "group_b": GROUPS[1],
                     "favours": GROUPS[0] if a_side else GROUPS[1], "term": f"term number {k} of a longer phrase",
                     "z": (3.0 - k / 10) * (1 if a_side else -1), "count_a": 10 + k, "count_b": k})
    return pd.DataFrame(rows)


def test_words_chart_draws_the_z_of_every_term_and_keeps_its_labels_in_the_picture():
    table = words()
    (fig,) = cc.words_charts(table, n=15)
    bars = fig.axes[0].patches
    expected = [*table[table["z"] > 0]["z"], *table[table["z"] < 0]["z"][::-1]]
    assert [round(b.get_width(), 9) for b in bars] == [round(z, 9) for z in expected]
    check_layout(fig)
    empty = cc.words_chart(table.iloc[:0], GROUPS[0], GROUPS[1])
    check_layout(empty)


def test_actor_heat_map_and_trend_chart_keep_every_text_in_the_picture():
    actors = pd.DataFrame([{"actor": actor, "group": group, "vader_mean": 0.1 * i - 0.3 * j, "sentences": 3 + i}
                           for i, actor in enumerate(["United States", "A Ministry of Long Names and Titles"])
                           for j, group in enumerate(GROUPS)])
    fig = cc.actor_framing_heatmap(actors)
    image = fig.axes[0].get_images()[0].get_array()
    assert np.allclose(np.asarray(image), [[0.1 * i - 0.3 * j for j in (0, 1, 2)] for i in (1, 0)])
    check_layout(fig)
    trends = pd.DataFrame([{"measure": m, "group": g, "period_start": f"2025-0{p + 1}-06", "value": p + j,
                            "low": p + j - 1, "high": p + j + 1, "label": f"Measure {m}", "unit": "per 1,000 words"}
                           for m in ("loaded_per_1000", "hedges_per_1000", "vader_compound_mean")
                           for j, g in enumerate(GROUPS) for p in range(4)])
    fig = cc.trend_chart(trends, ["loaded_per_1000", "hedges_per_1000", "vader_compound_mean"])
    assert sorted(GROUPS) == GROUPS  # the lines come in the groups' sorted order
    assert [list(line.get_ydata()) for line in fig.axes[0].get_lines()] == [[p + j for p in range(4)]
                                                                           for j in range(3)]
    check_layout(fig)
    legend = fig.legends[0]
    # as drawn: a $ is a $
    assert [t.get_text() for t in legend.get_texts()] == [charts.label(g, 40) for g in sorted(GROUPS)]


@pytest.mark.parametrize("n", [3, 45])
def test_bar_charts_of_the_pages_are_laid_out_once_with_every_text_inside(n):
    ids = [f"article-{k:03d}-with-a-long-identifier-from-a-file-name" for k in range(n)]
    rates = pd.DataFrame({"emotive": np.arange(n) % 5, "actor_label": np.arange(n) % 3},
                         index=pd.Index(ids, name="article_id"))
    fig = charts.loaded_stacked(rates)
    assert fig.pending_layout is not None  # laid out when first drawn, once every artist is there
    check_layout(fig)
    assert fig.pending_layout is None
    articles = pd.DataFrame({"article_id": ids, "hedges_per_1000": np.arange(n) % 4 + 1.0,
                             "boosters_per_1000": np.arange(n) % 3 + 0.5,
                             "certainty_index": (np.arange(n) % 7 - 3) / 3})
    fig = charts.certainty_chart(articles)
    check_layout(fig)
    shown = min(n, charts.SCREENFUL)
    assert len(fig.axes[1].patches) == shown


@pytest.mark.parametrize("n_cols", [2, 40])
def test_actor_grid_of_page_02_keeps_its_labels_inside_and_hatches_what_is_missing(n_cols):
    columns = pd.Index([f"a-long-article-identifier-{k:02d}" for k in range(n_cols)], name="article_id")
    table = pd.DataFrame([[0.5 if (i + k) % 3 else np.nan for k in range(n_cols)] for i in range(4)],
                         index=["United States", "Iran", "A Ministry of Long Names and Titles", "Spain"],
                         columns=columns)
    fig = charts.actor_heatmap(table)
    shown = min(n_cols, charts.SCREENFUL)
    assert fig.axes[0].get_images()[0].get_array().shape == (4, shown)
    hatched = [p for p in fig.axes[0].patches if p.get_hatch() == "///"]
    if n_cols <= shown:
        assert len(hatched) == int(table.isna().sum().sum())
    else:  # the busiest columns only
        assert 0 < len(hatched) < 4 * shown
    check_layout(fig)
