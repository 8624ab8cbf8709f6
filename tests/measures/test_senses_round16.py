"""The senses and strengths of the last PolNeAR kinds (issue 21, branch senses16): loaded_terms 2026.12.07.6
(*revered*, *career politician* and *mass atrocities* split off as mild), plain_senses 2026.12.07.6 (*brutalized as
slaves*, *as a child*) and analysis/measures/sense_rules.py's ``denied_cause`` (*it isn't because they are lying*).

Each sentence was made up for the test and read by a person: one where the word labels no one (or is mild), and
one where the same word, or the writer's own word beside it, is still the writer's strong judgement.
"""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze


def loaded(text: str) -> list[tuple[str, str, str]]:
    """(words written, entry, strength) of every loaded term in ``text``'s body."""
    a = analyze(text)
    return [(s.text, s.entry, a.strengths.get(s.entry)) for s in a.spans() if s.measure == "loaded"]


@pytest.mark.parametrize("plain, judging, expected", [
    # brutalized as slaves or as a child: abuse suffered in bondage or childhood; a regime brutalizing protesters stays
    ("The museum tells how enslaved families were brutalized as slaves on the cotton farms.",
     "The regime brutalized the protesters in the square.",
     [("regime", "regime", "strong"), ("brutalized", "brutal", "strong")]),
    ("The witness said nothing of being brutalised as a child.",
     "The guards brutalised the inmates every night.", [("brutalised", "brutal", "strong")]),
    # a cause denied: the charge is raised to be set aside; the clause after the semicolon is the writer's again
    ("The totals differ. It isn't because the firms are lying to the regulator.",
     "It isn't because the firms are lying to the regulator; it is because the regulator is corrupt.",
     [("corrupt", "corrupt", "strong")]),
    # ... "but because" affirms the second cause
    ("He lost the seat not because he was lying to voters.",
     "He lost the seat not because he was rich but because he was lying to voters.",
     [("lying to", "lie", "strong")]),
    # ... "not only because" grants the cause, and a word before the clause's verb is presupposed, not denied
    ("He lost the seat not because he was lying to voters.",
     "He lost the seat not only because he was lying to voters.", [("lying to", "lie", "strong")]),
    ("It is not because the council is corrupt.",
     "It is not because the corrupt council is asleep.", [("corrupt", "corrupt", "strong")]),
])
def test_plain_and_judging_senses(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # revered reports the regard others hold: mild; legendary, the writer's own crowning, stays strong
    ("The poet enjoyed a revered standing across the region.", [("revered", "revered", "mild")]),
    ("The legendary poet read to a full hall.", [("legendary", "legendary", "strong")]),
    # career politicians: a description of experience, mild; unelected bureaucrats, which deny standing, stay strong
    ("Most of her rivals were career politicians who had run for office before.",
     [("career politicians", "career politician", "mild")]),
    ("The agency is run by unelected bureaucrats.", [("unelected bureaucrats", "unelected bureaucrats", "strong")]),
    # mass atrocities, atrocity crimes: the human-rights term of art, mild; atrocities alone stays strong
    ("Monitors documented mass atrocities against civilians in the north.",
     [("mass atrocities", "mass atrocities", "mild")]),
    ("The board on atrocity prevention met in the capital.", [("atrocity prevention", "mass atrocities", "mild")]),
    ("The soldiers' atrocities shocked the village.", [("atrocities", "atrocity", "strong")]),
])
def test_strength_of_the_split_entries(text, expected):
    assert loaded(text) == expected
