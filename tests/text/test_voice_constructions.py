"""Constructions of English news syntax that give someone else's words (analysis/clauses.py, attribution.py).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each construction has a sentence where it
applies and, where the words are easily mistaken for it, one where it does not.
"""
from __future__ import annotations

import pytest

from analysis import analyze

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, phrase, expected", [
    # a verb of believing the tagger reads as a noun, after its subject and an adverb, with "that"
    ("But residents also fear that rising rents could empty the old quarter.", "empty", ("reported", "residents")),
    # a verb of showing after a plural subject and its prepositional phrase, with a clause and no "that"
    ("Internal emails from the club's finance office show the coach hid a large debt.", "hid",
     ("reported", "Internal emails from the club's finance office")),
    # urging someone to act: the object and what it is urged to do
    ("Rep. Jane Doe called on the governor to punish the rioters.", "punish", ("reported", "Rep. Jane Doe")),
    ("Activists are urging the council to scrap the reckless plan.", "reckless", ("reported", "Activists")),
    # proposing and demanding: the object is what was proposed
    ("The mayor has called for an end to the disastrous parking rules.", "disastrous", ("reported", "The mayor")),
    ("Two mayors proposed a harsh crackdown on homeless camps.", "harsh", ("reported", "Two mayors")),
    # ... a list in the object goes on over its commas
    ("The senator called for tax cuts, new tariffs and a reckless wall.", "reckless", ("reported", "The senator")),
    # accusing someone of something
    ("The senator accused the agency of hiding a costly failure.", "hiding", ("reported", "The senator")),
    # judging, deriding and portraying "as"
    ("Fans derided the new stadium as a vanity project.", "vanity", ("reported", "Fans")),
    ("The challenger attacked the incumbent as a coward and a crook.", "coward", ("reported", "The challenger")),
    ("The governor painted his rival as a reckless spender.", "reckless", ("reported", "The governor")),
    # a passive verb of seeing with its agent
    ("The plan is seen by many as a reckless gamble.", "reckless", ("reported", "many")),
    # an adjective of belief after "be", with "that" or a bare clause
    ("Many farmers are afraid that the drought may ruin the harvest.", "may", ("reported", "Many farmers")),
    ("The coach was sure his team would crush the visitors.", "crush", ("reported", "The coach")),
    # a noun of believing with its "that" clause; a possessor before "view is that" is the speaker
    ("The memo was a quiet admission that the bridge may collapse.", "may", ("reported", "")),
    ("Smith's view is that the tax is a giveaway to the rich.", "giveaway", ("reported", "Smith")),
    # "reportedly": the clause is hearsay, with no named source (the adverb itself is the writer's choice)
    ("The minister reportedly ordered a brutal crackdown.", "brutal", ("reported", "")),
    ("The minister reportedly ordered a brutal crackdown.", "minister", ("reported", "")),
    # speaking of or about something: the topic is the speaker's, paraphrased
    ("The bishop spoke of the shameful neglect of the harbour district.", "shameful", ("reported", "The bishop")),
    # saying again or citing, with an object
    ("The striker echoed claims by his manager that referees favour the champions.", "favour",
     ("reported", "The striker")),
    ("The auditor cited reckless loans the bank had made to insiders.", "reckless", ("reported", "The auditor")),
    # lamenting, bemoaning, deploring or decrying with an object: what is lamented is named in the speaker's terms
    ("The imam later lamented the existence of heretical sects.", "heretical", ("reported", "The imam")),
    ("The bishop bemoaned the reckless spending of the council.", "reckless", ("reported", "The bishop")),
    ("Residents decried the savage reprisals by the militia.", "savage", ("reported", "Residents")),
    # ... with "as", the label only: the object stays the writer's
    ("Residents decried the mayor as a crook.", "crook", ("reported", "Residents")),
    # a participle of proposing after "and": the object after "for" is the proposal (no source phrase)
    ("The union issued a letter praising the deal and calling for stricter rules to curb potential abuses.",
     "potential",
     ("reported", "")),
    # an indirect question with "whether" that someone discusses
    ("The owners were coy about whether they would sell the team.", "would", ("reported", "The owners")),
    ("There has been much speculation as to whether the festival will return next year.", "will",
     ("reported", "")),
    # a reported clause broken off at the end of its line and carried on after an ellipsis, as a block
    ("The envoy wrote home, saying that the port had been\n\u2026looted by the most savage raiders.", "savage",
     ("reported", "The envoy")),
    ("The envoy wrote home, saying that the port had been\n...looted by the most savage raiders.", "savage",
     ("reported", "The envoy")),
    # a list whose items semicolons separate, closed by "and": the report runs over the semicolons
    ("Some senators say the deal would include tighter border rules; new visas for farm workers; and a path to "
     "citizenship for illegal immigrants.", "illegal", ("reported", "Some senators")),
    # making it clear or plain that ...: a person's or a document's stated view
    ("The league's founding memorandum has made it clear that rival clubs are a menace to the sport.", "menace",
     ("reported", "The league's founding memorandum")),
    ("Mayor Jane Smith made clear that the protesters were thugs.", "thugs", ("reported", "Mayor Jane Smith")),
    ("She made it plain that the new rules were absurd.", "absurd", ("reported", "She")),
    # describing or recounting how or why: the account is the subject's
    ("Smith described how the fraud was hidden and covered up by the treasurer.", "covered", ("reported", "Smith")),
    ("The survivors recounted why the guards had been so brutal.", "brutal", ("reported", "The survivors")),
])
def test_constructions_that_report_someone(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an attribution set off by commas between two clauses reports both
    ("Although the first season went well, she said, a second one would be a disaster.", "disaster",
     ("reported", "she")),
    ("Although the first season went well, she said, a second one would be a disaster.", "went",
     ("reported", "she")),
    # ", as X has said" closing a sentence reports the clause before it
    ("The report does not explain why the dam failed, as engineers have said.", "dam", ("reported", "engineers")),
    # a closing "according to" reports the whole sentence, over a pair of dashes
    ("Most of the forecasts were useless -- or simply wrong -- according to a weather service.", "useless",
     ("reported", "a weather service")),
    # an opening "As X pointed out ...," reports the clause after its comma
    ("As one fan pointed out with a photo, the new logo is a clumsy copy.", "clumsy", ("reported", "one fan")),
    # a verb followed by a clause of its own does not close its sentence, however short the clause
    ("In a statement, the group said the ruling was a shameful betrayal.", "shameful", ("reported", "the group")),
    # the clause after an opening "In the poll, ..." is the poll's finding
    ("In the latest survey, conducted in June, the mayor trailed among likely voters.", "likely",
     ("reported", "the latest survey")),
    # a verb of saying, a parenthesis, then "that"
    ("Two engineers cautioned, as did the builder itself, that the tower might lean.", "might",
     ("reported", "Two engineers")),
])
def test_where_an_attribution_reaches(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # the next sentence in the paragraph goes on with the report when its first verb is a backshifted modal
    ("The new library, the mayor said, would make the centre livelier. But it would also cost far more than "
     "planned.", "cost", ("reported", "the mayor")),
    ("Smith said the bill was dead. It would never pass the Senate.", "never", ("reported", "Smith")),
    # a sentence with no attribution between two reports of the same named source, closed by it and opened by it
    ("The mill closed in May, the audit said. No doubt the barbaric neglect went on for years. The audit recalls "
     "that the owners were warned.", "barbaric", ("reported", "the audit")),
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
    ("The records would shed light on whether the club paid its players.", "paid"),
    # an object ends where an adverbial clause opens after a comma
    ("The players are pushing for a longer season, when the league's debt is an embarrassment to the owners.",
     "embarrassment"),
    # a clause after a verb of knowing ends at punctuation: the words after the quotation are the writer's
    ("\u201cThe mayor knows it,\u201d the coach said with a sly grin.", "sly"),
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
    # a line after a finished report, even one opening with an ellipsis, is the writer's again
    ("The envoy wrote home, saying that the port had fallen.\n\u2026and the savage raiders left. They took the grain "
     "and the boats with them.", "savage"),
    ("The envoy wrote home, saying that the port had fallen\nThe savage raiders left at dawn, and they took the "
     "grain and the boats with them.", "savage"),
    # semicolons between clauses (no closing "and"): the writer's own clause after them
    ("Some senators say the deal is close; the House is divided; the thugs in the gallery jeered.", "thugs"),
    ("Some senators say the deal is close; the vote is on Friday, and the thugs will be there.", "thugs"),
    # a report that starts inside a list stops at the list's next semicolon
    ("The targets are a site like this one; or a leader who threatened to cut the subsidies; or critics of the "
     "corrupt press.", "corrupt"),
    # "made it clear that" whose subject speaks for no one, in the passive, or in the first person
    ("The floods have made it clear that the dams were a disastrous idea.", "disastrous"),
    ("It was made clear that the dams were a disastrous idea.", "disastrous"),
    ("We have made it clear that the dams were a disastrous idea.", "disastrous"),
    # "detailed how to" gives instructions, not an account
    ("The brochure detailed how to apply for the disastrous scheme.", "disastrous"),
    # the object of "decried ... as" stays the writer's; the sentence after a lament is the writer's again
    ("Residents decried the corrupt mayor as a failure.", "corrupt"),
    ("The mayor lamented the closure of the mill. The closure was a reckless decision by the board.", "reckless"),
    ("Smith lamented it, and the reckless board voted anyway.", "reckless"),
    ("The paper keeps decrying the new forum, the only place where dissidents can answer the corrupt press.",
     "corrupt"),
    # between two reports: not of a pronoun, not the writer's first person or question, not two sources, and
    # not when the report before is not closed by its source
    ("The mill closed in May, he said. No doubt the barbaric neglect went on for years. He recalls that the "
     "owners were warned.", "barbaric"),
    ("The mill closed in May, the audit said. I think the barbaric neglect went on for years. The audit recalls "
     "that the owners were warned.", "barbaric"),
    ("The mill closed in May, the audit said. Was the barbaric neglect a crime? The audit recalls that the "
     "owners were warned.", "barbaric"),
    ("The mill closed in May, the audit said. The barbaric neglect went on for years. The mayor recalls that the "
     "owners were warned.", "barbaric"),
    ("The audit said the mill closed in May. The barbaric neglect went on for years. The audit recalls that the "
     "owners were warned.", "barbaric"),
])
def test_the_writers_own_words_stay_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")


