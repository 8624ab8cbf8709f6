"""Who a reporting verb attributes to: the source phrase of one attribution, found with part-of-speech tags.

Used by the voice layer (:mod:`analysis.attribution`). Each rule is named after the construction it reads:

* a noun phrase just before the verb, walking left over noun-phrase tags (titles, names, "spokesman for
  the campaign", "Trump and Clinton", "officials in Baghdad") and over a party label ("Lindsey Graham
  (R-S.C.) said"); adverbs, auxiliaries and a time phrase between source and verb are skipped
  ("Sanders on Tuesday also said");
* an **apposition**: "Sen. X, the committee chair, said" and "A lawyer for the outlets, David Schulz, said";
* a **relative pronoun**: "an architect who said": the source is "who" (as PolNeAR marks it), the speaker
  its antecedent;
* **inverted order**: after a comma or quotation mark, "...," said Jane Doe, a spokeswoman for the group;
* ``according to X`` and a **passive** verb with ``by X``; a passive verb without ``by`` has no source;
* no source after "to", a preposition or a conjunction ("to accuse", "by saying", "and said": the caller
  then shares the subject of the verb before).

Every walk is bounded by :data:`MAX_SOURCE_WORDS` words: constant work per verb.
"""
from __future__ import annotations

import bisect
import re

from .text import ABBREVIATIONS, Document, Span

#: Longest source phrase, in words (appositions included).
MAX_SOURCE_WORDS = 16
PRONOUNS = frozenset("he she they it we i you his her their him them us".split())
RELATIVES = frozenset("who which that whom".split())
#: Part-of-speech tags of a finite verb (past, present, modal).
FINITE = ("VBD", "VBZ", "VBP", "MD")
NP_TAGS = frozenset("DT PDT JJ JJR JJS NN NNS NNP NNPS PRP PRP$ POS CD FW".split())
#: Words that join two parts of one source phrase: "spokesman for the campaign", "Trump and Clinton".
LINKS = frozenset("of for at from and & in on with".split())
#: Words between a source and its verb that are skipped: "X has also repeatedly said".
SKIPPED = frozenset("has have had also not never did does do would will can could may might already "
                    "repeatedly later previously again once then further recently publicly privately "
                    "often still now just even only first last long has been is was are were be being".split())
#: Adverbs that open a quantified source phrase ("Nearly six of 10 parents say", "Not everyone agrees").
QUANTIFYING = frozenset("not only nearly almost about roughly just some".split())
PASSIVE = frozenset("is are was were be been being".split())
#: A verb after one of these has no subject of its own ("to accuse", "by saying", "and said").
NO_SUBJECT = frozenset("to by of for when while after before without in and but or".split())
TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
                       "morning afternoon evening night week weekend month year january february march april "
                       "may june july august september october november december".split())
TIME_LEAD = frozenset("on in last this early late earlier".split())
#: Head nouns of documents cited as sources.
DOCUMENTS = frozenset("document documents memo memos report reports record records email emails file files "
                      "letter letters filing filings data study studies poll polls survey surveys analysis "
                      "cable cables transcript transcripts recording recordings papers figures statistics "
                      "database review audit indictment complaint lawsuit ruling".split())
#: Verbs that may stand after their source ("...," said X); others only before it.
INVERTIBLE = frozenset("said says told added wrote asked explained continued noted recalled replied "
                       "responded insisted argued declared warned concluded suggested".split())
_PARTY_BEFORE = re.compile(r"\(\s*(?:[RDI]|[RDI]-[A-Z][A-Za-z.\- ]{0,14})\s*\)[\s,]*$")
_PARTY_AFTER = re.compile(r"\s*\(\s*(?:[RDI]|[RDI]-[A-Z][A-Za-z.\- ]{0,14})\s*\)")
NONE = (-1, -1, "")
_OPENS_QUOTE = re.compile(r"\s+[\"']")


def token_at(doc: Document, offset: int) -> int:
    """Index of the first word starting at or after ``offset``."""
    return bisect.bisect_left(doc.token_starts, offset)


def word(doc: Document, k: int) -> str:
    return doc.norm[doc.token_starts[k]:doc.token_ends[k]].lower()


