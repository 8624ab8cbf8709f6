"""Sourcing: who is quoted or cited, with which verb, named or not, and who speaks in each part of the text.

Rules, in the order they apply (each is pinned by a test with a sentence a person checked):

* **Reporting verbs** come from a ``reporting_verbs`` lexicon (categories ``neutral`` and ``loaded``) and
  count only in a verb sense: not after a determiner or possessive ("his claims", "a call for"), not when
  the tagger calls the word a noun, and "tell" not before lies, stories or jokes (``_verb_sense``).
* **Source phrase** (``_source``): the noun phrase just before the verb, found with the part-of-speech tags
  (titles, names, "spokesman for the campaign", "Trump and Clinton", party labels such as "(R-S.C.)");
  through an apposition ("Sen. X, the committee chair, said"); a relative pronoun ("an architect who
  said": the source is "who", the speaker its antecedent); the phrase after the verb when the verb follows a
  comma or a quotation ("...," said X) and after ``according to``; the subject of the verb before it for
  a coordinated verb ("X said ... and added"); ``by X`` for a passive verb ("was reported by X"); a
  passive verb without ``by`` has no source ("No injuries were reported").
* **Kind of source**: ``document`` (documents, memos, reports, polls, data), ``anonymous`` (overlaps a
  ``sources`` lexicon phrase: officials, local media, people familiar), ``pronoun``, ``named`` (a proper
  noun), otherwise ``unclear``. Only lexicon phrases that are the source of an attribution are kept as
  ``sources`` spans, so the anonymous-source rate counts sources, not mentions.
* **Reported speech** (``_scopes``): the clause a reporting verb governs: after the verb to the end of
  its clause ("X said the plan was a disaster"), or from the clause start to the attribution when the
  attribution follows the content ("The plan was a disaster, X said").
* **Quotations** (:func:`analysis.text.quotations`): one quotation may run over paragraphs. It is
  ``attributed`` when a reporting verb or ``according to`` governs it (it lies in the verb's reported
  clause, or the attribution follows it directly: "...," she said), or when its sentence starts with it
  and the sentence before held an attributed quotation (a continued quotation); it is ``partial`` when it
  is governed but does not stand alone ("said the plan was 'a total disaster'"). A quotation no verb
  governs is a **scare quote** when it has at most ``scare_max_words`` words (a phrase the writer holds
  at a distance) and ``unattributed`` otherwise. Quote spans have category ``direct`` or ``scare`` and
  this class as their ``entry``.

Everything is found in one pass over the words plus binary searches: linear time in the article's length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from ..text import Document, Region, Span, Voices, per_1000, quotations
from .base import Measure, MeasureResult

#: Longest source phrase, in words (appositions included).
MAX_SOURCE_WORDS = 16
#: Quotes of at most this many words with no speaker are scare quotes (the default of the Config).
SCARE_MAX_WORDS = 6

PRONOUNS = frozenset("he she they it we i you his her their him them us".split())
RELATIVES = frozenset("who which that whom".split())
NP_TAGS = frozenset("DT PDT JJ JJR JJS NN NNS NNP NNPS PRP PRP$ POS CD FW".split())
#: Words that join two parts of one source phrase: "spokesman for the campaign", "Trump and Clinton".
LINKS = frozenset("of for at from and &".split())
#: Words skipped between a source and its verb: "X has also repeatedly said".
SKIPPED = frozenset("has have had also not never did does do would will can could may might already "
                    "repeatedly later previously again once then further recently publicly privately "
                    "often has been is was".split())
PASSIVE = frozenset("is are was were be been being".split())
#: Before one of these the word is a noun: "his claims", "a call for", "the reported deal".
DETERMINERS = frozenset("a an the his her their its our my your this these those such no any every each "
                        "whose".split())
#: Objects of "tell" that are not an audience: "tells lies".
NOT_AUDIENCE = frozenset("lies lie stories story jokes joke tales fibs time apart".split())
#: Reporting verbs that do not introduce what was said ("reneging on promises to bring 'all'").
NO_CONTENT_TERMS = frozenset(["reneged", "dodged", "backtracked", "declined to comment", "refused to say"])
#: Verbs whose reported clause may follow without "that" ("X said the plan was a disaster"). Any other
#: verb governs a clause only when "that", a colon, a comma or a quotation follows it: "confirmed US intent
#: to ..." has an object, not reported speech.
BARE_CLAUSE = frozenset(["said", "told", "claimed", "argued", "insisted", "warned", "added", "noted", "wrote",
                         "stated", "acknowledged", "admitted", "conceded", "alleged", "explained", "suggested",
                         "thought", "declared", "concluded", "believed", "asserted", "contended", "maintained"])
#: Head nouns of documents cited as sources.
DOCUMENTS = frozenset("document documents memo memos report reports record records email emails file files "
                      "letter letters filing filings data study studies poll polls survey surveys analysis "
                      "cable cables transcript transcripts recording recordings papers figures statistics "
                      "database records review audit indictment complaint lawsuit ruling".split())
#: Words that may follow an attribution that closes its clause ("..., she said on Tuesday night").
CLOSING_WORDS = 4
#: Where a reported clause ends inside a sentence.
_CLAUSE_BREAK = re.compile(r";|\s--?\s|,\s*(?:but|while|whereas|although|though|yet)\b|\sbut\s")
_THAT = re.compile(r"(?:[\w\-']+\s+){0,4}that\b")
_PARTY = re.compile(r"\(\s*(?:[RDI]|[RDI]-[A-Z][A-Za-z.\- ]{0,14})\s*\)\s*,?\s*$")
_PARTY_AFTER = re.compile(r"^\s*\(\s*(?:[RDI]|[RDI]-[A-Z][A-Za-z.\- ]{0,14})\s*\)")


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
        scopes = _scopes(doc, verbs, lexical)
        sources = _used_sources(lexical, scopes)
        quotes, quote_regions = self._quotes(doc, scopes)
        reported = [Region(s.start, s.end, "reported", s.speaker) for s in scopes if s.end > s.start]
        reading = Reading(verbs, sources, scopes, quotes, Voices(quote_regions, reported))
        self._last = (doc, reading)
        return reading

    def measure(self, doc: Document) -> MeasureResult:
        r = self.read(doc)
        attributions = [_attribution_span(doc, s) for s in r.scopes if s.source_start >= 0]
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

    def _quotes(self, doc: Document, scopes: list[Scope]) -> tuple[list[Span], list[Region]]:
        """Quote spans and their voice regions, each classed attributed / partial / unattributed / scare."""
        governed = _Governing(doc, scopes)
        spans, regions = [], []
        last_attributed = (-2, "")  # (sentence index, speaker) of the latest attributed quotation
        for start, end in quotations(doc):
            words = len(doc.words(start, end))
            if words == 0:
                continue
            sentence = doc.sentence_at(start)
            scope, full = governed.find(start, end)
            speaker = scope.speaker if scope else ""
            if scope is None and last_attributed[0] == sentence - 1 and governed.starts_sentence(start):
                speaker, full, scope_found = last_attributed[1], True, True
            else:
                scope_found = scope is not None
            if scope_found:
                entry = "attributed" if full else "partial"
                last_attributed = (doc.sentence_at(end - 1), speaker)
            else:
                entry = "scare" if words <= self.scare_max_words else "unattributed"
            category = "scare" if entry == "scare" else "direct"
            span = doc.span(start, end, "quotes", category, entry, detail=f"{words} words")
            spans.append(replace(span, speaker=speaker))
            regions.append(Region(start, end, "scare" if category == "scare" else "quote", speaker))
        return spans, regions


class _Governing:
    """Finds the reporting verb that governs a quotation, by binary search over the reported clauses
    and the attributions (no scan over verbs per quotation)."""

    def __init__(self, doc: Document, scopes: list[Scope]):
        self.doc = doc
        self.clauses = sorted((s for s in scopes if s.end > s.start), key=lambda s: s.start)
        self.clause_starts = [s.start for s in self.clauses]
        self.after = sorted(scopes, key=lambda s: _attribution_start(s))
        self.after_starts = [_attribution_start(s) for s in self.after]

    def find(self, start: int, end: int) -> tuple[Scope | None, bool]:
        """``(scope, stands_alone)`` for the quotation ``[start, end)``; ``(None, False)`` if none governs."""
        norm = self.doc.norm
        i = bisect.bisect_left(self.after_starts, end)
        if i < len(self.after) and self.after_starts[i] - end < 4 and not norm[end:self.after_starts[i]].strip(" ,"):
            scope = self.after[i]  # "...," she said / "...," said X
            if scope.verb.entry not in NO_CONTENT_TERMS:
                return scope, self.starts_sentence(start) or _follows_break(norm, start)
        k = bisect.bisect_right(self.clause_starts, start) - 1
        for j in range(k, max(-1, k - 3), -1):  # the few clauses that can still contain the start
            scope = self.clauses[j]
            if scope.start <= start < scope.end:
                alone = not norm[scope.start:start].strip(" ,:") or (
                    scope.verb.end <= start and not norm[scope.verb.end:start].strip(" ,:"))
                return scope, alone and (self.starts_sentence(start) or scope.verb.end <= start)
        return None, False

    def starts_sentence(self, start: int) -> bool:
        s = self.doc.sentences[self.doc.sentence_at(start)] if self.doc.sentences else None
        return s is not None and not self.doc.norm[s.start:start].strip(" ([-")


def _follows_break(norm: str, start: int) -> bool:
    return norm[max(0, start - 3):start].rstrip().endswith((":", ";"))


def _attribution_start(s: Scope) -> int:
    return min(s.verb.start, s.source_start) if s.source_start >= 0 else s.verb.start


def _attribution_span(doc: Document, s: Scope) -> Span:
    """The whole attribution (source and verb); only the verb when it shares an earlier verb's subject."""
    lo, hi = (s.verb.start, s.verb.end) if s.shared else (min(s.source_start, s.verb.start),
                                                          max(s.source_end, s.verb.end))
    span = doc.span(lo, hi, "attributions", s.kind, s.verb.entry, detail=s.speaker)
    return replace(span, source_start=s.source_start, source_end=s.source_end)


