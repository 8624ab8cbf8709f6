"""Round 20 of the voice rules (analysis/echoes.py, and "remembered ... as" in analysis/governing.py): remembering
"as", a noun of outcry or charge with "of", "in the words of X,", a line someone pushes, a participle of naming after
a noun, a relative clause that names, and a quotation the text's first line closes with a single mark.

Each text is made up and was read by a person: a phrase in someone else's words (the rule applies) and one in the
writer's own words beside it (the writer's: the rule must not reach it).
"""
from __future__ import annotations

import pytest

from conftest import voice_at, voice_of as voice


@pytest.mark.parametrize("text, phrase, expected", [
    # remembering and eulogising "as": from "as" on, the mourners' words
    ("Friends remembered him as a gentle giant and a generous neighbour.", "gentle", "reported"),
    ("The mayor eulogized the chief as a selfless hero at the funeral.", "selfless", "reported"),
    # the one remembered, and remembering with no "as", stay the writer's
    ("Friends remembered the reckless captain as a gentle giant.", "reckless", "writer"),
    ("Residents still remember the reckless flood of 1927.", "reckless", "writer"),
    # a comma inside the "as" phrase's noun phrase (a determiner and an adjective, no noun yet) does not end it
    ("Friends remembered him as an imperfect, but gentle man who loved the sea.", "gentle", "reported"),
    ("Friends remembered him as a gentle man, but the reckless mayor stayed away.", "reckless", "writer"),
    # in the passive, "will be remembered as" with no "by" is the writer's own forecast; with "by", theirs
    ("In the end he will be remembered as a foolish vice president.", "foolish", "writer"),
    ("He will be remembered as a selfless hero by his family.", "selfless", "reported"),
])
def test_remembered_as(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_the_mourners_speak():
    assert voice_at("Friends remembered him as a gentle giant.", "gentle") == ("reported", "Friends")


@pytest.mark.parametrize("text, phrase, expected", [
    # a noun of outcry or charge with "of": the charge after it is others'
    ("The cries of hypocrisy grew louder after the vote.", "hypocrisy", "reported"),
    ("Accusations of cronyism followed the deal.", "cronyism", "reported"),
    ("He faced charges of corruption and fraud last year.", "fraud", "reported"),
    ("The charge of cronyism stuck to the mayor.", "cronyism", "reported"),
    # what follows the charged phrase, and "in charge of", stay the writer's
    ("The cries of hypocrisy grew louder after the reckless vote.", "reckless", "writer"),
    ("He faced charges of fraud in the corrupt city.", "corrupt", "writer"),
    ("The reckless mayor is in charge of the corrupt port.", "corrupt", "writer"),
    ("The mayor led the charge of corrupt councillors against the plan.", "corrupt", "writer"),
])
def test_outcry_and_charges_of(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # "in the words of X," like "according to X,"
    ("In the words of the pastor, the mayor is a coward.", "coward", "reported"),
    ("In the eyes of many, the law is a disgrace.", "disgrace", "reported"),
    # the next sentence stays the writer's
    ("In the words of the pastor, the mayor is a coward. The reckless vote came Friday.", "reckless", "writer"),
    # a relative clause on X after the comma is no view of X's
    ("He was a hero in the eyes of the pastor, who leads the reckless council.", "reckless", "writer"),
])
def test_in_the_words_of(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_in_the_words_of_names_the_source():
    assert voice_at("In the words of the pastor, the mayor is a coward.", "coward") == ("reported", "the pastor")


@pytest.mark.parametrize("text, phrase, expected", [
    # pushing a line "that": the clause is the pushers' claim; a narrative or a myth "that" anywhere
    ("His allies are pushing a line that the probe is a witch hunt.", "witch", "reported"),
    ("The campaign peddled the story that the judge was corrupt.", "corrupt", "reported"),
    ("The myth that the vote was rigged persists.", "rigged", "reported"),
    # the pushers, and the writer's sentence after, stay the writer's
    ("His reckless allies are pushing a line that the probe is a sham.", "reckless", "writer"),
    ("The myth that the vote was rigged persists. The reckless mayor repeats it.", "reckless", "writer"),
    ("He pushed the line through the reckless crowd.", "reckless", "writer"),
])
def test_pushing_a_line(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a participle of naming after a noun: the object and its label are the noun's words
    ("Her tweets calling the judge a hack went viral.", "hack", "reported"),
    ("Smith calling Jones ignorant was the last straw.", "ignorant", "reported"),
    ("The senator's comments describing the press as corrupt drew a rebuke.", "corrupt", "reported"),
    # a relative clause that names, with an adverb or none
    ("He runs blogs that outright call the governor a liar.", "liar", "reported"),
    ("She answered a rival who brands her a fraud.", "fraud", "reported"),
    # the rest of the sentence after the label, and the noun before a relative clause, stay the writer's
    ("Her tweets calling the judge a hack drew a reckless reply.", "reckless", "writer"),
    ("The senator's comments describing the press as corrupt drew a reckless rebuke.", "reckless", "writer"),
    ("The reckless blogs that call him a liar closed.", "reckless", "writer"),
    # a noun "term" after "that" and an adjective names nothing
    ("The rule applies to whatever that nebulous term, a reckless plan, means.", "reckless", "writer"),
])
def test_participles_and_relatives_of_naming(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_the_caller_speaks():
    assert voice_at("Smith calling Jones ignorant was the last straw.", "ignorant") == ("reported", "Smith")


@pytest.mark.parametrize("text, phrase, expected", [
    # a text whose first line closes a quotation with a single mark, its opening mark lost
    ("The dumbest plan ever': Video shows the mayor at the port.\n\nThe mayor spoke on Monday.", "dumbest", "quote"),
    ("Lee's reckless plan' - video shows the mayor.", "reckless", "quote"),
    ("The dumbest plan ever\u2019: Video shows the mayor at the port.", "dumbest", "quote"),
    # what follows the mark, a possessive plural, and a single mark that opens, stay the writer's
    ("The dumbest plan ever': Video shows the reckless mayor at the port.", "reckless", "writer"),
    ("The players' reckless union called a strike.", "reckless", "writer"),
    ("The reckless plan 'worked': the mayor spoke.", "reckless", "writer"),
    # only the text's first line: a later line's lone single mark is left alone
    ("The mayor spoke on Monday in the old hall by the port.\n\nThe dumbest plan ever' is a phrase the mayor used "
     "twice on Monday in the hall.", "dumbest", "writer"),
])
def test_a_quotation_the_text_opens_with(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an @-handle after an ellipsis or a colon the sentence splitter did not cut: a post from the handle on
    ("The remark drew quite a bit of criticism on Twitter\u2026 @ann_lee The gloating from this mayor is unbearable.",
     "gloating", "statement"),
    # the writer's lead-in before it, and a handle inside the writer's sentence, stay the writer's
    ("The reckless remark drew criticism on Twitter\u2026 @ann_lee The gloating from this mayor is unbearable.",
     "reckless", "writer"),
    ("The mayor wrote on @CityHall that the gloating was over.", "gloating", "reported"),
    ("The mayor answered @CityHall about the reckless plan.", "reckless", "writer"),
])
def test_a_post_after_an_ellipsis(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a marker in capitals of linked pieces: the headlines after it, to the paragraph's end
    ("The council met on Monday. Follow the board on Twitter @cityboard MORE FROM THE EDITORIAL BOARD The unfair "
     "tax on the port Why the harbour deal is a disgrace", "unfair", "subheading"),
    # the writer's words before the marker, and "more from" in prose, stay the writer's
    ("The unfair council met on Monday. MORE FROM OPINION The tax on the port", "unfair", "writer"),
    ("The board wants more from the unfair council.", "unfair", "writer"),
])
def test_links_after_more_from(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a reaction "struck by the ... nature of" or "struck by how": what struck the subject, in the subject's view
    ("Ms. Lee was struck by the gruesome nature of the attack.", "gruesome", "reported"),
    ("Visitors are often struck by how reckless the drivers are.", "reckless", "reported"),
    # the subject, and a literal blow, stay the writer's
    ("The reckless driver was struck by the sheer scale of the damage.", "reckless", "writer"),
    ("The man was struck by a reckless driver on Monday.", "reckless", "writer"),
])
def test_struck_by(text, phrase, expected):
    assert voice(text, phrase) == expected
