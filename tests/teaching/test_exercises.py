"""Every exercise check accepts the answer written in the solution notebook and turns an obviously wrong
answer into a "Not yet" with a message that says what to do; no check raises for a wrong or odd answer."""
from functools import lru_cache

import nbformat
import pytest

from analysis.teaching.checks import exercises
from analysis.teaching.helpers import lessons
from analysis.report.pages.session import load


@lru_cache(maxsize=None)
def solution(prefix: str) -> dict:
    """The values the solution cells of lesson ``prefix`` assign (the cells are plain assignments)."""
    path = next(p for p in lessons.lesson_sources() if p.name.startswith(prefix))
    namespace: dict = {}
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and lessons.SOLUTION_TAG in cell.metadata.get("tags", []):
            exec(cell.source, namespace)  # noqa: S102 - literals written by the project
    return namespace


@lru_cache(maxsize=1)
def seeds():
    return load(lessons.corpus_path(""))[0]


def paragraph():
    return lessons.paragraph(seeds(), "original", "After being withdrawn in 2011")


def official():
    return lessons.article(seeds(), "official").text


def sources_text():
    return "\n\n".join(lessons.paragraphs(official())[1:5])


def claim():
    return lessons.sentence(seeds(), "official", "Unverified local media reports")


def sentiment_sentences():
    return lessons.pick_sentences(seeds(), lessons.SENTIMENT_SENTENCES)


def annotation_sentences():
    return lessons.pick_sentences(seeds(), lessons.ANNOTATION_SENTENCES)


def source_table():
    return lessons.source_table(load(lessons.corpus_path(""))[1], "official")


def passage():
    return lessons.paragraph(seeds(), "original", "The Biden administration continued")


FACTS = ["2011", "2014", "2017", "Syria", "Iraq", "CIA", "Trump", "Pentagon"]
CLAIM_FACTS = ["November", "local media", "2,000", "nuclear"]
PASSAGE_FACTS = ["Syria", "Iraq", "2021", "talks", "Baghdad"]

