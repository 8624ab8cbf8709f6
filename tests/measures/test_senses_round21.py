"""Round 21 (issue 21): messages blasted out, a body slam and a throw to the ground, a penalty for lying, illegal
beside legal immigration, and an anti-vax stance (plain_senses.yaml 2026.12.07.10).

Every sentence here is made up and was read by a person: where a rule applies the word is plain, and the writer's
own strong word beside it (or the same word in its loaded sense) stays strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, strong, expected", [
    # blasted out a message is sending it widely; blasted the senator is criticism
    ("The campaign blasted out an email to supporters.", "The campaign blasted the senator.",
     [("blasted", "blast", "strong")]),
    ("Aides blasted out a local news story within minutes.", "Aides blasted the local news story.",
     [("blasted", "blast", "strong")]),
    # a body slam and a throw to the ground are physical; slammed the plan is criticism
    ("The candidate body-slammed a reporter at the event.", "The candidate slammed a reporter at the event.",
     [("slammed", "slam", "strong")]),
    ("The officer slammed him to the ground.", "The officer slammed him in a statement.",
     [("slammed", "slam", "strong")]),
    # the ground of a penalty; the writer's own accusation stays
    ("He was stripped of his citizenship for lying about his past.", "He keeps lying about his past.",
     [("lying about", "lie", "strong")]),
    ("The aide was fired for lying to his employer.", "The aide is a liar.", [("liar", "lie", "strong")]),
    # illegal beside legal immigration names the act; illegals labels people
    ("The bill would curb illegal and legal immigration.", "The bill would help illegals.",
     [("illegals", "illegal immigrant", "strong")]),
    # an anti-vax stance describes a position; anti-vaxxers labels people
    ("The family explained their anti-vax stance.", "The family are anti-vaxxers.",
     [("anti-vaxxers", "anti-vaxxer", "strong")]),
])
def test_plain_sense_drops_and_strong_use_stays(plain, strong, expected):
    assert loaded(plain) == []
    assert loaded(strong) == expected


def test_writers_strong_word_beside_a_plain_sense_stays():
    # the email was sent, the writer's verdict on it is not plain
    assert loaded("The campaign blasted out a disgraceful email.") == [("disgraceful", "shameful", "strong")]
    # the penalty is the authority's; the writer's sneer beside it stays
    assert loaded("The crook was convicted for lying to investigators.") == [("crook", "con man", "strong")]


@pytest.mark.parametrize("text, expected", [
    # tyranny grades a system; tyrant names a ruler (both strong, each under its own name)
    ("The new mandate is tyranny.", [("tyranny", "tyranny", "strong")]),
    ("The governor's tyrannical orders closed every shop.", [("tyrannical", "tyranny", "strong")]),
    ("The governor is a tyrant.", [("tyrant", "tyrant", "strong")]),
    # a total joke or sham is ridicule; a total disaster stays the verdict of failure
    ("The hearing was a total joke.", [("total joke", "total joke", "strong")]),
    ("The election was a complete sham.", [("complete sham", "total joke", "strong")]),
    ("The rollout was a total disaster.", [("total disaster", "total disaster", "strong")]),
])
def test_entries_of_another_meaning_are_filed_under_their_own_name(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # grotesque, out of line and ironic are shown under their own names (all strong)
    ("The display was grotesque.", [("grotesque", "grotesque", "strong")]),
    ("The cuts are unconscionable.", [("unconscionable", "unconscionable", "strong")]),
    ("His remarks were out of line.", [("out of line", "out of line", "strong")]),
    ("His remarks were beyond the pale.", [("beyond the pale", "beyond the pale", "strong")]),
    ("It is ironic that the mayor opposed his own bill.", [("ironic", "ironic", "strong")]),
])
def test_more_entries_of_another_meaning(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("name, common, expected", [
    # a capitalised entry word before ", who" or ", whose" is a surname; the common noun stays
    ("Brat, who teaches economics, won the primary.", "The little brat, who never worked, won the primary.",
     [("brat", "brat", "strong")]),
    ("The seat went to Brat, whose campaign spent little.", "The seat went to a brat whose parents paid.",
     [("brat", "brat", "strong")]),
])
def test_surname_before_who_is_a_name(name, common, expected):
    assert loaded(name) == []
    assert loaded(common) == expected
