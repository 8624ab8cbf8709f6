"""Page furniture (analysis/furniture.py, lexicons/furniture.yaml): a widget the site set into the text is the
page's, not the article's. Every text here is made up; a person read each and decided where the widget ends.
"""
from __future__ import annotations

import pytest

from analysis import analyze
from analysis.errors import LexiconError
from analysis.furniture import read_markers

from conftest import voice_at as voice

POLL = ("The council met on Monday and voted to close the library.\n"
        "take our poll - story continues below\n"
        "Who is the most corrupt mayor in the state?\n"
        "Who is the most corrupt mayor in the state?\n"
        "* Ann Lee Bob Ray Carl Dunn\n"
        "Email *\n"
        "Name This field is for validation purposes and should be left unchanged.\n"
        "Completing this poll grants you access to Daily Town updates free of charge.\n"
        "You may opt out at anytime.\n"
        "You also agree to this site's Privacy Policy and Terms of Use.\n"
        "The library's closure is a shameful betrayal of the town's children.\n"
        "Why would anyone vote for that?\n")


@pytest.mark.parametrize("phrase", ["take our poll", "corrupt mayor", "Ann Lee", "Email *", "validation",
                                    "You may opt out", "Privacy Policy"])
def test_every_line_of_a_poll_widget_is_furniture(phrase):
    assert voice(POLL, phrase) == ("furniture", "")


@pytest.mark.parametrize("phrase", ["voted to close", "shameful betrayal", "Why would anyone"])
def test_the_prose_around_the_widget_stays_the_writers(phrase):
    # the line before, the first line of prose after the form, and a second, different question after it
    assert voice(POLL, phrase) == ("writer", "")


def test_a_loaded_word_in_a_poll_is_no_writers_match_and_its_words_are_not_the_writers():
    result = analyze(POLL)
    loaded = {(s.text, s.voice) for s in result.spans() if s.measure == "loaded"}
    assert ("corrupt", "furniture") in loaded and ("corrupt", "writer") not in loaded
    assert ("shameful", "writer") in loaded
    # the writer's words are those of the three lines of prose, as if the widget were not there
    prose = "\n".join(POLL.split("\n")[:1] + POLL.split("\n")[10:])
    assert result.values()["writer_words"] == analyze(prose).values()["writer_words"] == 28


def test_a_paragraph_about_a_poll_is_the_writers():
    text = ("In a poll taken by the university last week, most voters called the mayor corrupt.\n"
            "The mayor did not answer questions on Tuesday.")
    assert voice(text, "poll taken") == ("writer", "")
    assert voice(text, "mayor did not") == ("writer", "")


def test_a_widget_glued_to_the_prose_starts_at_its_marker():
    text = ("The border was closed for hours on Friday..... take our poll - story continues below "
            "Should the border stay closed?\nShould the border stay closed?\n* Yes, close it.\nNo, open it.\n"
            "Email *\nYou may opt out at anytime.\nCrowds gathered at the gate by noon.")
    assert voice(text, "border was closed") == ("writer", "")
    assert voice(text, "take our poll") == ("furniture", "")
    assert voice(text, "stay closed") == ("furniture", "")
    assert voice(text, "No, open it") == ("furniture", "")  # an option between the question and the form
    assert voice(text, "Crowds gathered") == ("writer", "")


def test_a_short_line_after_the_question_is_prose_when_no_form_follows():
    # nothing marks "He resigned." as an option: no form line comes after it
    text = ("The vote failed.\ntake our poll\nShould the mayor resign?\nHe resigned on Friday anyway.\n"
            "The council will meet again next month to choose a successor.")
    assert voice(text, "Should the mayor") == ("furniture", "")
    assert voice(text, "He resigned") == ("writer", "")


def test_a_polls_question_after_its_form_is_taken_and_the_prose_after_it_is_not():
    text = ("The deal was signed in secret.\ntake our poll - story continues below\n"
            "You may opt out at anytime.\nWho is the most corrupt senator?\nThe banks were pressured to comply.")
    assert voice(text, "most corrupt") == ("furniture", "")
    assert voice(text, "banks were") == ("writer", "")


@pytest.mark.parametrize("text, phrase, expected", [
    # a label alone on its line; the next line is prose
    ("The bishop spoke at noon.\nAdvertisement\nHis critics called the speech absurd.", "Advertisement",
     ("furniture", "")),
    ("The bishop spoke at noon.\nAdvertisement\nHis critics called the speech absurd.", "bishop", ("writer", "")),
    # "advertisement" inside a sentence is the article's word
    ("The campaign released an advertisement that called the senator a coward.\nIt ran on Monday.",
     "advertisement", ("writer", "")),
    # a link line to another article of the site
    ("Read more: The mayor's shameful plan, explained\nThe plan goes to a vote in May.", "shameful",
     ("furniture", "")),
    ("Read more: The mayor's shameful plan, explained\nThe plan goes to a vote in May.", "plan goes",
     ("writer", "")),
    # a form's consent line outside any widget is the article's (an article may discuss a privacy policy)
    ("The company changed its Privacy Policy and Terms of Use on Monday.", "Privacy", ("name", "")),
])
def test_lines_that_are_furniture_on_their_own(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_material_introduced_before_a_widget_is_looked_for_after_it():
    text = ("The paper published its findings on Monday.\nThe Daily Town said in a statement:\n"
            "take our poll - story continues below\nWho is the worst mayor?\nEmail *\nYou may opt out at anytime.\n"
            "The mayor's budget is a reckless gamble with public money.\nThe council votes on Friday.")
    assert voice(text, "worst mayor") == ("furniture", "")
    assert voice(text, "reckless gamble") == ("statement", "The Daily Town")


def test_a_malformed_markers_file_is_an_error_naming_the_entry(tmp_path):
    bad = tmp_path / "furniture.yaml"
    bad.write_text("entries:\n  - marker: take our poll\n    where: somewhere\n    opens: poll\n"
                   "    explanation: a poll\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="take our poll.*'where:' must be one of"):
        read_markers(bad)
    missing = tmp_path / "none.yaml"
    with pytest.raises(LexiconError, match="does not exist"):
        read_markers(missing)


def test_every_shipped_marker_has_an_explanation():
    markers = read_markers()
    assert markers and all(m.explanation and m.words == m.words.lower() for m in markers)
    assert {m.opens for m in markers} == {"line", "poll"}