def _token(doc: Document, offset: int) -> int:
    return bisect.bisect_left(doc.token_starts, offset)


def _word(doc: Document, k: int) -> str:
    return doc.norm[doc.token_starts[k]:doc.token_ends[k]].lower()


def _gap(doc: Document, k: int) -> str:
    """The characters between word ``k`` and word ``k + 1`` (at most 12; longer gaps read as a break)."""
    end = doc.token_starts[k + 1] if k + 1 < len(doc.token_starts) else len(doc.norm)
    begin = doc.token_ends[k]
    return doc.norm[begin:end] if end - begin <= 12 else ";"


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


def _scopes(doc: Document, verbs: list[Span], lexical: list[Span]) -> list[Scope]:
    """Each verb's source and reported clause; a coordinated verb without a subject shares the subject
    of the verb before it in the same sentence."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(doc.norm)]
    lex_starts = [s.start for s in lexical]
    scopes: list[Scope] = []
    for verb in verbs:
        start, end, speaker = _source(doc, verb)
        shared = start < 0 and bool(scopes) and scopes[-1].verb.sentence == verb.sentence and _coordinated(doc, verb)
        if shared:
            previous = scopes[-1]
            start, end, speaker = previous.source_start, previous.source_end, previous.speaker
        kind = _kind(doc, start, end, speaker, lexical, lex_starts) if start >= 0 else "unclear"
        c_start, c_end = _clause(doc, verb, start, end, breaks)
        scopes.append(Scope(verb, start, end, speaker, kind, c_start, c_end, shared))
    return scopes


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


def _source(doc: Document, verb: Span) -> tuple[int, int, str]:
    """``(start, end, speaker)`` of the verb's source phrase; ``(-1, -1, "")`` when it has none."""
    k, last = _token(doc, verb.start), _token(doc, verb.end) - 1
    floor = doc.sentences[verb.sentence].first_token
    if verb.entry == "according to":
        return _phrase_after(doc, last + 1, with_participles=True)
    j = k - 1
    while j >= floor and (_word(doc, j) in SKIPPED or doc.tags[j] == "RB" and _word(doc, j).endswith("ly")) \
            and not _gap(doc, j).strip():
        if _word(doc, j) in PASSIVE:
            return _passive_source(doc, last)
        j -= 1
    if j < floor:
        return _phrase_after(doc, last + 1) if _inverted(doc, k, floor) else (-1, -1, "")
    gap = _gap(doc, j)
    if gap.strip() and not _PARTY.search(doc.norm[doc.token_starts[j]:verb.start]):
        if "," in gap and doc.tags[j] in NP_TAGS:
            found = _apposition(doc, j, floor)
            if found:
                return found
        return _phrase_after(doc, last + 1) if _inverted(doc, k, floor) else (-1, -1, "")
    if _word(doc, j) in RELATIVES and doc.tags[j] in ("WP", "WDT", "IN"):
        start, end, antecedent = doc.token_starts[j], doc.token_ends[j], _antecedent(doc, j, floor)
        return start, end, antecedent or doc.norm[start:end]
    return _phrase_before(doc, j, floor)


