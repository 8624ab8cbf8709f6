"""The base of every measure: one public method, ``measure(doc) -> MeasureResult``."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass, field

from ..text import Document, Span, per_1000


@dataclass(frozen=True)
class MeasureResult:
    """What one measure found in one document.

    ``spans`` are the matches (every count is a count of spans); ``values`` are the measure's numbers
    (rates per 1,000 words, shares in [0, 1], scores with their documented range), ``rows`` optional
    per-sentence records (sentiment), ``n_words`` the document's word count.
    """

    name: str
    spans: tuple[Span, ...]
    values: dict[str, float] = field(default_factory=dict)
    n_words: int = 0
    rows: tuple[dict, ...] = ()

    def counts(self) -> Counter:
        """Number of spans per category."""
        return Counter(s.category for s in self.spans)

    def rate(self, category: str | None = None) -> float:
        """Spans per 1,000 words, of one category or all."""
        n = len(self.spans) if category is None else sum(s.category == category for s in self.spans)
        return per_1000(n, self.n_words)


class Measure(ABC):
    """A reader of a Document. Subclasses set ``name`` and implement :meth:`measure`."""

    name: str = ""

    @abstractmethod
    def measure(self, doc: Document) -> MeasureResult:
        """Read ``doc`` and return what was found; must not change ``doc``."""
