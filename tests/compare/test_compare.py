"""Comparisons between groups: hand-checked statistics, intervals that cover, tests that find what is
there, substitution pairs counted on the seeds."""
from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
from pathlib import Path

import pytest

from analysis import Config, analyze_corpus, load_corpus
from analysis.compare import (CompareOptions, RateComparison, assign_groups, compare, documents, holm,
                              metrics_for, sentence_units, substitution_pairs, write_tables)
from analysis.compare.actors import actor_framing
from analysis.compare.rates import Metric
from analysis.compare.substitution import countable, loaded_lexicon
from analysis.compare.words import distinguishing_words, read_background
from analysis.corpus import Article
from analysis.errors import InputError, ParameterError
from analysis.paths import SEED_ARTICLES
from analysis.stopwords import STOP_WORDS, is_stop_word
from analysis.text import Document

ORIGINAL = "Original (outlet unknown)"
NEUTRAL = "Neutral rewrite (written for this project)"
OFFICIAL = "Official framing (written for this project)"
LOADED = [Metric("loaded_per_1000", "Loaded terms", "Loaded terms", "per 1,000 words", "loaded")]


@pytest.fixture(scope="module")
def seeds():
    """The seeds' tables as an engine that marks no voices gives them: the hand-checked figures below count
    every body match as the writer's (voices have their own tests in test_compare_stories.py)."""
    corpus = load_corpus(SEED_ARTICLES)
    tables = analyze_corpus(corpus)
    tables.matches = tables.matches.drop(columns=["voice"], errors="ignore")
    return corpus, tables


@pytest.fixture(scope="module")
def seed_comparison(seeds):
    corpus, tables = seeds
    return compare(corpus, tables, "outlet", CompareOptions(n_boot=500))


def _units(counts: list[list[tuple[int, int]]]) -> pd.DataFrame:
    """Sentence units from [[(words, loaded), ...] per article]; article ids a0, a1, ..."""
    rows = [{"article_id": f"a{i}", "sentence": j, "n_words": float(w), "loaded": float(k)}
            for i, article in enumerate(counts) for j, (w, k) in enumerate(article)]
    return pd.DataFrame(rows)


