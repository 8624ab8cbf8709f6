"""Strength of loaded terms and the rules that tell a loaded word's judging sense from its other senses.

Every sentence here was read by a person, who checked that the expected matches are what a careful reader
would flag (and that the dropped ones are names, legal terms or literal senses).
"""
from __future__ import annotations

import re

import pytest
import yaml

from analysis.corpus import Article
from analysis.errors import LexiconError
from analysis.lexicon import load_lexicon
from analysis.paths import LEXICON_DIR
from analysis.pipeline import Analyzer, analyze
from analysis.report.pages.highlight import tooltip


def loaded(text: str) -> list[tuple[str, str]]:
    """(words written, entry) of every loaded term in ``text``'s body."""
    return [(s.text, s.entry) for s in analyze(text).spans() if s.measure == "loaded"]


def hedges(text: str) -> list[str]:
    return [s.text for s in analyze(text).spans() if s.measure == "hedges"]


@pytest.mark.parametrize("text, expected", [
    # a proper name or part of one is not the common word
    ("On Tuesday Rep. Dave Brat said the bill was bad.", []),
    ("The Brat Pack was famous.", []),
    ("He called the senator a spoiled brat.", [("spoiled brat", "brat")]),
    # the first word of a quotation and a headline in title case keep their capitals
    ('He said: "Regime change is coming."', [("Regime change", "regime change")]),
    ("Democrats Slam Regime Over Thugs", [("Slam", "slam"), ("Regime", "regime"), ("Thugs", "thug")]),
    ("Thugs attacked the store.", [("Thugs", "thug")]),
    # capitals for emphasis are the writer's own loud choice, not a name
    ("The Democrats' SHAM impeachment failed.", [("SHAM", "sham")]),
])
def test_a_name_is_not_a_common_word(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The lawsuit, filed Monday in federal court, claims that the company hid the risks.", []),
    ("The company claims the risks were small.", [("claims", "claim")]),
    ("He pleaded guilty to conspiring with others.", []),
    ("They conspired to hide the truth.", [("conspired", "conspiracy")]),
    ("A federal judge ruled the policy unlawful.", []),
    ("The policy is unlawful.", [("unlawful", "unlawful")]),
    ("He held up a bloody prop.", []),
    ("It was a bloody war.", [("bloody", "bloody")]),
    ("The war on terrorism began in 2001.", []),
    ("Lying to federal officials is a felony.", []),
    ("In a December court filing, prosecutors described how Mr. Cohen had repeatedly lied to Congress.", []),
    ("He lied about the vote.", [("lied", "lie")]),
    ("It is illegal for a political campaign to accept foreign aid.", []),
    ("Marijuana remains illegal under federal law.", []),
    ("The settlements are illegal under international law.", [("illegal", "illegal")]),
    ("They are immigrants brought illegally to the United States as children.", []),
    ("He has been living in the country illegally since 2009.", []),
    ("The bill covers immigrants who are in the country illegally.", []),
    ("The troops are in Syria illegally, the minister said.", [("illegally", "illegal")]),
    ("Arrests for illegal border crossings fell.", []),
    ("The illegals were sent home.", [("illegals", "illegal immigrant")]),
])
def test_legal_and_literal_senses_are_told_apart(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Left-wing groups protested.", [("Left-wing", "left-wing")]),
    ("Right-wing groups protested.", [("Right-wing", "right-wing")]),
    ("The radical right won seats.", [("radical right", "radical right")]),
    ("The ultra liberal senator spoke.", [("ultra liberal", "ultraliberal")]),
])
def test_a_direction_is_matched_only_by_its_own_entry(text, expected):
    assert loaded(text) == expected


def test_no_shipped_entry_that_names_a_direction_matches_the_other():
    lexicon = load_lexicon(LEXICON_DIR / "loaded_terms.yaml")
    opposite = {"left": "right", "right": "left", "liberal": "conservative", "conservative": "liberal"}
    for entry in lexicon.entries:
        named = [d for d in opposite if re.search(rf"\b{d}", entry.term)]
        for direction in named:
            other = opposite[direction]
            assert not any(re.search(rf"(^|[\s|]){other}\b", p) for p in entry.patterns), entry.term


