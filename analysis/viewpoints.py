"""Views the writer assigns to others without a verb of saying in the clause, and the verbs of telling, describing,
deciding and presenting oneself that :mod:`analysis.clauses` reads with their help. Part of the voice layer
(:mod:`analysis.voice`); each rule is pinned both ways by a made-up sentence in tests/text/test_voice_round18.py.
Every rule reads the words first (a string search or one set lookup per word); linear time in the article's length.

* views held "to" someone: a characterisation right before "to some", "to others", "to many", "to critics", "to
  his supporters" (:data:`HOLDERS`) and a comma, a conjunction or the sentence's end is those people's view: "A
  tyrant to some and a saviour to others, the old general ..." ("A tyrant": some; "a saviour": others). The
  phrase runs back to the clause's start, a form of "be" or a conjunction, at most :data:`HELD_WORDS` words with
  no finite verb in it; not "a threat to some of the workers" (no end after the holders), nor "sold tickets to
  fans, who ..." (a verb in the phrase);
* descriptions "depending on who you ask" (or "whom you ask", "who is doing the describing", "your point of
  view"): the descriptions are others', no one named: the clause before "depending" back to its start, or,
  when the sentence opens with "Depending on ...,", the clause after the comma (:func:`views`);
* "For X, <clause>" opening a sentence with X people defined by a view (critics, supporters, detractors, fans,
  friends, foes, ...: :data:`VIEWERS`, with any words before the noun: "For our friends on the Left", "For the
  mayor's fiercest critics") or a bare "many", "some" or "others": the clause after the comma is their view ("For
  critics, the plan is a reckless giveaway"). Not a time or an aside ("For years, ...", "For the first time,
  ...", "For now, ..."), nor a named person or another group ("For Smith, the stakes are high", "For farmers,
  the drought is a disaster"): the writer's own assessment of where they stand, which the words cannot tell
  from their view ("For Smith, that amounted to ..." is :func:`analysis.hearsay.framings`');
* verbs of telling with an audience and "that" (:data:`TELLING`): "The letter informed the queen that the
  treaty was a treasonous fraud" (the clause after "that" is the subject's; "reminded", "warned", "alerted"
  only with a person, a group or a document as subject, :data:`REMINDING`: not "Events reminded voters that
  ..."; the audience, at most :data:`AUDIENCE_WORDS` words with no verb or punctuation, stays the writer's)
  (:func:`told_that`);
* verbs of describing with an object (:data:`LAYING`: details, describes, outlines, lists, lays out, spells out,
  recounts, chronicles): "The host details the mayor's inept response" (the object, to its first comma, is the
  subject's account); not a pronoun ("described it") nor "how to" (:func:`described_object`), and not from a
  demonstrative on ("outlines the frameworks of this tyrannical plantation": "this" points back to the writer's
  own naming), a word that opens a clause ("detailed the incidents where she claimed ...") or the subject's next
  verb ("detailed the plan and listed ...") (:func:`object_stop`);
* presenting oneself "as" (:data:`PRESENTING` and a reflexive pronoun, "out", "off" or "up" allowed): "had held
  himself out as a healer -- as a visionary who ..." (from "as" on, the subject's own claim, over a dash that
  repeats "as", to the subject's next verb or a preposition after the claim's head: :func:`coordinated_end`);
  not "established himself as", "proved herself as" (an achievement the writer states) (:func:`self_as`);
* deciding with a clause: "The board decided the ferry was a reckless waste" is a verb of believing with a
  clause ("decided that ..." is any verb with "that"), not "decided to" nor "decided the case" (no clause:
  :data:`DECIDING`). "At what point did we decide ...?" keeps the first person's wording the writer's.
"""
from __future__ import annotations

import bisect
import re

from .quoting import clause_end
from .text import Document, Region

#: Verbs of telling an audience, with "that" after it: what follows "that" is the subject's statement.
TELLING = frozenset("inform informs informed informing advise advises advised advising notify notifies notified "
                    "notifying assure assures assured assuring reassure reassures reassured reassuring remind "
                    "reminds reminded reminding warn warns warned warning caution cautions cautioned cautioning "
                    "alert alerts alerted alerting brief briefs briefed briefing tell tells told telling".split())