def _halves(article: Article) -> list[Article]:
    doc = Document(article.text)
    cut = doc.sentences[len(doc.sentences) // 2].start
    return [Article(id="first", text=article.text[:cut], outlet="first half"),
            Article(id="second", text=article.text[cut:], outlet="second half")]


# ------------------------------------------------------------------ distinguishing words

def test_log_odds_z_scores_match_a_hand_computation():
    # A: "Regime regime army."  B: "Government army army."  n_a = n_b = 3 words.
    # Prior = whole corpus: alpha(regime) = 2, alpha(army) = 3, alpha(government) = 1, alpha_0 = 6.
    # regime: delta = ln((2+2)/(3+6-2-2)) - ln((0+2)/(3+6-0-2)) = ln(4/5) - ln(2/7) = ln(2.8) = 1.029619
    #         var = 1/(2+2) + 1/(0+2) = 0.75, z = 1.029619 / 0.866025 = 1.188901
    # army:   delta = ln((1+3)/(3+6-1-3)) - ln((2+3)/(3+6-2-3)) = ln(4/5) - ln(5/4) = -0.446287
    #         var = 1/4 + 1/5 = 0.45, z = -0.446287 / 0.670820 = -0.665284
    # government: the mirror of regime with counts 0/1 and alpha 1:
    #         delta = ln(1/(3+6-0-1)) - ln(2/(3+6-1-1)) = ln(1/8) - ln(2/7) = -0.826679
    #         var = 1/1 + 1/2 = 1.5, z = -0.826679 / 1.224745 = -0.674979
    corpus = [Article(id="a", text="Regime regime army.", outlet="A"),
              Article(id="b", text="Government army army.", outlet="B")]
    groups = pd.Series({"a": "A", "b": "B"})
    words = distinguishing_words(documents(corpus), groups, CompareOptions(top_n=5))
    z = words[words["ngram"] == 1].set_index("term")["z"]
    assert z["regime"] == pytest.approx(1.188901, abs=1e-5)
    assert z["army"] == pytest.approx(-0.665284, abs=1e-5)
    assert z["government"] == pytest.approx(-0.674979, abs=1e-5)
    favours = words.set_index("term")["favours"]
    assert favours["regime"] == "A" and favours["army"] == "B"


def test_distinguishing_words_skip_stop_words_and_show_each_side_in_context(seed_comparison):
    words = seed_comparison.words
    assert not set(words["term"]) & STOP_WORDS
    assert not any(any(w in STOP_WORDS for w in t.split()) for t in words["term"])
    row = words[(words["comparison"] == "pair") & (words["term"] == "said")
                & (words["group_a"] == NEUTRAL) & (words["group_b"] == ORIGINAL)].iloc[0]
    assert (row["count_a"], row["count_b"]) == (6, 0)
    assert "[said]" in row["kwic_a"] and row["kwic_b"] == "(not used)"
    assert {"pair", "group vs rest"} == set(words["comparison"])


def test_a_background_file_changes_the_prior(tmp_path):
    corpus = [Article(id="a", text="Regime regime army.", outlet="A"),
              Article(id="b", text="Government army army.", outlet="B")]
    groups = pd.Series({"a": "A", "b": "B"})
    # Background: regime 9, army 0, government 0 (+0.5 each over 3 words): shares 9.5/10.5, .5/10.5, .5/10.5
    # alpha = 6 * share: regime 5.428571; regime delta = ln(7.428571/1.571429) - ln(5.428571/3.571429) = 1.134
    path = tmp_path / "background.tsv"
    path.write_text("word\tcount\nregime\t9\n", encoding="utf-8")
    prior = read_background(path)
    assert prior == {"regime": 9.0}
    words = distinguishing_words(documents(corpus), groups, CompareOptions(top_n=5), prior)
    delta = words.set_index("term")["log_odds"]["regime"]
    assert delta == pytest.approx(math.log(7.428571 / 1.571429) - math.log(5.428571 / 3.571429), abs=1e-4)
    path.write_text("word\tcount\nregime\tmany\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a count"):
        read_background(path)


def test_stop_words_are_function_words_only():
    assert is_stop_word("The") and is_stop_word("they\u2019re")
    for framing_word in ("said", "claimed", "not", "never", "clearly", "may", "all", "regime"):
        assert not is_stop_word(framing_word)


# ------------------------------------------------------------------ intervals and tests

def test_bootstrap_interval_covers_a_known_rate_in_at_least_90_of_100_repeats():
    true_rate = 20.0  # loaded terms per 1,000 words: each word is loaded with probability 0.02
    covered, widths = 0, []
    for repeat in range(100):
        rng = np.random.default_rng(repeat)
        articles = []
        for _ in range(3):
            words = rng.integers(12, 35, size=25)
            articles.append(list(zip(words, rng.binomial(words, true_rate / 1000))))
        units = _units(articles)
        groups = pd.Series("A", index=[f"a{i}" for i in range(3)])
        options = CompareOptions(seed=repeat, n_boot=1000)
        est = RateComparison(units, groups, LOADED, "outlet", options).estimates()
        covered += bool(est["low"].iloc[0] <= true_rate <= est["high"].iloc[0])
        widths.append(est["high"].iloc[0] - est["low"].iloc[0])
        assert est["resampled"].iloc[0] == "sentences within articles"
    print(f"bootstrap coverage (sentences within articles): {covered}/100, mean width {np.mean(widths):.1f}")
    assert covered >= 90
    # not by being vague: about 1,750 words at 2% give a standard error near 3.4, so a 95% width near 13
    assert 9 < np.mean(widths) < 18


def test_article_bootstrap_covers_the_outlet_rate_when_articles_differ():
    # Twenty articles whose own loaded rates vary (between 5 and 35 per 1,000 words, mean 20): resampling
    # articles must cover the outlet's rate, 20.
    covered = 0
    for repeat in range(100):
        rng = np.random.default_rng(1000 + repeat)
        articles = []
        for _ in range(20):
            p = rng.uniform(0.005, 0.035)
            words = rng.integers(12, 35, size=20)
            articles.append(list(zip(words, rng.binomial(words, p))))
        groups = pd.Series("A", index=[f"a{i}" for i in range(20)])
        est = RateComparison(_units(articles), groups, LOADED, "outlet",
                             CompareOptions(seed=repeat, n_boot=1000)).estimates()
        covered += bool(est["low"].iloc[0] <= 20.0 <= est["high"].iloc[0])
        assert est["resampled"].iloc[0] == "articles"
    print(f"bootstrap coverage (articles): {covered}/100")
    assert covered >= 90


def test_permutation_test_finds_no_difference_between_halves_of_the_seed(seeds):
    corpus, _ = seeds
    original = next(a for a in corpus if a.id == "original")
    halves = _halves(original)
    tables = analyze_corpus(halves)
    groups = assign_groups(tables.articles, "outlet")
    diff = RateComparison(sentence_units(tables), groups, metrics_for(tables), "outlet",
                          CompareOptions()).differences().set_index("measure")
    # Hand check: 3 loaded terms in 214 words against 9 in 242; p = 0.13 with seed 2024.
    assert diff.loc["loaded_per_1000", "p_value"] > 0.05
    assert diff.loc["loaded_per_1000", "low"] < 0 < diff.loc["loaded_per_1000", "high"]


def test_permutation_test_finds_the_seed_differs_from_its_neutral_rewrite(seeds, seed_comparison):
    diff = seed_comparison.differences
    row = diff[(diff["measure"] == "loaded_per_1000") & (diff["group_a"] == NEUTRAL)
               & (diff["group_b"] == ORIGINAL)].iloc[0]
    # All three seeds report one story and all three write "advise and assist" (the neutral rewrite once, the
    # original once): that is the story's shared vocabulary, set apart. Left: 2 loaded terms in the neutral
    # rewrite's 502 words against 11 in the original's 456; p about 0.02 over sentences inside the story.
    assert row["value_a"] == pytest.approx(1000 * 2 / 502)
    assert row["value_b"] == pytest.approx(1000 * 11 / 456)
    assert row["p_value"] < 0.05
    assert row["high"] < 0  # the interval of neutral - original excludes no difference
    assert row["test_unit"] == "sentences within each story"


def test_identical_texts_differ_by_nothing(seeds):
    corpus, _ = seeds
    original = next(a for a in corpus if a.id == "original")
    twins = [Article(id="x", text=original.text, outlet="X"), Article(id="y", text=original.text, outlet="Y")]
    tables = analyze_corpus(twins)
    groups = assign_groups(tables.articles, "outlet")
    diff = RateComparison(sentence_units(tables), groups, metrics_for(tables), "outlet",
                          CompareOptions(n_boot=300)).differences().dropna(subset=["p_value"])
    assert (diff["difference"] == 0).all()
    assert (diff["p_value"] == 1.0).all()


def test_permutation_p_is_the_smallest_possible_for_a_large_difference():
    rng = np.random.default_rng(7)
    low = [(20, k) for k in rng.binomial(20, 0.005, size=40)]
    high = [(20, k) for k in rng.binomial(20, 0.1, size=40)]
    units = _units([low, high])
    diff = RateComparison(units, pd.Series({"a0": "low", "a1": "high"}), LOADED, "outlet",
                          CompareOptions(n_boot=999)).differences()
    assert diff["p_value"].iloc[0] == pytest.approx(1 / 1000)


def test_permutation_p_values_are_rarely_small_when_there_is_no_difference():
    small = 0
    for repeat in range(100):
        rng = np.random.default_rng(5000 + repeat)
        articles = [[(w, k) for w, k in zip(words, rng.binomial(words, 0.02))]
                    for words in (rng.integers(12, 35, size=20) for _ in range(2))]
        diff = RateComparison(_units(articles), pd.Series({"a0": "A", "a1": "B"}), LOADED, "outlet",
                              CompareOptions(seed=repeat, n_boot=200)).differences()
        small += bool(diff["p_value"].iloc[0] < 0.05)
    print(f"permutation p < 0.05 under no difference: {small}/100")
    assert small <= 10


def test_results_are_reproducible_with_the_same_seed(seeds):
    corpus, tables = seeds
    units, metrics = sentence_units(tables), metrics_for(tables)
    groups = assign_groups(tables.articles, "outlet")
    first = RateComparison(units, groups, metrics, "outlet", CompareOptions(seed=1, n_boot=300)).estimates()
    again = RateComparison(units, groups, metrics, "outlet", CompareOptions(seed=1, n_boot=300)).estimates()
    other = RateComparison(units, groups, metrics, "outlet", CompareOptions(seed=2, n_boot=300)).estimates()
    pd.testing.assert_frame_equal(first, again)
    assert not np.allclose(first["low"], other["low"])
    pd.testing.assert_series_equal(first["value"], other["value"])


def test_a_one_article_group_has_the_articles_own_figures(seeds):
    corpus, tables = seeds
    articles = tables.articles.set_index("outlet")
    # without stories (and without a voice column: every match the writer's) nothing is set apart
    est = compare(corpus, tables, "outlet", CompareOptions(n_boot=200), story_by="").estimates
    for measure in ("loaded_per_1000", "loaded_legal_label_per_1000", "hedges_per_1000", "certainty_index",
                    "anonymous_sources_per_1000", "loaded_reporting_verbs_per_1000", "vader_compound_mean"):
        for row in est[est["measure"] == measure].itertuples():
            assert row.value == pytest.approx(articles.loc[row.group, measure]), (measure, row.group)


def test_holm_adjustment_by_hand():
    # sorted 0.01, 0.03, 0.04 times 3, 2, 1 -> 0.03, 0.06, 0.04 -> running max 0.03, 0.06, 0.06
    assert holm(np.array([0.01, 0.04, 0.03, np.nan])).tolist()[:3] == pytest.approx([0.03, 0.06, 0.06])


# ------------------------------------------------------------------ groups and caveats

def test_small_groups_carry_the_caveat(seed_comparison):
    groups = seed_comparison.groups.set_index("group")
    assert set(groups.index) == {ORIGINAL, NEUTRAL, OFFICIAL}
    assert (groups["articles"] == 1).all()
    assert groups["caveat"].str.contains("descriptive of this text, not of the outlet").all()
    assert (groups["resampled"] == "sentences within articles").all()
    assert "describe these texts, not the outlet" in seed_comparison.summary
    assert seed_comparison.estimates["caveat"].str.len().gt(0).all()


def test_plain_summary_has_one_sentence_per_finding_and_the_figures_apart(seed_comparison):
    summary = seed_comparison.summary
    assert summary.startswith("- **Same stories.** 1 story is covered by more than one group")
    # the pair is quoted with both sentences: "client state" (Washington's client, Israel) against "ally Israel"
    assert re.search(r"Original \(outlet unknown\) wrote “client state” where Official framing \(written for this "
                     r"project\) wrote “(ally|partner)” about the same thing", summary)
    assert "Washington’s top Middle Eastern client state" in summary
    assert "p = " not in summary and " z " not in summary and " : " not in summary
    # the engine of this fixture marks no voices, and the sentences say so
    assert "counting every word as the writer's (the analysis did not mark quotations)" in summary
    figures = seed_comparison.findings
    loaded = figures[(figures["about"] == "Strong loaded terms (writer's voice)")
                     & figures["figures"].str.contains(" against ")].iloc[0]
    assert loaded["groups"] == f"{ORIGINAL} - {NEUTRAL}"
    # strong terms: 4 in the original's 456 words (client state, dirty war, illegal occupation, illegally; "the
    # conflict raging in Gaza" is mild since lexicon 2026.12.06.4), 1 in the neutral rewrite's 502 (unlawful)
    assert loaded["figures"].startswith("8.8 against 2.0 per 1,000 words")
    assert "8.8 against 2.0 per 1,000 words" in summary  # the sentence gives the table's figures
    assert loaded["p"].startswith("p = ") and loaded["p after allowing for all measures"].startswith("p = ")


def test_groups_by_period_and_empty_fields():
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "outlet": ["X", "", "X", "Y"],
                             "published": ["2024-01-29", "2024-02-04", "2024-02-05", ""]})
    weeks = assign_groups(articles, "published", "W")
    assert weeks.tolist() == ["2024-01-29/2024-02-04", "2024-01-29/2024-02-04", "2024-02-05/2024-02-11",
                              "(no date)"]
    assert assign_groups(articles, "published", "M")["c"] == "2024-02"
    assert assign_groups(articles, "outlet")["b"] == "(no outlet)"
    with pytest.raises(ParameterError, match="group_by"):
        assign_groups(articles, "colour")
    with pytest.raises(ParameterError, match="period"):
        CompareOptions(period="fortnight")


