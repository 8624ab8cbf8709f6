"""Attributions: who a reporting verb says said what, and the clause or quotation it governs.

The first step of the voice layer (:mod:`analysis.voice`), run once per article before any measure; the
sourcing measure counts what it finds. Rules, in the order they apply (each pinned by a test in
tests/measures/test_sourcing_rules.py with a sentence a person checked):

* **Reporting verbs** come from a ``reporting_verbs`` lexicon and count only in a verb sense: not after a
  determiner or possessive ("his claims", "a call for"), not when the tagger calls the word a noun, and
  "tell" not before lies, stories or jokes (``_verb_sense``).
* **Source phrase** (:mod:`analysis.speakers`): the noun phrase before the verb, through an
  apposition or a relative pronoun; after the verb when it follows a comma or a quotation ("...," said
  X) and after ``according to``; the subject of the verb before it for a coordinated verb or a participle
  ("X said ... and added", "..., saying"); ``by X`` for a passive verb. A colon or a dash with a name around
  a quotation attributes it too ('Warren: "..."', '"..." \u2015 Christina Lastra'). An attribution whose
  verb stands inside a quotation is the quoted speaker's (``nested``).
* **Reported clause** (``_clause``): after the verb to the end of its clause ("X said the plan was a
  disaster"), or from the clause start to the attribution when the attribution closes its clause ("The plan
  was a disaster, X said"). A verb outside :data:`BARE_CLAUSE` governs a clause only when "that", a colon, a
  comma or a quotation follows it. A verb followed by "that" governs its clause even when no source phrase is
  found ("all agreed that ...", "A poll released in August found that ...": the content is still someone's).
* **Quotations** (:func:`classify_quotes`, what governs one is in :mod:`analysis.quoting`):
  ``attributed``, ``partial``, ``mention``, ``title``, ``unattributed`` or ``scare`` (a quotation nothing
  governs, at most ``scare_max_words`` words).

Everything is found in one pass over the words plus binary searches: linear time in the article's length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .quoting import DETERMINERS, MENTION, NO_CONTENT_TERMS, Governing, is_title, loose_closing, loose_quotes, next_break
from .speakers import FINITE, gap as _gap, kind as _source_kind, main_subject, phrase_after, phrase_before, \
    source as _source, tag as word_tag, token_at as _token, word as _word
from .text import Document, Region, Span

#: Opening and closing double quotation marks as written (the normalised text has only ``"``).
OPENING, CLOSING = "\u201c\u201e\u00ab", "\u201d\u00bb"
#: A double quotation mark: ``"`` (any curly form, normalised) or two apostrophes, the ASCII convention some
#: newspapers' archives keep (''It is over,'' she said).
_DOUBLE = re.compile(r"\"|''")
#: Lines without a double mark that a quotation left open may run over when a later line closes it.
OPEN_LINES = 12
#: A phrase between single quotation marks (curly or straight) that cannot be an apostrophe ("it's" may stand inside);
#: and an opening single mark right after a colon that no mark closes on its line: to the line's end (a headline).
_SINGLE = re.compile(r"(?<![\w'])'(?=\S)((?:[^'\n]|(?<=\w)'(?=\w)){1,300}?)(?<=\S)'(?!\w)|(?<=:)[ \t]*"
                     r"(?P<open>'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){1,300})$", re.MULTILINE)


def quotations(doc: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of every quotation in ``doc``, quotation marks included, in text order.

    Double marks are paired within a paragraph (a curly opening mark always opens, a curly closing mark
    closes, or opens when it starts a paragraph, a straight mark or two apostrophes alternate). A quotation
    left open at the end of a paragraph continues when the next paragraph opens with a quotation mark (the
    convention for quotations of several paragraphs) and is then one quotation. Text that puts each sentence
    on a line of its own breaks a long quotation over lines without reopening it: a quotation left open also
    runs over up to :data:`OPEN_LINES` following lines with no double mark when the next line with one
    closes it before opening any (a closing curly mark, or a straight one right after punctuation:
    'sham."'), or reopens it at its start and leaves it open (the paragraph convention, each paragraph
    broken into lines); a line that reopens and closes a quotation after such lines starts a new one.
    Otherwise an unclosed mark is ignored. Phrases between single marks (or after a colon, left open to
    the line's end) are quotations too when they lie outside every double-quoted one. One pass: linear time.
    """
    found: list[tuple[int, int]] = []
    carried, gap = None, 0  # start of a quotation left open, and the lines without a mark read since
    for line in re.finditer(r"[^\n]+", doc.norm):
        if _DOUBLE.search(doc.norm, line.start(), line.end()) is None:
            carried, gap = (carried, gap + 1) if carried is not None and gap < OPEN_LINES else (None, 0)
            continue
        carried, gap = _pair_marks(doc, line.start(), line.end(), (carried, gap), found), 0
    singles, k = [], 0
    for m in _SINGLE.finditer(doc.norm):
        while k < len(found) and found[k][1] <= m.start():
            k += 1
        if k < len(found) and found[k][0] <= m.start():
            continue  # a quotation inside a quotation belongs to the outer one
        singles.append((m.start("open") if m.group("open") else m.start(), m.end()))
    return sorted(found + singles)


