"""The article browser writes a tooltip per match and remembers those it wrote: every field a tooltip says
still changes it, and a remembered one is the one written afresh."""
from __future__ import annotations

import pandas as pd

from analysis.report.pages import highlight

ROW = {"measure": "loaded", "category": "dehumanizing", "explanation": "Calls people vermin.",
       "neutral": "people", "entry": "vermin", "detail": "", "text": "vermin", "strength": "strong",
       "voice": "writer"}


def test_each_field_a_tooltip_says_changes_it_and_a_remembered_tooltip_is_the_same_as_a_fresh_one():
    first = highlight.tooltip(ROW)
    assert first == highlight.tooltip(dict(ROW)) == highlight._tooltip(ROW)
    assert "\u201cvermin\u201d: loaded term (strong)" in first and "Neutral alternative: people" in first
    for name, other in (("explanation", "Another reason."), ("neutral", "residents"), ("text", "Vermin"),
                        ("strength", "mild"), ("voice", "quote"), ("category", "war"), ("entry", "vermins")):
        changed = highlight.tooltip({**ROW, name: other})
        assert changed != first and changed == highlight._tooltip({**ROW, name: other}), name


def test_a_row_of_a_table_and_a_missing_value_get_the_tooltip_of_the_same_dict():
    row = pd.Series({**ROW, "neutral": float("nan")})
    assert highlight.tooltip(row) == highlight._tooltip({**ROW, "neutral": None})
    assert "Neutral alternative" not in highlight.tooltip(row)
