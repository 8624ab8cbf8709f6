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


@dataclass(frozen=True)
class MeasureSpec:
    """Everything one measure declares (see the module docstring)."""

    name: str
    build: Callable[[Mapping, object], object]
    lexicons: tuple[str, ...]
    spans: tuple[SpanKind, ...]
    columns: Mapping[str, str]
    version: str = "1"


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
        {"strong_per_1000": "strong loaded terms, writer's voice / 1,000 words",
         "mild_per_1000": "mild loaded terms, writer's voice / 1,000 words",
         "loaded_per_1000": "loaded terms / 1,000 words"},
        version="2"),
    MeasureSpec(
        "sentiment", _sentiment, (), (),
        {"vader_compound_mean": "VADER mean (-1..1)", "textblob_subjectivity": "subjectivity (0..1)"}),
    MeasureSpec(
        "hedging", _hedging, ("hedges", "boosters"),
        (SpanKind("hedges", "epistemic hedge", {"": "#56B4E9"}),
         SpanKind("conditions", "condition", {"": "#0072B2"}, lexicon="hedges"),
         SpanKind("approximators", "approximator", {"": "#BBBBBB"}, lexicon="hedges"),
         SpanKind("shields", "shield", {"": "#88CCEE"}, lexicon="hedges"),
         SpanKind("boosters", "booster", {"": "#D55E00"})),
        {"hedges_per_1000": "epistemic hedges / 1,000", "boosters_per_1000": "boosters / 1,000",
         "certainty_index": "certainty (-1..1)"}),
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
        {"anonymous_attributions": "anonymous attributions", "scare_quotes": "scare quotes"}),
    MeasureSpec(
        "actors", _actors, ("actors",),
        (SpanKind("actors", "actor", {"": "#009E73"}),),
        {}),
)


def specs() -> tuple[MeasureSpec, ...]:
    """Every measure, in report order."""
    return REGISTRY


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
