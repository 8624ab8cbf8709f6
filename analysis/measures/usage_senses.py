"""Senses of loaded words that the words right around them decide: a regularity, a generic plural, the name of an
offence, a fixed phrase of history, a surname that speaks (issue 21, the readings of single news sentences, rounds 18
and 19).

Beside :mod:`analysis.measures.sense_rules`, :mod:`analysis.measures.killing_senses` and
:mod:`analysis.measures.register_senses`, :mod:`analysis.measures.loaded` drops a match when one of these says the
word is not the writer's verdict here. Each is a kind of English news usage, written from general knowledge of news
style, and pinned by made-up sentences (one where it applies, one where the writer's strong word stays) in
``tests/measures/test_senses_round18.py`` (round 19's in ``test_senses_round19.py``):

* :func:`regular_predictably`: *predictably* that states a regularity, not the writer's eye-roll: right before a
  participle of dependence (:data:`DEPENDENCE_PARTICIPLES`: *sales have been predictably driven by the holidays*,
  *turnout is predictably linked to the weather*) or right after a verb of a quantity's movement
  (:data:`QUANTITY_VERBS`: *prices rise predictably each spring*). *Predictably, the board approved the deal*,
  *Democrats predictably attacked the plan* and *the response was predictably hostile* stay: there the writer
  comments that an actor did what the writer expected, the entry's sense.
* :func:`generic_dictators`: the bare plural *dictators* or *dictatorships* after *under* or a verb of fleeing
  (:data:`FLIGHT_WORDS`), with at most one word between that is no determiner or possessive (*families who
  suffered under dictators*, *they fled communist dictatorships*), is the descriptive noun for the one-party rule
  people lived under or escaped, the history of emigrants, naming no leader. *Under the dictator*, *fled Castro's
  dictatorship* and *the president is a dictator* stay: a particular ruler or regime is labelled.
* :func:`offence_word_in_a_charge`: a word that is part of the statutory name of an offence
  (:data:`OFFENCE_WORDS`: *malicious destruction*, *reckless endangerment*, *depraved indifference*, *lying to
  federal agents*, *conspiracy to cover up*) within the words that follow *charged with*, *a count of*, *found
  guilty of*, *pleaded guilty to* ... (the heads of
  :func:`~analysis.measures.sense_rules.names_a_charge`, up to the next comma) names the charge as the court or
  statute words it: the legal finding, not the writer's charge. A conviction's content can list several charges
  joined by *and*, so for these words the charge reaches :data:`OFFENCE_REACH` words, up to a comma or a dash and
  with no finite verb between (*found guilty of obstructing a federal investigation into abuses in county jails and lying to cover
  up the interference*); a finite verb starts a clause of the writer's (*was convicted of fraud and is now lying to cover
  up his debts* keeps *cover up*). Only these words, whatever entry found them: an
  emotive word in the same place (*charged with the brutal murder*) stays the writer's. Since round 19 the charging
  words may also be a verb of prosecution or punishment (:data:`PUNISHED`) and, up to :data:`PUNISHED_REACH` words
  later with no comma or finite verb between, *for*: *he was later prosecuted by the Justice Department for lying to
  the inspector general*, *jailed in 2019 for lying to a judge* (the offence he was tried for). *He was prosecuted
  for fraud and keeps lying to voters* keeps *lying to*: a finite verb starts the writer's clause.
* :func:`triumphant_entry`: *triumphant* or *triumphal* before *entry*, *entrance* or *entries* and *into* a
  capitalised place (*Jesus's triumphant entry into Jerusalem*, *the Allies' triumphant entrance into Rome*) is the
  fixed phrase of religious and military history for a victory procession, not praise. *A triumphant speech*, *a
  triumphant entrance into the ballroom* stay.

* :func:`surname_speaking`: a single entry word written with a capital (not in capitals, not an adverb in *-ly*,
  not a plural in *-s*) that opens a sentence or follows a closing quotation mark, right before a verb of saying
  (:data:`SAYING_VERBS`: *Petty said the band would tour again*, *"We will win," Brat told reporters*), is a surname,
  the subject of the verb: a bare singular common noun cannot be a subject in English without a determiner, and
  only a person says or tells. *Thugs told the shopkeeper to leave* (a plural), *The petty officer said* and
  *Petty squabbles ...* (no verb of saying next) stay for the other rules. Since round 21 the same word right before
  a comma and *who* or *whose* (:data:`PERSON_RELATIVES`), anywhere in a sentence, is a surname too: *Brat, who
  teaches economics, won the primary*, *the seat went to Brat, whose campaign ...*: only a person takes *who*, and a
  bare singular common noun with a capital and no determiner is no person. *The brat, who ...* (lower case after a
  determiner) and *Brats, who ...* (a plural) stay.

Clinical conditions after *treated for* or *diagnosed with*, the idiom *terrible news for*, racist or anti-Semitic
graffiti, slurs and hate crimes are patterns in ``lexicons/plain_senses.yaml``; *war hero* and *now-infamous* of a
record are mild entries of ``lexicons/loaded_terms.yaml``.
"""
from __future__ import annotations

