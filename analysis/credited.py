"""Words the writer credits to someone by the shape of the sentence rather than a plain verb of saying: a finding,
a trailing "as X argues", a noun of saying across a dash aside, a report continued past an insertion, a view "To X,
...", a headline "NAME: claim" and a blockquote after a colon. Part of the voice layer (:mod:`analysis.voice`); each
rule is pinned both ways by a made-up sentence in tests/text/test_voice_round19.py (the rule applies; the writer's
own word beside it stays the writer's). Every rule reads the words first (a string search), then the few tags it
needs; linear time in the article's length.

``reported`` (:func:`credited`):

* a finding body that "found" (:data:`FINDERS`: report, investigation, inquiry, audit, review, inspector general,
  probe, panel, jury, court, study, commission, analysis; "that" or "which" and an adverb or "has" may stand
  between): what follows is the body's finding, a noun phrase too, to the clause's end or a comma before a
  conjunction (:data:`_FINDING_END`; not ", as well as"): "A state audit found
  reckless spending at the port" (source "audit"); "the 2019 review that found the chief lied" reaches the relative
  clause. Not a person who found ("Fans found the decision reckless"), nor a participle ("a report found in the
  archive");
* a trailing ", as X argues" with a named source (a capitalised word or a noun of experts in X, at most
  :data:`AS_WORDS` words) and a verb of arguing or showing (:data:`SHOWING`: argues, shows, notes, illuminates,
  writes, documents, puts it ...), then the sentence's end or a phrase with no finite verb ("in his new book,
  The Harbour"): the sentence before it is X's, like "according to X" ("The council weaponized the permit office,
  as historian Ann Lee shows in her new book."). Not "as the mayor argues for the plan, the council ..." (a clause
  follows);
* a noun of saying (:data:`~analysis.quoting.SPEECH_NOUNS`, report, account, rumour, story) and its "that" clause
  across a dash aside that opens with a preposition: "a report -- from a retired officer -- that the chief was a
  crook" (the clause from "that"); not "the report -- a long document -- that the council released" (a relative
  "that" after an apposition);
* "said that, <insertion>, ...": a verb of saying (:data:`SAYING_THAT`) with "that" and a comma: the report runs
  on past the comma-bounded insertion to the clause's end ("Nurses have said that, while on duty abroad, the
  regime forced them to lie");
* a sentence opening "To" + a name (one to four capitalised words, none tagged a verb, pronoun or determiner, the
  first not an aside's word, :data:`_ASIDES`; a comma after them; "it seems," and the like may follow) or + a people of a view ("To his critics,"), whose clause judges with a form of
  "be", "seem" or "look": the clause is that holder's view ("To Mayor Lee, it seems, the delay is
  unacceptable"). Not "To be sure," "To date," "To that end," "To the north," (no capital after "To"), nor a
  fronted dative ("To Congress, he sent a reckless bill": no judging verb);
* the object of a verb of blaming (:data:`BLAMING`, read as :data:`analysis.governing.LAMENTING` is): whom one
  blames is named in one's own terms, up to the sentence's next finite verb ("Parents who blame the reckless
  councils have it wrong": "have it wrong" is the writer's) (:func:`blamed_stop`);
* a noun of denunciation with "against" (:data:`DENOUNCING`: rant, tirade, diatribe, screed, harangue, warning,
  speech): its object is the speaker's topic in the speaker's terms, to the object's next preposition ("his rant
  against looting and thuggery after the march": "looting and thuggery").

``statement`` (:func:`reproduced`):

* a line "NAME: claim" (a headline's attribution; a photo credit "| Getty" may open the line): one to four
  capitalised words, not all capitals (a transcript's or a dateline's), not a label (:data:`LABELS`: "Update:",
  "Photo:"), then at most :data:`HEADLINE_WORDS` words with a verb and no full stop inside: the words after the
  colon are NAME's ("Mayor Lee: Council lied about the ferry"); not when a verb of reporting comes first
  (:data:`_HEADLINE_SAYING`: "Flu: City blasts the reckless plan" is the writer's headline after a topic). A
  topic kicker with a claim of its own ("Ohio: Man gets 20 years") reads as NAME's too: the words cannot tell a
  place or topic from a speaker;
* a ">" blockquote marker right after an introducing colon (inline or opening the next line): the material from
  the marker to the paragraph's end, and the lines after it that open with ">" too.
"""
from __future__ import annotations

