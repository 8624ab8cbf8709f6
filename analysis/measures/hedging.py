"""Hedging and certainty: how sure the text sounds.

The certainty index is ``(boosters - hedges) / (boosters + hedges)`` over the whole article, a number in
[-1, 1]: -1 when every marker is a hedge, +1 when every marker is a booster, 0 when they balance or the
text has neither. It describes the writer's stance towards the claims, not whether they are true.
"""
from __future__ import annotations

from ..lexicon import Lexicon
from ..text import Document, per_1000
from .base import Measure, MeasureResult


def certainty_index(boosters: int, hedges: int) -> float:
    """``(boosters - hedges) / (boosters + hedges)`` in [-1, 1]; 0.0 when both are zero."""
    total = boosters + hedges
    return (boosters - hedges) / total if total else 0.0


class Hedging(Measure):
    """Hedge and booster spans (measures ``hedges`` and ``boosters``).

    Values: ``hedges_per_1000``, ``boosters_per_1000`` (>= 0), ``hedged_sentence_share`` (share of sentences
    with at least one hedge, in [0, 1]) and ``certainty_index`` (in [-1, 1], see the module docstring).
    """

    name = "hedging"

    def __init__(self, hedges: Lexicon, boosters: Lexicon):
        self.hedges = hedges
        self.boosters = boosters

    def measure(self, doc: Document) -> MeasureResult:
        hedges = self.hedges.find(doc, "hedges")
        boosters = self.boosters.find(doc, "boosters")
        hedged = {s.sentence for s in hedges}
        values = {
            "hedges_count": float(len(hedges)),
            "boosters_count": float(len(boosters)),
            "hedges_per_1000": per_1000(len(hedges), doc.n_words),
            "boosters_per_1000": per_1000(len(boosters), doc.n_words),
            "hedged_sentence_share": len(hedged) / len(doc.sentences) if doc.sentences else 0.0,
            "certainty_index": certainty_index(len(boosters), len(hedges)),
        }
        spans = tuple(sorted(hedges + boosters, key=lambda s: s.start))
        return MeasureResult(self.name, spans, values, doc.n_words)
