"""Which quotations someone is said to have said: the rules that govern a quotation, for sourcing.

A quotation is governed (someone's words, not the writer's scare quote) when an attribution follows it
directly ('"...," she said'), when it lies in the stretch a reporting verb, a verb of naming or a noun of
saying reaches (to the end of its clause), after "as a" or near "as X put it", or after a colon. A phrase
named rather than used ("the phrase ...") is a mention, a quoted name in title case a title. Lookups are
binary searches: linear time over an article.
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


def attribution_start(s) -> int:
    return min(s.verb.start, s.source_start) if s.source_start >= 0 else s.verb.start


