"""The third step of the voice constructions (analysis/charges.py, clauses.py, hearsay.py, voice.py,
attribution.py): someone's words or charge carried by a noun, an idiom, a characterising participle, a
continuing verb, reproduced material, a pair of dashes or a relative clause with a verb of saying.

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each construction has a sentence where it
applies and, where the words are easily mistaken for it, one where it does not.
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, phrase, expected", [
    # criticism "for": the charge after "for" is the critics', who are named after "from"
    ("The governor is taking heat from teachers' unions for bowing to the reckless budget cuts.", "bowing",
     ("reported", "teachers' unions")),
    ("The senator came under fire for his dumb remarks about farmers.", "dumb", ("reported", "")),
    ("The coach drew sharp criticism for his cowardly tactics.", "cowardly", ("reported", "")),
    # calls "to" or "for" as a noun: what the calls ask for, up to the verb of their sentence
    ("Calls to audit the crooked port authority, whose chief fled abroad, were ignored by the council.",
     "crooked", ("reported", "")),
    ("Calls to audit the crooked port authority, whose chief fled abroad, were ignored by the council.",
     "fled", ("reported", "")),
    ("The union's demands for a punitive tax on landlords were ignored.", "punitive", ("reported", "The union")),
    # ... with the tagger reading "calls" as a verb after an opening phrase
    ("For example, calls to scrap the reckless scheme were rejected.", "reckless", ("reported", "")),
    # an estimate "put at": the figure and its assumptions are the estimator's
    ("Analysts peg the damage at $2 billion, assuming the reckless repairs go ahead.", "assuming",
     ("reported", "Analysts")),
    # a question someone raised is theirs
    ("A question now being raised is whether the talks may collapse.", "may", ("reported", "")),
    # a worry "about how": the subject's question
    ("Parents are worried about how the cuts would hurt schools.", "would", ("reported", "Parents")),
    # a disputed question after a verb of agreeing or differing
    ("The owners differ over how the reckless deal was struck.", "reckless", ("reported", "The owners")),
    # a portrayal "of ... as": the possessor's label
    ("The coach repeated his characterization of the referee as a reckless cheat.", "reckless",
     ("reported", "his")),
])
def test_nouns_and_idioms_that_carry_a_charge(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # characterising participles: labelling, mocking "for" (the participle itself stays the writer's)
    ("The mayor spoke for an hour, labeling his rival a dangerous crank.", "dangerous", ("reported", "The mayor")),
    ("The coach praised the team while mocking critics for their naive fears.", "naive",
     ("reported", "The coach")),
    # agreeing or hoping to act: what the subject committed to or hopes for
    ("The club agreed to repair the stadium that had been ravaged by fire.", "ravaged", ("reported", "The club")),
    ("The firm agreed to clean up the river it had poisoned for years.", "poisoned", ("reported", "The firm")),
    ("The mayor hopes to win back the disgruntled voters.", "disgruntled", ("reported", "The mayor")),
    # a passive of mentioning "as": the label is someone's, unnamed
    ("The retired judge is often mentioned as a potential candidate for mayor.", "potential", ("reported", "")),
    # a verb of seeing after "have" and an adverb the tagger calls an adjective, in a relative clause
    ("The ruling revived a dispute that the tenants have long regarded as a scandal.", "scandal",
     ("reported", "the tenants")),
    # a noun of saying with a short phrase between it and its "that" clause, and an adverb opening the clause
    ("The ad ran beside a newspaper report from last week that nearly half the money may have been wasted.", "may",
     ("reported", "")),
    # a noun of believing before a colon: what follows is the position
    ("The two unions took the same position on the merger: the deal is a reckless gamble.", "reckless",
     ("statement", "")),
    # the noun a reported clause without a subject of its own hangs on, as a relative clause
    ("The mayor attacked his rival over waste -- spending the auditor said was reckless.", "spending",
     ("reported", "the auditor")),
])
def test_verbs_that_carry_a_charge(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # "he continued" set off by commas reports the clause around it
    ("In the long run, she continued, the merger would be a disaster for the town.", "disaster",
     ("reported", "she")),
    # ... and "went on" before a colon what follows
    ("He went on: the board is corrupt and the mayor is a fraud.", "corrupt", ("reported", "He")),
    # a pair of dashes sets off a short interruption: the clause runs on after the second
    ("The coach spoke of how the club rose -- and was nearly ruined by -- its reckless owners.", "reckless",
     ("reported", "The coach")),
])
def test_continuing_and_interrupted_reports(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a statement after "saying:" at the end of its paragraph is reproduced: the next paragraph
    ("The striker hit back online, saying:\n\nThe board has shamed the club with stupid decisions. "
     "Go now!\n\nThe vote is on Monday.", "stupid", ("statement", "The striker")),
    # bullets written as a hyphen against their first word, under an introduction with a colon
    ("Talking points were circulated by aides:\n\n-The record shows the mayor served six years.\n\n"
     "-The rival team is spreading a smear about the mayor.\n\nThe vote is on Monday.", "smear", ("statement", "")),
])
def test_reproduced_material(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # "under fire" in its literal sense, with no charge after "for"
    ("Soldiers were under fire for hours near the border.", "hours"),
    # "calls" as a verb with its subject: the subject proposes (a verb of proposing), the words after the
    # object are not a noun's content
    ("The senator, a veteran of the committee, calls the reckless scheme a waste.", "senator"),
    # agreeing on a thing, not on a question
    ("The owners agreed on a reckless deal.", "reckless"),
    # the writer's own question
    ("The question is whether the talks may collapse.", "may"),
    # the first person stays the writer's
    ("We are worried about how the cuts would hurt schools.", "would"),
    # agreeing to a thing, not to act
    ("The club agreed to a reckless deal with the bank.", "reckless"),
    # a noun of saying whose "that" opens a relative clause, after a phrase
    ("The ad ran beside a newspaper report from last week that was widely shared.", "widely"),
    # "continued" and "went on" as verbs of going on, not of saying
    ("The fighting continued, killing dozens of reckless fighters.", "reckless"),
    ("She went on to win the reckless race.", "reckless"),
    # a pair of dashes around a relative clause: the aside is the writer's, the clause after it too
    ("Rather than argue about whether taxes are patriotic -- which seems a cynical question -- we should read "
     "the filings.", "cynical"),
    # the writer's paragraph after the reproduced statement is the writer's again
    ("The striker hit back online, saying:\n\nThe board has shamed the club with stupid decisions. "
     "Go now!\n\nThe reckless vote is on Monday.", "reckless"),
    # a plain report keeps its own subject: the noun before the source is not pulled in
    ("Critics of the plan said it was reckless.", "Critics"),
])
def test_the_writers_own_words_stay_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")
