"""Charts laid out by hand: the size of their texts measured once, margins set in inches, no layout engine.

matplotlib's constrained layout measures every tick label, title and legend of a figure by drawing it
without pixels, more than once, and a tight box (``bbox_inches="tight"``) draws it once more to find its
edges: a chart then costs two to three times its drawing. A chart laid out here knows the size of its
fixed texts before it is drawn (group names, titles, axis labels and legends are strings it sets;
numeric tick labels are one line of the tick font), places its axes with margins in inches that hold
them, and sets ``tight_bbox`` to ``False``, so its PNG is the figure's own size, drawn once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from matplotlib import rcParams
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text

#: Space between a text and the edge of the picture or the next text (inches).
GAP = 0.1
#: The pad above an axes title (6 pt) and above an axis label (4 pt), in inches.
TITLE_PAD = 6 / 72
LABEL_PAD = 4 / 72
#: A tick (3.5 pt) and its label's pad (3.5 pt), in inches.
TICK = 7 / 72


@lru_cache(maxsize=4)
def _renderer(dpi: float):
    """A small Agg renderer at ``dpi`` that measures text (the picture's own renderer does not exist yet)."""
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(8, 8, dpi)


def text_size(fig, text: str, size="medium", rotation: float = 0.0) -> tuple[float, float]:
    """Width and height in inches of ``text`` (one or more lines) drawn on ``fig`` in ``size`` (points or a
    name such as ``"large"``), turned by ``rotation`` degrees; (0, 0) for an empty text."""
    if not str(text):
        return 0.0, 0.0
    artist = Text(0, 0, str(text), fontproperties=FontProperties(size=size), parse_math=False,
                  rotation=rotation)
    artist.set_figure(fig)
    box = artist.get_window_extent(_renderer(fig.dpi))
    return box.width / fig.dpi, box.height / fig.dpi


def widest(fig, texts, size="medium", rotation: float = 0.0) -> float:
    """The width in inches of the widest of ``texts`` (0 for none)."""
    return max((text_size(fig, t, size, rotation)[0] for t in texts), default=0.0)


def tallest(fig, texts, size="medium", rotation: float = 0.0) -> float:
    """The height in inches of the tallest of ``texts`` (0 for none)."""
    return max((text_size(fig, t, size, rotation)[1] for t in texts), default=0.0)


def extent(fig, artist) -> tuple[float, float]:
    """Width and height in inches of an artist made but not drawn yet (a legend), wherever it is placed."""
    box = artist.get_window_extent(_renderer(fig.dpi))
    return box.width / fig.dpi, box.height / fig.dpi


def line(fig, size="medium") -> float:
    """The height in inches of one line of text in ``size`` (a numeric tick label, a one-line label)."""
    return text_size(fig, "0Ag", size)[1]


@dataclass
class Grid:
    """Panels of ``width`` x ``height`` inches in ``rows`` x ``cols``, ``across`` and ``down`` inches apart,
    with margins in inches around them. :meth:`place` sizes the figure to hold them and returns the
    gridspec."""

    rows: int
    cols: int
    width: float
    height: float
    left: float = GAP
    right: float = GAP
    top: float = GAP
    bottom: float = GAP
    across: float = 0.0
    down: float = 0.0
    min_width: float = 0.0

    def size(self) -> tuple[float, float]:
        """The figure's width and height in inches (at least ``min_width`` wide)."""
        inner = self.cols * self.width + (self.cols - 1) * self.across
        return (max(self.left + inner + self.right, self.min_width),
                self.top + self.rows * self.height + (self.rows - 1) * self.down + self.bottom)

    def place(self, fig):
        """Set ``fig``'s size to :meth:`size`, mark it drawn at its own size, and return the gridspec."""
        width, height = self.size()
        fig.set_size_inches(width, height)
        fig.set_layout_engine("none")
        fig.tight_bbox = False
        return fig.add_gridspec(self.rows, self.cols, left=self.left / width,
                                right=(self.left + self.cols * self.width + (self.cols - 1) * self.across) / width,
                                top=1 - self.top / height, bottom=self.bottom / height,
                                wspace=self.across / self.width if self.cols > 1 else 0.0,
                                hspace=self.down / self.height if self.rows > 1 else 0.0)


def font(name: str) -> str | float:
    """The size matplotlib gives a kind of text (``"xtick"``, ``"ytick"``, ``"axes.title"``,
    ``"axes.label"``, ``"figure.title"``, ``"legend"``)."""
    key = {"xtick": "xtick.labelsize", "ytick": "ytick.labelsize", "axes.title": "axes.titlesize",
           "axes.label": "axes.labelsize", "figure.title": "figure.titlesize", "legend": "legend.fontsize"}[name]
    return rcParams[key]


def fit_row(fig, axes: list, ticks: list[str], width: float, height: float, across: float = 0.3) -> None:
    """Lay out by hand a row of ``axes`` sharing the y tick labels ``ticks`` (shown left of the first),
    each ``height`` inches tall, in a figure ``width`` inches wide (wider when a title needs it), with room
    for their titles, axis labels, a legend anchored outside an axes (right of it) and the figure's own
    legends (above). Call it when every artist is made, before drawing."""
    first = axes[0]
    left = GAP + widest(fig, ticks, font("ytick")) + TICK
    if first.get_ylabel():
        left += text_size(fig, first.get_ylabel(), font("axes.label"), rotation=90)[0] + LABEL_PAD
    titles = [ax.get_title(loc) for ax in axes for loc in ("left", "center", "right") if ax.get_title(loc)]
    top = GAP + (tallest(fig, titles, font("axes.title")) + TITLE_PAD if titles else 0.0)
    top += sum(extent(fig, legend)[1] for legend in fig.legends)
    bottom = GAP + TICK + line(fig, font("xtick")) + LABEL_PAD + tallest(fig, [ax.get_xlabel() for ax in axes])
    outside = [ax.get_legend() for ax in axes if ax.get_legend() is not None
               and ax.get_legend()._bbox_to_anchor is not None]
    right = GAP + max((extent(fig, legend)[0] + GAP for legend in outside), default=0.0)
    title_w = max((text_size(fig, ax.get_title("left"), font("axes.title"))[0] for ax in axes), default=0.0)
    inner = max((width - left - right - across * (len(axes) - 1)) / len(axes), 2.5,
                title_w if len(axes) > 1 else 0.0)  # a panel's title never runs into the next one's
    grid = Grid(1, len(axes), width=inner, height=height, left=left, right=right, top=top, bottom=bottom,
                across=across, min_width=left + title_w + GAP)
    spec = grid.place(fig)
    for k, ax in enumerate(axes):
        ax.set_subplotspec(spec[0, k])


def heat_axes(fig, size: tuple[float, float], rows: list[str], columns: list[str], title: str, xlabel: str,
              bar_label: str, rotation: float = 0.0) -> tuple:
    """A heat map's axes (``size``: width and height of its cells' area in inches) with its row labels on
    the left, its column labels (turned by ``rotation`` degrees) and ``xlabel`` below, ``title`` above and
    a colour bar on the right 0.8 of its height (the axes are made taller when ``bar_label`` needs it);
    laid out by hand. Returns ``(axes, colour bar axes)``."""
    width, height = size
    height = max(height, (text_size(fig, bar_label, font("axes.label"))[0] + GAP) / 0.8)
    left = GAP + widest(fig, rows, font("ytick")) + TICK
    title_w, title_h = text_size(fig, title, font("axes.title"))
    below = (TICK + tallest(fig, columns or ["0"], font("xtick"), rotation) + LABEL_PAD
             + text_size(fig, xlabel, font("axes.label"))[1])
    bar = 0.15 + TICK + widest(fig, ["-1.00"], font("ytick")) + LABEL_PAD + line(fig, font("axes.label"))
    grid = Grid(1, 1, width=width, height=height, left=left, right=2 * GAP + bar, top=GAP + title_h + TITLE_PAD,
                bottom=below + GAP,
                min_width=left + max(title_w, text_size(fig, xlabel, font("axes.label"))[0]) + GAP)
    ax = fig.add_subplot(grid.place(fig)[0, 0])
    box, total = ax.get_position(), fig.get_size_inches()[0]
    cax = fig.add_axes((box.x1 + GAP / total, box.y0 + 0.1 * box.height, 0.15 / total, 0.8 * box.height))
    return ax, cax