def gap(doc: Document, k: int) -> str:
    """The characters between word ``k`` and word ``k + 1`` (at most 12; a longer gap reads as a break)."""
    end = doc.token_starts[k + 1] if k + 1 < len(doc.token_starts) else len(doc.norm)
    begin = doc.token_ends[k]
    return doc.norm[begin:end] if end - begin <= 12 else ";"


def tag(doc: Document, k: int) -> str:
    """The word's tag, with capitalised words inside a sentence read as proper nouns ("Theresa May")."""
    t = doc.tags[k]
    w = doc.norm[doc.token_starts[k]]
    if w.isupper() and t not in ("NNP", "NNPS", "PRP") and k != doc.sentences[doc.sentence_at(doc.token_starts[k])].first_token:
        return "NNP"
    return t


def _joined(doc: Document, k: int) -> bool:
    """True when words ``k`` and ``k + 1`` belong together: nothing but spaces between them, or the
    period of an abbreviation or initial ("Sen. X", "Charles B. Rangel")."""
    g = gap(doc, k)
    if not g.strip():
        return True
    w = word(doc, k)
    return g.strip() == "." and (len(w) == 1 or w in ABBREVIATIONS)


def source(doc: Document, verb: Span) -> tuple[int, int, str]:
    """``(start, end, speaker)`` of the verb's source phrase; ``(-1, -1, "")`` when it has none."""
    k, last = token_at(doc, verb.start), token_at(doc, verb.end) - 1
    sentence = doc.sentences[verb.sentence]
    floor, ceiling = sentence.first_token, sentence.last_token
    if verb.entry == "according to":
        return phrase_after(doc, last + 1, ceiling, participles=True)
    if verb.entry == "in a statement":
        j = k - 1
        return phrase_before(doc, j, floor) if j >= floor and "," in gap(doc, j) else NONE
    p = party_before(doc, verb.start, commas=False)
    if p is not None and p - 1 >= floor:
        return phrase_before(doc, p - 1, floor)
    j = k - 1
    while j >= floor and _joined(doc, j) and tag(doc, j) != "NNP" and (
            word(doc, j) in SKIPPED or doc.tags[j] in ("RB", "MD") or word(doc, j).endswith("n't")):
        if word(doc, j) in PASSIVE and doc.tags[k] in ("VBN", "VBD"):
            return _passive(doc, last, ceiling)
        j -= 1
    j = _skip_time(doc, j, floor)
    if j < floor:
        return _inverted(doc, verb, last, ceiling)
    if not _joined(doc, j) and not _OPENS_QUOTE.fullmatch(gap(doc, j)):  # 'Officials "claimed"' is joined
        after_quote = gap(doc, j).rstrip().endswith(('"', "'"))
        found = subject(doc, k, floor) if "," in gap(doc, j) and not after_quote else None
        return found or _inverted(doc, verb, last, ceiling)
    if word(doc, j) in NO_SUBJECT or doc.tags[j] in ("TO", "CC"):
        return NONE
    if word(doc, j) in RELATIVES and doc.tags[j] in ("WP", "WDT", "IN"):
        start, end = doc.token_starts[j], doc.token_ends[j]
        return start, end, _antecedent(doc, j, floor) or doc.norm[start:end]
    return phrase_before(doc, j, floor)


#: Words that open a clause before its subject ("But Megan Hester, ..., said").
OPENERS = frozenset("but and however even so yet still meanwhile also instead".split())
#: Longest subject with its apposition or relative clause, in words.
MAX_SUBJECT_WORDS = 45


def clause_start(doc: Document, k: int, floor: int) -> int:
    """First word of the clause that word ``k`` is in: after a quotation mark, a semicolon or a dash
    before it in the sentence (at most MAX_SUBJECT_WORDS back), without an opening "But" or "However"."""
    i = k
    while i > floor and k - i < MAX_SUBJECT_WORDS:
        g = gap(doc, i - 1)
        if g.startswith("'") and word(doc, i - 1).endswith("s"):
            g = g[1:]  # the possessive of a plural ("the nurses' union") is no quotation mark
        if any(c in g for c in "\"';") or " -" in g and "-" not in word(doc, i - 1):
            break
        i -= 1
    while i < k and word(doc, i) in OPENERS:
        i += 1
    return i


