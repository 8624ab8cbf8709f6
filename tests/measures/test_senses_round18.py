"""Round 18 (issue 21): entries whose words name different things are split, and the sense and strength fixes of
the readings of single news sentences (BABE and NewsMTSC, round 18).

Every sentence here is made up and was read by a person: the words a match shows must sit under an entry that names
them (the report labels a match with its entry), the opposite side of a debate never under its opponent's label, and
each new sense rule applies where the sentence says the word is plain and leaves the writer's own strong word beside it.
"""
from __future__ import annotations

import pytest

from conftest import loaded


# ---------------------------------------------------------------------------------------- opposite sides, split
@pytest.mark.parametrize("text, expected", [
    # the abortion sides' own names for themselves are mild and each is its own entry
    ("Activists who are pro-choice rallied outside.", [("pro-choice", "pro-choice", "mild")]),
    ("Pro-life leaders met the governor.", [("Pro-life", "pro-life", "mild")]),
    # the labels one side pins on the other stay strong, each under its own name
    ("The group called the bill anti-choice.", [("anti-choice", "anti-choice", "strong")]),
    ("The pro-abortion senator voted no.", [("pro-abortion", "pro-abortion", "strong")]),
    ("Protesters shouted that the doctors were baby killers.", [("baby killers", "baby killers", "strong")]),
    ("He blamed the abortion industry.", [("abortion industry", "abortion industry", "strong")]),
    # guns: the two sides' sneers at each other
    ("The gun nuts cheered the ruling.", [("gun nuts", "gun nut", "strong")]),
    ("The gun grabbers lost the vote.", [("gun grabbers", "gun grabber", "strong")]),
    # race: the charge of prejudice and the charge of exploiting it
    ("The race-baiting has to stop.", [("race-baiting", "race-baiting", "strong")]),
    ("The mayor is a nativist.", [("nativist", "nativist", "strong")]),
    # the press: the right's charge and the left's
    ("The corporate media ignored the strike.", [("corporate media", "corporate media", "strong")]),
    ("The liberal media ignored the rally.", [("liberal media", "liberal media", "strong")]),
    # taxes and class: one side's slogan and the other's answer
    ("They want more tax cuts for the rich.", [("tax cuts for the rich", "tax cuts for the rich", "strong")]),
    ("He dismissed the plan as class warfare.", [("class warfare", "class warfare", "strong")]),
    # a war on a group: each side's slogan
    ("The bill is part of the war on women.", [("war on women", "war on women", "strong")]),
    ("The host warned of a war on Christmas.", [("war on Christmas", "war on Christmas", "strong")]),
    # climate: the advocates' name and the sceptics' sneer
    ("The climate crisis is here.", [("climate crisis", "climate crisis", "mild")]),
    ("The climate cult marched again.", [("climate cult", "climate cult", "strong")]),
    # opposite directions of a figure
    ("Prices skyrocketed in May.", [("skyrocketed", "skyrocket", "mild")]),
    ("Prices plummeted in May.", [("plummeted", "plummet", "mild")]),
    # a puppet and the one who pulls its strings
    ("The council is a puppet of the company.", [("puppet", "puppet", "strong")]),
    ("The banker is the puppet master.", [("puppet master", "puppet master", "strong")]),
])
def test_each_side_of_a_debate_shows_its_own_entry(text, expected):
    assert loaded(text) == expected