from ..quoting import DETERMINERS
from ..text import Document, Span
from .sense_rules import CHARGE_HEADS, token_of

#: Participles of dependence after which *predictably* states a regularity (*predictably driven by*).
DEPENDENCE_PARTICIPLES = frozenset("driven determined linked tied correlated associated related influenced shaped "
                                   "governed distributed patterned timed clustered concentrated".split())
#: Verbs of a quantity's movement before *predictably* (*prices rise predictably*).
QUANTITY_VERBS = frozenset("rise rises rose risen rising fall falls fell fallen falling increase increases "
                           "increased increasing decrease decreases decreased decreasing decline declines declined "
                           "declining grow grows grew grown growing vary varies varied varying peak peaks peaked "
                           "peaking drop drops dropped dropping fluctuate fluctuates fluctuated fluctuating climb "
                           "climbs climbed climbing dip dips dipped dipping spike spikes spiked spiking".split())

#: Words before *dictators* that place people under one-party rule or in flight from it.
FLIGHT_WORDS = frozenset("under flee flees fled fleeing escape escapes escaped escaping".split())
#: The generic plurals of the entry *dictator*.
GENERIC_PLURALS = frozenset({"dictators", "dictatorships"})

#: Words that are part of the statutory names of offences (the first word of a match, in lower case).
OFFENCE_WORDS = frozenset("malicious maliciously reckless recklessly depraved wanton wantonly fraudulent "
                          "fraudulently lying lied lie cover covering covered corrupt corruptly deceptive negligent "
                          "negligently obscene cruelty cruel".split())

#: At most this many words between the charging words and an offence word with no comma or finite verb between.
OFFENCE_REACH = 16
#: Characters that end the name of a charge (as in :func:`~analysis.measures.sense_rules.names_a_charge`).
_CHARGE_END = frozenset(",;:()\u2014\u2013")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Verbs of prosecution or punishment that, with a later *for*, name the offence that follows (round 19).
PUNISHED = frozenset("prosecuted prosecute prosecuting charged indicted sentenced convicted jailed imprisoned "
                     "arrested fined investigated punished disbarred".split())
#: At most this many words between such a verb and its *for*.
PUNISHED_REACH = 8

#: Verbs of saying after which a capitalised singular entry word at a sentence's start is a surname (round 19).
SAYING_VERBS = frozenset("said says told tells added adds wrote writes explained testified recalled noted asked "
                         "replied argued insisted".split())
#: Relative pronouns of a person after a comma that make a capitalised entry word a surname (round 21).
PERSON_RELATIVES = frozenset({"who", "whose"})
#: Characters right before a surname that speaks after a quotation (a closing mark and a space).
_CLOSING = frozenset("\"'\u201d\u2019")

#: Nouns after *triumphant* that, with *into* and a capitalised place, make the fixed phrase of history.
ENTRY_NOUNS = frozenset({"entry", "entrance", "entries"})
_TRIUMPH_WORDS = frozenset({"triumphant", "triumphal"})


