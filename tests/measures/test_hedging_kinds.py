"""Hedges by kind (epistemic, condition, approximator, shield) and the certainty index, with sentences
checked by hand."""
from __future__ import annotations

import pytest

from analysis import analyze, load_corpus
from analysis.measures.hedging import certainty_index
from analysis.paths import SEED_ARTICLES

KINDS = ("hedges", "conditions", "approximators", "shields", "boosters")


def found(text: str) -> list[tuple[str, str]]:
    """(measure, matched text) of every hedge and booster in ``text``."""
    return [(s.measure, s.text) for s in analyze(text).results["hedging"].spans]


@pytest.mark.parametrize("text, expected", [
    # beliefs, expectations, questions: epistemic hedges (the writer does not state them as fact)
    ("Officials believe the attack was planned.", [("hedges", "believe")]),
    ("Analysts expect a cut in March.", [("hedges", "expect")]),
    ("Police suspect that the fire was arson.", [("hedges", "Police suspect")]),
    ("It is unclear whether the talks will resume.", [("hedges", "unclear"), ("hedges", "whether")]),
    ("The minister may resign.", [("hedges", "may")]),
    ("May be the hardest month yet.", [("hedges", "May be")]),
    ("The storm could reach the coast by Friday.", [("hedges", "could")]),
    # conditions
    ("Troops will deploy if needed.", [("conditions", "if needed")]),
    ("The strike goes ahead unless talks resume.", [("conditions", "unless")]),
    # approximators: figures, not doubt
    ("About 3,000 people attended.", [("approximators", "About 3,000")]),
    ("Several tasks remain, and an estimated 2,000 personnel are there.",
     [("approximators", "Several"), ("approximators", "an estimated")]),
    # shields
    ("The plan is largely symbolic.", [("shields", "largely")]),
])
def test_each_kind_of_hedge_is_found_under_its_own_measure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Rescuers could not reach the village.",          # could not: a past failure, not a possibility
    "From the ridge they could see the smoke.",        # could see: past ability
    "The vote is set to take place on Monday.",        # set to: a scheduled event, stated with confidence
    "The country's military might is unmatched.",     # might as a noun
    "A Washington think tank published the report.",   # a think tank is an institution
    "He would like to visit Paris.",                   # would of volition
    "The suspect was arrested on Friday.",             # the noun suspect
    "The sides met to discuss a possible withdrawal.",  # possible before a planned action: the topic
    "There is no doubt the bridge collapsed.",         # no doubt is a booster, not a hedge
])
def test_plain_senses_are_not_epistemic_hedges(text):
    assert [m for m in found(text) if m[0] == "hedges"] == []


def test_certainty_index_counts_epistemic_hedges_and_boosters_only():
    result = analyze("About 3,000 people and several officials attended. The result was clearly a defeat.")
    values = result.results["hedging"].values
    # one booster (clearly), two approximators, no epistemic hedge: the index is +1, not pulled down
    assert values["approximators_per_1000"] > 0
    assert values["certainty_index"] == 1.0
    assert certainty_index(1, 3) == -0.5 and certainty_index(0, 0) == 0.0


def test_seed_rewrite_is_not_called_all_hedged_for_its_figures():
    neutral = next(a for a in load_corpus(SEED_ARTICLES) if a.id == "neutral")
    hedging = analyze(neutral).results["hedging"]
    texts = {(s.measure, s.text) for s in hedging.spans}
    # the careful rewrite keeps "if needed" (a condition) and "an estimated" and "several" (approximators)
    assert ("conditions", "if needed") in texts and ("approximators", "an estimated") in texts
    assert ("approximators", "several") in texts
    # ... and it neither hedges epistemically nor boosts, so its certainty index is 0, not -1
    assert hedging.values["hedges_count"] == 0 and hedging.values["certainty_index"] == 0.0


def test_matches_table_carries_the_kind_and_its_explanation():
    from analysis.pipeline import Analyzer
    from analysis.corpus import Article
    rows = Analyzer().rows(Article(id="a", text="Troops will deploy if needed, officials believe."))["matches"]
    kinds = {(r["measure"], r["category"]): r["explanation"] for r in rows if r["measure"] in KINDS}
    assert set(kinds) == {("conditions", "condition"), ("hedges", "epistemic")}
    assert all(kinds.values())
