"""The one place where each measure declares what the rest of the system needs to know about it.

A measure is a class in this package (one module each) plus one :class:`MeasureSpec` in :data:`REGISTRY`:

* ``lexicons``: the lexicon kinds it reads (each is a field of :class:`~analysis.pipeline.Config` holding
  file paths, and a ``kind:`` a user's own lexicon file may declare);
* ``build``: how to make it from the loaded lexicons and the config (imported only when called, so reading
  the registry costs nothing);
* ``spans``: the kinds of span it returns (``Span.measure``), each with a human label, its colours and how a
  highlighted article marks it;
* ``columns``: the per-article values it adds to the articles table that people read in summaries, with
  their headings and units;
* ``compared``: the figures the comparison (page 04, ``analysis.compare``) and the front page give for it, each a
  :class:`Compared` with its key, table label, unit, what it counts and the plain words that sentences about it
  use (``more``/``less``, ``subject``); only measures that declare figures here are compared;
* ``version``: bumped whenever the measure's rules change, so stored results made with older rules are not
  reused (see the run store).

Tables, charts, highlighting and the report's summary read these declarations; ``tests/test_registry.py``
fails when a measure returns a span kind, lexicon kind or column that is not declared here.

How to add a measure: write ``analysis/measures/<name>.py`` (a :class:`~analysis.measures.base.Measure`
subclass returning spans), its lexicon in ``analysis/lexicons/`` if it has one (plus a field of the same
name in ``Config``), and one ``MeasureSpec`` below. Nothing else needs editing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

#: How a span is marked in a highlighted article: a coloured fill, or an underline for long spans that
#: hold others (attributions, quotations).
STYLES = ("fill", "dotted", "solid")
#: Colour of a category that no declaration names (a user's own category).
FALLBACK_COLOR = "#BBBBBB"


@dataclass(frozen=True)
class SpanKind:
    """One kind of span a measure returns.

    ``name`` is ``Span.measure``; ``label`` the singular name people read ("hedge"); ``colors`` maps a
    category to a colour (``""`` for every category; loaded-term categories use the palette in
    :mod:`analysis.display.charts` instead, ``colors`` empty); ``style`` one of :data:`STYLES`;
    ``by_category`` whether marks are coloured per category; ``lexicon`` the lexicon kind whose entries the
    spans name (their explanations and neutral alternatives), ``""`` for spans from no lexicon and ``None``
    for the lexicon of the kind's own name.
    """

    name: str
    label: str
    colors: Mapping[str, str] = field(default_factory=dict)
    style: str = "fill"
    by_category: bool = False
    lexicon: str | None = None

    @property
    def lexicon_kind(self) -> str:
        """The lexicon kind this span kind's entries come from (``""``: none)."""
        return self.name if self.lexicon is None else self.lexicon

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
    kind, with ``category`` when only one category counts) in the writer's own voice, per 1,000 words the
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
        return (f"{self.spans}_{self.category}" if self.category else self.spans), "writer_words"


@dataclass(frozen=True)
class MeasureSpec:
    """Everything one measure declares (see the module docstring)."""

    name: str
    build: Callable[[Mapping, object], object]
    lexicons: tuple[str, ...]
    spans: tuple[SpanKind, ...]
    columns: Mapping[str, str]
    version: str = "1"
    compared: tuple[Compared, ...] = ()


# ---------------------------------------------------------------- builders (import the measure when called)

def _loaded(lexicons, config):
    from .loaded import LoadedTerms
    return LoadedTerms(lexicons["loaded"])


def _sentiment(lexicons, config):
    from .sentiment import Sentiment
    return Sentiment()


def _hedging(lexicons, config):
    from .hedging import Hedging
    return Hedging(lexicons["hedges"], lexicons["boosters"])


def _sourcing(lexicons, config):
    from .sourcing import Sourcing
    return Sourcing(lexicons["reporting_verbs"], lexicons["sources"], config.scare_max_words)


def _actors(lexicons, config):
    from .actors import ActorMentions
    return ActorMentions(lexicons["actors"])