import bisect
import re

from .quoting import SPEECH_NOUNS, clause_end
from .text import Document, Region

#: Bodies whose "found" reports a finding (their verdict, not the writer's).
FINDERS = ("report|reports|investigation|investigations|inquiry|inquiries|audit|audits|review|reviews|"
           "inspector general|probe|probes|panel|jury|juries|court|courts|study|studies|commission|analysis")
_FOUND = re.compile(r"\b(?P<body>" + FINDERS + r")(?:\s+(?:that|which))?(?:\s+(?:also|later|ultimately|eventually|"
                    r"previously|recently|has|have|had|subsequently))*\s+(?P<verb>found|finds|find)\s+(?:that\s+)?")
#: Where a finding ends inside its clause: a comma before a conjunction or a clause of the writer's ("found waste,
#: and the mayor resigned"; not ", as well as ...", which goes on listing what was found), or a dash.
_FINDING_END = re.compile(r",\s*(?!as well as)(?:and|but|or|so|yet|while|when|although|though|because|after|before|"
                          r"since|as|whereas|which|who|prompting|leading)\b|\s--?\s|\u2014")
_NOT_OBJECT = frozenset("in on at among inside within by under".split())
#: Verbs of arguing or showing after a trailing ", as X".
SHOWING = ("argues|argued|has argued|shows|showed|has shown|notes|noted|has noted|illuminates|illuminated|writes|"
           "wrote|has written|explains|explained|observes|observed|points out|pointed out|documents|documented|"
           "demonstrates|demonstrated|contends|contended|puts it|put it|suggests|suggested|details|detailed|"
           "recounts|recounted|reports|reported|says|said")
#: Words of a trailing "as X" source at most.
AS_WORDS = 12
_AS = re.compile(r",\s+as\s+(?P<who>(?:[\w.'\u2019-]+\s+){1,12}?)(?P<verb>" + SHOWING + r")\b")
_EXPERTS = frozenset("critics scholars historians economists experts analysts researchers scientists".split())
_FINITE = ("VBD", "VBZ", "VBP", "MD")
#: Verbs of blaming (also in :data:`analysis.governing.LAMENTING`): their object ends at the next finite verb.
BLAMING = frozenset("blame blames blamed blaming".split())
_DASHED = re.compile(r"(?:\u2014|\u2013|\s--?\s)\s*(?:from|by|in|on|at|of|according)\s[^\u2014\u2013\n]{1,80}?"
                     r"\s*(?:\u2014|\u2013|--?)\s*"
                     r"(?P<that>that)\s+\w")
_NOUNS = SPEECH_NOUNS | frozenset("report reports account accounts rumor rumors rumour rumours story stories".split())
#: Verbs of saying whose "that," may open an insertion before the reported clause.
SAYING_THAT = ("said|says|say|argued|argues|claimed|claims|stated|wrote|writes|reported|insisted|added|noted|"
               "explained|testified|alleged|admitted|acknowledged|maintained|told \\w+|warned|believe|believes|"
               "believed|argue|claim")
_SAID_THAT = re.compile(r" that,\s(?P<inserted>[^,;.!?\n]{3,120}),\s")
_SAYING_BEFORE = re.compile(r"\b(?:" + SAYING_THAT + r")$")
_TO = re.compile(r"To (?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|(?:his|her|their|its|the) "
                 r"(?:critics|supporters|detractors|opponents|admirers|fans|foes|enemies|skeptics|sceptics|"
                 r"defenders|backers|loyalists|followers)),\s+(?:(?:it seems|it appears|apparently|evidently|"
                 r"clearly),\s+)?")
_JUDGING = frozenset("is are was were be been seems seem seemed looks look looked remains remain remained appears "
                     "appear appeared 's".split())
#: First words after an opening "To" that make an aside, not a holder ("To Date,", "To Be Sure,", "To Me,": the
#: writer's own).
_ASIDES = frozenset("be date that this these those sum wit recap conclude begin start put make say me us my our "
                    "some all each every no do get go be".split())
DENOUNCING = frozenset("rant rants tirade tirades diatribe diatribes screed screeds harangue harangues warning "
                       "warnings speech speeches polemic polemics".split())
