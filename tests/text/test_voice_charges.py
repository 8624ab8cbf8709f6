"""The third step of the voice constructions (analysis/charges.py, clauses.py, hearsay.py, voice.py,
attribution.py): someone's words or charge carried by a noun, an idiom, a characterising participle, a
continuing verb, reproduced material, a pair of dashes or a relative clause with a verb of saying.

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each construction has a sentence where it
applies and, where the words are easily mistaken for it, one where it does not.
"""
from __future__ import annotations

import pytest

from analysis import analyze


def voice(text: str, phrase: str) -> tuple[str, str]:
    """(voice, source) at the first character of ``phrase`` in ``text``, as the pipeline attaches it."""
    region = analyze(text).document.voices.at(text.index(phrase))
    return ("writer", "") if region is None else (region.voice, region.speaker)


@pytest.mark.parametrize("text, phrase, expected", [
    # criticism "for": the charge after "for" is the critics', who are named after "from"
    ("The governor is taking heat from teachers' unions for caving to the reckless demands.", "caving",
     ("reported", "teachers' unions")),
    ("The senator came under fire for his dumb remarks about farmers.", "dumb", ("reported", "")),
    ("The coach drew sharp criticism for his cowardly tactics.", "cowardly", ("reported", "")),
    # calls "to" or "for" as a noun: what the calls ask for, up to the verb of their sentence
    ("Calls to investigate the brutal crackdown in the province, where rebels are fighting, were rejected.",
     "brutal", ("reported", "")),
    ("Calls to investigate the brutal crackdown in the province, where rebels are fighting, were rejected.",
     "rebels", ("reported", "")),
    ("The union's demands for a punitive tax on landlords were ignored.", "punitive", ("reported", "The union")),
    # ... with the tagger reading "calls" as a verb after an opening phrase
    ("For example, calls to scrap the reckless scheme were rejected.", "reckless", ("reported", "")),
    # an estimate "put at": the figure and its assumptions are the estimator's
    ("The agency puts the cost at $5 billion, assuming no reckless spending.", "assuming",
     ("reported", "The agency")),
    # a question someone raised is theirs
    ("One question that has emerged is whether the talks may collapse.", "may", ("reported", "")),
    # a worry "about how": the subject's question
    ("Parents are worried about how the cuts might hurt schools.", "might", ("reported", "Parents")),
    # a portrayal "of ... as": the possessor's label
    ("The senator repeated his characterization of the mayor as a reckless bully.", "reckless",
     ("reported", "his")),
])
def test_nouns_and_idioms_that_carry_a_charge(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # characterising participles: labelling, mocking "for" (the participle itself stays the writer's)
    ("The mayor spoke for an hour, labeling his rival a public menace.", "menace", ("reported", "The mayor")),
    ("The coach praised the team while mocking critics for their supposedly clever plan.", "supposedly",
     ("reported", "The coach")),
    # agreeing or hoping to act: what the subject committed to or hopes for
    ("The club agreed to repair the stadium that had been ravaged by fire.", "ravaged", ("reported", "The club")),
    ("The club agreed to clean up the beach that had been ravaged by the storm.", "ravaged",
     ("reported", "The club")),
    ("The farmers hope to recover the expected losses from the storm.", "expected", ("reported", "The farmers")),
    # a passive of mentioning "as": the label is someone's, unnamed
    ("The banker has been mentioned as a potential finance minister.", "potential", ("reported", "")),
    # a verb of seeing after "have" and an adverb the tagger calls an adjective, in a relative clause
    ("The ruling revived a dispute that he and his allies have long regarded as racist.", "racist",
     ("reported", "he and his allies")),
    # a noun of saying with a short phrase between it and its "that" clause, and an adverb opening the clause
    ("The ad ran beside a newspaper report from last week that nearly half the money may have been wasted.", "may",
     ("reported", "")),
    # a noun of believing before a colon: what follows is the position
    ("Both coaches had the same position on the rules: the league is corrupt and the referees are biased.",
     "corrupt", ("statement", "")),
    # the noun a reported clause without a subject of its own hangs on, as a relative clause
    ("The mayor attacked his rival over waste -- spending the auditor said was reckless.", "spending",
     ("reported", "the auditor")),
])
def test_verbs_that_carry_a_charge(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # "he continued" set off by commas reports the clause around it
    ("Practically speaking, he continued, a recall is only possible if the mayor is unfit for office.", "unfit",
     ("reported", "he")),
    # ... and "went on" before a colon what follows
    ("He went on: the board is corrupt and the mayor is a fraud.", "corrupt", ("reported", "He")),
    # a pair of dashes sets off a short interruption: the clause runs on after the second
    ("The judge spoke of how the fight for justice flowed through -- and was set back by -- landmark rulings.",
     "landmark", ("reported", "The judge")),
])
def test_continuing_and_interrupted_reports(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a statement after "saying:" at the end of its paragraph is reproduced: the next paragraph
    ("The mayor lashed out online, saying:\n\nThe council has embarrassed all with very dumb statements. "
     "Resign!\n\nThe vote is on Monday.", "dumb", ("statement", "The mayor")),
    # bullets written as a hyphen against their first word, under an introduction with a colon
    ("Talking points were circulated by aides:\n\n-Here are the facts: the mayor served six years.\n\n"
     "-The rival campaign wants to smear the mayor.\n\nThe vote is on Monday.", "smear", ("statement", "")),
])
def test_reproduced_material(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # "under fire" in its literal sense, with no charge after "for"
    ("Soldiers were under fire for hours near the border.", "hours"),
    # "calls" as a verb with its subject: the subject proposes (a verb of proposing), the words after the
    # object are not a noun's content
    ("The senator, a veteran of the committee, calls the reckless scheme a waste.", "senator"),
    # the writer's own question
    ("The question is whether the talks may collapse.", "may"),
    # the first person stays the writer's
    ("We are worried about how the cuts might hurt schools.", "might"),
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
    ("The mayor lashed out online, saying:\n\nThe council has embarrassed all with very dumb statements. "
     "Resign!\n\nThe reckless vote is on Monday.", "reckless"),
    # a plain report keeps its own subject: the noun before the source is not pulled in
    ("Critics of the plan said it was reckless.", "Critics"),
])
def test_the_writers_own_words_stay_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")
