"""The senses answering the fresh readings 14 and 14b (analysis/measures/sense_rules.py: paired_orientation,
generic_world_order, so-called before a quoted label; analysis/measures/register_senses.py: wire_so_called;
plain_senses 2026.12.07.4: the space invader, a notorious disease, brutally portrayed; loaded_terms 2026.12.07.4:
*triumph* mild, *triumphant* strong).

Each rule is pinned by made-up sentences a person wrote and read: one where the word labels no one, and one where
the same word, in the same place or next to it, is the writer's own judgement and is still found as strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


WIRE = "Fishing boats return to port\n\nGENEVA (AP) -- Officials reported a wave of so-called ghost nets along the coast."
COLUMN = "Fishing boats return to port\n\nOfficials reported a wave of so-called ghost nets along the coast."
KICKER = "Fishing boats return to port\n\nEXCLUSIVE -- Officials reported a wave of so-called ghost nets along the coast."
WIRE_EXPERTS = "Fishing boats return to port\n\nGENEVA (AP) -- The so-called experts blamed the fishermen."


@pytest.mark.parametrize("plain, judging, expected", [
    # the space invader: a science epithet; a crowd called invaders stays
    ("For the next billion years the space invader will keep tumbling.",
     "The mayor called the marchers invaders of the city.", [("invaders", "invader", "strong")]),
    # a notorious disease or pest; a notorious person stays
    ("Cholera is one of the most notorious diseases of the nineteenth century.",
     "The notorious senator spoke again.", [("notorious", "notorious", "strong")]),
    ("Farmers fear the infamous weeds spreading along the river.",
     "The infamous warlord fled the town.",
     [("infamous", "notorious", "strong"), ("warlord", "warlord", "mild")]),
    # brutally portrayed: an account's unsparing depiction; a brutal crackdown stays
    ("The suffering brutally portrayed in the inquiry's report shocked the town.",
     "The army brutally crushed the protest.", [("brutally", "brutal", "strong")]),
    # homosexual beside its counterpart; the label alone stays
    ("The survey asked heterosexuals and homosexuals alike about their marriages.",
     "The homosexuals are taking over the schools.", [("homosexuals", "homosexual (as a label)", "strong")]),
    # a new world order in lower case after "a"; the conspiracy's proper name stays
    ("The treaty was meant to build a new world order after the war.",
     "The bankers want a New World Order.", [("New World Order", "New World Order", "strong")]),
    ("The treaty was meant to build a new world order after the war.",
     "The bankers serve the new world order.", [("new world order", "New World Order", "strong")]),
    # so-called before a quoted informal label; a quoted claimed quality, or an unquoted label, stays
    ('Critics of so-called "right-to-work" laws rallied in the capital.',
     'The so-called "experts" rallied in the capital.', [("so-called", "so-called", "strong")]),
    ('Critics of so-called "right-to-work" laws rallied in the capital.',
     "Critics of so-called right-to-work laws rallied in the capital.", [("so-called", "so-called", "strong")]),
    ('Critics of so-called "right-to-work" laws rallied in the capital.',
     'Students founded the so-called "Campus Voices" movement.', [("so-called", "so-called", "strong")]),
    # so-called in wire copy (a dateline opens the text); the same sentence in a column stays
    (WIRE, COLUMN, [("so-called", "so-called", "strong")]),
    (WIRE, WIRE_EXPERTS, [("so-called", "so-called", "strong")]),
    (WIRE, KICKER, [("so-called", "so-called", "strong")]),
])
def test_plain_and_judging_senses(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


def test_triumph_is_mild_and_triumphant_stays_strong():
    assert loaded("The team celebrated its initial near-triumph.") == [("triumph", "triumph", "mild")]
    assert loaded("The senator made a triumphant return to the capital.") == \
        [("triumphant", "triumphant", "strong")]
