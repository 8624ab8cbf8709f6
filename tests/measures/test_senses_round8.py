"""Senses and strengths answering the kinds of error of the fresh reading round 8 (lexicon 2026.12.06.6,
plain senses 2026.12.06.5; analysis/measures/sense_rules.py and analysis/lexicons/plain_senses.yaml).

Every sentence here was made up and read by a person: one where the word passes no judgement of the writer's
(a mass shooting referred back to, evil as a force or a subject, a sexual act described, the stock phrase for an
unknown mishap), so nothing is found, and one where the same word is the writer's own judgement and is still found.
"""
from __future__ import annotations

import pytest

from conftest import loaded


MASSACRE = [("massacre", "massacre", "strong")]
EVIL = [("evil", "evil", "strong")]


@pytest.mark.parametrize("plain, judging, expected", [
    # "the massacre" / "this massacre" referring back to a gunman's shooting named earlier in the article
    ("Police named the shooter on Monday. Officials have said little about this massacre.",
     "Officials have said little about this massacre.", MASSACRE),
    ("A gunman opened fire at the concert. Survivors of the massacre met on Sunday.",
     "Survivors of the massacre met on Sunday.", MASSACRE),
    ("The mass shooting killed 58 people. The dealer denied any role in the massacre.",
     "The mass shooting killed 58 people. Soldiers denied any role in the massacre.", MASSACRE),
    # abstract evil: the moral pair, the idioms, the subject of philosophy
    ("We are averse to speaking in terms of good and evil.", "We are averse to their evil schemes.", EVIL),
    ("The film is a tale of good versus evil.", "The film is about an evil tycoon.", EVIL),
    ("Taxes are a necessary evil, the mayor thinks.", "The new tax is evil.", EVIL),
    ("Voters chose the lesser of two evils.", "Voters rejected the evil plan.", EVIL),
    ("The priest wrote a book on the problem of evil.", "The priest called the tax evil.", EVIL),
    # abstract evil as the subject at the head of a clause; evils met by a general "we"
    ("All the same, evil is part of ordinary life.", "All the same, evil men are part of life.", EVIL),
    ("Evil exists in every town.", "Evil men run the town.", [("Evil", "evil", "strong")]),
    ("The evils we encounter every day are small.", "The evils of the new tax are plain.",
     [("evils", "evil", "strong")]),
    # homosexual for a sexual act described, not a label for people
    ("The men of the city wanted to commit homosexual gang rape on the visitors.",
     "The homosexual lobby pushed the bill.", [("homosexual", "homosexual (as a label)", "strong")]),
    ("The report counted homosexual encounters in the barracks.", "Homosexuals run the club, he wrote.",
     [("Homosexuals", "homosexual (as a label)", "strong")]),
    # the stock phrase for a mishap not yet known or named
    ("Something dreadful obviously went wrong with the operation.", "The operation was a dreadful mistake.",
     [("dreadful", "terrible", "strong")]),
    ("She knew something terrible had happened.", "She made a terrible decision.",
     [("terrible", "terrible", "strong")]),
])
def test_a_plain_sense_is_dropped_and_the_judging_sense_kept(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # "a massacre" is a new event, not a reference back; forces in the sentence keep the contested verdict
    ("A gunman opened fire at the concert. Weeks later a massacre shook the north.", MASSACRE),
    ("The shooter was named. Soldiers later carried out the massacre in the village.", MASSACRE),
    # the lone gunman is named only after "the massacre": nothing to refer back to yet
    ("The massacre was planned for weeks. Later the gunman was named.", MASSACRE),
    # "that evil" and a predicate label someone; the evils of something condemn it
    ("But that evil was done by the regime.", [("evil", "evil", "strong"), ("regime", "regime", "strong")]),
    ("The evils they commit are many.", [("evils", "evil", "strong")]),
    # something terrible happening now is the writer's alarm, not an unknown mishap in the past
    ("Something terrible is happening at the border.", [("terrible", "terrible", "strong")]),
])
def test_where_the_rules_must_not_apply(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an onslaught of criticism, questions or ads: a routine idiom of quantity, mild
    ("Dodd faced an onslaught of criticism for his ties to the lender.",
     [("onslaught of criticism", "onslaught of (criticism)", "mild")]),
    ("He will disregard the onslaught of criticism and run again.",
     [("onslaught of criticism", "onslaught of (criticism)", "mild")]),
    ("An onslaught of negative ads hit the senator.",
     [("onslaught of negative ads", "onslaught of (criticism)", "mild")]),
    ("The office faced an onslaught of emails.", [("onslaught of emails", "onslaught of (criticism)", "mild")]),
    # the onslaught of an army, or of weapons, stays strong
    ("The army began its onslaught on the city.", [("onslaught", "onslaught", "strong")]),
    ("The onslaught of rockets went on all night.", [("onslaught", "onslaught", "strong")]),
])
def test_the_onslaught_of_criticism_is_mild_and_the_military_onslaught_strong(text, expected):
    assert loaded(text) == expected
