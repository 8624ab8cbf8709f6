"""Round 18 of the voice rules: quotations cut by a paragraph's edge (analysis/quoting.py :func:`loose_quotes`),
posts marked by a hashtag or an opening @-handle (analysis/embeds.py :func:`posts`), and views assigned to others
(analysis/viewpoints.py): "a tyrant to some", "depending on who you ask", "For critics, ...", telling "that", describing
an object, presenting oneself "as", deciding with a clause.

Each text is made up and was read by a person: a phrase in someone else's words (the rule applies) and one in the
writer's own words beside it (the writer's: the rule must not reach it).
"""
from __future__ import annotations

import pytest

from conftest import voice_at, voice_of as voice


@pytest.mark.parametrize("text, phrase, expected", [
    # an opening mark never closed before the text ends: the rest of the paragraph is a quotation
    ("\u201cThe new ferry is a shameful waste of money.", "shameful", "quote"),
    ('"The new ferry is a shameful waste of money.', "shameful", "quote"),
    # ... also in a paragraph followed by one that does not reopen it; the next paragraph stays the writer's
    ('The mayor spoke on Monday.\n"The new ferry is a shameful waste.\nThe vote is a reckless gamble.',
     "shameful", "quote"),
    ('The mayor spoke on Monday.\n"The new ferry is a shameful waste.\nThe vote is a reckless gamble.',
     "reckless", "writer"),
    # ... up to a comma an attribution follows: the attribution stays outside
    ('"The ferry is a shameful waste, the mayor said. The vote was reckless.', "shameful", "quote"),
    ('"The ferry is a shameful waste, the mayor said. The vote was reckless.', "reckless", "writer"),
    # a closing mark with no opening one: from the paragraph's start to the mark
    ("They will make the council look ridiculous.\u201d", "ridiculous", "quote"),
    ('They will make the council look ridiculous." The vote was reckless.', "ridiculous", "quote"),
    ('They will make the council look ridiculous." The vote was reckless.', "reckless", "writer"),
    # an inch mark is no closing mark; apostrophes are never read
    ('The 6-foot-2" guard made a reckless pass.', "reckless", "writer"),
    ("The players' reckless tactics drew jeers.", "reckless", "writer"),
    # two loose marks in one line: which opens cannot be told, the line stays as it was
    ('The fans" booed the reckless "coach.', "reckless", "writer"),
])
def test_a_quotation_cut_by_the_paragraphs_edge(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Fans answered the coach with #disgraceful all night.", "#disgraceful", "statement"),
    ("Fans answered the coach with #disgraceful all night.", "answered", "writer"),
    ("The team was ranked #1 after a reckless season.", "reckless", "writer"),
    (".@CoachLee made a total fool of himself tonight.", "fool", "statement"),
    ("Old fans knew it!! .@CoachLee made a total fool of himself tonight.", "fool", "statement"),
    ("Old fans knew it!! .@CoachLee made a total fool of himself tonight.", "Old fans", "writer"),
    ("@CityHall you are a disgrace.", "disgrace", "statement"),
    # a handle inside the writer's sentence names an account
    ("The club posted on @CityClub that the rival coach was a fool.", "posted", "writer"),
    ("The rival coach, @CoachLee, was a total fool on Sunday.", "fool", "writer"),
])
def test_a_post_marked_by_a_hashtag_or_an_opening_handle(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # views held "to" some and others
    ("A ruthless tyrant to some and a misunderstood saviour to others, the old general died on Monday.",
     "ruthless", ("reported", "some")),
    ("A ruthless tyrant to some and a misunderstood saviour to others, the old general died on Monday.",
     "misunderstood", ("reported", "others")),
    ("The mayor is a disgrace to his critics and a hero to his supporters.", "disgrace", ("reported", "his critics")),
    ("A ruthless tyrant to some and a misunderstood saviour to others, the old general died on Monday.",
     "died", ("writer", "")),
    # not holders: "to some of the workers", and a verb in the phrase
    ("The reckless plan is a threat to some of the workers.", "reckless", ("writer", "")),
    ("The reckless club sold tickets to fans, who queued for hours.", "reckless", ("writer", "")),
    ("The reckless clerk took the files, then passed them to others.", "reckless", ("writer", "")),
    # descriptions "depending on who you ask"
    ("His record ranges from reckless to heroic, depending on who you ask.", "reckless", ("reported", "")),
    ("Depending on who is doing the describing, the mayor is a hero or a crook.", "crook", ("reported", "")),
    ("The reckless mayor resigned. His record depends on the audit.", "reckless", ("writer", "")),
    # "For critics, ..." with people defined by their view
    ("For our friends on the Left, the mayor's plan is a reckless giveaway.", "reckless", ("reported",
                                                                                           "our friends on the Left")),
    ("For many, the ruling was a shameful betrayal.", "shameful", ("reported", "many")),
    # not a time, an aside, a named person or another group: the writer's own assessment
    ("For years, the regime was brutal.", "brutal", ("writer", "")),
    ("For the first time, the brutal regime lost a vote.", "brutal", ("writer", "")),
    ("For now, the reckless plan stands.", "reckless", ("writer", "")),
    ("For Smith, the stakes are disastrously high.", "disastrously", ("writer", "")),
    ("For farmers, the drought is a disaster.", "disaster", ("writer", "")),
])
def test_a_view_assigned_to_others(text, phrase, expected):
    assert voice_at(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # telling an audience "that": a document or a person as subject
    ("The envoy's letter informed the queen that the treaty was a treasonous fraud.", "treasonous", "reported"),
    ("The Water Board advised residents that the levee repairs were a shameful sham.", "shameful", "reported"),
    ("The envoy's letter informed the queen that the treaty was a treasonous fraud.", "informed", "writer"),
    ("The agency advised residents that the levee repairs were a shameful sham.", "shameful", "reported"),
    # no one's statement: events remind no one of anything they said
    ("Events reminded voters that the war was a disaster.", "disaster", "writer"),
    ("The floods reminded residents that the levee was a shameful sham.", "shameful", "writer"),
    # describing an object: the object is the describer's account, to its first comma
    ("The host details the mayor's inept response to the floods.", "inept", "reported"),
    ("The report lays out the council's reckless spending, which the writer saw firsthand.", "reckless", "reported"),
    ("The report lays out the council's reckless spending, which outraged the brutal critics.", "brutal", "writer"),
    ("The furious host details the plan.", "furious", "writer"),
    # with "as" it is a verb of seeing: the whole characterisation is the describer's, past its commas
    ("The host described the mayor as a crook, a liar and a reckless thief.", "reckless", "reported"),
    # ... not from a demonstrative on: "this" points back to the writer's own naming
    ("The author outlines the workings of this tyrannical regime.", "tyrannical", "writer"),
    # ... nor from a word that opens a clause of the writer's, nor over the subject's next verb
    ("The aide detailed the incidents where she claimed the mayor was a brute.", "claimed", "writer"),
    ("The aide detailed the mayor's reckless loans and resigned in disgust.", "reckless", "reported"),
    ("The aide detailed the mayor's reckless loans and resigned in disgust.", "disgust", "writer"),
    ("The site details how to apply for the reckless scheme.", "reckless", "writer"),
    # presenting oneself "as": the subject's own claim, over a dash that repeats "as"
    ("The governor had held himself out as a healer - as a visionary who would end the feud.", "visionary",
     "reported"),
    ("The club billed itself as the greatest team in history.", "greatest", "reported"),
    ("The brutal governor had held himself out as a healer.", "brutal", "writer"),
    ("The club promotes itself as a home for fans and labels critics as traitors.", "critics", "writer"),
    # the claim is its head: what follows a preposition after it is the writer's telling
    ("The party promotes itself as a voice for the reckless rabble.", "voice", "reported"),
    ("The party promotes itself as a voice for the reckless rabble.", "reckless", "writer"),
    # an achievement the writer states is no self-presentation
    ("The governor established himself as a brilliant negotiator.", "brilliant", "writer"),
    # deciding with a clause
    ("The board decided the ferry was a reckless waste.", "reckless", "reported"),
    ("The board decided to scrap the reckless ferry.", "reckless", "writer"),
    ("At what point did we decide the ferry was a reckless waste?", "reckless", "writer"),
])
def test_telling_describing_presenting_and_deciding(text, phrase, expected):
    assert voice(text, phrase) == expected
