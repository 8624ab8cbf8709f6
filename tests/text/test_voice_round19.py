"""Round 19 of the voice rules (analysis/credited.py): a finding body's "found", a trailing ", as X argues", a noun of
saying across a dash aside, "said that, <insertion>, ...", a view "To X, ...", whom one blames, a denunciation
"against", a headline "NAME: claim" and a ">" blockquote after a colon.

Each text is made up and was read by a person: a phrase in someone else's words (the rule applies) and one in the
writer's own words beside it (the writer's: the rule must not reach it).
"""
from __future__ import annotations

import pytest

from conftest import voice_at, voice_of as voice


@pytest.mark.parametrize("text, phrase, expected", [
    # a finding body that "found": its finding, a noun phrase too, to the clause's end
    ("A state audit found reckless spending at the port.", "reckless", "reported"),
    ("The board released the 2019 review that found the chief lied to the council.", "lied", "reported"),
    ("The jury found the mayor's conduct reckless.", "reckless", "reported"),
    ("A state audit found reckless spending at the port, and the reckless mayor resigned.", "reckless mayor",
     "writer"),
    ("The reckless mayor resigned after a state audit found waste at the port.", "reckless", "writer"),
    # a person who found, and a participle, are no finding body's verdict
    ("Fans found the coach's decision reckless.", "reckless", "writer"),
    ("A report found in the reckless mayor's desk was burned.", "reckless", "writer"),
])
def test_a_finding_body_that_found(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_a_findings_source_is_the_body():
    assert voice_at("A state audit found reckless spending at the port.", "reckless") == ("reported", "audit")


@pytest.mark.parametrize("text, phrase, expected", [
    # a trailing ", as X argues/shows ..." with a named source: the sentence before it is X's
    ("The council weaponized the permit office, as historian Ann Lee shows in her new book, The Harbour.",
     "weaponized", "reported"),
    ("The council weaponized the permit office, as historian Ann Lee illuminates in her book.", "weaponized",
     "reported"),
    ("The council weaponized the permit office, as critics have argued.", "weaponized", "reported"),
    # the next sentence, and an "as" that names no source, stay the writer's
    ("The council weaponized the permit office, as Ann Lee argues. The reckless vote came Friday.", "reckless",
     "writer"),
    ("The council weaponized the permit office, as it did in 2010.", "weaponized", "writer"),
    ("The council weaponized the permit office, as expected.", "weaponized", "writer"),
])
def test_a_trailing_as_x_argues(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a noun of saying and its "that" clause across a dash aside that opens with a preposition
    ("There was an unconfirmed report \u2014 from a retired officer \u2014 that the coach was a crook.", "crook",
     "reported"),
    ("There was a claim -- by a former aide -- that the coach was a crook.", "crook", "reported"),
    ("There was an unconfirmed report \u2014 from a retired officer \u2014 that the coach was a crook.", "unconfirmed",
     "writer"),
    # an apposition between the dashes: the "that" is a relative pronoun, the clause is the writer's
    ("The report \u2014 a reckless document \u2014 that the council released was long.", "long", "writer"),
])
def test_a_noun_of_saying_across_a_dash_aside(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # "said that, <insertion>, ...": the report runs on past the insertion
    ("Nurses have said that, while on duty abroad, the regime forced them to lie.", "regime", "reported"),
    ("The mayor said that, while in office, the council was reckless. The plan was a disaster.", "reckless",
     "reported"),
    ("The mayor said that, while in office, the council was reckless. The plan was a disaster.", "disaster",
     "writer"),
])
def test_said_that_past_an_insertion(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # "To X, ..." with a name or people of a view, and a judging clause: X's view
    ("To Mayor Lee, it seems, the delay is unacceptable.", "unacceptable", "reported"),
    ("To CityHallWorld, the suburbs are hives of villainy.", "villainy", "reported"),
    ("To his critics, the mayor is a reckless fool.", "reckless", "reported"),
    # asides of the writer's and a fronted dative stay the writer's
    ("To be sure, the delay is unacceptable.", "unacceptable", "writer"),
    ("To date, the reckless plan has cost millions.", "reckless", "writer"),
    ("To that end, the reckless plan was dropped.", "reckless", "writer"),
    ("To the north, the reckless builders are busy.", "reckless", "writer"),
    ("To Congress, the mayor sent a reckless bill.", "reckless", "writer"),
    # the next sentence is the writer's
    ("To Mayor Lee, the delay is unacceptable. The reckless vote came Friday.", "reckless", "writer"),
])
def test_a_view_to_someone_at_the_sentences_head(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_the_view_is_the_holders():
    assert voice_at("To Mayor Lee, it seems, the delay is unacceptable.", "unacceptable") == ("reported", "Mayor Lee")


@pytest.mark.parametrize("text, phrase, expected", [
    # whom one blames is named in one's own terms, to the sentence's next finite verb
    ("Parents who blame the reckless councils and propaganda have it wrong.", "propaganda", "reported"),
    ("Parents who blame the reckless councils and propaganda have it wrong.", "wrong", "writer"),
    ("Residents blamed the flood on the reckless builders.", "reckless", "reported"),
    ("Residents blamed the flood on the builders, who left a reckless mess.", "reckless mess", "writer"),
    ("The reckless mayor took the blame.", "reckless", "writer"),
    # a denunciation "against": its object, to the next preposition
    ("His rant against looting and thuggery after the march drew jeers.", "thuggery", "reported"),
    ("His warning against spending in the reckless city drew jeers.", "reckless", "writer"),
    ("The team played against reckless rivals.", "reckless", "writer"),
])
def test_blaming_and_denouncing(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a headline line "NAME: claim", also after a photo credit
    ("The vote came Friday.\nMayor Lee: Council lied about the ferry\nThe reckless vote came Friday.", "lied",
     "statement"),
    ("Photo by Ann Lee | Getty Mayor Lee: Council lied about the ferry\nThe vote came Friday.", "lied", "statement"),
    ("The vote came Friday.\nMayor Lee: Council lied about the ferry\nThe reckless vote came Friday.", "reckless",
     "writer"),
    # a topic before the colon and a headline that reports someone's words: the writer's
    ("The vote came Friday.\nFlu: City blasts the plan as it unleashes chaos\nThe vote was late.", "chaos", "writer"),
    # a label, and a colon inside the writer's sentence, introduce no one
    ("Update: The council lied about the ferry", "lied", "writer"),
    ("The mayor had a simple plan: the council lied about the ferry.", "lied", "writer"),
    # a ">" blockquote marker after a colon: to the paragraph's end
    ("They broke the pledge they had signed: > The reckless council is slamming the plan.\nThe vote came Friday.",
     "slamming", "statement"),
    ("They broke the pledge they had signed: > The council is slamming the plan.\nThe reckless vote came Friday.",
     "reckless", "writer"),
    ("The score was 5 > 3 and the reckless coach smiled.", "reckless", "writer"),
])
def test_headline_attribution_and_blockquotes(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_a_headlines_source_is_the_name():
    text = "The vote came Friday.\nMayor Lee: Council lied about the ferry\nThe vote was late."
    assert voice_at(text, "lied") == ("statement", "Mayor Lee")
