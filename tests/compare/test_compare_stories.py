"""The comparison on a small hand-written corpus of same-story coverage (tests/fixtures/stories/, see its README).

Every expectation here was checked by reading the twelve articles: the Harbor Tribune uses loaded words in its
own voice in every story, the Capital Ledger only inside quotations, the Summit Wire not at all; all three write
"racist" about the speech-code ruling; Harbor writes "regime" where the others write "government" about the
same aid vote. The engine on this branch does not mark voices yet, so :func:`voiced` adds them by the simplest
rule (a match inside double quotation marks is a quotation), as the engine's own rule will.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.compare import CompareOptions, compare
from analysis.compare.within import sign_flips
from analysis.compare.words import count_terms
from analysis.pipeline import analyze_corpus
from analysis.text import Document

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
HARBOR, LEDGER, WIRE = "Harbor Tribune", "Capital Ledger", "Summit Wire"
QUOTATION = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")


def voiced(corpus, tables):
    """The tables with a ``voice`` column of this rule: ``quote`` inside double quotation marks, else
    ``writer``; headline rows (``sentence`` -1, when the engine analyses titles) stay ``headline``."""
    texts = {a.id: a.text for a in corpus}
    regions = {a: [m.span() for m in QUOTATION.finditer(t)] for a, t in texts.items()}
    m = tables.matches
    inside = [any(s <= start and end <= e for s, e in regions[a])
              for a, start, end in zip(m["article_id"], m["start"], m["end"])]
    voice = np.where(m["sentence"].astype(int) < 0, "headline", np.where(inside, "quote", "writer"))
    tables.matches = m.assign(voice=voice)
    return tables


def voiceless(tables):
    """The tables as an engine that marks no voices gives them (no ``voice`` column)."""
    tables.matches = tables.matches.drop(columns=["voice"], errors="ignore")
    return tables


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(STORIES)


@pytest.fixture(scope="module")
def plain(corpus):
    """Compared as an engine that marks no voices gives the tables: no voice column."""
    return compare(corpus, voiceless(analyze_corpus(corpus)), "outlet", CompareOptions(n_boot=2000))


@pytest.fixture(scope="module")
def result(corpus):
    """Compared with voices marked."""
    return compare(corpus, voiced(corpus, analyze_corpus(corpus)), "outlet", CompareOptions(n_boot=2000))


def _estimate(result, group, measure="loaded_per_1000"):
    est = result.estimates
    return est[(est["group"] == group) & (est["measure"] == measure)].iloc[0]["value"]


def test_articles_on_the_same_story_are_compared_within_their_stories(result):
    assert len(result.stories) == 12 and result.stories.nunique() == 4
    assert result.design.startswith("within 4 stories; fewer than 5 stories")
    assert result.summary.startswith("- **Same stories.** 4 stories are covered by more than one group")
    assert "count the writer's own voice" in result.summary


def test_harbor_uses_loaded_terms_in_its_own_voice_and_the_others_do_not(corpus, result):
    # Harbor, in its own voice (quotations and the story's shared "racist" apart): transit "chaos" x2 and
    # "slammed"; ruling "witch hunt" x2; aid "handout" x2, "regime" x2 (the third is in Bishop's quotation) and
    # "slammed"; clinic "illegal immigrants" x2, "scheme to" and "slammed": 14.
    harbor = [a for a in corpus if a.outlet == HARBOR]
    est = result.estimates.set_index(["group", "measure"])
    own_words = est.loc[(HARBOR, "loaded_per_1000"), "writer_words"]
    all_words = sum(Document(a.text).n_words for a in harbor)
    assert 0 < own_words < all_words  # the words of quotations (and reported speech) are not the writer's
    assert _estimate(result, LEDGER) == 0 and _estimate(result, WIRE) == 0
    assert _estimate(result, HARBOR) * own_words / 1000 == pytest.approx(14)
    relative = result.relative.set_index("article_id").loc[[a.id for a in harbor]]
    assert (relative["difference"] > 0).all()  # every Harbor article is above the rest of its story
    lines = result.summary.split("\n")
    assert lines[2].startswith("1. The article with the most strong loaded terms is ") and HARBOR in lines[2]
    assert re.match(r"2\. Harbor Tribune wrote more strong loaded terms \(words that judge, such as slurs and "
                    r"charged labels\) than "
                    r"(Capital Ledger|Summit Wire) in the same stories: [1-9]\d\.\d against 0\.0 per 1,000 words, "
                    r"counting the writer's own words only", lines[3])
    assert "95% interval" in lines[3] and lines[4].startswith("3. Harbor Tribune wrote more mild loaded terms")


def test_quotations_are_counted_apart_from_the_writer(result, plain):
    # The Ledger quotes Bishop calling the aid "a reckless handout": his words, not the Ledger's.
    assert _estimate(plain, LEDGER) > 0
    assert _estimate(result, LEDGER) == 0
    assert _estimate(result, LEDGER, "loaded_quoted_per_1000") > 0
    assert "quotations included" in plain.summary


def test_a_word_every_outlet_uses_for_a_story_is_its_shared_vocabulary(result):
    assert list(zip(result.shared["story"], result.shared["term"])) == [("speech-code-ruling", "racist")]
    assert _estimate(result, WIRE, "loaded_shared_per_1000") > 0  # the Wire's one "racist", set apart
    assert ("In the story speech-code-ruling, every outlet covering it wrote “racist” (uses: Capital Ledger 1, "
            "Harbor Tribune 2, Summit Wire 1; every voice)") in result.summary


def test_substitution_pairs_need_the_same_story_and_shared_context(result):
    pairs = result.substitutions.set_index(["story", "term", "group"]).sort_index()
    assert tuple(pairs.loc[("foreign-aid-vote", "regime", HARBOR), ["loaded", "neutral_count"]]) == (2, 0)
    # the Ledger's own "government of Veloria" and "Veloria's government is a partner" (the second is reported
    # speech where the engine reads reporting clauses; Bishop's quoted "government" never counts)
    ledger = tuple(pairs.loc[("foreign-aid-vote", "regime", LEDGER), ["loaded", "neutral_count"]])
    assert ledger in ((0, 2), (0, 1))
    assert "veloria" in pairs.loc[("foreign-aid-vote", "regime", LEDGER), "shared_context"]
    # quoted with both sentences side by side: the same vote, the same Veloria government
    assert ("Harbor Tribune wrote “regime” where Capital Ledger wrote “government” about the same thing in the "
            "story foreign-aid-vote") in result.summary
    assert "“Congress on Thursday approved another $1.2 billion handout to the Veloria regime" in result.summary
    assert "for the government of Veloria" in result.summary
    # "handout": nobody writes "payment", "subsidy" or "benefit", so it is never quoted as a pair
    assert not pairs.loc[("foreign-aid-vote", "handout")]["comparable"].any()
    assert "wrote “handout” where" not in result.summary
    assert not result.substitutions["neutral"].str.contains(r"\bsaid\b").any()


def test_house_style_is_not_a_distinguishing_word(result):
    terms = {w for t in result.words["term"] for w in t.split()}
    house = {"mr", "ms", "harbor", "tribune", "capital", "ledger", "summit", "wire", "click", "briefing",
             "inbox", "reporting", "editing", "anna", "ruiz", "omar", "haddad", "lee", "park", "sam", "ortiz",
             "PORT", "ALDEN", "WASHINGTON"}  # datelines in capitals; "Port Alden" in a sentence is the town
    assert not {t.lower() if not t.isupper() else t for t in terms} & house
    assert result.house_style["honorific"] == 6  # Ms. Keller, Mr. Osei, Mr. Dunn, Ms. Lin, Mr. Bishop, Ms. Alvarez
    assert result.house_style["boilerplate"] >= 4 * 9  # "Click here to get the morning briefing in your inbox."


def test_the_side_by_side_view_sets_the_wording_of_the_same_thing_together(result):
    view = result.side_by_side
    regime = view[(view["story"] == "foreign-aid-vote") & (view["about"] == f"regime ({HARBOR})")].iloc[0]
    assert "[regime]" in regime[HARBOR] and "government of Veloria" in regime[LEDGER]
    heads = view[(view["story"] == "border-clinic") & (view["about"] == "headline")].iloc[0]
    assert heads[HARBOR] == "City funds clinic for illegal immigrants"
    headline = result.headlines.set_index("article_id").loc["harbor-clinic", "loaded terms"]
    assert headline == "illegal immigrants"


def test_without_stories_the_report_says_differences_may_be_topic(corpus):
    result = compare(corpus, voiceless(analyze_corpus(corpus)), "outlet", CompareOptions(n_boot=200), story_by="")
    assert result.stories.empty and result.side_by_side.empty and result.shared.empty
    assert "may come from what they are about (topic), not from how they tell it (framing)" in result.summary


def test_with_enough_stories_whole_stories_are_resampled_and_swapped(corpus):
    tables = voiced(corpus, analyze_corpus(corpus))
    result = compare(corpus, tables, "outlet", CompareOptions(n_boot=2000, story_resampling_min=3))
    diff = result.differences
    row = diff[(diff["measure"] == "loaded_per_1000") & (diff["group_a"] == HARBOR) & (diff["group_b"] == WIRE)]
    row = row.iloc[0]
    assert row["test_unit"] == "stories (labels swapped within stories)"
    # Harbor is above the Wire in all 4 stories: of the 16 ways to swap labels story by story, 2 (none and
    # all) give a mean difference this large, so p = 2 / 16 and no 4-story design can do better.
    assert row["p_value"] == pytest.approx(0.125)
    assert row["low"] > 0


def test_sign_flips_enumerate_every_pattern_when_they_are_few():
    flips = sign_flips(3, 2000, np.random.default_rng(0))
    assert len({tuple(r) for r in flips}) == 8 and len(flips) == 8
    assert sign_flips(12, 100, np.random.default_rng(0)).shape == (100, 12)


def test_two_word_phrases_stop_at_possessives_names_and_skipped_words():
    doc = Document("The US Army's main special operations unit arrived. A US Air Force memo said so.")
    pairs = set(count_terms(doc, "a").pairs)
    assert "special operations" in pairs and "operations unit" in pairs
    assert not {"army main", "US air", "air force", "force memo"} & pairs
    skipped = set(count_terms(doc, "a", skip={4}).pairs)  # token 4 is "special"
    assert "main special" not in skipped and "special operations" not in skipped


def test_headline_and_reported_speech_matches_stay_out_of_the_writers_rate(corpus):
    tables = voiced(corpus, analyze_corpus(corpus))
    m = tables.matches
    ledger_reckless = (m["article_id"] == "ledger-aid") & (m["entry"] == "reckless")
    headline = m[(m["article_id"] == "harbor-clinic") & (m["measure"] == "loaded")].iloc[:1].assign(
        article_id="wire-clinic", voice="headline", sentence=-1, start=0, end=5)
    tables.matches = pd.concat([m.assign(voice=np.where(ledger_reckless, "reported", m["voice"])), headline],
                               ignore_index=True)
    result = compare(corpus, tables, "outlet", CompareOptions(n_boot=200))
    assert _estimate(result, WIRE) == 0  # the made-up headline match is not body text
    assert _estimate(result, LEDGER) == 0 and _estimate(result, LEDGER, "loaded_quoted_per_1000") > 0


def test_the_engines_own_voice_reading_is_used_when_it_has_one():
    from types import SimpleNamespace

    from analysis.compare.voice import engine_token_voices

    doc = Document('She said "we will not pay" and left.')
    inside = (doc.text.index('"'), doc.text.rindex('"') + 1)
    voices = SimpleNamespace(at=lambda offset: "quote" if inside[0] <= offset < inside[1] else None)
    engine = SimpleNamespace(voice_layer=SimpleNamespace(attach=lambda d: SimpleNamespace(voices=voices)))
    assert [doc.words()[k] for k in sorted(engine_token_voices(doc, engine))] == ["we", "will", "not", "pay"]
    assert engine_token_voices(doc, SimpleNamespace(measures=[])) is None  # no reading: the matches decide
