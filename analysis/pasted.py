"""Material pasted without marks after a line that introduces it: the lines after "X explains very well..." and
a passage reproduced with its own heading lines. Both are ``statement`` regions the voice layer
(:mod:`analysis.voice`) lays over the writer's prose; each rule is pinned by a made-up text in
``tests/text/test_voice_round17.py``.

* in a text with each sentence on a line of its own, a line that names a source with a verb of explaining or
  writing and ends in an ellipsis or a colon ("The Bible Answers site explains very well...", "The historian puts
  it best:") introduces the lines after it, pasted without marks: they are the source's (a statement) up to a
  clear mark of the writer's return: the first person singular outside a quotation ("I find the excuses
  absurd"), a line that names the resumption ("The point is that ...", "In other words, ..."), a line that
  introduces again, a headline-like line or a credit, at most :data:`PASTE_LINES` lines (:func:`pasted`); not
  "I explain it well...", nor "The pastor explained why the town fell." (the content is in the sentence).
* a passage after an introducing colon that opens with a heading line of its own ("He wrote an analysis of the
  law:" / "No hearing at all." / ... / "A low standard of proof." / ...) is reproduced with its sections: a
  statement from the line after the colon to its last heading line (at most :data:`SECTION_WORDS` words, no verb
  but a participle opening it, "Using a low standard of proof."), each heading at most
  :data:`SECTION_GAP` lines after the one before (:func:`sectioned`); the section under the last heading ends
  with no mark, so it is left to the writer; a first line that is a sentence introduces one paragraph as before.
"""
from __future__ import annotations

import bisect
import re

from .hearsay import FIRST_PERSON
from .speakers import FINITE
from .text import Document, Region


#: A line that names a source with a verb of explaining or writing and nothing after it but a few words of
#: manner and an ellipsis or a colon: "Got Questions explains very well...", "The historian puts it best:".
_PASTE_INTRO = re.compile(r"[ \t]*(?P<who>[A-Z][^\n:\u2026\"\u201c]{0,60}?)\s+(?:also\s+)?(?:explains|explained|"
                          r"writes|wrote|puts it|put it|notes|noted|observes|observed|sums it up|summarizes|"
                          r"summarises|summarized|summarised)(?:\s+(?:it|this|very|so|well|best|clearly|nicely|"
                          r"perfectly|succinctly|up))*\s*(?:\u2026|\.\.\.|:)[ \t]*$")
#: Most lines a passage pasted after such a line covers.
PASTE_LINES = 30
#: A line that names the writer's resumption: a summing-up opener ("The point is that ...", "In other words, ...")
#: or a label of the writer's own ("Question: ...").
_RESUMING = re.compile(r"[ \t]*(?:the (?:point|bottom line|lesson|upshot) (?:here )?is|my point|bottom line|in other "
                       r"words|in short|to sum up|in sum|back to|which brings (?:us|me)|so what does (?:this|that|it) "
                       r"mean|question:|note:)", re.I)
#: The writer's first person singular outside a quotation, which ends a pasted passage.
_OPEN = (":", "...", "\u2026")
_SINGULAR = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)\b")


def pasted(doc: Document, paragraphs: list[tuple[int, int]], hard: set[int],
           quoted: list[Region]) -> list[Region]:
    """In a text with each sentence on a line of its own, the lines pasted without marks after a line that names
    a source with a verb of explaining or writing and ends in an ellipsis or a colon (:data:`_PASTE_INTRO`; the
    source not the writer's "I" or "we"): spoken by the source, up to a clear mark of the writer's return: a
    ``hard`` end (a headline-like line, a credit, a note), the first person singular outside a quotation, a
    line that itself ends in an ellipsis or a colon, a line that names the writer's resumption
    (:data:`_RESUMING`: "The point is that ...", "In other words, ..."), or :data:`PASTE_LINES` lines. ``quoted``: the quotation
    regions (a quotation's "me" is the speaker's, not the writer's)."""
    out, norm = [], doc.norm
    for n, (start, end) in enumerate(paragraphs[:-1]):
        m = _PASTE_INTRO.match(norm, start, end) if norm[start:end].rstrip().endswith(_OPEN) else None
        if m is None or FIRST_PERSON & set(m.group("who").lower().split()) or len(m.group("who").split()) > 8:
            continue
        last = n
        while last + 1 < min(len(paragraphs), n + 1 + PASTE_LINES) and last + 1 not in hard:
            a, b = paragraphs[last + 1]
            if any(not any(q.start <= i.start() < q.end for q in quoted)
                   for i in _SINGULAR.finditer(norm, a, b)) or norm[a:b].rstrip().endswith(_OPEN) \
                    or _RESUMING.match(norm, a, b):
                break
            last += 1
        if last > n:
            out.append(Region(paragraphs[n + 1][0], paragraphs[last][1], "statement", m.group("who").strip()))
    return out


#: Most lines between two heading lines of one passage reproduced with its sections.
SECTION_GAP = 8
#: Longest heading line (in words) inside reproduced material: a line with no finite verb.
SECTION_WORDS = 12


def sectioned(doc: Document, paragraphs: list[tuple[int, int]], introduces) -> list[Region]:
    """Statement regions of a passage after a line ending in a colon that ``introduces(doc, colon)`` accepts, whose
    first line is a heading (:func:`_heading`) with more heading lines after it, each at most
    :data:`SECTION_GAP` lines after the one before: from the line after the colon to the last heading line."""
    out, norm = [], doc.norm
    for n, (start, end) in enumerate(paragraphs[:-2]):
        colon = norm.rfind(":", start, end) if norm[start:end].rstrip().endswith(":") else -1
        if colon < 0 or not _heading(doc, *paragraphs[n + 1]) or not introduces(doc, colon):
            continue
        last, k = n + 1, n + 2
        while k < min(len(paragraphs), last + 1 + SECTION_GAP):
            last, k = (k if _heading(doc, *paragraphs[k]) else last), k + 1
        if last > n + 1:
            out.append(Region(paragraphs[n + 1][0], paragraphs[last][1], "statement", ""))
    return out


def _heading(doc: Document, start: int, end: int) -> bool:
    """True when the line has at most :data:`SECTION_WORDS` words, ends in a full stop or nothing, and has no verb
    but a participle as its first word ("No hearing at all.", "Using a low standard of proof."; not "The board
    filed an appeal.", whatever the tagger makes of "filed")."""
    i, j = bisect.bisect_left(doc.token_starts, start), bisect.bisect_left(doc.token_starts, end)
    return 0 < j - i <= SECTION_WORDS and not any(doc.tags[k][:2] in ("VB", "MD") for k in range(i + 1, j)) \
        and doc.tags[i] not in FINITE and not doc.norm[start:end].rstrip().endswith(("?", "!", ":", ",", ";", '"'))
