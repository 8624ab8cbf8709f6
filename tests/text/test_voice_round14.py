"""Voice rules written after the fresh readings of rounds 14 and 14b (analysis/voice.py, sentences.py).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each rule has a sentence where it applies
and one where it must not.
"""
from __future__ import annotations

import pytest

from analysis.sentences import sentence_bounds
from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, expected", [
    # a name's own "!" at a line's end, the next line in lower case: one sentence
    ("The senator told the hosts of Jeopardy!\nthat the quiz was rigged.\nWhy?",
     ["The senator told the hosts of Jeopardy!\nthat the quiz was rigged.", "Why?"]),
    # ... a capitalised next line starts a sentence of its own
    ("She won on Jeopardy!\nThe show aired at six.", ["She won on Jeopardy!", "The show aired at six."]),
    # ... and an exclamation after a lower-case word ends its sentence whatever follows
    ("Stop it!\nthen the crowd went home.", ["Stop it!", "then the crowd went home."]),
])
def test_a_name_s_exclamation_mark_at_a_line_end(text, expected):
    assert [text[a:b] for a, b in sentence_bounds(text)] == expected


def test_a_clause_after_a_name_s_exclamation_mark_is_reported():
    text = ("The debate went on for hours.\nThe critic told the panel at Democracy Now!\n"
            "that the fuss over the summit was ridiculous.\nThe fuss was absurd, and the summit went well.")
    assert voice(text, "ridiculous")[0] == "reported"
    assert voice(text, "absurd")[0] == "writer"


_LEAD = ("The judge has a long record of meddling in matters that belong to the other branches of government, and "
         "her latest ruling is no exception to that pattern, as the story below makes clear to anyone who reads "
         "it with care.\n")


@pytest.mark.parametrize("text, phrase, expected", [
    # a news agency's dateline after the writer's lead starts the dispatch, to its credit line in brackets
    (_LEAD + "DENVER (Reuters) - A judge on Monday freed an illegal immigrant held for weeks.\n"
     "The man had lived in the state since 2004.\n(Reporting by Ann Lee; Editing by Bo Tam)\n"
     "This judge is a menace and must be stopped.", "illegal immigrant", ("statement", "Reuters")),
    # ... the writer resuming after the credit is the writer's again
    (_LEAD + "DENVER (Reuters) - A judge on Monday freed an illegal immigrant held for weeks.\n"
     "The man had lived in the state since 2004.\n(Reporting by Ann Lee; Editing by Bo Tam)\n"
     "This judge is a menace and must be stopped.", "menace", ("writer", "")),
    # ... a dateline opening the body is the article's own: a wire story the outlet runs as it is
    ("DENVER (Reuters) - A judge on Monday freed an illegal immigrant held for weeks.\n"
     "The man had lived in the state since 2004.\n(Reporting by Ann Lee; Editing by Bo Tam)",
     "illegal immigrant", ("writer", "")),
    # ... and with no credit line and many lines left, nothing is marked (the writer may have resumed unmarked)
    (_LEAD + "DENVER (Reuters) - A judge on Monday freed an illegal immigrant held for weeks.\n"
     + "".join(f"Line {n} of the story goes on here.\n" for n in range(14)), "illegal immigrant", ("writer", "")),
])
def test_wire_copy_from_its_dateline(text, phrase, expected):
    assert voice(text, phrase) == expected


_STORY = ("The aides were fired in February.\nThe case has dragged on for a year.\nThe police have said little.\n"
          "POLICE GAVE EVIDENCE TO THE DEFENSE By Ann Lee on May 2, 2018:\n"
          "The inspector said aides took data without leave\n"
          "A trial could expose their reckless habits\n"
          "Police made no arrests despite many warnings\n"
          "Nobody should trust this sorry outfit again.\nThe vote is in May.\nThe aides deny it.\n")


@pytest.mark.parametrize("phrase, expected", [
    ("reckless", "statement"),  # under another story's headline and byline ending with a colon
    ("sorry outfit", "writer"),  # past the block's three lines: the writer's own line
])
def test_another_story_s_headline_and_byline_introduce_it(phrase, expected):
    assert voice(_STORY, phrase)[0] == expected


def test_a_byline_of_the_article_itself_introduces_nothing():
    text = _STORY.replace("POLICE GAVE EVIDENCE TO THE DEFENSE By Ann Lee on May 2, 2018:", "By Ann Lee, May 2, 2018")
    assert voice(text, "reckless")[0] == "writer"


