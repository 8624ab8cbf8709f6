"""The engine on the seed article, with expectations a person checked by reading the text."""
from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import Article, analyze, analyze_corpus, load_corpus
from analysis.pipeline import Config
from analysis.errors import LexiconError, ParameterError
from analysis.measures.hedging import certainty_index
from analysis.paths import SEED_ARTICLES

SEED = "/work/shared/seeds/000_4fd01be57360276f.txt"


@pytest.fixture(scope="module")
def seeds():
    return {a.id: a for a in load_corpus(SEED_ARTICLES)}


@pytest.fixture(scope="module")
def original(seeds):
    return analyze(seeds["original"])


def spans(result, measure):
    return [s for s in result.spans() if s.measure == measure]


def first(result, measure, text):
    for s in spans(result, measure):
        if s.text == text:
            return s
    raise AssertionError(f"{text!r} not found under {measure}: {[s.text for s in spans(result, measure)]}")


def test_the_seed_in_seeds_is_the_shared_seed_verbatim(seeds):
    with open(SEED, encoding="utf-8") as fh:
        assert seeds["original"].text == fh.read().strip()


@pytest.mark.parametrize("text, category", [
    ("illegally", "legal_label"),
    ("client state", "legal_label"),
    ("illegal occupation", "legal_label"),
    ("dirty war", "covert_framing"),
    ("sabotage", "covert_framing"),
    ("jihadists", "actor_label"),
])
def test_loaded_terms_found_with_offsets_and_categories(seeds, original, text, category):
    span = first(original, "loaded", text)
    assert span.category == category
    assert seeds["original"].text[span.start:span.end] == text


def test_offsets_of_client_state_and_dirty_war_point_at_those_words(seeds, original):
    text = seeds["original"].text
    client = first(original, "loaded", "client state")
    assert client.start == text.index("client state") and client.sentence == 0
    war = first(original, "loaded", "dirty war")
    assert war.start == text.index("dirty war") and war.sentence == 6


def test_illegal_occupation_is_one_phrase_not_two_matches(original):
    texts = [s.text for s in spans(original, "loaded")]
    assert "illegal occupation" in texts and "illegal" not in texts


@pytest.mark.parametrize("measure, text", [("conditions", "if needed"), ("approximators", "an estimated"),
                                           ("hedges", "do not explicitly confirm")])
def test_hedges(original, measure, text):
    """The seed's hedges, each under its kind: a condition, an approximator and an epistemic hedge."""
    first(original, measure, text)


@pytest.mark.parametrize("text", ["never", "outright", "ultimately"])
def test_boosters(original, text):
    first(original, "boosters", text)


def test_according_to_documents_seen_by_the_intercept_is_an_attribution(original):
    attribution = first(original, "attributions", "according to documents seen by The Intercept")
    assert attribution.entry == "according to"
    assert attribution.detail == "documents seen by The Intercept"


def test_local_media_reported_is_an_unnamed_source(original):
    attribution = first(original, "attributions", "local media reported")
    assert attribution.category == "anonymous" and attribution.detail == "local media"
    assert first(original, "sources", "local media").category == "unnamed_media"


def test_us_officials_confirmed_is_an_anonymous_attribution(original):
    assert first(original, "attributions", "US officials confirmed").category == "anonymous"


def test_scare_quotes_and_direct_quotes(original):
    # "no plans or intentions" (the words of the White House's assurances) and "all" (the content of
    # Trump's promises) are partial quotations; tests/test_sourcing_seed.py gives the reason for each.
    scare = {s.text for s in spans(original, "quotes") if s.category == "scare"}
    direct = {s.text for s in spans(original, "quotes") if s.category == "direct"}
    assert scare == {"\u201con standby\u201d", "\u2018advise, assist and training\u2019"}
    assert "\u201cto avoid any embarrassment for the Iraqi government\u201d" in direct


def test_vader_scores_equal_the_vadersentiment_package_on_the_same_sentences(original):
    reference = SentimentIntensityAnalyzer()
    rows = original.results["sentiment"].rows
    assert len(rows) == 13
    for row in rows:
        assert row["vader_compound"] == reference.polarity_scores(row["text"])["compound"]


