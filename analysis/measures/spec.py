"""The declarations a measure makes in :mod:`analysis.measures.registry`: its span kinds (:class:`SpanKind`),
the figures the comparison reads (:class:`Compared`) and the whole spec (:class:`MeasureSpec`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

#: How a span is marked in a highlighted article: a coloured fill, or an underline for long spans that
#: hold others (attributions, quotations).
STYLES = ("fill", "dotted", "solid")
#: Colour of a category that no declaration names (a user's own category).
FALLBACK_COLOR = "#BBBBBB"
#: The report pages a span kind can be shown on (``notebooks/0N_*.ipynb``).
PAGES = ("01", "03")


@dataclass(frozen=True)
class SpanKind:
    """One kind of span a measure returns.

    ``name`` is ``Span.measure``; ``label`` the singular name people read ("hedge") and ``plural`` the name
    of the kind as a measure ("hedges"; default ``label`` + "s"); ``colors`` maps a category to a colour
    (``""`` for every category; loaded-term categories use the palette in :mod:`analysis.display.charts`
    instead, ``colors`` empty); ``style`` one of :data:`STYLES`; ``by_category`` whether marks are coloured
    per category; ``lexicon`` the lexicon kind whose entries the spans name (their explanations and neutral
    alternatives), ``""`` for spans from no lexicon and ``None`` for the lexicon of the kind's own name.
    ``page``: the report page (one of :data:`PAGES`) that reads it, ``""`` for none; ``in_context``: that
    page lists it in its keyword-in-context table; ``marked``: that page highlights it in its articles;
    ``browser``: shown (and switchable) in the article browser; ``per_sentence``: counted in a column of
    the sentences table named after it; ``voiced``: the articles table gives ``writer_<name>_count``,
    ``writer_<name>_per_1000``, ``quoted_<name>_count`` and ``headline_<name>_count`` for it.
    """

    name: str
    label: str
    colors: Mapping[str, str] = field(default_factory=dict)
    style: str = "fill"
    by_category: bool = False
    lexicon: str | None = None
    plural: str = ""
    page: str = ""
    in_context: bool = False
    marked: bool = True
    browser: bool = True
    per_sentence: bool = False
    voiced: bool = False

    @property
    def lexicon_kind(self) -> str:
        """The lexicon kind this span kind's entries come from (``""``: none)."""
        return self.name if self.lexicon is None else self.lexicon

    @property
    def display(self) -> str:
        """The name of the kind as a measure, as people read it ("loaded terms")."""
        return self.plural or f"{self.label}s"

    def color(self, category: str = "") -> str:
        """The colour of a span of this kind and ``category`` (hex)."""
        return self.colors.get(category) or self.colors.get("", FALLBACK_COLOR)


#: Whose words a compared figure counts: the writer's own (quotations, reported speech and headlines left
#: out) or every voice of the body.
VOICES = ("writer", "all")
#: Units of compared figures (rates are per 1,000 words of the voice counted).
PER_1000_WRITER = "per 1,000 words in the writer's own voice"
SCORE = "score, -1 to 1"


@dataclass(frozen=True)
class Compared:
    """One figure a measure gives the comparison and the front page: a ratio of sums over body sentences,
    ``scale * sum(numerator) / sum(denominator)``.

    ``key`` names it in tables (the articles-table column when it means the same); ``label`` is the table's
    name and ``family`` the chart it is drawn in; ``unit`` its unit. What is counted: ``spans`` (a span
    kind, with ``category`` or ``strength`` when only one category or strength counts) in the writer's own
    voice (loaded terms: the story's shared vocabulary apart), per 1,000 words the
    writer wrote; or ``score``, a column of the sentences table, averaged over every body sentence (all
    voices); or, for a figure built from other counts, ``numerator`` / ``denominator`` naming columns of
    :func:`analysis.compare.rates.sentence_units`. ``empty`` is the value when the denominator sums to 0.
    Wording: ``noun`` is what a sentence says a group wrote more or fewer of ("hedges (softening words)"),
    ``more`` / ``less`` the comparatives ("more" / "fewer"; for a score "reads more positive" / "reads more
    negative"); ``headline``: the plain-words summary and the front page speak of it; ``page``: the number
    of the report page that explains it.
    """

    key: str
    label: str
    family: str
    unit: str = PER_1000_WRITER
    spans: str = ""
    category: str = ""
    strength: str = ""
    score: str = ""
    numerator: str = ""
    denominator: str = ""
    scale: float = 1000.0
    empty: float = float("nan")
    noun: str = ""
    more: str = "more"
    less: str = "fewer"
    headline: bool = False
    page: str = ""

    @property
    def voice(self) -> str:
        """``writer`` for counts of spans, ``all`` for sentence scores (see :data:`VOICES`)."""
        return "all" if self.score else "writer"

    @property
    def counted(self) -> tuple[str, str]:
        """(numerator, denominator): the columns of the sentence units this figure divides."""
        if self.numerator:
            return self.numerator, self.denominator or "writer_words"
        if self.score:
            return self.score, "one"
        return "_".join(filter(None, (self.spans, self.category, self.strength))), "writer_words"


@dataclass(frozen=True)
class MeasureSpec:
    """Everything one measure declares (see the module docstring). ``columns`` maps each articles-table
    column the measure adds to its display name; ``summary`` names the ones summaries lead with."""

    name: str
    build: Callable[[Mapping, object], object]
    lexicons: tuple[str, ...]
    spans: tuple[SpanKind, ...]
    columns: Mapping[str, str]
    summary: tuple[str, ...] = ()
    headline: bool = False
    example: str = ""
    compared: tuple[Compared, ...] = ()
