"""Round 19 (issue 21): words shown under an entry of another meaning, senses of scale, workload and outcome, names
and ranks, an offence after a verb of prosecution, a mimed act.

Every sentence here is made up and was read by a person: where a rule applies the word is plain (or, for the senses of
scale and of assault, a mild entry of its own), and the writer's own strong word beside it stays strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


# ---------------------------------------------------------------------------------------- entries split by meaning
@pytest.mark.parametrize("text, expected", [
    # pervert the verb (to distort) is not the sexual label
    ("The governor perverted the will of the voters.", [("perverted the", "pervert (distort)", "strong")]),
    ("Neighbours called him a pervert.", [("pervert", "lecher", "strong")]),
    ("The perverted old man was arrested.", [("perverted", "lecher", "strong")]),
    # swamped is the flood, hordes the invading crowd, swarms the insects: each under its own name
    ("The town was swamped by migrants.", [("swamped", "swamped", "strong")]),
    ("Hordes of tourists filled the square.", [("Hordes", "hordes", "strong")]),
    ("Swarms of migrants reached the coast.", [("Swarms", "swarm", "strong")]),
    ("Officials warned of a flood of migrants.", [("flood of migrants", "flood of migrants", "strong")]),
])
def test_each_image_sits_under_its_own_entry(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("plain, strong, expected", [
    # perverting the course of justice is an offence's name; perverting an election is the writer's charge
    ("He was jailed for perverting the course of justice.", "The party is perverting the election.",
     [("perverting the", "pervert (distort)", "strong")]),
    # swamped with things to handle is workload; swamped by people stays
    ("The agency is swamped with asylum claims.", "The town was swamped by newcomers.",
     [("swamped", "swamped", "strong")]),
    ("Hospitals are swamped with flu cases this winter.", "The island is swamped by migrants.",
     [("swamped", "swamped", "strong")]),
    # terrible numbers, polls and briefings are outcome language; a terrible speech is graded
    ("The governor got terrible poll numbers on Tuesday.", "The governor gave a terrible speech.",
     [("terrible", "terrible", "strong")]),
    ("Terrible briefings have hurt the White House.", "The plan is terrible.", [("terrible", "terrible", "strong")]),
    ("The family heard the terrible news on Friday.", "It was a terrible ruling.", [("terrible", "terrible", "strong")]),
    ("The network had awful ratings all year.", "The senator made an awful decision.",
     [("awful", "terrible", "strong")]),
    # the rank, even with its last letter lost; small-mindedness stays
    ("A retired petty office in Ohio spoke first.", "The senator's petty attacks continued.",
     [("petty", "petty", "strong")]),
    ("Petty Officer Jane Cole said the ship was ready.", "It was a petty move.", [("petty", "petty", "strong")]),
    # a mimed act in a photo or a skit; feigned sincerity stays
    ("A photo shows him pretending to grope a sleeping woman.", "He is pretending to care about voters.",
     [("pretending to", "pretend", "strong")]),
    ("The comedian was pretending to strangle his co-host.", "The mayor keeps pretending that nothing happened.",
     [("pretending that", "pretend", "strong")]),
])
def test_plain_sense_applies_and_the_writer_s_word_stays(plain, strong, expected):
    assert loaded(plain) == []
    assert loaded(strong) == expected


# ---------------------------------------------------------------------------------------- scale and assault, mild
@pytest.mark.parametrize("text, expected", [
    # spectacular before a change, a size or a failure grades scale, not merit
    ("The company's spectacular rise made it a giant.", [("spectacular rise", "spectacular rise", "mild")]),
    ("The bank's spectacular collapse shook markets.", [("spectacular collapse", "spectacular rise", "mild")]),
    ("The plan backfired spectacularly.", [("backfired spectacularly", "spectacular rise", "mild")]),
    ("The reform was a spectacular failure.", [("spectacular failure", "spectacular rise", "mild")]),
    # spectacular as praise stays strong under amazing
    ("The senator gave a spectacular speech.", [("spectacular", "amazing", "strong")]),
    # a brutal attack, assault or beating is the stock wording of violent crime; a brutal killing or regime stays
    ("Police said the woman suffered a brutal attack near the park.", [("brutal attack", "brutal attack", "mild")]),
    ("The man was brutally beaten outside a bar.", [("brutally beaten", "brutal attack", "mild")]),
    ("The brutal killing of the reporter was condemned.", [("brutal", "brutal", "strong")]),
    ("The brutal regime crushed dissent.", [("brutal", "brutal", "strong"), ("regime", "regime", "strong")]),
])
def test_scale_and_assault_are_mild_entries(text, expected):
    assert loaded(text) == expected


# ---------------------------------------------------------------------------------------- a surname that speaks
@pytest.mark.parametrize("name, kept, expected", [
    ("Petty said the band would tour again.", "The feud was petty, the band said.", [("petty", "petty", "strong")]),
    ('"We will tour again," Petty told reporters.', "Petty squabbles split the band.",
     [("Petty", "petty", "strong"), ("squabbles", "squabble", "mild")]),
    ("Brat said he would run again.", "Thugs told the shopkeeper to leave.", [("Thugs", "thug", "strong")]),
])
def test_a_capitalised_word_before_said_is_a_surname(name, kept, expected):
    assert loaded(name) == []
    assert loaded(kept) == expected


# ---------------------------------------------------------------------------------------- the offence prosecuted
@pytest.mark.parametrize("charged, kept, expected", [
    ("He was later prosecuted by the Justice Department for lying to the inspector general.",
     "The senator keeps lying to voters.", [("lying to", "lie", "strong")]),
    ("She was jailed in 2019 for lying to a judge.", "He was prosecuted for fraud and keeps lying to voters.",
     [("lying to", "lie", "strong")]),
    # tried (attempted) is no verb of prosecution: the writer's charge stays
    ("He was indicted last spring for lying to investigators.", "He tried for years to stop lying to his wife.",
     [("lying to", "lie", "strong")]),
])
def test_lying_to_after_a_verb_of_prosecution_names_the_offence(charged, kept, expected):
    assert loaded(charged) == []
    assert loaded(kept) == expected
