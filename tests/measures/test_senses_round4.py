"""The fourth round of senses and strengths (lexicon 2026.12.06.4; analysis/measures/sense_rules.py and the new
patterns of analysis/lexicons/plain_senses.yaml).

Each rule is pinned by made-up sentences a person wrote and read: one where the word passes no judgement of the
writer's (a legal finding, the name of a charge, a disease, a figure of myth, an event centuries old, a glossed
term), so nothing is found, and one where the same word is the writer's own judgement and is still found.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # a negated legal predicate is a legal finding: the thing is within the law
    ("The auditors found the payment was not illegal.", "The payment was illegal.",
     [("illegal", "illegal", "strong")]),
    ("Moving the money is not necessarily unlawful, the lawyer said.", "Moving the money was plainly unlawful.",
     [("unlawful", "unlawful", "strong")]),
    ("The mayor did nothing illegal.", "The mayor's illegal scheme collapsed.", [("illegal", "illegal", "strong")]),
    ("Inspectors found no illegal activity at the port.", "The illegal blockade starved the port.",
     [("illegal", "illegal", "strong")]),
    # the name of a charge, up to the next comma
    ("He was charged with being an illegal alien in possession of a firearm.", "Illegal aliens crowd the town.",
     [("Illegal aliens", "illegal immigrant", "strong")]),
    ("She pleaded guilty to two counts of unlawful imprisonment.", "The unlawful raid angered the village.",
     [("unlawful", "unlawful", "strong")]),
    # a disease or a germ: the medical sense
    ("The pneumonic plague is far more virulent than the bubonic form.", "His virulent attacks on the press grew.",
     [("virulent", "vitriol", "strong")]),
    ("Doctors found a virulent new strain in the ward.", "The senator gave a virulent speech.",
     [("virulent", "vitriol", "strong")]),
    ("Doctors fear the new variant, which spreads faster, is also more virulent.",
     "The party's virulent campaign against the judge went on.", [("virulent", "vitriol", "strong")]),
    ("The tumour was aggressive, her doctor said.", "The senator was aggressive with reporters.",
     [("aggressive", "aggressive", "mild")]),
    # myth and fiction
    ("In the play she is a mythical princess.", "The mythical moderate voter is gone.",
     [("mythical", "myth", "strong")]),
    ("Camus retold the myth of Sisyphus.", "It is the myth of a stolen vote.", [("the myth of", "myth", "strong")]),
    ("In Greek myth that river guards the dead.", "It is a myth that the vote was stolen.",
     [("a myth", "myth", "strong")]),
    # play-acting a physical act, not insincerity
    ("A photo shows the boy pretending to grab the ball.", "The senator is pretending to care about farmers.",
     [("pretending to", "pretend", "strong")]),
    # killing in the distant past, described as historians do
    ("In 1066 the wholesale slaughter of the town's Jews shocked the region.", "The slaughter of civilians went on.",
     [("slaughter", "slaughter", "strong")]),
    ("The 12th century chronicle describes the massacre of the garrison.", "Troops carried out a massacre.",
     [("massacre", "massacre", "strong")]),
    # a mass shooting by a gunman: the routine word
    ("The gunman's massacre at the concert was the worst mass shooting in the state.",
     "Soldiers opened fire on the crowd in a massacre.", [("massacre", "massacre", "strong")]),
    # so-called introducing a glossed term of art, not doubting a claim
    ("Congress banned so-called bump stocks, which let a rifle fire like a machine gun.",
     "The so-called experts were wrong again.", [("so-called", "so-called", "strong")]),
    ("Stores sell so-called ghost guns (kits that buyers assemble at home).",
     "The so-called reforms, which will hurt workers, passed.", [("so-called", "so-called", "strong")]),
    # routine descriptions of record
    ("The former dictator died in exile.", "The dictator jailed his critics.", [("dictator", "dictator", "strong")]),
    ("The state halted a botched execution.", "The rollout was botched.",
     [("botched", "incompetent", "strong")]),
    ("Urban blight spread along the river.", "The scheme is a blight on the city.",
     [("blight", "scourge", "strong")]),
    ("The city has the dubious distinction of the worst traffic.", "The study rests on dubious data.",
     [("dubious", "dubious", "strong")]),
    # the name of a behaviour at school or work; a physical shadow; the immigration law's wording
    ("She was a victim of bullying by other students.", "The senator's bullying of reporters went on.",
     [("bullying", "bully", "strong")]),
    ("Probes photographed the moon's shadowy poles.", "A shadowy network funds the group.",
     [("shadowy", "shadowy", "strong")]),
    ("He was illegally present in the United States.", "The raid was carried out illegally.",
     [("illegally", "illegal", "strong")]),
])
def test_a_plain_sense_is_dropped_and_the_judging_sense_kept(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # a claimed quality after "so-called" is doubted, whatever follows
    ("The so-called moderate rebels took the town.",
     [("so-called", "so-called", "strong"), ("rebels", "rebel", "mild")]),
    ("The so-called peace process stalled.", [("so-called", "so-called", "strong")]),
    ("The so-called experts, which the agency hired, were wrong.", [("so-called", "so-called", "strong")]),
    # a term of two lower-case words after a determiner is still jargon (the third round's rule)
    ("The so-called grand bargain collapsed.", []),
    # a comma ends the name of a charge; an emotive word inside one is still the writer's
    ("He was charged with fraud, and illegal aliens worked on his farm.",
     [("illegal aliens", "illegal immigrant", "strong")]),
    ("He was charged with the vicious murder of a guard.", [("vicious", "vicious", "strong")]),
    # a killing of the last century is not the distant past; "of 1500 villagers" is no date
    ("The slaughter of 1500 villagers shocked the world.", [("slaughter", "slaughter", "strong")]),
    ("In 1994 the slaughter spread across the country.", [("slaughter", "slaughter", "strong")]),
    # police in the sentence: massacre stays the contested verdict
    ("Police shooting into the crowd caused the massacre.", [("massacre", "massacre", "strong")]),
    # a negation that does not govern the word
    ("Not one official called the illegal blockade a mistake.", [("illegal", "illegal", "strong")]),
])
def test_where_the_rules_must_not_apply(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # made mild in 2026.12.06.4: routine newsroom wording a careful editor leaves
    ("Fighting raged in the north.", [("raged", "raging", "mild")]),
    ("It was the bloodiest day of the war.", [("bloodiest", "bloody", "mild")]),
    ("The move created a logistical nightmare.", [("nightmare", "nightmare", "mild")]),
    ("Police swarmed the building.", [("swarmed", "swarmed", "mild")]),
    ("The renowned architect died on Sunday.", [("renowned", "renowned", "mild")]),
    ("She is a shrewd negotiator.", [("shrewd", "savvy", "mild")]),
    ("Fortunately, no one was hurt.", [("Fortunately", "fortunately", "mild")]),
    ("Sadly, the bill failed.", [("Sadly", "sadly", "strong")]),
    # made mild in 2026.12.06.4 and strong again in 2026.12.06.5: the writer's verdict on a reputation or on
    # what evidence proves, as the readers of rounds 7 and 8 judged it (docs/readings/)
    ("The notorious gangster was freed on Monday.", [("notorious", "notorious", "strong")]),
    ("The inspector general issued a damning report.", [("damning", "damning", "strong")]),
    # the judging words of the same entries stay strong
    ("Towns were swamped by hordes of migrants.", [("swamped", "swamped", "strong"), ("hordes", "hordes", "strong")]),
    ("Migrants swarming the border alarmed the town.", [("Migrants swarming", "swarm", "strong")]),
    ("It was a bloodbath.", [("bloodbath", "bloodbath", "strong")]),
    ("The brutal crackdown went on.", [("brutal", "brutal", "strong")]),
    ("The legendary coach retired.", [("legendary", "legendary", "strong")]),
    ("It was a brilliant move by a political genius.",
     [("brilliant", "brilliant", "strong"), ("genius", "brilliant", "strong")]),
])
def test_strengths_of_the_fourth_round(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("plain", [
    # one made-up sentence for each new pattern of plain_senses.yaml not pinned above
    "Labs keep the highly virulent samples under lock.",
    "The city bought blighted properties near the river.",
    "The school adopted a policy on bullying and harassment.",
    "Whales are legendary sea creatures in the tale.",
    "The children were pretending to sleep when the teacher came in.",
    "Camus wrote about a myth of Prometheus too.",
    "The deposed dictator fled to Spain.",
])
def test_new_plain_senses_of_the_fourth_round(plain):
    assert loaded(plain) == []