# ------------------------------------------------------------------- words filed under another entry in round 18
@pytest.mark.parametrize("text, expected", [
    ("His sycophants clapped on cue.", [("sycophants", "sycophant", "strong")]),
    ("The goons blocked the door.", [("goons", "goons", "strong")]),
    ("The charity was a grift.", [("grift", "grift", "strong")]),
    ("The moon landing was no hoax.", [("hoax", "hoax", "strong")]),
    ("The misogynist remarks angered the staff.", [("misogynist", "misogynist", "strong")]),
    ("The mayor is a bigot.", [("bigot", "bigot", "strong")]),
    ("The governor is a racist.", [("racist", "racist", "strong")]),
    ("The ban on late-term abortions passed.", [("late-term abortions", "late-term abortion", "mild")]),
    ("The unborn deserve protection.", [("unborn", "unborn", "strong")]),
    ("The wait was unbearable for the families.", [("unbearable", "unbearable", "strong")]),
    ("The delay is unacceptable.", [("unacceptable", "unacceptable", "strong")]),
    ("What a crappy idea.", [("crappy", "lousy", "strong")]),
    ("The plan is bonkers.", [("bonkers", "bonkers", "strong")]),
    ("The minister cynically changed course.", [("cynically", "cynical", "strong")]),
    ("The violation was blatant.", [("blatant", "blatant", "strong")]),
    ("Her crusade against vaccines went on.", [("crusade against", "crusade against", "strong")]),
    ("The probe is a vendetta.", [("vendetta", "vendetta", "strong")]),
    ("The petulant senator walked out.", [("petulant", "childish", "strong")]),
    ("The governor behaved erratically.", [("erratically", "erratic", "strong")]),
    ("He was railroaded by the court.", [("railroaded", "railroad", "strong")]),
    ("They rammed through the bill.", [("rammed through", "ram through", "strong")]),
    ("The malicious plan failed.", [("malicious", "malicious", "strong")]),
    ("The nefarious plan failed.", [("nefarious", "nefarious", "strong")]),
    ("Stop the grandstanding.", [("grandstanding", "grandstanding", "strong")]),
    ("The senator pandered to farmers.", [("pandered", "pander", "strong")]),
    ("He was a visionary who changed retail.", [("visionary", "visionary", "strong")]),
    ("The legendary coach retired.", [("legendary", "legendary", "strong")]),
])
def test_round_18_words_show_their_own_entry(text, expected):
    assert loaded(text) == expected


# --------------------------------------------------------------------- the audit: other different things, split
@pytest.mark.parametrize("text, expected", [
    ("Protesters were called crisis actors.", [("crisis actors", "crisis actors", "strong")]),
    ("It was a Soros-funded group.", [("Soros-funded", "Soros-funded", "strong")]),
    ("The talks collapsed and the alliance imploded.", [("imploded", "implode", "strong")]),
    ("The agency squandered the money.", [("squandered", "squander", "strong")]),
    ("The toxic culture of the office drove staff away.", [("toxic culture", "toxic (figurative)", "strong")]),
    ("The comments were vitriolic.", [("vitriolic", "vitriol", "strong")]),
    ("The speech was incoherent.", [("incoherent", "incoherent", "strong")]),
    ("The speech was deranged.", [("deranged", "unhinged", "strong")]),
    ("Wisely, the council waited.", [("Wisely", "wisely", "strong")]),
    ("Unwisely, the council waited.", [("Unwisely", "unwisely", "strong")]),
    ("The Islamophobic flyers were removed.", [("Islamophobic", "Islamophobic", "strong")]),
    ("He voted against a Marxist plan.", [("Marxist", "Marxist", "mild")]),
    ("Voters rejected identity politics.", [("identity politics", "identity politics", "mild")]),
])
def test_the_audit_files_other_meanings_under_their_own_names(text, expected):
    assert loaded(text) == expected


