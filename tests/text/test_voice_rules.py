"""Every rule of the voice layer (analysis/voice.py), one sentence each.

Each sentence was read by a person, who decided whose words the marked phrase is: the writer's, a quotation,
a statement reproduced from someone, reported speech, a subheading or a name. The expectation is that
reading, not the engine's output copied.
"""
from __future__ import annotations

import pytest

from analysis import analyze
from analysis.text import Document
from analysis.voice import voices_of

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, phrase, expected", [
    # a direct quotation, with the speaker of the attribution after it
    ("\u201cThe plan is a disaster,\u201d Smith said.", "disaster", ("quote", "Smith")),
    # two apostrophes are a double quotation mark in some newspapers' archives
    ("''There is no evidence this would work,'' Mr. Burman said.", "would work", ("quote", "Mr. Burman")),
    # a closing mark typed at the start of a paragraph opens the quotation
    ("\u201dMr. Trump is a bully.\u201d \u2015 Veronica Cruz", "bully", ("quote", "Veronica Cruz")),
    # a short quoted phrase nobody is said to have said: a scare quote
    ("The \u201creform\u201d was dropped on Monday.", "reform", ("scare", "")),
    # one sentence a line: a quotation opened on one line and closed on a later one covers the lines between
    ('Graham spoke on Tuesday. "This inquiry is a disgrace.\nIt is a partisan witch hunt.\n'
     'People will see through this sham," Graham said.\nThe vote is on Friday.', "witch hunt", ("quote", "Graham")),
    ("Graham spoke. \u201cThis inquiry is a disgrace.\nIt is a witch hunt.\nIt is a sham,\u201d Graham said.",
     "witch hunt", ("quote", "Graham")),
])
def test_quotations(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # the paragraph after an introduction that ends with a colon and names a statement, and its bullets
    ("The campaign's response points were circulated:\n- The senator is a liar.\n- His plan is a scam.\n"
     "Reporters asked him about them on Monday.", "scam", ("statement", "")),
    # the rest of a sentence after such a colon, spoken by the introduction's speaker
    ("The campaign said in a statement: the senator is a liar and a fraud.", "fraud", ("statement", "The campaign")),
    # a transcript line, and the paragraph between two labelled lines
    ("PENCE: Well, the regime is a disgrace.\nAnd it is corrupt to the core.\nKAINE: No, it is not.",
     "corrupt", ("statement", "PENCE")),
    # a letter from "Dear ..." to its sign-off
    ("The mayor received a letter on Monday.\nDear Mayor Smith,\nYour plan is a disgrace to this city.\n"
     "Sincerely,\nJane Doe", "disgrace", ("statement", "")),
])
def test_statements(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_a_quotation_left_open_is_not_closed_by_a_later_line_that_opens_one():
    # the mark after "a disaster" is never closed; the next line with a mark opens a new quotation after a
    # comma, so the line between stays the writer's
    text = 'He called it "a disaster.\nThe regime fell on Monday.\nOfficials said, "we are ready."'
    assert voice(text, "regime") == ("writer", "")
    assert voice(text, "ready") == ("quote", "Officials")


def test_a_colon_that_introduces_no_statement_leaves_the_writers_words():
    # "There is one problem:" names no statement and no verb of saying: the writer goes on speaking
    assert voice("There is one problem: the plan is a disaster for the city.", "disaster") == ("writer", "")


@pytest.mark.parametrize("text, phrase, expected", [
    ("Smith said the regime had fallen.", "regime", ("reported", "Smith")),
    ("According to rebels, the regime fell.", "regime", ("reported", "rebels")),
    # "that" after a verb of saying: someone's content even when no source phrase is found
    ("To varying degrees, all agreed that the proposal would raise taxes.", "would", ("reported", "")),
    # naming: the label is the subject's
    ("Republicans called the bill a Democratic power grab.", "power grab", ("reported", "Republicans")),
    # judging with "for"
    ("Smith criticized the mayor for his reckless spending.", "reckless", ("reported", "Smith")),
    # seeing as
    ("Birchers viewed communists as terrorists.", "terrorists", ("reported", "Birchers")),
    # believing
    ("He believes the regime will fall within weeks.", "regime", ("reported", "He")),
    # asking with a question word
    ("Reporters asked whether the regime would survive the winter.", "would", ("reported", "Reporters")),
    # promising with "to"
    ("The nominee vowed to harshly punish leakers.", "harshly", ("reported", "The nominee")),
    # expressing an attitude
    ("Some Democrats privately express reservations about a seat that could decide the Senate.", "could",
     ("reported", "Some Democrats")),
    # knowing or finding, with a clause of its own and no "that"
    ("One study found Trump would raise taxes on millions of families.", "would", ("reported", "One study")),
    # a noun of saying and "that": the content of the claim
    ("Contrary to his claim that people would flee, the town grew.", "would", ("reported", "")),
    # a participle of saying after a comma governs its clause without "that"
    ("\u201cIt was personal,\u201d he said, adding he would not endorse anyone.", "would", ("reported", "he")),
    # any verb followed by "that" and a subject
    ("The Tax Foundation estimates that the plan would cost billions.", "would", ("reported", "The Tax Foundation")),
    # an attribution set off by commas reports its whole clause
    ("The museum, Mr. Obama said, would make visitors face hard truths.", "would", ("reported", "Mr. Obama")),
    # an attribution closing its sentence reports the whole sentence before it, over a ", but"
    ("Her van was supposed to be escorted, but the Secret Service whisked her away, another source said.",
     "supposed", ("reported", "another source")),
    # ... also with a few words after it ("told The Huffington Post on Thursday")
    ("Trump could embrace the policy, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.", "could",
     ("reported", "Sen. Lindsey Graham (R-S.C.)")),
    # "said" governs its clause even when its source phrase is not found
    ("All the experts I interviewed said the proposals would not blow a hole in the budget.", "would",
     ("reported", "")),
    # ", but" and a verb goes on with the same subject
    ("The Tax Policy Center says it would depress revenue, but would eventually add billions.", "would eventually",
     ("reported", "The Tax Policy Center")),
    # "but" without a comma joins two verbs of the same reported clause
    ("Trump has said that he would not defend allies but would review their spending.", "would review",
     ("reported", "Trump")),
])
def test_reported_speech(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # a judging verb without "for" reports nothing: the object is the writer's wording
    ("Smith criticized the mayor on Tuesday.", "mayor"),
    # "saw" without "as" is seeing, not judging
    ("She saw the regime's soldiers on the road.", "soldiers"),
    # the writer's own view in the first person
    ("I believe the regime will fall within weeks.", "regime"),
    # "found" with an object and no clause of its own: the writer's account
    ("Police found the stolen car near the river.", "stolen"),
    # "means that" is the writer's inference, not someone's content
    ("This means that taxes would rise next year.", "would"),
    # a noun after a preposition is no verb of promising ("reneging on promises to ...")
    ("He kept reneging on promises to bring troops home amid outright sabotage.", "sabotage"),
])
def test_the_writers_own_words(text, phrase):
    assert voice(text, phrase) == ("writer", "")