def sources(text: str) -> list[str]:
    """The source phrase of each attribution, in text order."""
    return [s.detail for s in analyze(text).spans() if s.measure == "attributions"]


@pytest.mark.parametrize("text, expected", [
    # after an inverted verb, a relative clause about the person belongs to the source
    ("\u201cThe river is rising,\u201d said Ana Ruiz, who runs the flood office in the valley.",
     ["Ana Ruiz, who runs the flood office in the valley"]),
    # before the verb, the first apposition belongs to the source, a second one or ", which ..." does not
    ("Tom Berg, the harbour master of Leith, one of the ports hit by the storm, said the quay was unsafe.",
     ["Tom Berg, the harbour master of Leith"]),
    ("Lena Ford, head of the nurses' union, which represents hospital staff, said the rota was cruel.",
     ["Lena Ford, head of the nurses' union"]),
    # ... but ", who ..." about the person does
    ("Omar Diaz, a coach at the academy, who has trained sprinters for years, said the track was unsafe.",
     ["Omar Diaz, a coach at the academy, who has trained sprinters for years"]),
    # a participle used as an adjective, "to" inside the phrase, and a quantifying adverb open the source
    ("Retired teachers from both towns say the merger is a mistake.", ["Retired teachers from both towns"]),
    ("Suppliers to the bakery say the flour shortage is over.", ["Suppliers to the bakery"]),
    ("Nearly six of 10 parents say the new timetable is worse.", ["Nearly six of 10 parents"]),
])
def test_source_phrases(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a negated finding of evidence: the claim tested is no one's assertion, and not the writer's
    ("The audit ended in May. In the end, the auditor was unable to find solid proof that the office acted in a "
     "biased manner.", "biased", "reported"),
    ("The audit ended in May. The auditor found no evidence that the clerk was corrupt.", "corrupt", "reported"),
    ("The audit ended in May. The auditor found no evidence that the clerk was corrupt.", "auditor", "writer"),
    # evidence found, not negated: the finding stands in the writer's sentence
    ("The audit ended in May. The auditor found proof that the corrupt clerk had lied.", "corrupt", "writer"),
    # a negation far before the noun does not reach it
    ("The audit ended in May. Not a week later, after months of dull work in the archive, the auditor found "
     "evidence that the corrupt clerk had lied.", "corrupt", "writer"),
])
def test_a_negated_finding_of_evidence_is_no_ones_assertion(text, phrase, expected):
    assert voice(text, phrase)[0] == expected
