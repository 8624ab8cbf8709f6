"""Reported clauses that a verb of naming, judging, seeing, believing, asking, promising, expressing or
knowing governs, found from part-of-speech tags: the ``reported`` regions the reporting-verbs lexicon alone
does not give. :mod:`analysis.voice` lists the rules of the whole layer; tests/text/test_voice_rules.py and
tests/text/test_voice_constructions.py pin each with a sentence a person read. The constructions here:

* a verb of naming, judging with "for" or "as" and accusing with "of" (the charge only, not its target:
  :mod:`analysis.judging`), seeing or portraying "as", believing,
  asking with a question word, promising with "to" (also the participle: "came in promising to drain the
  swamp", "vowing to crush ..."; not "is promising to be a hard year"), expressing an attitude: "Republicans called the bill a
  power grab", "The senator accused the agency of hiding ...", "Fans derided the new stadium as a vanity
  project", "is seen by many as a reckless gamble", "He believes the regime will fall";
* urging someone to act and proposing: "called on the governor to punish ...", "are urging the council to
  scrap ...", "has called for an end to ...", "proposed a harsh crackdown";
* speaking of or about, and citing or echoing with an object: "spoke of the shameful neglect of the harbour
  district", "echoed claims by his manager that ..."; lamenting, deploring or decrying with an object: "The
  bishop lamented the existence of heretical sects", "decried the savage reprisals", to the first comma (an
  apposition after it is the writer's: "decried the new forum, the only place where dissidents ..."; not a
  pronoun: "lamented it"; "decried the mayor as a crook" reports from "as" on, the object staying the writer's);
* knowing or finding with a clause of its own, and any verb with "that" and a subject: "documents show he
  took ...", "The Tax Foundation estimates that ..."; the tagger's noun after a subject counts as the verb
  ("residents also fear that ...", "emails from the club's finance office show the coach hid ...");
* making clear or plain, with "that" and a subject: "The league's charter has made it clear that rival clubs
  are a menace" (the subject's stated view; not "events have made it clear that ...", whose subject speaks
  for no one: the subject must be a person, a group or a document);
* describing or recounting how or why: "Smith described how the money was hidden by the treasurer";
* a verb of naming with "as" that the tagger reads as a plural noun ("The party labels its rivals as
  cranks"; not "party labels such as ..."), and one whose object has a relative clause set off by commas
  ("The party labels rivals, who oppose it on issues such as taxes, as cranks": from "as" on,
  :func:`analysis.judging.naming_as`);
* pointing "to" something "as" what it is called: "The abbess points to the long training of novices as absurd"
  (from "as" on, the abbess's; :func:`analysis.viewpoints.pointed_as`: an "as" within
  :data:`~analysis.viewpoints.POINT_WORDS` words with no finite verb before it, followed by an adjective or "a", "an"
  and a word; not "points to the dam as the river rises");
* a verb of judging as an infinitive the tagger calls a noun: "The senators used the hearing to attack the
  Democrats for their smear campaign" (from "for" on, the senators');
* an adjective of belief after "be" with a clause: "Many farmers are afraid that ...", "The coach was sure
  his team would crush the visitors" (not "it is certain that"); also after a third-person pronoun's
  contracted "be" and a negation, a doubt reported: "The auditor checked the books, and she's not sure that
  the clerk was honest" (:data:`_CONTRACTED`; not "it's", "that's", "there's", nor "I'm", the writer's own);
* a noun of saying or believing with its "that" clause: "a quiet admission that the bridge may collapse", "Smith's
  view is that ..." (the possessor speaks), a day between ("dismissed arguments Sunday that ..."); not a relative
  clause ("the claims that made him famous"); a noun of evidence negated within five words before it, a claim tested
  and not borne out: "The auditor was unable to find proof that the office acted in a biased manner" (no one named;
  not "found proof that ...", which the finder asserts);
* "reportedly", indirect questions and reports that run on into the next sentence: :mod:`analysis.hearsay`.

A first-person subject ("I think", "we believe") outside a quotation is the writer's own view and reports
nothing. The word classes that open each construction are in :mod:`analysis.governing`. One pass over the
words of each sentence, constant work per word: linear time in the article's length.
"""
from __future__ import annotations

