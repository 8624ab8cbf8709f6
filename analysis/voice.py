"""The voice layer: who speaks in every character of an article's body, built once before any measure.

:meth:`VoiceLayer.attach` reads a :class:`~analysis.text.Document` once and sets ``doc.voices`` (a
:class:`~analysis.text.Voices`) and ``doc.reading`` (the attributions, :class:`Reading`); every measure,
the pipeline's labels, the store's ``voices`` table, pages and comparisons read that one layer. Each
character gets one voice (:data:`analysis.text.VOICES`); where regions overlap the first of this list wins.
Each rule is pinned by a sentence a person read in tests/text/test_voice_rules.py.

* ``quote``: a direct quotation between double marks (curly, straight, or two apostrophes: ''It is over,''
  she said), with the paragraphs it runs over when the next paragraph reopens it, or, where each sentence
  stands on a line of its own, the lines it runs over until a line closes it, and one a paragraph's edge cuts
  (an opening mark never closed in it, a closing one never opened: :func:`analysis.quoting.loose_quotes`);
  its source is the speaker of the attribution that governs it (:mod:`analysis.attribution`).
* ``scare``: a quotation of at most ``scare_max_words`` words that nothing governs: the writer holds the
  words at a distance ('the "reform" was dropped'). It stays a voice of its own so pages can say so; like a
  quotation, its words are not counted as the writer's.
* ``statement``: material reproduced from someone: the paragraph after an introduction that ends with a colon and
  names a statement, a position or a verb of saying ("The campaign's response points were circulated:", "...,
  saying:", "The Times reported:"), the bullets under it (a bullet sign, "1." or "1)", or since round 11b "1 -" with
  a dash after the number), the rest of a sentence after such a colon, a line of a transcript ("TRUMP: We will win",
  "John Smith: I never said that", :mod:`analysis.transcripts`), a sentence ending with a scripture citation ("...
  (Hosea 8:7).", :func:`~analysis.transcripts.cited_verses`), and a letter from "Dear ..." to its sign-off. Its
  source is the introduction's speaker. A line ending with "said in a statement Tuesday," (a comma where a colon
  would be) and a line holding another story's headline and byline before its colon introduce as a colon does; wire
  copy runs from its dateline ("BOSTON (Reuters) -") to its credit (:mod:`analysis.embeds`). Material runs over
  several lines (tests/text/test_voice_blocks.py): where each sentence stands on a line of its own, a block an
  introduction names ("issued this edict:", "said in a statement:", :data:`BLOCK_WORDS`; or a passage with a verb of
  saying or writing, "Take this quotation of X, speaking in 1931:", "He wrote an analysis of the law:", "the
  challenge posed by Father Brown:", not "I asked the question:"; :data:`PASSAGE_WORDS`) covers :data:`BLOCK_LINES`
  lines, stopping before a line where the writer attributes, quotes, introduces again or adds a note ("Update: ..."),
  save in a message that opens with an address in the vocative ("sent a message to the governors:" / "O you who rule
  the provinces!": the lines are spoken to those addressed, and only a note, a credit or a headline-like line stops
  them, :data:`_ADDRESS`); a news report's excerpt after a line "X reported:" runs on over the lines that carry a
  report of their own in the third person ("he said", "According to the agency, ...", a quotation) to the first line
  with none ("This envoy is a shameless apologist" resumes the writer), a colon, the first person outside a quotation
  or X named again, at most :data:`~analysis.transcripts.EXCERPT_LINES` lines
  (:func:`~analysis.transcripts.excerpt_end`); and in such a text written in the third person, testimony pasted
  without marks after a line where the writer attributes ("The mayor rose and scolded the council for its delays." /
  "My office warned you about this." / "I wrote to you twice." ...) is its speaker's: the run of lines in the first
  person (or addressing "you"), when the writer uses the first person singular nowhere else
  (:func:`~analysis.transcripts.testimony`); a transcript ("Following is a transcript:") runs to a credit line, a
  headline-like line or :data:`~analysis.transcripts.TRANSCRIPT_LINES`; material set apart by a rule line ("-----")
  after a line that announces a statement runs to the next rule line (:func:`_after_rules`); a post embedded with its
  credit ("-- Name (@handle) May 2, 2018") and a comment under its thread header ("Ann Lee to Bob Ray \u2022 9 hours
  ago") are their authors', and so is a saying credited on the next line with a dash ("-- Mark Twain",
  :func:`analysis.embeds.epigraphs`); a hashtag, and a post from its opening @-handle
  (:func:`~analysis.embeds.posts`). The lines under a subheading that names them ("The Bishop's Sermon", "The
  Archbishop Speaks") and an old text set as a block (lines in the King James wording) are reproduced too
  (:mod:`analysis.transcripts`).
* ``reported``: the clause a verb of saying governs ("Smith said the plan was a disaster", "The plan was a disaster,
  Smith said", "according to rebels, ...", "all agreed that ..."), and the clause after a verb of naming ("Republicans
  called the bill a power grab"), of judging with "for" or "as" ("criticized Y for ...", "condemned the attack as
  barbaric": from "for" or "as" on, the object staying the writer's), of apologising or asking forgiveness "for", of
  banning or sanctioning "for" a stated reason ("banned the book for containing ...": :mod:`analysis.judging`), of
  seeing with "as" ("sees it as ..."), of believing ("believes ...", "fears that ..."), of asking with a question word
  ("wondered whether ..."), of promising with "to" ("vowed to punish ...", "came in promising to ..."), of expressing
  with a noun of attitude ("express reservations about ..."), a participle of saying after a comma (", adding he would
  ...", spoken by the subject of the clause before it), of knowing or finding with a clause that has its own subject
  and verb ("documents show he took ...", "one study found Trump would ..."), the clause after a noun of saying and
  "that" ("his claim that people would ..."; a region with no attribution), and any verb followed by "that" and a
  subject ("The Tax Foundation estimates that it would ..."; not "means that", "make sure that"). An attribution set
  off by commas inside its clause ("The museum, Mr. Obama said, would ...") reports the whole clause, and both clauses
  when it stands between two ("Although the first season went well, she said, a second one would be a disaster"); ",
  as engineers have said" reports the clause before it, and a closing "according to" the whole sentence. Urging,
  proposing, speaking of, adjectives and nouns of belief, "reportedly", indirect questions, a report that runs on into
  the next sentence and a sentence between two reports of one source ("..., the audit said. <sentence>. The audit
  recalls ...") are in :mod:`analysis.clauses`, each with its sentence; criticism "for", calls "to", an estimate "put
  at", a question raised or disputed and a portrayal "of ... as" in :mod:`analysis.charges`; a hyphenated
  "paint-X-as-Y", "For X, that amounted to ..." and a cited verse in :func:`analysis.hearsay.framings`; views ("a tyrant
  to some", "For critics, ...") in :mod:`analysis.viewpoints`; "a report found", "as X argues.", "To X," and "NAME:
  claim" in :mod:`analysis.credited`. "He continued" and "she went on" attribute where punctuation sets them off; a
  pair of dashes around a short interruption does not cut a clause, nor do the semicolons of a list closed by "and"
  or "or" ("say the deal would include tighter border rules; new visas; and a path to citizenship", when the clause
  starts before the list's first semicolon: :func:`analysis.quoting.next_break`; :func:`clause_breaks`); the noun a subjectless reported clause hangs
  on is reported with it ("spending the auditor said was reckless", :func:`analysis.hearsay.reported_heads`). A
  first-person subject ("I think", "we believe") outside a quotation is the writer's own view and reports nothing.
* ``headline``: the title, analysed apart as its own Document (its spans have ``sentence`` -1 and offsets
  into the title). ``subheading`` is the headline's voice inside the body (offsets into the body): a
  paragraph of at most :data:`~analysis.headings.SUBHEAD_WORDS` words with no finite verb, a paragraph in title case, or the
  body's first line when it reads as the headline repeated or a kicker: at most :data:`~analysis.headings.HEADLINE_WORDS` words,
  no full stop, question or exclamation mark, colon, comma, ellipsis or dash at its end, and two more paragraphs after it
  ("Senator slams the bill as a giveaway" above the story; a first line ending in a full stop is the lede).
* ``name`` (:mod:`analysis.names`): a proper name or title (people, places, organisations, laws, programmes, works): a run of
  capitalised words, with small linking words between them ("War on Terrorism", "Affordable Care Act").
  A word opening a sentence or a quotation is a name only when it is an acronym ("US"), a title before a
  name ("Rep. Dave Brat"), a word that stands capitalised inside a sentence elsewhere in the article, or one
  the tagger's lexicon knows only as a proper noun ("The Biden administration": "Biden" only; "Trump
  said", with "Trump" inside another sentence: "Trump"). A common word in capitals for emphasis ("a
  DISASTER") is no name. A lower-case phrase is never a name ("a CIA dirty war": only "CIA").
  Names are kept whatever voice wins over them, so :meth:`~analysis.text.Voices.in_name` answers for a
  name inside a quotation too.
* ``furniture`` (:mod:`analysis.furniture`): a widget the site set into the text (a reader poll after "take our
  poll", its question, options and form; an "Advertisement" label; a "Read more:" link line), marked by the
  data file ``lexicons/furniture.yaml``. It wins over every other voice, and reproduced material introduced
  just before a widget ("The Times reports:") is looked for after it: statements and embedded posts read
  the lines with the widget's left out.
* ``writer``: every other character.

Everything is one pass over the words plus binary searches: linear time in the article's length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .attribution import (CLAUSE_BREAK, classify_quotes, find_scopes, nest, punctuation_scopes, used_sources,
                          verb_sense, with_loose)
from .clauses import judged
from .embeds import byline_intro, comments, epigraphs, posts, said_comma, tweets, wire_copy
from .furniture import furniture
from .governing import BELIEVING
from .hearsay import between, continued, framings, in_documents, reported_heads, reproduced, run_on_lines
from .lexicon import Lexicon
from .headings import lines, subheadings
from .names import names
from .pasted import pasted, sectioned
from .speakers import token_at
from .text import Document, Region, Span, Voices
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


@dataclass(frozen=True)
class Reading:
    """What the voice layer found in one document: the reporting verbs, the sources-lexicon phrases that
    are an attribution's source, the attributions (:class:`~analysis.attribution.Scope`), the quotation
    spans and the :class:`~analysis.text.Voices`."""

    verbs: list[Span]
    sources: list[Span]
    scopes: list
    quotes: list[Span]
    voices: Voices


class VoiceLayer:
    """Builds the voice layer of a Document from a reporting-verbs and a sources lexicon."""

    def __init__(self, reporting_verbs: Lexicon, sources: Lexicon, scare_max_words: int):
        self.verbs, self.sources, self.scare_max_words = reporting_verbs, sources, scare_max_words

    def attach(self, doc: Document) -> Reading:
        """Read ``doc`` once and set ``doc.voices`` and ``doc.reading``; later calls return the same reading."""
        if doc.reading is None:
            doc.reading = self.read(doc)
            doc.voices = doc.reading.voices
        return doc.reading

    def read(self, doc: Document) -> Reading:
        verbs = [v for v in self.verbs.find(doc, "reporting_verbs") if verb_sense(doc, v)]
        lexical = self.sources.find(doc, "sources")
        breaks = clause_breaks(doc)
        marks = with_loose(doc, verbs)
        more, regions = judged(doc, breaks, verbs, lexical)
        scopes = sorted(find_scopes(doc, verbs, lexical, breaks) + punctuation_scopes(doc, marks, lexical)
                        + more, key=lambda s: s.verb.start)
        quotes, quote_regions = classify_quotes(doc, marks, scopes, breaks, self.scare_max_words)
        reported = [Region(s.start, s.end, "reported", s.speaker) for s in scopes if s.end > s.start] + regions \
            + continued(doc, scopes) + between(doc, scopes) + in_documents(doc, scopes, breaks) \
            + reported_heads(doc, scopes) + run_on_lines(doc, scopes) + framings(doc, breaks)
        heads, widgets = subheadings(doc), furniture(doc)
        voices = Voices(widgets + quote_regions, statements(doc, scopes, heads, widgets, quote_regions), reported,
                        heads, names(doc))
        scopes = [nest(s, voices) for s in scopes]
        sources = used_sources(lexical, [s for s in scopes if not s.nested and s.kind in ("anonymous", "document")])
        return Reading(verbs, sources, scopes, quotes, voices)


@lru_cache(maxsize=2)
def shipped_layer(scare_max_words: int = 6) -> VoiceLayer:
    """The voice layer with the shipped reporting-verbs and sources lexicons (built once)."""
    from .lexicon import load_lexicon
    from .paths import LEXICON_DIR
    return VoiceLayer(load_lexicon(LEXICON_DIR / "reporting_verbs.yaml", "reporting_verbs"),
                      load_lexicon(LEXICON_DIR / "sources.yaml", "sources"), scare_max_words)


def voices_of(doc: Document) -> Voices:
    """``doc``'s voice layer: the one the pipeline attached, or one built now with the shipped lexicons."""
    if doc.voices is None:
        shipped_layer().attach(doc)
    return doc.voices


