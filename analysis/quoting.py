"""Which quotations someone is said to have said: the rules that govern a quotation, for sourcing.

A quotation is governed (someone's words, not the writer's scare quote) when an attribution follows it
directly ('"...," she said'), when it lies in the stretch a reporting verb, a verb of naming or a noun of
saying reaches (to the end of its clause), after "as a" or near "as X put it", or after a colon. A phrase
named rather than used ("the phrase ...") is a mention, a quoted name in title case a title. Lookups are
binary searches: linear time over an article.

Quotations a paragraph's edge cuts (:func:`loose_quotes`, round 18, tests/text/test_voice_round18.py): a line's
one double mark that no pair holds. An opening mark never closed ('"The new ferry is a shameful waste.' at the
text's end, or before a paragraph that does not reopen it) opens a quotation to the paragraph's end, or to the
comma before an attribution ('"The ferry is a shameful waste, the mayor said.'); after a colon only a curly one
('The post drew fire: “The ferry is a shameful waste.', round 21; a straight one, or one after a second colon
as in a transcript's "Lee: “...", is a statement's); a closing mark never opened ('They will make the council
look ridiculous." The vote ...') closes one from the paragraph's start. A straight mark is told by its position
(after a digit it is an inch mark: '6-foot-2"'); two loose marks in a line are left
alone; apostrophes and single marks are never read.
"""
from __future__ import annotations

import bisect
import re

from .text import Document

#: Before one of these the word is a noun: "his claims", "a call for", "the reported deal".
DETERMINERS = frozenset("a an the his her their its our my your this these those such no any every each "
                        "whose".split())
#: Reporting verbs that do not introduce what was said ("reneging on promises to bring 'all'").
NO_CONTENT_TERMS = frozenset(["reneged", "dodged", "backtracked", "declined to comment", "refused to say"])
#: Verbs of naming and of speaking about someone: a quotation after one of them in its clause is someone's
#: words, not the writer's ("Cruz called Trump a 'pathological liar'", "likened the rules to 'burning the
#: Constitution'", "praised the plan as 'historic'"). Matched as single lower-case words.
NAMING = frozenset("""called calls call calling dubbed dubs labeled labelled labels branded brands termed terms
    likened likens nicknamed described describes describing blamed blames chanted chanting vowed promised
    pledged accused accusing slammed blasted referenced referenced referred cited citing dismissed dismisses
    compared compares comparing lauded praised praises hailed exhorted urged rated rates attacked attacks
    criticized criticised mocked mocks ridiculed thanked quoted quoting invoked invokes echoed echoing
    repeated repeating touted warned rip rips ripped hammers hammered slams blasts knocks knocked
    denounced denounces condemned condemns decried derided promising promises""".split())
#: Forms of "call" the tagger often reads as nouns ("calls people 'losers'"): verbs unless after a determiner.
CALLS = frozenset("call calls called".split())
#: Nouns of saying: a quotation in the clause after one of them reports its words ("Trump's claim that there
#: have been 'thousands of shootings'").
SPEECH_NOUNS = frozenset("""claim claims statement statements remark remarks comment comments assertion
    assertions accusation accusations charge charges promise promises pledge pledges vow vows warning warnings
    argument arguments message rhetoric description insistence suggestion suggestions allegation allegations
    slogan slogans assurance assurances""".split())


#: A quotation that names a phrase rather than using it: "the phrase 'Islamic terrorism'", "known as".
MENTION = re.compile(r"\b(?:phrase|term|terms|word|words|slogan|label|motto|hashtag|chant|titled|entitled|"
                      r"known as|headline|name)\s*,?\s*$", re.IGNORECASE)
#: "as X put it" just before or after a quotation.
_PUT_IT = re.compile(r"\bas\s+(?:[\w.'-]+\s+){1,6}(?:put|puts|said|says|wrote|writes|described)\s+it\b[^.;]{0,40}$|"
                     r"^as\s+(?:[\w.'-]+\s+){1,6}(?:put|puts|said|says|wrote|writes|described)\s+it\b",
                     re.IGNORECASE)
#: A quotation right after "as a": a characterisation someone made ("admires Putin as a 'strong leader'").
_AS_LABEL = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
#: Short words a title may keep in lower case ("Justice Against Sponsors of Terrorism Act").
_TITLE_SMALL = frozenset("a an the of to in on for and or at by with from as".split())


def is_title(doc: Document, start: int, end: int) -> bool:
    """True for a quoted name or title of two or more words, every other word capitalised ("War On
    Drugs", "American Skin"): a title or a headline's quotation, not a phrase held at a distance."""
    words = doc.words(start, end)
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words) \
        and words[0][:1].isupper()