def test_whole_text_textblob_scores_equal_textblob_on_the_whole_text(seeds, original):
    from textblob import TextBlob

    expected = TextBlob(seeds["original"].text).sentiment
    values = original.values()
    assert values["textblob_polarity"] == pytest.approx(expected.polarity)
    assert values["textblob_subjectivity"] == pytest.approx(expected.subjectivity)


def test_the_neutral_rewrite_scores_far_fewer_loaded_terms(seeds, original):
    neutral = analyze(seeds["neutral"]).values()["loaded_per_1000"]
    assert neutral * 3 < original.values()["loaded_per_1000"]


def test_rates_are_counts_per_thousand_words(original):
    values = original.values()
    count = len(spans(original, "loaded"))
    assert values["loaded_count"] == count
    assert values["loaded_per_1000"] == pytest.approx(1000 * count / original.n_words)


def test_certainty_index_formula():
    assert certainty_index(0, 0) == 0.0
    assert certainty_index(3, 1) == 0.5
    assert certainty_index(0, 4) == -1.0


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b"])
def test_empty_or_whitespace_text_gives_zeros_not_a_crash(text):
    values = analyze(Article(id="empty", text=text)).values()
    assert values["loaded_per_1000"] == 0.0 and values["vader_compound_mean"] == 0.0
    assert all(v == 0.0 for v in values.values())


def test_actors_collect_mentions_sentences_and_loaded_terms():
    tables = analyze_corpus(load_corpus(SEED_ARTICLES))
    actors = tables.actors.set_index(["article_id", "actor"])
    us = actors.loc[("original", "United States")]
    assert us["mentions"] >= 15
    assert "client state" in us["loaded_list"] and "dirty war" in us["loaded_list"]
    assert -1.0 <= us["vader_compound_mean"] <= 1.0


def test_tables_trace_every_count_to_matches():
    tables = analyze_corpus(load_corpus(SEED_ARTICLES))
    m = tables.matches
    body = m[m.voice != "headline"]
    for row in tables.articles.itertuples():
        assert row.loaded_count == ((body.article_id == row.article_id) & (body.measure == "loaded")).sum()
    articles = {a.id: a for a in load_corpus(SEED_ARTICLES)}
    for r in m.itertuples():  # a headline row's offsets point into the title, every other row's into the text
        source = articles[r.article_id].title if r.voice == "headline" else articles[r.article_id].text
        assert source[r.start:r.end] == r.text
        assert (r.sentence == -1) == (r.voice == "headline")


@pytest.mark.slow
def test_two_workers_give_the_same_tables_as_one():
    corpus = load_corpus(SEED_ARTICLES)
    one, two = analyze_corpus(corpus), analyze_corpus(corpus, workers=2)
    assert one.matches.equals(two.matches)
    assert one.articles.equals(two.articles)


def test_a_users_lexicon_is_added_and_a_broken_one_is_named(tmp_path, seeds):
    mine = tmp_path / "mine.yaml"
    mine.write_text("kind: loaded\ncategories: {mine: my words}\nentries:\n"
                    "  - {term: standby, patterns: [standby], category: mine, explanation: test, neutral: [ready], "
                    "strength: mild}\n")
    result = analyze(seeds["original"], Config(extra_lexicons=(str(mine),)))
    assert first(result, "loaded", "standby").category == "mine"
    broken = tmp_path / "broken.yaml"
    broken.write_text("kind: loaded\ncategories: {mine: x}\nentries:\n  - {term: oops, patterns: [oops], category: mine}\n")
    with pytest.raises(LexiconError, match=r"broken\.yaml, entry 'oops': missing explanation"):
        analyze(seeds["original"], Config(extra_lexicons=(str(broken),)))


def test_bad_settings_are_named():
    with pytest.raises(ParameterError, match="scare_max_words"):
        Config(scare_max_words=0)
    with pytest.raises(ParameterError, match="workers"):
        analyze_corpus([], workers=0)
