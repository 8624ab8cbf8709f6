"""Rules that tell a loaded word's judging sense from its other senses by the words around it.

:mod:`analysis.measures.loaded` drops a loaded-term match when one of these rules says the word is not used
in its judging sense here. Each rule is named after the phenomenon and pinned by test sentences in
``tests/measures/test_loaded_senses.py``:

* :func:`part_of_a_name`: a common word written with a capital inside a sentence is a proper name or part of
  one (*Rep. Dave Brat* is not *brat*, *the Patriot Act* is not *patriots*). Not applied to an entry whose own
  name has a capital (*Big Pharma*, *MAGA extremists*), to the first word of a sentence or of a quotation, to a
  word in capitals (emphasis: *a SHAM impeachment*), or in a sentence written in title case (a headline). A
  phrase of several words is a name only when a capitalised word stands right before or after it.
* :func:`legal_sense`: *claim*, *conspire*, *illegal*, *fraudulent* ... in a sentence about a lawsuit,
  a charge or a ruling are the legal terms (*the lawsuit, filed Monday, claims that*; *he pleaded guilty
  to conspiring*; *a judge ruled the policy unlawful*), listed in :data:`LEGAL_CONTEXT`.
* :func:`in_a_name`: a match that touches a name region of the voice layer (proper names and titles of
  laws, programmes, works and organisations, :mod:`analysis.voice`) is dropped too.
* :func:`mentioned`: a word the writer talks about rather than uses (*the term "deep state"*, *the word
  racist*, *dubbed*) is a mention, not the writer's judgement, and so is every word of a
  sentence that defines a term (*The term "deep state" typically refers to a shadow government ...*); and *so-called* right
  before a capitalised name introduces what something is called (*the so-called Demilitarized Zone*), the
  newsroom use of the word for a name or a term of art. (This also drops *the so-called Islamic State*, which
  some outlets wrote to distance themselves from the group's own name; the rule accepts that loss.) So is *so-called*
  after a determiner and before a term of two lower-case words (*the so-called grand bargain*, *a so-called
  marriage penalty*: the newsroom way of introducing jargon), unless the first word names a claimed quality (*the
  so-called moderate rebels*, :data:`analysis.measures.sense_rules.CLAIMED_QUALITIES`); *so-called experts say*,
  *so-called "reforms"* and *so-called dark money* with no determiner stay the writer's distance. A sentence that opens with the word and
  goes on *means* (*Indoctrination means ...*) defines it. So are the labels of a list offered to the reader's choice
  after *call X whatever you want* (*like*, *wish*, *please*) and a dash or colon (*Call the channel whatever you like
  -- a news outlet, a propaganda arm, something in between.*): mentions the writer declines to choose among, up to
  the first finite verb (*Call it whatever you like: it is still a corrupt deal* keeps *corrupt*;
  :func:`offered_labels`, pinned in ``tests/measures/test_senses_round16.py``).
* :func:`under_a_statute`: *illegal* or *unlawful* followed by *under* and a named statute (*illegal under the
  1970 Controlled Substances Act*, *unlawful under Title VII*) states what a law says; *illegal under
  international law* (no name, in lower case) is the contested verdict and stays.
* :func:`names_an_event`: *massacre* or *genocide* right after a capitalised word inside a sentence is the
  name by which an event is known (*the Las Vegas massacre*, *the Tiananmen Square massacre*, *the Rwandan
  genocide*), the standard wording of every outlet once the event has that name, not the writer's choice.

Negated legal findings, names of charges, killing in the distant past, a gunman's massacre and *so-called*
before a glossed term are in :mod:`analysis.measures.sense_rules`. Plain senses that sit next to the word
(*bloody clothes*, *war on terrorism*) are patterns in ``lexicons/plain_senses.yaml`` (read by :mod:`analysis.measures.plain_senses`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..text import Document, Span
from .sense_rules import claimed_quality

#: Share of a sentence's longer words (4 letters or more) that start with a capital above which the
#: sentence is written in title case (a headline or a section title) and capitals say nothing about names.
TITLE_CASE_SHARE = 0.8
#: Characters after which a capital starts a quotation or a clause, not a name.
OPENERS = frozenset("\"'(:[\u2014\u2013-")

_COURT = ("lawsuit lawsuits suit suits sued sues suing plaintiff plaintiffs complaint complaints filing filings "
          "petition court courts judge judges jury justices ruled ruling verdict indicted indictment "
          "indictments charged charges charge convicted conviction pleaded plead pleads guilty prosecutors "
          "prosecutor sentenced trial tribunal counts statute lawyers attorneys testified testimony").split()
#: Entries that are legal terms in a sentence about a lawsuit, a charge or a ruling: entry -> context words.
LEGAL_CONTEXT: dict[str, frozenset[str]] = {
    "claim": frozenset(_COURT),
    "allege": frozenset(_COURT),
    "conspiracy": frozenset(_COURT),
    "collusion": frozenset(_COURT),
    "illegal": frozenset(_COURT),
    "unlawful": frozenset(_COURT),
    "fraudulent": frozenset(_COURT),
    "negligent": frozenset(_COURT),
    "genocide": frozenset([*_COURT, "convention", "icj"]),
    "war crimes": frozenset(_COURT),
    "war criminal": frozenset(_COURT),
    "traitor": frozenset(_COURT),
    "lie": frozenset([*_COURT, "felony", "perjury", "obstruction"]),
}


#: Words after which the next word is mentioned, not used (*the term*, *the word*, *dubbed*). Not *known as*: *known
#: as brilliant* passes praise off as reputation, which is the writer's own choice.
MENTION_WORDS = frozenset("term terms word words phrase phrases label labels expression epithet slur moniker "
                          "nickname dubbed nicknamed".split())
#: Characters that may stand between a mention word and the word mentioned (quotation marks, a colon).
_MENTION_GAP = frozenset(" \"':\u201c\u2018")

#: Nouns that, after a capitalised word (a place, a people, a date's name), are the name of an event.
EVENT_NOUNS = frozenset({"massacre", "genocide"})


def _token(doc: Document, offset: int) -> int:
    """Index of the word token that starts at or contains ``offset``."""
    return max(0, bisect_right(doc.token_starts, offset) - 1)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def title_case(doc: Document, sentence: int) -> bool:
    """True when sentence ``sentence`` is written in title case (see :data:`TITLE_CASE_SHARE`)."""
    words = [w for w in doc.words_of(doc.sentences[sentence]) if len(w) >= 4 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def written_as_a_name(doc: Document, span: Span) -> bool:
    """True when ``span``, a match of an entry whose name is in lower case, is (part of) a proper name: by
    :func:`part_of_a_name` or by the voice layer's name regions (:func:`in_a_name`); never in a sentence
    written in title case (a headline), where every word has a capital."""
    if not span.entry.islower() or not doc.sentences or span.text.isupper():
        return False  # a word in capitals is emphasis (a SHAM impeachment), not a name
    if title_case(doc, doc.sentence_at(span.start)):
        return False
    return part_of_a_name(doc, span) or in_a_name(doc, span)


def part_of_a_name(doc: Document, span: Span) -> bool:
    """True when ``span`` is written with a capital inside a sentence (see the module docstring)."""
    words = doc.words(span.start, span.end) or [span.text]
    if not _capitalised(words[0]):
        return False
    first = _token(doc, span.start)
    sentence = doc.sentences[doc.sentence_at(span.start)]
    if first <= sentence.first_token:
        return False
    between = doc.norm[doc.token_ends[first - 1]:span.start]
    if any(c in OPENERS for c in between):
        return False
    if len(words) == 1:
        return True
    last = _token(doc, span.end - 1)
    neighbours = [k for k in (first - 1, last + 1) if sentence.first_token <= k < sentence.last_token]
    return any(_capitalised(doc.text[doc.token_starts[k]:doc.token_ends[k]]) for k in neighbours)


def legal_sense(doc: Document, span: Span) -> bool:
    """True when ``span``'s entry is in :data:`LEGAL_CONTEXT` and its sentence holds one of the entry's
    context words (a lawsuit, a charge, a ruling)."""
    context = LEGAL_CONTEXT.get(span.entry)
    if not context or not doc.sentences:
        return False
    sentence = doc.sentences[doc.sentence_at(span.start)]
    keys = doc.keys()
    return any(keys[k] in context for k in range(sentence.first_token, sentence.last_token))


def in_a_name(doc: Document, span: Span) -> bool:
    """True when the first word of ``span`` touches a proper name or title of the voice layer
    (``Voices.in_name``): *the Patriot Act* is not *patriots*, but *destroy America* is still the phrase."""
    from ..voice import voices_of
    first_end = min(span.end, doc.token_ends[_token(doc, span.start)])
    return voices_of(doc).in_name(span.start, first_end)


def names_an_event(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`EVENT_NOUNS` right after a capitalised word that does not start its
    sentence (*the Las Vegas massacre*), outside a sentence in title case: the name of an event."""
    if span.text.lower() not in EVENT_NOUNS or not doc.sentences:
        return False
    sentence_index = doc.sentence_at(span.start)
    sentence, k = doc.sentences[sentence_index], _token(doc, span.start) - 1
    if k <= sentence.first_token or title_case(doc, sentence_index):
        return False
    before = doc.text[doc.token_starts[k]:doc.token_ends[k]]
    return _capitalised(before) and doc.norm[doc.token_ends[k]:span.start].strip(" -") == ""