# ------------------------------------------------------------------ substitution pairs

def test_substitution_pairs_counted_on_the_seeds(seed_comparison):
    pairs = seed_comparison.substitutions.set_index(["term", "group"])
    # Counted by hand in the three seed texts (grep -ow, body only):
    assert tuple(pairs.loc[("client state", ORIGINAL), ["loaded", "neutral_count"]]) == (1, 0)
    assert tuple(pairs.loc[("client state", OFFICIAL), ["loaded", "neutral_count"]]) == (0, 3)
    assert pairs.loc[("client state", OFFICIAL), "neutral_seen"] == "partner x2; ally x1"
    assert tuple(pairs.loc[("client state", NEUTRAL), ["loaded", "neutral_count"]]) == (0, 0)
    # "illegal occupation": presence / military presence / deployment instead
    assert tuple(pairs.loc[("illegal occupation", ORIGINAL), ["loaded", "neutral_count"]]) == (1, 2)
    assert pairs.loc[("illegal occupation", NEUTRAL), "neutral_seen"] == "presence x2; deployment x1"
    assert pairs.loc[("illegal occupation", OFFICIAL), "neutral_seen"] == "presence x2; military presence x1"
    # "militia": the neutral rewrite says "armed group"
    assert tuple(pairs.loc[("militia", NEUTRAL), ["loaded", "neutral_count"]]) == (0, 1)
    assert tuple(pairs.loc[("militia", ORIGINAL), ["loaded", "neutral_count"]]) == (1, 0)
    assert pairs.loc[("client state", ORIGINAL), "loaded_share"] == 1.0


