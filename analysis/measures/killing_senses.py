"""Rules that tell the plain sense of a word for killing from the writer's verdict, by the sentence around it.

Beside :mod:`analysis.measures.sense_rules` (its companion: negations, charges, abstract and medical senses,
appearances avoided) :mod:`analysis.measures.loaded` drops a match when one of these says the word is not the
writer's verdict here; each is pinned by made-up sentences (one where it applies, one where it must not) in
``tests/measures/test_senses_round4.py``, ``test_senses_round8.py``, ``test_senses_round11.py`` and
``test_senses_round13.py``:

* :func:`in_the_distant_past`: a word for mass killing (:data:`KILLING_ENTRIES`: *slaughter*, *massacre*,
  *carnage* ...) in a sentence set before 1900 (*in* a year from 1000 to 1899, the 5th to the 19th century, *medieval*,
  *the Middle Ages*, *ancient*, *BC*) is the historian's plain description of an event no present side
  disputes; a killing of the last century or this one is left alone (the words for it are still contested).
* :func:`massacre_by_a_gunman`: *massacre* in a sentence about a gunman or a mass shooting, with no troops,
  police or armed group in it, is the standard newsroom word for a mass shooting of civilians (*the gunman's
  massacre at the concert*); *massacre* for killings by soldiers or police stays the contested verdict. So is
  *the massacre* or *this massacre* (singular, after *the*, *this*, *that* or a possessive) in an article that has
  already named a gunman, a shooter or a mass shooting before it, with no forces in its own sentence: the phrase
  refers back to that shooting (*... cramming lies down our throats about this massacre*), whose name every
  outlet uses. *A massacre*, or *massacre* in an article that named no lone gunman first, stays.
* :func:`example_of_crimes`: a crime's name (:data:`EXAMPLE_CRIMES`: *genocide*, *war crimes*, *ethnic cleansing*)
  given as an example of a kind of crime, after *like*, *such as* or *including* that follow a word for crimes
  (*grave crimes, like genocide*; *crimes such as ethnic cleansing*), names the category in general: no
  event or party is charged. *The crimes of the regime, like its genocide in the north* keeps it (a possessive
  or *its* before the name makes it someone's act). So is a grading adjective right before that word for crimes
  (:func:`graded_kind_of_crime`: *good and evil are words we keep for abominable crimes, like genocide*; *heinous
  crimes such as war crimes*): it grades the kind, whose example is the worst of crimes, and charges no one. *The
  regime's abominable crimes, like its genocide* keeps both (a possessive before the words makes them someone's).
"""
from __future__ import annotations

import re

from ..text import Document, Span
from .sense_rules import FORCES_WORDS, sentence_keys, token_of

#: Entries that name mass killing, plain in an account of the distant past.
KILLING_ENTRIES = frozenset({"slaughter", "massacre", "carnage", "bloodbath", "butcher", "annihilate"})
_PAST_WORDS = frozenset("medieval mediaeval ancient antiquity bc bce b.c pharaoh pharaohs crusade crusades "
                        "crusaders".split())
_ORDINALS = frozenset("fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
                      "sixteenth seventeenth eighteenth nineteenth".split())
_YEAR = re.compile(r"1[0-8]\d\d")
#: Words before a year that date the sentence (*in 1492*), unlike *of 1500 villagers*.
_YEAR_BEFORE = frozenset("in since until year around circa".split())

#: Words of a sentence that make *massacre* a shooting by a gunman (:data:`~analysis.measures.sense_rules.FORCES_WORDS`
#: make it a killing by forces).
SHOOTING_WORDS = frozenset("gunman shooter shooting shootings".split())
#: Words that name a lone killer before *the massacre* refers back to his shooting (and *mass shooting*).
GUNMAN_WORDS = frozenset("gunman shooter".split())
#: Words before *massacre* (up to :data:`_BACK_REACH` words) that make it refer back to an event already named.
_BACK_REFERENCE = frozenset("the this that".split())
_BACK_REACH = 3

#: Entries naming a crime that may stand as an example of a kind of crime, and the words for crimes before it.
EXAMPLE_CRIMES = frozenset({"genocide", "war crimes", "ethnic cleansing"})
_CRIME_WORDS = frozenset("crime crimes atrocities atrocity offences offenses evils".split())
_EXAMPLE_OWNERS = frozenset("its his her their our my your".split())


