"""Subheadings: the headline's voice inside a body (``subheading``, :mod:`analysis.voice`).

A paragraph is a subheading when it has at most :data:`SUBHEAD_WORDS` words, no finite verb and no question or
exclamation mark, colon or comma at its end ("Reaction abroad"); when it is in title case ("The Archbishop
Speaks"); or, for the body's first line only, when it reads as the headline repeated or a kicker: at most
:data:`HEADLINE_WORDS` words, nothing that ends or continues a sentence at its end (full stop, question or
exclamation mark, colon, comma, semicolon, ellipsis, dash) and at least two more paragraphs after it
("Senator slams the bill as a giveaway" above the story; a first line that ends its sentence is the lede).
A text of one sentence has no subheadings.
"""
from __future__ import annotations

import re

from .names import NAME_LINKS
from .speakers import FINITE, token_at
from .text import Document, Region

#: Longest paragraph (in words) read as a subheading when it has no finite verb.
SUBHEAD_WORDS = 8
#: Longest first line of a body (in words) read as its headline repeated (or a kicker) when it has no
#: sentence-final punctuation and at least two more paragraphs follow.
HEADLINE_WORDS = 20
#: What ends or continues a sentence at a line's end: such a first line is the lede, not a headline.
_RUNS_ON = (".", "?", "!", ":", ",", ";", "\u2026", "\u2014", "-")


def lines(doc: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``doc`` that holds more than white space, in order (offsets in the
    normalised text)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", doc.norm)]


def subheadings(doc: Document) -> list[Region]:
    """Paragraphs that are subheadings (see the rules), with voice ``subheading``."""
    out = []
    if len(doc.sentences) < 2:
        return out
    all_paragraphs = lines(doc)
    for n, (start, end) in enumerate(all_paragraphs):
        i, j = token_at(doc, start), token_at(doc, end)
        words = doc.norm_words()[i:j]
        if not words:
            continue
        line = doc.norm[start:end].rstrip()
        short = len(words) <= SUBHEAD_WORDS and not any(doc.tags[k] in FINITE for k in range(i, j)) \
            and not line.endswith(("?", "!", ":", ",", '"'))
        short = short or (n == 0 and len(all_paragraphs) >= 3 and len(words) <= HEADLINE_WORDS
                          and not line.rstrip("\"'’”").endswith(_RUNS_ON))
        if short or _title_case(words):
            out.append(Region(start, end, "subheading", ""))
    return out


def _title_case(words: list[str]) -> bool:
    """At least three words besides the small linking words (:data:`~analysis.names.NAME_LINKS`), four in
    five of them capitalised. Stops at the first lower-case word too many (most paragraphs are prose)."""
    big, lower, most = 0, 0, 0.2 * len(words)
    for w in words:
        if w.lower() not in NAME_LINKS:
            big += 1
            if not w[:1].isupper():
                lower += 1
                if lower > most:  # more than a fifth of all the words: more than a fifth of the big ones
                    return False
    return big >= 3 and big - lower >= 0.8 * big