def regular_predictably(doc: Document, span: Span) -> bool:
    """True when ``span`` is *predictably* right before one of :data:`DEPENDENCE_PARTICIPLES` or right after one of
    :data:`QUANTITY_VERBS`, in one sentence."""
    if span.text.lower() != "predictably" or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    sentence = doc.sentences[doc.sentence_at(span.start)]
    after = keys[k + 1] if k + 1 < sentence.last_token else ""
    before = keys[k - 1] if k > sentence.first_token else ""
    return after in DEPENDENCE_PARTICIPLES or before in QUANTITY_VERBS


def generic_dictators(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`GENERIC_PLURALS` right after one of :data:`FLIGHT_WORDS`, or one word
    after it when that word is not in :data:`analysis.quoting.DETERMINERS` and not a possessive (see the module docstring)."""
    if span.text.lower() not in GENERIC_PLURALS or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    if k - 1 >= first and keys[k - 1] in FLIGHT_WORDS:
        return True
    between = keys[k - 1] if k - 1 >= first else ""
    particular = between in DETERMINERS or between.endswith(("'s", "\u2019s", "'"))
    return k - 2 >= first and keys[k - 2] in FLIGHT_WORDS and not particular


def offence_word_in_a_charge(doc: Document, span: Span) -> bool:
    """True when the first word of ``span`` is one of :data:`OFFENCE_WORDS` and it lies within
    :data:`OFFENCE_REACH` words after charging words (the heads of
    :func:`~analysis.measures.sense_rules.names_a_charge`) with no comma, dash or finite verb between."""
    words = span.text.lower().split()
    if not words or words[0] not in OFFENCE_WORDS or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    for j in range(k - 1, max(first, k - OFFENCE_REACH - 1), -1):
        if any(c in _CHARGE_END for c in doc.norm[doc.token_ends[j]:doc.token_starts[j + 1]]):
            return False
        if j > first and (keys[j - 1], keys[j]) in CHARGE_HEADS or keys[j] == "for" and _punished(doc, j, first):
            return True
        if doc.tags[j] in _FINITE:
            return False
    return False


def _punished(doc: Document, j: int, first: int) -> bool:
    """True when one of :data:`PUNISHED` lies at most :data:`PUNISHED_REACH` words before token ``j`` (a *for*) in
    its sentence, with no comma, dash or finite verb between."""
    keys = doc.keys()
    for m in range(j - 1, max(first, j - PUNISHED_REACH) - 1, -1):
        if any(c in _CHARGE_END for c in doc.norm[doc.token_ends[m]:doc.token_starts[m + 1]]):
            return False
        if keys[m] in PUNISHED:
            return True
        if doc.tags[m] in _FINITE:
            return False
    return False


def surname_speaking(doc: Document, span: Span) -> bool:
    """True when ``span`` is one capitalised word (see the module docstring) at its sentence's start or after a
    closing quotation mark, right before one of :data:`SAYING_VERBS`, or anywhere right before a comma and one of
    :data:`PERSON_RELATIVES`."""
    word = span.text
    if " " in word or not word[:1].isupper() or word.isupper() or not doc.sentences:
        return False
    low = word.lower()
    if low.endswith("ly") or low.endswith("s") and not low.endswith("ss"):
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    sentence = doc.sentences[doc.sentence_at(span.start)]
    if k + 1 >= sentence.last_token:
        return False
    if keys[k + 1] in PERSON_RELATIVES and doc.norm[span.end:doc.token_starts[k + 1]].strip() == ",":
        return True
    if keys[k + 1] not in SAYING_VERBS:
        return False
    before = doc.norm[:span.start].rstrip()
    return k == sentence.first_token or before[-1:] in _CLOSING


def triumphant_entry(doc: Document, span: Span) -> bool:
    """True when ``span`` is *triumphant* or *triumphal* followed by one of :data:`ENTRY_NOUNS`, *into* and a word
    written with a capital."""
    if span.text.lower() not in _TRIUMPH_WORDS or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    last = doc.sentences[doc.sentence_at(span.start)].last_token
    if k + 3 >= last or keys[k + 1] not in ENTRY_NOUNS or keys[k + 2] != "into":
        return False
    place = doc.norm[doc.token_starts[k + 3]:doc.token_ends[k + 3]]
    return place[:1].isupper()