import re

from .attribution import PARTICIPLES, Scope, overlapping
from .charges import TRIGGERS as CHARGES, charge_at
from .governing import (ASKING, ATTITUDES, BELIEF_ADJECTIVES, BELIEF_NOUNS, BELIEVING, CITING, CLEAR,
                        CONSIDERING, EVIDENCE, NEGATING, DESCRIBING, EXPRESSING, FOR_PROPOSING, INTENDING,
                        KNOWING, LAMENTING, MADE, NAMING, OBJECT_TAGS, POINTING, PROMISING, PROPOSING, QUESTION_WORDS,
                        REMEMBERING, SEEING, SPEAKING_OF, TAKING_ON, URGING)
from .hearsay import BE, FIRST_PERSON, hearsay, open_questions
from .judging import (ACCUSING, APOLOGISING, JUDGING, PHRASAL, PRAISING_AS, as_at, charge_first, judge_speaker,
                      naming_as, phrasal_at)
from .credited import BLAMING, blamed_stop
from .quoting import DETERMINERS, SPEECH_NOUNS, clause_end
from .speakers import kind as kind_of, main_subject, source as source_of
from .text import Document, Region, Span
from .viewpoints import (DECIDING, LAYING, PRESENTING, REFLEXIVE, REMINDING, TELLING, coordinated_end, described_object,
                    noun_tagged, object_stop, pointed_as, repeated_as, self_as, told_that)


#: Verbs of judging whose infinitive after "to" the tagger may call a noun ("to attack the board for ...");
#: "blame" is left to the tagger ("who is to blame for ...").
_TO_JUDGE = JUDGING - {"blame"}


def _verb_at(doc: Document, k: int) -> bool:
    """True when word ``k`` is used as a verb: tagged so (or a noun the tagger gives to a verb after its
    subject: "Jones fears", "residents also fear that ..."), not after a determiner, and, unless it is a
    participle in -ing ("after calling it"), not after a preposition or adjective ("reneging on promises")."""
    tags = doc.tags
    if k > 0 and tags[k] == "NNS" and tags[k - 1] in ("NNP", "NNPS", "PRP"):
        return True
    if tags[k] in ("NN", "NNS") and _noun_tagged_verb(doc, k):
        return True
    if k > 0 and tags[k] in ("NN", "VB") and doc.keys()[k - 1] == "to" and doc.keys()[k] in _TO_JUDGE:
        return True  # "used the hearing to attack the Democrats for ...": an infinitive the tagger calls a noun
    if not tags[k].startswith("VB") or k > 0 and doc.keys()[k - 1] in DETERMINERS:
        return False
    if tags[k] == "VBN" and k > 1 and doc.keys()[k - 2] in ("have", "has", "had"):
        return True  # "have long regarded it as ...": an adverb the tagger calls an adjective
    return tags[k] == "VBG" or k == 0 or tags[k - 1] not in ("IN", "DT", "PRP$", "POS", "JJ")


def _noun_tagged_verb(doc: Document, k: int) -> bool:
    """A verb of believing or knowing the tagger reads as a noun after its subject: "that" and a subject
    follow and a noun or pronoun stands before it (adverbs skipped: "residents also fear that ..."), or a clause
    follows and a plural noun heads the words before it ("emails from the club's finance office show the
    coach hid ..."; not "the talk show he hosted")."""
    keys, tags = doc.keys(), doc.tags
    j = k - 1
    while j >= 0 and tags[j] == "RB" and k - j < 3:
        j -= 1
    if j < 0 or keys[j] in DETERMINERS or tags[j] not in ("NN", "NNS", "NNP", "NNPS", "PRP"):
        return False
    if k + 2 < len(keys) and keys[k + 1] == "that" and (tags[k + 2] in _SUBJECT_TAGS or tags[k + 2] == "VBG"):
        return True
    plural = False
    for i in range(j, max(-1, j - 8), -1):
        if tags[i] in ("NNS", "NNPS"):
            plural = True
        elif tags[i] not in ("NN", "NNP", "IN", "CD", "PRP$", "JJ", "DT", "POS", "VBN"):
            break
    return plural and k + 1 < len(keys) and keys[k] in KNOWING | BELIEVING


