"""Property-based tests: for any Unicode text the analysis does not crash and its numbers add up.

For every text (empty, right-to-left, zero-width characters, emoji, very long words, control characters):
every span lies inside the text and its ``text`` equals the slice of the article, every count equals the
number of spans it counts, every rate equals its count per 1,000 words, and every value is finite.
"""
from __future__ import annotations

import math
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis import Article, analyze, analyze_corpus

#: Words the lexicons know, so that generated texts produce spans of every measure.
WORDS = ["regime", "terrorists", "illegal", "occupation", "massacre", "said", "claimed", "admitted",
         "according to", "officials", "a senior official", "sources", "reportedly", "may", "perhaps",
         "clearly", "undoubtedly", "Israel", "Hamas", "US", "Biden", "Pentagon", "\"so-called\"", "'truce'",
         "\u201cpeace\u201d", "\u2014", "U.S.", "Mr.", "2,000", "\n", "\n\n", ". ", "? ", "! ", ", "]
SPECIAL = ["", " ", "\u200b", "\u200d", "\ufeff", "\u2066", "\u202e",  # zero-width and direction marks
           "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",  # Hebrew, Arabic
           "\U0001f44d\U0001f3fd", "\U0001f1fa\U0001f1f8", "\u0301",  # emoji, a flag, a combining accent
           "\u00a0", "\t", "\r", "\x00", "\x0b", "\u2028", "\ud7ff", "x" * 5000,
           "\u0130stanbul", "\u00df", "\ufb01", "\u1e9e"]  # letters whose case mapping changes length

texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(SPECIAL), st.text(max_size=8)),
             max_size=60).map(" ".join),
)

COUNTED = {  # value -> (measure, category or None for all)
    "loaded_count": ("loaded", None),
    "hedges_count": ("hedges", None),
    "boosters_count": ("boosters", None),
    "attributions_count": ("attributions", None),
    "named_attributions": ("attributions", "named"),
    "anonymous_attributions": ("attributions", "anonymous"),
    "scare_quotes": ("quotes", "scare"),
    "direct_quotes": ("quotes", "direct"),
}
RATES = {  # rate per 1,000 words -> (measure, category or None)
    "loaded_per_1000": ("loaded", None),
    "hedges_per_1000": ("hedges", None),
    "boosters_per_1000": ("boosters", None),
    "reporting_verbs_per_1000": ("reporting_verbs", None),
    "loaded_reporting_verbs_per_1000": ("reporting_verbs", "loaded"),
    "anonymous_sources_per_1000": ("sources", None),
    "scare_quotes_per_1000": ("quotes", "scare"),
    "actor_mentions_per_1000": ("actors", None),
}


def _count(spans, measure, category=None) -> int:
    return sum(s.measure == measure and (category is None or s.category == category) for s in spans)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("")
@example("   \n\t  ")
@example("\u05d4\u05de\u05e9\u05d8\u05e8 \u05d0\u05de\u05e8. The regime said \u202eterrorists\u202c.")
@example("The\u200bregime\u200d said\ufeff: \u201cthe terrorists\u201d \U0001f4a3 attacked. \U0001f1ee")
@example("illegal" * 20000 + " occupation. Perhaps.")
@example('"' * 3001 + "regime" + "'" * 500)
@example("\r\n".join(["According to officials, the regime may have clearly lied."] * 50))
def test_any_text_gives_spans_inside_it_and_numbers_that_add_up(text):
    result = analyze(text)
    spans = result.spans()
    for s in spans:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.text == text[s.start:s.end], s
        assert 0 <= s.sentence < max(1, result.n_sentences)
    values = result.values()
    for name, value in values.items():
        assert math.isfinite(value), (name, value)
    for name, (measure, category) in COUNTED.items():
        assert values[name] == _count(spans, measure, category), name
    for name, (measure, category) in RATES.items():
        expected = 1000 * _count(spans, measure, category) / result.n_words if result.n_words else 0.0
        assert math.isclose(values[name], expected, rel_tol=1e-9, abs_tol=1e-9), name
    assert values["actors_mentioned"] == len({s.entry for s in spans if s.measure == "actors"})
    assert -1 <= values["certainty_index"] <= 1
    assert 0 <= values["anonymous_attribution_share"] <= 1 and 0 <= values["hedged_sentence_share"] <= 1
    for row in result.results["sentiment"].rows:
        assert row["text"] == text[row["start"]:row["end"]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4))
def test_tables_of_any_texts_trace_every_match_to_its_words(bodies):
    articles = [Article(id=f"a{i}", text=body) for i, body in enumerate(bodies)]
    tables = analyze_corpus(articles)
    by_id = {a.id: a.text for a in articles}
    assert list(tables.articles["article_id"]) == list(by_id)
    for row in tables.matches.itertuples():
        assert by_id[row.article_id][row.start:row.end] == row.text
    per_article = Counter(zip(tables.matches["article_id"], tables.matches["measure"]))
    for row in tables.articles.itertuples():
        assert row.loaded_count == per_article[(row.article_id, "loaded")]
        assert row.hedges_count == per_article[(row.article_id, "hedges")]
    numeric = tables.articles.select_dtypes("number")
    assert numeric.map(math.isfinite).all().all()