#: Verbs of telling that things do too ("The floods reminded voters that ...", "The signs warned drivers that ..."):
#: a statement only when their subject is a source (a person, a group, a document); the others ("informed",
#: "advised", "assured", ...) take a speaker as their subject ("The agency advised residents that ...").
REMINDING = frozenset("remind reminds reminded reminding warn warns warned warning caution cautions cautioned "
                      "cautioning alert alerts alerted alerting reassure reassures reassured reassuring".split())
#: Words in the audience of :data:`TELLING` at most (a noun phrase: "the monarch", "his fellow board members").
AUDIENCE_WORDS = 6
#: Verbs of describing with an object ("details the mayor's inept response"); "lay" and "spell" with "out".
LAYING = frozenset("detail details detailed detailing describe describes described describing outline outlines "
                   "outlined outlining recount recounts recounted recounting chronicle chronicles chronicled "
                   "chronicling list lists listed listing lay lays laid laying spell spells spelled spelt "
                   "spelling".split())
_OUT = frozenset("lay lays laid laying spell spells spelled spelt spelling".split())
#: Verbs of deciding: a verb of believing only with a clause of its own.
DECIDING = frozenset("decide decides decided deciding".split())
#: Verbs of presenting oneself, with a reflexive pronoun and "as" (see the rules).
PRESENTING = frozenset("hold holds held holding present presents presented presenting style styles styled styling "
                       "fashion fashions fashioned fashioning position positions positioned positioning market "
                       "markets marketed marketing sell sells sold selling pitch pitches pitched pitching promote "
                       "promotes promoted promoting advertise advertises advertised advertising project projects "
                       "projected projecting pass passes passed passing bill bills billed billing cast casts "
                       "casting tout touts touted touting portray portrays portrayed portraying paint paints "
                       "painted painting brand brands branded branding describe describes described describing "
                       "depict depicts depicted depicting".split())
REFLEXIVE = frozenset("himself herself itself themselves themself".split())
_PARTICLES = frozenset("out off up".split())
#: People named by their view of someone or something: "For critics, ...", "a crook to his critics".
VIEWERS = ("critics|supporters|detractors|opponents|admirers|fans|friends|foes|enemies|skeptics|sceptics|"
           "believers|defenders|backers|boosters|loyalists|followers|devotees|adversaries|cynics")
#: Who holds a view after "to": a bare "some", "others", "many", "most", or :data:`VIEWERS` with a possessive.
HOLDERS = re.compile(r" to (?P<who>some|others|many|most|(?:(?:his|her|their|its|the|some|many|most)\s+)?"
                     r"(?:[a-z]+\s+)?(?:" + VIEWERS + r"))(?=\s*(?:[,;:.!?)]|-|and\b|or\b|but\b|yet\b|$))")
#: Words of a held characterisation at most, back from "to" to the clause's start.
HELD_WORDS = 6
_BACK_STOPS = frozenset("and or but is are was were be been being am remains remained seems seemed "
                        "become became".split())
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_FOR = re.compile(r"For (?P<who>(?:many|some|others)|(?:[\w'\u2019]+\s+){0,3}(?:" + VIEWERS + r")"
                  r"(?:\s+(?:on|of|in)\s+(?:the\s+)?[\w'\u2019]+)?),\s")
_DEPENDING = re.compile(r"\b[Dd]epending (?:up)?on (?:who|whom|your|one's|one\u2019s|their) (?:you ask|one asks|"
                        r"is asked|is doing the \w+|you talk to|you listen to|is talking|is counting|is describing|"
                        r"point of view|perspective|politics|viewpoint)\b")


def views(doc: Document, breaks: list[int]) -> list[Region]:
    """Reported regions of views held "to" some, of descriptions "depending on who you ask" and of an opening
    "For critics, ..." (see the rules)."""
    norm, out = doc.norm, []
    for m in HOLDERS.finditer(norm):  # a literal first: the regex engine skips to each " to "
        begin = _held_start(doc, m.start() + 1)
        if begin >= 0:
            out.append(Region(begin, m.start() + 1, "reported", m.group("who")))
    for m in _DEPENDING.finditer(norm) if "epending" in norm else ():
        sentence = doc.sentences[doc.sentence_at(m.start())]
        if m.start() == sentence.start or not norm[sentence.start:m.start()].strip(" \"'("):
            comma = norm.find(",", m.end(), sentence.end)
            if comma > 0:
                out.append(Region(comma + 1, clause_end(doc, comma + 1, sentence.index, breaks), "reported", ""))
            continue
        prior = [b for b in breaks if sentence.start <= b < m.start()]
        begin = prior[-1] + 1 if prior else sentence.start
        out.append(Region(begin, m.start(), "reported", ""))
    for sentence in doc.sentences if "For " in norm else ():
        m = _FOR.match(norm, sentence.start) if norm.startswith("For ", sentence.start) else None
        if m and sentence.start + len(m.group()) < sentence.end:
            begin = m.end()
            out.append(Region(begin, clause_end(doc, begin, sentence.index, breaks), "reported", m.group("who")))
    return out


