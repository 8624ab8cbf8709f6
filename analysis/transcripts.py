"""Transcripts and interviews reproduced in an article: each labelled line is its speaker's words, not the writer's.

:func:`transcript` gives ``statement`` regions (tests/text/test_voice_blocks.py, test_voice_transcripts.py):

* a line that opens with a speaker's label and a colon is the labelled speaker's, from after the colon: a label
  in capitals ("PENCE: Well, look ...", "DB: ...") or "Q"/"A"; or a person's name in title case ("John
  Smith: I never said that"), of two or three capitalised words whose last is no common English word
  (:func:`_person`), when the same label opens another line too, or when the next or the previous labelled
  line has another label (an interview alternates: "Ann Berg: ..." then "Carl Dunn: ..."). The answer after a
  title-case label must have a verb (any form: the tagger may read "We continue" after a colon as a bare
  form), so a one-off title ("John Smith: a profile") is no label; a writer's note ("Update: ...", "Note:
  ...", "Editor's note: ...", :data:`NOTE`) is never one;
* the lines between two labelled lines are the speaker of the line before them, whatever stands between
  (a subheading the outlet set into a long answer, a quotation the speaker makes);
* after the last labelled line, the unlabelled lines that continue it, at most :data:`TRANSCRIPT_TAIL` and
  the longest run of unlabelled lines between two labelled lines, never past a ``hard`` end (a credit, a
  call to listen, a headline-like subheading or a writer's note, :func:`analysis.statements._block_ends`). A run
  that holds a hard end (a reader poll the site set between two answers, a subheading) is no measure of an
  answer's length.

:func:`excerpt_end` gives where a news report's excerpt ends ("The Daily Ledger reported:" on a line of its own,
in a text of one sentence a line): past the excerpt's own lines that report in the third person ("\u201cWe will
not give up,\u201d he said.", "He also blasted the sanctions and added, ..."), to the first line with no report
of its own, a colon, the first person outside a quotation ("I think ...") or the source named again ("The Daily
Ledger noted that ..."): the writer resuming.

:func:`follows_end` gives where a text introduced "as follows:" or "the following:" ends, in a text of one
sentence a line (tests/text/test_voice_round14.py): "A statement from the office read as follows:" / three lines
/ a reader poll (furniture, left out) / five more lines, one of them "the judge noted that ..." / "Well, it took
long enough." covers the statement's eight lines: the text runs over lines that attribute and quote (reproduced
text may), to the line before the first where the writer resumes (one opening with a marker of the writer's own
talk, "Well,", "Folks,", "Thank you", or in the first person singular outside a quotation), within
:data:`FOLLOWS_LINES` lines and before a ``hard`` end; with no such line the block keeps its usual length.

:func:`spoken_end` gives where someone's words in the first person end after an introduction that names them
after a capitalised possessive at a line's end (:data:`SPOKEN`: "Here is the crux of Dunn's argument:" / "So let
me just make two points." / ... ): to the line before the next line ending with a colon or a ``hard`` end,
within :data:`FOLLOWS_LINES` lines, when the first line after the introduction is in the first person singular
and the writer says "I" or "my" in no line before it (a columnist's "I" after the colon may be the writer's).

:func:`testimony` gives first-person testimony pasted without marks into a text the writer writes in the third
person, one sentence a line: after a line where the writer attributes ("The mayor rose and scolded the council
for its delays."), the run of lines in the first person singular or addressing "you" ("My office warned you
about this." / "Nothing was done." / "I wrote to you twice." / "Your neglect is plain."), with at most
:data:`TESTIMONY_GAP` lines between two of them and at least :data:`TESTIMONY_LINES` in the first person; never in
an article whose writer says "I" or "my" in any other line outside quotation marks (a columnist's own voice).

:func:`headed` gives the material under a subheading that names it (tests/text/test_voice_round10.py): a
subheading of at most :data:`HEADING_WORDS` words that names a statement, a speech, an address, a sermon, a letter,
remarks or a transcript after a possessive ("Mayor Lee's Statement", "The Bishop's Sermon", "Text of the
Address" as "the Address" has no possessive and is left), or says that someone speaks, says or writes ("The
Archbishop Speaks", "The Governor Writes"; not a line opening with a question word, "What the Report Says", the
writer's own analysis), is followed by that material, unless the first line under it names the speaker again
outside a quotation ("The Mayor Speaks" over "Mayor Lee said on Monday that ...": the writer reporting): the lines after it, at most :data:`TRANSCRIPT_LINES`,
never past an end (the next subheading, a credit line, a writer's note, and any line where the writer
attributes, quotes or introduces again: the ``soft`` ends of :func:`analysis.statements._block_ends`, save the first
line). A subheading that names a
statement without a possessive ("What the Statement Means", "The Statement in Context") introduces the
writer's own discussion and is left alone.

:func:`archaic` gives the lines of an old text set as a block (a scripture passage in the King James wording, an
old proclamation): a run of at least :data:`ARCHAIC_RUN` consecutive lines, each with a word of Early Modern
English (:data:`ARCHAIC`: "thee", "hath", "unto", "shalt" ...) and at least :data:`ARCHAIC_WORDS` of them in all
("And he said unto them, Ye shall not surely die" / "for God doth know that in the day ye eat thereof" / "your
eyes shall be opened, and ye shall be as gods"). A writer's line that quotes "Thou shalt not kill" among lines
of modern prose is no such run and stays the writer's.

:func:`cited_verses` gives a sentence that ends with a scripture citation in parentheses, a book of the Bible and
its chapter (:data:`BIBLE_BOOKS`: "They shall reap the whirlwind (Hosea 8:7).", "(Jeremiah 5)"), of at most
:data:`VERSE_WORDS` words, one clause (no comma or semicolon) and no other citation: the words before the
citation are the cited text, quoted or paraphrased, not the writer's own; a longer sentence is the writer's
argument with a proof text, and stays the writer's. Books that are also common first names or words
(:data:`NAMED_BOOKS`: Mark, John, James, Job, Acts ...) need a verse ("(Mark 5:1)"), so "(Mark 5)" or
"(Section 5)" cites nothing; a citation in the middle of a sentence or opening it marks only a phrase, and is left.
"""
from __future__ import annotations