# name: (lesson, the check called with the solution's values, the check called with a wrong answer,
#        words the wrong answer's message must contain)
CASES = {
    "framing functions": (
        "01", lambda s: exercises.check_framing_functions(s["my_functions"]),
        lambda: exercises.check_framing_functions({"A": "cause", "B": "cause", "C": "cause", "D": "cause"}),
        "A: not cause"),
    "same facts": (
        "01", lambda s: exercises.check_same_facts(s["my_pairs"], official()),
        lambda: exercises.check_same_facts({"Washington's top Middle Eastern client state": "client state"},
                                           official()),
        "is not in the official framing"),
    "omission quiz": (
        "01", lambda s: exercises.check_quiz({"omission": s["my_answer"]}),
        lambda: exercises.check_quiz({"omission": "b"}), "briefly shared"),
    "loaded words": (
        "02", lambda s: exercises.check_loaded_words(s["my_words"], paragraph()),
        lambda: exercises.check_loaded_words(["troops", "campaign"], paragraph()), "find at least 3"),
    "lexicon entries": (
        "02", lambda s: exercises.check_lexicon_entries(s["my_entries"], paragraph()),
        lambda: exercises.check_lexicon_entries([{"term": "Western-led", "patterns": ["Western-led"],
                                                  "category": "partisan_label", "explanation": "A label."}]),
        "still needs: neutral"),
    "rewrite": (
        "02", lambda s: exercises.check_rewrite(s["my_rewrite"], paragraph(), FACTS),
        lambda: exercises.check_rewrite(paragraph().replace("2017", "the end"), paragraph(), FACTS),
        "Still loaded: 'illegally'"),
    "my scores": (
        "03", lambda s: exercises.check_my_scores(s["my_scores"], sentiment_sentences()),
        lambda: exercises.check_my_scores({"1": 5, "2": "bad"}, sentiment_sentences()),
        "outside -1 .. 1"),
    "tricky sentence": (
        "03", lambda s: exercises.check_tricky_sentence(s["my_tricky_sentence"], s["my_reading"]),
        lambda: exercises.check_tricky_sentence("The attack killed ten people.", "negative"), "VADER agrees"),
    "negation rule": (
        "03", lambda s: exercises.check_negation(s["my_not_good"], "good"),
        lambda: exercises.check_negation(-1.9, "good"), "does not just flip the sign"),
    "hedges and boosters": (
        "04", lambda s: exercises.check_hedges_boosters(s["my_labels"]),
        lambda: exercises.check_hedges_boosters({"clearly": "hedge", "may": "booster"}), "more certain"),
    "unnamed sources": (
        "04", lambda s: exercises.check_sources(s["my_sources"], sources_text()),
        lambda: exercises.check_sources(["The White House"], sources_text()), "does not count it"),
    "who is behind each source": (
        "04", lambda s: exercises.check_source_questions(s["my_source_notes"], source_table()),
        lambda: exercises.check_source_questions(
            {"Unverified local media reports": {"who": "Local media.", "check": "Search other outlets."},
             "the White House": {"who": "The president's office.", "check": "Its website."}}, source_table()),
        "'the White House' is not a source in the table"),
    "attribution rewrite": (
        "04", lambda s: exercises.check_attribution_rewrite(s["my_attribution"], claim(), CLAIM_FACTS),
        lambda: exercises.check_attribution_rewrite(claim().replace("2,000", "many"), claim(), CLAIM_FACTS),
        "'claimed' is a loaded reporting verb"),
    "article text": (
        "05", lambda s: exercises.check_article_text(s["my_article"]),
        lambda: exercises.check_article_text(lessons.ARTICLE_TEMPLATE), "Replace the words in capitals"),
    "reading quiz": (
        "05", lambda s: exercises.check_quiz(s["my_answers"]),
        lambda: exercises.check_quiz({"rates": "a", "halves": "b", "zero": "a"}),
        "Three articles are not the outlet"),
    "three versions": (
        "07", lambda s: exercises.check_three_versions(s["my_versions"], passage(), PASSAGE_FACTS),
        lambda: exercises.check_three_versions({"neutral": passage().replace("Baghdad", "the capital"),
                                                "favourable": "The wise administration kept Syria and Iraq safe "
                                                              "in 2021; talks in Baghdad went well.",
                                                "hostile": ""}, passage(), PASSAGE_FACTS),
        "Your neutral version still carries 'illegal occupation'"),
    "three versions quiz": (
        "07", lambda s: exercises.check_quiz(s["my_answers"]),
        lambda: exercises.check_quiz({"neutral_numbers": "a", "sentiment_side": "a"}), "only see words"),
    "annotation": (
        "06", lambda s: exercises.check_annotation(s["my_marks"], annotation_sentences()),
        lambda: exercises.check_annotation({1: ["clent state"]}, annotation_sentences()),
        "Did you mean 'client state'"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_check_accepts_the_solution(name):
    prefix, with_solution, _, _ = CASES[name]
    feedback = with_solution(solution(prefix))
    assert feedback.ok, feedback.message


@pytest.mark.parametrize("name", list(CASES))
def test_check_rejects_a_wrong_answer_with_a_helpful_message(name):
    _, _, wrong, words = CASES[name]
    feedback = wrong()
    assert not feedback.ok
    assert words in feedback.message
    assert str(feedback).startswith("Not yet: ")
    assert "Not yet" in feedback._repr_html_()


def test_kappa_check_accepts_the_hand_computation_and_names_the_step_that_is_missing():
    sentences = lessons.pick_sentences(seeds(), lessons.ANNOTATION_SENTENCES)
    from analysis.evaluation import agreement

    examples = agreement.read_annotations(lessons.EXAMPLE_ANNOTATIONS)
    labels = agreement.label_table(sentences, examples)
    a, b = list(labels["A (example)"]), list(labels["B (example)"])
    values = solution("06")
    assert exercises.check_kappa(values["my_kappa"], a, b).ok
    p_o, p_e = agreement.observed_and_chance(a, b)
    assert "That is p_o" in exercises.check_kappa(p_o, a, b).message
    assert "That is p_e" in exercises.check_kappa(p_e, a, b).message
    assert "now divide by (1 - p_e)" in exercises.check_kappa(p_o - p_e, a, b).message
    assert "as a number" in exercises.check_kappa(None, a, b).message


def test_the_article_check_names_missing_front_matter_and_short_texts():
    no_outlet = "---\ntitle: A headline\n---\n" + "word " * 100
    assert "outlet:" in exercises.check_article_text(no_outlet).message
    short = "---\ntitle: A headline\noutlet: The Daily\n---\nToo short."
    assert "at least 80 words" in exercises.check_article_text(short).message
    broken = "---\ntitle: [unclosed\noutlet: x\n---\ntext"
    assert not exercises.check_article_text(broken).ok


def test_the_folder_check_wants_two_outlets(tmp_path):
    assert "is not a folder" in exercises.check_article_folder(tmp_path / "nope").message
    (tmp_path / "a.txt").write_text("---\ntitle: A\noutlet: Same\n---\nSome text here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\ntitle: B\noutlet: Same\n---\nMore text here.\n", encoding="utf-8")
    feedback = exercises.check_article_folder(tmp_path)
    assert not feedback.ok and "same outlet" in feedback.message
    (tmp_path / "c.txt").write_text("---\ntitle: C\noutlet: Other\n---\nOther text.\n", encoding="utf-8")
    assert exercises.check_article_folder(tmp_path).ok


def test_a_lexicon_entry_that_exists_or_has_a_wrong_category_is_explained():
    entry = {"term": "regime", "patterns": ["regime"], "category": "legal_label", "explanation": "x",
             "neutral": ["government"]}
    taken = exercises.check_lexicon_entries([entry])
    assert "already in the lexicon" in taken.message
    typo = exercises.check_lexicon_entries([{"term": "zzz", "patterns": ["zzz"], "category": "legal_labl",
                                             "explanation": "x", "neutral": ["y"]}])
    assert "Did you mean 'legal_label'" in typo.message
    entry = {"term": "zzz", "patterns": ["[zzz]"], "category": "emotive", "explanation": "x",
             "neutral": ["y"]}
    bad_pattern = exercises.check_lexicon_entries([entry])
    assert not bad_pattern.ok
    assert "cannot be optional" in bad_pattern.message


ODD_ANSWERS = [None, "", 42, [], {}, [""], {"x": None}, "Paste the paragraph here and edit it."]


@pytest.mark.parametrize("answer", ODD_ANSWERS, ids=repr)
def test_no_check_raises_on_an_odd_answer(answer):
    text = paragraph()
    calls = [
        lambda: exercises.check_framing_functions(answer),
        lambda: exercises.check_same_facts(answer, official()),
        lambda: exercises.check_quiz(answer),
        lambda: exercises.check_loaded_words(answer, text),
        lambda: exercises.check_lexicon_entries(answer, text),
        lambda: exercises.check_rewrite(answer, text, FACTS),
        lambda: exercises.check_my_scores(answer, {"1": "a sentence"}),
        lambda: exercises.check_tricky_sentence(answer, "negative"),
        lambda: exercises.check_hedges_boosters(answer),
        lambda: exercises.check_sources(answer, text),
        lambda: exercises.check_attribution_rewrite(answer, text, FACTS),
        lambda: exercises.check_article_text(answer),
        lambda: exercises.check_annotation(answer, {"1": "a sentence"}),
        lambda: exercises.check_kappa(answer, [0, 1], [0, 1]),
    ]
    for call in calls:
        feedback = call()
        assert isinstance(feedback, exercises.Feedback) and not feedback.ok and feedback.title
