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
  introduction names ("issued this edict:", "said in a statement:", :data:`~analysis.statements.BLOCK_WORDS`; or a passage with a verb of
  saying or writing, "Take this quotation of X, speaking in 1931:", "He wrote an analysis of the law:", "the
  challenge posed by Father Brown:", not "I asked the question:"; :data:`~analysis.statements.PASSAGE_WORDS`) covers :data:`~analysis.statements.BLOCK_LINES`
  lines, stopping before a line where the writer attributes, quotes, introduces again or adds a note ("Update: ..."),
  save in a message that opens with an address in the vocative ("sent a message to the governors:" / "O you who rule
  the provinces!": the lines are spoken to those addressed, and only a note, a credit or a headline-like line stops
  them, :data:`analysis.statements._ADDRESS`); a news report's excerpt after a line "X reported:" runs on over the lines that carry a
  report of their own in the third person ("he said", "According to the agency, ...", a quotation) to the first line
  with none ("This envoy is a shameless apologist" resumes the writer), a colon, the first person outside a quotation
  or X named again, at most :data:`~analysis.transcripts.EXCERPT_LINES` lines
  (:func:`~analysis.transcripts.excerpt_end`); and in such a text written in the third person, testimony pasted
  without marks after a line where the writer attributes ("The mayor rose and scolded the council for its delays." /
  "My office warned you about this." / "I wrote to you twice." ...) is its speaker's: the run of lines in the first
  person (or addressing "you"), when the writer uses the first person singular nowhere else
  (:func:`~analysis.transcripts.testimony`); a transcript ("Following is a transcript:") runs to a credit line, a
  headline-like line or :data:`~analysis.transcripts.TRANSCRIPT_LINES`; material set apart by a rule line ("-----")
  after a line that announces a statement runs to the next rule line (:func:`analysis.statements._after_rules`); a post embedded with its
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
from .furniture import furniture
from .hearsay import between, continued, framings, in_documents, reported_heads, run_on_lines
from .lexicon import Lexicon
from .headings import subheadings
from .names import names
from .statements import statements
from .text import Document, Region, Span, Voices



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