import re
from collections import Counter

from .speakers import token_at
from .text import Document, Region

#: Most lines a transcript ("Following is a transcript:") runs over after its introduction.
TRANSCRIPT_LINES = 60
#: Most unlabelled lines after a transcript's last labelled line that still continue its speaker (and never
#: more than the longest run of unlabelled lines, holding no hard end, between two of its labelled lines).
TRANSCRIPT_TAIL = 8
#: Most words of a subheading that names the material under it.
HEADING_WORDS = 6
#: A subheading naming a statement after a possessive ("Pilger's Statement"), or someone speaking ("The
#: Archbishop Speaks"); matched on the whole line, so "What the Statement Means" is no heading of material.
_HEADING = re.compile(r"\s*(?!(?:what|why|how|who|when|where|which)\b)(?:[A-Z][\w.\-]*\s+){0,3}(?:"
                      r"[A-Z][\w.\-]*'s?\s+(?:full\s+|opening\s+|closing\s+)?(?:statement|speech|address|sermon|"
                      r"homily|letter|remarks|testimony|transcript|message)|(?:[A-Z][\w.\-]*)\s+(?:speaks|says|writes))\s*$",
                      re.I)
#: Words of Early Modern English that no modern writer's prose uses, only an old text reproduced.
ARCHAIC = frozenset("thee thou thy thine ye hath doth saith unto shalt hast dost wouldst couldst shouldst spake "
                    "begat verily peradventure wherefore".split())
