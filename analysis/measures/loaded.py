"""Loaded terms: words and phrases that carry a judgement, by category.

Two rules sit on top of the lexicon. The plain senses (patterns with their reasons in ``lexicons/plain_senses.yaml``,
read by :mod:`analysis.measures.plain_senses`):
some loaded words have a common second sense in which they pass no judgement (*claimed responsibility*, *admitted to hospital*, *asylum claims*,
*the alleged gunman*, *a sanctions regime*, *conspiracy to commit fraud*, *the storm ripped through*). Each
such sense is written as a pattern of the lexicon language (``lexicons/FORMAT.md``); a loaded-term match that
lies inside a match of one of these patterns is dropped. The list holds only senses that are common in news
text and plainly not judgements: names of crimes and legal standards, statements of what a law says, and
physical, technical or commercial senses. :data:`NOUNS_AFTER_POSSESSIVE`: *claims* after a possessive
(*Trump's claims*) is the noun naming an assertion, as after *his* or *the*, and is dropped too. The rules that
read the sentence around a match (a proper name, a lawsuit or a ruling, the voice layer's name regions) are in
:mod:`analysis.measures.senses`.

Every match carries its entry's **strength** (``strong`` or ``mild``, see ``lexicons/README.md``); the
pipeline gives the rates ``strong_per_1000`` and ``mild_per_1000`` of the writer's own voice.
"""
from __future__ import annotations

from bisect import bisect_right

from ..lexicon import Lexicon
from ..text import Document, Span
from .base import Measure, MeasureResult
from . import plain_senses
from .history_senses import massacre_of_record, south_african_apartheid
from .killing_senses import example_of_crimes, graded_kind_of_crime, in_the_distant_past, massacre_by_a_gunman
from .register_senses import (agency_category, historical_show_trial, natural_spectacle, science_invader,
                              wire_so_called)
from .sense_rules import (abstract_evil, appearance_avoided, denied_cause, generic_world_order, liberated_animal,
                          medical_sense, names_a_charge, negated_label, negated_legal_finding, paired_orientation,
                          so_called_term)
from .senses import LEGAL_CONTEXT, legal_sense, mentioned, names_an_event, under_a_statute, written_as_a_name
from .usage_senses import (generic_dictators, offence_word_in_a_charge, regular_predictably, surname_speaking,
                           triumphant_entry)


#: Nouns that, like *claim* after *his* or *the* in the plain senses, name an assertion rather than
#: judge it when a possessive stands before them (*Trump's claims*, *the agency's claim*).
NOUNS_AFTER_POSSESSIVE = frozenset({"claim", "claims"})


def _after_possessive(doc: Document, span: Span) -> bool:
    """True when the word before ``span`` is a possessive (*Trump's*, *officials'*)."""
    k = bisect_right(doc.token_ends, span.start) - 1
    if k < 0:
        return False
    before = doc.norm[doc.token_starts[k]:doc.token_ends[k]].lower()
    gap = doc.norm[doc.token_ends[k]:span.start].strip()
    return (before.endswith("'s") and gap == "") or (before.endswith("s") and gap == "'")