def _to_verb_after(doc: Document, k: int, end: int) -> bool:
    """True when "to" and a verb follow word ``k`` within six words ("urged Congress to act"; the tagger may
    call the verb a noun: "to scrap the plan", but not after a determiner: "to the plan")."""
    keys, tags = doc.keys(), doc.tags
    return any(keys[i] == "to" and (tags[i + 1] == "VB" or tags[i + 1] == "NN" and keys[i + 2] in DETERMINERS)
               for i in range(k + 1, min(end - 2, k + 7)))


def _governs(doc: Document, k: int, end: int) -> int:
    """Index of the first word of what verb ``k`` governs by its kind, or -1 when it governs nothing here."""
    keys = doc.keys()
    key, nxt = keys[k], keys[k + 1] if k + 1 < end else ""
    if key in FOR_PROPOSING and nxt == "for" or key in CALLS and nxt == "on" and _to_verb_after(doc, k, end):
        return k + 2  # "has called for the repeal of ...", "called on Obama to retaliate"
    if key in URGING and nxt not in ("for", "about", "whether", "if", "how", "why", "what") \
            and _to_verb_after(doc, k, end):
        return k + 1
    if key in PROPOSING:
        return k + 1 if nxt and nxt not in ("to", "for", "by", "in", "on") else -1
    if key in PHRASAL and phrasal_at(keys, k):  # "lashed out at the mayor for ...", "called out X for ..."
        return charge_first(doc, k, end)
    if key in NAMING and "," in doc.norm[doc.token_starts[k]:doc.token_starts[min(end - 1, k + 3)]] \
            and (at := naming_as(doc, k, end)) > 0:
        return at  # "labels rivals, who ..., as cranks": the label after the relative clause
    if key in POINTING and nxt == "to":
        return pointed_as(doc, k + 1, end)
    if key in NAMING or key in CONSIDERING:
        return k + 1 if nxt and nxt not in ("for", "on", "off", "up", "in", "out", "to", "back", "such") else -1
    if key in LAMENTING:  # "decried the savage reprisals"; "decried the mayor as a crook": from "as" on
        at = charge_first(doc, k, end) if key in JUDGING else -1
        return at if at >= 0 else k + 1 if nxt and doc.tags[k + 1] in OBJECT_TAGS - {"PRP"} \
            and nxt not in ("that", "this", "these", "those") else -1
    if key in JUDGING or key in ACCUSING or key in APOLOGISING:
        return charge_first(doc, k, end)
    if key in DESCRIBING and nxt in ("how", "why") and k + 2 < end and doc.tags[k + 2] not in ("TO", "VB"):
        return k + 1  # "described how the abuse was hidden"; not "detailed how to apply"
    if key in TELLING or key in PRESENTING and nxt in REFLEXIVE or key in DECIDING:  # analysis.viewpoints
        return told_that(doc, k, end) if key in TELLING else self_as(doc, k, end) if key in PRESENTING \
            else k + 1 if _bare_clause(doc, k, end) else -1
    if key in LAYING and as_at(keys, k, end) < 0:  # "details the mayor's inept response": the object
        return described_object(doc, k, end)
    if key == "known" and (nxt != "as" or not any(keys[j] in BE for j in range(max(0, k - 3), k))):
        return -1  # a reputation only after "is": "Burma, also known as Myanmar" gives a name
    if key in REMEMBERING and any(keys[j] in BE for j in range(max(0, k - 3), k)) and "by" not in keys[k:end]:
        return -1  # "he will be remembered as a fool": the writer's forecast ("... as a hero by his family": theirs)
    if key in SEEING or key in CITING and nxt == "as":  # "has been mentioned as a potential successor"
        at = as_at(keys, k, end)  # what one sees as something is part of the view ("sees the deal as ...")
        return at if key in PRAISING_AS or at < 0 else k + 1
    if key in SPEAKING_OF:
        return k + 2 if nxt in ("of", "about") and k + 2 < end and (
            keys[k + 2] in QUESTION_WORDS or doc.tags[k + 2] in OBJECT_TAGS) else -1  # "spoke of how ..."
    if key in CITING:
        return k + 1 if nxt and doc.tags[k + 1] in OBJECT_TAGS and nxt not in ("it", "that", "this") else -1
    if key in INTENDING and nxt == "to":
        tags = doc.tags  # "agreed to clean up the mines": a verb the tagger calls an adjective before a particle
        return k + 1 if k + 3 < end and (tags[k + 2] == "VB" or tags[k + 2] == "JJ" and tags[k + 3] in ("IN", "RP")) \
            else -1
    if key in BELIEVING:
        if key in TAKING_ON and nxt != "that" and not _bare_clause(doc, k, end):
            return -1  # "would assume the obligations": taking on, not believing
        return k + 1 if nxt and nxt not in ("in", "to", "for", "so", "about", "of") else -1
    if key in ASKING:
        return k + 1 if nxt in QUESTION_WORDS else -1
    if key in PROMISING or key in PROMISING_ING:  # not "is promising to be a hard year": a prospect, no promise
        return k + 1 if nxt == "to" and (key in PROMISING or k + 2 < end and keys[k + 2] not in ("be", "become")) else -1
    if key in PARTICIPLES:  # ", adding he would ...": the subject is the clause's (see judged)
        return k + 1 if nxt and nxt not in ("to", "for", "about", "on", "in", "of", "up", "out", "goodbye") else -1
    if key in EXPRESSING:
        return k + 1 if nxt in ATTITUDES or k + 2 < end and keys[k + 2] in ATTITUDES else -1
    return -1