_AGAINST = re.compile(r" against\s+")
_LAST_WORD = re.compile(r"([a-z]+)\s*$")
_FIND_WORD = re.compile(r" (?:found|finds|find) ")
_OBJECT_STOP = re.compile(r"\s(?:in|with|for|of|after|over|on|at|by|from|than|to|during|since|before)\s|[,;:(]")


def credited(doc: Document, breaks: list[int]) -> list[Region]:
    """Reported regions of the rules above (findings, ", as X argues", dashed nouns of saying, "said that,
    <insertion>,", "To X, ...", denunciations "against")."""
    norm, out = doc.norm, []
    for hit in _FIND_WORD.finditer(norm):  # a literal first; the body before it only then
        m = _FOUND.search(norm, max(0, hit.start() - 60), hit.end() + 6)
        if m is None or m.start("verb") != hit.start() + 1:
            continue
        begin = m.end()
        k = _token(doc, m.start("verb"))
        if k < 0 or k + 1 >= len(doc.tags) or doc.keys()[k + 1] in _NOT_OBJECT or doc.tags[k] == "VBN" and not \
                re.search(r"\b(?:has|have|had)\s+$", norm[m.start("body"):m.start("verb")]):
            continue  # "a report found in the archive": a participle
        stop = clause_end(doc, begin, doc.sentence_at(begin), breaks)
        cut = _FINDING_END.search(norm, begin, stop)
        out.append(Region(begin, cut.start() if cut else stop, "reported", m.group("body")))
    for m in _AS.finditer(norm) if ", as " in norm else ():
        out += _as_shown(doc, m)
    for m in _DASHED.finditer(norm) if "that" in norm else ():
        noun = _LAST_WORD.search(norm, max(0, m.start() - 30), m.start())
        if noun and noun.group(1) in _NOUNS:
            begin = m.start("that")
            out.append(Region(begin, clause_end(doc, begin, doc.sentence_at(begin), breaks), "reported", ""))
    for m in _SAID_THAT.finditer(norm) if "that," in norm else ():
        if not _SAYING_BEFORE.search(norm, max(0, m.start() - 25), m.start()):
            continue
        begin = m.start("inserted")
        stop = clause_end(doc, m.end(), doc.sentence_at(begin), breaks)
        out.append(Region(begin, stop, "reported", ""))
    for sentence in doc.sentences if "To " in norm else ():
        m = _TO.match(norm, sentence.start) if norm.startswith("To ", sentence.start) else None
        if m and _named_or_viewers(doc, m) and (stop := clause_end(doc, m.end(), sentence.index, breaks)) > m.end() \
                and _judges(doc, m.end(), stop):
            out.append(Region(m.end(), stop, "reported", m.group("who")))
    for m in _AGAINST.finditer(norm) if " against " in norm else ():
        noun = _LAST_WORD.search(norm, max(0, m.start() - 20), m.start())
        if noun and noun.group(1) in DENOUNCING:
            stop = clause_end(doc, m.end(), doc.sentence_at(m.end()), breaks)
            cut = _OBJECT_STOP.search(norm, m.end(), stop)
            out.append(Region(m.end(), cut.start() if cut else stop, "reported", ""))
    return out


def blamed_stop(doc: Document, first: int, stop: int) -> int:
    """``stop``, or the start of the first finite verb after word ``first`` before it: whom one blames ends where
    the sentence's own verb begins ("Parents who blame the councils have it wrong": "have it wrong" is the
    writer's)."""
    k = first
    while k < len(doc.tags) and doc.token_starts[k] < stop:
        if doc.tags[k] in _FINITE:
            return doc.token_starts[k]
        k += 1
    return stop


def _token(doc: Document, offset: int) -> int:
    """Index of the word that starts at ``offset``, or -1."""
    k = bisect.bisect_left(doc.token_starts, offset)
    return k if k < len(doc.token_starts) and doc.token_starts[k] == offset else -1


