"""Sourcing: who is quoted or cited, with which verb, named or not, counted from the voice layer.

The attributions, quotations and voices are found once per article by the voice layer
(:mod:`analysis.voice`, rules in :mod:`analysis.attribution`) before any measure runs; this measure counts
them. **Kind of source** (:func:`analysis.speakers.kind`): ``document`` (documents, memos,
reports, polls, data), ``anonymous`` (overlaps a ``sources`` lexicon phrase: officials, local media, people
familiar), ``pronoun``, ``named`` (a proper noun), otherwise ``unclear``. Only lexicon phrases that are the
source of an attribution are kept as ``sources`` spans, so the anonymous-source rate counts sources, not
mentions. Attributions include the voice layer's verbs of naming, judging, seeing, believing, asking and
promising (no ``reporting_verbs`` span: they are not in that lexicon). An attribution whose verb stands inside
a quotation is the quoted speaker's and is not counted.
Quote spans have category ``direct`` or ``scare`` and their class as ``entry`` (docs/matches.md).
"""
from __future__ import annotations

from ..attribution import Scope
from ..lexicon import Lexicon
from ..text import Document, Span, per_1000
from ..voice import Reading, VoiceLayer
from .base import Measure, MeasureResult

#: Quotes of at most this many words with no speaker are scare quotes (the default of the Config).
SCARE_MAX_WORDS = 6


class Sourcing(Measure):
    """Reporting verbs, attributions, anonymous sources, quotations, scare quotes and voices.

    Spans are produced under the measures ``reporting_verbs`` (categories neutral / loaded),
    ``sources`` (the sources lexicon's categories, only where they are an attribution's source),
    ``attributions`` (named / anonymous / pronoun / document / unclear; ``entry`` is the verb, ``detail``
    the speaker, ``source_start``/``source_end`` the source phrase) and ``quotes`` (category direct /
    scare; entry attributed / partial / unattributed / scare; ``speaker`` where found).
    Values are counts, rates per 1,000 words (>= 0) and ``anonymous_attribution_share`` in [0, 1].
    """

    name = "sourcing"

    def __init__(self, reporting_verbs: Lexicon, sources: Lexicon, scare_max_words: int = SCARE_MAX_WORDS):
        self.verbs = reporting_verbs
        self.sources = sources
        self.scare_max_words = scare_max_words
        self.layer = VoiceLayer(reporting_verbs, sources, scare_max_words)

    def read(self, doc: Document) -> Reading:
        """The voice layer's reading of ``doc``: the one the pipeline attached before any measure ran, or
        one built now with this measure's lexicons (a Document made by hand)."""
        return doc.reading if doc.reading is not None else self.layer.attach(doc)

    def measure(self, doc: Document) -> MeasureResult:
        r = self.read(doc)
        attributions = [_attribution_span(doc, s) for s in r.scopes if s.source_start >= 0 and not s.nested]
        n, kinds = doc.n_words, [a.category for a in attributions]
        scare = sum(q.category == "scare" for q in r.quotes)
        values = {
            "reporting_verbs_per_1000": per_1000(len(r.verbs), n),
            "loaded_reporting_verbs_per_1000": per_1000(sum(v.category == "loaded" for v in r.verbs), n),
            "attributions_count": float(len(attributions)),
            "named_attributions": float(kinds.count("named")),
            "anonymous_attributions": float(kinds.count("anonymous")),
            "document_attributions": float(kinds.count("document")),
            "anonymous_attribution_share": kinds.count("anonymous") / len(kinds) if kinds else 0.0,
            "anonymous_sources_per_1000": per_1000(len(r.sources), n),
            "direct_quotes": float(len(r.quotes) - scare),
            "partial_quotes": float(sum(q.entry == "partial" for q in r.quotes)),
            "scare_quotes": float(scare),
            "scare_quotes_per_1000": per_1000(scare, n),
        }
        spans = sorted([*r.verbs, *r.sources, *attributions, *r.quotes], key=lambda s: (s.start, s.measure))
        return MeasureResult(self.name, tuple(spans), values, n)


def _attribution_span(doc: Document, s: Scope) -> Span:
    """The whole attribution (source and verb); only the verb when it shares an earlier verb's subject."""
    lo, hi = (s.verb.start, s.verb.end) if s.shared else (min(s.source_start, s.verb.start),
                                                          max(s.source_end, s.verb.end))
    return Span(lo, hi, doc.sentence_at(lo), "attributions", s.kind, s.verb.entry, doc.text[lo:hi], s.speaker,
                "writer", "", s.source_start, s.source_end)  # doc.span's, with the source's offsets