def with_loose(doc: Document, verbs: list[Span]) -> list[tuple[int, int]]:
    """:func:`quotations` and the quotations a paragraph's edge cuts (:func:`analysis.quoting.loose_quotes`)."""
    marks = quotations(doc)
    return sorted(marks + loose_quotes(doc, marks, verbs))


def _pair_marks(doc: Document, start: int, end: int, carried: tuple, found: list) -> int | None:
    """Pair the double marks of one paragraph into ``found``; ``carried`` is ``(start of a quotation left
    open or None, lines without a mark since)``; returns the start of a quotation left open."""
    open_at, (carried, gap) = None, carried
    first = True
    for m in _DOUBLE.finditer(doc.norm, start, end):
        i, mark = m.start(), doc.text[m.start()]
        before = doc.norm[start:i].strip()
        if open_at is None and first and carried is not None and before and (
                mark in CLOSING or (mark not in OPENING and doc.norm[i - 1] in ".,!?;…-—")):
            found.append((carried, m.end()))  # a quotation broken over lines closes here
            first = False
            continue
        if open_at is None:
            if (mark in CLOSING or loose_closing(doc, i, start, end)) and (not first or before):
                continue  # a closing mark opens only at the start of a paragraph (a typist's ”)
            continues = first and carried is not None and not before and (
                gap == 0 or _DOUBLE.search(doc.norm, m.end(), end) is None)
            open_at = carried if continues else i
        elif mark in OPENING:
            open_at = i  # the earlier mark was never closed
        else:
            found.append((open_at, m.end()))
            open_at = None
        first = False
    return open_at


#: Objects of "tell" that are not an audience: "tells lies".
NOT_AUDIENCE = frozenset("lies lie stories story jokes joke tales fibs time apart".split())
#: Verbs whose reported clause may follow without "that" ("X said the plan was a disaster"). Any other
#: verb governs a clause only when "that", a colon, a comma or a quotation follows it: "confirmed US intent
#: to ..." has an object, not reported speech.
BARE_CLAUSE = frozenset(["said", "told", "claimed", "argued", "insisted", "warned", "added", "noted", "wrote",
                         "stated", "acknowledged", "admitted", "conceded", "alleged", "explained", "suggested",
                         "thought", "declared", "concluded", "believed", "asserted", "contended", "maintained",
                         # participles after a comma: "..., adding he would ..."
                         "saying", "adding", "noting", "arguing", "claiming", "insisting", "warning", "explaining"])
#: Words that may follow an attribution that closes its sentence, before a comma or the end ("..., Sen. X
#: told The Huffington Post on Thursday").
CLOSING_WORDS = 6
#: Where a reported clause ends inside a sentence.
#: A "but" without a comma joins two verbs of one subject ("said he would not ... but would review"): no break.
#: ", but" followed by a verb goes on with the same subject ("says it would ..., but would eventually add").
CLAUSE_BREAK = re.compile(r";|\s--?\s|,\s*(?:(?:while|whereas|although|though|yet)\b|but\b(?!\s+(?:would|will|"
                          r"could|should|may|might|can|must|also|not|is|are|was|were|has|have|had|did|does|do)\b))")
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


def verb_sense(doc: Document, verb: Span) -> bool:
    """False when the matched words are not used as a reporting verb here (see the module rules)."""
    if verb.entry == "according to":
        return True
    k = _token(doc, verb.start)
    tags, word = doc.tags, _word(doc, k)
    before = _word(doc, k - 1) if k > 0 and not _gap(doc, k - 1).strip() else ""
    if before in DETERMINERS or before.endswith("'s") and tags[k].startswith("NN"):
        return False
    if word not in ("said", "says", "say", "told") and tags[k].startswith("NN"):  # no tag read for "said"
        return False
    if verb.entry == "continued":
        return _continuing(doc, k, verb)
    if verb.entry == "told":
        after = _token(doc, verb.end)
        if after < len(doc.token_starts) and _word(doc, after) in NOT_AUDIENCE:
            return False
    return True