def in_the_distant_past(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`KILLING_ENTRIES` in a sentence dated before 1900 (see the module
    docstring)."""
    if span.entry not in KILLING_ENTRIES or not doc.sentences:
        return False
    keys = sentence_keys(doc, span.start)
    for i, key in enumerate(keys):
        if key in _PAST_WORDS or (key == "middle" and i + 1 < len(keys) and keys[i + 1] == "ages"):
            return True
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        if nxt == "century" and (key in _ORDINALS or (key.isdigit() and 5 <= int(key) <= 19)):
            return True
        if nxt == "th" and i + 2 < len(keys) and keys[i + 2] == "century" and key.isdigit() and 5 <= int(key) <= 19:
            return True
        if _YEAR.fullmatch(key) and i > 0 and keys[i - 1] in _YEAR_BEFORE:
            return True
    return False


def massacre_by_a_gunman(doc: Document, span: Span) -> bool:
    """True when ``span`` is *massacre* in a sentence with none of :data:`FORCES_WORDS` and either one of
    :data:`SHOOTING_WORDS` (or *mass shooting*) or a back reference (:func:`_refers_back`) to a gunman, a shooter
    or a mass shooting named earlier in the text (:func:`_gunman_before`)."""
    if span.entry != "massacre" or not doc.sentences:
        return False
    keys = set(sentence_keys(doc, span.start))
    if keys & FORCES_WORDS:
        return False
    return bool(keys & SHOOTING_WORDS) or (_refers_back(doc, span) and _gunman_before(doc, token_of(doc, span.start)))


def _refers_back(doc: Document, span: Span) -> bool:
    """True when ``span`` is singular *massacre* with *the*, *this*, *that* or a possessive at most
    :data:`_BACK_REACH` words before it in its sentence, and no *a*/*an* between."""
    if span.text.lower() != "massacre":
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    for j in range(k - 1, max(first, k - _BACK_REACH) - 1, -1):
        if keys[j] in ("a", "an"):
            return False
        if keys[j] in _BACK_REFERENCE or keys[j].endswith("'s"):
            return True
    return False


def _gunman_before(doc: Document, k: int) -> bool:
    """True when one of :data:`GUNMAN_WORDS`, or *mass shooting*/*mass shooter*, stands before token ``k``."""
    keys = doc.keys()
    return any(key in GUNMAN_WORDS or (key in ("shooting", "shooter") and j and keys[j - 1] == "mass")
               for j, key in enumerate(keys[:k]))

def example_of_crimes(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`EXAMPLE_CRIMES` right after *like*, *such as* or *including* (no
    possessive between), with one of :data:`_CRIME_WORDS` at most three words before that."""
    if span.entry not in EXAMPLE_CRIMES:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    if k >= 1 and keys[k - 1] in _EXAMPLE_OWNERS:
        return False
    if k >= 1 and keys[k - 1] in ("like", "including"):
        head = k - 1
    elif k >= 2 and (keys[k - 2], keys[k - 1]) == ("such", "as"):
        head = k - 2
    else:
        return False
    return not _CRIME_WORDS.isdisjoint(keys[max(0, head - 3):head])


def graded_kind_of_crime(doc: Document, span: Span) -> bool:
    """True when ``span`` is a single word right before one of :data:`_CRIME_WORDS` that a comma (or nothing) and
    *like*, *such as* or *including* follow, with one of :data:`EXAMPLE_CRIMES` after them, and no possessive or
    *its*/*their* ... in the three words before ``span``."""
    keys, k = doc.keys(), token_of(doc, span.start)
    if token_of(doc, span.end - 1) != k or k + 3 >= len(keys) or keys[k + 1] not in _CRIME_WORDS:
        return False
    if any(w in _EXAMPLE_OWNERS or w.endswith("'s") for w in keys[max(0, k - 3):k]):
        return False
    if keys[k + 2:k + 4] == ["such", "as"]:
        j = k + 4
    elif keys[k + 2] in ("like", "including"):
        j = k + 3
    else:
        return False
    if j >= len(keys):
        return False
    example = keys[j:j + 2]
    return example[0] in EXAMPLE_CRIMES or " ".join(example) in EXAMPLE_CRIMES
