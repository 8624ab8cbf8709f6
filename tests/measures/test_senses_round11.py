"""The senses answering the fresh reading round 11b (plain_senses 2026.12.07.2, the rule example_of_crimes in
analysis/measures/sense_rules.py, and the mild entry ``deluge of (emails)`` of loaded_terms 2026.12.07.2).

Each rule is pinned by made-up sentences a person wrote and read: one where the word labels no one (an object a
statute forbids, a crime named as an example of its kind, a figure for a great many messages), and one where the
same word is the writer's own judgement and is still found as strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # an object a statute forbids: the offence and its penalty, no verdict on a person or a state
    ("The penalty for selling illegal ammunition is five years in prison.",
     "The illegal occupation of the valley went on.", [("illegal occupation", "illegal occupation", "strong")]),
    ("Agents found illegal explosives in the shed.",
     "The council called the strike illegal.", [("illegal", "illegal", "strong")]),
    # a crime named as an example of a kind of crime, no event or party charged
    ("Courts reserve that word for the gravest crimes, like genocide.",
     "The army committed genocide in the north.", [("genocide", "genocide", "strong")]),
    ("The tribunal hears grave crimes such as ethnic cleansing.",
     "The army carried out ethnic cleansing in the valley.", [("ethnic cleansing", "ethnic cleansing", "strong")]),
    # someone's own act after "like" stays the label
    ("The court hears crimes such as war crimes and torture.",
     "The regime's crimes, like its genocide in the north, went unpunished.",
     [("regime", "regime", "strong"), ("genocide", "genocide", "strong")]),
])
def test_plain_and_judging_senses(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


def test_a_deluge_of_messages_is_mild_and_of_people_strong():
    assert loaded("A deluge of emails reached the office after the vote.") == [
        ("deluge of emails", "deluge of (emails)", "mild")]
    assert loaded("Since then a deluge of information has come out about the deal.") == [
        ("deluge of information", "deluge of (emails)", "mild")]
    assert loaded("The town faced a deluge of lawsuits from the developer.") == [
        ("deluge of", "deluge", "strong")]
