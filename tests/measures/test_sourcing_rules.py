"""Attribution rules, one sentence each; every expectation was checked by reading the sentence."""
from __future__ import annotations

import pytest

from analysis import analyze
from analysis.text import Document


def attributions(text: str):
    return [s for s in analyze(text).spans() if s.measure == "attributions"]


def only_attribution(text: str):
    found = attributions(text)
    assert len(found) == 1, [(a.detail, a.entry) for a in found]
    return found[0]


@pytest.mark.parametrize("sentence, source, kind", [
    # a party label is part of the name (PolNeAR marks "Sen. David Perdue (R-Ga.)" whole)
    ("Sen. Lindsey Graham (R-S.C.) said the deal was dead.", "Sen. Lindsey Graham (R-S.C.)", "named"),
    # an apposition between the name and the verb belongs to the source
    ("Sen. Jane Doe, the committee chair, said the bill would pass.", "Sen. Jane Doe, the committee chair", "named"),
    ("Rep. Jim Jordan (R-Ohio), an oversight panel member, said it was over.",
     "Rep. Jim Jordan (R-Ohio), an oversight panel member", "named"),
    # a participle between subject and verb does not ("speaking to ..." is what he was doing)
    ("Trump, speaking to a veterans group in Virginia, said he would order a review.", "Trump", "named"),
    # coordination of two names is one source
    ("Trump and Clinton said the debate would go ahead.", "Trump and Clinton", "named"),
    # inverted order after a quotation, with an apposition after the name
    ("\u201cWe will win,\u201d said Maria Lopez, a spokeswoman for the campaign.",
     "Maria Lopez, a spokeswoman for the campaign", "named"),
    # a time phrase between the source and the verb is skipped
    ("Sanders on Tuesday said he wants to attack four provisions.", "Sanders", "named"),
    # a participle of saying takes the subject of its clause
    ("Trump is defending his remarks, saying they were a joke.", "Trump", "named"),
    # documents are their own kind, not anonymous people
    ("According to documents reviewed by The Intercept, the base was expanded.",
     "documents reviewed by The Intercept", "document"),
    ("The documents do not explicitly confirm the plan.", "The documents", "document"),
    ("Local media reported that the road was closed.", "Local media", "anonymous"),
    ("He said the talks had failed.", "He", "pronoun"),
    # passive with an agent: the agent is the source
    ("The attack was reported by local media.", "local media", "anonymous"),
])
def test_source_phrase_and_kind(sentence, source, kind):
    a = only_attribution(sentence)
    assert (a.detail, a.category) == (source, kind)
    assert sentence[a.source_start:a.source_end] == source


def test_who_said_marks_the_relative_pronoun_and_names_its_antecedent():
    a = only_attribution("Officials met an architect who said he was never paid.")
    assert "Officials met an architect who said he was never paid."[a.source_start:a.source_end] == "who"
    assert a.detail == "an architect"


def test_a_coordinated_verb_shares_the_subject_of_the_verb_before():
    found = attributions("Smith said the plan had failed and added that talks would resume.")
    assert [(a.entry, a.detail) for a in found] == [("said", "Smith"), ("added", "Smith")]


@pytest.mark.parametrize("sentence", [
    "His claims were false.",                 # claims after a possessive is a noun
    "A call for calm went unheeded.",         # call after an article is a noun
    "He tells lies about everything.",        # tell + lies is not telling an audience
    "No injuries were reported.",             # a passive without "by" names no source
    "The desire by White House officials to end the war was clear.",  # officials mentioned, not a source
])
def test_no_attribution(sentence):
    result = analyze(sentence)
    assert [s for s in result.spans() if s.measure == "attributions"] == []
    assert result.values()["anonymous_sources_per_1000"] == 0


@pytest.mark.parametrize("sentence, verb", [
    ("Democrats suggested the vote be delayed.", "suggested"),
    ("The mayor declared that the emergency was over.", "declared"),
    ("Investigators concluded that the fire was an accident.", "concluded"),
    ("Many voters think that the economy is weak.", "thinks"),
])
def test_added_reporting_verbs(sentence, verb):
    assert only_attribution(sentence).entry == verb


def test_attribution_inside_a_quotation_belongs_to_the_quoted_speaker():
    found = attributions("\u201cI think we won,\u201d she said.")
    assert [(a.entry, a.detail) for a in found] == [("said", "she")]


def test_named_person_beside_a_word_for_unnamed_sources_is_named():
    result = analyze("\u201cWe will win,\u201d said Maria Lopez, a spokeswoman for the campaign.")
    assert [s for s in result.spans() if s.measure == "sources"] == []
    assert result.values()["anonymous_attributions"] == 0


def test_sentence_splitter_keeps_dotted_initialisms_and_party_labels_inside_sentences():
    text = ("The F.B.I. Director James Comey testified on Tuesday. The I.R.S. agents left. "
            "Rep. Gwen Moore (D-Wis.) said Friday it was over. He joined the F.B.I. The agency said no.")
    doc = Document(text)
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == [
        "The F.B.I. Director James Comey testified on Tuesday.", "The I.R.S. agents left.",
        "Rep. Gwen Moore (D-Wis.) said Friday it was over.", "He joined the F.B.I.", "The agency said no."]


def test_tags_lie_beside_the_tokens():
    doc = Document("His claims were a call for war, he said.")
    tags = dict(zip(doc.words(), doc.tags))
    assert len(doc.tags) == doc.n_words
    assert tags["claims"] == "NNS" and tags["said"] == "VBD" and tags["he"] == "PRP"