def _bare_clause(doc: Document, k: int, end: int) -> bool:
    """True for a verb of knowing or finding followed by a clause without "that": a subject word, then a
    finite verb or modal within the next four words, with no punctuation between ("documents show he took",
    "found Trump would"; not "knows it," he said)."""
    tags = doc.tags
    if k + 2 >= end or tags[k + 1] not in _SUBJECT_TAGS or tags[k + 1] == "JJ":
        return False
    for i in range(k + 2, min(end, k + 6)):
        if any(c in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]] for c in ",;:\"()"):
            return False  # "knows it,” he said": the clause ends at the punctuation
        if tags[i] in ("MD", "VBD", "VBZ", "VBP"):
            return True
    return False


CALLS = frozenset("call calls called calling".split())
#: Participles of promising with "to" ("came in promising to drain the swamp", "vowing to crush the revolt"): the
#: promise's words are the promiser's, as after "vowed to".
PROMISING_ING = frozenset("promising vowing pledging threatening swearing".split())
_KINDS = NAMING | CONSIDERING | JUDGING | APOLOGISING | frozenset(PHRASAL) | ACCUSING | SEEING | BELIEVING \
    | ASKING | DESCRIBING | PROMISING | PROMISING_ING | EXPRESSING | INTENDING | PARTICIPLES | URGING | PROPOSING | FOR_PROPOSING \
    | SPEAKING_OF | CITING | LAMENTING | POINTING | TELLING | LAYING | PRESENTING | DECIDING
#: Verbs whose "that" clause is no one's content ("this means that ...", "make sure that ...").
NOT_CLAUSAL = frozenset("is are was were be been being has have had do does did make makes made ensure ensures "
                        "ensured mean means meant so such now given provided except seem seems seemed".split())
#: Tags of a word that opens a "that" clause: a subject ("that the plan", "that it", "that there").
_SUBJECT_TAGS = ("DT", "PRP", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "EX", "PRP$", "PDT")


