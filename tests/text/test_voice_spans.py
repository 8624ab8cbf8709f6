"""Who is speaking where each match stands: writer, quote, reported speech, scare quote, headline.

Each sentence was read by a person; "regime" is a loaded term of the shipped lexicon, so its match shows
the voice every measure's spans get.
"""
from __future__ import annotations

import pytest

from analysis import Article, analyze, analyze_corpus
from analysis.pipeline import MATCH_COLUMNS


def regime(text: str, title: str | None = None):
    result = analyze(Article(id="t", text=text, title=title))
    return [s for s in result.spans() if s.measure == "loaded" and s.text.lower() == "regime"], result


@pytest.mark.parametrize("text, voice, speaker", [
    ("The regime fell.", "writer", ""),
    # the clause a reporting verb governs is reported speech, with its speaker
    ("Smith said the regime had fallen.", "reported", "Smith"),
    ("The regime fell, Smith said on Tuesday.", "reported", "Smith"),
    ("According to rebels, the regime fell.", "reported", "rebels"),
    # a verb with an object is no reported speech: "confirmed the regime's collapse" is the writer's wording
    ("Officials did not confirm the regime collapse.", "writer", ""),
    # inside a quotation
    ("\u201cThe regime has fallen,\u201d Smith said.", "quote", "Smith"),
    ("Smith said the plan was \u201ca gift to the regime.\u201d", "quote", "Smith"),
    # a short quoted phrase nobody is said to have said
    ("The \u201cregime\u201d fell.", "scare", ""),
])
def test_voice_and_speaker_of_a_loaded_term(text, voice, speaker):
    spans, _ = regime(text)
    assert [(s.voice, s.speaker) for s in spans] == [(voice, speaker)]


def test_quotation_of_several_paragraphs_is_one_quotation():
    text = "\u201cThe regime lied.\n\n\u201cIt will fall,\u201d he said."
    result = analyze(text)
    quotes = [s for s in result.spans() if s.measure == "quotes"]
    assert [(q.text, q.entry, q.speaker) for q in quotes] == [(text[:text.index(" he said")], "attributed", "he")]
    loaded = [s for s in result.spans() if s.measure == "loaded"]
    assert loaded and {s.voice for s in loaded} == {"quote"}


def test_headline_is_analyzed_apart_and_kept_out_of_body_rates():
    spans, result = regime("Crowds filled the streets of the capital.", title="Regime falls")
    assert spans == []  # the body has no loaded term
    values = result.values()
    assert values["loaded_count"] == 0 and values["loaded_per_1000"] == 0
    assert values["headline_loaded_count"] == 1
    (head,) = [s for s in result.headline_spans() if s.measure == "loaded"]
    assert (head.text, head.voice, head.sentence, head.start) == ("Regime", "headline", -1, 0)


def test_writer_rate_counts_only_the_writers_own_words():
    # "regime" twice: once in the writer's words, once in Smith's reported words
    _, result = regime("The regime fell on Monday. Smith said the regime had fallen.")
    values = result.values()
    assert values["loaded_count"] == 2
    assert values["writer_loaded_count"] == 1 and values["quoted_loaded_count"] == 1
    # writer's words: "The regime fell on Monday" (5) and "Smith said" (2)
    assert values["writer_words"] == 7
    assert values["writer_loaded_per_1000"] == pytest.approx(1000 / 7)


def test_matches_table_has_the_documented_columns_and_a_voice_on_every_row():
    tables = analyze_corpus([
        Article(id="a", title="Regime \u2018collapses\u2019", text="Smith said the regime had fallen. The regime fell."),
    ])
    m = tables.matches
    assert list(m.columns) == MATCH_COLUMNS
    assert MATCH_COLUMNS == ["article_id", "measure", "category", "entry", "start", "end", "sentence", "text",
                             "detail", "voice", "speaker", "source_start", "source_end", "explanation", "neutral",
                             "strength"]
    assert set(m["voice"]) <= {"writer", "quote", "scare", "statement", "reported", "headline", "subheading", "name"}
    loaded = m[m.measure == "loaded"][["text", "voice", "speaker", "sentence"]].values.tolist()
    assert loaded == [["regime", "reported", "Smith", 0], ["regime", "writer", "", 1], ["Regime", "headline", "", -1]]
    attribution = m[m.measure == "attributions"].iloc[0]
    assert (attribution.source_start, attribution.source_end) == (0, 5)
    assert tables.articles.loc[0, "headline_loaded_count"] == 1
    assert "tagger" in tables.versions and "PatternTagger" in tables.versions["tagger"]