def _passive_source(doc: Document, last: int) -> tuple[int, int, str]:
    """``by X`` after a passive verb; no source without it."""
    if last + 1 < len(doc.token_starts) and _word(doc, last + 1) == "by" and not _gap(doc, last).strip(" "):
        return _phrase_after(doc, last + 2)
    return -1, -1, ""


def _inverted(doc: Document, k: int, floor: int) -> bool:
    """True for ``"...," said X`` and ``..., said X``: a comma, colon or quote mark before the verb."""
    start = doc.sentences[doc.sentence_at(doc.token_starts[k])].start
    before = doc.norm[max(start, doc.token_starts[k] - 4):doc.token_starts[k]].rstrip()
    return before.endswith((",", '"', "'")) or k == floor


def _np_start(doc: Document, j: int, floor: int) -> int:
    """First word of the noun phrase that ends at word ``j`` (walking left over the tags)."""
    a = j
    while a - 1 >= floor and j - a + 1 < MAX_SOURCE_WORDS:
        gap, prev, tag = _gap(doc, a - 1), _word(doc, a - 1), doc.tags[a - 1]
        if gap.strip() and not (gap.strip() == "." and doc.tags[a - 1] == "NNP"):
            if not _PARTY.search(doc.norm[doc.token_starts[a - 1]:doc.token_starts[a]]):
                break
        if tag in NP_TAGS and prev not in RELATIVES:
            a -= 1
        elif prev in LINKS and a - 2 >= floor and doc.tags[a - 2] in NP_TAGS and not _gap(doc, a - 2).strip(" .)"):
            a -= 1
        else:
            break
    while a <= j and (_word(doc, a) in LINKS or doc.tags[a] in ("POS",)):
        a += 1
    return a


