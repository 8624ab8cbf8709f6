"""Reproduced material (the ``statement`` voice of :mod:`analysis.voice`): what follows an introduction ending
with a colon that names a statement or a verb of saying, the blocks and bullets under it, letters, material set apart
by rule lines, transcripts, excerpts, testimony, wire copy and embedded posts. :func:`statements` gives the regions;
the rules, each with its sentence, are described under ``statement`` in :mod:`analysis.voice`.
"""
from __future__ import annotations

import re

from .embeds import byline_intro, comments, epigraphs, posts, said_comma, tweets, wire_copy
from .governing import BELIEVING
from .headings import lines
from .hearsay import reproduced
from .pasted import pasted, sectioned
from .speakers import token_at
from .text import Document, Region
from .transcripts import (FOLLOWS, NOTE, REPORTING, SPOKEN, TRANSCRIPT_LINES, archaic, cited_verses, excerpt_end,
                          follows_end, headed, run_to, spoken_end, testimony, transcript)

#: Words in an introduction before a colon that make what follows reproduced material.
STATEMENT_WORDS = frozenset("statement statements letter letters memo response responses points transcript text "
                            "reads read circulated following excerpt excerpts message email tweet tweeted "
                            "posted wrote writes said says announcement release declared stated added "
                            "testimony remarks comments saying writing tweeting posting adding noting stating "
                            "declaring position stance argument pitch verdict demands warning reports reported".split())
#: Nouns in an introduction that name a block of reproduced text, which may run over several lines where
#: each sentence stands on a line of its own ("issued this edict:", "said in a statement:").
BLOCK_WORDS = frozenset("transcript edict decree fatwa sermon speech prophecy proclamation declaration manifesto "
                        "letter statement message text excerpt excerpts release remarks".split())
#: Nouns of a passage reproduced from someone ("Take this quotation of the Pope, speaking in 1931:", "He wrote
#: an excellent analysis of the laws:", "the challenge posed years ago by Father Brown, when ...:"): with a verb
#: of saying or writing (:data:`SAYING`) anywhere in the sentence of a colon that ends its line, what follows is a block as after :data:`BLOCK_WORDS`. Alone they
#: introduce nothing ("I go into this in more detail in this column:", "Here is my analysis:").
PASSAGE_WORDS = frozenset("quotation quote passage analysis post comment essay column op-ed challenge question "
                          "questions".split())
#: Passage nouns of a question or challenge someone poses; in a sentence in the first person they are the
#: writer's own ("So I asked the obvious question:") and introduce nothing.
QUESTIONS = frozenset("challenge question questions".split())
_FIRST_PERSON = frozenset("i we my our me us".split())
#: Verbs of saying or writing that make a passage noun's sentence introduce someone's words.
SAYING = frozenset("said says saying spoke speaks speaking wrote writes writing written posted posting published "
                   "penned commented observed noted posed asked".split())
#: Lines a block introduced by a colon covers (the first included) where each sentence stands on a line of
#: its own, so a paragraph cannot be told from a line; where paragraphs are real, the block is one paragraph.
BLOCK_LINES = 3
#: Share of paragraphs holding one sentence above which a text sets each sentence on a line of its own.
LINE_TEXT_SHARE = 0.8
#: A line that closes reproduced material: the outlet's credit or a call to the reader.
_CREDIT = re.compile(r"\s*(?:click|read more|read the|listen|watch|subscribe|follow us|share|copyright|\u00a9|"
                     r"source:|article posted|posted with|reprinted|this (?:interview|transcript)|"
                     r"the (?:interview|transcript))", re.I)
_BULLET = re.compile(r"\s*(?:(?:[\u2022\u00b7*\-\u25aa\u25cf]|\d{1,2}[.)]|\d{1,2} --?)\s|-(?=[A-Z]))")
#: Words with which a line announces material it sets apart by a rule line ("In the following, we present his
#: statement, in our translation."); a line that only mentions a statement ("... did not respond to a request
#: for comment.") announces nothing.
ANNOUNCING = frozenset("following below present presents reproduce reproduced reproduces translation translated "
                       "verbatim full here".split())
#: A rule line: dashes, underscores, equals signs, stars or tildes alone, setting reproduced material apart.
_RULE = re.compile(r"\s*[-_=*~]{3,}\s*$")
_LETTER = re.compile(r"\s*Dear\s+[A-Z]")
#: A line that opens a message with an address in the old vocative ("O you who believe!", "O people of the
#: city,"): what follows is spoken to those addressed, so the writer's soft ends (a reported clause inside the
#: message) do not stop the block; a hard end still does.
_ADDRESS = re.compile(r"[ \t\"'\u201c]*O\s+[A-Za-z][^\n]{0,60}[!,]\s*$")
_SIGN_OFF = re.compile(r"\s*(?:Sincerely|Respectfully|Regards|Best regards|Yours|Thank you)\b")


