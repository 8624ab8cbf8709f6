"""The audit of the report's sentences: it finds nothing on the seeds and the hand-written story corpus, and it
catches a deliberately false sentence of each kind (a word not written, a stem, an entry's name, a word only
inside a quotation, a number not in the table, "more" said of the lower group, z-scores and ratio notation,
internal labels, a page that prints a sentence differently)."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from analysis.compare import COMPARED_MEASURES, CompareOptions, compare
from analysis.compare.audit import audit, audit_report, check_sentence, regions
from analysis.compare.findings import Finding, from_json, to_json, write_findings
from analysis.compare.wording import sentence
from analysis.paths import SEED_ARTICLES
from analysis.report.pages.session import load, make_config

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from basil_corpus import BASIL, write_basil_corpus  # noqa: E402


def _compared(corpus: Path):
    docs, tables = load(corpus, make_config(), measures=COMPARED_MEASURES)
    result = compare(docs, tables, "outlet", CompareOptions(n_boot=300))
    context = ({str(a.id): a.text for a in docs}, regions(tables.voices),
               {"differences": result.differences, "words": result.words})
    return result, context


@pytest.fixture(scope="module")
def stories():
    return _compared(STORIES)


def _kinds(text: str, f: Finding, context) -> set[str]:
    return {p.kind for p in check_sentence(text, f, *context)}


def test_the_audit_finds_nothing_on_the_seeds():
    result, context = _compared(SEED_ARTICLES)
    assert len(result.finding_list) >= 5
    assert audit(result.finding_list, "outlet", *context) == []


def test_the_audit_finds_nothing_on_the_story_corpus(stories):
    result, context = stories
    kinds = {f.kind for f in result.finding_list}
    assert {"most_loaded", "difference", "substitution", "shared"} <= kinds
    assert audit(result.finding_list, "outlet", *context) == []


@pytest.mark.slow
@pytest.mark.skipif(not BASIL.is_file(), reason=f"{BASIL} is absent (the shared BASIL half)")
def test_the_audit_finds_nothing_on_a_corpus_built_from_basil(tmp_path):
    result, context = _compared(write_basil_corpus(tmp_path / "basil.jsonl"))
    assert sum(f.kind == "difference" for f in result.finding_list) >= 5
    assert audit(result.finding_list, "outlet", *context) == []


def _difference(result, measure="strong_per_1000") -> Finding:
    return next(f for f in result.finding_list if f.kind == "difference" and f.measure == measure)


def test_a_word_that_was_not_written_is_caught_stems_and_entry_names_included(stories):
    result, context = stories
    f = _difference(result)
    true = sentence(f)
    assert f"“{f.words[0]}”" in true and _kinds(true, f, context) == set()
    for false in ("racially charged",  # an entry's name, not the words written
                  "slamm",  # a stem
                  "brutal"):  # a word no cited article holds
        assert _kinds(true.replace(f"“{f.words[0]}”", f"“{false}”"), f, context) == {"quoted word"}


def test_a_word_written_only_inside_a_quotation_is_caught_when_the_writer_is_said_to_write_it(stories):
    # the Capital Ledger quotes a senator calling the aid "a reckless handout": his words, not the Ledger's
    result, context = stories
    ledger = "ledger-aid"
    assert "reckless handout" in context[0][ledger]
    f = Finding("difference", "strong_per_1000", "writer", ("Capital Ledger", "Summit Wire"), (1.0, 0.0), 1.0,
                (0.5, 1.5), "per 1,000 words in the writer's own voice", words=("reckless",), articles=(ledger,))
    text = "Capital Ledger wrote more loaded terms than Summit Wire (words Capital Ledger wrote: “reckless”)."
    assert "voice" in _kinds(text, f, context)
    assert "voice" not in _kinds(text, replace(f, voice="all"), context)


def test_a_number_that_is_not_the_tables_is_caught(stories):
    result, context = stories
    f = _difference(result)
    true = sentence(f)
    shown = f"{f.values[0]:.1f} against"
    assert shown in true
    assert _kinds(true.replace(shown, f"{f.values[0] + 1:.1f} against"), f, context) == {"number"}
    # a finding whose figures were changed no longer matches the differences table
    changed = replace(f, values=(f.values[0] + 1, f.values[1]))
    assert "number" in _kinds(sentence(changed), changed, context)


def test_more_said_of_the_lower_group_is_caught(stories):
    result, context = stories
    f = _difference(result)
    hi, lo = f.groups
    true = sentence(f)
    swapped = true.replace(f"{hi} wrote more", "\0").replace(f"than {lo}", f"than {hi}").replace("\0",
                                                                                               f"{lo} wrote more")
    assert "direction" in _kinds(swapped, f, context)
    assert "direction" in _kinds(true.replace(f"{hi} wrote more", f"{hi} wrote fewer"), f, context)
    reversed_finding = replace(f, groups=(lo, hi), values=f.values[::-1])
    assert "direction" in _kinds(sentence(reversed_finding), reversed_finding, context)


@pytest.mark.parametrize("notation", ["(z 2.1)", "(|z| > 1.96)", "(1 : 4 against 0 : 4)", "(loaded_per_1000)",
                                      "(adjusted p = 0.04)", "(presence x2)"])
def test_z_scores_ratios_and_internal_labels_are_caught(stories, notation):
    result, context = stories
    f = _difference(result)
    assert "notation" in _kinds(sentence(f).rstrip(".") + f" {notation}.", f, context)


def test_findings_survive_json_and_the_report_audit_compares_the_pages(stories, tmp_path):
    result, context = stories
    assert from_json(to_json(result.finding_list))[0] == result.finding_list
    write_findings(result, tmp_path / "tables")
    result.differences.to_csv(tmp_path / "tables" / "comparison_differences.csv", index=False)
    docs = load(STORIES, make_config())[0]
    said = [sentence(f) for f in result.finding_list]
    (tmp_path / "04_comparison_report.html").write_text("<p>" + "</p><p>".join(said) + "</p>", encoding="utf-8")
    (tmp_path / "index.html").write_text("<p>" + "</p><p>".join(said[1:]) + "</p>", encoding="utf-8")
    report = audit_report(tmp_path, docs)
    assert report["sentences"] == len(said)
    # the voices table is absent here, so only the page check can fail: the front page lacks the first sentence
    assert [(p["kind"], p["sentence"]) for p in report["problems"]] == [("pages", " ".join(said[0].split()))]
    json.dumps(report)  # it goes into manifest.json


def test_a_group_against_the_rest_is_checked_against_its_own_row_not_a_pair_row():
    # With more than two groups, the words table holds each pair and each group against all the others; a
    # finding about "the other outlets" must be held to the group-vs-rest row (checked by hand: 1.1 against 0.3),
    # not the first row of its group (its pair with one outlet, 1.1 against 0.0). A 10,000-article report
    # flagged five true sentences this way.
    import pandas as pd

    from analysis.compare.rates import REST_LABEL

    def row(kind, b, rate_b):
        return {"comparison": kind, "group_a": "Ledger", "group_b": b, "favours": "Ledger", "term": "harbour",
                "per_1000_a": 1.1, "per_1000_b": rate_b, "z": 2.5}
    words = pd.DataFrame([row("pair", "Post", 0.0), row("pair", "Times", 0.0),
                          row("group vs rest", REST_LABEL, 0.3)])
    # no honorific in the text: the sentence's note on house style quotes no word of its own (it once quoted
    # "Mr." as an example, which 30 BASIL articles of Fox's never wrote, and the audit flagged the true sentence)
    texts = {"l1": "Hale runs the harbour. The harbour closed."}
    context = (texts, {}, {"words": words})
    f = Finding("words", "words", "writer", ("Ledger", ""), words=("harbour",), rates=((1.1, 0.3),),
                articles=("l1",))
    assert "against" in sentence(f) and _kinds(sentence(f), f, context) == set()
    wrong = replace(f, rates=((1.1, 0.0),))  # the pair's figure said of "the other outlets"
    assert _kinds(sentence(wrong), wrong, context) == {"number"}
