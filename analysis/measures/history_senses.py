"""Senses of loaded words that name a system or an event of record: South Africa's apartheid, a massacre known by its
date (issue 21, the readings of single news sentences, round 20).

Beside :mod:`analysis.measures.usage_senses` and its companions, :mod:`analysis.measures.loaded` drops a match when
one of these says the word names history rather than passing the writer's verdict. Each is a kind of English news
usage, written from general knowledge of news style, and pinned by made-up sentences (one where it applies, one where
the writer's strong word stays) in ``tests/measures/test_senses_round20.py``:

* :func:`south_african_apartheid`: *apartheid* in a sentence that names South Africa or its history
  (:data:`SOUTH_AFRICA_WORDS`: *South Africa*, *Mandela*, *Soweto*, *Pretoria*, *Afrikaner* ...; *Nelson Mandela
  spent 27 years in prison for fighting apartheid*, *the apartheid government of South Africa*) and no other state,
  people or policy it could be applied to (:data:`OTHER_TARGETS`: *Israel*, *Palestinians*, *Gaza*, *the West Bank*,
  *occupation* ...) and no comparison (:data:`COMPARISON_WORDS`: *like*, *compared*, *akin* ...) is the historical
  system's own name, which straight news uses. *Israel practices apartheid*, *critics say the policy is like South
  Africa's apartheid* and *a new apartheid* stay: applied to another state or policy it is the charge.
* :func:`massacre_of_record`: the noun *massacre* (or *massacres*) dated as an event of record by the words of its
  own phrase, at most :data:`RECORD_REACH` words before it in its sentence with no comma or finite verb between:
  a year of the last century (:data:`_LAST_CENTURY`: *the 1921 massacre*, *the 1968 My Lai massacre*), an age
  (*a century-old massacre*, *the decades-old massacre*), or *anniversary*, *commemoration*, *memorial* or
  *descendants* before it (*the 100th anniversary of the massacre*, *descendants of those killed in the massacre*):
  the established name of a recorded mass killing, the word every history of it uses. *The army's massacre of
  villagers*, *the 2023 massacre* (a killing of this century, still contested), *survivors of the massacre* (of any
  date) and *a massacre, the group said in 1990* stay. Killings dated before 1900 are :func:`~analysis.measures.killing_senses.in_the_distant_past`.

Not made rules, because the words alone cannot tell the cases apart: a place name before *massacre* (*the Tulsa
massacre* is the name of record, but *the Gaza massacre* is a charge, and a capitalised place is both), and
*infamous* of a public figure (whether a person's notoriety is of record is knowledge of the world, not of the
sentence).
"""
from __future__ import annotations

import re

from ..text import Document, Span
from .sense_rules import sentence_keys, token_of

#: Words of a sentence that place *apartheid* in South Africa's history.
SOUTH_AFRICA_WORDS = frozenset("mandela mandela's soweto pretoria afrikaner afrikaners sharpeville bantustan "
                               "bantustans verwoerd tutu biko de klerk anc".split()) - {"de"}
#: Two-word names of South Africa (lower-cased keys), read as pairs.
_SOUTH_AFRICA_PAIRS = frozenset({("south", "africa"), ("south", "africa's"), ("south", "african"),
                                 ("south", "africans")})
#: Words that apply *apartheid* to another state, people or policy (the charge stays).
OTHER_TARGETS = frozenset("israel israel's israeli israelis palestine palestinian palestinians gaza occupation "
                          "occupied settlements settlers zionist zionism myanmar rohingya uyghur uyghurs china "
                          "china's chinese gender vaccine climate digital medical".split())
#: Words that compare something else to apartheid (the comparison is the charge).
COMPARISON_WORDS = frozenset("like akin compare compared compares comparing comparison comparisons reminiscent "
                             "resembles resemble resembling equivalent echoes new modern today's 21st-century "
                             "amounts amount tantamount constitutes".split())

#: A year of the last century, which dates a massacre of record (:func:`massacre_of_record`).
_LAST_CENTURY = re.compile(r"19\d\d")
#: Ages and words of memory before *massacre* that make it an event of record.
RECORD_WORDS = frozenset("century-old decades-old centuries-old anniversary anniversaries commemoration "
                         "commemorations commemorate commemorated commemorating memorial memorials descendants "
                         "remembrance".split())
#: At most this many words between such a word and *massacre*.
RECORD_REACH = 6
_MASSACRE_NOUNS = frozenset({"massacre", "massacres"})
_PHRASE_END = frozenset(",;:()\u2014\u2013")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def south_african_apartheid(doc: Document, span: Span) -> bool:
    """True when ``span`` is *apartheid* in a sentence with a South African name (:data:`SOUTH_AFRICA_WORDS`, *South
    Africa(n)*) and none of :data:`OTHER_TARGETS` or :data:`COMPARISON_WORDS`."""
    if span.entry != "apartheid" or span.text.lower() != "apartheid" or not doc.sentences:
        return False
    keys = sentence_keys(doc, span.start)
    if set(keys) & (OTHER_TARGETS | COMPARISON_WORDS) or ("west", "bank") in set(zip(keys, keys[1:])):
        return False
    return bool(set(keys) & SOUTH_AFRICA_WORDS) or bool(set(zip(keys, keys[1:])) & _SOUTH_AFRICA_PAIRS)


def massacre_of_record(doc: Document, span: Span) -> bool:
    """True when ``span`` is the noun *massacre(s)* with a year of the last century or one of :data:`RECORD_WORDS`
    at most :data:`RECORD_REACH` words before it in its sentence, with no comma, dash or finite verb between."""
    if span.entry != "massacre" or span.text.lower() not in _MASSACRE_NOUNS or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    for j in range(k - 1, max(first, k - RECORD_REACH) - 1, -1):
        if any(c in _PHRASE_END for c in doc.norm[doc.token_ends[j]:doc.token_starts[j + 1]]):
            return False
        if _LAST_CENTURY.fullmatch(keys[j]) or keys[j] in RECORD_WORDS:
            return True
        if doc.tags[j] in _FINITE:
            return False
    return False
