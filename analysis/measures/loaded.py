"""Loaded terms: words and phrases that carry a judgement, by category."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..text import Document
from .base import Measure, MeasureResult


class LoadedTerms(Measure):
    """Loaded-term spans from a ``kind: loaded`` lexicon.

    Values: ``loaded_per_1000`` (all loaded terms per 1,000 words, >= 0) and ``loaded_<category>_per_1000``
    for every category of the lexicon.
    """

    name = "loaded"

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def measure(self, doc: Document) -> MeasureResult:
        spans = tuple(self.lexicon.find(doc, self.name))
        result = MeasureResult(self.name, spans, n_words=doc.n_words)
        values = {"loaded_count": float(len(spans)), "loaded_per_1000": result.rate()}
        for category in self.lexicon.categories:
            values[f"loaded_{category}_per_1000"] = result.rate(category)
        return MeasureResult(self.name, spans, values, doc.n_words)
