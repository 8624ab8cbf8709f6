"""Someone else's words with no verb of their own in the clause: hearsay adverbs ("reportedly"), indirect
questions someone discusses ("were coy about whether ..."), and a report that runs on into the next
sentence. Part of the voice layer (:mod:`analysis.voice`, :mod:`analysis.clauses`); each rule is pinned by a
sentence in tests/text/test_voice_constructions.py. Linear time in the article's length.

* "reportedly", "allegedly": the clause is hearsay with no named source ("The minister reportedly ordered
  a brutal crackdown");
* an indirect question with "whether" after "about", "over" or "as to": "The owners were coy about whether
  they would sell the team" (not after a form of "be", not "shed light on whether");
* a report runs on into the next sentence of its paragraph when that sentence's first verb is a backshifted
  modal: "The new library, the mayor said, would ... But it would also cost ..." (:func:`continued`); not
  into a question or a new paragraph;
* the clause after an opening "In <a poll, survey, study, report ...>," is the document's finding ("In the
  latest poll, the senator led by five points"), unless the sentence has an attribution of its own
  (:func:`in_documents`);
* the noun a reported clause without a subject of its own hangs on: "-- spending the auditor said was
  reckless" (:func:`reported_heads`);
* a sentence with no attribution of its own between two reports of the same named source, the one before
  closed by it and the one after opened by it: "..., the audit said. No doubt the barbaric neglect went on for
  years. The audit recalls that ..." (:func:`between`; not between two of "he said", nor with the writer's
  first person in it);
* a reported clause that stops mid-sentence at the end of its line goes on over the next line when that
  line opens with an ellipsis, the way a quotation is set as a block: "The envoy wrote home, saying that the
  port had been" / "...looted by the most savage raiders" (:func:`run_on_lines`).
* a characterisation hyphenated into a modifier with a verb of portraying, "paint-X-as-Y": "the campaign pushed
  its paint-the-mayor-as-a-crook strategy" (:func:`framings`): from "as" to the compound's end it is whoever's
  strategy or message it is, not the writer's (no one named); the verb and its object stay the writer's words;
* "For X, that amounted to ...": the clause after an opening "For" and a name or a group of people and a comma,
  with "that", "this" or "it" and "amounted to" (or "represented", "counted as"), is X's view of the event
  ("For Smith, that amounted to a triumphant season"), not the writer's, up to the first preposition after it ("...
  a triumphant outcome in a gamble with the despotic junta": "in ..." on is the writer's telling); spoken by X
  (:func:`framings`; not "For years, ...", a time, nor "For the first time, ...", "For the economy, ...");
* a phrase right before a scripture citation in the middle of a sentence, a book of the Bible with chapter and
  verse in parentheses ("they forsook judgment and hated the good (Micah 3:2) and went their way"): the verse's
  words, woven in, from the clause's start (a comma, semicolon, colon, dash or an earlier citation) and at most
  :data:`VERSE_WORDS` words back; spoken by the book (:func:`framings`). A citation that ends its sentence is
  :func:`analysis.transcripts.cited_verses`' (a short one-clause sentence only: a longer one is the writer's
  argument with a proof text, and so is any clause before the verse's own: "Liars, that is what they are
  (Luke 6:45), and ..." keeps "Liars" the writer's).
"""
from __future__ import annotations

import bisect
import re

from .quoting import clause_end
from .speakers import FINITE, main_subject
from .text import Document, Region
from .transcripts import BIBLE_BOOKS, VERSE_WORDS
from .echoes import echoes
from .credited import credited, reproduced  # noqa: F401 (reproduced: read by analysis.voice)
from .viewpoints import views