def subject(doc: Document, k: int, floor: int) -> tuple[int, int, str] | None:
    """The subject of the clause whose verb is word ``k`` when a comma stands before the verb:
    "Megan Hester, senior associate at the institute, said" (the subject with its apposition or relative
    clause, as PolNeAR marks it), "Trump, speaking to veterans, said" (only "Trump": a participle or a
    prepositional phrase is not part of the source)."""
    i = clause_start(doc, k, floor)
    if i >= k or tag(doc, i) not in NP_TAGS:
        return None
    j, name_end = i, doc.token_ends[i]
    while j + 1 < k:
        party = _PARTY_AFTER.match(doc.norm, doc.token_ends[j])
        if party:  # "(D-N.Y.)" belongs to the name
            j, name_end = max(j, token_at(doc, party.end()) - 1), party.end()
            break
        if not (_joined(doc, j) and (tag(doc, j + 1) in NP_TAGS or word(doc, j + 1) in LINKS)):
            break
        j, name_end = j + 1, doc.token_ends[j + 1]
    if j + 1 >= k or "," not in doc.norm[name_end:doc.token_starts[j + 1]]:
        return None
    if not any(tag(doc, x) in ("NNP", "NNPS", "NN", "NNS", "PRP") for x in range(i, j + 1)):
        return None
    start = doc.token_starts[i]
    nxt, nxt_tag = word(doc, j + 1), doc.tags[j + 1]
    if nxt_tag in ("VBG", "VBN", "IN", "RB", "TO") and nxt not in ("who", "whose", "which", "of"):
        return start, name_end, doc.text[start:name_end]
    end = doc.norm.rfind(",", doc.token_ends[j], doc.token_starts[k])
    second = doc.norm.find(",", doc.norm.find(",", name_end, end) + 1, end)
    if second > 0 and not _RELATIVE_AFTER.match(doc.norm, second):
        end = second  # "Tom Berg, the harbour master of Leith, one of the ports hit, said": the first
    end = len(doc.norm[:end].rstrip(" -"))  # apposition only (", who ..." about the person goes on)
    return start, end, doc.text[start:end]


def main_subject(doc: Document, k: int, floor: int) -> tuple[int, int, str]:
    """The subject of the clause a participle or a coordinated verb hangs on: "Donald Trump is defending
    his tweets, saying ..." and "Cruz exhorted Republicans ... and said" give the clause-initial noun
    phrase when a verb follows it."""
    found = subject(doc, k, floor)
    if found:
        return found
    i = clause_start(doc, k, floor)
    if i >= k or tag(doc, i) not in NP_TAGS:
        return NONE
    j = i
    while j + 1 < k and _joined(doc, j) and (tag(doc, j + 1) in NP_TAGS or word(doc, j + 1) in LINKS):
        j += 1
    if j + 1 >= k or not doc.tags[j + 1].startswith(("VB", "MD")):
        return NONE
    return phrase_before(doc, j, i)


def _skip_time(doc: Document, j: int, floor: int) -> int:
    """The word before a time phrase that ends at word ``j`` ("Sanders on Tuesday said" -> "Sanders")."""
    i = j
    while i >= floor and (word(doc, i) in TIME_WORDS or doc.tags[i] == "CD") and j - i < 3:
        i -= 1
    if i < j and i >= floor and word(doc, i) in TIME_LEAD:
        i -= 1
        while i >= floor and _joined(doc, i) and word(doc, i) in SKIPPED:
            i -= 1
        return i
    return j


def _passive(doc: Document, last: int, ceiling: int) -> tuple[int, int, str]:
    """``by X`` after a passive verb; no source without it ("No injuries were reported")."""
    if last + 1 < ceiling and word(doc, last + 1) == "by" and _joined(doc, last):
        return phrase_after(doc, last + 2, ceiling)
    return NONE