def _clausal(doc: Document, k: int, end: int) -> bool:
    """True for a verb followed by "that" and a subject: the clause of a verb of finding, estimating or knowing
    ("The Tax Foundation estimates that it would ..."); the tagger's plural noun counts as a verb after a
    noun ("estimates", "notes")."""
    keys, tags = doc.keys(), doc.tags
    if k + 2 >= end or keys[k + 1] != "that" or keys[k] in NOT_CLAUSAL or tags[k + 2] not in _SUBJECT_TAGS:
        return False
    return tags[k].startswith("VB") or tags[k] == "NNS" and k > 0 and tags[k - 1] in ("NN", "NNP", "NNPS", "NNS")


def _made_clear(doc: Document, k: int, end: int) -> int:
    """Index of the form of "make" in "made (it) clear that" + a subject, for "clear"/"plain" at ``k``, or -1."""
    keys, tags = doc.keys(), doc.tags
    j = k - 2 if k > 1 and keys[k - 1] == "it" else k - 1
    if j < 1 or keys[j] not in MADE or k + 2 >= end or keys[k + 1] != "that" or tags[k + 2] not in _SUBJECT_TAGS:
        return -1
    return j if keys[j - 1] not in ("was", "were", "is", "are", "been", "be") else -1  # "it was made clear"


#: A third-person pronoun with its contracted "be", one token to the tagger ("she's not sure that ..."): the
#: pronoun's referent holds the belief; "it's", "that's", "there's" hold none, "I'm" is the writer.
_CONTRACTED = frozenset("he's she's they're".split())


def _believing_adjective(doc: Document, k: int, end: int) -> int:
    """Index of the form of "be" before a :data:`BELIEF_ADJECTIVES` word ``k`` that a clause follows ("are
    afraid that ...", "was sure Trump would ..."; adverbs between: "is increasingly convinced that"), or -1."""
    keys, tags = doc.keys(), doc.tags
    if keys[k] not in BELIEF_ADJECTIVES or k + 2 >= end or "," in doc.norm[doc.token_ends[k]:doc.token_starts[k + 1]]:
        return -1  # "To be sure, the delay ...": an aside, no belief held
    j = k - 1
    while j >= 0 and tags[j] == "RB" and k - j < 3:
        j -= 1
    if j < 0 or keys[j] not in _CONTRACTED and (j < 1 or keys[j] not in BE or keys[j - 1] == "it"):
        return -1
    clause = keys[k + 1] == "that" and tags[k + 2] in _SUBJECT_TAGS or _bare_clause(doc, k, end)
    return j if clause else -1


#: Prepositions of a short phrase between a noun of saying and its "that" clause ("a report from last week
#: that the dam may fail", "warnings by engineers that ..."); not "of" ("fears of a war that the army lost").
_NOUN_LINKS = frozenset("from by in on at over during last earlier this".split())
#: Words between a noun of saying and its "that": "Smith's view is that", "dismissed arguments Sunday that".
_IS_OR_DAY = frozenset("is was today yesterday monday tuesday wednesday thursday friday saturday sunday".split())


def _that_after_phrase(doc: Document, k: int, end: int) -> int:
    """Index of "that" after noun ``k`` and a phrase of at most five words opened by :data:`_NOUN_LINKS`
    with no punctuation or verb in it, or -1."""
    keys = doc.keys()
    if keys[k + 1] not in _NOUN_LINKS:
        return -1
    for i in range(k + 2, min(end - 1, k + 7)):
        if any(c in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]] for c in ",;:()\""):
            return -1
        if keys[i] == "that":
            return i if not any(doc.tags[j].startswith(("VB", "MD")) for j in range(k + 1, i)) else -1
    return -1


