"""The senses and strengths of the last PolNeAR kinds (issue 21, branch senses16): loaded_terms 2026.12.07.6
(*revered* and *mass atrocities* split off as mild, *career politician* split off, strong), plain_senses
2026.12.07.6 (*brutalized as slaves*, *as a child*), analysis/measures/sense_rules.py's ``denied_cause`` (*it isn't because they are lying*) and
analysis/measures/senses.py's ``offered_labels`` (*call it whatever you like -- a propaganda arm, ...*).

Each sentence was made up for the test and read by a person: one where the word labels no one (or is mild), and
one where the same word, or the writer's own word beside it, is still the writer's strong judgement.
"""
from __future__ import annotations

import pytest

from conftest import loaded


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
    # labels offered to the reader's choice after "call X whatever you like --"; a verdict after it stays
    ("Call the channel whatever you like -- a news outlet, a propaganda arm, something in between.",
     "Call it whatever you like -- it is still a corrupt deal.", [("corrupt", "corrupt", "strong")]),
    ("Call the channel whatever you like -- a news outlet, a propaganda arm, something in between.",
     "The channel is a propaganda arm of the ministry.", [("propaganda", "propaganda", "strong")]),
    ("You can call the channel whatever you want -- a news outlet, a propaganda arm.",
     "You can call the channel whatever you want -- it is a propaganda arm.", [("propaganda", "propaganda", "strong")]),
])
def test_plain_and_judging_senses(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # revered reports the regard others hold: mild; legendary, the writer's own crowning, stays strong
    ("The poet enjoyed a revered standing across the region.", [("revered", "revered", "mild")]),
    ("The legendary poet read to a full hall.", [("legendary", "legendary", "strong")]),
    # career politicians: under an entry of its own name now (not "unelected bureaucrats"), still the epithet, strong
    ("The career politicians in the capital have failed the farmers.",
     [("career politicians", "career politician", "strong")]),
    ("The agency is run by unelected bureaucrats.", [("unelected bureaucrats", "unelected bureaucrats", "strong")]),
    # mass atrocities, atrocity crimes: the human-rights term of art, mild; atrocities alone stays strong
    ("Monitors documented mass atrocities against civilians in the north.",
     [("mass atrocities", "mass atrocities", "mild")]),
    ("The board on atrocity prevention met in the capital.", [("atrocity prevention", "mass atrocities", "mild")]),
    ("The soldiers' atrocities shocked the village.", [("atrocities", "atrocity", "strong")]),
])
def test_strength_of_the_split_entries(text, expected):
    assert loaded(text) == expected