def _inverted(doc: Document, verb: Span, last: int, ceiling: int) -> tuple[int, int, str]:
    """The phrase after a verb of saying that follows a comma or quotation mark ("...," said X)."""
    k = token_at(doc, verb.start)
    if word(doc, k) not in INVERTIBLE:
        return NONE
    start = doc.sentences[verb.sentence].start
    before = doc.norm[max(start, verb.start - 4):verb.start].rstrip()
    if not before.endswith((",", '"', "'")) and verb.start - start > 2:
        return NONE
    i = last + 1
    if i >= ceiling or not (tag(doc, i) in ("NNP", "NNPS", "PRP") or word(doc, i) in ("a", "an", "the", "one",
                                                                                       "another", "two")):
        return NONE
    start, end, speaker = phrase_after(doc, i, ceiling)
    relative = _RELATIVE_AFTER.match(doc.norm, end)
    if relative:  # "..., said Ana Ruiz, who runs the flood office ...": the relative clause is the source's
        stop = len(doc.norm[:doc.sentences[verb.sentence].end].rstrip(" .\"'"))
        if stop > relative.end():
            return start, stop, doc.text[start:stop]
    return start, end, speaker


#: A relative clause about a person after a source phrase: ", who ...", " whose ...".
_RELATIVE_AFTER = re.compile(r",?\s*(?:who|whose|whom)\s")


def np_start(doc: Document, j: int, floor: int) -> int:
    """First word of the noun phrase that ends at word ``j``, walking left over the tags."""
    a = j
    while a - 1 >= floor and j - a + 1 < MAX_SOURCE_WORDS:
        if not _joined(doc, a - 1):
            p = party_before(doc, doc.token_starts[a], commas=False)
            if p is None or p - 1 < floor or tag(doc, p - 1) not in NP_TAGS:
                break
            a = p - 1
            continue
        prev, t = word(doc, a - 1), tag(doc, a - 1)
        if t in NP_TAGS and prev not in RELATIVES:
            a -= 1
        elif t == "VBN" and tag(doc, a) in ("NN", "NNS", "NNP", "NNPS", "JJ"):
            a -= 1  # a participle as an adjective: "elected officials", "leaked documents"
        elif prev in QUANTIFYING and tag(doc, a) in ("DT", "CD", "JJ", "JJS", "NN", "NNS"):
            a -= 1  # "Nearly six of 10 parents", "Not everyone", "Only half of the voters"
            break
        elif (prev in LINKS or prev == "to") and a - 2 >= floor and tag(doc, a - 2) in NP_TAGS and _joined(doc, a - 2) \
                and word(doc, a) not in TIME_WORDS:
            a -= 1
        else:
            break
    while a <= j and (word(doc, a) in LINKS or doc.tags[a] == "POS"):
        a += 1
    return a


def party_before(doc: Document, offset: int, commas: bool = True) -> int | None:
    """Index of the first word of a party label ("(R-S.C.)") that ends just before ``offset``, or None;
    with ``commas`` False a label followed by a comma does not count."""
    begin = max(0, offset - 24)
    m = _PARTY_BEFORE.search(doc.norm[begin:offset])
    if not m or not commas and "," in m.group():
        return None
    return token_at(doc, begin + m.start())


def _with_party(doc: Document, end: int) -> int:
    party = _PARTY_AFTER.match(doc.norm, end)
    return party.end() if party else end


def phrase_before(doc: Document, j: int, floor: int) -> tuple[int, int, str]:
    """The noun phrase ending at word ``j``; a pronoun stands alone ("86 she" is "she")."""
    if tag(doc, j) not in NP_TAGS:
        return NONE
    a = j if tag(doc, j) == "PRP" else np_start(doc, j, floor)
    if a > j or not any(tag(doc, i)[:2] in ("NN", "PR", "CD") for i in range(a, j + 1)):
        return NONE
    start, end = doc.token_starts[a], _with_party(doc, doc.token_ends[j])
    return start, end, doc.text[start:end]