def _noun_clause(doc: Document, k: int, end: int) -> tuple[int, str] | None:
    """``(index of "that", possessor)`` for a noun of saying or believing with its "that" clause: "his claim
    that ...", "a quiet admission that ...", or "Smith's view is that ..." (the possessor is then the
    speaker); None otherwise."""
    keys, tags = doc.keys(), doc.tags
    if keys[k] not in SPEECH_NOUNS and keys[k] not in BELIEF_NOUNS and not (
            keys[k] in EVIDENCE and any(w in NEGATING for w in keys[max(0, k - 5):k])):
        return None  # "found no proof that ...": the claim tested, not borne out
    at = k + 1 if keys[k + 1] == "that" else k + 2 if k + 2 < end and keys[k + 1] in _IS_OR_DAY \
        and keys[k + 2] == "that" else _that_after_phrase(doc, k, end)
    if at < 0 or at + 2 >= end or not tags[k].startswith("NN"):
        return None  # the words first, the tags (which tag the sentence) only then
    if tags[at + 1] not in _SUBJECT_TAGS and not (tags[at + 1] == "RB" and tags[at + 2] in _SUBJECT_TAGS):
        return None  # "that nearly $1 billion ...": an adverb may open the clause's subject
    if at == k + 1 or k == 0:
        return at, ""
    owner = doc.text[doc.token_starts[k - 1]:doc.token_ends[k - 1]]
    return at, owner[:-2] if owner.endswith(("'s", "\u2019s")) else owner if tags[k - 1] == "PRP$" else ""


def _first_governed(doc: Document, k: int, end: int) -> tuple[int, int]:
    """``(first word governed, word whose subject speaks)`` for word ``k``, or ``(-1, k)``."""
    keys = doc.keys()
    if keys[k + 1] == "that" and _clausal(doc, k, end):
        return k + 1, k
    made = _made_clear(doc, k, end) if keys[k] in CLEAR else -1
    if made >= 0:
        return k + 1, made
    if keys[k] in KNOWING and _verb_at(doc, k) and _bare_clause(doc, k, end):
        return k + 1, k
    be = _believing_adjective(doc, k, end) if keys[k] in BELIEF_ADJECTIVES else -1
    if be >= 0:
        return k + 1, be
    if keys[k] not in _KINDS:
        return -1, k
    if keys[k] in NAMING and doc.tags[k] == "NNS" and (at := naming_as(doc, k, end)) > 0:
        return at, k  # "The party labels its rivals as cranks": a verb the tagger reads as a plural noun
    first = _governs(doc, k, end)  # mostly the words: the tags only when the words fit
    pointing = keys[k] in POINTING and k > 0 and doc.tags[k - 1] in ("NN", "NNS", "NNP", "NNPS", "PRP")
    promise = keys[k] in PROMISING_ING and k + 2 < end and doc.tags[k + 2] in ("VB", "NN", "VBP")  # a participle
    return (first, k) if first >= 0 and (_verb_at(doc, k) or pointing or promise or noun_tagged(doc, k)) else (-1, k)  # the tagger calls JJ


#: Verbs whose region is an object: it ends at a comma that opens an adverbial clause ("pushing for a longer
#: season, when the league ..."), not at the commas of a list or a relative clause ("called for tax
#: cuts, new tariffs and a wall", "..., which benefits ...").
_OBJECTS = PROPOSING | FOR_PROPOSING | CITING | SPEAKING_OF | URGING | ACCUSING | LAMENTING | LAYING
_OBJECT_ENDS = re.compile(r",\s*(?:when|while|as|because|although|though|after|before|since|if|unless|whereas|"
                          r"even|despite)\b", re.IGNORECASE)


def _object_end(doc: Document, begin: int, stop: int) -> int:
    """Where an object that starts at ``begin`` ends, at ``stop`` at the latest (see :data:`_OBJECTS`)."""
    found = _OBJECT_ENDS.search(doc.norm, begin, stop)
    return found.start() if found else stop


_NOUNS = SPEECH_NOUNS | BELIEF_NOUNS | EVIDENCE
#: Every word that may start one of the constructions (any word before "that" may too).
_TRIGGERS = _KINDS | DESCRIBING | KNOWING | BELIEF_ADJECTIVES | SPEECH_NOUNS | BELIEF_NOUNS | CHARGES