def mentioned(doc: Document, span: Span) -> bool:
    """True when ``span`` is mentioned rather than used (after one of :data:`MENTION_WORDS`), or
    is *so-called* before a capitalised name (see the module docstring)."""
    if not doc.sentences:
        return False
    k = _token(doc, span.start)
    sentence = doc.sentences[doc.sentence_at(span.start)]
    nxt = _token(doc, span.end - 1) + 1
    keys = doc.keys()
    if span.entry == "so-called" and nxt < sentence.last_token and doc.norm[span.end:doc.token_starts[nxt]].isspace():
        after = doc.text[doc.token_starts[nxt]:doc.token_ends[nxt]]
        if _capitalised(after) and not title_case(doc, doc.sentence_at(span.start)):
            return True
        if _introduces_a_term(doc, keys, k, nxt, sentence.last_token):
            return True
    if offered_labels(doc, span, sentence.start) or _defines_a_term(keys, sentence.first_token, k) or (
            k <= sentence.first_token + 1 and nxt < sentence.last_token and keys[nxt] in ("means", "meant")):
        return True
    if k - 1 < sentence.first_token or any(c not in _MENTION_GAP for c in doc.norm[doc.token_ends[k - 1]:span.start]):
        return False
    return keys[k - 1] in MENTION_WORDS