class Governing:
    """Finds what governs a quotation by binary search: an attribution right after it ("...," she said),
    or a stretch a reporting verb or a verb of naming reaches (from the verb to the end of its clause, or
    the content before an attribution that closes its clause). Prefix maxima of the stretches' ends make
    each lookup O(log n), however many verbs a sentence holds."""

    def __init__(self, doc: Document, scopes: list, breaks: list[int]):
        self.doc = doc
        self.after = sorted((s for s in scopes if s.verb.entry not in NO_CONTENT_TERMS), key=attribution_start)
        self.after_starts = [attribution_start(s) for s in self.after]
        stretches = [(s.start, s.end, s.speaker) for s in scopes if s.end > s.start]
        for s in scopes:
            if s.verb.entry not in NO_CONTENT_TERMS:
                stretches.append((s.verb.end, clause_end(doc, s.verb.end, s.verb.sentence, breaks), s.speaker))
        keys, tags = doc.keys(), doc.tags
        for k, key in enumerate(keys):
            if key not in NAMING and key not in SPEECH_NOUNS:  # the common case: no tag read (tagging is lazy)
                continue
            verb = tags[k].startswith("VB") or key in CALLS and (k == 0 or keys[k - 1] not in DETERMINERS)
            if key in NAMING and verb or key in SPEECH_NOUNS and tags[k].startswith("NN"):
                offset = doc.token_ends[k]
                stretches.append((offset, clause_end(doc, offset, doc.sentence_at(offset), breaks), ""))
        stretches.sort()
        self.starts = [st[0] for st in stretches]
        self.reach: list[tuple[int, int, str]] = []
        for st in stretches:
            self.reach.append(st if not self.reach or st[1] >= self.reach[-1][1] else self.reach[-1])

    def find(self, start: int, end: int) -> tuple[bool, str, bool]:
        """``(governed, speaker, stands_alone)`` for the quotation ``[start, end)``."""
        norm = self.doc.norm
        i = bisect.bisect_left(self.after_starts, end)
        if i < len(self.after) and self.after_starts[i] - end < 4 and not norm[end:self.after_starts[i]].strip(" ,") \
                and (self.after[i].verb.sentence == self.doc.sentence_at(end - 1) or self.after[i].verb.measure == "cue"):
            return True, self.after[i].speaker, self.starts_sentence(start) or _follows_break(norm, start)
        if _PUT_IT.search(norm[max(0, start - 60):start]) or _PUT_IT.match(norm[end:end + 60].lstrip(" ,")):
            return True, "", False  # 'as The New Yorker put it, "the operator"'
        if _AS_LABEL.search(norm, max(0, start - 12), start):
            return True, "", False  # "pounding Trump as a 'con artist'": someone's label for someone
        k = bisect.bisect_right(self.starts, start) - 1
        if k >= 0 and self.reach[k][1] > start:
            s_start, _, speaker = self.reach[k]
            alone = self.starts_sentence(start) or not norm[s_start:start].strip(" ,:")
            return True, speaker, alone
        if norm[max(0, start - 3):start].rstrip().endswith(":"):
            return True, "", True  # 'Warren: "You should be investigated"', 'his message: "It's about me"'
        return False, "", False

    def starts_sentence(self, start: int) -> bool:
        if not self.doc.sentences:
            return False
        s = self.doc.sentences[self.doc.sentence_at(start)]
        return not self.doc.norm[s.start:start].strip(" ([-")


def clause_end(doc: Document, offset: int, sentence: int, breaks: list[int]) -> int:
    """Where the clause that runs on from ``offset`` ends: the next clause break or the sentence end."""
    return next_break(doc, breaks, offset, doc.sentences[sentence].end)


#: What follows the last semicolon of a list: its closing "and" or "or".
_LIST_END = re.compile(r"\s*(?:and|or)\b")


def next_break(doc: Document, breaks: list[int], offset: int, end: int) -> int:
    """The first clause break at or after ``offset``, or ``end`` (the sentence's end). A clause that reaches
    the first semicolon of a list runs over the list: two or more semicolons in the sentence, the last followed
    by "and" or "or" ("say the deal would include tighter border rules; new visas; and a path to ..."), to the
    first break after the last semicolon. A clause that starts inside the list stops at its next semicolon."""
    i = bisect.bisect_left(breaks, offset)
    if i >= len(breaks) or breaks[i] >= end:
        return end
    at, norm = breaks[i], doc.norm
    if norm[at] == ";":
        sentence = doc.sentences[doc.sentence_at(at)]
        last = norm.rfind(";", sentence.start, sentence.end)
        if norm.find(";", sentence.start, sentence.end) == at and last > at and _LIST_END.match(norm, last + 1):
            j = bisect.bisect_right(breaks, last)
            return min(end, breaks[j]) if j < len(breaks) else end
    return at


def _follows_break(norm: str, start: int) -> bool:
    return norm[max(0, start - 3):start].rstrip().endswith((":", ";"))


