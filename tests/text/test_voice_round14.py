"""Voice rules written after the fresh readings of rounds 14 and 14b (analysis/voice.py, sentences.py).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each rule has a sentence where it applies
and one where it must not.
"""
from __future__ import annotations

import pytest

from analysis.sentences import sentence_bounds
from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, expected", [
    # a name's own "!" at a line's end, the next line in lower case: one sentence
    ("The senator told the hosts of Jeopardy!\nthat the quiz was rigged.\nWhy?",
     ["The senator told the hosts of Jeopardy!\nthat the quiz was rigged.", "Why?"]),
    # ... a capitalised next line starts a sentence of its own
    ("She won on Jeopardy!\nThe show aired at six.", ["She won on Jeopardy!", "The show aired at six."]),
    # ... and an exclamation after a lower-case word ends its sentence whatever follows
    ("Stop it!\nthen the crowd went home.", ["Stop it!", "then the crowd went home."]),
])
def test_a_name_s_exclamation_mark_at_a_line_end(text, expected):
    assert [text[a:b] for a, b in sentence_bounds(text)] == expected


def test_a_clause_after_a_name_s_exclamation_mark_is_reported():
    text = ("The debate went on for hours.\nThe critic told the panel at Democracy Now!\n"
            "that the fuss over the summit was ridiculous.\nThe fuss was absurd, and the summit went well.")
    assert voice(text, "ridiculous")[0] == "reported"
    assert voice(text, "absurd")[0] == "writer"