#: Fewest consecutive lines with an old word, and fewest old words in them, that make an old text's block.
ARCHAIC_RUN, ARCHAIC_WORDS = 3, 4
#: Most lines between a one-off title-case label and the labelled line next to it that makes them alternate.
ALTERNATION_LINES = 30
#: A writer's own note set off with a label: it closes reproduced material and is never a speaker's label.
NOTE = re.compile(r"[\s\"'(]*(?:update[sd]?|note|editor'?s'? note|editors'? note|correction|clarification|"
                  r"disclosure|p\.\s?s\.?)\b", re.I)
_LABEL = re.compile(r"[\s\"'(]*((?:[A-Z][A-Za-z.'\-]*\s?){1,3}):\s+\S")


def _person(name: str) -> bool:
    """A person's name in title case: two or three capitalised words, not all in capitals, the last no common
    English word in the tagger's lexicon ("John Pilger"; not "Related Articles", "Photo Credit")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or name.isupper() or not all(w[:1].isupper() for w in words):
        return False
    from textblob.en import parser  # the lexicon ships inside TextBlob (no download)
    return parser.lexicon.get(words[-1].lower()) is None


def _has_verb(doc: Document, start: int, end: int) -> bool:
    tags = doc.tags[token_at(doc, start):token_at(doc, end)]
    return any(t.startswith("VB") or t == "MD" for t in tags)


def labels(doc: Document, paragraphs: list[tuple[int, int]]) -> list[tuple[int, str, int]]:
    """``(line index, speaker, offset after the label's colon)`` of every labelled line (see the rules)."""
    caps, titled = [], []
    for n, (start, end) in enumerate(paragraphs):
        label = _LABEL.match(doc.norm, start, end)
        if not label or end - start <= 12 or NOTE.match(doc.norm, start, end):
            continue
        name = label.group(1).strip()
        if name.isupper() or name in ("Q", "A"):
            caps.append((n, name, label.end(1) + 1))
        elif _person(name) and _has_verb(doc, label.end(1) + 1, end):
            titled.append((n, name, label.end(1) + 1))
    count = Counter(name for _, name, _ in titled)
    every = sorted(caps + titled)
    kept = set(caps)
    for i, (n, name, at) in enumerate(every):
        near = [every[j] for j in (i - 1, i + 1) if 0 <= j < len(every)]
        if count.get(name, 0) >= 2 or any(m[1] != name and abs(m[0] - n) <= ALTERNATION_LINES for m in near):
            kept.add((n, name, at))
    return sorted(kept)


def run_to(paragraphs: list, first: int, most: int, ends: set[int]) -> int:
    """The last paragraph of a run from ``first`` over at most ``most`` paragraphs, stopping before any in
    ``ends`` (``first`` itself is always in the run)."""
    last = first
    while last + 1 < min(len(paragraphs), first + most) and last + 1 not in ends:
        last += 1
    return last


#: Most lines a news report's excerpt ("The Times reported:") runs over after its introduction.
EXCERPT_LINES = 6
#: Verbs that introduce a news report's excerpt before a colon that ends its line.
REPORTING = frozenset("reported reports".split())
_FIRST = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")
_QUOTED = re.compile(r'"[^"\n]*"?')
_COLON = re.compile(r"(?<!\d):|:(?!\d)")


#: Most lines that a text introduced "as follows:" runs over before the writer must have resumed.
FOLLOWS_LINES = 20
#: An introduction that promises the text verbatim: "read as follows:", "said the following:".
FOLLOWS = re.compile(r"\b(?:as\s+follows|the\s+following)\s*:\s*$", re.I)
#: A line where the writer resumes after reproduced text: it opens with a marker of the writer's own talk to
#: the reader ("Well, it took long enough.", "Folks, ...", "Thank you, Mr. President.") or holds the first
#: person singular outside a quotation.
_RESUMING = re.compile(r"[\s\"']*(?:well|folks|friends|thank you|thanks|so there you have it|of course|"
                       r"mind you|in other words|ok|okay)\b", re.I)


def follows_end(doc: Document, paragraphs: list, first: int, hard: set[int]) -> int:
    """The last line of a text introduced "as follows:" (:data:`FOLLOWS`) that starts at line ``first``, in a
    text of one sentence a line: the line before the first where the writer resumes (:data:`_RESUMING`, or
    the first person singular outside a quotation), within :data:`FOLLOWS_LINES` lines and before any
    ``hard`` end; ``first`` itself when no such line is found (then nothing tells where the text ends).
    Reproduced text may itself attribute and quote ("the judge noted that ..."), so the soft ends do not
    stop it. "A statement from the office read as follows:" / three lines / a reader poll / five lines /
    "Well, it took long enough." covers the eight lines, the poll left out."""
    for n in range(first + 1, min(len(paragraphs), first + FOLLOWS_LINES)):
        text = doc.norm[paragraphs[n][0]:paragraphs[n][1]]
        if n in hard:
            return first
        if _RESUMING.match(text) or _SINGULAR.search(_QUOTED.sub(" ", text)):
            return n - 1
    return first


#: An introduction naming someone's words after a possessive at a line's end ("Here is the crux of Lee's argument:").
SPOKEN = re.compile(r"\b[A-Z][\w.\-]*['\u2019]s\s+(?:\w+\s+)?(?:argument|remarks|words|statement|response|answer|reply|"
                    r"comments|case|position)\s*:\s*$")


def spoken_end(doc: Document, paragraphs: list, first: int, hard: set[int]) -> int:
    """The last line of someone's words in the first person introduced by :data:`SPOKEN` and starting at line
    ``first``, in a text of one sentence a line whose writer says "I" or "my" in no line before (outside
    quotations): when ``first`` is in the first person singular (the speaker talking: "So let me make two
    points."), the words run to the line before the next that ends with a colon or is a ``hard`` end, within
    :data:`FOLLOWS_LINES` lines; ``first`` itself otherwise (then nothing tells where the words end)."""
    if not _SINGULAR.search(_QUOTED.sub(" ", doc.norm[paragraphs[first][0]:paragraphs[first][1]])) \
            or _SINGULAR.search(_QUOTED.sub(" ", doc.norm[:paragraphs[first - 1][0]])):
        return first
    for n in range(first + 1, min(len(paragraphs), first + FOLLOWS_LINES)):
        if n in hard or doc.norm[paragraphs[n][0]:paragraphs[n][1]].rstrip().endswith(":"):
            return n - 1
    return first


def excerpt_end(doc: Document, paragraphs: list, last: int, ends: tuple, speaker: str) -> int:
    """The last line of a news report's excerpt whose block ends at line ``last`` (see the rules of
    :mod:`analysis.voice`): the excerpt goes on over the lines after it that carry a report of their own in
    the third person (a soft end that is no hard end: an attribution, "he said", or a quotation) and no
    colon, no first person outside a quotation and no mention of ``speaker``, the report's source, named
    again; at most :data:`EXCERPT_LINES` lines after the introduction. ``ends`` is ``(hard, soft)``."""
    first = last
    while last + 1 < min(len(paragraphs), first + EXCERPT_LINES) and last + 1 in ends[1] \
            and last + 1 not in ends[0]:
        text = doc.norm[paragraphs[last + 1][0]:paragraphs[last + 1][1]]
        outside = _QUOTED.sub(" ", text)
        if _COLON.search(text) or _FIRST.search(outside) or speaker and speaker.lower() in text.lower():
            break
        last += 1
    return last


#: The first person singular outside quotation marks: "I" before a lower-case word or a contraction (not "World
#: War I."), "my", "me", "myself", "mine".
_SINGULAR = re.compile(r"\bI(?:\s+[a-z]|['\u2019](?:m|ve|d|ll)\b)|\b(?:[Mm]y|[Mm]e|[Mm]yself|[Mm]ine)\b")
_ADDRESSED = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
#: Fewest lines in the first person that make testimony pasted into a third-person text; most lines without
#: the first or second person between two of them; fewest lines of the writer's before it.
TESTIMONY_LINES, TESTIMONY_GAP, TESTIMONY_AFTER = 3, 2, 5


def _unquoted(norm: str, paragraphs: list, quoted: list[Region]) -> list[str]:
    """Each line's text with what stands inside the quotation regions ``quoted`` blanked out."""
    chars = list(norm)
    for r in quoted:
        chars[r.start:r.end] = " " * (r.end - r.start)
    return ["".join(chars[a:b]) for a, b in paragraphs]


def testimony(doc: Document, paragraphs: list, soft: set[int], quoted: list[Region]) -> list[Region]:
    """First-person testimony pasted without marks into a text the writer writes in the third person (see the
    rules of :mod:`analysis.voice`): a run of lines that opens right after a line where the writer attributes
    (``soft``, no colon at its end), each within :data:`TESTIMONY_GAP` lines of the next line in the first or
    second person, with at least :data:`TESTIMONY_LINES` in the first person singular; only when no other line of
    the article has the first person singular outside quotation marks and at least :data:`TESTIMONY_AFTER` lines
    come before it. ``quoted`` are the article's quotation regions."""
    texts = _unquoted(doc.norm, paragraphs, quoted)
    first = [bool(_SINGULAR.search(t)) for t in texts]
    if sum(first) < TESTIMONY_LINES:
        return []
    start = next(n for n, f in enumerate(first) if f)
    last, n = start, start
    while n + 1 < len(texts) and n + 1 - last <= TESTIMONY_GAP + 1:
        n += 1
        if first[n] or _ADDRESSED.search(texts[n]):
            last = n
    if start < TESTIMONY_AFTER or start - 1 not in soft or texts[start - 1].rstrip().endswith(":") \
            or any(first[last + 1:]) or sum(first[start:last + 1]) < TESTIMONY_LINES:
        return []
    return [Region(paragraphs[start][0], paragraphs[last][1], "statement", "")]


def transcript(doc: Document, paragraphs: list[tuple[int, int]], hard: set[int]) -> list[Region]:
    """Statement regions of the transcript lines in ``doc`` (see the module's rules); ``hard`` are the indices
    of lines a transcript's tail never runs past."""
    out, last, longest = [], None, 0  # (paragraph index, speaker) of the latest labelled line
    for n, name, at in labels(doc, paragraphs):
        if last is not None and last[0] + 1 < n:
            out.append(Region(paragraphs[last[0] + 1][0], paragraphs[n - 1][1], "statement", last[1]))
            if not hard.intersection(range(last[0] + 1, n)):  # an answer, not a widget or a heading between
                longest = max(longest, n - last[0] - 1)
        out.append(Region(at, paragraphs[n][1], "statement", name))
        last = (n, name)
    if last is not None and longest and last[0] + 1 < len(paragraphs) and last[0] + 1 not in hard:
        tail = run_to(paragraphs, last[0] + 1, min(longest, TRANSCRIPT_TAIL), hard)
        out.append(Region(paragraphs[last[0] + 1][0], paragraphs[tail][1], "statement", last[1]))
    return out


def headed(doc: Document, paragraphs: list[tuple[int, int]], ends: tuple, heads: set[int]) -> list[Region]:
    """Statement regions of the material under a subheading that names it (see the module's rules); ``heads``
    are the start offsets of the subheadings, ``ends`` the ``(hard, soft)`` indices of lines the material never
runs past (the first line under the heading only has to be no hard end)."""
    out = []
    for n, (start, end) in enumerate(paragraphs[:-1]):
        line = doc.norm[start:end]
        if start not in heads or len(line.split()) > HEADING_WORDS or not _HEADING.match(line) \
                or n + 1 in ends[0]:
            continue
        last = run_to(paragraphs, n + 1, TRANSCRIPT_LINES, ends[1])
        who = re.split(r"'s?\s|\s+(?:speaks|says|writes)\b", line.strip(), flags=re.I)[0]
        first = doc.norm[paragraphs[n + 1][0]:paragraphs[n + 1][1]].lstrip()
        if not first.startswith('"') and who.split()[-1].lower() in first.lower():
            continue  # "Schumer Says" then "Chuck Schumer said on Tuesday ...": the writer reports
        out.append(Region(paragraphs[n + 1][0], paragraphs[last][1], "statement", who))
    return out


_LETTERS = re.compile(r"[a-z]+")
#: An old word as a whole run of letters (what :func:`archaic` counts): a line without one has no hit.
_ARCHAIC_WORD = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(ARCHAIC, key=len, reverse=True)) + r")(?![a-z])")


