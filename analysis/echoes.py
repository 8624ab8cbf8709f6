"""Others' words the writer echoes without a verb of saying governing a clause: a charge or outcry named with "of",
"in the words of X,", a line someone pushes, a participle of naming after a noun, a relative clause that names with an
adverb before its verb, and a quotation that the text's very first line closes with a single mark. Part of the voice
layer (:mod:`analysis.voice`, through :func:`analysis.hearsay.framings`); each rule is pinned both ways by a made-up
sentence in tests/text/test_voice_round20.py. Every rule reads the words first (a string search or one set lookup per
word); linear time in the article's length.

* a noun of outcry or charge with "of" (:data:`OUTCRY`: cries, howls, chants, charges, accusations, allegations,
  complaints; "charge" and "cry" only after a determiner, "accusation" and "allegation" after one or a possessive,
  "Lee's accusation of Kim being a liar", never "in charge of" nor "led the charge of"): the noun
  phrase after "of" is the
  charge others level, reported: "The cries of hypocrisy grew louder" ("hypocrisy"; "grew louder" stays the
  writer's), at most :data:`CHARGE_WORDS` words of a noun phrase, stopping at a verb, a preposition or punctuation;
* "in the words of X," (or "in the eyes/view/opinion of X,"), like "according to X,": the rest of its clause is X's
  ("In the words of the pastor, the mayor is a coward");
* pushing a line: a verb of pushing, peddling, advancing or floating, then a line, story or lie and "that"
  (:data:`PUSHING`, :data:`LINES`): the clause from "that" on is the pushers' claim ("allies are pushing a line that
  the probe is a witch hunt"). A "narrative" or "myth" with "that" is a noun of belief wherever it stands
  (:data:`analysis.governing.BELIEF_NOUNS`);
* a participle of naming right after a noun, no comma between (:data:`NAMING_ING`): "Her tweets calling the judge a
  hack went viral", "Smith calling Jones ignorant was the last straw" (from the object on, the noun's words), and
  of describing with "as" ("the senator's comments describing the press as corrupt": from "as" on); to the next
  finite verb or the clause's end. Not "calling for" or "calling on" (a demand, :mod:`analysis.clauses`);
* a relative clause that names, an adverb before its verb or none: "blogs that outright call the governor a liar",
  "a rival who brands him a fraud" (from the object on, to the next finite verb or the clause's end; spoken by the
  noun before the relative word);
* a quotation the text opens with and closes with a single mark, its opening mark lost (a headline quoting
  someone: "The dumbest plan ever': video shows ..."): from the text's start to the mark, when the mark follows a word
  or a full stop, a colon, a dash or the line's end follows it, and at most :data:`OPENING_QUOTE_WORDS` words stand
  before it with no other single mark that could open (an apostrophe inside a word, "Lee's", may stand).
  :func:`analysis.quoting.loose_quotes` reads double marks only, so a single mark there was missed;
* a reaction "struck by": after a form of "be", "struck by how ..." or "struck by the [words] nature/scale/extent
  ... of" (:data:`STRIKING`) names what struck the subject in the subject's view, reported from "by" on to the clause's
  end or the next finite verb: "Ms. Lee was struck by the gruesome nature of the attack". Not "struck by a car" or
  "was struck by lightning" (no noun of :data:`STRIKING`, no "how"); the subject stays the writer's;
* denying a charge with a gerund: "denied/denies/deny/denying (ever) being/making/holding ..." (a word in -ing
  right after the verb, :data:`_DENIED`): from the gerund to the clause's end or a comma, the charge denied is the accusers'
  words, reported ("The reckless senator denied being a racist": "racist"; "reckless" stays the writer's);
* page furniture scraped into the text: from a marker in capitals "MORE FROM ..." (or "MORE FROM THE EDITORIAL
  BOARD") to its paragraph's end lie the headlines of other pieces the site links to, in the headline voice
  (``subheading``): "MORE FROM OPINION The unfair tax on the port". The marker in capitals only: "more from the
  mayor's office" in a sentence is prose.
"""
from __future__ import annotations

import re

from .quoting import DETERMINERS, clause_end
from .text import Document, Region

#: Nouns of outcry or charge whose "of" phrase is the charge others level ("accusations of racism").
OUTCRY = frozenset("cries howls shouts chants charges accusations allegations complaints".split())
#: Singular forms, only after a determiner ("the charge of cronyism"; never "in charge of").
OUTCRY_ONE = frozenset("cry charge accusation allegation".split())
_OWNED = frozenset("accusation allegation".split())  # after a possessive too ("Lee's accusation of"; not "charge")
_LEADING = frozenset("lead leads led leading".split())
#: Most words of the charged noun phrase after "of".
CHARGE_WORDS = 6
_NP_TAGS = frozenset("DT JJ JJR JJS NN NNS NNP NNPS CC PRP$ POS VBG CD".split())
#: "In the words of X," (or the eyes, view or opinion of X): X names the source of the rest of the clause.
_WORDS_OF = re.compile(r"\b[Ii]n the (?:words|eyes|view|opinion) of (?P<who>[^,;:.!?\n]{2,60}?),\s+"
                       r"(?!(?:who|whom|whose|which|that)\b)")  # not a relative clause on X
