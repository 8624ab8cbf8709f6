"""The colours of every chart and highlight, colour-blind safe and the same everywhere: loaded-term
categories take Paul Tol's "muted" palette in the order of the shipped lexicon, then his "light" palette with
a hatch pattern in bar charts; the sentiment tools and every other measure Okabe & Ito's palette (each span
kind's colour is declared in :mod:`analysis.measures.registry`)."""
from __future__ import annotations

import hashlib
from functools import lru_cache

from analysis.measures.registry import span_kind

#: Paul Tol's "muted" qualitative palette (colour-blind safe), for loaded-term categories in lexicon order.
TOL_MUTED = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933",
             "#AA4499")
#: Paul Tol's "light" palette, for the shipped categories after the ninth (drawn hatched in bar charts) and
#: for categories that only a user's own lexicon has (picked by name, hatched too).
TOL_LIGHT = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00")
#: Colours of the two sentiment tools in charts (Okabe & Ito's palette); every span kind's colour is
#: declared in :mod:`analysis.measures.registry`.
TOOL_COLORS = {"vader": "#0072B2", "textblob": "#E69F00"}
#: Diverging colour map for sentiment in [-1, 1] (orange negative, purple positive; colour-blind safe),
#: and the colour of a cell with no value.
SENTIMENT_CMAP = "PuOr"
MISSING_COLOR = "#e8e8e8"


@lru_cache(maxsize=1)
def _shipped_categories() -> tuple[str, ...]:
    """The categories of the shipped loaded-terms lexicon, in file order (none if it cannot be read: the
    analysis reports that error itself, and the colours then all come from :data:`TOL_LIGHT`)."""
    from analysis.errors import LexiconError
    from analysis.lexicon import load_lexicon
    from analysis.paths import LEXICON_DIR

    try:
        return tuple(load_lexicon(LEXICON_DIR / "loaded_terms.yaml", "loaded").categories)
    except LexiconError:
        return ()


def category_color(category: str) -> str:
    """The colour of a loaded-term category: by its place in the shipped lexicon (the muted palette, then
    the light one), else one of the light palette picked by the name."""
    shipped = _shipped_categories()
    if category in shipped:
        i = shipped.index(category)
        if i < len(TOL_MUTED):
            return TOL_MUTED[i]
        return TOL_LIGHT[(i - len(TOL_MUTED)) % len(TOL_LIGHT)]
    digest = int(hashlib.sha1(category.encode()).hexdigest(), 16)
    return TOL_LIGHT[digest % len(TOL_LIGHT)]


def category_hatch(category: str) -> str:
    """The hatch pattern of a category's bars: none for the first nine shipped categories, ``///`` for the
    others, so that a colour of the light palette is never the only thing telling two categories apart."""
    shipped = _shipped_categories()
    return "" if category in shipped[:len(TOL_MUTED)] else "///"


def color_for(measure: str, category: str = "") -> str:
    """The colour of a span of ``measure`` and ``category`` (the same in every chart and highlight)."""
    if measure == "loaded":
        return category_color(category)
    if measure in TOOL_COLORS:
        return TOOL_COLORS[measure]
    return span_kind(measure).color(category)
