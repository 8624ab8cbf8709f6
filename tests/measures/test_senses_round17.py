"""The senses and strengths of the issue's round-16 reading (issue 21, branch voice17): loaded_terms 2026.12.07.7
(*bowed to pressure* split off from *kowtow*, *went horribly wrong* from *terrible*, both mild) and
analysis/measures/register_senses.py's ``agency_category`` extended to the statute's *illegal alien(s)*.

Each sentence was made up for the test and read by a person: one where the word labels no one (or is mild), and
one where the same word, or the writer's own word beside it, is still the writer's strong judgement.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("text, expected", [
    # bowed to pressure: the routine idiom of a reversal, mild; kowtow, the servile image, stays strong
    ("The league bowed to pressure from sponsors and moved the final.",
     [("bowed to pressure", "bowed to pressure", "mild")]),
    ("The company is bowing to mounting pressure over its prices.",
     [("bowing to mounting pressure", "bowed to pressure", "mild")]),
    ("The mayor kowtowed to the developers again.", [("kowtowed", "kowtow", "strong")]),
    # the writer's own sneer beside the idiom stays strong
    # went horribly wrong: the stock intensifier of a failed plan, mild like "terribly wrong"; a grade stays strong
    ("The rescue went horribly wrong when the boat capsized.",
     [("went horribly wrong", "went horribly wrong", "mild")]),
    ("Nobody said how the raid had gone dreadfully wrong.", [("gone dreadfully wrong", "went horribly wrong", "mild")]),
    ("The minister made a dreadful decision.", [("dreadful", "terrible", "strong")]),
    ("The launch went horribly for the horrible company.", [("horribly", "terrible", "strong"),
                                                            ("horrible", "terrible", "strong")]),
    ("The cowardly board bowed to pressure.", [("cowardly", "cowardly", "strong"),
                                               ("bowed to pressure", "bowed to pressure", "mild")]),
])
def test_strengths(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("agency, writer, expected", [
    # the statute's "illegal alien" in a text in the enforcement agency's register (its categories counted);
    # the same words in a text without them, and "illegals" beside them, stay the writer's strong label
    ("Officers arrested 40 criminal aliens and immigration violators in the operation. One man, an illegal alien "
     "from Honduras, was charged with possessing a firearm.",
     "One man, an illegal alien from Honduras, was charged with possessing a firearm.",
     [("illegal alien", "illegal immigrant", "strong")]),
    ("Officers arrested 40 immigration fugitives in the operation. Most were illegal aliens.",
     "The mayor shelters illegal aliens in the city.",
     [("illegal aliens", "illegal immigrant", "strong")]),
])
def test_the_agencys_statutory_term(agency, writer, expected):
    assert loaded(agency) == []
    assert loaded(writer) == expected


def test_illegals_stay_in_the_agencys_register():
    assert loaded("Officers arrested 40 immigration violators in the operation. The illegals were deported.") == [
        ("illegals", "illegal immigrant", "strong")]