def statements(doc: Document, scopes: list, heads: list[Region], widgets: list[Region] = (),
               quoted: list[Region] = ()) -> list[Region]:
    """Statement regions (see the rules); ``heads``: the :func:`subheadings`; ``widgets``: page furniture, whose
    lines introduced material and embedded posts pass over; ``quoted``: the quotation regions."""
    paragraphs = lines(doc)
    ends = _block_ends(doc, paragraphs, scopes, heads)  # (hard, soft): what a transcript, what any block stops at
    out = transcript(doc, paragraphs, ends[0]) + headed(doc, paragraphs, ends[:2], {h.start for h in heads}) \
        + _letters(doc, paragraphs) + archaic(doc, paragraphs) + cited_verses(doc) + wire_copy(doc, paragraphs) \
        + _after_rules(doc, paragraphs, ends[0]) + comments(doc, paragraphs, ends[0]) + epigraphs(doc, paragraphs) \
        + (testimony(doc, paragraphs, ends[1], quoted) + pasted(doc, paragraphs, ends[0], quoted)
           if _line_text(doc, paragraphs) else [])
    if widgets:  # the same rules on the lines outside the widgets
        paragraphs = [p for p in paragraphs if not any(w.start <= p[0] and p[1] <= w.end for w in widgets)]
        ends = _block_ends(doc, paragraphs, scopes, heads)
    return out + _after_colons(doc, paragraphs, scopes, ends) + tweets(doc, paragraphs, ends[1] - ends[2]) \
        + sectioned(doc, paragraphs, _introduces) + posts(doc) + reproduced(doc)


def _block_ends(doc: Document, paragraphs: list, scopes: list, heads: list[Region]) -> tuple[set, set, set]:
    """Indices of paragraphs that reproduced material running over lines never swallows: ``hard`` (what a
    transcript stops at): a subheading without a full stop (a headline-like line; a short sentence in a text
    of one sentence a line may look like a subheading), a credit or call to the reader (:data:`_CREDIT`), a
    writer's note ("Update: ...", :data:`~analysis.transcripts.NOTE`) or a rule line; ``soft`` (what
    any other block stops at): those, a line with its own introducing colon, a line with a reporting verb
    (the writer attributing again) and a line with a double quotation mark (the writer quoting). The third
    set, ``feeling``, holds the soft lines whose only verb is one of believing or feeling found by
    :mod:`analysis.clauses` ("No one can feel good about it."): an embedded post reaches back over them, since
    a post's own line may say what someone feels, while the writer's lead-in still stops it."""
    heads = {r.start for r in heads if not doc.norm[r.start:r.end].rstrip().endswith((".", "!", "?", '"'))}
    verbs = {s.verb.sentence for s in scopes}
    saying = {s.verb.sentence for s in scopes if s.verb.category != "judging" or s.verb.entry not in BELIEVING}
    hard, soft, feeling = set(), set(), set()
    for n, (start, end) in enumerate(paragraphs):
        colon = doc.norm.rfind(":", start, end)
        text = doc.norm[start:end]
        if start in heads or _CREDIT.match(text) or NOTE.match(text) or _RULE.match(text):
            hard.add(n)
        if (colon >= 0 and _introduces(doc, colon)) or '"' in text \
                or any(k in verbs for k in range(doc.sentence_at(start), doc.sentence_at(end - 1) + 1)):
            soft.add(n)
            if not (colon >= 0 and _introduces(doc, colon)) and '"' not in text and not any(
                    k in saying for k in range(doc.sentence_at(start), doc.sentence_at(end - 1) + 1)):
                feeling.add(n)
    return hard, soft | hard, feeling - hard


def _line_text(doc: Document, paragraphs: list[tuple[int, int]]) -> bool:
    """True when the text sets each sentence on a line of its own (:data:`LINE_TEXT_SHARE`)."""
    single = sum(doc.sentence_at(a) == doc.sentence_at(b - 1) for a, b in paragraphs)
    return len(paragraphs) >= 5 and single >= LINE_TEXT_SHARE * len(paragraphs)


def _letters(doc: Document, paragraphs: list[tuple[int, int]]) -> list[Region]:
    """A letter from "Dear ..." to its sign-off and the line after it (the signature)."""
    out, opened = [], None
    for n, (start, end) in enumerate(paragraphs):
        if _LETTER.match(doc.norm, start, end):
            opened = start
        elif opened is not None and _SIGN_OFF.match(doc.norm, start, end):
            out.append(Region(opened, paragraphs[min(n + 1, len(paragraphs) - 1)][1], "statement", ""))
            opened = None
    return out


