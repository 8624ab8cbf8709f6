"""What lets a comparison scale: each sentence's quoted words stored by the engine, and the sample of
articles whose text the word-level parts read when the corpus is larger than ``text_articles``."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.compare import CompareOptions
from analysis.compare.sample import sample_note, text_sample
from analysis.corpus import Article
from analysis.pipeline import analyze_corpus


def test_each_sentence_stores_the_words_that_are_not_the_writers_own():
    text = ('The minister said the plan was "a total disaster" for farmers. Prices rose sharply on Monday. '
            '"We will fight this," a farmer told reporters.')
    sentences = analyze_corpus([Article(id="a", text=text)]).sentences
    # Counted by hand: the reported clause "the plan was a total disaster for farmers" is 8 words; the
    # second sentence is all the writer's; the quotation "We will fight this" is 4 words.
    assert list(sentences["quoted_words"]) == [8, 0, 4]
    assert list(sentences["n_words"]) == [11, 5, 8]


def _membership(sizes: dict[str, int]) -> pd.Series:
    ids = [f"{g}{i}" for g, n in sizes.items() for i in range(n)]
    return pd.Series([i.rstrip("0123456789") for i in ids], index=ids)


def test_a_corpus_within_the_limit_is_read_whole_and_says_nothing():
    groups = _membership({"A": 3, "B": 2})
    assert text_sample(groups, CompareOptions(text_articles=5)) == list(groups.index)
    assert sample_note(5, 5, CompareOptions()) == ""


def test_a_larger_corpus_is_sampled_keeping_each_groups_share_and_the_same_seed_gives_the_same_sample():
    groups = _membership({"A": 600, "B": 300, "C": 3})
    options = CompareOptions(text_articles=90, seed=7)
    chosen = text_sample(groups, options)
    by_group = pd.Series([groups[a] for a in chosen]).value_counts().to_dict()
    # 600/903 of 90 is 59.8 -> 60, 300/903 of 90 is 29.9 -> 30, 3/903 of 90 is 0.3 -> at least 1
    assert by_group == {"A": 60, "B": 30, "C": 1}
    assert chosen == [a for a in groups.index if a in set(chosen)], "kept in corpus order"
    assert text_sample(groups, options) == chosen
    assert text_sample(groups, CompareOptions(text_articles=90, seed=8)) != chosen
    note = sample_note(len(chosen), len(groups), options)
    assert "91 of the 903 articles" in note and "seed 7" in note and "all articles" in note


def test_text_articles_must_be_a_whole_number_of_one_or_more():
    with pytest.raises(Exception, match="text_articles"):
        CompareOptions(text_articles=0)


def test_rates_and_intervals_use_every_article_when_the_text_is_sampled():
    from analysis.compare import compare
    from analysis.corpus import load_corpus
    from analysis.paths import SEED_ARTICLES

    seeds = list(load_corpus(SEED_ARTICLES))
    corpus = [Article(id=f"{a.id}-{outlet}", text=a.text, title=a.title, outlet=outlet)
              for a in seeds for outlet in ("Left", "Right")]
    tables = analyze_corpus(corpus)
    whole = compare(corpus, tables, "outlet", CompareOptions(n_boot=200), story_by="")
    sampled = compare(corpus, tables, "outlet", CompareOptions(n_boot=200, text_articles=2), story_by="")
    assert whole.text_note == ""
    assert "2 of the 6 articles" in sampled.text_note
    columns = ["measure", "group", "value", "low", "high"]
    pd.testing.assert_frame_equal(whole.estimates[columns], sampled.estimates[columns])


def test_the_stored_voice_regions_give_the_engines_own_reading_without_reading_again():
    from analysis.compare.voice import engine_token_voices, stored_regions, token_voices
    from analysis.compare.words import documents
    from analysis.corpus import load_corpus
    from analysis.paths import SEED_ARTICLES
    from analysis.pipeline import Config, analyzer_for

    corpus = load_corpus(SEED_ARTICLES)
    tables = analyze_corpus(corpus)
    neutral = tables.voices[tables.voices["article_id"] == "neutral"]
    first = neutral[neutral["layer"] == 2].iloc[0]
    # The neutral rewrite opens "US troops stationed in Iraq have been placed on standby ... if needed,
    # according to documents reviewed by The Intercept": the lead is a reported clause (layer 2) from the first
    # character, and the documents are its source.
    assert (first["layer"], first["start"], first["voice"]) == (2, 0, "reported")
    assert first["speaker"] == "documents reviewed by The Intercept"
    stored, engine = stored_regions(tables.voices), analyzer_for(Config())
    for article_id, doc in documents(corpus).items():
        assert token_voices(doc, stored.get(article_id, [])) == engine_token_voices(doc, engine)