def _continuing(doc: Document, k: int, verb: Span) -> bool:
    """ "continued" and "went on" attribute only as an attribution set off by punctuation: a comma, a colon or
    the end of the sentence right after them ("..., he continued, the plan ...", "He went on:") and, unless a
    colon follows, a comma or a quotation mark before their subject of at most four words."""
    after = doc.norm[verb.end:verb.end + 3].lstrip()
    if after.startswith(":"):
        return True
    if not after.startswith((",", ".", '"')):
        return False
    sentence = doc.sentences[verb.sentence]
    for i in range(k - 1, max(sentence.first_token, k - 5) - 1, -1):
        if any(c in _gap(doc, i - 1) for c in ",\"") and i > sentence.first_token:
            return True
    return False


def find_scopes(doc: Document, verbs: list[Span], lexical: list[Span], breaks: list[int]) -> list[Scope]:
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
        kind = _source_kind(doc, start, end, speaker, overlapping(lexical, lex_starts, start, end)) \
            if start >= 0 else "unclear"
        c_start, c_end = _clause(doc, verb, start, end, breaks)
        scopes.append(Scope(verb, start, end, speaker, kind, c_start, c_end, shared))
    return scopes


#: Participles of saying that hang on the clause before them (", saying ...", "began by saying").
PARTICIPLES = frozenset("saying adding noting arguing claiming insisting warning explaining stating suggesting "
                        "calling accusing telling writing declaring".split())


_DASH_AFTER = re.compile(r"\s*[\u2013\u2014\u2015-]{1,2}\s*")


def punctuation_scopes(doc: Document, marks: list[tuple[int, int]], lexical: list[Span]) -> list[Scope]:
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
                found.append(_punctuation_scope(doc, colon, phrase_before(doc, j, sentence.first_token),
                                                sentence.first_token, (start, end), lexical, starts))
        dash = _DASH_AFTER.match(doc.norm, end)
        if dash and dash.end() > end and dash.group().strip():
            k = _token(doc, dash.end())
            if k < len(doc.token_starts) and doc.token_starts[k] == dash.end():
                cue = end + len(dash.group()) - len(dash.group().lstrip())
                phrase = phrase_after(doc, k, k + 8)
                found.append(_punctuation_scope(doc, cue, phrase, None, (0, 0), lexical, starts))
    return [f for f in found if f is not None]


def _punctuation_scope(doc, cue: int, phrase, first_token, region, lexical, starts) -> Scope | None:
    start, end, speaker = phrase
    if start < 0 or first_token is not None and _token(doc, start) != first_token:
        return None
    if not any(word_tag(doc, k) in ("NNP", "NNPS") for k in range(_token(doc, start), _token(doc, end))):
        return None
    mark = doc.span(cue, cue + 1, "cue", "punctuation", doc.text[cue])
    kind = _source_kind(doc, start, end, speaker, overlapping(lexical, starts, start, end))
    return Scope(mark, start, end, speaker, kind, region[0], region[1])


