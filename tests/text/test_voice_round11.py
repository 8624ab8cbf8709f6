"""Voice rules written after reading round 11b (analysis/voice.py).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each rule has a sentence where it applies
and one where it must not.
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase

_POINTS = ("The mayor's record came up again.\n"
           "As for her donors, the Ledger reported the following:\n"
           "1 \u2013 She took money from a shady developer.\n"
           "2 \u2013 Her fund paid a corrupt lobbyist.\n"
           "3 \u2013 Her aides hid the payments.\n"
           "The council will vote on the contract in May, and the corrupt deal may pass.")


@pytest.mark.parametrize("phrase, expected", [
    # numbered points written "1 -" (a dash after the number) under an introduction with a colon
    ("shady", "statement"),
    ("corrupt lobbyist", "statement"),
    # ... the writer's line after the last point is the writer's again
    ("corrupt deal", "writer"),
])
def test_numbered_points_with_a_dash(phrase, expected):
    assert voice(_POINTS, phrase)[0] == expected


def test_a_number_and_a_dash_without_an_introduction_is_the_writer_s():
    text = ("The mayor's record came up again.\nThe vote was close.\n"
            "2 \u2013 the corrupt deal passed by two votes.\n3 \u2013 the shady lobbyist won.")
    assert voice(text, "shady")[0] == "writer"


@pytest.mark.parametrize("text, phrase, expected", [
    # a sentence ending with a scripture citation (a book and its chapter) is the cited text, its source the book
    ("The prophets saw it coming. The wicked shall be cast down into the pit (Psalm 55:23).", "wicked",
     ("statement", "Psalm")),
    ("The prophets saw it coming. They sow the wind and reap a wicked harvest (Hosea 8).", "wicked",
     ("statement", "Hosea")),
    # ... a book that is also a first name needs a verse; a section number cites nothing
    ("The report was released. The wicked plan failed (Mark 5).", "wicked", ("writer", "")),
    ("The report was released. The wicked plan failed (Section 5).", "wicked", ("writer", "")),
    # ... and a citation inside the sentence marks a phrase only: the writer's sentence stays the writer's (and the
    # colon of "2:4", between digits, introduces nothing)
    ("They ignore the warning (Jonah 2:4) and follow the wicked leaders of the day.", "wicked", ("writer", "")),
])
def test_a_sentence_ending_with_a_scripture_citation(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_a_long_sentence_with_a_proof_text_stays_the_writer_s():
    text = ("The churches, instead of standing up to the government that taxes them and their flocks without end, "
            "teach them to submit to a corrupt tyranny as if it were obedience (Romans 13:1).")
    assert voice(text, "corrupt")[0] == "writer"


def test_a_label_list_with_a_proof_text_stays_the_writer_s():
    text = "The board met again. Liars, cheats and corrupt schemers are what they are (Luke 6:45)."
    assert voice(text, "corrupt")[0] == "writer"


_CHALLENGE = ("The synod ended on Sunday.\nThe bishops must answer the challenge posed years ago by Father Anton "
              "Weber, when the crisis was only beginning:\nWhere are the leaders who will guide us?\n"
              "Where are the courageous pastors who will speak?\nWho will stand up for the faithful?\n"
              "The synod's corrupt compromise settled nothing.\nThe bishops went home.")


@pytest.mark.parametrize("phrase, expected", [
    # a challenge or a question posed or asked by someone, introduced with a colon: its lines are his
    ("courageous", "statement"),
    # ... for the lines of a block, and the writer's line after them is the writer's again
    ("corrupt compromise", "writer"),
])
def test_a_challenge_posed_by_someone(phrase, expected):
    assert voice(_CHALLENGE, phrase)[0] == expected


def test_a_question_with_no_one_posing_it_is_the_writer_s():
    text = ("The synod ended on Sunday.\nThe question for the bishops is simple:\n"
            "Where are the courageous pastors who will speak?\nThe bishops went home.")
    assert voice(text, "courageous")[0] == "writer"


@pytest.mark.parametrize("text, phrase, expected", [
    # criticism attracted or invited "for": the charge after "for" is the critics'
    ("The visit attracted fierce criticism for legitimising a brutal junta.", "brutal", ("reported", "")),
    ("The decision invited criticism for rewarding a corrupt donor.", "corrupt", ("reported", "")),
    # ... attracting something else is no criticism: the writer's words
    ("The brutal junta attracted investors for years.", "brutal", ("writer", "")),
    ("The show attracted viewers for its brutal honesty.", "brutal", ("writer", "")),
])
def test_criticism_attracted_for(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_the_writer_s_own_question_stays_the_writer_s():
    text = ("The synod ended on Sunday.\nSo I asked the obvious question:\n"
            "Where are the courageous pastors who will speak?\nThe bishops went home.")
    assert voice(text, "courageous")[0] == "writer"