@pytest.mark.parametrize("text, phrase", [
    # a short paragraph with no finite verb
    ("Two-front war.\nThe senator spoke for an hour about the war and its costs.", "war."),
    # a paragraph in title case
    ("Questions About The Senator's Radical Plan\nThe senator spoke for an hour about the plan.", "Radical"),
])
def test_subheadings_are_their_own_voice(text, phrase):
    assert voice(text, phrase) == ("subheading", "")


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in voices_of(Document(text)).names]


def test_names_are_runs_of_capitalised_words_with_small_linking_words():
    text = "Rep. Dave Brat defended the Global War on Terrorism in a speech in Richmond."
    assert names(text) == ["Rep. Dave Brat", "Global War on Terrorism", "Richmond"]
    assert voice(text, "Brat") == ("name", "")


def test_a_lower_case_phrase_is_never_a_name():
    text = "US troops joined a CIA dirty war in Syria."
    assert voice(text, "dirty war") == ("writer", "")
    assert names(text) == ["US", "CIA", "Syria"]


def test_a_common_word_in_capitals_for_emphasis_is_no_name():
    text = "The senator called the plan a total DISASTER for NATO."
    assert names(text) == ["NATO"]


def test_a_word_opening_a_sentence_is_a_name_only_with_evidence():
    # "The" opens the sentence and is a function word; "Biden" is known to the tagger only as a proper noun
    assert names("The Biden administration continued the policy.") == ["Biden"]
    # "Trump" stands capitalised inside the second sentence, so the opening "Trump" is a name too
    assert names("Trump spoke first. Then Trump left the stage.") == ["Trump", "Trump"]
    # "Disgusting" after a quotation mark is a common word capitalised by its position
    assert names("She shouted \u201cDisgusting\u201d at the stage.") == []


def test_a_name_inside_a_quotation_is_still_a_name():
    text = "\u201cDave Brat is wrong,\u201d she said."
    voices = analyze(text).document.voices
    start = text.index("Brat")
    assert voices.at(start).voice == "quote" and voices.in_name(start, start + 4)
    assert not voices.in_name(text.index("wrong"), text.index("wrong") + 5)


def test_the_layer_is_built_once_before_the_measures():
    result = analyze("Smith said the regime had fallen.")
    doc = result.document
    assert doc.voices is doc.reading.voices and voices_of(doc) is doc.voices
    (loaded,) = [s for s in result.spans() if s.measure == "loaded"]
    assert (loaded.voice, loaded.speaker) == ("reported", "Smith")


def test_verbs_of_judging_and_believing_are_attributions_with_their_subject_as_source():
    # PolNeAR counts beliefs and judgements as attributions: "blamed ... for" and "fears" have a source
    result = analyze("Smith blamed the mayor for his spending. Jones fears the plan will fail.")
    found = [(s.detail, s.entry) for s in result.spans() if s.measure == "attributions"]
    assert found == [("Smith", "blamed"), ("Jones", "fears")]
