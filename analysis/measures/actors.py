"""Actor mentions from an actors file: each alias found becomes a span named after its actor."""
from __future__ import annotations

from collections import Counter

from ..lexicon import Lexicon
from ..text import Document, per_1000
from .base import Measure, MeasureResult


class ActorMentions(Measure):
    """Spans under the measure ``actors``: ``entry`` is the actor's name, ``category`` its kind.

    Values: ``actor_mentions_per_1000`` (all mentions per 1,000 words, >= 0) and ``actors_mentioned`` (how
    many different actors). Per-actor sentiment and loaded terms are joined in :mod:`analysis.pipeline`.
    """

    name = "actors"

    def __init__(self, actors: Lexicon):
        self.actors = actors

    def measure(self, doc: Document) -> MeasureResult:
        spans = tuple(self.actors.find(doc, self.name))
        values = {
            "actor_mentions_per_1000": per_1000(len(spans), doc.n_words),
            "actors_mentioned": float(len(Counter(s.entry for s in spans))),
        }
        return MeasureResult(self.name, spans, values, doc.n_words)