def _phrase_before(doc: Document, j: int, floor: int) -> tuple[int, int, str]:
    a = _np_start(doc, j, floor)
    if a > j or not any(doc.tags[i][:2] in ("NN", "PR", "CD") for i in range(a, j + 1)):
        return -1, -1, ""
    start, end = doc.token_starts[a], doc.token_ends[j]
    party = _PARTY_AFTER.match(doc.norm, end)
    end = party.end() if party else end
    return start, end, doc.text[start:end]


def _apposition(doc: Document, j: int, floor: int) -> tuple[int, int, str] | None:
    """``Name, appositive,`` before the verb: the source is both parts."""
    a = _np_start(doc, j, floor)
    if a <= floor or a > j or "," not in _gap(doc, a - 1):
        return None
    name_end = a - 1
    b = _np_start(doc, name_end, floor)
    if b > name_end or not any(doc.tags[i] in ("NNP", "NNPS") for i in range(b, name_end + 1)):
        return None
    if b > floor and not _gap(doc, b - 1).strip() and doc.tags[b - 1] == "IN":
        return None  # "In a statement, the chair said" is no apposition
    start, end = doc.token_starts[b], doc.token_ends[j]
    return start, end, doc.text[start:end]


def _antecedent(doc: Document, j: int, floor: int) -> str:
    """The noun phrase a relative pronoun refers to ("Mr. Kamin, who emphasized" -> "Mr. Kamin")."""
    if j - 1 < floor:
        return ""
    a = _np_start(doc, j - 1, floor)
    return doc.text[doc.token_starts[a]:doc.token_ends[j - 1]] if a <= j - 1 else ""