#: First-person subjects: outside a quotation the writer's own view, which reports no one.
FIRST_PERSON = frozenset("i we".split())
BE = frozenset("is are was were be been being am 're 's".split())
#: Adverbs that make their clause hearsay with no named source ("The minister reportedly ordered ...").
HEARSAY = frozenset("reportedly allegedly purportedly reputedly".split())
#: Prepositions before an indirect question with "whether" that someone discusses ("were coy about whether
#: ...", "spar over whether ...", "speculation as to whether ..."); not "on" ("shed light on whether").
QUESTION_LINKS = frozenset("about over to".split())


_WHETHER = frozenset(["whether"])


def words_found(doc: Document, words: frozenset[str]) -> list[int]:
    """Indices of the words of ``words`` in ``doc`` (searched for in the text without their first letter, which
    may be a capital: a few string searches rather than a loop over every word)."""
    found, keys, norm = set(), doc.keys(), doc.norm
    for stem in {w[1:] for w in words}:
        at = norm.find(stem)
        while at >= 0:
            k = bisect.bisect_right(doc.token_starts, at) - 1
            if k >= 0 and keys[k] in words:
                found.add(k)
            at = norm.find(stem, at + len(stem))
    return sorted(found)


def hearsay(doc: Document, breaks: list[int]) -> list[Region]:
    """The clause around "reportedly" or "allegedly" (see :data:`HEARSAY`): reported, with no named source. The
    adverb itself is the writer's, as a reporting verb is: the writer chose to attribute."""
    out = []
    for k in words_found(doc, HEARSAY):
        sentence = doc.sentences[doc.sentence_at(doc.token_starts[k])]
        i = bisect.bisect_left(breaks, doc.token_starts[k]) - 1
        start = max(sentence.start, breaks[i] + 1) if i >= 0 else sentence.start
        end = clause_end(doc, doc.token_starts[k], sentence.index, breaks)
        out += [Region(start, doc.token_starts[k], "reported", ""), Region(doc.token_ends[k], end, "reported", "")]
    return [r for r in out if r.end > r.start]


def open_questions(doc: Document, breaks: list[int]) -> list[Region]:
    """Indirect questions with "whether" after "about", "over" or "as to" ("The owners were coy about
    whether they would ...", "much speculation as to whether ..."): a question someone discusses, which the
    writer does not assert; spoken by the subject of the clause when it has one. Not after a form of "be"
    ("the case is about whether ...": the writer's description)."""
    keys, out = doc.keys(), []
    for k in words_found(doc, _WHETHER):
        if k < 2 or keys[k] != "whether" or keys[k - 1] not in QUESTION_LINKS or keys[k - 2] in BE \
                or keys[k - 1] == "to" and keys[k - 2] != "as":
            continue
        sentence = doc.sentences[doc.sentence_at(doc.token_starts[k])]
        if k - 1 <= sentence.first_token:
            continue
        speaker = main_subject(doc, k - 1, sentence.first_token)[2]
        if speaker.lower() in FIRST_PERSON:
            continue
        begin = doc.token_starts[k]
        out.append(Region(begin, clause_end(doc, begin, sentence.index, breaks), "reported", speaker))
    return out


#: Modals of reported speech, backshifted ("he said it would ..."): a sentence after a report whose first
#: verb is one of these goes on reporting ("The library, he said, would ... But it would also ...").
BACKSHIFTED = frozenset("would could might should".split())