def _held_start(doc: Document, to: int) -> int:
    """Start of the characterisation before the "to" at offset ``to``: back to a clause mark, a conjunction or a
    form of "be", at most :data:`HELD_WORDS` words with no finite verb; -1 when there is none."""
    sentence = doc.sentences[doc.sentence_at(to)]
    keys, tags, starts = doc.keys(), doc.tags, doc.token_starts
    k = next((i for i in range(sentence.last_token - 1, sentence.first_token - 1, -1) if starts[i] < to), -1)
    first = k + 1
    while first > sentence.first_token and k - first < HELD_WORDS - 1:
        j = first - 1
        if keys[j] in _BACK_STOPS or re.search(r"[,;:(\"]|\s-", doc.norm[doc.token_ends[j]:starts[first]]):
            break
        first = j
    if first > k or k - first >= HELD_WORDS or any(tags[i][:2] in ("VB", "MD") and not (
            tags[i] == "VBN" and i > first and tags[i - 1] in ("DT", "JJ", "PRP$", "RB")) for i in range(first, k + 1)):
        return -1  # a verb in the phrase ("club sold tickets", "then transmitting it"); "a misunderstood hero" is none
    if first > sentence.first_token and keys[first - 1] not in _BACK_STOPS \
            and not re.search(r"[,;:(\"]|\s-", doc.norm[doc.token_ends[first - 1]:starts[first]]):
        return -1  # more than HELD_WORDS words back to the clause's start: not a short characterisation
    return starts[first]


_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "PRP")


def noun_tagged(doc: Document, k: int) -> bool:
    """True for a verb of describing the tagger reads as a plural noun after its subject and before its object
    ("The host details the mayor's inept response")."""
    tags = doc.tags
    return doc.keys()[k] in LAYING and 0 < k < len(tags) - 1 and tags[k] == "NNS" and tags[k - 1] in _NOUN_TAGS \
        and tags[k + 1] in ("DT", "PRP$")


def told_that(doc: Document, k: int, end: int) -> int:
    """Index of "that" after verb of telling ``k`` and its audience (see :data:`TELLING`), or -1. The words first:
    the tags (which tag the sentence) only when a "that" follows within reach."""
    keys = doc.keys()
    at = next((i for i in range(k + 2, min(end - 1, k + 2 + AUDIENCE_WORDS)) if keys[i] == "that"), -1)
    if at < 0:
        return -1
    tags = doc.tags
    if tags[at + 1] not in ("DT", "PRP", "NN", "NNS", "NNP", "NNPS", "CD", "EX", "PRP$") or any(
            tags[i][:2] in ("VB", "MD") or re.search(r"[,;:\"(]", doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]])
            for i in range(k + 1, at + 1)):
        return -1
    return at


#: Words that end a described object: a demonstrative (the writer's own earlier naming) and the words that open a
#: clause of the writer's inside it ("detailed the incidents where she claimed ...": "claimed" is the writer's verb).
_OBJECT_ENDS = frozenset("this these those that where when which who whom whose while because after before since "
                         "if".split())


def object_stop(doc: Document, first: int, stop: int) -> int:
    """``stop``, or where the object of a verb of describing that starts at word ``first`` ends before it: at a
    demonstrative ("outlines the frameworks of this tyrannical plantation" points back to the writer's own earlier
    naming, so from "this" on the words are the writer's), a word that opens a clause (:data:`_OBJECT_ENDS`) or the
    subject's next verb (:func:`coordinated_end`)."""
    keys, starts = doc.keys(), doc.token_starts
    k = first
    while k < len(keys) and starts[k] < stop:
        if keys[k] in _OBJECT_ENDS:
            return starts[k]
        k += 1
    return coordinated_end(doc, first - 1, stop, heads=False)