def archaic(doc: Document, paragraphs: list[tuple[int, int]]) -> list[Region]:
    """Statement regions of the lines of an old text set as a block (see the module's rules)."""
    out, run = [], []  # run: (paragraph index, old words) of the current lines with an old word
    for n, (start, end) in enumerate(paragraphs + [(0, 0)]):
        line = doc.norm[start:end].lower()
        # the old words among the line's runs of letters; most lines have none, which one search tells
        hits = sum(map(ARCHAIC.__contains__, _LETTERS.findall(line))) if _ARCHAIC_WORD.search(line) else 0
        if hits:
            run.append((n, hits))
            continue
        if len(run) >= ARCHAIC_RUN and sum(h for _, h in run) >= ARCHAIC_WORDS:
            out.append(Region(paragraphs[run[0][0]][0], paragraphs[run[-1][0]][1], "statement", ""))
        run = []
    return out


#: Books of the Bible whose name with a chapter in parentheses cites scripture (:func:`cited_verses`).
BIBLE_BOOKS = frozenset(
    "genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles ezra nehemiah esther "
    "job psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations ezekiel daniel hosea joel amos obadiah "
    "jonah micah nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john acts romans corinthians "
    "galatians ephesians philippians colossians thessalonians timothy titus philemon hebrews james peter jude "
    "revelation".split())