def continued(doc: Document, scopes: list) -> list[Region]:
    """Sentences that go on with the report before them (see :data:`BACKSHIFTED`): the sentence after one that
    ends with a named speaker's reported clause, in the same paragraph, with no attribution of its own, whose
    first verb within its first eight words is a backshifted modal; spoken by the same speaker. One sentence
    may lead to the next."""
    keys, tags, out = doc.keys(), doc.tags, []
    own = {s.verb.sentence for s in scopes}
    last = {}
    for s in scopes:
        if s.source_start >= 0 and s.speaker and not s.nested and s.end > s.start and s.verb.category != "judging":
            reach = max(s.end, s.source_end, s.verb.end)
            if not doc.norm[reach:doc.sentences[s.verb.sentence].end].strip(" .!?\"'"):
                last[s.verb.sentence] = s.speaker
    for i in range(1, len(doc.sentences)):
        speaker = last.get(i - 1)
        sentence = doc.sentences[i]
        if speaker is None or i in own or "\n" in doc.norm[doc.sentences[i - 1].end:sentence.start]:
            continue
        opening = range(sentence.first_token, min(sentence.last_token, sentence.first_token + 8))
        if not any(keys[k] in BACKSHIFTED for k in opening):
            continue  # the words first: the tags (which tag the sentence) only when a modal is there
        verbs = [k for k in opening if tags[k] in ("MD", "VBD", "VBZ", "VBP")]
        question = doc.norm[sentence.start:sentence.end].rstrip(" \"'").endswith("?")
        if verbs and keys[verbs[0]] in BACKSHIFTED and not question:
            out.append(Region(sentence.start, sentence.end, "reported", speaker))
            last[i] = speaker
    return out


#: Speakers that name no one by themselves: a sentence between two of their reports is not told from the writer's.
_PRONOUNS = frozenset("he she they it this that who which".split())
_WRITER = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def between(doc: Document, scopes: list) -> list[Region]:
    """A sentence with no attribution of its own between two reports of the same named source: the sentence
    before ends with the source ("..., the report said."), the sentence after opens with it ("The report
    recalls that ..."), the same words but for case; not a pronoun ("he said"), not a question, and no first
    person outside quotation marks in it (the writer's own aside). Spoken by that source."""
    norm, own, out = doc.norm, {s.verb.sentence for s in scopes}, []
    closing, opening = {}, {}
    for s in scopes:
        if s.source_start < 0 or not s.speaker or s.speaker.lower() in _PRONOUNS or s.nested:
            continue
        sentence = doc.sentences[s.verb.sentence]
        if not norm[max(s.source_end, s.verb.end):sentence.end].strip(" .!?\"'"):
            closing[s.verb.sentence] = s.speaker
        if not norm[sentence.start:s.source_start].strip(" \"'"):
            opening[s.verb.sentence] = s.speaker.lower()
    for i in range(1, len(doc.sentences) - 1):
        sentence = doc.sentences[i]
        text = norm[sentence.start:sentence.end]
        speaker = closing.get(i - 1, "")
        if i in own or not speaker or speaker.lower() != opening.get(i + 1) \
                or text.rstrip(" \"'").endswith("?") or _WRITER.search(re.sub(r'"[^"]*"', " ", text)):
            continue
        out.append(Region(sentence.start, sentence.end, "reported", speaker))
    return out


#: How a line that carries on a quotation set as a block opens: an ellipsis (three dots or the one character).
_ELLIPSIS = re.compile(r"[ \t]*(?:\.\.\.|\u2026)")


def run_on_lines(doc: Document, scopes: list) -> list[Region]:
    """The line after a reported clause that stops mid-sentence at the end of its line, when that line opens
    with an ellipsis: the convention of a quotation set as a block ("wrote to the Doge, saying that the city had
    been" / "...sacked by the most savage enemies"); the whole next line is the same speaker's. Not after a
    line that ends with a full stop, a colon or any other mark (a block after a colon is a statement)."""
    norm, out = doc.norm, []
    for s in scopes:
        if s.end <= s.start or not s.speaker:
            continue
        line_end = norm.find("\n", s.end)
        if line_end < 0 or norm[s.end:line_end].strip() or not norm[line_end - 1].isalnum():
            continue  # the clause does not reach the end of its line, or the line ends with a mark
        start = line_end + 1
        if _ELLIPSIS.match(norm, start) is None:
            continue
        stop = norm.find("\n", start)
        out.append(Region(start, len(norm) if stop < 0 else stop, "reported", s.speaker))
    return out


#: Documents whose findings the clause after "In the poll, ..." reports.
FINDINGS = frozenset("poll polls survey surveys study studies report reports analysis analyses complaint "
                     "lawsuit filing indictment ruling memo audit review".split())


