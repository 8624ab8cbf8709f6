"""The senses answering the fresh reading round 13 (analysis/measures/register_senses.py, the rule
graded_kind_of_crime of analysis/measures/killing_senses.py, the last charge of a list in sense_rules.names_a_charge,
plain_senses 2026.12.07.3, and the mild entries ``venerable``, ``heroism`` and ``futile`` of loaded_terms
2026.12.07.3).

Each rule is pinned by made-up sentences a person wrote and read: one where the word labels no one (a science
writer's name for a comet or a species, a sight, an agency's administrative category, a dated trial of a one-party
state, a kind of crime graded, a charge's wording, an old sense of *terrible*), and one where the same word, next
to it or in the same place, is the writer's own judgement and is still found as strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # invader: the science name of a comet, a species, a germ; an army's or a crowd's invaders stay
    ("The comet, a visitor from another star, is the first interstellar invader astronomers have tracked.",
     "The invaders crossed the border at dawn and burned the villages.", [("invaders", "invader", "strong")]),
    ("The beetle is an invader that kills native ash trees across the state.",
     "The mayor called the marchers invaders of the city.", [("invaders", "invader", "strong")]),
    ("The immune system attacks invaders it has met before.",
     "Alien invaders are flooding the solar system, the pamphlet says.", [("invaders", "invader", "strong")]),
    ("Antibodies mark invaders for destruction.",
     "The invaders spread through the towns like a virus.", [("invaders", "invader", "strong")]),
    # a sight: a show of the sky or of nature; spectacular praise of a person's act stays (a spectacular failure is
    # the mild entry "spectacular rise" since round 19, tests/measures/test_senses_round19.py)
    ("The meteor shower should put on a spectacular show this weekend, with dozens of shooting stars an hour.",
     "The senator gave a spectacular speech.", [("spectacular", "amazing", "strong")]),
    ("Visitors come for the breathtaking views of the canyon.",
     "The senator gave a breathtaking display of hypocrisy.",
     [("breathtaking", "amazing", "strong"), ("hypocrisy", "hypocrisy", "strong")]),
    ("The harbour put on a spectacular fireworks display at midnight.",
     "The hearing produced spectacular fireworks between the senators.", [("spectacular", "amazing", "strong")]),
    ("Stargazers saw a magnificent aurora over the lake.",
     "The columnist aired his breathtaking views on women.", [("breathtaking", "amazing", "strong")]),
    # the agency's category, beside its other categories; a writer's own "criminal aliens" stays
    ("Officers arrested 40 criminal aliens and immigration violators during the operation. Six of them were "
     "criminal aliens released by the county.",
     "The city shelters criminal aliens from federal officers.", [("criminal aliens", "criminal aliens", "strong")]),
    # a dated show trial of a one-party state; a present hearing called one, or compared with one, stays
    ("In 1949 he was sentenced to life in a show trial that drew condemnation abroad.",
     "The impeachment is a show trial.", [("show trial", "show trial", "strong")]),
    ("The cardinal was convicted in a 1952 show trial.",
     "The hearing was a show trial like those of 1937.", [("show trial", "show trial", "strong")]),
    # a kind of crime graded, its example the worst of crimes; someone's crimes stay
    ("Good and evil are words we keep for abominable crimes, like genocide.",
     "The regime committed abominable crimes against its people.",
     [("regime", "regime", "strong"), ("abominable", "unconscionable", "strong")]),
    ("Heinous crimes such as war crimes too often go unpunished.",
     "The general's heinous crimes, like his war crimes in the north, went unpunished.",
     [("heinous", "heinous", "strong"), ("war crimes", "war crimes", "mild")]),
    # the last charge of a list; a new clause after ", and" stays the label
    ("He is being prosecuted for re-entry after deportation, and illegal alien possessing a firearm.",
     "He is being prosecuted for fraud, and illegal aliens are flooding the town.",
     [("illegal aliens", "illegal immigrant", "strong")]),
    # plain senses: soft-peddled (soft-pedalled), terrible before God, evil as a force in the world
    ("Through rhetorical tricks and soft-peddled theory, he redefined the role.",
     "He peddled falsehoods for years.", [("peddled", "peddle", "strong")]),
    ("The bishops face a legacy of silence and a terrible accountability before the Just Judge.",
     "The bishops have done a terrible job.", [("terrible", "terrible", "strong")]),
    ("We can still recognise evil at work in the world.",
     "The senator is evil.", [("evil", "evil", "strong")]),
])
def test_plain_and_judging_senses(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("routine, mild, judging, strong", [
    ("There are better, more venerable works on the subject.", ("venerable", "venerable", "mild"),
     "The minister is a legendary figure.", ("legendary", "legendary", "strong")),
    ("Pastors preach the heroism of the prophets.", ("heroism", "heroism", "mild"),
     "He was a hero to the rioters.", ("hero", "hero", "strong")),
    ("Over his futile objections, the plan was adopted.", ("futile", "futile", "mild"),
     "The plan is useless.", ("useless", "pointless", "strong")),
])
def test_routine_words_are_mild_and_their_old_entries_stay_strong(routine, mild, judging, strong):
    assert loaded(routine) == [mild]
    assert loaded(judging) == [strong]