#: Most words of a sentence before its citation that is taken as the cited text: a longer sentence with a
#: citation at its end is the writer's argument with a proof text ("instead of protesting ..., they teach to
#: submit (Romans 13:1)"), as is a sentence of more than one clause (a comma or a semicolon: "Liars and
#: cheats, that is what they are (Luke 6:45).", the writer's label with a proof text) or one that cites twice.
VERSE_WORDS = 14
#: Books that are also common first names or words: cited only with a verse ("Mark 5:1").
NAMED_BOOKS = frozenset("numbers judges ruth samuel kings job acts daniel amos jonah mark luke john matthew "
                        "timothy titus james peter jude joel".split())
_CITATION = re.compile(r"\((?:[123]\s)?([A-Z][a-z]+)\.?\s(\d{1,3})(:\d{1,3}(?:\s?-{1,2}\s?\d{1,3})?)?\)"
                       r"[\s.!?\"']*$")


def cited_verses(doc: Document) -> list[Region]:
    """Statement regions of the sentences that end with a scripture citation (see the module's rules); the
    source is the book cited."""
    out = []
    for sentence in doc.sentences:
        m = _CITATION.search(doc.norm, sentence.start, sentence.end)
        book = m and m.group(1).lower()
        if m and book in BIBLE_BOOKS and (m.group(3) or book not in NAMED_BOOKS) \
                and 0 < len(doc.norm[sentence.start:m.start()].split()) <= VERSE_WORDS \
                and not re.search(r"[(,;]", doc.norm[sentence.start:m.start()]):
            out.append(Region(sentence.start, m.start(), "statement", m.group(1)))
    return out
