"""The one place where each measure declares what the rest of the system needs to know about it.

A measure is a class in this package (one module each) plus one :class:`MeasureSpec` in :data:`REGISTRY`
(the declarations themselves are defined in :mod:`analysis.measures.spec`):

* ``lexicons``: the lexicon kinds it reads (each is a field of :class:`~analysis.pipeline.Config` holding
  file paths, and a ``kind:`` a user's own lexicon file may declare);
* ``build``: how to make it from the loaded lexicons and the config (imported only when called, so reading
  the registry costs nothing);
* ``spans``: the kinds of span it returns (``Span.measure``), each with its singular and plural names, its
  colours, how a highlighted article marks it, the report page that shows it, whether the article browser
  shows it, whether the sentences table counts it and whether the articles table gives its writer's-voice
  rate (:class:`SpanKind`);
* ``columns``: the per-article values it adds to the articles table, each with the name people read;
  ``summary``: those of them that summaries lead with (the run's CLI summary, the report's index table);
* ``headline``: whether it also reads the title, apart from the body;
* ``example``: a sentence where it fires, which ``tests/measures/test_registry.py`` runs it on;
* ``compared``: the figures the comparison (page 04, :mod:`analysis.compare`) and the front page give for it,
  each a :class:`Compared` with its key, table label, unit, what it counts and the plain words sentences about
  it use (``noun``, ``more``/``less``, ``headline``); only what a measure declares here is compared.

Everything else reads these declarations: display names (:mod:`analysis.display.labels`), colours and
highlighting, the article browser, the sentences table's counts and the writer's-voice rates
(:mod:`analysis.pipeline`), the CLI summary, the report pages and ``docs/matches.md`` (a test checks that it
names every span kind). Stored results are keyed by a digest of the measure modules' code, so a changed rule
is never reused from an older run (:mod:`analysis.store.keys`).

How to add a measure: write ``analysis/measures/<name>.py`` (a :class:`~analysis.measures.base.Measure`
subclass returning spans), its lexicon in ``analysis/lexicons/`` if it has one (plus a field of the same
name in ``Config``), and one ``MeasureSpec`` in :data:`REGISTRY`. A measure kept outside the package (a
researcher's own) is a module defining ``SPEC``, named in the environment variable
:data:`EXTRA_MEASURES_ENV` (``module`` or ``module:NAME``, several separated by commas); it then reaches every
table, page and comparison the same way, and report kernels see it because they inherit the environment.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Mapping

from .spec import (  # noqa: F401 - the declarations, re-exported: a measure's spec imports them from here
    FALLBACK_COLOR, PAGES, PER_1000_WRITER, SCORE, STYLES, VOICES, Compared, MeasureSpec, SpanKind,
)

#: Environment variable naming modules that define extra measures (see the module docstring).
EXTRA_MEASURES_ENV = "FRAMING_EXTRA_MEASURES"


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
PER_1000 = "per 1,000 words"
REGISTRY: tuple[MeasureSpec, ...] = (
    MeasureSpec(
        "loaded", _loaded, ("loaded",),
        (SpanKind("loaded", "loaded term", by_category=True, page="01", in_context=True, per_sentence=True, voiced=True),),
        {"strong_per_1000": "strong loaded terms in the writer's voice per 1,000 of the writer's words",
         "mild_per_1000": "mild loaded terms in the writer's voice per 1,000 of the writer's words",
         "strong_count": "strong loaded terms in the writer's voice",
         "mild_count": "mild loaded terms in the writer's voice",
         "loaded_count": "loaded terms", "loaded_per_1000": f"loaded terms {PER_1000}"},
        summary=("strong_per_1000", "mild_per_1000", "loaded_per_1000"), headline=True,
        example="The regime's thugs slammed the so-called reform.",
        compared=(Compared("strong_per_1000", "Strong loaded terms (writer's voice)", "Loaded terms",
                           spans="loaded", strength="strong",
                           noun="strong loaded terms (words that judge, such as slurs and charged labels)",
                           headline=True, page="01"),
                  Compared("mild_per_1000", "Mild loaded terms (writer's voice)", "Loaded terms", spans="loaded",
                           strength="mild", noun="mild loaded terms (words that lean, such as emotive adjectives)",
                           headline=True, page="01"))),
    MeasureSpec(
        "sentiment", _sentiment, (), (),
        {"vader_compound_mean": "VADER tone (-1 negative .. +1 positive)",
         "negative_sentence_share": "share of sentences negative",
         "positive_sentence_share": "share of sentences positive",
         "textblob_polarity": "TextBlob tone (-1 .. +1)",
         "textblob_subjectivity": "subjectivity (0 factual .. 1 opinion)"},
        summary=("vader_compound_mean", "textblob_subjectivity"),
        example="The attack was a horrible, shameful tragedy.",
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
        (SpanKind("hedges", "epistemic hedge", {"": "#56B4E9"}, plural="hedges", page="03", in_context=True,
                  per_sentence=True,
                  voiced=True),
         SpanKind("conditions", "condition", {"": "#0072B2"}, lexicon="hedges", browser=False),
         SpanKind("approximators", "approximator", {"": "#BBBBBB"}, lexicon="hedges", browser=False),
         SpanKind("shields", "shield", {"": "#88CCEE"}, lexicon="hedges", browser=False),
         SpanKind("boosters", "booster", {"": "#D55E00"}, page="03", in_context=True, per_sentence=True,
                  voiced=True)),
        {"hedges_count": "hedges", "boosters_count": "boosters",
         "hedges_per_1000": f"hedges {PER_1000}", "boosters_per_1000": f"boosters {PER_1000}",
         "hedged_sentence_share": "share of sentences hedged",
         "certainty_index": "certainty index (-1 hedged .. +1 certain)"},
        summary=("hedges_per_1000", "boosters_per_1000", "certainty_index"), headline=True,
        example="The plan may fail, and it will certainly cost about 300 jobs.",
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
                  by_category=True, page="03", marked=False, per_sentence=True),
         SpanKind("sources", "anonymous source", {"": "#CC79A7"}, plural="unnamed-source phrases", page="03"),
         SpanKind("attributions", "attribution", {"named": "#009E73", "anonymous": "#CC79A7",
                                                  "pronoun": "#F0E442", "document": "#56B4E9",
                                                  "unclear": "#999999"},
                  style="dotted", by_category=True, lexicon="", page="03"),
         SpanKind("quotes", "quote", {"direct": "#0072B2", "partial": "#009E73", "scare": "#E69F00"},
                  style="solid", by_category=True, lexicon="", page="03")),
        {"named_attributions": "named attributions", "anonymous_attributions": "anonymous attributions",
         "direct_quotes": "direct quotes", "scare_quotes": "scare quotes"},
        summary=("anonymous_attributions", "scare_quotes"), headline=True,
        example='Officials said the plan "was dead," according to a source familiar with the talks.',
        compared=(Compared("anonymous_sources_per_1000", "Unnamed-source phrases (writer's voice)", "Sourcing",
                           spans="sources", noun="phrases naming an unnamed source", headline=True, page="03"),
                  Compared("loaded_reporting_verbs_per_1000", "Loaded reporting verbs (writer's voice)",
                           "Sourcing", spans="reporting_verbs", category="loaded",
                           noun="loaded reporting verbs (saying verbs that judge the speaker)", headline=True,
                           page="03"))),
    MeasureSpec(
        "actors", _actors, ("actors",),
        (SpanKind("actors", "actor", {"": "#009E73"}, browser=False, per_sentence=True),),
        {}, example="Israel and Iran traded threats on Monday."),
)


@lru_cache(maxsize=8)
def _extra(names: str) -> tuple[MeasureSpec, ...]:
    from importlib import import_module

    from ..errors import ParameterError

    out = []
    for item in filter(None, (n.strip() for n in names.split(","))):
        module, _, attr = item.partition(":")
        try:
            spec = getattr(import_module(module), attr or "SPEC")
        except (ImportError, AttributeError) as exc:
            raise ParameterError(EXTRA_MEASURES_ENV, f"cannot load the measure {item!r} ({exc}); set it to "
                                 "'module' or 'module:NAME' where the module defines a MeasureSpec") from None
        if not isinstance(spec, MeasureSpec):
            raise ParameterError(EXTRA_MEASURES_ENV, f"{item!r} is not a MeasureSpec")
        out.append(spec)
    return tuple(out)


def specs() -> tuple[MeasureSpec, ...]:
    """Every measure, in report order: :data:`REGISTRY`, then those named in :data:`EXTRA_MEASURES_ENV`."""
    return REGISTRY + _extra(os.environ.get(EXTRA_MEASURES_ENV, ""))


def registered() -> tuple[str, ...]:
    """The names of every measure registered now (a cache key for analyzers built from them)."""
    return tuple(spec.name for spec in specs())


def extra_modules() -> tuple[str, ...]:
    """The modules of the measures named in :data:`EXTRA_MEASURES_ENV` (their code keys stored results)."""
    return tuple(spec.build.__module__ for spec in _extra(os.environ.get(EXTRA_MEASURES_ENV, "")))


def compared() -> tuple[Compared, ...]:
    """Every figure the comparison and the front page give, in registry order."""
    return tuple(c for spec in specs() for c in spec.compared)


def lexicon_kinds() -> tuple[str, ...]:
    """Every lexicon kind some measure reads, in registry order."""
    return tuple(kind for spec in specs() for kind in spec.lexicons)


def span_kinds() -> dict[str, SpanKind]:
    """Every span kind by ``Span.measure`` name, in registry order."""
    return {kind.name: kind for spec in specs() for kind in spec.spans}


def span_kind(name: str) -> SpanKind:
    """The declaration of span kind ``name``; an undeclared name gets a plain grey fill and its own name."""
    return span_kinds().get(name) or SpanKind(name, name.replace("_", " "), {"": FALLBACK_COLOR})


def lexicon_of_span_kinds() -> dict[str, str]:
    """``{span kind: lexicon kind}`` for every span kind whose entries come from a lexicon."""
    return {k.name: k.lexicon_kind for k in span_kinds().values() if k.lexicon_kind}


def browser_kinds() -> tuple[str, ...]:
    """The span kinds the article browser shows, in registry order."""
    return tuple(k.name for k in span_kinds().values() if k.browser)


def page_kinds(page: str, role: str = "") -> tuple[str, ...]:
    """The span kinds report page ``page`` (one of :data:`PAGES`) reads; with ``role`` ``"context"`` those
    it lists in keyword-in-context, with ``"marked"`` those it highlights in its articles."""
    kinds = [k for k in span_kinds().values() if k.page == page]
    if role:
        kinds = [k for k in kinds if (k.in_context if role == "context" else k.marked)]
    return tuple(k.name for k in kinds)


def sentence_kinds() -> tuple[str, ...]:
    """The span kinds counted per sentence (a column each in the sentences table)."""
    return tuple(k.name for k in span_kinds().values() if k.per_sentence)


def voiced_kinds() -> tuple[str, ...]:
    """The span kinds with writer's-voice, quoted and headline counts in the articles table."""
    return tuple(k.name for k in span_kinds().values() if k.voiced)


def headline_measures() -> tuple[str, ...]:
    """The measures that also read the title."""
    return tuple(spec.name for spec in specs() if spec.headline)


def column_names() -> dict[str, str]:
    """``{articles column: display name}`` of every column a measure declares, and the voiced kinds'
    writer's-voice rates."""
    out = {}
    for spec in specs():
        out.update(spec.columns)
    for kind in span_kinds().values():
        if kind.voiced:
            out[f"writer_{kind.name}_per_1000"] = f"{kind.display} in the writer's own words per 1,000 of the writer's words"
            out[f"writer_{kind.name}_count"] = f"{kind.display} in the writer's own words"
    return out


def summary_columns() -> dict[str, str]:
    """The per-article columns summaries lead with, with their display names, in registry order."""
    names = column_names()
    out = {"n_words": "words"}
    for spec in specs():
        out.update({c: names[c] for c in spec.summary})
    return out


def build_measures(lexicons: Mapping, config) -> list:
    """One instance of every measure, built from the loaded ``lexicons`` (kind -> Lexicon) and ``config``."""
    return [spec.build(lexicons, config) for spec in specs()]
