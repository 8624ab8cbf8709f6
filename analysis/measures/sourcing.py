"""Sourcing: who is quoted or cited, with which verb, named or not, and who speaks in each part of the text.

Rules, in the order they apply (each is pinned by a test with a sentence a person checked):

* **Reporting verbs** come from a ``reporting_verbs`` lexicon (categories ``neutral`` and ``loaded``) and
  count only in a verb sense: not after a determiner or possessive ("his claims", "a call for"), not when
  the tagger calls the word a noun, and "tell" not before lies, stories or jokes (``_verb_sense``).
* **Source phrase** (:mod:`.speakers`): the noun phrase just before the verb, found with the part-of-speech tags
  (titles, names, "spokesman for the campaign", "Trump and Clinton", party labels such as "(R-S.C.)");
  through an apposition ("Sen. X, the committee chair, said"); a relative pronoun ("an architect who
  said": the source is "who", the speaker its antecedent); the phrase after the verb when the verb follows a
  comma or a quotation ("...," said X) and after ``according to``; the subject of the verb before it for
  a coordinated verb ("X said ... and added"); ``by X`` for a passive verb ("was reported by X"); a
  passive verb without ``by`` has no source ("No injuries were reported"). A colon or a dash with a name
  around a quotation attributes it too ('Warren: "..."', '"..." \u2015 Christina Lastra'). An attribution
  whose verb stands inside a quotation is the quoted speaker's and is not counted.
* **Kind of source**: ``document`` (documents, memos, reports, polls, data), ``anonymous`` (overlaps a
  ``sources`` lexicon phrase: officials, local media, people familiar), ``pronoun``, ``named`` (a proper
  noun), otherwise ``unclear``. Only lexicon phrases that are the source of an attribution are kept as
  ``sources`` spans, so the anonymous-source rate counts sources, not mentions.
* **Reported speech** (``_scopes``): the clause a reporting verb governs: after the verb to the end of
  its clause ("X said the plan was a disaster"), or from the clause start to the attribution when the
  attribution follows the content ("The plan was a disaster, X said").
* **Quotations** (:func:`analysis.text.quotations`; what governs one is in :mod:`.quoting`): one
  quotation may run over paragraphs. It is ``attributed`` when a reporting verb or ``according to``
  governs it (it lies in the verb's reach, to the end of its clause, or the attribution follows it
  directly: "...," she said), or when its sentence starts with it and one of the two sentences before held
  an attributed quotation (a continued quotation); it is ``partial`` when it is governed but does not
  stand alone ("said the plan was 'a total disaster'"); verbs of naming, nouns of saying, "as a" and
  "as X put it" govern too. A phrase named ("the phrase ...") is a ``mention``, a quoted title a
  ``title``. A quotation nothing governs is a **scare quote** when it has at most ``scare_max_words``
  words (a phrase the writer holds at a distance) and ``unattributed`` otherwise. Quote spans have
  category ``direct`` or ``scare`` and this class as their ``entry`` (docs/matches.md).

Everything is found in one pass over the words plus binary searches: linear time in the article's length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from ..text import Document, Region, Span, Voices, per_1000, quotations
from .base import Measure, MeasureResult
from .quoting import DETERMINERS, MENTION, NO_CONTENT_TERMS, Governing, is_title
from . import speakers
from .speakers import main_subject, kind as _source_kind, source as _source, token_at as _token, word as _word, gap as _gap

#: Quotes of at most this many words with no speaker are scare quotes (the default of the Config).
SCARE_MAX_WORDS = 6
#: Objects of "tell" that are not an audience: "tells lies".
NOT_AUDIENCE = frozenset("lies lie stories story jokes joke tales fibs time apart".split())
#: Verbs whose reported clause may follow without "that" ("X said the plan was a disaster"). Any other
#: verb governs a clause only when "that", a colon, a comma or a quotation follows it: "confirmed US intent
#: to ..." has an object, not reported speech.
BARE_CLAUSE = frozenset(["said", "told", "claimed", "argued", "insisted", "warned", "added", "noted", "wrote",
                         "stated", "acknowledged", "admitted", "conceded", "alleged", "explained", "suggested",
                         "thought", "declared", "concluded", "believed", "asserted", "contended", "maintained"])
#: Words that may follow an attribution that closes its clause ("..., she said on Tuesday night").
CLOSING_WORDS = 4
#: Where a reported clause ends inside a sentence.
_CLAUSE_BREAK = re.compile(r";|\s--?\s|,\s*(?:but|while|whereas|although|though|yet)\b|\sbut\s")
_THAT = re.compile(r"(?:[\w\-']+\s+){0,4}that\b")
@dataclass(frozen=True)
class Scope:
    """A reporting verb's attribution: the verb span, its source (offsets, -1 when none), the speaker
    text, the kind of source, and the reported clause ``[start, end)`` (empty when it has none)."""

    verb: Span
    source_start: int
    source_end: int
    speaker: str
    kind: str
    start: int
    end: int
    shared: bool = False
    nested: bool = False


@dataclass(frozen=True)
class Reading:
    """Everything sourcing finds in one document; ``voices`` labels any span with its voice."""

    verbs: list[Span]
    sources: list[Span]
    scopes: list[Scope]
    quotes: list[Span]
    voices: Voices


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
        self._last: tuple[Document, Reading] | None = None

    def read(self, doc: Document) -> Reading:
        """What sourcing finds in ``doc`` (kept for the last document, so the pipeline and
        :meth:`measure` share one reading)."""
        if self._last is not None and self._last[0] is doc:
            return self._last[1]
        verbs = [v for v in self.verbs.find(doc, "reporting_verbs") if _verb_sense(doc, v)]
        lexical = self.sources.find(doc, "sources")
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(doc.norm)]
        marks = quotations(doc)
        scopes = sorted(_scopes(doc, verbs, lexical, breaks) + _punctuation_scopes(doc, marks, lexical),
                        key=lambda s: s.verb.start)
        quotes, quote_regions = self._quotes(doc, marks, scopes, breaks)
        reported = [Region(s.start, s.end, "reported", s.speaker) for s in scopes if s.end > s.start]
        voices = Voices(quote_regions, reported)
        scopes = [_nest(s, voices) for s in scopes]
        sources = _used_sources(lexical, [s for s in scopes if not s.nested and s.kind in ("anonymous", "document")])
        reading = Reading(verbs, sources, scopes, quotes, voices)
        self._last = (doc, reading)
        return reading

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

    def _quotes(self, doc: Document, marks: list[tuple[int, int]], scopes: list[Scope],
                breaks: list[int]) -> tuple[list[Span], list[Region]]:
        """Quote spans and their voice regions, each classed attributed / partial / mention / title /
        unattributed / scare."""
        governing = Governing(doc, scopes, breaks)
        spans, regions = [], []
        last_attributed = (-2, "")  # (sentence index, speaker) of the latest attributed quotation
        for start, end in marks:
            words = len(doc.words(start, end))
            if words == 0:
                continue
            sentence = doc.sentence_at(start)
            governed, speaker, full = governing.find(start, end)
            if not governed and sentence - 2 <= last_attributed[0] < sentence and governing.starts_sentence(start):
                governed, speaker, full = True, last_attributed[1], True  # the quotation goes on
            if governed:
                entry = "attributed" if full else "partial"
                last_attributed = (doc.sentence_at(end - 1), speaker)
            elif MENTION.search(doc.norm, max(0, start - 24), start):
                entry = "mention"
            elif is_title(doc, start, end):
                entry = "title"
            else:
                entry = "scare" if words <= self.scare_max_words else "unattributed"
            category = "scare" if entry == "scare" else "direct"
            span = doc.span(start, end, "quotes", category, entry, detail=f"{words} words")
            spans.append(replace(span, speaker=speaker))
            regions.append(Region(start, end, "scare" if category == "scare" else "quote", speaker))
        return spans, regions


def _attribution_span(doc: Document, s: Scope) -> Span:
    """The whole attribution (source and verb); only the verb when it shares an earlier verb's subject."""
    lo, hi = (s.verb.start, s.verb.end) if s.shared else (min(s.source_start, s.verb.start),
                                                          max(s.source_end, s.verb.end))
    span = doc.span(lo, hi, "attributions", s.kind, s.verb.entry, detail=s.speaker)
    return replace(span, source_start=s.source_start, source_end=s.source_end)