_COMMA = ("The mayor warned of the raid a day early.\nThis did not win her friends.\nThe chief has had enough.\n"
          "The chief of the agency said in a statement Tuesday,\n"
          "The mayor's reckless decision put my officers at risk.\n"
          "Our officers will keep doing their duty.\n"
          "We will not be deterred.\n"
          "It was a shameful stunt all the same.\nThe council meets in May.\nThe mayor says little.\n")


@pytest.mark.parametrize("text, phrase, expected", [
    # a line ending with "said in a statement Tuesday," introduces the statement on the next lines
    (_COMMA, "reckless", "statement"),
    # ... for a block's three lines at most; past them, the writer's own line
    (_COMMA, "shameful", "writer"),
    # ... a line ending with a comma after anything but a verb of saying introduces nothing
    (_COMMA.replace("said in a statement Tuesday,", "had a busy Tuesday,"), "reckless", "writer"),
])
def test_a_statement_after_a_line_ending_with_said_and_a_comma(text, phrase, expected):
    assert voice(text, phrase)[0] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # "points to X as Y": the characterisation from "as" on is the subject's, as after "labels X as"
    ("The abbess points to the long training of novices, now nine years, as absurd, and she says so.", "absurd",
     ("reported", "The abbess")),
    ("The report points to the rise in crime as a reckless failure of policy.", "reckless",
     ("reported", "The report")),
    # ... the object stays the writer's
    ("The mayor points to the reckless spending of her rival as a sign of trouble.", "reckless", ("writer", "")),
    # ... an "as" that opens a clause of time, or an idiom, characterises nothing
    ("The engineer pointed to the dam as the river rose, a grim sight.", "grim", ("writer", "")),
    ("The finger points to the mayor as a rule, and the mayor is a crook.", "crook", ("writer", "")),
])
def test_points_to_x_as_y(text, phrase, expected):
    assert voice(text, phrase) == expected


_FOLLOWS = ("The ranchers were freed at last.\nThe news came on Tuesday.\n"
            "A statement from the governor's office read as follows:\n"
            "Today the governor pardoned the two ranchers.\nThe ranchers are respected in their county.\n"
            "Their trial was a long one.\n"
            "take our poll - story continues below\nWill the bill pass?\n* Yes, it will pass.\nNo, it will not.\n"
            "At the first sentencing, the judge noted that the term would shock the conscience.\n"
            "The previous administration filed an appeal.\nThis was unjust.\n"
            "Justice is overdue for both men.\n"
            "Well, it took long enough, and the delay was a scandal.\nThe ranchers went home.\nTheir cattle wait.\n")


@pytest.mark.parametrize("text, phrase, expected", [
    # a text introduced "read as follows:" runs across a poll widget to the line where the writer resumes
    (_FOLLOWS, "unjust", "statement"),
    (_FOLLOWS, "scandal", "writer"),
    # ... without a line where the writer resumes, the block keeps its usual three lines
    (_FOLLOWS.replace("Well, it took long enough, and", "Sadly,"), "unjust", "writer"),
])
def test_a_text_introduced_as_follows_runs_to_where_the_writer_resumes(text, phrase, expected):
    assert voice(text, phrase)[0] == expected


_ARGUMENT = ("Dunn went on the radio this week.\nThe hosts were not pleased.\n"
             "Here is the crux of Dunn's argument:\n"
             "So let me just make two points.\nNumber one is that the old mayor was softer on the cartel.\n"
             "The new mayor has jailed its bosses.\nThe new mayor has seized its boats.\n"
             "The new mayor has shut the docks, a corrupt den of the cartel.\n"
             "So this idea that he is a puppet is nonsense.\n"
             "The relevant part of the show begins ten minutes in:\nArticle posted with permission\n")


@pytest.mark.parametrize("text, phrase, expected", [
    # someone's words in the first person after "the crux of X's argument:" run to the next colon line
    (_ARGUMENT, "corrupt den", "statement"),
    # ... not when the writer says "I" before the introduction: the first person may be the writer's own
    (_ARGUMENT.replace("The hosts were not pleased.", "I was not pleased."), "corrupt den", "writer"),
    # ... nor when the words after the introduction are not in the first person
    (_ARGUMENT.replace("So let me just make two points.", "The pundit made two points."), "corrupt den", "writer"),
])
def test_someone_s_argument_in_the_first_person_after_a_possessive_introduction(text, phrase, expected):
    assert voice(text, phrase)[0] == expected
