"""Proper names and titles in a Document: the ``name`` regions of the voice layer (:mod:`analysis.voice`).

A name is a run of capitalised words, with small linking words between them ("War on Terrorism",
"Affordable Care Act"). A word opening a sentence, a quotation or a phrase after a colon or dash is a name
only with evidence (an acronym, a title before a name, the same word capitalised inside a sentence elsewhere,
or the tagger's lexicon knowing it only as a proper noun). A lower-case phrase is never a name; a common word
in capitals for emphasis is none either. Linear time in the article's length.
"""
from __future__ import annotations

import bisect
import re

from .speakers import token_at
from .text import ABBREVIATIONS, Document, Region

#: Small words a name or title keeps in lower case between capitalised words.
NAME_LINKS = frozenset("of on the for and to in de la del von van da al bin".split())
#: What may stand between two words of one name: a space, an abbreviation's period ("Rep. Dave Brat"), "&".
_NAME_GAPS = frozenset([" ", ". ", " & "])
#: Tags of closed-class words, never a name when capitalised at the start of a sentence ("The", "In").
_CLOSED = frozenset("DT IN PRP PRP$ CC WDT WP WRB MD TO EX RB PDT".split())


def _capitalised(word: str) -> bool:
    """A word that may belong to a name: capitalised, not "I", and not a common word of more than four letters
    written in capitals for emphasis ("a DISASTER")."""
    if not word[:1].isupper() or word == "I":
        return False
    if word.isupper() and len(word) > 4:
        return _tags_known(word.lower()) is None
    return True


def names(doc: Document) -> list[Region]:
    """Proper names and titles (see the rules), with voice ``name``."""
    norm, starts, ends = doc.norm, doc.token_starts, doc.token_ends
    words = doc.norm_words()
    opens = _openings(doc)
    # the words that may belong to a name, in order (only they can start or continue one)
    capital = [k for k, w in enumerate(words) if w[:1].isupper() and _capitalised(w)]
    may = set(capital)
    inside = {words[k] for k in capital if k not in opens}
    out = []
    for sentence in doc.sentences:
        i = bisect.bisect_left(capital, sentence.first_token)
        while i < len(capital) and capital[i] < sentence.last_token:
            k = j = capital[i]
            while j + 1 < sentence.last_token and norm[ends[j]:starts[j + 1]] in _NAME_GAPS and (
                    j + 1 in may or words[j + 1] in NAME_LINKS and j + 2 < sentence.last_token
                    and j + 2 in may and not norm[ends[j + 1]:starts[j + 2]].strip()):
                j += 1
            title = j > k and words[k].lower() in ABBREVIATIONS  # "Rep. Dave Brat" opening a sentence
            first = k + 1 if k in opens and not title and not _known_name(words[k], inside) else k
            if first <= j:
                out.append(Region(starts[first], ends[j], "name", ""))
            i = bisect.bisect_right(capital, j, i)
    return out


_OPENING = re.compile(r"(?:[\":(\n]|\s-+|--)[^\w]{0,2}(?=\w)")


def _openings(doc: Document) -> set[int]:
    """The words that open a sentence, a paragraph, a quotation or a phrase after a colon, dash or bracket
    (capitalised by their position)."""
    out = {s.first_token for s in doc.sentences}
    for m in _OPENING.finditer(doc.norm):
        k = token_at(doc, m.end())
        if k < len(doc.token_starts) and doc.token_starts[k] == m.end():
            out.add(k)
    return out


def _known_name(word: str, inside: set[str]) -> bool:
    """A word opening a sentence is a name when it is an acronym in capitals ("US"), when it stands capitalised
    inside a sentence elsewhere (and is no function word: "The" of "The Intercept" does not make every "The"
    a name), or when the tagger's lexicon knows it only as a proper noun."""
    if word.isupper() and len(word) > 1:  # an acronym ("US", "CIA")
        return True
    common = _tags_known(word.lower())
    if word in inside:
        return common not in _CLOSED
    return _tags_known(word) in ("NNP", "NNPS") and common is None


def _tags_known(word: str) -> str | None:
    """The tag the Pattern tagger's lexicon gives ``word`` (None for a word it does not know): the loaded
    dictionary read directly (the library's lazy ``get`` and an import statement cost two Python-level calls
    a word)."""
    lexicon = _PATTERN_LEXICON[0]
    if lexicon is None:
        from textblob.en import parser  # the lexicon ships inside TextBlob (no download)

        len(parser.lexicon)  # loads it, as the library's first lookup does
        lexicon = _PATTERN_LEXICON[0] = parser.lexicon
    return dict.get(lexicon, word)


_PATTERN_LEXICON: list = [None]