def _verb_sense(doc: Document, verb: Span) -> bool:
    """False when the matched words are not used as a reporting verb here (see the module rules)."""
    if verb.entry == "according to":
        return True
    k = _token(doc, verb.start)
    tags, word = doc.tags, _word(doc, k)
    before = _word(doc, k - 1) if k > 0 and not _gap(doc, k - 1).strip() else ""
    if before in DETERMINERS or before.endswith("'s") and tags[k].startswith("NN"):
        return False
    if tags[k].startswith("NN") and word not in ("said", "says", "say", "told"):
        return False
    if verb.entry == "told":
        after = _token(doc, verb.end)
        if after < len(doc.token_starts) and _word(doc, after) in NOT_AUDIENCE:
            return False
    return True


def _scopes(doc: Document, verbs: list[Span], lexical: list[Span], breaks: list[int]) -> list[Scope]:
    """Each verb's source and reported clause; a coordinated verb without a subject shares the subject
    of the verb before it in the same sentence."""
    lex_starts = [s.start for s in lexical]
    scopes: list[Scope] = []
    for verb in verbs:
        start, end, speaker = _source(doc, verb)
        hangs = start < 0 and (_coordinated(doc, verb) or _participle(doc, verb))
        shared = hangs and bool(scopes) and scopes[-1].verb.sentence == verb.sentence
        if shared:
            previous = scopes[-1]
            start, end, speaker = previous.source_start, previous.source_end, previous.speaker
        elif hangs:
            k = _token(doc, verb.start)
            start, end, speaker = main_subject(doc, k, doc.sentences[verb.sentence].first_token)
            shared = start >= 0
        kind = _source_kind(doc, start, end, speaker, _overlapping(lexical, lex_starts, start, end)) \
            if start >= 0 else "unclear"
        c_start, c_end = _clause(doc, verb, start, end, breaks)
        scopes.append(Scope(verb, start, end, speaker, kind, c_start, c_end, shared))
    return scopes


