"""Every match is shown under an entry that names its words (issue 21, item 4; loaded_terms 2026.12.07.1).

Pages label a match with its entry's name (the matches table's entry column, a tooltip's "entry:" line, the
substitution pairs). Words that a reader would not take for the entry's word or a close synonym were split off
into entries of their own, with the strength they had: these made-up sentences, written and read by a person,
pin the name each now shows and that its strength did not change, and that the words that stayed still show
their old entry.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("text, expected", [
    # a manner, a tone and a temper are not "strident"
    ("The senator smirked at the question.", [("smirked", "smirk", "strong")]),
    ("The brash developer bought the team.", [("brash", "brash", "strong")]),
    ("The op-ed was snarky from start to finish.", [("snarky", "snarky", "strong")]),
    ("Her speech was shrill and long.", [("shrill", "strident", "strong")]),
    # a trick question, publicity and a diversion are not crocodile tears
    ("He refused to answer a gotcha question.", [("gotcha", "gotcha", "strong")]),
    ("The product was overhyped.", [("overhyped", "hype", "strong")]),
    ("The minister paid lip service to reform.", [("lip service", "empty promises", "strong")]),
    ("The bill is a red herring.", [("red herring", "smokescreen", "strong")]),
    ("The governor shed crocodile tears for the workers.", [("crocodile tears", "crocodile tears", "strong")]),
    # the writer's insinuation and forecast are not irony
    ("The memo conveniently left out the costs.", [("conveniently", "conveniently", "strong")]),
    ("Predictably, the board approved the deal.", [("Predictably", "predictably", "strong")]),
    ("Ironically, the fire station burned down.", [("Ironically", "ironically", "strong")]),
    # a retracted statement is not "racially charged"; a person called an embarrassment is not a "total disaster"
    ("The mayor said he misspoke on Tuesday.", [("misspoke", "misspoke", "mild")]),
    ("He is a national embarrassment.", [("national embarrassment", "an embarrassment", "strong")]),
    # people deported after a conviction are not an "invasion" (loaded_terms 2026.12.07.2)
    ("The agency removed 40 criminal aliens last week.", [("criminal aliens", "criminal aliens", "strong")]),
    ("Officials warned of an invasion of migrants.", [("invasion of migrants", "invasion of migrants", "strong")]),
    ("It was a total disaster for the party.", [("total disaster", "total disaster", "strong")]),
    # the other side of a debate is not filed under its opponent's label
    ("The group called the bill anti-choice.", [("anti-choice", "anti-choice", "strong")]),
    ("The state passed a heartbeat bill.", [("heartbeat bill", "heartbeat bill", "strong")]),
    ("Never Trumpers met in Washington.", [("Never Trumpers", "Never Trumper", "strong")]),
    ("The magazine ran a puff piece on the governor.", [("puff piece", "puff piece", "strong")]),
    ("Tenants pay extortionate rents.", [("extortionate", "extortionate", "strong")]),
])
def test_the_words_show_an_entry_that_names_them_with_their_old_strength(text, expected):
    assert loaded(text) == expected
