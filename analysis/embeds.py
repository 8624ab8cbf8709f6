"""Posts embedded in an article: a tweet reproduced as text, which is its author's words, not the writer's.

When a news page embeds a tweet, the text a reader (or a scraper) gets is the post's words on one or more
lines, then a credit line in Twitter's own form: "-- Name (@handle) October 4, 2017", often after the
picture's link ("pic.twitter.com/..."). :func:`tweets` gives the post a ``statement`` region spoken by the
credited name, from the first line of the post to the dash of its credit:

* the credit line's own words before the dash are the post's ("WHY IS THIS HIDDEN? pic.twitter.com/x --
  Ann Lee (@annlee) May 2, 2018");
* the lines just before the credit line are the post's too, going back while the post stays within
  :data:`POST_CHARS` characters (a tweet's length; links do not count), never past another credit line and
  never over a line where the writer attributes, quotes or introduces again (the ``soft`` block ends of
  :func:`analysis.voice.statements`: "Another source told the blogger that ..." stays the writer's), nor
  over a line that leads into the post, ending with a colon or an ellipsis ("Readers were furious...").
  A line whose only attribution is a verb of believing or feeling ("No parent can feel safe today.") does
  not stop it: a post's own line may say what someone feels, and the writer's lead-in still stops it.

A comment reproduced from a thread (Disqus and the like) stands under its header: the commenter's name, "to"
and the name answered, a bullet and the time since ("Ann Lee to Bob Ray \u2022 9 hours ago"). :func:`comments`
gives the lines under a header to the commenter, up to the next header, a ``hard`` end (a credit, a writer's
note, a headline-like line) or :data:`COMMENT_LINES` lines. A header must be part of a thread: a reply ("to"
a name) or one of two headers or more, so a byline of the same shape ("Ann Lee \u2022 3 hours ago" once, "By
Ann Lee \u2022 ...") leaves the article the writer's.

A credit whose handle wraps onto the next line ("... -- Ann Lee" on one line, "(@annlee) May 2, 2018" on the
next, as a page laid out narrow gives it) is the same credit, read from the line with the dash.

An epigraph, a saying set on a line of its own and credited on the next line with a dash and a name
("The fool doth think he is wise." / "-- Shakespeare, As You Like It"), is its author's: :func:`epigraphs` gives
the line before the credit to the name, when the credit line opens with a dash and one to four capitalised
words ended by a comma or the line's end, the saying is at most :data:`EPIGRAPH_CHARS` characters and does not
end with a colon, and no line around it opens with a dash (a list written with dashes, "- Paris, France", is
the writer's).

A credit needs the handle in brackets and a date after it, so "-- John Smith (@jsmith)" in the writer's own
sentence, without a date, is no embedded post. Tested with made-up posts in tests/text/test_voice_embeds.py.
"""
from __future__ import annotations

import re

from .text import Document, Region

#: Most characters of a post (links left out): a tweet holds at most 280.
POST_CHARS = 280

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: Twitter's credit under an embedded post, on the normalised text (dashes are "-"): the dash, the name,
#: the handle in brackets and the date ("October 4, 2017" or "4 October 2017").
_CREDIT = re.compile(r"(?<!\S)-{1,2}\s*(?P<name>[^\n()]{1,60}?)\s*\(@\w{1,15}\)\s*"
                     rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})")
#: How a writer's line that leads into a post ends ("Here is what she wrote:", "Social media erupted...").
_LEAD_IN = (":", "...", "\u2026")
#: Most lines of one comment under its header.
COMMENT_LINES = 60
#: A comment's header: the commenter (and "to" whom), a bullet, the time since it was posted.
_HEADER = re.compile(r"\s*(?P<name>[^\n\u2022]{1,60}?)\s*\u2022\s*(?:\d{1,3}|an?)\s+"
                     r"(?:second|minute|hour|day|week|month|year)s?\s+ago\s*$", re.I)
_BYLINE = re.compile(r"\s*(?:by|posted|updated|published|last)\b", re.I)
#: Most characters of an epigraph credited on the next line (two or three sentences).
EPIGRAPH_CHARS = 300
#: A credit line under an epigraph, on the normalised text: a dash, then a name of one to four capitalised
#: words, then a comma or the line's end ("-- Shakespeare, As You Like It", "- Mark Twain").
_EPIGRAPH = re.compile(r"\s*-{1,2}\s*(?P<name>[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,3})\s*(?:,|$)", re.M)
_DASHED = re.compile(r"\s*-")
_LINK = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co|twitter\.com)/\S*")


def _length(text: str) -> int:
    return len(_LINK.sub("", text).strip())


def tweets(doc: Document, paragraphs: list[tuple[int, int]], soft: set[int]) -> list[Region]:
    """Statement regions of the posts embedded in ``doc`` (see the module's rules); ``paragraphs`` are the
    body's lines as (start, end) offsets and ``soft`` the indices of lines a post never reaches back over."""
    norm, out, after = doc.norm, [], -1  # ``after``: the line of the latest credit; a post starts past it
    for n, (start, end) in enumerate(paragraphs):
        credit = _CREDIT.search(norm, start, end)
        if credit is None and n + 1 < len(paragraphs) and norm.startswith("(@", paragraphs[n + 1][0]):
            credit = _CREDIT.search(norm, start, paragraphs[n + 1][1])  # the handle wrapped onto the next line
        if credit is None or credit.start() >= end:
            continue
        first, size = n, _length(norm[start:credit.start()])
        while first - 1 > after and first - 1 not in soft:
            line = norm[paragraphs[first - 1][0]:paragraphs[first - 1][1]]
            extra = _length(line)
            if size + extra > POST_CHARS or line.rstrip().endswith(_LEAD_IN):
                break
            first, size = first - 1, size + extra
        if size:
            out.append(Region(paragraphs[first][0], credit.start(), "statement", credit.group("name").strip()))
        after = n
    return out


def comments(doc: Document, paragraphs: list[tuple[int, int]], hard: set[int]) -> list[Region]:
    """Statement regions of the comments reproduced under their headers (see the module's rules)."""
    heads = [(n, m) for n, (start, end) in enumerate(paragraphs) if (m := _HEADER.match(doc.norm, start, end))
             and not _BYLINE.match(m.group("name"))]
    out, ends = [], hard | {n for n, _ in heads}
    for n, header in heads:
        names = re.split(r"\s+to\s+", header.group("name").strip())
        if len(heads) < 2 and len(names) < 2:
            continue
        name = names[0]
        last = n
        while last + 1 < min(len(paragraphs), n + 1 + COMMENT_LINES) and last + 1 not in ends:
            last += 1
        if last > n:
            out.append(Region(paragraphs[n + 1][0], paragraphs[last][1], "statement", name))
    return out


def epigraphs(doc: Document, paragraphs: list[tuple[int, int]]) -> list[Region]:
    """Statement regions of the epigraphs credited on the next line (see the module's rules)."""
    norm, out = doc.norm, []
    for n in range(1, len(paragraphs)):
        start, end = paragraphs[n]
        credit = _EPIGRAPH.match(norm, start, end)
        if credit is None or _CREDIT.match(norm, start, end):
            continue  # an embedded post's credit is :func:`tweets`'
        before, after = paragraphs[n - 1], paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        saying = norm[before[0]:before[1]].strip()
        if not saying or len(saying) > EPIGRAPH_CHARS or saying.endswith(":") or _DASHED.match(saying) \
                or after is not None and _DASHED.match(norm, after[0], after[1]):
            continue
        out.append(Region(before[0], before[1], "statement", credit.group("name")))
    return out