#: "call X whatever you want --": a list of labels offered to the reader's choice follows (:func:`offered_labels`).
_OFFERED = re.compile(r"\bcall\b[^.;:!?]{1,60}?\bwhatever (?:you|they|we|one) (?:want|wants|like|likes|wish|"
                      r"please|choose)(?: to)?\s*(?:--|-|:|\u2014|\u2013)", re.I)


def offered_labels(doc: Document, span: Span, start: int) -> bool:
    """True when ``span`` lies in a list of labels offered after "call X whatever you want --" in the sentence
    that begins at ``start``, with no finite verb between (see the module docstring)."""
    found = _OFFERED.search(doc.norm, start, span.start)
    if not found:
        return False
    first, k = bisect_left(doc.token_starts, found.end()), _token(doc, span.start)
    return not any(doc.tags[i] in ("VBZ", "VBD", "VBP", "MD") for i in range(first, k))


#: Words before *so-called* that make it introduce a term (*the so-called grand bargain*).
DETERMINERS = frozenset("the a an this that these those its their his her our what".split())
#: Words that end a noun phrase: a term of art after *so-called* is two words none of which is one of these.
_NOT_A_TERM = frozenset("of for to in on at by with from and or but that which who is are was were be been has have "
                        "had will would can could may might should must do does did not say says said claim claims "
                        "claimed".split())


def _introduces_a_term(doc: Document, keys: list[str], k: int, nxt: int, last: int) -> bool:
    """True when *so-called* (token ``k``, next word ``nxt``) stands after a determiner and before two
    lower-case words that can form a term (*the so-called marriage penalty*), with only spaces between them, the
    first of which names no claimed quality (*the so-called moderate rebels* doubts the claim; see
    :data:`analysis.measures.sense_rules.CLAIMED_QUALITIES`)."""
    if k < 1 or keys[k - 1] not in DETERMINERS or nxt + 1 >= last:
        return False
    words = [doc.text[doc.token_starts[i]:doc.token_ends[i]] for i in (nxt, nxt + 1)]
    gap = doc.norm[doc.token_ends[nxt]:doc.token_starts[nxt + 1]]
    return (gap.isspace() or gap == "-") and all(w.isalpha() and w.islower() for w in words) and not (
        {keys[nxt], keys[nxt + 1]} & _NOT_A_TERM) and not claimed_quality(keys[nxt])


def under_a_statute(doc: Document, span: Span) -> bool:
    """True when ``span`` is *illegal*/*unlawful* followed by *under* [*the*] and a capitalised word or a number
    (a named statute)."""
    if span.entry not in ("illegal", "unlawful") or not doc.sentences:
        return False
    keys, k = doc.keys(), _token(doc, span.end - 1) + 1
    last = doc.sentences[doc.sentence_at(span.start)].last_token
    if k >= last or keys[k] != "under":
        return False
    k += 1 + (k + 1 < last and keys[k + 1] == "the")
    word = doc.text[doc.token_starts[k]:doc.token_ends[k]] if k < last else ""
    return _capitalised(word) or word[:1].isdigit()


def _defines_a_term(keys: list[str], first: int, k: int) -> bool:
    """True when the sentence starting at token ``first`` defines a term before token ``k``: it opens with *the
    term*, *the word* or *the phrase*, or says *refers to* or *is defined as* before the word."""
    if k - first >= 2 and keys[first] == "the" and keys[first + 1] in ("term", "word", "phrase"):
        return True
    pairs = {(keys[i], keys[i + 1]) for i in range(first, k - 1)}
    return bool(pairs & {("refers", "to"), ("referred", "to"), ("is", "defined")})