#: Verbs of pushing a line and the lines pushed ("peddling the story that ...").
PUSHING = ("push|pushes|pushed|pushing|peddle|peddles|peddled|peddling|advance|advances|advanced|advancing|"
           "float|floats|floated|floating|spread|spreads|spreading|sell|sells|sold|selling")
LINES = "line|lines|story|stories|lie|lies|falsehood|narrative|narratives|myth|claim|claims|theory"
_PUSHING, _LINES = frozenset(PUSHING.split("|")), frozenset(LINES.split("|"))
_WORDS_OF_HINTS = ("ords of", "yes of", "iew of", "pinion of")  # the string searches before :data:`_WORDS_OF`
#: Participles of naming (the object and its label are the noun's words) and of describing (from "as" on).
NAMING_ING = frozenset("calling dubbing labeling labelling branding terming".split())
DESCRIBING_ING = frozenset("describing portraying painting characterizing characterising depicting casting".split())
_NOT_NAMING = frozenset("for on in out up off back to into upon attention".split())  # "called attention to"
#: Base and past forms of naming in a relative clause, an adverb before them or none ("blogs that outright call").
_NAMING_VERBS = frozenset("call calls called dub dubs dubbed brand brands branded label labels labeled labelled "
                          "term terms termed".split())
_RELATIVE = frozenset("that who which".split())
_TRIGGERS = OUTCRY | OUTCRY_ONE | NAMING_ING | DESCRIBING_ING | _NAMING_VERBS
_NOUNS = ("NN", "NNS", "NNP", "NNPS")
_FINITE = frozenset("VBD VBZ VBP MD".split())
#: Most words before the mark that closes a quotation the text opens with.
OPENING_QUOTE_WORDS = 25
_OPENING_QUOTE = re.compile(r"\s*(?P<q>(?:[^\n'\u2018\u2019\"\u201c\u201d]|(?<=\w)['\u2019](?=\w)){3,300}?"
                            r"[\w.!?])['\u2019](?=[ \t]*(?:[:\u2014\u2013]|--?\s|\n|$))")

#: Abstract nouns of what strikes an observer ("struck by the sheer scale of"): with them "struck by" is a reaction.
STRIKING = ("nature|scale|extent|depth|severity|brutality|cruelty|irony|absurdity|magnitude|tone|contrast|"
            "hypocrisy|callousness|arrogance|audacity|ferocity|savagery|intensity")
_STRUCK = re.compile(r"\b(?:is|are|was|were|be|been|being|am)\s+(?:[a-z]+\s+)?struck by\s+(?P<what>how\s|"
                     r"(?:the|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + STRIKING + r")\s+of\s)", re.I)
#: Denying with a gerund ("denied ever making racist remarks"): the gerund clause is the charge denied.
_DENIED = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:ever\s+)?(?P<what>[a-z]{2,}ing\b)(?!\s+(?:that|to)\b)", re.I)
#: A marker of linked pieces in capitals: "MORE FROM THE EDITORIAL BOARD", "MORE FROM OPINION".
_MORE_FROM = re.compile(r"\bMORE FROM(?: [A-Z][A-Z'\u2019&.-]*){1,6}\b")


def echoes(doc: Document, breaks: list[int]) -> list[Region]:
    """Reported regions of the rules above, and the quotation a text's first line closes (voice ``quote``)."""
    norm, keys, out = doc.norm, doc.keys(), []
    if any(w in norm for w in _WORDS_OF_HINTS):  # a string search first
        for m in _WORDS_OF.finditer(norm):
            begin = m.end()
            out.append(Region(begin, clause_end(doc, begin, doc.sentence_at(begin), breaks), "reported",
                              m.group("who")))
    out += _pushed(doc, breaks)
    for k in [k for k, key in enumerate(keys) if key in _TRIGGERS]:  # one set lookup a word
        sentence = doc.sentences[doc.sentence_at(doc.token_starts[k])]
        if k >= sentence.last_token - 1:
            continue
        key = keys[k]
        if key in OUTCRY or key in OUTCRY_ONE:
            out += _charged(doc, k, sentence)
        elif k > sentence.first_token and (key in NAMING_ING or key in DESCRIBING_ING or key in _NAMING_VERBS):
            out += _named(doc, k, sentence, breaks)
    for m in _STRUCK.finditer(norm) if "struck by" in norm else ():
        begin = m.start("what")
        out.append(Region(begin, clause_end(doc, begin, doc.sentence_at(begin), breaks), "reported", ""))
    for m in _DENIED.finditer(norm) if "den" in norm else ():
        begin = m.start("what")
        end = clause_end(doc, begin, doc.sentence_at(begin), breaks)
        comma = norm.find(",", begin, end)  # to the first comma at most: ", and the mayor resigned" is not denied
        out.append(Region(begin, end if comma < 0 else comma, "reported", ""))
    for m in _MORE_FROM.finditer(norm) if "MORE FROM" in norm else ():
        end = norm.find("\n", m.start())
        out.append(Region(m.start(), len(norm) if end < 0 else end, "subheading", ""))
    m = _OPENING_QUOTE.match(doc.text)
    if m and len(m.group("q").split()) <= OPENING_QUOTE_WORDS:
        out.append(Region(m.start("q"), m.end(), "quote", ""))
    return out