#: Participles of saying that hang on the clause before them (", saying ...", "began by saying").
PARTICIPLES = frozenset("saying adding noting arguing claiming insisting warning explaining stating suggesting "
                        "calling accusing telling writing declaring".split())


_DASH_AFTER = re.compile(r"\s*[\u2013\u2014\u2015-]{1,2}\s*")


def _punctuation_scopes(doc: Document, marks: list[tuple[int, int]], lexical: list[Span]) -> list[Scope]:
    """Attributions made by punctuation around a quotation: a name and a colon before it at the start of
    its sentence ('Warren: "You should be investigated"') or a dash and a name after it
    ('"..." \u2015 Christina Lastra'). The cue is the colon or the dash; the name must hold a proper noun."""
    found, starts = [], [s.start for s in lexical]
    for start, end in marks:
        before = doc.norm[max(0, start - 3):start].rstrip()
        if before.endswith(":"):
            colon = start - 3 + len(before) - 1 if start >= 3 else before.rfind(":")
            j = _token(doc, colon) - 1
            sentence = doc.sentences[doc.sentence_at(start)] if doc.sentences else None
            if j >= 0 and sentence and doc.token_ends[j] == colon:
                found.append(_punctuation_scope(doc, colon, speakers.phrase_before(doc, j, sentence.first_token),
                                                sentence.first_token, (start, end), lexical, starts))
        dash = _DASH_AFTER.match(doc.norm, end)
        if dash and dash.end() > end and dash.group().strip():
            k = _token(doc, dash.end())
            if k < len(doc.token_starts) and doc.token_starts[k] == dash.end():
                cue = end + len(dash.group()) - len(dash.group().lstrip())
                phrase = speakers.phrase_after(doc, k, k + 8)
                found.append(_punctuation_scope(doc, cue, phrase, None, (0, 0), lexical, starts))
    return [f for f in found if f is not None]


def _punctuation_scope(doc, cue: int, phrase, first_token, region, lexical, starts) -> Scope | None:
    start, end, speaker = phrase
    if start < 0 or first_token is not None and _token(doc, start) != first_token:
        return None
    if not any(speakers.tag(doc, k) in ("NNP", "NNPS") for k in range(_token(doc, start), _token(doc, end))):
        return None
    mark = doc.span(cue, cue + 1, "cue", "punctuation", doc.text[cue])
    kind = _source_kind(doc, start, end, speaker, _overlapping(lexical, starts, start, end))
    return Scope(mark, start, end, speaker, kind, region[0], region[1])