def test_a_neutral_word_inside_a_loaded_match_is_not_counted():
    # "territory" is a neutral alternative of "occupied territories" ("territory under X's control") and
    # also part of the loaded phrase "occupied territory": only the second sentence's "territory" counts.
    text = "The occupied territory was quiet. The territory was calm."
    corpus = [Article(id="a", text=text, outlet="A")]
    tables = analyze_corpus(corpus)
    loaded = tables.matches[tables.matches["measure"] == "loaded"]
    assert loaded["text"].str.lower().tolist() == ["occupied territory"]
    pairs = substitution_pairs(documents(corpus), tables, pd.Series({"a": "A"}), loaded_lexicon(Config()))
    row = pairs.set_index("term").loc["occupied territories"]
    assert (row["loaded"], row["neutral_count"], row["neutral_seen"]) == (1, 1, "territory x1")


def test_neutral_alternatives_that_are_advice_are_not_counted():
    assert countable("presence that X calls illegal") == "presence"
    assert countable("which X says violates international law") == ""
    assert countable("(describe the views)") == ""
    assert countable("the group's own name") == ""
    assert countable("did not carry out") == "did not carry out"
    assert countable("accused of war crimes by ...") == "accused of war crimes"


# ------------------------------------------------------------------ actors and trends

def test_actor_roles_read_from_word_order():
    corpus = [Article(id="a", text="Washington slammed Iran over the attack. Iran was derided by Israel. "
                                   "Officials claimed that Israel had no plans.", outlet="A")]
    tables = analyze_corpus(corpus)
    framing = actor_framing(documents(corpus), tables, pd.Series({"a": "A"}), "outlet",
                            CompareOptions(n_boot=200)).set_index("actor")
    # active: Washington (United States) does, Iran is done to; passive: Iran is done to, Israel ("by") does;
    # "claimed that Israel ...": a that-clause, no role.
    assert (framing.loc["United States", "as_doer"], framing.loc["United States", "as_done_to"]) == (1, 0)
    assert (framing.loc["Iran", "as_doer"], framing.loc["Iran", "as_done_to"]) == (0, 2)
    assert (framing.loc["Israel", "as_doer"], framing.loc["Israel", "as_done_to"]) == (1, 0)
    assert framing.loc["Iran", "mentions"] == 2
    n_words = tables.articles["n_words"].iloc[0]
    assert framing.loc["Iran", "mentions_per_1000"] == pytest.approx(1000 * 2 / n_words)


