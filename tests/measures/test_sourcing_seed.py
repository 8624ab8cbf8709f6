"""The seed article's attributions and every one of its quotations, each with the reason it is classed so.

Read by a person: the sentences are quoted in the comments.
"""
from __future__ import annotations

import pytest

from analysis import analyze, load_corpus
from analysis.paths import SEED_ARTICLES


@pytest.fixture(scope="module")
def seed():
    article = next(a for a in load_corpus(SEED_ARTICLES) if a.id == "original")
    return article, analyze(article)


def test_the_intercept_attribution_is_a_document_source(seed):
    article, result = seed
    (a,) = [s for s in result.spans() if s.measure == "attributions" and s.entry == "according to"]
    assert a.text == "according to documents seen by The Intercept"
    assert a.detail == "documents seen by The Intercept" and a.category == "document"
    assert article.text[a.source_start:a.source_end] == "documents seen by The Intercept"


def test_every_quotation_is_classed(seed):
    _, result = seed
    classes = {q.text: (q.entry, q.speaker) for q in result.spans() if q.measure == "quotes"}
    assert classes == {
        # "US troops in Iraq are 'on standby' to deploy ..." - no reporting verb or noun of saying in the
        # sentence: a short phrase the writer holds at a distance.
        "\u201con standby\u201d": ("scare", ""),
        # "... regular assurances by the White House and the Pentagon that Washington has 'no plans or
        # intentions' ..." - the words of those assurances (a noun of saying governs the clause): partial.
        # ("confirm" earlier in the sentence does not govern it: its clause ends at ", but".)
        "\u201cno plans or intentions\u201d": ("partial", ""),
        # "US officials confirmed in late October that commandos were on the ground 'helping the Israelis
        # ...'" - inside the clause "confirmed ... that" governs: partial, spoken by US officials.
        "\u201chelping the Israelis to do a number of things,\u201d": ("partial", "US officials"),
        # "Trump reneging on promises to bring 'all' US forces ... home" - "reneging" reports no words, but
        # the quoted word is the content of his promises: partial.
        "\u201call\u201d": ("partial", ""),
        # "renamed the combat mission ... to an 'advise, assist and training' operation" - no verb or noun of
        # saying: the writer's distance from an official label: scare.
        "\u2018advise, assist and training\u2019": ("scare", ""),
        # "... moved to halt its operations 'to avoid any embarrassment for the Iraqi government'" - no verb
        # in its sentence says who said it, and at 8 words it is longer than a scare quote: unattributed.
        "\u201cto avoid any embarrassment for the Iraqi government\u201d": ("unattributed", ""),
    }


def test_quoted_words_are_not_the_writers_voice(seed):
    _, result = seed
    voices = {s.text: s.voice for s in result.spans() if s.measure == "loaded"}
    assert voices["client state"] == "writer" and voices["dirty war"] == "writer"
    assert voices["advise, assist and training"] == "scare"


def test_seed_title_is_a_headline_part(seed):
    article, result = seed
    quotes = [s for s in result.headline_spans() if s.measure == "quotes"]
    assert [(q.text, q.voice, q.sentence) for q in quotes] == [("'on standby'", "headline", -1)]
    assert article.title[quotes[0].start:quotes[0].end] == "'on standby'"
