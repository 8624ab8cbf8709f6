"""bench/reading_sample.py --recheck: reading a round's table from a reading file and finding its judged matches
again in the engine's list now. The reading file and the engine's list are made up here; every expectation was
worked out by hand from them."""
from __future__ import annotations

import importlib.util

import pytest

from analysis.errors import InputError
from analysis.paths import PROJECT_DIR

spec = importlib.util.spec_from_file_location("reading_sample", PROJECT_DIR / "bench" / "reading_sample.py")
reading_sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reading_sample)

READING = """# Reading: made up

## Results

| round | commit | the writer's own loaded choice |
|---|---|---|
| 2 | abc1234 | 2 of 3 |

## Round 2 (commit abc1234, seed 5): every match

Command: something.

| # | article | start | words | entry | verdict | reason |
|---|---|---|---|---|---|---|
| 1 | 101 | 40 | thugs | thug | yes | the writer's "thugs" |
| 2 | 101 | 300 | regime | regime | no (voice) | inside a quoted \\| bar in the reason |
| 3 | fox/a-1 | 12 | slammed | slam | yes (close call) | the headline verb |
| 4 | 102 |  | so-called | so-called | no (name) | introduces a name |

## Round 1 (commit 0000000): words, verdict and reason

| # | article | words | entry | verdict | reason |
|---|---|---|---|---|---|
| 1 | 101 | thugs | thug | no | an earlier verdict |
"""


@pytest.fixture
def reading(tmp_path):
    path = tmp_path / "reading.md"
    path.write_text(READING, encoding="utf-8")
    return path


def test_the_round_asked_for_is_read_from_its_own_table(reading):
    rows = reading_sample.read_round(reading, "2")
    assert [(r["article"], r["start"], r["words"], r["yes"]) for r in rows] == [
        ("101", 40, "thugs", True), ("101", 300, "regime", False), ("fox/a-1", 12, "slammed", True),
        ("102", None, "so-called", False)]
    assert rows[2]["verdict"] == "yes (close call)" and rows[3]["entry"] == "so-called"
    # the older round's table has no start column: rows are read all the same, starts empty
    assert [(r["start"], r["verdict"]) for r in reading_sample.read_round(reading, "1")] == [(None, "no")]


def test_a_missing_round_or_column_is_a_clear_error(reading, tmp_path):
    with pytest.raises(InputError, match=r"no heading '## Round 7'.*rounds 1, 2"):
        reading_sample.read_round(reading, "7")
    bad = tmp_path / "bad.md"
    bad.write_text("## Round 3\n\n| # | article | words |\n|---|---|---|\n| 1 | 101 | thugs |\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column verdict"):
        reading_sample.read_round(bad, "3")
    with pytest.raises(InputError, match="no such reading file"):
        reading_sample.read_round(tmp_path / "none.md", "3")


def test_judged_matches_are_found_again_by_article_start_and_words(reading):
    rows = reading_sample.read_round(reading, "2")
    now = [{"article": "101", "start": 40, "words": "thugs"},       # row 1, where it was
           {"article": "101", "start": 900, "words": "regime"},     # another "regime", far from row 2's: row 2 left
           {"article": "fox/a-1", "start": 15, "words": "slammed"},  # row 3, moved by 3 characters
           {"article": "102", "start": 77, "words": "so-called"},    # row 4 had no start: the same words match
           {"article": "102", "start": 80, "words": "thugs"}]        # never judged
    found = reading_sample.recheck(rows, now)
    assert [r["now"] for r in found] == [40, None, 15, 77]
    report = reading_sample.recheck_report(found, len(now))
    # still in: rows 1 (yes), 3 (yes), 4 (no); left: row 2 (no)
    assert "still writer's-voice strong matches: 3; left: 1 (yes 0, no 1)" in report
    assert "2 of 3 = 0.67 (95% Wilson interval 0.21 to 0.94)" in report
    assert "5 such matches now; 2 of them were not judged" in report
    assert "| 3 | fox/a-1 | 12 | slammed | slam | yes (close call) | still in, moved to 15 |" in report


def test_one_match_now_is_given_to_one_judged_row_only():
    rows = [{"n": str(i), "article": "9", "start": None, "words": "corrupt", "entry": "corrupt", "verdict": "yes",
             "yes": True} for i in (1, 2)]
    found = reading_sample.recheck(rows, [{"article": "9", "start": 5, "words": "corrupt"}])
    assert [r["now"] for r in found] == [5, None]


def test_the_command_line_recheck_says_what_to_fix(reading, capsys):
    assert reading_sample.main(["--recheck", str(reading), "--round", "7"]) == 2
    assert "no heading '## Round 7'" in capsys.readouterr().err
    # without the data the recheck is skipped with a message, as the draw is
    assert reading_sample.main(["--recheck", str(reading), "--round", "2"]) == 0
    assert "skipped: pass --data DIR" in capsys.readouterr().out


def test_unread_keys_are_every_judged_row_with_a_start_in_every_round(reading, tmp_path):
    # round 2's three rows with a start; row 4 (no start) and round 1 (no start column) cannot be found again
    assert reading_sample.judged_keys([reading]) == {("101", 40, "thugs"), ("101", 300, "regime"),
                                                      ("fox/a-1", 12, "slammed")}
    with pytest.raises(InputError, match="no such reading file"):
        reading_sample.judged_keys([tmp_path / "missing.md"])
