"""What the analysis of one article holds: each measure's result, the Document they read, the voices, and the
article's figures (:meth:`ArticleAnalysis.values`, the row of the articles table)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .corpus import Article
from .measures.base import MeasureResult
from .measures.registry import voiced_kinds
from .text import Document, per_1000


@dataclass
class ArticleAnalysis:
    """Everything measured in one article: its :class:`MeasureResult` per measure, by name, and the
    :class:`~analysis.text.Document` they were read from (kept, so nothing splits the text again).

    ``not_scored`` says why an article was not measured (its language); its ``results`` are then empty.
    """

    article: Article
    n_words: int
    n_sentences: int
    results: dict[str, MeasureResult]
    document: Document | None = None
    not_scored: str = ""
    headline: dict[str, MeasureResult] = field(default_factory=dict)
    writer_words: int = 0
    #: per sentence, its words inside quotations, scare quotes and reported clauses (not the writer's own)
    quoted_words: tuple[int, ...] = ()
    #: the voice regions, ``(layer, Region)``: see :meth:`analysis.text.Voices.regions`
    regions: tuple = ()
    #: the strength of each loaded-term entry, ``{term: "strong" | "mild"}`` (the loaded lexicon's)
    strengths: dict = field(default_factory=dict)

    def values(self) -> dict[str, float]:
        """Every measure's numbers in one flat mapping, plus the writer's-voice and headline figures.

        ``writer_<m>_count`` / ``writer_<m>_per_1000``: spans of measure ``m`` in the writer's own voice,
        per 1,000 of the writer's own words (``writer_words``: words outside quotations, scare quotes and
        reported clauses); ``quoted_<m>_count``: spans in any other body voice; ``headline_<m>_count``:
        spans in the title, which no body figure includes. (The measure comes second so the names never
        look like a lexicon category's ``loaded_<category>_per_1000``.)
        """
        out: dict[str, float] = {}
        if self.not_scored:  # an article left unmeasured has no figures at all, not zeros
            return out
        for result in self.results.values():
            out.update(result.values)
        body = [s for r in self.results.values() for s in r.spans]  # counted: the order does not matter
        counts = Counter((s.measure, s.voice == "writer") for s in body)
        out["writer_words"] = float(self.writer_words)
        voiced = voiced_kinds()
        for m in voiced:
            writer = counts[(m, True)]
            out[f"writer_{m}_count"] = float(writer)
            out[f"writer_{m}_per_1000"] = per_1000(writer, self.writer_words)
            out[f"quoted_{m}_count"] = float(counts[(m, False)])
        out.update(self.strength_values(body))
        title = Counter(s.measure for r in self.headline.values() for s in r.spans)
        out["headline_words"] = float(self.headline["loaded"].n_words if "loaded" in self.headline else 0)
        for m in voiced:
            out[f"headline_{m}_count"] = float(title[m])
        return out

    def strength_values(self, body) -> dict[str, float]:
        """``strong_count``/``strong_per_1000`` and ``mild_count``/``mild_per_1000``: loaded terms of each
        strength in the writer's own voice, per 1,000 of the writer's own words (>= 0)."""
        out = {}
        for strength in ("strong", "mild"):
            n = sum(s.measure == "loaded" and s.voice == "writer" and self.strengths.get(s.entry) == strength
                    for s in body)
            out[f"{strength}_count"] = float(n)
            out[f"{strength}_per_1000"] = per_1000(n, self.writer_words)
        return out

    def spans(self):
        """Every span of every measure in the body, in text order (the headline's are apart)."""
        return sorted((s for r in self.results.values() for s in r.spans), key=lambda s: (s.start, s.measure))

    def headline_spans(self):
        """The title's spans: offsets into the title, ``sentence`` -1, ``voice`` headline."""
        return sorted((s for r in self.headline.values() for s in r.spans), key=lambda s: (s.start, s.measure))