# Colours: Okabe & Ito's colour-blind-safe palette for everything but loaded-term categories.
REGISTRY: tuple[MeasureSpec, ...] = (
    MeasureSpec(
        "loaded", _loaded, ("loaded",),
        (SpanKind("loaded", "loaded term", by_category=True),),
        {"loaded_per_1000": "loaded terms / 1,000 words"},
        compared=(Compared("loaded_per_1000", "Loaded terms (writer's voice)", "Loaded terms", spans="loaded",
                           noun="loaded terms (words that judge rather than describe)", headline=True,
                           page="01"),)),
    MeasureSpec(
        "sentiment", _sentiment, (), (),
        {"vader_compound_mean": "VADER mean (-1..1)", "textblob_subjectivity": "subjectivity (0..1)"},
        compared=(Compared("vader_compound_mean", "VADER compound (mean per sentence, all voices)", "Sentiment",
                           SCORE, score="vader_compound", scale=1.0, noun="tone scored by VADER",
                           more="reads more positive", less="reads more negative", headline=True, page="02"),
                  Compared("textblob_polarity_mean", "TextBlob polarity (mean per sentence, all voices)",
                           "Sentiment", SCORE, score="textblob_polarity", scale=1.0, noun="tone scored by TextBlob",
                           more="reads more positive", less="reads more negative", page="02"),
                  Compared("textblob_subjectivity_mean", "TextBlob subjectivity (mean per sentence, all voices)",
                           "Sentiment", "score, 0 to 1", score="textblob_subjectivity", scale=1.0,
                           noun="opinion scored by TextBlob", more="reads more like opinion",
                           less="reads less like opinion", page="02"))),
    MeasureSpec(
        "hedging", _hedging, ("hedges", "boosters"),
        (SpanKind("hedges", "epistemic hedge", {"": "#56B4E9"}),
         SpanKind("conditions", "condition", {"": "#0072B2"}, lexicon="hedges"),
         SpanKind("approximators", "approximator", {"": "#BBBBBB"}, lexicon="hedges"),
         SpanKind("shields", "shield", {"": "#88CCEE"}, lexicon="hedges"),
         SpanKind("boosters", "booster", {"": "#D55E00"})),
        {"hedges_per_1000": "epistemic hedges / 1,000", "boosters_per_1000": "boosters / 1,000",
         "certainty_index": "certainty (-1..1)"},
        compared=(Compared("hedges_per_1000", "Hedges (writer's voice)", "Hedging and certainty", spans="hedges",
                           noun="hedges (words that soften a claim)", headline=True, page="03"),
                  Compared("boosters_per_1000", "Boosters (writer's voice)", "Hedging and certainty",
                           spans="boosters", noun="boosters (words of certainty)", headline=True, page="03"),
                  Compared("certainty_index", "Certainty index (boosters - hedges) / (boosters + hedges)",
                           "Hedging and certainty", "index, -1 to 1", numerator="certainty_num",
                           denominator="certainty_den", scale=1.0, empty=0.0, noun="certainty",
                           more="sounds more certain", less="sounds less certain", page="03"))),
    MeasureSpec(
        "sourcing", _sourcing, ("reporting_verbs", "sources"),
        (SpanKind("reporting_verbs", "reporting verb", {"neutral": "#999999", "loaded": "#D55E00"},
                  by_category=True),
         SpanKind("sources", "anonymous source", {"": "#CC79A7"}),
         SpanKind("attributions", "attribution", {"named": "#009E73", "anonymous": "#CC79A7",
                                                  "pronoun": "#F0E442", "document": "#56B4E9",
                                                  "unclear": "#999999"},
                  style="dotted", by_category=True, lexicon=""),
         SpanKind("quotes", "quote", {"direct": "#0072B2", "partial": "#009E73", "scare": "#E69F00"},
                  style="solid", by_category=True, lexicon="")),
        {"anonymous_attributions": "anonymous attributions", "scare_quotes": "scare quotes"},
        compared=(Compared("anonymous_sources_per_1000", "Unnamed-source phrases (writer's voice)", "Sourcing",
                           spans="sources", noun="phrases naming an unnamed source", headline=True, page="03"),
                  Compared("loaded_reporting_verbs_per_1000", "Loaded reporting verbs (writer's voice)",
                           "Sourcing", spans="reporting_verbs", category="loaded",
                           noun="loaded reporting verbs (saying verbs that judge the speaker)", headline=True,
                           page="03"))),
    MeasureSpec(
        "actors", _actors, ("actors",),
        (SpanKind("actors", "actor", {"": "#009E73"}),),
        {}),
)


def specs() -> tuple[MeasureSpec, ...]:
    """Every measure, in report order."""
    return REGISTRY


def compared() -> tuple[Compared, ...]:
    """Every figure the comparison and the front page give, in registry order."""
    return tuple(c for spec in REGISTRY for c in spec.compared)


def lexicon_kinds() -> tuple[str, ...]:
    """Every lexicon kind some measure reads, in registry order."""
    return tuple(kind for spec in REGISTRY for kind in spec.lexicons)


def span_kinds() -> dict[str, SpanKind]:
    """Every span kind by ``Span.measure`` name, in registry order."""
    return {kind.name: kind for spec in REGISTRY for kind in spec.spans}


def span_kind(name: str) -> SpanKind:
    """The declaration of span kind ``name``; an undeclared name gets a plain grey fill and its own name."""
    return span_kinds().get(name) or SpanKind(name, name.replace("_", " "), {"": FALLBACK_COLOR})


def lexicon_of_span_kinds() -> dict[str, str]:
    """``{span kind: lexicon kind}`` for every span kind whose entries come from a lexicon."""
    return {k.name: k.lexicon_kind for k in span_kinds().values() if k.lexicon_kind}


def summary_columns() -> dict[str, str]:
    """The per-article columns people read in summaries, with their headings, in registry order."""
    out = {"n_words": "words"}
    for spec in REGISTRY:
        out.update(spec.columns)
    return out


def build_measures(lexicons: Mapping, config) -> list:
    """One instance of every measure, built from the loaded ``lexicons`` (kind -> Lexicon) and ``config``."""
    return [spec.build(lexicons, config) for spec in REGISTRY]


def measure_versions() -> dict[str, str]:
    """``{measure name: version}``: part of the settings that stored results are keyed by."""
    return {spec.name: spec.version for spec in REGISTRY}
