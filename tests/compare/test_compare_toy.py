"""The toy measure of ``tests/fixtures/measures/toy_exclamations.py`` (exclamation marks, one file and its spec with a
``Compared`` figure) reaches the comparison, its findings, the sentences of page 04 and the front page, and the
audit: nothing else is edited."""
from __future__ import annotations


import pytest
from conftest import write_article

LOUD = "The minister spoke on Monday. What a disgrace! The council voted again on Tuesday. Enough!\n"
CALM = "The minister spoke on Monday. The council voted again on Tuesday, and critics objected.\n"


def test_a_toy_measure_reaches_the_comparison_the_findings_and_the_audit(toy, tmp_path):
    from analysis import analyze_corpus, load_corpus
    from analysis.compare import CompareOptions, compare
    from analysis.compare.audit import audit
    from analysis.compare.wording import sentence

    for i in range(3):
        write_article(tmp_path / f"loud{i}.md", {"id": f"l{i}", "outlet": "Daily Loud", "story": f"s{i}"}, LOUD)
        write_article(tmp_path / f"calm{i}.md", {"id": f"c{i}", "outlet": "Daily Calm", "story": f"s{i}"}, CALM)
    corpus = load_corpus(tmp_path)
    tables = analyze_corpus(corpus)
    result = compare(corpus, tables, "outlet", CompareOptions(n_boot=200))
    est = result.estimates.set_index(["group", "measure"])["value"]
    # 2 marks in each loud article's 15 words (counted by hand), none in the calm ones
    assert est[("Daily Loud", "exclamations_per_1000")] == pytest.approx(1000 * 2 / 15, rel=0.01)
    assert est[("Daily Calm", "exclamations_per_1000")] == 0
    found = next(f for f in result.finding_list if f.measure == "exclamations_per_1000")
    said = sentence(found)
    assert said.startswith("Daily Loud wrote more exclamation marks than Daily Calm in the same stories: "
                           "133.3 against 0.0 per 1,000 words")
    assert "(words Daily Loud wrote: “!”)" in said and said in result.summary
    assert audit(result.finding_list, "outlet", {str(a.id): a.text for a in corpus}, {},
                 {"differences": result.differences, "words": result.words}) == []
