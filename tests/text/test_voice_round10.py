"""Voice rules written after reading round 10 (analysis/clauses.py, analysis/voice.py).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each rule has a sentence where it applies
and one where it must not. They pin the voice; the source of these two constructions is not yet
named by the engine (the subject before a contraction or an infinitive).
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, phrase, expected", [
    # a doubt reported after a pronoun's contracted "be" and a negation: the clause is the pronoun's referent's
    ("The auditor checked the books. She's not sure that the clerk kept an honest ledger.", "honest",
     "reported"),
    ("The auditor checked the books. He's not convinced that the deal was a reckless gamble.", "reckless",
     "reported"),
    # ... but "it's" and "I'm" hold no one's belief but the writer's
    ("It's not sure that the reckless plan will pass.", "reckless", "writer"),
    ("I'm not sure that the reckless plan will pass.", "reckless", "writer"),
])
def test_a_doubt_after_a_contracted_be(text, phrase, expected):
    assert voice(text, phrase)[0] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a verb of judging as an infinitive: the charge after "for" is the subject's
    ("The senators used the hearing to attack the Democrats for their smear campaign.", "smear",
     "reported"),
    ("The union plans to praise the mayor for her brutal honesty.", "brutal", "reported"),
    # ... the object stays the writer's naming, and a noun "attack" judges nothing
    ("The senators used the hearing to attack the corrupt Democrats for their tactics.", "corrupt",
     "writer"),
    ("The town braced itself for a brutal attack for weeks.", "brutal", "writer"),
])
def test_an_infinitive_of_judging(text, phrase, expected):
    assert voice(text, phrase)[0] == expected