def nest(scope: Scope, voices) -> Scope:
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

    The content follows the attribution ("X said the plan ...", "According to X, the plan ...", "As X pointed
    out with a chart, the gap ...") unless the attribution closes its sentence: it comes after a comma or a
    quotation and at most :data:`CLOSING_WORDS` words without a verb follow it before a comma or the end ("The
    plan was a disaster, X said on Tuesday"; the content is then the sentence before it, over any ", but"; not
    "In a statement, the group said the ruling was a betrayal"), or it is an ``according to`` after words of
    its own clause ("That's according to documents"; at the end of its sentence after a comma or a dash, the
    whole sentence). ", as engineers have said" closes its sentence as an attribution after a comma does.
    """
    if verb.entry in NO_CONTENT_TERMS:
        return 0, 0
    if src_start < 0:  # no source found: still someone's content after "said" or "that" ("all agreed that")
        if verb.entry not in BARE_CLAUSE and not _THAT.match(doc.norm[verb.end:verb.end + 60].lstrip()):
            return 0, 0
        src_start, src_end = verb.start, verb.end
    sentence = doc.sentences[verb.sentence]
    attribution = _as_before(doc, min(verb.start, src_start), sentence.start)
    after = max(verb.end, src_end)
    end = next_break(doc, breaks, after, sentence.end)
    i = bisect.bisect_left(breaks, attribution) - 1
    start = max(sentence.start, breaks[i] + 1) if i >= 0 else sentence.start
    comma = doc.norm.find(",", after, end)
    words_after = _token(doc, comma if comma >= 0 else end) - _token(doc, after)
    before = doc.norm[max(start, attribution - 3):attribution].rstrip()
    if before.endswith(",") and comma >= 0 and not doc.norm[after:comma].strip() and attribution > start and (
            not any(doc.tags[k] in FINITE for k in range(_token(doc, start), _token(doc, attribution)))
            or any(doc.tags[k] in FINITE for k in range(_token(doc, comma), _token(doc, end)))):
        # set off by commas in a clause: "The museum, Mr. Obama said, would ..." (no verb before it) and
        # "Although the season went well, she said, a second one would be ..." (a clause on either side)
        return start, end
    opening = doc.norm[sentence.start:attribution].strip().lower()
    if comma >= 0 and (opening + " ").startswith("as ") and "," not in opening and len(opening.split()) <= 6:
        return comma + 1, end  # "As one user pointed out with a chart, the gap is vast": the clause after it
    closes = before.endswith((",", '"', "'")) and words_after <= CLOSING_WORDS and not _clause_follows(
        doc, _token(doc, after), _token(doc, comma if comma >= 0 else end))
    if verb.entry == "according to":
        closes = _token(doc, attribution) > _token(doc, start)
        if before.endswith((",", "-")) and words_after <= CLOSING_WORDS and attribution > sentence.start:
            closes, start = True, sentence.start  # "... useless -- or simply wrong -- according to a weather service"
    elif closes and attribution > start:  # "..., but the Secret Service whisked her away, another source said"
        start = sentence.start
    if closes and attribution > start:
        return start, attribution
    if verb.entry not in BARE_CLAUSE and verb.entry != "according to" and not _introduces(doc, after):
        return 0, 0
    return after, end


def _clause_follows(doc: Document, first: int, last: int) -> bool:
    """True when words ``first`` to ``last`` make a clause with its own verb ("said the ruling was a
    betrayal"), not a phrase ("told The Huffington Post on Thursday", "said with a sly grin")."""
    if first >= last or doc.tags[first] in ("IN", "TO", "RB"):
        return False
    return any(doc.tags[k] in FINITE for k in range(first + 1, last))


_COMMA_AS = re.compile(r",\s*as\s+$")


def _as_before(doc: Document, attribution: int, floor: int) -> int:
    """Where an attribution that opens with "as" after a comma starts (", as engineers have said."): at "as",
    so that the clause before it is its content; else ``attribution`` itself."""
    head = doc.norm[max(floor, attribution - 6):attribution]
    return attribution - len(head) + head.rindex("as") if _COMMA_AS.search(head) else attribution


def _introduces(doc: Document, offset: int) -> bool:
    """True when a colon, a comma or a quotation mark comes right after ``offset``, or "that" within
    the next five words ("confirmed in late October that ...")."""
    follows = doc.norm[offset:offset + 60].lstrip()
    return follows.startswith((":", ",", '"', "'")) or _THAT.match(follows) is not None


def overlapping(lexical: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
    """The few lexicon spans (sorted by start, not nested) that overlap ``[start, end)``."""
    i = bisect.bisect_left(starts, end) - 1
    return [lexical[k] for k in range(i, max(-1, i - 4), -1) if lexical[k].start < end and start < lexical[k].end]


def used_sources(lexical: list[Span], scopes: list[Scope]) -> list[Span]:
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


def classify_quotes(doc: Document, marks: list[tuple[int, int]], scopes: list[Scope], breaks: list[int],
                    scare_max_words: int) -> tuple[list[Span], list[Region]]:
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
            entry = "scare" if words <= scare_max_words else "unattributed"
        category = "scare" if entry == "scare" else "direct"
        span = doc.span(start, end, "quotes", category, entry, detail=f"{words} words")
        spans.append(replace(span, speaker=speaker))
        regions.append(Region(start, end, "scare" if category == "scare" else "quote", speaker))
    return spans, regions
