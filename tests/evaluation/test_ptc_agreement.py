"""The PTC agreement figures (analysis/evaluation/ptc.py) on a made-up article whose marks a person placed."""
from __future__ import annotations

import pytest

from analysis.evaluation import ptc
from analysis.pipeline import Config, analyzer_for

TEXT = ("Thugs rule the city\n"
        "The thugs slammed the mayor. Officials quietly left. Smith said the plan was \"a disaster\".")


def record(marks: list[str]) -> dict:
    """A PTC-style record with Loaded_Language marks on the first occurrence of each of ``marks`` in the body."""
    body = TEXT.index("\n") + 1
    spans = [{"technique": "Loaded_Language", "start": TEXT.index(m, body), "end": TEXT.index(m, body) + len(m)}
             for m in marks]
    spans.append({"technique": "Doubt", "start": 0, "end": 5})  # another technique: never gold here
    return {"id": "1", "text": TEXT, "spans": spans}


def test_the_title_is_the_headline_and_offsets_point_into_the_whole_text():
    found = ptc.matches(record([]), analyzer_for(Config()))
    words = {(TEXT[s:e], strength, voice) for s, e, strength, voice, _ in found["matches"]}
    # "Thugs" in the title is a headline match; "slammed" and "thugs" are strong, "quietly" mild
    assert ("Thugs", "strong", "headline") in words
    assert {("thugs", "strong", "writer"), ("slammed", "strong", "writer"), ("quietly", "mild", "writer")} <= words


def test_precision_recall_and_selections_count_what_a_person_expects():
    result = ptc.evaluate([record(["thugs", "slammed", "disaster"])], analyzer_for(Config()))
    strong = result["selections"]["strong"]
    # strong matches: the title's Thugs (not marked), thugs and slammed (marked); "disaster" alone is no entry
    assert [strong[k] for k in ("n_matches", "right", "wrong", "found", "missed")] == [3, 2, 1, 2, 1]
    assert strong["precision"] == pytest.approx(2 / 3) and strong["recall"] == pytest.approx(2 / 3)
    assert result["n_gold"] == 3
    mild = result["selections"]["mild, writer's voice"]
    assert (mild["n_matches"], mild["right"]) == (1, 0)  # "quietly", not marked


def test_span_counts_use_any_overlap():
    assert ptc.span_counts([(0, 5), (10, 20)], [(3, 4, "strong", "writer", "x"), (30, 31, "", "", "")]) == [1, 1, 1, 1]


@pytest.mark.parametrize("text, expected", [("Title\nBody", ("Title", "Body", 6)), ("Only", ("Only", "", 4))])
def test_split_takes_the_first_line_as_the_title(text, expected):
    assert ptc.split(text) == expected