def test_trends_per_week_and_outlet_and_the_last_weeks(tmp_path):
    body = {"X": "The regime attacked. Officials said the talks failed.",
            "Y": "The government met. It rained."}
    dates = ["2024-01-01", "2024-01-09", "2024-01-16", "2024-01-23"]
    corpus = [Article(id=f"{o}{i}", text=body[o], outlet=o, published=d)
              for o in body for i, d in enumerate(dates)]
    tables = analyze_corpus(corpus)
    result = compare(corpus, tables, "outlet", CompareOptions(n_boot=200))
    loaded = result.trends[result.trends["measure"] == "loaded_per_1000"]
    assert len(loaded) == 8 and set(loaded["group"]) == {"X", "Y"}
    assert loaded["period_start"].astype(str).tolist()[:2] == ["2024-01-01", "2024-01-01"]
    # per 1,000 of the writer's own words ("the talks failed" is reported speech where the engine marks it)
    x0 = tables.articles.set_index("article_id").loc["X0"]
    x_rate = 1000 * 1 / x0.get("writer_words", x0["n_words"])
    assert loaded[loaded["group"] == "X"]["value"].tolist() == pytest.approx([x_rate] * 4)
    recent = compare(corpus, tables, "outlet", CompareOptions(n_boot=200), last_weeks=2)
    assert sorted(recent.trends["period_start"].astype(str).unique()) == ["2024-01-15", "2024-01-22"]
    written = write_tables(result.tables(), tmp_path / "tables")
    assert Path("tables") / "comparison_trends.csv" in written  # no absolute path of a work folder in a page
    assert len(pd.read_csv(tmp_path / "tables" / "comparison_trends.csv")) == len(result.trends)


def test_no_dates_means_no_trend(seed_comparison):
    assert seed_comparison.trends.empty
    assert "period" in seed_comparison.trends.columns
