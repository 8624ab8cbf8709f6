"""The senses and the strength answering the PolNeAR reading (docs/readings/2026-12-07-strong-polnear-p1.md and -p2.md):
plain_senses 2026.12.07.5 (vermin with weather or pests, driving erratically, fraudulent accounts, questionable
whether); loaded_terms 2026.12.07.5 (*tremendous* mild); analysis/measures/sense_rules.py (*so-called* before a term
glossed by an appositive).

Each rule is pinned by made-up sentences a person wrote and read: one where the word labels no one, and one where
the same word, in the same place or next to it, is the writer's own judgement and is still found as strong.
"""
from __future__ import annotations

import pytest

from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # vermin of pests in stores; people called vermin stay
    ("The grain in the old barn was lost to vermin and damp over the winter.",
     "The mayor's critics are vermin who should leave the city.", [("vermin", "vermin", "strong")]),
    ("The warehouse hired a vermin control firm after the flood.",
     "He said the protesters were vermin.", [("vermin", "vermin", "strong")]),
    # driving erratically; a leader acting erratically stays
    ("Police stopped a van that was driving erratically on the bridge.",
     "The governor behaved erratically throughout the budget talks.", [("erratically", "erratic", "strong")]),
    ("Farmers blamed erratic rainfall for the poor harvest.",
     "The senator's erratic leadership worried the caucus.", [("erratic", "erratic", "strong")]),
    # fraudulent accounts opened without consent; a fraudulent candidate stays
    ("Staff at the bank opened fraudulent accounts in customers' names.",
     "Voters should reject this fraudulent candidate.", [("fraudulent", "fraudulent", "strong")]),
    # questionable whether: uncertain; questionable ethics stay
    ("It is questionable whether the bridge will open by spring.",
     "The council's questionable ethics are on display again.", [("questionable", "dubious", "strong")]),
    ("Support for the treaty is now the most questionable since the war ended.",
     "The mayor made a questionable deal with developers.", [("questionable", "dubious", "strong")]),
])
def test_plain_sense_drops_the_match_and_the_judging_use_stays(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


def test_tremendous_of_a_size_is_mild_and_tremendous_as_praise_stays_strong():
    assert loaded("The plan enjoyed tremendous support among farmers.") == [
        ("tremendous support", "tremendous (of a size)", "mild")]
    assert loaded("The rally was tremendous.") == [("tremendous", "amazing", "strong")]
    assert loaded("The mayor gave a wonderful speech.") == [("wonderful", "amazing", "strong")]


def test_so_called_before_a_term_glossed_by_an_appositive_is_plain():
    assert loaded("Officials want to tax so-called ghost nets, a kind of abandoned fishing gear.") == []
    # a claimed quality after so-called stays, appositive or not
    assert loaded("The so-called experts, a group of donors, backed the plan.") == [("so-called", "so-called", "strong")]
    # no gloss: the writer's distance stays
    assert loaded("Officials want to tax so-called ghost nets to raise money for the port.") == [("so-called", "so-called", "strong")]
