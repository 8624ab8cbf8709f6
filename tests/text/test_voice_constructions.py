"""Constructions of English news syntax that give someone else's words (analysis/clauses.py, attribution.py).

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
    # a verb of believing the tagger reads as a noun, after its subject and an adverb, with "that"
    ("But police also fear that sweeping crackdowns could inflame the city.", "inflame", ("reported", "police")),
    # a verb of showing after a plural subject and its prepositional phrase, with a clause and no "that"
    ("Leaked records from the company's tax office show he hid a huge loss.", "hid",
     ("reported", "Leaked records from the company's tax office")),
    # urging someone to act: the object and what it is urged to do
    ("Rep. Jane Doe called on the governor to punish the rioters.", "punish", ("reported", "Rep. Jane Doe")),
    ("Activists are urging the council to scrap the reckless plan.", "reckless", ("reported", "Activists")),
    # proposing and demanding: the object is what was proposed
    ("The senator has called for the complete repeal of the disastrous law.", "disastrous",
     ("reported", "The senator")),
    ("Two mayors proposed a harsh crackdown on homeless camps.", "harsh", ("reported", "Two mayors")),
    # ... a list in the object goes on over its commas
    ("The senator called for tax cuts, new tariffs and a reckless wall.", "reckless", ("reported", "The senator")),
    # accusing someone of something
    ("The senator accused the agency of hiding a costly failure.", "hiding", ("reported", "The senator")),
    # judging, deriding and portraying "as"
    ("The Europeans derided the deal as toothless.", "toothless", ("reported", "The Europeans")),
    ("Clinton attacked her opponent as a fraud and a con artist.", "fraud", ("reported", "Clinton")),
    ("The governor painted his rival as a reckless spender.", "reckless", ("reported", "The governor")),
    # a passive verb of seeing with its agent
    ("The plan is seen by many as a reckless gamble.", "reckless", ("reported", "many")),
    # an adjective of belief after "be", with "that" or a bare clause
    ("Many Democrats are afraid that apathy may sink the nominee.", "may", ("reported", "Many Democrats")),
    ("She was sure the senator would triumph.", "triumph", ("reported", "She")),
    # a noun of believing with its "that" clause; a possessor before "view is that" is the speaker
    ("It was a tacit admission that the plan may fail.", "may", ("reported", "")),
    ("Smith's view is that the tax is a giveaway to the rich.", "giveaway", ("reported", "Smith")),
    # "reportedly": the clause is hearsay, with no named source (the adverb itself is the writer's choice)
    ("The minister reportedly ordered a brutal crackdown.", "brutal", ("reported", "")),
    ("The minister reportedly ordered a brutal crackdown.", "minister", ("reported", "")),
    # speaking of or about something: the topic is the speaker's, paraphrased
    ("The chief justice spoke of the shameful legacy of segregation.", "shameful", ("reported", "The chief justice")),
    # saying again or citing, with an object
    ("Pence echoed statements by the nominee that critics demean the police.", "demean", ("reported", "Pence")),
    ("The senator cited derogatory comments the mogul had made about women.", "derogatory",
     ("reported", "The senator")),
    # a participle of proposing after "and": the object after "for" is the proposal (no source phrase)
    ("The coalition issued a paper welcoming the plans and calling for permanent bases to counter potential "
     "aggression.", "potential",
     ("reported", "")),
    # an indirect question with "whether" that someone discusses
    ("Aides to the senator were coy about whether she would change her approach.", "would", ("reported", "")),
    ("There has been much speculation as to whether the moderator will fact-check anyone.", "will",
     ("reported", "")),
])
def test_constructions_that_report_someone(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an attribution set off by commas between two clauses reports both
    ("Though the first move was smooth, he said, replacing the nominee would be chaotic.", "chaotic",
     ("reported", "he")),
    ("Though the first move was smooth, he said, replacing the nominee would be chaotic.", "smooth",
     ("reported", "he")),
    # ", as X has said" closing a sentence reports the clause before it
    ("The video does not show whether the man was armed, as police have said.", "armed", ("reported", "police")),
    # a closing "according to" reports the whole sentence, over a pair of dashes
    ("Half of the advice is baseless -- or flat out wrong -- according to a medical journal.", "baseless",
     ("reported", "a medical journal")),
    # an opening "As X pointed out ...," reports the clause after its comma
    ("As one reader pointed out with a chart, the gap between the two is laughable.", "laughable",
     ("reported", "one reader")),
    # a verb followed by a clause of its own does not close its sentence, however short the clause
    ("In a statement, the group said the ruling was a shameful betrayal.", "shameful", ("reported", "the group")),
    # the clause after an opening "In the poll, ..." is the poll's finding
    ("In the latest poll, conducted in May, the senator led among likely voters.", "likely",
     ("reported", "the latest poll")),
    # a verb of saying, a parenthesis, then "that"
    ("Several experts cautioned, as did the campaign itself, that the plan might change.", "might",
     ("reported", "Several experts")),
])
def test_where_an_attribution_reaches(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # the next sentence in the paragraph goes on with the report when its first verb is a backshifted modal
    ("The museum, the mayor said, would make visitors face hard truths. But it would also celebrate the "
     "city's heroes.", "celebrate", ("reported", "the mayor")),
    ("Smith said the bill was dead. It would never pass the Senate.", "never", ("reported", "Smith")),
])
def test_a_report_runs_on_into_the_next_sentence(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # a determiner before the word: a noun ("the talk show"), not a verb of showing
    ("He hosted the talk show he created in 1990.", "created"),
    # "as" before a subject and a verb is a conjunction, not a characterisation
    ("He cast his vote as he left the hall.", "left"),
    # "it" is nobody: "it is certain that" is the writer's own judgement
    ("It is certain that the regime will fall.", "regime"),
    # a relative clause after a noun of saying ("the claims that made him famous") is the writer's account
    ("He repeated the claims that made him famous.", "famous"),
    # "assume" with an object is taking something on, not believing
    ("His company would assume the mine's cleanup obligations.", "cleanup"),
    # an indirect question the writer describes ("is about whether") or that something answers ("shed light on")
    ("The case is about whether the law is fair.", "fair"),
    ("The returns would shed light on whether he paid any tax.", "paid"),
    # an object ends where an adverbial clause opens after a comma
    ("Republicans are pushing for a clean funding bill, when the delay is an embarrassment to the party.",
     "embarrassment"),
    # a clause after a verb of knowing ends at punctuation: the words after the quotation are the writer's
    ("\u201cI think the mayor knows it,\u201d he said with a sly smile.", "sly"),
    # the adverb that marks hearsay is the writer's word, as a reporting verb is
    ("The minister reportedly ordered a brutal crackdown.", "reportedly"),
    # an opening "In ..." that names no document of findings
    ("In the morning, the senator dismissed the reckless plan.", "reckless"),
    # "repeat" with an object is doing again, not saying again
    ("The lab repeated the disastrous experiment twice.", "disastrous"),
    # "proposed" after a determiner is an adjective
    ("The proposed rule was a disaster for farmers.", "disaster"),
    # a report does not run on into a new paragraph, a sentence without a backshifted modal, or a question
    ("Smith said the bill was dead.\nIt would never pass the Senate.", "never"),
    ("Smith said the bill was dead. The Senate adjourned on Friday.", "adjourned"),
    ("Smith said the bill was dead. Why would anyone vote for it?", "anyone"),
])
def test_the_writers_own_words_stay_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")


def sources(text: str) -> list[str]:
    """The source phrase of each attribution, in text order."""
    return [s.detail for s in analyze(text).spans() if s.measure == "attributions"]


@pytest.mark.parametrize("text, expected", [
    # after an inverted verb, a relative clause about the person belongs to the source
    ("\u201cWe will not stop,\u201d said Victor Lee, who served as Asia director for the council.",
     ["Victor Lee, who served as Asia director for the council"]),
    # before the verb, the first apposition belongs to the source, a second one or ", which ..." does not
    ("Sara Pratt, the attorney general of Ohio, one of the states suing the agency, said the rule was illegal.",
     ["Sara Pratt, the attorney general of Ohio"]),
    ("Mike Lutz, president of the teachers' union, which represents city educators, said the plan was cruel.",
     ["Mike Lutz, president of the teachers' union"]),
    # ... but ", who ..." about the person does
    ("Pat Moore, a lawyer for the club, who has fought the industry for years, said the rule was fair.",
     ["Pat Moore, a lawyer for the club, who has fought the industry for years"]),
    # a participle used as an adjective, "to" inside the phrase, and a quantifying adverb open the source
    ("Elected officials from both parties say the seat matters.", ["Elected officials from both parties"]),
    ("Advisers to the governor say the plan is dead.", ["Advisers to the governor"]),
    ("Nearly eight of 10 voters say the debate changed nothing.", ["Nearly eight of 10 voters"]),
])
def test_source_phrases(text, expected):
    assert sources(text) == expected