def test_regime_is_a_label_for_an_actor_not_a_legal_label():
    assert analyze("The regime fell.").results["loaded"].spans[0].category == "actor_label"


@pytest.mark.parametrize("text, expected", [
    ("Republicans would not go that far.", []),      # a conditional stance, not doubt
    ("Democrats would get the seats.", []),          # a prediction stated as what follows
    ("Officials said it would close.", []),          # future in the past of reported speech
    ("That would seem to settle it.", ["would seem"]),
    ("That would suggest a leak.", ["would suggest"]),
])
def test_epistemic_would_only(text, expected):
    assert hedges(text) == expected


def test_matches_carry_their_strength_and_the_writer_rates_count_each_strength():
    rows = Analyzer().rows(Article(id="a", text='The thugs insisted they were right. Smith said the crowd '
                                                '"were thugs" and left.'))
    loaded_rows = [(m["text"], m["voice"], m["strength"]) for m in rows["matches"] if m["measure"] == "loaded"]
    assert ("thugs", "writer", "strong") in loaded_rows and ("insisted", "writer", "mild") in loaded_rows
    assert all(m["strength"] == "" for m in rows["matches"] if m["measure"] != "loaded")
    article = rows["articles"][0]
    # the quoted "thugs" is someone else's word: one strong and one mild term in the writer's own voice
    assert (article["strong_count"], article["mild_count"]) == (1.0, 1.0)
    assert article["strong_per_1000"] == pytest.approx(1000 / article["writer_words"])


def test_every_shipped_entry_states_its_strength_and_says_why():
    raw = yaml.safe_load((LEXICON_DIR / "loaded_terms.yaml").read_text(encoding="utf-8"))
    for entry in raw["entries"]:
        assert entry.get("strength") in ("strong", "mild"), entry["term"]
        assert f"{entry['strength'].capitalize()}:" in entry["explanation"], entry["term"]
    strengths = {e["term"]: e["strength"] for e in raw["entries"]}
    # the examples, as a careful editor of straight news would grade them
    assert {t: strengths[t] for t in ("regime", "thug", "slam", "illegal occupation", "so-called")} == \
        dict.fromkeys(("regime", "thug", "slam", "illegal occupation", "so-called"), "strong")
    assert {t: strengths[t] for t in ("claim", "insist", "quietly", "admit")} == \
        dict.fromkeys(("claim", "insist", "quietly", "admit"), "mild")


@pytest.mark.parametrize("kind, value, message", [
    ("loaded", "loud", r"mine\.yaml, entry 'x': 'strength:' must be strong .* or mild .* not 'loud'"),
    ("hedges", "strong", r"mine\.yaml, entry 'x': 'strength:' is only for loaded terms .* remove it"),
])
def test_a_wrong_strength_names_the_file_the_entry_and_the_fix(tmp_path, kind, value, message):
    path = tmp_path / "mine.yaml"
    path.write_text(f"kind: {kind}\ncategories: {{a: b}}\nentries:\n"
                    f"  - {{term: x, patterns: [x], category: a, explanation: e, neutral: [y], strength: {value}}}\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(path)


def test_the_tooltip_shows_the_words_written_and_labels_the_entry():
    # grisly is a synonym filed under gruesome: the words first, the entry on a line of its own
    rows = Analyzer().rows(Article(id="a", text="The troops found a grisly scene."))["matches"]
    tip = tooltip(next(m for m in rows if m["measure"] == "loaded"))
    assert tip.startswith("\u201cgrisly\u201d: loaded term (strong) · emotive")
    assert "Lexicon entry: gruesome" in tip
    # misspoke was filed under racially charged until loaded_terms 2026.12.07.1; its own entry needs no label
    rows = Analyzer().rows(Article(id="a", text="He misspoke about the vote."))["matches"]
    tip = tooltip(next(m for m in rows if m["measure"] == "loaded"))
    assert tip.startswith("\u201cmisspoke\u201d: loaded term (mild) · euphemism")
    assert "Lexicon entry" not in tip and "racially charged" not in tip