class LoadedTerms(Measure):
    """Loaded-term spans from a ``kind: loaded`` lexicon, minus the plain senses of ``lexicons/plain_senses.yaml``
    and the nouns of :data:`NOUNS_AFTER_POSSESSIVE` after a possessive.

    Values: ``loaded_count``, ``loaded_per_1000`` (all loaded terms per 1,000 words, >= 0) and
    ``loaded_<category>_per_1000`` for every category of the lexicon.
    """

    name = "loaded"

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def find(self, doc: Document) -> list[Span]:
        """The lexicon's matches in ``doc`` that do not lie inside a plain sense of the word, a name or a
        legal context (see the module docstring and :mod:`analysis.measures.senses`)."""
        spans = self.lexicon.find(doc, self.name)
        if not spans:
            return spans
        senses = plain_senses.plain_senses_lexicon(plain_senses.SENSES_FILE)  # cached; follows the file the key hashes
        plain = [(s.start, s.end) for s in senses.find(doc)]
        return [s for s in spans if not any(start <= s.start and s.end <= end for start, end in plain)
                and not (s.text.lower() in NOUNS_AFTER_POSSESSIVE and _after_possessive(doc, s))
                and not written_as_a_name(doc, s) and not legal_sense(doc, s)
                and not names_an_event(doc, s) and not mentioned(doc, s) and not under_a_statute(doc, s)
                and not self._other_sense(doc, s)]

    @staticmethod
    def _other_sense(doc: Document, span: Span) -> bool:
        """True when a rule of :mod:`analysis.measures.sense_rules` says ``span`` is not the writer's verdict: a
        negated legal finding or label, the name of a charge, killing in the distant past, a gunman's massacre, a medical
        sense, *so-called* introducing a glossed term, abstract *evil*, a look avoided (*lest he look like a
        bully*), *liberate* with an animal, a crime named as an example (*crimes such as genocide*) or a kind of
        crime so graded; or a sense the register decides (:mod:`analysis.measures.register_senses`: a science
        *invader*, a *spectacular* sight, an agency's *criminal aliens*, a dated *show trial*, a wire report's
        *so-called*); *homosexual(s)* beside *heterosexual(s)*, *a new world order* in lower case, or a cause denied (*it isn't
        because they are lying*), or a surname that speaks (*Petty said*, :mod:`analysis.measures.usage_senses`), or
        South Africa's apartheid and a massacre of record (:mod:`analysis.measures.history_senses`)."""
        return (negated_legal_finding(doc, span) or negated_label(doc, span) or names_a_charge(doc, span, LEGAL_CONTEXT)
                or in_the_distant_past(doc, span) or massacre_by_a_gunman(doc, span) or medical_sense(doc, span)
                or so_called_term(doc, span) or abstract_evil(doc, span) or appearance_avoided(doc, span)
                or liberated_animal(doc, span) or example_of_crimes(doc, span) or graded_kind_of_crime(doc, span)
                or science_invader(doc, span) or natural_spectacle(doc, span) or agency_category(doc, span)
                or historical_show_trial(doc, span) or wire_so_called(doc, span) or paired_orientation(doc, span)
                or generic_world_order(doc, span) or denied_cause(doc, span) or regular_predictably(doc, span)
                or surname_speaking(doc, span)
                or generic_dictators(doc, span) or offence_word_in_a_charge(doc, span) or triumphant_entry(doc, span)
                or south_african_apartheid(doc, span) or massacre_of_record(doc, span))

    def strength(self, span: Span) -> str:
        """The strength (``strong``/``mild``) of a loaded-term span's entry; ``""`` for an unknown entry."""
        try:
            return self.lexicon.entry(span.entry).strength
        except KeyError:
            return ""

    def measure(self, doc: Document) -> MeasureResult:
        spans = tuple(self.find(doc))
        result = MeasureResult(self.name, spans, n_words=doc.n_words)
        values = {"loaded_count": float(len(spans)), "loaded_per_1000": result.rate()}
        for category in self.lexicon.categories:
            values[f"loaded_{category}_per_1000"] = result.rate(category)
        return MeasureResult(self.name, spans, values, doc.n_words)


#: Rate columns that start with ``loaded_`` but are not a category's rate: every loaded term, and loaded
#: reporting verbs (the sourcing measure). Writer's-voice rates are named ``writer_loaded_per_1000``.
NOT_CATEGORY_RATES = frozenset({"loaded_per_1000", "loaded_reporting_verbs_per_1000"})


def loaded_categories(columns) -> list[str]:
    """The loaded-term categories, in lexicon order, read from an articles table's columns (``columns``:
    its column names): the ``loaded_<category>_per_1000`` rates this measure adds."""
    return [c[len("loaded_"):-len("_per_1000")] for c in columns
            if c.startswith("loaded_") and c.endswith("_per_1000") and c not in NOT_CATEGORY_RATES]

