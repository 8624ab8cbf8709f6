"""Round 17 of the voice rules: a passage pasted without marks after a line that names its source with a verb
of explaining or writing and ends in an ellipsis or a colon (analysis/pasted.py :func:`pasted`).

Each text is made up and was read by a person: a phrase inside the pasted passage (its source's words) and
one in the writer's own lines after the clear mark of the writer's return (the writer's: the passage must
not swallow them).
"""
from __future__ import annotations

from conftest import voice_of as voice


def lines(*sentences: str) -> str:
    """One sentence a line (as the propaganda corpus sets its articles)."""
    return "\n".join(sentences)


PASTE = lines("The old story is told in many churches.", "Its lesson is often missed.",
              "The Bible Answers site explains very well\u2026",
              "The chapter records two visitors arriving at the gate.", "The townsmen surrounded the house.",
              "They demanded that the visitors be handed over.", "Their wicked conduct was well known.",
              "The town was destroyed the next morning.", "I find the modern excuses for that town absurd.",
              "The preachers who deny it are cowards.")
COLON = lines("The governor spoke on Monday.", "The debate went on for weeks.", "The historian puts it best:",
              "The first treaty was signed in haste.", "Its terms were a disgraceful surrender.",
              "No one in the capital read it.", "Here is what is wrong with the plan:",
              "The outrageous tax will fall on farmers.", "The vote is on Friday.")
RESUMED = lines("The old story is told in many churches.", "Its lesson is often missed.",
                "The Bible Answers site explains very well...", "The townsmen surrounded the house.",
                "Their wicked conduct was well known.", "The point is that the town had no righteous men.",
                "The preachers who deny it are cowards.")
WRITER = lines("The old story is told in many churches.", "Its lesson is often missed.",
               "I explain it very well\u2026", "The townsmen were wicked.", "The town was destroyed.",
               "The council met on Monday.", "The vote is on Friday.")
CONTENT = lines("The old story is told in many churches.", "Its lesson is often missed.",
                "The pastor also explained why the town fell.", "The townsmen were wicked.",
                "The town was destroyed.", "The council met on Monday.", "The vote is on Friday.")


def test_a_passage_after_explains_with_an_ellipsis_is_its_sources_to_the_writers_first_person():
    assert voice(PASTE, "wicked conduct") == "statement"
    assert voice(PASTE, "The townsmen surrounded") == "statement"
    assert voice(PASTE, "absurd") == "writer"  # "I find ...": the writer's return
    assert voice(PASTE, "cowards") == "writer"


def test_a_line_that_names_the_writers_resumption_ends_the_passage():
    assert voice(RESUMED, "wicked conduct") == "statement"
    assert voice(RESUMED, "The point is") == "writer"
    assert voice(RESUMED, "cowards") == "writer"


def test_a_passage_after_puts_it_best_with_a_colon_runs_to_the_next_introduction():
    assert voice(COLON, "disgraceful surrender") == "statement"
    assert voice(COLON, "No one in the capital") == "statement"
    assert voice(COLON, "outrageous") == "writer"
    assert voice(COLON, "Here is what") == "writer"  # a line that introduces again ends the passage


def test_the_writers_own_explanation_in_the_first_person_introduces_nothing():
    assert voice(WRITER, "wicked") == "writer"


def test_a_line_whose_verb_has_its_content_in_the_sentence_introduces_nothing():
    assert voice(CONTENT, "wicked") == "writer"


def paragraphs(*texts: str) -> str:
    """Paragraphs of several sentences, a blank line between them (a text whose paragraphs are real)."""
    return "\n\n".join(texts)


SECTIONS = paragraphs(
    "The bill passed the state senate on Tuesday. The governor is expected to sign it.",
    "The former attorney general wrote a careful analysis of the bill's flaws:",
    "No hearing at all.",
    "The bill lets a court act before the owner is told. That is a plain denial of due process.",
    "Its backers say the order is temporary. It can last for years.",
    "A very low standard of proof.",
    "The deceptively simple test asks only for reasonable cause. Courts rarely refuse.",
    "The burden on the owner.",
    "A second hearing must follow within two weeks. The owner bears the burden there.",
    "After the vote, the governor made a disgraceful speech. The session ends in May.")
SENTENCE_FIRST = paragraphs(
    "The bill passed the state senate on Tuesday. The governor is expected to sign it.",
    "The former attorney general wrote a careful analysis of the bill's flaws:",
    "The bill lets a court act before the owner is told. That is a plain denial of due process.",
    "A very low standard of proof.",
    "The deceptively simple test asks only for reasonable cause. Courts rarely refuse.",
    "After the vote, the governor made a disgraceful speech. The session ends in May.")


def test_a_passage_with_its_own_heading_lines_runs_to_its_last_heading():
    assert voice(SECTIONS, "plain denial") == "statement"
    assert voice(SECTIONS, "deceptively simple") == "statement"  # between the headings
    # the last section ends with no mark: left to the writer, with the writer's own lines after it
    assert voice(SECTIONS, "A second hearing") == "writer"
    assert voice(SECTIONS, "disgraceful speech") == "writer"


def test_a_passage_that_opens_with_a_sentence_is_one_paragraph_as_before():
    assert voice(SENTENCE_FIRST, "plain denial") == "statement"
    assert voice(SENTENCE_FIRST, "deceptively simple") == "writer"
