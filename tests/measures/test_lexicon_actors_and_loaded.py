"""Loaded terms in the possessive and actor names that are people, with sentences checked by hand."""
from __future__ import annotations

import pytest

from analysis import analyze


def found(text: str, measure: str) -> list[tuple[str, str]]:
    return [(s.text, s.entry) for s in analyze(text).spans() if s.measure == measure]


@pytest.mark.parametrize("text, expected", [
    ("The regime's forces advanced.", [("regime", "regime")]),
    ("The terrorist's brother was questioned.", [("terrorist", "terrorist")]),
    ("The militia's leaders met.", [("militia", "militia")]),
])
def test_a_loaded_word_in_the_possessive_is_found(text, expected):
    assert found(text, "loaded") == expected


@pytest.mark.parametrize("text, expected", [
    ("Police brutality was the theme of the march.", []),                    # the name of the issue
    ("The claim was repeated on Monday.", []),                                # claim as a noun
    ("The minister claimed the troops had left.", [("claimed", "claim")]),   # the loaded reporting verb
])
def test_plain_senses_of_loaded_words(text, expected):
    assert found(text, "loaded") == expected


@pytest.mark.parametrize("text, expected", [
    # a person called Jordan is not the country, after a title or a first name
    ("On Tuesday Rep. Jim Jordan said the hearing would go ahead.", []),
    ("The team signed Michael Jordan in 1984.", []),
    # the country itself, also after a place qualifier, in a list and in a hyphenated word
    ("Troops crossed from Jordan into Syria.", [("Jordan", "Jordan"), ("Syria", "Syria")]),
    ("They moved to Northern Iraq.", [("Iraq", "Iraq")]),
    ("A pro-Jordan rally was held.", [("Jordan", "Jordan")]),
    # case: a capitalised name is only its actor where the text is capitalised
    ("It was a gallant effort by Gallant.", [("Gallant", "Israel")]),
])
def test_actor_names_that_are_people_or_common_words(text, expected):
    assert found(text, "actors") == expected