# ------------------------------------------------------------------------- strengths and senses of round 18
@pytest.mark.parametrize("plain, kept, expected", [
    # a war hero of the fallen or decorated is the stock epithet; a hero of anything else stays strong
    ("The slain soldier was a war hero.", "The senator is a hero to his party.", [("hero", "hero", "strong")]),
    # now-infamous of a record that became known: mild; infamous of a person's remarks stays strong
    ("The now-infamous video spread fast.", "His now-infamous remarks angered voters.",
     [("infamous", "notorious", "strong")]),
    ("The case turned on the now-notorious dashboard camera video.", "His now-infamous remarks about the video angered voters.",
     [("infamous", "notorious", "strong")]),
    # predictably of a regularity; the comment adverb stays
    ("Sales have been predictably driven by the holidays.", "Predictably, the board approved the deal.",
     [("Predictably", "predictably", "strong")]),
    ("Prices rise predictably each spring.", "Democrats predictably attacked the plan.",
     [("predictably", "predictably", "strong")]),
    ("Turnout is predictably linked to the weather.", "The response was predictably hostile.",
     [("predictably", "predictably", "strong")]),
    # generic dictators people lived under or fled; a particular ruler stays labelled
    ("Their families suffered under dictators for decades.", "The country suffered under the dictator.",
     [("dictator", "dictator", "strong")]),
    ("They fled communist dictatorships.", "They fled Castro's dictatorship.",
     [("dictatorship", "dictator", "strong")]),
    # a clinical condition treated or diagnosed; the insult stays
    ("He was treated for paranoia at a clinic.", "The senator's paranoia is absurd.",
     [("paranoia", "paranoia", "strong"), ("absurd", "absurd", "strong")]),
    ("She was diagnosed with hysteria in 1890.", "The hysteria over the bill is absurd.",
     [("hysteria", "hysteria", "strong"), ("absurd", "absurd", "strong")]),
    # the good-news/bad-news idiom; terrible as the writer's grade stays
    ("It is good news for miners but terrible news for the climate.", "The plan is terrible.",
     [("terrible", "terrible", "strong")]),
    # a fixed phrase of religious and military history; a triumphant manner stays
    ("Christians mark Jesus's triumphant entry into Jerusalem.", "He made a triumphant entrance into the ballroom.",
     [("triumphant", "triumphant", "strong")]),
    # a word of an offence's name within the charge; the same word elsewhere, or an emotive word in the charge, stays
    ("He pleaded guilty to one count of malicious destruction of a building.", "The malicious plan failed.",
     [("malicious", "malicious", "strong")]),
    ("He was found guilty of lying to cover up the payments.", "They tried to cover up the payments.",
     [("cover up", "cover-up", "strong")]),
    ("He was found guilty of obstructing an inquiry into abuses in the jails and lying to cover up the payments.",
     "He was convicted of fraud and is now lying to cover up his debts.", [("cover up", "cover-up", "strong")]),
    ("She was charged with reckless endangerment.", "He was charged with the brutal murder of a clerk.",
     [("brutal", "brutal", "strong")]),
    # racist or anti-Semitic acts described; the label for a person, a remark or a campaign stays
    ("Police found racist graffiti on the school.", "His racist tweets angered voters.",
     [("racist", "racist", "strong")]),
    ("Rabbis condemned the anti-Semitic threats.", "The site is anti-Semitic.",
     [("anti-Semitic", "anti-Semitic", "strong")]),
    # a false alarm or a counterfeit object named plainly; phony as the writer's grade of a deal stays (strong since
    # it left the mild falsely)
    ("He was jailed for calling in a bogus bomb threat.", "Those were phony deals with a rogue state.",
     [("phony", "phony", "strong"), ("rogue state", "rogue state", "strong")]),
    ("He used a phony Facebook account to gather dirt.", "The report was bogus.", [("bogus", "phony", "strong")]),
    ("The attack was investigated as a racist hate crime.", "The site ran racist and anti-Semitic trolling campaigns.",
     [("racist", "racist", "strong"), ("anti-Semitic", "anti-Semitic", "strong")]),
])
def test_round_18_senses_apply_and_the_strong_word_beside_them_stays(plain, kept, expected):
    assert [m for m in loaded(plain) if m[2] == "strong"] == []
    assert loaded(kept) == expected


@pytest.mark.parametrize("text, expected", [
    ("The slain soldier was a war hero.", [("war hero", "war hero", "mild")]),
    ("The now-infamous Access Hollywood tape aired in 2016.",
     [("now-infamous Access Hollywood tape", "now-infamous (of a record)", "mild")]),
    ("The outrageous photo op angered clergy.", [("outrageous", "outrageous", "strong"), ("photo op", "photo op", "mild")]),
])
def test_routine_newsroom_terms_are_mild_entries_of_their_own(text, expected):
    assert loaded(text) == expected