def described_object(doc: Document, k: int, end: int) -> int:
    """Index of the first word of the object of verb of describing ``k`` (after "out" for "lays out"), or -1:
    a noun phrase, not a pronoun, "how", "why" or "as"."""
    keys, tags = doc.keys(), doc.tags
    i = k + 2 if keys[k] in _OUT else k + 1
    if keys[k] in _OUT and (k + 1 >= end or keys[k + 1] != "out"):
        return -1
    if i >= end or keys[i] in ("it", "them", "this", "that", "these", "those", "how", "why", "what", "as", "to") \
            or tags[i] not in ("DT", "PDT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD"):
        return -1
    return i


def self_as(doc: Document, k: int, end: int) -> int:
    """Index of the "as" after verb of presenting ``k``, a reflexive pronoun and an optional particle, or -1."""
    keys = doc.keys()
    if k + 2 >= end or keys[k + 1] not in REFLEXIVE:
        return -1
    at = k + 3 if keys[k + 2] in _PARTICLES else k + 2
    return at if at < end and keys[at] == "as" else -1


def repeated_as(doc: Document, stop: int, sentence_end: int, breaks: list[int], index: int) -> int:
    """Where a complement of "as" ends when a dash at ``stop`` repeats it ("as a healer -- as a visionary"):
    the end of the repeated one; when a comma at ``stop`` falls inside its noun phrase, after a determiner and an
    adjective with no noun yet ("remembered him as an imperfect, but beloved man"): the next clause's end (round
    20); ``stop`` otherwise."""
    m = re.match(r"\s--?\s+as\b", doc.norm[stop:sentence_end])
    if m:
        return clause_end(doc, stop + m.end(), index, breaks)
    k = bisect.bisect_left(doc.token_starts, stop) - 1  # the last word before ``stop``
    if doc.norm.startswith(",", stop) and k > 0 and doc.tags[k] == "JJ" and doc.tags[k - 1] in ("DT", "RB"):
        return clause_end(doc, stop + 1, index, breaks)
    return stop


def coordinated_end(doc: Document, first: int, stop: int, heads: bool = True) -> int:
    """``stop``, or the offset of an "and", "or" or "but" before a finite verb between word ``first`` and it: a
    self-presentation's complement or a described object ends where its subject's next verb begins ("promotes
    itself as a home for fans and labels critics ...": "and labels critics" is the writer's telling; the tagger may
    call such a verb a plural noun, told by the object after it); with ``heads``, also at a preposition after the
    complement's head noun: the claim is the head ("billed itself as the greatest team in the history of ...": "in
    the history ..." is the writer's telling)."""
    keys, tags, starts = doc.keys(), doc.tags, doc.token_starts
    k = first + 1
    while k + 1 < len(keys) and starts[k + 1] < stop:
        if keys[k] in ("and", "or", "but") and (tags[k + 1] in _FINITE or tags[k + 1] == "NNS" and k + 2 < len(keys)
                                                and tags[k + 2] in ("NNS", "NN", "DT", "PRP$", "NNP", "NNPS")):
            return starts[k]  # "and labels critics": a verb the tagger calls a plural noun before its object
        if heads and k > first + 1 and tags[k] in ("IN", "TO") and keys[k] not in ("as", "that", "than") \
                and tags[k - 1] in ("NN", "NNS"):
            return starts[k]  # "as an advocacy group for ...": the claim is its head; the rest is the writer's telling
        k += 1
    return stop


#: Most words between "points to" and the "as" of its characterisation.
POINT_WORDS = 30
#: Idioms in "as a ..." that characterise nothing ("points to the mayor as a rule").
_AS_A_IDIOMS = frozenset("rule result whole matter consequence means way".split())


def pointed_as(doc: Document, k: int, end: int) -> int:
    """Index of the "as" in "points to X as Y" after the "to" ``k`` (see the rules), or -1."""
    keys, tags = doc.keys(), doc.tags
    for i in range(k + 2, min(end - 1, k + POINT_WORDS)):
        if tags[i] in ("VBD", "VBZ", "VBP", "MD"):
            return -1
        if keys[i] == "as" and keys[i - 1] != "such":
            return i if tags[i + 1] == "JJ" or keys[i + 1] in ("a", "an") and i + 2 < end \
                and keys[i + 2] not in _AS_A_IDIOMS else -1
    return -1
