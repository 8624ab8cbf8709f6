"""What changed since the last run: pooled rates and their errors, the permutation test, new and surging
terms, renamed groups, and the alert lines (hand-checked numbers)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.compare.changes import BY_COLUMN, measure_stats, since, term_changes
from analysis.compare.shift import RESAMPLES, shift_test
from analysis.report.run.changes import alerts


def _articles(prefix: str, outlet: str, rates: list[float], words: int = 1000) -> pd.DataFrame:
    """Articles of one outlet whose hedges and own-voice loaded rates are ``rates`` (per 1,000 words)."""
    return pd.DataFrame({"article_id": [f"{prefix}{i}" for i in range(len(rates))], "outlet": outlet,
                         "title": "", "n_words": words, "writer_words": words, "hedges_per_1000": rates,
                         "writer_loaded_per_1000": rates, "boosters_per_1000": 0.0,
                         "anonymous_sources_per_1000": 0.0, "loaded_reporting_verbs_per_1000": 0.0,
                         "vader_compound_mean": 0.0})


def test_a_rate_is_pooled_over_words_and_its_error_counts_articles_not_words():
    # 10 and 30 hedges in two articles of 1,000 words: 20 per 1,000 pooled; the error is that of a mean of
    # two articles (10 per 1,000), not the far smaller error 40 independent words would give.
    stats = measure_stats(_articles("a", "X", [10.0, 30.0]), BY_COLUMN["hedges_per_1000"])
    assert stats["value"] == pytest.approx(20.0)
    assert stats["se"] == pytest.approx(10.0)
    assert stats["n"] == 2 and stats["words"] == 2000


def test_new_articles_far_above_every_earlier_one_are_flagged_and_a_like_week_is_not():
    then = _articles("t", "X", [float(v) for v in range(20)])
    higher = shift_test(_articles("n", "X", [40.0, 41.0, 42.0, 43.0, 44.0]), then, "hedges_per_1000",
                        "n_words", "rate")
    assert higher["change"] == pytest.approx(42.0 - 9.5)
    # only the real split (1 of 53,130) is as extreme, so at most a resample or two can match it
    assert higher["p"] <= 3 / (RESAMPLES + 1)
    alike = shift_test(_articles("n", "X", [2.0, 7.0, 9.0, 12.0, 17.0]), then, "hedges_per_1000", "n_words",
                       "rate")
    assert alike["p"] > 0.5


def test_week_to_week_swings_in_the_series_widen_the_noise():
    then = _articles("t", "X", [float(v) for v in range(20)])
    now = _articles("n", "X", [20.0, 22.0, 24.0, 26.0, 28.0])
    plain = shift_test(now, then, "hedges_per_1000", "n_words", "rate")
    swinging = shift_test(now, then, "hedges_per_1000", "n_words", "rate", extra=100.0)
    assert swinging["sd"] > plain["sd"] and swinging["p"] > plain["p"]


def test_a_run_compares_its_new_articles_with_the_previous_run_and_flags_only_the_shifted_outlet():
    quiet = [float(v % 7) for v in range(14)]
    before = pd.concat([_articles("x", "X", quiet), _articles("y", "Y", quiet)], ignore_index=True)
    empty = pd.DataFrame(columns=["article_id", "measure", "category", "entry", "speaker", "start", "end"])
    previous, _ = since(before, empty, "outlet", None, [])
    week = pd.concat([_articles("xn", "X", [30.0 + v for v in range(6)]), _articles("yn", "Y", quiet[:6])],
                     ignore_index=True)
    now_rows = pd.concat([before, week], ignore_index=True)
    _, changes = since(now_rows, empty, "outlet", previous, [previous], list(week["article_id"]), before)
    flagged = {(r["group"], r["measure"]) for r in changes["rates"] if r["flagged"]}
    assert flagged == {("X", "hedges_per_1000"), ("X", "writer_loaded_per_1000")}
    x = next(r for r in changes["rates"] if (r["group"], r["measure"]) == ("X", "hedges_per_1000"))
    assert x["now"]["value"] == pytest.approx(32.5) and x["then"]["value"] == pytest.approx(3.0)
    assert x["now"]["n"] == 6 and x["then"]["n"] == 14


def test_a_renamed_outlet_shows_as_new_and_gone_and_is_not_compared():
    empty = pd.DataFrame(columns=["article_id", "measure", "category", "entry", "speaker", "start", "end"])
    before = _articles("a", "Old Name", [1.0, 2.0, 3.0])
    previous, _ = since(before, empty, "outlet", None, [])
    after = _articles("b", "New Name", [1.0, 2.0, 3.0])
    _, changes = since(after, empty, "outlet", previous, [previous], list(after["article_id"]), before)
    assert changes["groups_new"] == ["New Name"] and changes["groups_gone"] == ["Old Name"]
    assert changes["rates"] == []


def test_terms_used_for_the_first_time_or_far_more_often_are_listed():
    now = {"X": {"regime": 4, "slammed": 9, "claimed": 1, "tirade": 1}}
    then = {"X": {"slammed": 1, "claimed": 1}}
    found = term_changes(now, then, {"X": 2000}, {"X": 10000}, "loaded term")
    by_term = {t["term"]: t for t in found}
    assert set(by_term) == {"regime", "slammed"}  # "tirade" once is too few; "claimed" did not rise enough
    assert by_term["regime"]["what"] == "first time"
    assert by_term["slammed"]["what"] == "surging"
    assert by_term["slammed"]["now_per_1000"] == pytest.approx(4.5)


def test_alert_lines_only_for_flagged_changes_past_their_threshold():
    rows = [{"group": "X", "measure": "writer_loaded_per_1000", "name": "loaded terms", "unit": "per 1,000 words",
             "flagged": True, "change": 4.0, "now": {"value": 9.0}, "then": {"value": 5.0}, "p": 0.0005},
            {"group": "Y", "measure": "hedges_per_1000", "name": "hedges", "unit": "per 1,000 words",
             "flagged": True, "change": -1.0, "now": {"value": 2.0}, "then": {"value": 3.0}, "p": 0.0005},
            {"group": "Z", "measure": "writer_loaded_per_1000", "name": "loaded terms", "unit": "per 1,000 words",
             "flagged": False, "change": 50.0, "now": {"value": 55.0}, "then": {"value": 5.0}, "p": 0.2}]
    lines = alerts({"rates": rows}, {"writer_loaded_per_1000": 3})
    assert lines == ["alert: X: loaded terms rose from 5.00 to 9.00 per 1,000 words (change +4.00, threshold 3, "
                     "p = 0.0005)"]
    assert len(alerts({"rates": rows}, {})) == 2  # no thresholds: every flagged change
