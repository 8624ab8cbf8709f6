"""Sourcing on long single articles (issue 11, bad input 7): the work grows in step with the text.

No clock: the test counts the steps the rules take (word gaps read and voice lookups) on a text and on the
same text four times over; quadratic rules would take about sixteen times the steps.
"""
from __future__ import annotations

import pytest

from analysis import attribution, speakers
from analysis.pipeline import Config, analyzer_for
from analysis.text import Document, Voices

UNIT = ('Sen. Jane Doe, the committee chair, said the plan was "a total disaster" and added that it was '
        '"dead on arrival." "We will fight it," said John Smith (R-S.C.), who called it a "sham." '
        'According to officials, it failed. The "reform" was dropped. ')


def _sourcing():
    return next(m for m in analyzer_for(Config()).measures if m.name == "sourcing")


def _steps(text: str, monkeypatch) -> int:
    count = {"n": 0}
    gap, at = speakers.gap, Voices.at

    def counted_gap(doc, k):
        count["n"] += 1
        return gap(doc, k)

    def counted_at(self, offset):
        count["n"] += 1
        return at(self, offset)

    monkeypatch.setattr(speakers, "gap", counted_gap)
    monkeypatch.setattr(attribution, "_gap", counted_gap)
    monkeypatch.setattr(Voices, "at", counted_at)
    result = _sourcing().measure(Document(text))
    assert result.values["attributions_count"] > 0
    return count["n"]


def test_steps_grow_linearly_with_one_long_line(monkeypatch):
    small = _steps(UNIT * 40, monkeypatch)
    large = _steps(UNIT * 160, monkeypatch)
    assert large <= 4.5 * small


@pytest.mark.slow
def test_a_multi_megabyte_line_full_of_quotes_and_said_finishes():
    text = UNIT * 11_000  # about 2.5 MB on one line
    result = _sourcing().measure(Document(text))
    # Doe said, Doe added, Smith said, "who called it" (a verb of naming: Smith's), officials
    assert result.values["attributions_count"] == 5 * 11_000
    assert result.values["partial_quotes"] == 3 * 11_000  # "a total disaster", "dead on arrival", "sham"
    assert result.values["scare_quotes"] == 11_000  # "reform": one per unit, nobody is said to have said it