def _pushed(doc: Document, breaks: list[int]) -> list[Region]:
    """The clause after "that" of a line someone pushes (see the rules): each " that " found, the noun before it one
    of :data:`LINES`, a verb of :data:`PUSHING` at most four words before the noun."""
    norm, out, at = doc.norm, [], doc.norm.find(" that ")
    while at >= 0:
        before = norm[max(0, at - 80):at].lower().split()
        if before and before[-1] in _LINES and any(w in _PUSHING for w in before[-5:-1]):
            begin = at + 1
            out.append(Region(begin, clause_end(doc, begin, doc.sentence_at(begin), breaks), "reported", ""))
        at = norm.find(" that ", at + 6)
    return out


def _gap(doc: Document, k: int) -> str:
    """The characters between word ``k - 1`` and word ``k``."""
    return doc.norm[doc.token_ends[k - 1]:doc.token_starts[k]]


def _charged(doc: Document, k: int, sentence) -> list[Region]:
    """The noun phrase after "of" that a noun of outcry or charge ``k`` names, as a reported region."""
    keys, tags = doc.keys(), doc.tags
    if keys[k + 1] != "of" or keys[k] in OUTCRY_ONE and (k == 0 or keys[k - 1] not in DETERMINERS
                                                         and not (keys[k - 1].endswith("'s") and keys[k] in _OWNED)
                                                         or k > 1 and keys[k - 2] in _LEADING):
        return []  # "in charge of", "led the charge of": no charge levelled
    last, i = -1, k + 2
    while i < min(sentence.last_token, k + 2 + CHARGE_WORDS) and tags[i] in _NP_TAGS \
            and (i == k + 2 or not _gap(doc, i).strip()):
        last, i = i, i + 1
    while last > k + 2 and tags[last] in ("CC", "DT", "POS", "PRP$"):
        last -= 1  # "charges of fraud and": the phrase ends at its last content word
    return [Region(doc.token_starts[k + 2], doc.token_ends[last], "reported", "")] if last >= k + 2 else []


def _named(doc: Document, k: int, sentence, breaks: list[int]) -> list[Region]:
    """The label a participle of naming after a noun, or a relative clause's verb of naming with an adverb before
    it, gives (see the rules), as a reported region spoken by the noun."""
    keys, tags = doc.keys(), doc.tags
    if keys[k] in _NAMING_VERBS:  # "blogs that (outright) call ...": the relative word one or two words back
        verb = tags[k].startswith("VB")  # the tagger may read "brands" after "who" as a noun; not after "that"
        if keys[k - 1] in _RELATIVE and (verb or keys[k - 1] != "that"):
            at = k - 1
        elif verb and k >= sentence.first_token + 2 and keys[k - 2] in _RELATIVE and tags[k - 1] in ("RB", "JJ"):
            at = k - 2
        else:
            return []
        if any(_gap(doc, i).strip() for i in range(at + 1, k + 1)):
            return []
        who = at - 1
    elif tags[k - 1] in _NOUNS and not _gap(doc, k).strip():
        who = k - 1
    else:
        return []
    if keys[k + 1] in _NOT_NAMING or _gap(doc, k + 1).strip() or tags[k + 1] not in ("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ"):
        return []
    first = k + 1
    if keys[k] in DESCRIBING_ING:
        first = next((i for i in range(k + 2, min(sentence.last_token, k + 9)) if keys[i] == "as"), -1)
        if first < 0:
            return []
    begin = doc.token_starts[first]
    stop = clause_end(doc, begin, sentence.index, breaks)
    finite = next((i for i in range(first + 1, sentence.last_token) if tags[i] in _FINITE
                   and doc.token_starts[i] < stop), -1)
    stop = doc.token_starts[finite] if finite > 0 else stop
    speaker = doc.text[doc.token_starts[who]:doc.token_ends[who]] if who >= sentence.first_token else ""
    speaker = speaker[:-2] if speaker.endswith(("'s", "\u2019s")) else speaker
    return [Region(begin, stop, "reported", speaker)] if doc.norm[begin:stop].strip() else []