def _nest(scope: Scope, voices: Voices) -> Scope:
    """The scope marked ``nested`` when its verb stands inside a quotation ("“I think we won,” she said"):
    the quoted speaker's own attribution, not one the article makes."""
    region = voices.at(scope.verb.start)
    return replace(scope, nested=True) if region is not None and region.voice == "quote" else scope


def _participle(doc: Document, verb: Span) -> bool:
    """True for ", saying ..." and "by saying": a participle of saying after a comma or by/while."""
    k = _token(doc, verb.start)
    return _word(doc, k) in PARTICIPLES and k > 0 and ("," in _gap(doc, k - 1) or _word(doc, k - 1) in ("by", "while"))


def _coordinated(doc: Document, verb: Span) -> bool:
    """True for "... and added": the word before the verb is a conjunction."""
    k = _token(doc, verb.start)
    return k > 0 and _word(doc, k - 1) in ("and", "but")


def _clause(doc: Document, verb: Span, src_start: int, src_end: int, breaks: list[int]) -> tuple[int, int]:
    """The reported clause the verb governs, ``(start, end)``; ``(0, 0)`` when it governs none.

    The content follows the attribution ("X said the plan ...", "According to X, the plan ...") unless the
    attribution closes its clause: it comes after a comma or a quotation and at most
    :data:`CLOSING_WORDS` words follow it ("The plan was a disaster, X said on Tuesday"), or it is an
    ``according to`` after words of its own clause ("That's according to documents").
    """
    if verb.entry in NO_CONTENT_TERMS or src_start < 0:
        return 0, 0
    sentence = doc.sentences[verb.sentence]
    attribution = min(verb.start, src_start)
    after = max(verb.end, src_end)
    i = bisect.bisect_left(breaks, after)
    end = min(sentence.end, breaks[i]) if i < len(breaks) else sentence.end
    i = bisect.bisect_left(breaks, attribution) - 1
    start = max(sentence.start, breaks[i] + 1) if i >= 0 else sentence.start
    words_after = _token(doc, end) - _token(doc, after)
    before = doc.norm[max(start, attribution - 3):attribution].rstrip()
    closes = before.endswith((",", '"', "'")) and words_after <= CLOSING_WORDS
    if verb.entry == "according to":
        closes = _token(doc, attribution) > _token(doc, start)
    if closes and attribution > start:
        return start, attribution
    if verb.entry not in BARE_CLAUSE and verb.entry != "according to" and not _introduces(doc, after):
        return 0, 0
    return after, end


def _introduces(doc: Document, offset: int) -> bool:
    """True when a colon, a comma or a quotation mark comes right after ``offset``, or "that" within
    the next five words ("confirmed in late October that ...")."""
    follows = doc.norm[offset:offset + 60].lstrip()
    return follows.startswith((":", ",", '"', "'")) or _THAT.match(follows) is not None


def _overlapping(lexical: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
    """The few lexicon spans (sorted by start, not nested) that overlap ``[start, end)``."""
    i = bisect.bisect_left(starts, end) - 1
    return [lexical[k] for k in range(i, max(-1, i - 4), -1) if lexical[k].start < end and start < lexical[k].end]


def _used_sources(lexical: list[Span], scopes: list[Scope]) -> list[Span]:
    """The sources-lexicon spans that overlap the source phrase of an anonymous or document attribution
    ("a spokeswoman" in "Maria Lopez, a spokeswoman for the campaign" is no anonymous source)."""
    sources = sorted((s.source_start, s.source_end) for s in scopes if s.source_start >= 0)
    starts = [s for s, _ in sources]
    kept = []
    for span in lexical:
        i = bisect.bisect_left(starts, span.end) - 1
        for k in range(i, max(-1, i - 4), -1):  # sources do not nest: the few nearest are enough
            if sources[k][0] < span.end and span.start < sources[k][1]:
                kept.append(span)
                break
    return kept
