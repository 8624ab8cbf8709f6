"""Interview labels in title case and writers' notes (analysis/transcripts.py).

Each text is made up and was read by a person: a phrase in a labelled answer is the labelled speaker's (voice
``statement``, source the label); a phrase in the writer's own lines stays the writer's.
"""
from __future__ import annotations

from conftest import voice_at


def lines(*sentences: str) -> str:
    return "\n".join(sentences)


# two speakers named in title case, each once at first, then again; an answer broken by a subheading
INTERVIEW = lines("The host spoke with the novelist last week.", "Mara Quellin: Welcome back to the show.",
                  "Tobias Wrenfield: It is good to be here.", "The critics were savage from the start.",
                  "The Early Years", "They called my first book a disgrace.",
                  "Mara Quellin: What did the readers say?", "Tobias Wrenfield: The readers were wonderful.",
                  "Click here to listen to the full interview.", "The pathetic reviews are forgotten now.")


def test_title_case_labels_that_alternate_are_an_interview():
    assert voice_at(INTERVIEW, "good to be") == ("statement", "Tobias Wrenfield")
    assert voice_at(INTERVIEW, "savage") == ("statement", "Tobias Wrenfield")
    # the subheading inside the answer does not end it: the line after it is the same speaker's
    assert voice_at(INTERVIEW, "disgrace") == ("statement", "Tobias Wrenfield")
    assert voice_at(INTERVIEW, "wonderful") == ("statement", "Tobias Wrenfield")
    assert voice_at(INTERVIEW, "pathetic")[0] == "writer"


def test_a_title_case_label_that_recurs_is_a_label():
    text = lines("The mayor answered readers' questions.", "Question one was about roads.",
                 "Oskar Brindleton: The roads are a disgrace and we will fix them.", "The budget is ready.",
                 "Oskar Brindleton: The old council was lazy.", "The shameful potholes are still there.")
    assert voice_at(text, "disgrace") == ("statement", "Oskar Brindleton")
    assert voice_at(text, "lazy") == ("statement", "Oskar Brindleton")
    assert voice_at(text, "budget") == ("statement", "Oskar Brindleton")


def test_a_one_off_title_or_name_line_is_no_label():
    # a title "Name: a profile" (no verb), and a name line no other label answers: the writer's lines
    text = lines("Harold Quimby: a profile", "The disgraceful deals began in 1990.", "He sold the mill.",
                 "Harold Quimby: The man who sold the town.", "His shameful deals were never punished.")
    assert voice_at(text, "disgraceful")[0] == "writer"
    assert voice_at(text, "man who sold")[0] != "statement"  # a title-case line: a subheading
    assert voice_at(text, "shameful")[0] == "writer"


def test_common_words_in_title_case_are_no_speaker():
    # "Related Articles" and "Photo Credit" alternate, but their last words are common English words
    text = lines("The storm hit the coast on Monday.", "Related Articles: The storm destroyed homes.",
                 "Photo Credit: The agency took this picture.", "The pathetic response was a shock to everyone.")
    assert voice_at(text, "destroyed")[0] != "statement"
    assert voice_at(text, "pathetic")[0] == "writer"


def test_a_writers_note_is_no_label_and_ends_an_interview():
    text = lines("AB: The plan is a scam.", "It is a fraud.", "XY: It is not.", "AB: It is a disgrace.",
                 "UPDATE: The shameful plan was dropped on Friday.", "Officials said little.")
    assert voice_at(text, "fraud") == ("statement", "AB")
    assert voice_at(text, "shameful")[0] == "writer"
    assert voice_at(text, "Officials")[0] != "statement"


def test_an_answer_whose_verb_the_tagger_reads_as_a_bare_form_still_has_a_label():
    # after the label's colon the tagger reads "We continue" as a bare verb (VB): still a verb
    text = lines("The host spoke with the novelist.", "Mara Quellin: We continue our talk about the scandal.",
                 "Tobias Wrenfield: It was a disgrace from the start.", "The pathetic coverage was a shock to all.")
    assert voice_at(text, "continue our") == ("statement", "Mara Quellin")
    assert voice_at(text, "disgrace") == ("statement", "Tobias Wrenfield")


def test_a_widget_between_two_answers_does_not_lengthen_the_tail():
    # the reader poll between two answers holds headline-like lines: it is no answer, so it does not make the
    # lines after the last answer the speaker's
    text = lines("The talk show aired on Sunday.", "Mara Quellin: What happened that night?",
                 "Tobias Wrenfield: I was at home with my family.", "Take Our Reader Poll", "Email Address",
                 "Mara Quellin: Who else was there?", "Tobias Wrenfield: Nobody else was there.",
                 "His story has changed three times since then.", "The shameful interview was a disaster for him.")
    assert voice_at(text, "at home") == ("statement", "Tobias Wrenfield")
    assert voice_at(text, "changed three")[0] == "writer"
    assert voice_at(text, "shameful")[0] == "writer"
