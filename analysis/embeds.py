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
  :func:`analysis.statements.statements`: "Another source told the blogger that ..." stays the writer's), nor
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

News copy reproduced from another outlet is its outlet's, from the line it starts on
(tests/text/test_voice_round14.py):

* :func:`wire_copy`: a line that opens with a news agency's dateline, a place in capitals and the agency in
  brackets before a dash ("DENVER (Reuters) - A judge on Monday ...", "WASHINGTON (AP) -- ..."), starts the
  agency's dispatch when the writer wrote at least :data:`WIRE_LEAD_WORDS` words before it (a dateline in the
  body's first lines is the article's own: a wire story the outlet runs as it is). The dispatch runs to its
  credit line (a line in brackets: "(Reporting by Ann Lee; Editing by Bo Tam)", "[Judge Frees Man, by Ann Lee,
  Reuters, May 1, 2017]"), the credit included, or to the body's end when that is at most :data:`WIRE_LINES`
  lines away; with neither, nothing is marked (the writer may have resumed unmarked).
* :func:`byline_intro`: a line that ends with a colon after another story's headline and byline ("JUDGE FREES
  THE MAYOR'S AIDE By Ann Lee on May 2, 2018:") introduces that story's text, a block as after "said in a
  statement:" (:func:`analysis.statements.statements`): at least :data:`HEADLINE_WORDS` words before "By", most
  of them capitalised, then "By" and a name of two or three capitalised words, and a date or nothing.
* :func:`said_comma`: a line that ends with a verb of saying and a comma where a colon would be ("The chief
  said in a statement Tuesday,") introduces the next lines as a colon would; a comma inside a line ("The
  chief said, with a shrug, that ...") or a line ending with a comma after anything else introduces nothing.

A post quoted inside a sentence without its credit (round 18, tests/text/test_voice_round18.py): :func:`posts`
gives a ``statement`` region, no source named, to

* a hashtag, "#" and a word that opens with a letter ("mocked the rule with #deplorable"): a post's tag, never
  the writer's own word (not "#1", nor "C#");
* the words from an @-handle to the sentence's end when the handle opens its sentence, follows a dot
  (".@Ann_Lee made a total fool of herself") or follows an ellipsis or a colon, the lead-in to a post the sentence
  splitter did not cut ("drew criticism on Twitter… @ann_lee The gloating is unbearable", since round 20, tested
  in tests/text/test_voice_round20.py): a post's own address (Twitter's ".@" makes a reply seen by all),
  which news prose never writes; a handle inside the writer's sentence names an account and leaves it the
  writer's ("The mayor wrote on @CityHall that the plan was a disaster").

A post reproduced with no mark at all (no handle, no hashtag, no credit, no quotation mark) is not told from the
writer's prose: capitals on common nouns ("our Country") or exclamation marks are a register any writer may use.

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
    if "(@" not in norm:  # every credit holds a handle in brackets (:data:`_CREDIT`)
        return out
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


#: Fewest words the writer writes before a dateline that starts reproduced wire copy.
WIRE_LEAD_WORDS = 40
#: Most lines from a dateline to the body's end that make a dispatch without a credit line.
WIRE_LINES = 12
#: A news agency's dateline at a line's start: the place in capitals, the agency in brackets, a dash.
_DATELINE = re.compile(r"\s*[A-Z][A-Z .,'\-]{1,40}\s*\((?P<agency>Reuters|AP|AFP|UPI|Associated Press|Bloomberg|"
                       r"Agence France-Presse|dpa|Xinhua|TASS)\)\s*-{1,2}\s")
#: A dispatch's credit line: wholly in round or square brackets.
_WIRE_CREDIT = re.compile(r"\s*[(\[][^\n]*[)\]]\s*$")


def wire_copy(doc: Document, paragraphs: list[tuple[int, int]]) -> list[Region]:
    """Statement regions of news-agency dispatches pasted into an article (see the module's rules)."""
    norm, out = doc.norm, []
    for n, (start, end) in enumerate(paragraphs):
        dateline = _DATELINE.match(norm, start, end)
        if dateline is None or len(norm[:start].split()) < WIRE_LEAD_WORDS or out and out[-1].end > start:
            continue
        last = next((m for m in range(n + 1, len(paragraphs)) if _WIRE_CREDIT.match(norm, *paragraphs[m])), None)
        if last is None and len(paragraphs) - n <= WIRE_LINES:
            last = len(paragraphs) - 1
        if last is not None:
            out.append(Region(start, paragraphs[last][1], "statement", dateline.group("agency")))
    return out


#: Fewest words of another story's headline before its byline in a line that introduces it.
HEADLINE_WORDS = 3
_BY_NAME = re.compile(r"\s+By\s+[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){1,2}(?:,?\s+(?:on\s+)?[\w ,.]{3,30})?\s*$")


def byline_intro(doc: Document, colon: int) -> bool:
    """True when the colon ends a line that holds another story's headline and byline (see the rules)."""
    line_start, line_end = doc.norm.rfind("\n", 0, colon) + 1, doc.norm.find("\n", colon)
    if doc.norm[colon + 1:line_end if line_end >= 0 else len(doc.norm)].strip():
        return False
    by = _BY_NAME.search(doc.norm, line_start, colon)
    words = doc.norm[line_start:by.start()].split() if by else []
    return len(words) >= HEADLINE_WORDS and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


#: A line's end after a verb of saying and its comma, where a colon would be ("said in a statement Tuesday,").
_SAID_COMMA = re.compile(r"\b(?:said|says|wrote|writes|stated|added|declared|announced)(?:\s+in\s+an?\s+(?:written\s+)?"
                         r"(?:statement|letter|email|post|tweet|release))?(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+today|"
                         r"\s+yesterday)?\s*,\s*$")


def said_comma(doc: Document, start: int, end: int) -> int:
    """Offset of the comma that ends the line ``start:end`` after a verb of saying (see the rules), or -1."""
    found = _SAID_COMMA.search(doc.norm, max(start, end - 80), end)
    return doc.norm.rfind(",", start, end) if found else -1


#: A hashtag: "#" and a word opening with a letter, not right after a word character ("C#", "#1" are none).
_HASHTAG = re.compile(r"(?<![\w&])#[A-Za-z][\w]*")
#: An @-handle that opens its sentence (after quotation marks or brackets) or follows a dot: a post's address.
_ADDRESSED = re.compile(r"(?:^|(?<=[\s\"'(]))\.?@\w{1,15}\b|\.@\w{1,15}\b")


def posts(doc: Document) -> list[Region]:
    """Statement regions of hashtags and of a post from its opening @-handle to its sentence's end (see the rules)."""
    norm, out = doc.norm, []
    if "#" in norm:
        out += [Region(m.start(), m.end(), "statement", "") for m in _HASHTAG.finditer(norm)]
    if "@" not in norm:
        return out
    for m in _ADDRESSED.finditer(norm):
        sentence = doc.sentences[doc.sentence_at(m.end() - 1)]
        if m.group().startswith(".") or not norm[sentence.start:m.start()].strip(" \"'([") \
                or norm[max(sentence.start, m.start() - 4):m.start()].rstrip().endswith(_LEAD_IN):
            out.append(Region(m.start(), sentence.end, "statement", ""))
    return out
