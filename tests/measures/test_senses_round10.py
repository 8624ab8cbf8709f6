"""The senses answering the fresh reading round 10 (plain_senses 2026.12.07.1, the rule negated_label and so_called_term's
term between dashes in analysis/measures/sense_rules.py).

Each rule is pinned by made-up sentences a person wrote and read: one where the word labels no one (a system of
rules called a regime, a label denied), so nothing is found, and one where the same word is the writer's own
judgement and is still found, with its strength.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # a regime as a system of rules: set up "in which" or "of" sanctions, rules, inspections
    ("The new law created a regime in which every landlord must register.",
     "The generals created a regime that jailed every critic.", [("regime", "regime", "strong")]),
    ("The treaty imposed a new regime under which inspectors visit each site.",
     "The exiles fought a regime under which thousands vanished.", [("regime", "regime", "strong")]),
    ("Exporters face a regime of inspections and fines.", "Exporters fled the regime of the colonels.",
     [("regime", "regime", "strong")]),
    # a label denied by "not" after "but" or "be": no one is called it
    ("The voters are stubborn but not stupid.", "The voters are stubborn and stupid.",
     [("stupid", "foolish", "strong")]),
    ("The auditors found that the mayor is not corrupt.", "The auditors found that the mayor is corrupt.",
     [("corrupt", "corrupt", "strong")]),
    # "so-called" before a term of art set between dashes or in parentheses after what it names
    ("Plans to print plastic rifles \u2014 so-called ghost guns \u2014 have alarmed the police.",
     "Hobbyists print so-called ghost guns at home.", [("so-called", "so-called", "strong")]),
    ("Plastic rifles (so-called ghost guns) alarm the police.",
     "Police fear so-called ghost guns will spread.", [("so-called", "so-called", "strong")]),
])
def test_plain_and_judging_senses(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # the label given or graded, not denied: "not only", "not so", a noun after it
    ("The plan was not only stupid but dangerous.", [("stupid", "foolish", "strong")]),
    ("They are not corrupt officials, they are thieves.", [("corrupt", "corrupt", "strong")]),
    # "so-called" between dashes before a claimed quality doubts the claim
    ("The plan \u2014 a so-called reform \u2014 failed.", [("so-called", "so-called", "strong")]),
    ("The town \u2014 so-called moderates \u2014 stayed home.", [("so-called", "so-called", "strong")]),
    # "not" with nothing before it that makes the adjective a predicate
    ("Not stupid people but corrupt ones ran it.", [("stupid", "foolish", "strong"), ("corrupt", "corrupt", "strong")]),
])
def test_labels_still_given(text, expected):
    assert loaded(text) == expected
