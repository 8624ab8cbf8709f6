"""Loaded terms of US political news (lexicon 2026.11.30.2) and the plain senses that keep them from
matching neutral text. Every sentence was written for this test and its expected matches checked by reading
it: a headline verb of attack, a culture-war label or an insult is found; the literal, legal or technical
sense of the same word (a storm ripped through, conspiracy to commit fraud, reckless driving) is not."""
from __future__ import annotations

import pytest

from analysis.lexicon import load_lexicon
from analysis.measures import LoadedTerms
from analysis.paths import PROJECT_DIR
from analysis.text import Document

MEASURE = LoadedTerms(load_lexicon(PROJECT_DIR / "analysis" / "lexicons" / "loaded_terms.yaml"))


def loaded(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in MEASURE.find(Document(text))]


@pytest.mark.parametrize("text, expected", [
    # headline verbs of attack and of speech
    ("Pelosi rips Trump over the shutdown.", [("rips", "loaded_verb")]),
    ("Trump blasts Democrats over the border.", [("blasts", "loaded_verb")]),
    ("The senator scolded reporters.", [("scolded", "loaded_verb")]),
    ("Republicans pounced on the remark.", [("pounced on", "loaded_verb")]),
    ("The governor slashed school funding.", [("slashed", "loaded_verb")]),
    # intensifiers, temperament and moral labels
    ("Voter fraud is rampant, he wrote.", [("rampant", "emotive")]),
    ("The report is damning.", [("damning", "emotive")]),
    ("The radical plan would ban guns.", [("radical", "evaluative")]),
    ("It was an ill-conceived policy.", [("ill-conceived", "evaluative")]),
    ("The president is a narcissist.", [("narcissist", "evaluative")]),
    ("It was an evil act.", [("evil", "moral_label")]),
    # culture-war labels and slogans, covert framing
    ("Woke corporations want your money.", [("Woke", "partisan_label")]),
    ("They oppose the Muslim ban.", [("Muslim ban", "partisan_label")]),
    ("She spoke about the unborn.", [("unborn", "partisan_label")]),
    ("The agency quietly changed the rule.", [("quietly", "covert_framing")]),
    ("A right-wing group held a rally.", [("right-wing", "partisan_label")]),
    ("The ads were paid for with dark money.", [("dark money", "covert_framing")]),
])
def test_us_news_vocabulary_is_found(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text", [
    # literal, physical and technical senses
    "The storm ripped through the town.",
    "Two blasts rocked the city on Sunday.",
    "Blasts were heard near the airport.",
    "She woke up early and left.",
    "Free radicals damage cells.",
    "A harsh winter hit the region.",
    "Doctors found an aggressive cancer.",
    "He showed a fake ID at the door.",
    "Hackers sent malicious emails.",
    "The car slammed into a wall.",
    "The city boasts a museum and a park.",
    "A horror film opened on Friday.",
    "Crews fought a raging wildfire.",
    "The historic landmark reopened.",
    "Shareholders cast proxy votes.",
    "The right wing of the building was damaged.",
    # names of crimes and statements of what a law says
    "He was charged with conspiracy to commit fraud.",
    "It is illegal to park here.",
    "She was convicted of reckless driving.",
    "He was found incompetent to stand trial.",
    "Police arrested a suspect for petty theft.",
])
def test_plain_senses_of_the_same_words_are_not_counted(text):
    assert loaded(text) == []


def test_a_contested_legal_verdict_is_still_counted():
    """"illegal to" is a statement of what a law forbids; "illegal under international law" is the contested
    verdict the entry is about, and stays."""
    assert loaded("The settlements are illegal under international law.") == [("illegal", "legal_label")]


@pytest.mark.parametrize("text, expected", [
    ("He repeated Trump's claims about the vote.", []),
    ("Officials' claims were disputed.", []),
    ("Trump’s claims were false.", []),
    ("Trump claims the vote was rigged.", [("claims", "loaded_verb"), ("rigged", "covert_framing")]),
])
def test_claims_after_a_possessive_is_the_noun(text, expected):
    """"Trump's claims" names his assertions, as "his claims" does; "Trump claims" is the loaded verb."""
    assert loaded(text) == expected
