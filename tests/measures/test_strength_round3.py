"""Strengths and senses of loaded terms changed in version 2026.12.06.3.

Each sentence was made up and read by a person. The first table pins the routine newsroom words that became mild
(and the judging words split off from them, which stay strong); the second pins each new plain sense with a
sentence in which the loaded word passes no judgement, beside one in which the same word is the writer's own.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("text, expected", [
    # routine words of straight news: mild
    ("A mob stormed the building.", [("mob", "mob", "mild")]),
    ("She thanked her longtime collaborator.", []),
    ("He thanked his collaborator.", [("collaborator", "collaborator", "mild")]),
    ("The governor lashed out at the press.", [("lashed out", "lash out", "mild")]),
    ("He railed against the tax.", [("railed against", "rail", "mild")]),
    ("Democrats were furious.", [("furious", "furious", "mild")]),
    ("Critics derided the plan.", [("derided", "deride", "mild")]),
    ("She mocked the rule.", [("mocked", "deride", "mild")]),
    ("He bragged about the deal.", [("bragged", "brag", "mild")]),
    ("The talks aim to end the bloodshed.", [("bloodshed", "bloodshed", "mild")]),
    ("It was a shocking defeat.", [("shocking", "shocking", "mild")]),
    ("Sales were dismal.", [("dismal", "dismal", "mild")]),
    ("Russia's elites backed him.", [("elites", "elites", "mild")]),
    ("The gun lobby opposed the bill.", [("gun lobby", "gun lobby", "mild")]),
    ("The bill offers tax relief to farmers.", [("tax relief", "tax relief", "mild")]),
    ("Big Tech faces new rules.", [("Big Tech", "Big Tech", "mild")]),
    ("The secretive court approved it.", [("secretive", "secretive", "mild")]),
    ("It was a thinly veiled threat.", [("thinly veiled", "thinly veiled", "mild")]),
    ("Police arrested the ringleader.", [("ringleader", "ringleader", "mild")]),
    ("The failed candidate endorsed his rival.", []),
    # the judging words split off from them stay strong
    ("He sneered at voters.", [("sneered", "sneer", "strong")]),
    ("The winners gloated.", [("gloated", "gloat", "strong")]),
    ("The coastal elites laughed.", [("coastal elites", "liberal elite", "strong")]),
    ("The result was pathetic.", [("pathetic", "pathetic", "strong")]),
    ("It was appalling.", [("appalling", "appalling", "strong")]),
    ("He was livid.", [("livid", "furious", "mild")]),
    ("Big Pharma wrote the bill.", [("Big Pharma", "Big Pharma", "strong")]),
    ("He called it a failed presidency.", [("failed presidency", "failed (epithet)", "strong")]),
])
def test_strengths_of_round_three(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("plain, judging, expected", [
    ("The talks on the so-called grand bargain collapsed.", "The so-called experts say it works.",
     [("so-called", "so-called", "strong")]),
    ("Lawmakers debated a so-called marriage penalty.", "He cited so-called dark money groups.",
     [("so-called", "so-called", "strong"), ("dark money", "dark money", "mild")]),
    ("Indoctrination means teaching a doctrine uncritically.", "The schools indoctrinate children.",
     [("indoctrinate", "indoctrinate", "strong")]),
    ("Voters will brave the cold on Tuesday.", "The brave soldiers held the line.",
     [("brave", "courageous", "strong")]),
    ("It takes courage to brave accusations of bias.", "Brave protesters faced the police.",
     [("Brave", "courageous", "strong")]),
    ("They are clearly in the country illegally.", "The troops entered Syria illegally.",
     [("illegally", "illegal", "strong")]),
    ("The roof caved in after the storm.", "The senator caved to pressure.", [("caved to", "cave in", "strong")]),
    ("Police released a handout photo of the suspect.", "The plan is a handout to donors.",
     [("handout", "handout", "strong")]),
    ("Marijuana is illegal in most states.", "The strikes were illegal.", [("illegal", "illegal", "strong")]),
    ("A military dictatorship ruled the country until 1990.", "He is a dictator.",
     [("dictator", "dictator", "strong")]),
    ("He was her illegitimate son.", "The vote was illegitimate.", [("illegitimate", "illegitimate", "strong")]),
    ("She joined the anti-apartheid movement.", "Critics call the policy apartheid.",
     [("apartheid", "apartheid", "strong")]),
    ("The propaganda ministry issued posters.", "The speech was propaganda.",
     [("propaganda", "propaganda", "strong")]),
    ("He has a hamstring injury.", "The rule will hamstring the agency.", [("hamstring", "kneecap", "strong")]),
    ("Police found the muzzle of a rifle.", "They want to muzzle the press.", [("muzzle", "muzzle", "strong")]),
    ("He was charged with strong-arm robbery.", "They strong-armed the board.",
     [("strong-armed", "strong-arm", "strong")]),
    ("The railroad laid new track.", "They railroaded the bill.", [("railroaded", "railroad", "strong")]),
    ("He was hit with a sucker punch.", "Voters are suckers.", [("suckers", "sucker", "strong")]),
    ("It was a knee-jerk reaction.", "He is a jerk.", [("jerk", "jerk", "strong")]),
    ("Patients risk opportunistic infections.", "The move was opportunistic.",
     [("opportunistic", "opportunistic", "strong")]),
    ("The subsidy creates perverse incentives.", "The ruling was perverse.", [("perverse", "depraved", "strong")]),
    ("The family zealously guarded its privacy.", "His zealous followers cheered.",
     [("zealous", "zealot", "strong")]),
    ("Snakes are cold-blooded reptiles.", "It was a cold-blooded decision.",
     [("cold-blooded", "cold-blooded", "strong")]),
    ("Migrants crossed in flimsy boats.", "The case is flimsy.", [("flimsy", "feeble", "strong")]),
    ("Residents fled the oppressive heat.", "The law is oppressive.", [("oppressive", "oppressive", "strong")]),
    ("Pi is an irrational number.", "The policy is irrational.", [("irrational", "irrational", "strong")]),
    ("The law banned homosexual acts until 1967.", "He opposes homosexuals.",
     [("homosexuals", "homosexual (as a label)", "strong")]),
    ("He is a Holocaust denier.", "She is a climate denier.", [("denier", "denier", "strong")]),
    ("Police named the anti-Semitic gunman.", "His anti-Semitic tweets angered voters.",
     [("anti-Semitic", "anti-Semitic", "strong")]),
    ("Police logged more anti-Semitic incidents.", "The mayor is anti-Semitic.",
     [("anti-Semitic", "anti-Semitic", "strong")]),
    ("Antisemitic incidents rose last year.", "The mayor is antisemitic.", [("antisemitic", "anti-Semitic", "strong")]),
    ("The submersible imploded near the wreck.", "The campaign imploded.", [("imploded", "implode", "strong")]),
    ("Owls prey on rodents.", "Scammers prey on the elderly.", [("prey on", "prey on", "strong")]),
    ("That was a dead giveaway.", "The bill is a giveaway to banks.", [("giveaway", "handout", "strong")]),
])
def test_a_new_plain_sense_is_dropped_and_the_judging_sense_kept(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # labels and insults added in 2026.12.06.3, written from general knowledge before any figure was seen
    ("The turncoat senator voted with them.", [("turncoat", "turncoat", "strong")]),
    ("The hearing was an inquisition.", [("inquisition", "inquisition", "strong")]),
    ("The play is set during the Spanish Inquisition.", []),
    ("Agents used Gestapo tactics.", [("Gestapo tactics", "Gestapo tactics", "strong")]),
    ("He is a pawn of Moscow.", [("pawn of", "pawn", "strong")]),
    ("He opened a pawn shop.", []),
    ("His twisted logic fooled no one.", [("twisted logic", "twisted logic", "strong")]),
    ("Rescuers cut through twisted metal.", []),
    ("The new tower is a monstrosity.", [("monstrosity", "abomination", "strong")]),
    ("It was a sordid affair.", [("sordid", "obnoxious", "strong")]),
    ("A criminal regime rules the country.", [("criminal regime", "criminal regime", "strong")]),
    ("He faces a criminal case.", []),
    ("The oppressors fled.", [("oppressors", "oppressor", "strong")]),
])
def test_labels_added_in_round_three(text, expected):
    assert loaded(text) == expected