#: A double quotation mark as written (never two apostrophes, never a single mark): the only marks the edge rules
#: read. Curly opening and closing forms, and the straight one, whose side is told by its position.
_OPENING, _CLOSING, _STRAIGHT = "\u201c\u201e\u00ab", "\u201d\u00bb", '"'
#: What may stand right after a straight closing mark: a space, the line's end or punctuation.
_AFTER_CLOSING = frozenset(" \t,.;:!?)-\u2014\u2013")
_MARKS = _OPENING + _CLOSING + _STRAIGHT
_MARK = re.compile('"')  # the normalised text writes every double mark so


def loose_closing(doc: Document, i: int, start: int, end: int) -> bool:
    """True when the straight double mark at ``i`` (in the line ``[start, end)``) has the shape of a closing mark:
    a character other than a space or a digit before it ('a sucker."'; not an inch mark, '6-foot-2"'), and a
    space, punctuation or the line's end after it."""
    text = doc.text
    return text[i] == _STRAIGHT and i > start and not text[i - 1].isspace() and not text[i - 1].isdigit() \
        and (i + 1 >= end or text[i + 1] in _AFTER_CLOSING)


def _opening(doc: Document, i: int, start: int, end: int) -> bool:
    """True when the double mark at ``i`` has the shape of an opening mark: a curly opening one, a straight one at the
    line's start or after a space or an opening bracket or dash, and in both cases a word or a mark right after it."""
    text = doc.text
    if i + 1 >= end or text[i + 1].isspace():
        return False
    return text[i] in _OPENING or text[i] == _STRAIGHT and (i == start or text[i - 1] in " \t([-\u2014\u2013")


def loose_quotes(doc: Document, marks: list[tuple[int, int]], verbs: list) -> list[tuple[int, int]]:
    """Quotations cut by a paragraph's edge: the line's one double mark that no paired quotation (``marks``) holds.
    An opening mark never closed before its paragraph ends opens a quotation to the paragraph's end (news style
    leaves the closing mark off when a quotation runs on into the next paragraph; the text may end there): up to a
    comma that an attribution follows within :data:`LOOSE_SOURCE_WORDS` words ('"This is a sham, he said.',
    ``verbs``: the reporting verbs found). A closing mark with no opening one before it in its paragraph closes a
    quotation begun before the paragraph (an excerpt that starts inside a quotation): from the paragraph's start,
    or from after the last reporting verb before the mark, to the mark. A line with two or more such marks is left
    alone: which of them opens cannot be told. Curly marks are told by their form, straight ones by their position
    (:func:`loose_closing`); two apostrophes and single marks are never read here. Linear time."""
    if '"' not in doc.norm:
        return []
    held, out = list(marks), []
    starts = [a for a, _ in held]
    verb_starts = [v.start for v in verbs]
    lines: dict[int, list[int]] = {}
    for m in _MARK.finditer(doc.norm):  # each line's loose marks, read from the marks alone
        if doc.text[m.start()] in _MARKS and not _held(m.start(), held, starts):
            lines.setdefault(doc.norm.rfind("\n", 0, m.start()) + 1, []).append(m.start())
    for start, loose in lines.items():
        end = doc.norm.find("\n", start)
        end = len(doc.norm) if end < 0 else end
        if len(loose) != 1:
            continue
        i = loose[0]
        colons = doc.norm.count(":", start, i)  # two colons: a transcript's speaker label, a statement's
        if _opening(doc, i, start, end) and (not colons or colons == 1 and doc.text[i] in _OPENING):
            out.append((i, _cut_at_source(doc, verbs, verb_starts, i, end)))
        elif (doc.text[i] in _CLOSING or loose_closing(doc, i, start, end)) and doc.norm[start:i].strip():
            k = bisect.bisect_left(verb_starts, i) - 1
            first = verbs[k].end if k >= 0 and verbs[k].start >= start else start
            if doc.norm[first:i].strip(" ,:"):
                out.append((first + len(doc.norm[first:i]) - len(doc.norm[first:i].lstrip(" ,:")), i + 1))
    return sorted(out)


#: Most words between a comma and the reporting verb after it that make an attribution which ends a loose quotation.
LOOSE_SOURCE_WORDS = 4


def _held(i: int, held: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, i) - 1
    return k >= 0 and held[k][0] <= i < held[k][1]


def _cut_at_source(doc: Document, verbs: list, verb_starts: list[int], begin: int, end: int) -> int:
    """Where a quotation opened at ``begin`` and left open to ``end`` stops: after the comma before an attribution."""
    k = bisect.bisect_right(verb_starts, begin)
    if k < len(verbs) and verbs[k].start < end:
        comma = doc.norm.rfind(",", begin, verbs[k].start)
        if comma > begin and len(doc.norm[comma + 1:verbs[k].start].split()) <= LOOSE_SOURCE_WORDS:
            return comma + 1
    return end


def attribution_start(s) -> int:
    return min(s.verb.start, s.source_start) if s.source_start >= 0 else s.verb.start