def in_documents(doc: Document, scopes: list, breaks: list[int]) -> list[Region]:
    """The clause after an opening "In <a document of findings>, ..." ("In the latest survey, conducted in
    June, the mayor trailed among likely voters"), spoken by that document; not in a sentence with an
    attribution of its own ("In a report, the agency said ..." is the agency's, by its verb)."""
    keys, out = doc.keys(), []
    own = {s.verb.sentence for s in scopes}
    for sentence in doc.sentences:
        k = sentence.first_token
        if sentence.last_token - k < 4 or keys[k] != "in" or sentence.index in own:
            continue
        comma = doc.norm.find(",", doc.token_starts[k], sentence.end)
        if comma < 0:
            continue
        last = bisect.bisect_left(doc.token_starts, comma) - 1
        if last - k > 10 or keys[last] not in FINDINGS:
            continue
        start = doc.token_starts[k + 1]
        begin = comma + 1
        out.append(Region(begin, clause_end(doc, begin, sentence.index, breaks), "reported",
                          doc.text[start:doc.token_ends[last]]))
    return out


#: The finite verbs a subjectless reported clause opens with ("... the money officials say was wasted"): read as
#: words before any tag, so that a plain "X said the ..." tags nothing more.
_OPENING_VERBS = BE | BACKSHIFTED | frozenset("will can may must has have had".split())
_HEAD_TAGS = frozenset("NN NNS VBG JJ DT PRP$ CD".split())


def reported_heads(doc: Document, scopes: list) -> list[Region]:
    """The noun a reported clause is about when the clause has no subject of its own and hangs on it as a
    relative clause ("-- spending the auditor said was reckless", "the money officials say was wasted"): the
    reported clause starts with a form of "be" or "have" or a modal right after the verb of saying
    (:data:`_OPENING_VERBS`) and a noun stands right before the source phrase. The noun phrase is the subject of what was said; spoken by
    the same speaker."""
    tags, keys, out = doc.tags, doc.keys(), []
    for s in scopes:
        if s.source_start < 0 or s.nested or s.source_end > s.verb.start or s.end <= s.start:
            continue
        first = bisect.bisect_left(doc.token_starts, s.start)
        if first >= len(keys) or keys[first] not in _OPENING_VERBS:
            continue
        source = bisect.bisect_left(doc.token_starts, s.source_start)
        sentence = doc.sentences[s.verb.sentence]
        if first >= len(tags) or doc.norm[s.start:doc.token_starts[first]].strip() or tags[first] not in FINITE \
                or doc.token_starts[first] - s.verb.end > 2:
            continue
        speaker = s.speaker
        for j in range(source + 1, bisect.bisect_left(doc.token_starts, s.source_end)):
            if tags[j] in ("DT", "PRP$") and tags[j - 1] in ("NN", "NNS", "VBG"):
                source, speaker = j, doc.text[doc.token_starts[j]:s.source_end]  # "spending the auditor said"
                break
        head = source - 1
        if head < sentence.first_token or tags[head] not in ("NN", "NNS", "VBG") \
                or doc.norm[doc.token_ends[head]:doc.token_starts[source]].strip():
            continue
        i = head
        while i > sentence.first_token and tags[i - 1] in _HEAD_TAGS and head - i < 5 \
                and not doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]].strip():
            i -= 1
        out.append(Region(doc.token_starts[i], doc.token_ends[head], "reported", speaker))
    return out


#: A characterisation hyphenated into a modifier: a verb of portraying, its object, "as" and the label
#: ("paint-Trump-as-a-plutocrat"); the group from "as" on is reported.
_FRAMED = re.compile(r"\b(?:paint|portray|cast|brand|label|depict|frame|tar)(?:s|ed|ing)?-(?:[^\W_]+-){1,6}"
                     r"(?P<label>as-[^\W_]+(?:-[^\W_]+)*)", re.I)