def _after_colons(doc: Document, paragraphs: list[tuple[int, int]], scopes: list, ends: tuple) -> list[Region]:
    """The rest of a sentence after an introducing colon, or, when the colon ends its paragraph, the next
    paragraph and the bullets after it; spoken by the introduction's speaker. A block (:func:`_block`) runs
    over more lines."""
    norm, out = doc.norm, []
    speaker_at = {s.verb.sentence: s.speaker for s in scopes if s.speaker}
    lines = _line_text(doc, paragraphs)
    for n, (start, end) in enumerate(paragraphs):
        colon = norm.rfind(":", start, end)
        if (colon < 0 or not _introduces(doc, colon)) and (colon := said_comma(doc, start, end)) < 0:
            continue
        sentence = doc.sentence_at(colon)
        speaker = speaker_at.get(sentence, "")
        most = _block(doc, colon, lines)
        stops = ends[0] if most == TRANSCRIPT_LINES or n + 1 < len(paragraphs) \
            and _ADDRESS.match(norm, *paragraphs[n + 1]) else ends[1]
        if norm[colon + 1:end].strip():
            out.append(Region(colon + 1, doc.sentences[sentence].end, "statement", speaker))
            if most > 1 and n + 1 < len(paragraphs) and n + 1 not in stops:
                last = run_to(paragraphs, n + 1, most - 1, stops)
                out.append(Region(paragraphs[n + 1][0], paragraphs[last][1], "statement", speaker))
        elif n + 1 < len(paragraphs):
            m = n + 1
            while m + 1 < len(paragraphs) and _BULLET.match(norm, *paragraphs[m + 1]):
                m += 1
            if m == n + 1 and most > 1:
                m = run_to(paragraphs, n + 1, most, stops)
            if lines and doc.keys()[token_at(doc, colon) - 1] in REPORTING:  # "The Times reported:"
                m = max(m, excerpt_end(doc, paragraphs, n + 1, ends, speaker))
            if lines and FOLLOWS.search(norm, start, end):  # "read as follows:", to where the writer resumes
                m = max(m, follows_end(doc, paragraphs, n + 1, ends[0]))
            if lines and SPOKEN.search(norm, start, end):  # "the crux of Lee's argument:", then "let me ..."
                m = max(m, spoken_end(doc, paragraphs, n + 1, ends[0]))
            out.append(Region(paragraphs[n + 1][0], paragraphs[m][1], "statement", speaker))
    return out


def _after_rules(doc: Document, paragraphs: list[tuple[int, int]], hard: set[int]) -> list[Region]:
    """Material set apart by a rule line (:data:`_RULE`) right after a line that announces it with a noun of
    a statement or passage and a word of presenting (:data:`ANNOUNCING`; "we present the essential parts of the
    bishop's statement, in our translation."):
    from the line after the rule to the next rule line or ``hard`` end, at most :data:`TRANSCRIPT_LINES`."""
    out, keys = [], doc.keys()
    for n in range(1, len(paragraphs) - 1):
        if not _RULE.match(doc.norm, *paragraphs[n]) or _RULE.match(doc.norm, *paragraphs[n - 1]):
            continue
        first, last = token_at(doc, paragraphs[n - 1][0]), token_at(doc, paragraphs[n - 1][1])
        named = {keys[i] for i in range(first, last)}
        if named & (BLOCK_WORDS | PASSAGE_WORDS) and named & ANNOUNCING \
                and n + 1 not in hard and doc.norm[:paragraphs[n - 1][1]].rstrip().endswith((".", ":")):
            end = run_to(paragraphs, n + 1, TRANSCRIPT_LINES, hard)
            out.append(Region(paragraphs[n + 1][0], paragraphs[end][1], "statement", ""))
    return out


def _passage(doc: Document, colon: int) -> bool:
    """True when the colon ends its line, its sentence naming a passage and a verb of saying or writing."""
    line_end = doc.norm.find("\n", colon)
    if doc.norm[colon + 1:line_end if line_end >= 0 else len(doc.norm)].strip():
        return False
    sentence, keys = doc.sentences[doc.sentence_at(colon)], doc.keys()
    named = {keys[i] for i in range(sentence.first_token, token_at(doc, colon))}
    if not named & PASSAGE_WORDS - QUESTIONS and named & _FIRST_PERSON:
        return False  # "I asked the obvious question:": the writer's own question
    return bool(named & PASSAGE_WORDS and named & SAYING)


def _block(doc: Document, colon: int, lines: bool) -> int:
    """Lines after its introduction a colon's material may cover: a transcript :data:`TRANSCRIPT_LINES`; in a
    text of one sentence a line, a block (:data:`BLOCK_WORDS`, a passage) :data:`BLOCK_LINES`; else 1."""
    sentence = doc.sentences[doc.sentence_at(colon)]
    keys, k = doc.keys(), token_at(doc, colon)
    named = {keys[i] for i in range(max(sentence.first_token, k - 12), k)}
    if "transcript" in named:
        return TRANSCRIPT_LINES
    return BLOCK_LINES if lines and (named & BLOCK_WORDS or _passage(doc, colon) or byline_intro(doc, colon)) else 1


def _introduces(doc: Document, colon: int) -> bool:
    """True when the words of the colon's sentence before it name a statement or a verb of saying; never a
    colon between digits (a time, a score or a verse, "2:4")."""
    if doc.norm[colon - 1:colon].isdigit() and doc.norm[colon + 1:colon + 2].isdigit():
        return False
    sentence = doc.sentences[doc.sentence_at(colon)]
    keys = doc.keys()
    k = token_at(doc, colon)
    near = range(max(sentence.first_token, k - 12), k)
    return any(keys[i] in STATEMENT_WORDS or keys[i] in BLOCK_WORDS for i in near) or _passage(doc, colon) \
        or byline_intro(doc, colon)
