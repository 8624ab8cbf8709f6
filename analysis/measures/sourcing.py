"""Sourcing: who is quoted or cited, with which verb, named or not, and which phrases sit in quotes.

Rules, in the order they apply:

* **Reporting verbs** come from a ``reporting_verbs`` lexicon (categories ``neutral`` and ``loaded``).
* **Attribution**: for every reporting verb, the source is the phrase after it for ``according to``
  (up to the next punctuation) and otherwise the phrase just before it in the same clause (back to the
  previous comma, colon, quote mark or the sentence start, at most :data:`MAX_SOURCE_WORDS` words, without
  leading conjunctions or trailing auxiliaries, negations and -ly adverbs); when that is empty and the verb
  follows a comma or quote mark (``"...," said Jane Doe``) the phrase after the verb is taken.
* **Kind of source**: ``anonymous`` when the source phrase overlaps a pattern of the ``sources`` lexicon
  (``officials``, ``local media``, ``documents seen by``); ``pronoun`` (he, she, they ...); ``named`` when it
  contains a capitalised word that is not a function word; otherwise ``unclear``.
* **Quotes**: text between double quotes (straight or curly) or between curly single quotes. A quote is
  *attributed* when a reporting verb ends at most :data:`WINDOW_BEFORE` words before it or starts at most
  :data:`WINDOW_AFTER` words after it.
  A **scare quote** is a quote of at most ``scare_max_words`` words that is not attributed: a phrase held at a
  distance rather than someone's reported words. Every other quote is a **direct quote**.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import Lexicon
from ..text import Document, Span, per_1000
from .base import Measure, MeasureResult

MAX_SOURCE_WORDS = 8
#: Words between a reporting verb and a quote for the quote to count as attributed to the verb's speaker:
#: before the quote (``said: "..."``, ``said that "..."``) and after it (``"...," the minister said``).
WINDOW_BEFORE = 2
WINDOW_AFTER = 3
#: Quotes of at most this many words with no speaker are scare quotes (the default of the Config).
SCARE_MAX_WORDS = 6

PRONOUNS = frozenset("he she they it we i you who his her their".split())
FUNCTION_WORDS = frozenset(
    "the a an this that these those in on at but and its their his her in after before during as "
    "for of to by with from when while if".split()
)
#: Words dropped from the front of a source phrase ("with Donald Trump reneging" -> "Donald Trump").
LEADING_WORDS = frozenset("with by and but as while after before when because so then also where who which "
                          "whom whose what although though since if unless".split())
#: Words dropped from the end of a source phrase ("The documents do not explicitly" -> "The documents");
#: words ending in -ly are dropped too.
TRAILING_WORDS = frozenset("do does did not never has have had was were is are also has been would will "
                           "can could may might had already repeatedly".split())
_QUOTES = re.compile(r'"([^"\n]{1,2000}?)"|(?<!\w)\'(?=\S)([^\'\n]{1,300}?)(?<=\S)\'(?!\w)')
_BOUNDARY = re.compile(r'[,;:"()\[\]]|\bthat\b|\bwhich\b')


class Sourcing(Measure):
    """Reporting verbs, attributions, anonymous sources, direct quotes and scare quotes.

    Spans are produced under the measures ``reporting_verbs`` (categories neutral / loaded),
    ``sources`` (the sources lexicon's categories), ``attributions`` (named / anonymous / pronoun / unclear;
    ``entry`` is the verb, ``detail`` the source phrase) and ``quotes`` (direct / scare).
    Values are counts, rates per 1,000 words (>= 0) and ``anonymous_attribution_share`` in [0, 1].
    """

    name = "sourcing"

    def __init__(self, reporting_verbs: Lexicon, sources: Lexicon, scare_max_words: int = SCARE_MAX_WORDS):
        self.verbs = reporting_verbs
        self.sources = sources
        self.scare_max_words = scare_max_words

    def measure(self, doc: Document) -> MeasureResult:
        verbs = self.verbs.find(doc, "reporting_verbs")
        sources = self.sources.find(doc, "sources")
        attributions = [a for a in (self._attribution(doc, v, prev, sources) for v, prev in _with_previous(verbs))
                        if a]
        quotes = self._quotes(doc, verbs)
        n, kinds = doc.n_words, [a.category for a in attributions]
        scare = sum(q.category == "scare" for q in quotes)
        values = {
            "reporting_verbs_per_1000": per_1000(len(verbs), n),
            "loaded_reporting_verbs_per_1000": per_1000(sum(v.category == "loaded" for v in verbs), n),
            "attributions_count": float(len(attributions)),
            "named_attributions": float(kinds.count("named")),
            "anonymous_attributions": float(kinds.count("anonymous")),
            "anonymous_attribution_share": kinds.count("anonymous") / len(kinds) if kinds else 0.0,
            "anonymous_sources_per_1000": per_1000(len(sources), n),
            "direct_quotes": float(len(quotes) - scare),
            "scare_quotes": float(scare),
            "scare_quotes_per_1000": per_1000(scare, n),
        }
        spans = tuple(sorted([*verbs, *sources, *attributions, *quotes], key=lambda s: (s.start, s.measure)))
        return MeasureResult(self.name, spans, values, n)

    def _attribution(self, doc: Document, verb: Span, previous: Span | None, sources: list[Span]) -> Span | None:
        sentence = doc.sentences[verb.sentence]
        floor = sentence.start
        if previous is not None and previous.sentence == verb.sentence:
            floor = max(floor, previous.end)
        if verb.entry.lower().startswith("according"):
            start, end = _phrase_after(doc, verb.end, sentence.end)
        else:
            start, end = _phrase_before(doc, floor, verb.start)
            if start == end and _inverted(doc, floor, verb.start):
                start, end = _phrase_after(doc, verb.end, sentence.end)
        if start == end:
            return None
        source = doc.text[start:end]
        kind = _kind(source, start, end, sources)
        lo, hi = min(start, verb.start), max(end, verb.end)
        return doc.span(lo, hi, "attributions", kind, verb.entry, detail=source)

    def _quotes(self, doc: Document, verbs: list[Span]) -> list[Span]:
        verb_tokens = sorted(
            (bisect.bisect_left(doc.token_starts, v.start), bisect.bisect_left(doc.token_starts, v.end))
            for v in verbs
        )
        spans = []
        for m in _QUOTES.finditer(doc.norm):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            words = len(doc.words(m.start(), m.end()))
            if not inner.strip() or words == 0:
                continue
            first = bisect.bisect_left(doc.token_starts, m.start())
            last = bisect.bisect_left(doc.token_starts, m.end())
            attributed = any(
                first - WINDOW_BEFORE <= v_end <= first or last <= v_start <= last + WINDOW_AFTER
                for v_start, v_end in verb_tokens
            )
            short = words <= self.scare_max_words
            category = "scare" if short and not attributed else "direct"
            spans.append(doc.span(m.start(), m.end(), "quotes", category, "quote", detail=f"{words} words"))
        return spans


def _phrase_before(doc: Document, floor: int, verb_start: int) -> tuple[int, int]:
    """The clause-final phrase ending just before the verb (at most MAX_SOURCE_WORDS words)."""
    window = doc.norm[floor:verb_start]
    cut = 0
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    i = bisect.bisect_left(doc.token_starts, floor + cut)
    j = bisect.bisect_left(doc.token_starts, verb_start)
    if j <= i or j - i > MAX_SOURCE_WORDS:
        i = max(i, j - MAX_SOURCE_WORDS)
    while i < j and _word(doc, i) in LEADING_WORDS:
        i += 1
    while j > i and (_word(doc, j - 1) in TRAILING_WORDS or _word(doc, j - 1).endswith("ly")):
        j -= 1
    if j <= i:
        return verb_start, verb_start
    return doc.token_starts[i], doc.token_ends[j - 1]


def _with_previous(verbs: list[Span]):
    """Each verb with the verb before it (None for the first): a source phrase never reaches back over
    another reporting verb, so "It said in a statement" is one attribution, not two."""
    return zip(verbs, [None, *verbs[:-1]])


def _word(doc: Document, i: int) -> str:
    return doc.norm[doc.token_starts[i]:doc.token_ends[i]].lower()


def _inverted(doc: Document, floor: int, verb_start: int) -> bool:
    """True for ``"...," said X`` and ``..., said X``: a comma or quote mark just before the verb."""
    before = doc.norm[floor:verb_start].rstrip()
    return before.endswith((",", '"', "'"))


def _phrase_after(doc: Document, verb_end: int, ceiling: int) -> tuple[int, int]:
    """The phrase just after the verb, up to punctuation (at most MAX_SOURCE_WORDS words)."""
    window = doc.norm[verb_end:ceiling]
    stop = re.search(r'[,;:."()?!]', window)
    limit = verb_end + (stop.start() if stop else len(window))
    i = bisect.bisect_left(doc.token_starts, verb_end)
    j = min(bisect.bisect_left(doc.token_starts, limit), i + MAX_SOURCE_WORDS)
    if j <= i:
        return verb_end, verb_end
    return doc.token_starts[i], doc.token_ends[j - 1]


def _kind(source: str, start: int, end: int, sources: list[Span]) -> str:
    if any(s.start < end and start < s.end for s in sources):
        return "anonymous"
    words = source.split()
    if words and words[0].lower().strip("'\"") in PRONOUNS and len(words) <= 2:
        return "pronoun"
    if any(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in words):
        return "named"
    return "unclear"