#: "For <X>, that amounted to": X's view of the event. X opens with a capital (a name) or is a group of people.
_FOR_VIEW = re.compile(r"For (?P<who>(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})|(?:many|most|some|his|her|"
                       r"their) [a-z]+|him|her|them|supporters|critics|fans|voters), (?P<view>(?:that|this|it) "
                       r"(?:amounted|amounts|amount|represented|represents|counted|counts)(?: to| as)?\b)")
#: A preposition that ends the view's complement: what follows it is the writer's telling of the event.
_VIEW_END = re.compile(r"\s(?:in|with|for|of|against|after|over|on|at|by|from|than|to)\s")
#: Capitalised words after "For" that open a time or an aside, not a person's view.
_NOT_VIEWERS = frozenset("the a an now years example instance one this that these those once all".split())
#: A mid-sentence scripture citation with chapter and verse: "(Amos 5:15)", "(2 Corinthians 7:10; Romans 1:2)".
_VERSE = re.compile(r"\((?:[123]\s)?(?P<book>[A-Z][a-z]+)\.?\s\d{1,3}:\d{1,3}(?:\s?[-\u2013]\s?\d{1,3})?"
                    r"(?:[;,]\s?(?:[123]\s)?[A-Z][a-z]+\.?\s\d{1,3}:\d{1,3}(?:\s?[-\u2013]\s?\d{1,3})?)*\)")
_VERSE_START = re.compile(r"[,;:()\u2014\u2013]|\s--?\s")


def framings(doc: Document, breaks: list[int]) -> list[Region]:
    """Reported regions of a hyphenated "paint-X-as-Y", of the clause after "For X, that amounted to" and of the
    words a mid-sentence scripture citation gives (see the module's rules), and the views of
    :func:`analysis.viewpoints.views` ("a tyrant to some", "depending on who you ask", "For critics, ..."), of
    :func:`analysis.credited.credited` and of :func:`analysis.echoes.echoes` ("cries of hypocrisy", "in the words of
    X,", "tweets calling the judge a hack", a text-opening quotation closed by a single mark)."""
    norm, out = doc.norm, []
    for m in _FRAMED.finditer(norm) if "-as-" in norm or "-As-" in norm else ():  # a string search first
        out.append(Region(m.start("label"), m.end("label"), "reported", ""))
    verses = ":" in norm and "(" in norm
    for sentence in doc.sentences:
        m = _FOR_VIEW.match(norm, sentence.start) if norm.startswith("For ", sentence.start) else None
        if m and m.group("who").split()[0].lower() not in _NOT_VIEWERS:
            begin = m.start("view")
            stop = clause_end(doc, begin, sentence.index, breaks)
            cut = _VIEW_END.search(norm, m.end(), stop)  # "a triumphant outcome in his gamble with the despotic
            out.append(Region(begin, cut.start() if cut else stop, "reported", m.group("who")))  # leader": the view only
        out += _woven_verses(doc, sentence) if verses else []
    return out + views(doc, breaks) + credited(doc, breaks) + echoes(doc, breaks)


def _woven_verses(doc: Document, sentence) -> list[Region]:
    """The words before each scripture citation inside ``sentence`` that more words follow."""
    norm, out = doc.norm, []
    for m in _VERSE.finditer(norm, sentence.start, sentence.end):
        if m.group("book").lower() not in BIBLE_BOOKS or not re.search(r"\w", norm[m.end():sentence.end]):
            continue
        before = norm[sentence.start:m.start()]
        cuts = list(_VERSE_START.finditer(before))
        start = sentence.start + (cuts[-1].end() if cuts else 0)
        words = list(re.finditer(r"\S+", norm[start:m.start()]))[-VERSE_WORDS:]
        if words:
            out.append(Region(start + words[0].start(), m.start(), "reported", m.group("book")))
    return out