def _phrase_after(doc: Document, i: int, with_participles: bool = False) -> tuple[int, int, str]:
    """The noun phrase starting at word ``i`` (titles, names, "of New York", a party label, and an
    apposition that opens with a determiner: "said Jane Doe, a spokeswoman for the group")."""
    n = len(doc.token_starts)
    if i >= n or doc.tags[i] not in NP_TAGS and not with_participles:
        return -1, -1, ""
    sentence_end = doc.sentences[doc.sentence_at(doc.token_starts[i])].last_token
    j = i
    while j + 1 < min(n, sentence_end, i + MAX_SOURCE_WORDS):
        gap, nxt, tag = _gap(doc, j), _word(doc, j + 1), doc.tags[j + 1]
        if gap.strip() == "," and nxt in ("a", "an", "the") and j > i:
            j += 1
            continue
        if gap.strip() and not (gap.strip() == "." and doc.tags[j] == "NNP"):
            if not _PARTY_AFTER.match(doc.norm, doc.token_ends[j]):
                break
        if tag in NP_TAGS or nxt in LINKS or with_participles and (tag in ("VBN", "IN", "JJ", "VBG") or nxt == "by"):
            j += 1
        else:
            break
    while j > i and (_word(doc, j) in LINKS or doc.tags[j] in ("IN", "DT", "CC")):
        j -= 1
    start, end = doc.token_starts[i], doc.token_ends[j]
    party = _PARTY_AFTER.match(doc.norm, end)
    end = party.end() if party else end
    return start, end, doc.text[start:end]


def _kind(doc: Document, start: int, end: int, speaker: str, lexical: list[Span], lex_starts: list[int]) -> str:
    """named / anonymous / pronoun / document / unclear for the source ``text[start:end]``."""
    i = bisect.bisect_left(lex_starts, end) - 1
    overlapping = []
    while i >= 0 and lexical[i].end > start - 200:
        if lexical[i].start < end and start < lexical[i].end:
            overlapping.append(lexical[i])
        i -= 1
        if len(overlapping) > 3:
            break
    words = speaker.replace(",", " ").split()
    heads = {w.lower().strip(".'\"") for w in words}
    if any(s.category == "documents" for s in overlapping) or heads & DOCUMENTS and not _proper_head(doc, start, end):
        return "document"
    if overlapping:
        return "anonymous"
    if words and words[0].lower() in PRONOUNS and len(words) <= 2:
        return "pronoun"
    if _proper_head(doc, start, end) or any(w[:1].isupper() for w in words[1:]):
        return "named"
    return "unclear"


def _proper_head(doc: Document, start: int, end: int) -> bool:
    """True when the phrase's first word is a proper noun (tagged NNP) or the phrase has one after it."""
    i, j = _token(doc, start), _token(doc, end)
    sentence_first = doc.sentences[doc.sentence_at(start)].first_token
    return any(doc.tags[k] in ("NNP", "NNPS") and (k != sentence_first or doc.tags[k] == "NNP")
               and _word(doc, k) not in DETERMINERS for k in range(i, min(j, i + MAX_SOURCE_WORDS)))


def _used_sources(lexical: list[Span], scopes: list[Scope]) -> list[Span]:
    """The sources-lexicon spans that overlap an attribution's source phrase."""
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