#: Most words between a pair of dashes that set off an interruption inside a clause.
DASH_PAIR_WORDS = 10
#: Words that open an aside of its own between dashes ("-- which seems a cynical question --"): the clause
#: around it still breaks there, and a clause inside it ends at the closing dash.
_RELATIVE = frozenset("which who whose whom where when".split())


def clause_breaks(doc: Document) -> list[int]:
    """Where clauses break (:data:`~analysis.attribution.CLAUSE_BREAK`), less a pair of dashes that sets off a
    short interruption inside its clause ("spoke of how the fight flowed through -- and was sometimes set
    back by -- landmark rulings"): at most :data:`DASH_PAIR_WORDS` words between the two, both in one
    sentence, words after the second, and no relative word opening it (:data:`_RELATIVE`); the clause runs
    on over them."""
    found = [(m.start(), m.group()) for m in CLAUSE_BREAK.finditer(doc.norm)]
    dropped, norm = set(), doc.norm
    for (a, first), (b, second) in zip(found, found[1:]):
        if "-" not in first or "-" not in second or a in dropped:
            continue
        sentence = doc.sentences[doc.sentence_at(a)]
        inside = norm[a + len(first):b].split()
        if b < sentence.end and 0 < len(inside) <= DASH_PAIR_WORDS and re.sub(r"\W.*", "", inside[0].lower()) not in _RELATIVE \
                and norm[b + len(second):sentence.end].strip(" .!?\"'"):
            dropped.update((a, b))
    return [a for a, _ in found if a not in dropped]


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