def judged(doc: Document, breaks: list[int], verbs: list[Span], lexical: list[Span]) -> tuple[list, list]:
    """Attributions of verbs of naming, judging, seeing, believing, asking, promising, urging and proposing,
    of adjectives of belief and of verbs with a "that" clause (see the rules): the region runs from what the
    verb governs to the end of its clause and is spoken by the verb's subject. Returns ``(scopes, regions)``:
    new attributions, and the regions of verbs the reporting-verbs lexicon already counts ("described ...
    as") and of nouns of saying, which add a region but no attribution."""
    keys, out = doc.keys(), []
    regions = hearsay(doc, breaks) + open_questions(doc, breaks)
    taken = {v.start for v in verbs}
    lex_starts = [x.start for x in lexical]
    for sentence in doc.sentences:
        for k in range(sentence.first_token, sentence.last_token - 1):
            if keys[k] not in _TRIGGERS and keys[k + 1] != "that":
                continue  # most words start nothing: one set lookup
            charge = charge_at(doc, k, sentence, breaks) if keys[k] in CHARGES else None
            if charge is not None:  # "taking heat for ...", "calls to ...": analysis.charges
                regions.append(charge)
            noun = _noun_clause(doc, k, sentence.last_token) if keys[k] in _NOUNS else None
            if noun is not None:  # "his claim that people would ...": the claim's content
                begin = doc.token_starts[noun[0]]
                regions.append(Region(begin, clause_end(doc, begin, sentence.index, breaks), "reported", noun[1]))
                continue
            first, head = _first_governed(doc, k, sentence.last_token)
            if first < 0 or first >= sentence.last_token:
                continue
            verb = doc.span(doc.token_starts[k], doc.token_ends[k], "reporting_verbs", "judging", keys[k])
            start, end, speaker = source_of(doc, verb if head == k else doc.span(
                doc.token_starts[head], doc.token_ends[head], "reporting_verbs", "judging", keys[head]))
            if keys[k] in PROMISING_ING and start < 0 and k > sentence.first_token:  # "came in promising to ..."
                start, end, speaker = main_subject(doc, k, sentence.first_token)
            if keys[k] in PARTICIPLES and first == k + 1 or doc.tags[k] == "VBG" and k > sentence.first_token \
                    and "," in doc.norm[doc.token_ends[k - 1]:doc.token_starts[k]]:
                if k == sentence.first_token or "," not in doc.norm[doc.token_ends[k - 1]:doc.token_starts[k]]:
                    continue  # only a participle after a comma hangs on the clause before it
                start, end, speaker = main_subject(doc, k, sentence.first_token)
            if speaker.lower() in FIRST_PERSON or start < 0 and head > sentence.first_token \
                    and keys[head - 1] in FIRST_PERSON:
                continue  # "I think ...": the writer's own view
            begin = doc.token_starts[first]
            start, end, speaker = judge_speaker(doc, k, begin, (start, end, speaker))
            kind = kind_of(doc, start, end, speaker, overlapping(lexical, lex_starts, start, end)) \
                if start >= 0 else "unclear"
            if (keys[k] in CLEAR or keys[k] in REMINDING) and kind == "unclear":
                continue  # "The floods have made it clear that ...": no one's stated view
            stop = clause_end(doc, begin, sentence.index, breaks)
            if keys[k] in _OBJECTS and (keys[k] not in NAMING or keys[k + 1] in ("for", "on")):
                stop = _object_end(doc, begin, stop)
            stop = repeated_as(doc, stop, sentence.end, breaks, sentence.index) if keys[first] == "as" else stop
            stop = coordinated_end(doc, first, stop) if keys[k] in PRESENTING and keys[k + 1] in REFLEXIVE else stop
            stop = blamed_stop(doc, first, stop) if keys[k] in BLAMING and first == k + 1 else stop
            laid = keys[k] in LAYING and as_at(keys, k, sentence.last_token) < 0  # an object, no "as"
            stop = object_stop(doc, first, stop) if laid else stop
            if (keys[k] in LAMENTING and first == k + 1 or laid and first <= k + 2) and "," in doc.norm[begin:stop]:
                stop = doc.norm.index(",", begin, stop)  # "decrying the influence of X, the only place ...": the
                # apposition after the comma is the writer's own
            scope = Scope(verb, start, end, speaker, kind, begin, stop)
            if verb.start in taken:
                regions.append(Region(scope.start, scope.end, "reported", speaker))
            else:
                out.append(scope)
    return out, regions
