"""Constructions the fresh reading of round 9 found the voice layer missing, each pinned both ways by a made-up
sentence a person read: an explanation someone gives ("attribute ... to", "chalk it up to"), a slogan named by a
noun of saying again and again ("drumbeat", "mantra", "talking point"), and a reputation ("is known as").
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice


@pytest.mark.parametrize("text, phrase, expected", [
    # the cause after "to" is the subject's explanation
    ("Analysts attribute the slump to reckless lending by the banks.", "reckless", ("reported", "Analysts")),
    ("Critics chalk it up to a shameful cover-up by the board.", "shameful", ("reported", "Critics")),
    ("The record is mixed, which others chalk up to resistance from a notoriously stubborn board.",
     "notoriously", ("reported", "others")),
    ("The ministers ascribed the defeat to the disgraceful conduct of the referee.", "disgraceful",
     ("reported", "The ministers")),
])
def test_an_explanation_someone_gives_is_theirs(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # the passive names no one: the writer's own statement of the cause
    ("The slump is often attributed to reckless lending.", "reckless"),
    # a quotation's source, not an explanation
    ("The line, attributed to Lincoln, mocks the reckless war.", "reckless"),
    # the writer's own explanation
    ("We attribute the slump to reckless lending.", "reckless"),
    # chalk without "up to" explains nothing
    ("The children chalk drawings on the shameful wall.", "shameful"),
])
def test_an_explanation_that_names_no_one_stays_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")


@pytest.mark.parametrize("text, phrase", [
    ("He called out the Speaker for what the White House has made a drumbeat all week -- a do-nothing Congress.",
     "do-nothing"),
    ("The governor's mantra of a reckless legislature grew louder.", "reckless"),
    ("Their talking point: a shameful surrender.", "shameful"),
    ("The campaign repeated its refrain about a rigged system.", "rigged"),
])
def test_a_slogan_named_as_a_refrain_is_not_the_writers(text, phrase):
    assert voice(text, phrase)[0] == "reported"


@pytest.mark.parametrize("text, phrase", [
    # the noun names no slogan here
    ("The refrain was heard all week, and the reckless plan passed.", "reckless"),
    ("The point -- a shameful surrender -- was lost on no one.", "shameful"),
    ("The drumbeat of the parade drowned out the shameful chants.", "shameful"),
])
def test_a_refrain_that_names_no_slogan_leaves_the_writers_words(text, phrase):
    assert voice(text, phrase) == ("writer", "")


def test_a_reputation_is_reported_from_no_one_named():
    assert voice("Mr. Lee, 64, is known as a brilliant lawyer who likes to argue cases.", "brilliant") == \
        ("reported", "")
    assert voice("The senator was widely known as a reckless spender.", "reckless") == ("reported", "")


@pytest.mark.parametrize("text, phrase", [
    ("The bill is known for its reckless spending.", "reckless"),  # "known for": the writer's own statement
    ("It is known as well that the plan was reckless.", "reckless"),  # "as well": no reputation
    ("I have known him as a brilliant lawyer for years.", "brilliant"),  # the writer's own view
    # a second name given, no reputation: the words after it are the writer's
    ("The transition in Burma, also known as Myanmar, away from decades of brutal rule is fragile.", "brutal"),
])
def test_known_without_a_reputation_stays_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")


def test_a_report_reproduced_after_reports_and_a_colon_is_the_outlets():
    # aggregator sites reproduce another outlet's text after "X reports:" (as after "X wrote:")
    text = ("The paper broke the story on Sunday.\nThe Daily Town reported:\n"
            "The mayor's botched budget drew blistering criticism from the council.\nThe vote is on Friday.")
    assert voice(text, "botched") == ("statement", "The Daily Town")
    assert voice(text, "The vote is") == ("writer", "")


def test_reports_in_an_earlier_sentence_introduce_nothing():
    text = "Reports of the fraud grew all week. The scheme was simple: a shameless grab for money."
    assert voice(text, "shameless") == ("writer", "")
