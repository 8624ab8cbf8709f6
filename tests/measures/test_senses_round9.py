"""The senses and strengths answering the fresh reading round 9 (loaded_terms 2026.12.06.7, plain_senses
2026.12.06.6, and the rules appearance_avoided, liberated_animal and the universal subject of abstract_evil in
analysis/measures/sense_rules.py).

Each rule is pinned by made-up sentences a person wrote and read: one where the word labels no one (a look
avoided, a released animal, the moral category defined, fantasy, information that would embarrass), so nothing is
found, and one where the same word is the writer's own judgement and is still found, with its strength.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # a look avoided or feared: no one is labelled
    ("He had to be courteous in that debate, lest he look like a bully.", "He looked like a bully in that debate.",
     [("bully", "bully", "strong")]),
    ("The senator was careful not to appear arrogant.", "The senator appeared arrogant.",
     [("arrogant", "arrogant", "strong")]),
    ("She did not want to seem arrogant.", "She seemed arrogant to the panel.", [("arrogant", "arrogant", "strong")]),
    ("To avoid looking like a bully, he smiled at the reporter.", "He bullied the reporter.",
     [("bullied", "bully", "strong")]),
    ("He stayed quiet for fear of being seen as a bully.", "He was seen as a bully by his staff.",
     [("bully", "bully", "strong")]),
    # liberate with an animal: the turkey pardon, a release
    ("The president officially liberated Cheese, a large white bird, from the dinner table.",
     "The army said it liberated the northern town.", [("liberated", "liberate", "strong")]),
    ("Volunteers liberated the trapped ducks from the drain.", "The coalition liberated Mosul last year.",
     [("liberated", "liberate", "strong")]),
    # evil as the predicate of a universal subject: the moral category defined
    ("Yet everything right is good, and everything wrong is evil.", "The regime's leaders are evil.",
     [("regime", "regime", "strong"), ("evil", "evil", "strong")]),
    ("Anything that hurts a child is evil.", "The man who hurt the child is evil.",
     [("evil", "evil", "strong")]),
    # fantastic of fantasy
    ("The book is full of fantastic creatures and far realms.", "The new stadium is fantastic.",
     [("fantastic", "amazing", "strong")]),
    ("There could be fantastic realities beyond what we see.", "The results were fantastic.",
     [("fantastic", "amazing", "strong")]),
    # embarrassing information: its effect on those it concerns
    ("Reporters have the right to dig up embarrassing secrets.", "It was an embarrassing defeat for the party.",
     [("embarrassing", "embarrassing", "mild")]),
    ("The leak included embarrassing emails from the staff.", "The mayor gave an embarrassingly weak answer.",
     [("embarrassingly", "embarrassing", "mild")]),
])
def test_a_plain_sense_is_dropped_and_the_judging_sense_kept(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # a label about people after a universal word is still a label; so is "whoever"
    ("Whoever did this is evil.", [("evil", "evil", "strong")]),
    ("All who oppose us are evil.", [("evil", "evil", "strong")]),
    # liberate in a sentence with troops stays the war frame, animals or not
    ("Troops liberated the town and its dogs.", [("liberated", "liberate", "strong")]),
    # a verb of appearance with no avoidance: the writer gives the look
    ("He looked arrogant and sounded like a bully.",
     [("arrogant", "arrogant", "strong"), ("bully", "bully", "strong")]),
    # only the look's complement is avoided, not a label further on in the clause
    ("He was afraid of appearing soft on the brutal regime.",
     [("brutal", "brutal", "strong"), ("regime", "regime", "strong")]),
    # the avoidance in another clause does not reach the label
    ("He did not want to look weak, and he bullied the staff.", [("bullied", "bully", "strong")]),
])
def test_where_the_rules_must_not_apply(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # embarrassing is its own mild entry, shown under its own name; an embarrassment stays strong
    ("It was an embarrassing setback for the government.", [("embarrassing", "embarrassing", "mild")]),
    ("He is a national embarrassment.", [("national embarrassment", "an embarrassment", "strong")]),
    # tireless: routine praise of effort, mild; courage stays strong
    ("Sestak was a loyal and tireless supporter of the campaign.", [("tireless", "tireless", "mild")]),
    ("She worked tirelessly for veterans.", [("tirelessly", "tireless", "mild")]),
    ("She was a brave supporter of the campaign.", [("brave", "courageous", "strong")]),
    # tax cuts for the wealthy: the standard description, mild; the slogan's register stays strong
    ("Democrats are skeptical about an extension of the tax cuts for the wealthy.",
     [("tax cuts for the wealthy", "tax cuts for the wealthy", "mild")]),
    ("The bill is a tax break for the wealthiest families.",
     [("tax break for the wealthiest", "tax cuts for the wealthy", "mild")]),
    ("He wants more tax cuts for the rich.", [("tax cuts for the rich", "tax cuts for the rich", "strong")]),
])
def test_the_strengths_of_round_nine(text, expected):
    assert loaded(text) == expected