def apposition(doc: Document, j: int, floor: int) -> tuple[int, int, str] | None:
    """``Name, appositive,`` or ``Description, Name,`` before the verb: the source is both parts."""
    a = np_start(doc, j, floor)
    if a > j:
        return None
    first_gap = doc.norm[doc.token_ends[a - 1]:doc.token_starts[a]] if a > floor else ""
    if a <= floor or "," not in first_gap:
        return None
    name_end = a - 1
    p = party_before(doc, doc.token_starts[a])
    if p is not None:
        name_end = p - 1
    b = np_start(doc, name_end, floor)
    if b > name_end or not any(tag(doc, i) in ("NNP", "NNPS") for i in range(b, j + 1)):
        return None
    if b > floor and _joined(doc, b - 1) and doc.tags[b - 1] in ("IN", "TO", "VB", "VBD", "VBZ", "VBP"):
        return None  # "In a statement, the chair said" is no apposition
    start, end = doc.token_starts[b], doc.token_ends[j]
    return start, end, doc.text[start:end]


def _antecedent(doc: Document, j: int, floor: int) -> str:
    """The noun phrase a relative pronoun refers to ("Mr. Kamin, who emphasized" -> "Mr. Kamin")."""
    if j - 1 < floor:
        return ""
    a = np_start(doc, j - 1, floor)
    return doc.text[doc.token_starts[a]:doc.token_ends[j - 1]] if a <= j - 1 else ""


def phrase_after(doc: Document, i: int, ceiling: int, participles: bool = False) -> tuple[int, int, str]:
    """The noun phrase starting at word ``i`` (titles, names, "of New York", a party label, and one
    apposition after a comma: "said Jane Doe, a spokeswoman for the group", "said X, head of Y")."""
    n = min(len(doc.token_starts), ceiling)
    if i >= n or tag(doc, i) not in NP_TAGS and not participles:
        return NONE
    j, commas, end = i, 0, doc.token_ends[i]
    while j + 1 < min(n, i + MAX_SOURCE_WORDS):
        party = _PARTY_AFTER.match(doc.norm, doc.token_ends[j])
        if party:  # step over "(D-N.C.)" to its last word
            j, end = max(j, token_at(doc, party.end()) - 1), party.end()
            if j + 1 >= n:
                break
        nxt_start = doc.token_starts[j + 1]
        g = doc.norm[end:nxt_start].strip() if nxt_start - end <= 12 else ";"
        nxt, t = word(doc, j + 1), tag(doc, j + 1)
        if g == ",":
            if commas or participles or t not in NP_TAGS or nxt in RELATIVES or t == "PRP":
                break
            commas, j, end = commas + 1, j + 1, doc.token_ends[j + 1]
            continue
        if g and not (g == "." and (len(word(doc, j)) == 1 or word(doc, j) in ABBREVIATIONS)):
            break
        if t in NP_TAGS or nxt in LINKS or participles and (t in ("VBN", "IN", "JJ", "VBG") or nxt == "by"):
            j, end = j + 1, doc.token_ends[j + 1]
        else:
            break
    while j > i and (word(doc, j) in LINKS or doc.tags[j] in ("IN", "DT", "CC")) and end == doc.token_ends[j]:
        j -= 1
        end = doc.token_ends[j]
    start = doc.token_starts[i]
    return start, end, doc.text[start:end]


def kind(doc: Document, start: int, end: int, speaker: str, overlapping: list[Span]) -> str:
    """named / anonymous / pronoun / document / unclear for the source ``text[start:end]``, given the
    sources-lexicon spans that overlap it."""
    words = speaker.replace(",", " ").split()
    heads = {w.lower().strip(".'\"") for w in words}
    if any(s.category == "documents" for s in overlapping) or heads & DOCUMENTS and not _proper(doc, start, end):
        return "document"
    if overlapping and not _proper(doc, start, end, outside=overlapping):
        return "anonymous"
    if words and words[0].lower() in PRONOUNS and len(words) <= 2:
        return "pronoun"
    if _proper(doc, start, end):
        return "named"
    return "unclear"


def _proper(doc: Document, start: int, end: int, outside: list[Span] = ()) -> bool:
    """True when the phrase has a proper noun outside the ``outside`` spans: "Jane Doe, a spokeswoman"
    names its source, "US officials" does not."""
    i, j = token_at(doc, start), token_at(doc, end)
    return any(tag(doc, k) in ("NNP", "NNPS") and word(doc, k) not in ("the", "a", "an", "no")
               and not any(s.start <= doc.token_starts[k] < s.end for s in outside)
               for k in range(i, min(j, i + MAX_SUBJECT_WORDS)))
