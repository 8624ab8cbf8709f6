"""Round 20 (issue 21): the railway, South Africa's apartheid, a conviction, coarse words, the irony of a situation,
wit, a massacre of record, sympathy for a disaster; and entries whose words name a different thing (a self-styled
role, arm-twisting, the hard left, the cancel-culture debate, alarmist, broadside, fraudster, vulgar).

Every sentence here is made up and was read by a person: where a rule applies the word is plain (or a mild entry of
its own), and the writer's own strong word beside it stays strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, strong, expected", [
    # railroad as the railway (a noun, attributive or after a preposition); the verb with an object stays
    ("The old railroad town lost its depot.", "Leaders railroaded the bill through the Senate.",
     [("railroaded", "railroad", "strong")]),
    ("Coal still moves by railroad across the state.", "They want to railroad the nominee.",
     [("railroad", "railroad", "strong")]),
    # apartheid of South Africa's history; applied to another state, or compared, it is the charge
    ("Nelson Mandela spent decades fighting apartheid in South Africa.", "Israel practices apartheid.",
     [("apartheid", "apartheid", "strong")]),
    ("The apartheid government of South Africa jailed thousands.",
     "Critics compare the policy to South African apartheid.", [("apartheid", "apartheid", "strong")]),
    # convicted + the crime's noun is the court's finding; the bare noun stays
    ("The convicted fraudster was released on Monday.", "The fraudster was released on Monday.",
     [("fraudster", "fraudster", "strong")]),
    ("A convicted terrorist was moved to another prison.", "Terrorists were moved to another prison.",
     [("Terrorists", "terrorist", "mild")]),
    # vulgar language is the register; a vulgar display grades taste
    ("The senator apologised for his vulgar remarks.", "The party was a vulgar display of wealth.",
     [("vulgar", "vulgar", "strong")]),
    # the irony of a situation reported; the sarcastic sentence adverb stays
    ("The mayor is in the ironic position of opposing his own bill.", "Ironically, the mayor opposed his own bill.",
     [("Ironically", "ironically", "strong")]),
    # wicked as sharp wit or New England slang; wicked as evil stays
    ("The comic was known for his wicked wit.", "The comic was a wicked man.", [("wicked", "evil", "strong")]),
    ("The chowder there is wicked good.", "They called the plan wicked.", [("wicked", "evil", "strong")]),
    # a massacre dated as an event of record; a killing by an army, or one of this century, stays
    ("Descendants gathered for the 100th anniversary of the massacre.", "The army carried out a massacre.",
     [("massacre", "massacre", "strong")]),
    ("They honoured the victims of the 1921 massacre.", "They honoured the victims of the 2023 massacre.",
     [("massacre", "massacre", "strong")]),
    # terrible before a disaster is sympathy; a terrible decision grades it
    ("The town mourned after the terrible school shooting.", "The town mourned after the terrible decision.",
     [("terrible", "terrible", "strong")]),
    ("Families were told of the terrible accident.", "Families were told of his terrible lies.",
     [("terrible", "terrible", "strong")]),
])
def test_plain_sense_drops_and_strong_use_stays(plain, strong, expected):
    assert loaded(plain) == []
    assert loaded(strong) == expected


def test_writers_strong_word_beside_a_plain_sense_stays():
    # the conviction is plain, the writer's sneer beside it is not
    assert loaded("The convicted fraudster is a vile crook.") == [("vile", "disgusting", "strong"),
                                                                   ("crook", "con man", "strong")]
    # a disaster met with sympathy, then the writer's verdict on the response
    assert loaded("After the terrible fire, the mayor's response was disgraceful.") == [
        ("disgraceful", "shameful", "strong")]


@pytest.mark.parametrize("text, expected", [
    # self-styled before a plain role is the wire convention (mild); before a title of rank it stays strong
    ("A self-styled socialist won the primary.", [("self-styled socialist", "self-proclaimed (a role)", "mild")]),
    ("A self-proclaimed king ruled the island.", [("self-proclaimed", "self-proclaimed", "strong")]),
    ("Police said the suspect, a self-styled separatist, fled.",
     [("self-styled separatist", "self-proclaimed (a role)", "mild")]),
    ("The self-styled expert was wrong again.", [("self-styled", "self-proclaimed", "strong")]),
    # arm-twisting is the term for pressing lawmakers; strong-arm tactics stay strong
    ("Leaders spent the week arm-twisting holdouts.", [("arm-twisting", "arm-twisting", "mild")]),
    ("Leaders used strong-arm tactics on holdouts.", [("strong-arm", "strong-arm", "strong")]),
    # the hard left and right are labels of their own, not the slogan radical left (strong: not the wire's far-left)
    ("The hard left of the party opposed the deal.", [("hard left", "hard left", "strong")]),
    ("The hard right walked out of the talks.", [("hard right", "hard right", "strong")]),
    ("The far-left wing of the party opposed the deal.", [("far-left", "far-left", "mild")]),
    ("The radical left opposed the deal.", [("radical left", "radical left", "strong")]),
    ("The driver took a hard left turn.", []),
    # cancel culture as the name of a debate or a cause argued against (mild), asserted as a charge (strong)
    ("The writers signed an open letter against cancel culture.",
     [("against cancel culture", "cancel culture (the debate)", "mild")]),
    ("Cancel culture has ruined another career.", [("Cancel culture", "cancel culture", "strong")]),
    # near-synonyms under their own names
    ("Economists dismissed the forecast as alarmist.", [("alarmist", "alarmist", "strong")]),
    ("The senator accused his rival of fearmongering.", [("fearmongering", "fearmonger", "strong")]),
    ("The minister launched a broadside at the central bank.", [("broadside", "broadside", "strong")]),
    ("The minister delivered a tirade against the bank.", [("tirade", "tirade", "strong")]),
    ("The investors were fooled by a fraudster.", [("fraudster", "fraudster", "strong")]),
    ("The investors were fooled by a con man.", [("con man", "con man", "strong")]),
    ("His obnoxious manners annoyed the hosts.", [("obnoxious", "obnoxious", "strong")]),
])
def test_each_meaning_sits_under_its_own_entry(text, expected):
    assert loaded(text) == expected