def _as_shown(doc: Document, m: re.Match) -> list[Region]:
    """The region of a trailing ", as X shows ..." (see the rules), or none."""
    who = m.group("who").split()
    if len(who) > AS_WORDS or not any(w[0].isupper() for w in who) and not _EXPERTS & {w.lower() for w in who}:
        return []
    sentence = doc.sentences[doc.sentence_at(m.start())]
    tail = doc.norm[m.end():sentence.end]
    if tail.strip(" .!?\"'\u201d)") and not re.match(r"\s+(?:in|on|at)\s", tail):
        return []  # ", as the mayor argues for the plan, ...": a clause follows
    first, last = _token(doc, m.start("who")), bisect.bisect_left(doc.token_starts, sentence.end)
    if first < 0 or any(doc.tags[i] in _FINITE for i in range(first, _token(doc, m.start("verb")))) \
            or any(doc.tags[i] in _FINITE for i in range(_token(doc, m.start("verb")) + 1, last)):
        return []  # a verb in the source ("as the mayor, who ran, ...") or in the tail
    if m.start() <= sentence.start:
        return []
    return [Region(sentence.start, m.start(), "reported", " ".join(who))]


def _named_or_viewers(doc: Document, m: re.Match) -> bool:
    """True when the holder after "To" is a name (capitalised words, no verb, not an aside's word: "To Be Sure,"
    "To Date,"), or people of a view."""
    if m.group("who")[0].islower():
        return True
    first = _token(doc, m.start("who"))
    last = bisect.bisect_left(doc.token_starts, m.end("who"))
    return first >= 0 and doc.keys()[first] not in _ASIDES and not any(doc.tags[i][:2] in ("VB", "MD", "PR", "DT")
                                                                        for i in range(first, last))


def _judges(doc: Document, begin: int, stop: int) -> bool:
    """True when the clause in ``[begin, stop)`` judges with a form of "be", "seem" or "look"."""
    first, last = bisect.bisect_left(doc.token_starts, begin), bisect.bisect_left(doc.token_starts, stop)
    return any(doc.keys()[i] in _JUDGING for i in range(first, last))


#: Capitalised words before a colon that label a line rather than name a speaker.
LABELS = frozenset("update updated note photo photos video watch listen read related source sources correction "
                   "editor editor's disclosure breaking exclusive analysis opinion click sign subscribe question "
                   "answer q a step part chapter day price date time where when who what why how bottom "
                   "warning caption credit image images more also see follow contact email share".split())
#: Words after a headline's colon at most.
HEADLINE_WORDS = 25
_NAME_LINE = re.compile(r"^(?:[^\n|]{0,60}\|\s*(?:Getty Images|Getty|AP|Reuters|AFP|EPA|Shutterstock|Bloomberg)\s+)?"
                        r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*):\s+(?P<claim>[^\n]+)$",
                        re.MULTILINE)
#: Verbs of a headline that reports someone's words after a topic ("Flu: City blasts the plan"): the line is the
#: writer's report, the word before the colon a topic, not a speaker.
_HEADLINE_SAYING = frozenset("says say said blasts blast blasted slams slam slammed rips rip ripped hits hit "
                             "warns warn warned calls call called urges urge urged attacks attack attacked "
                             "criticizes criticises criticized criticised accuses accused vows vowed announces "
                             "announced reports reported claims claimed denies denied tells told asks asked "
                             "defends defended praises praised mocks mocked".split())
_QUOTE_MARK = re.compile(r":\s*\n?\s*>\s*")


def reproduced(doc: Document) -> list[Region]:
    """Statement regions of a headline "NAME: claim" line and of a ">" blockquote after a colon."""
    norm, out = doc.norm, []
    for m in _NAME_LINE.finditer(norm) if ":" in norm else ():
        who, claim = m.group("who"), m.group("claim")
        if who.isupper() or any(w.lower().strip(".'\u2019") in LABELS for w in who.split()) \
                or len(claim.split()) > HEADLINE_WORDS or re.search(r"[.!?]\s+[A-Z]", claim):
            continue  # a transcript, a dateline or a label; a paragraph of sentences
        first, last = _token(doc, m.start("claim")), bisect.bisect_left(doc.token_starts, m.end("claim"))
        verb = next((i for i in range(max(first, 0), last) if doc.tags[i] in _FINITE), -1)
        if first >= 0 and verb >= 0 and not any(doc.keys()[i] in _HEADLINE_SAYING for i in range(first, verb + 1)):
            out.append(Region(m.start("claim"), m.end("claim"), "statement", who))
    for m in _QUOTE_MARK.finditer(norm) if ">" in norm else ():
        end = norm.find("\n", m.end())
        end = len(norm) if end < 0 else end
        while norm.startswith(">", end + 1):
            nxt = norm.find("\n", end + 1)
            end = len(norm) if nxt < 0 else nxt
        out.append(Region(m.end(), end, "statement", ""))
    return out
