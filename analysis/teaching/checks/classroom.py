"""Checks for lesson 5 (a pasted article, a folder of articles to compare) and lesson 6 (an annotation, a
hand-computed Cohen's kappa). Each returns a :class:`~analysis.teaching.checks.feedback.Feedback` and never raises
for an odd answer.
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.teaching.checks.feedback import Feedback, blank, by_text_key, did_you_mean, no_text, norm, texts

#: Words in capitals that mark the parts of lesson 5's article template still to fill in.
PLACEHOLDER = re.compile(r"\b(WRITE|PASTE|PUT)\b")


# ------------------------------------------------------------------ lesson 5: your own comparison

def check_article_text(my_article: str) -> Feedback:
    """Check an article pasted into the notebook: front matter with a title and an outlet (no placeholder
    left) and a body of at least 80 words."""
    from analysis.corpus import load_corpus

    if no_text(my_article):
        return Feedback(False, "Copy the template printed above, paste it between the triple quotes, and "
                               "fill it in with an article you chose.")
    if PLACEHOLDER.search(my_article):
        return Feedback(False, "Replace the words in capitals (WRITE ..., PASTE ...) with the article's "
                               "details and text.")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(my_article.strip() + "\n", encoding="utf-8")
        try:
            article = load_corpus(path)[0]
        except AnalysisError as exc:
            problem = str(exc).replace(str(path), "your article")
            return Feedback(False, f"The article cannot be read: {problem}")
    points = []
    if not article.outlet.strip():
        points.append("Add a line 'outlet: <the outlet's name>' between the two --- lines: the comparison "
                      "is by outlet.")
    if not article.title.strip():
        points.append("Add a line 'title: <the headline>' between the two --- lines.")
    n_words = len(article.text.split())
    if n_words < 80:
        points.append(f"The text has {n_words} words; paste the whole article (at least 80 words).")
    ok = not points
    return Feedback(ok, f"Ready: {article.title!r} from {article.outlet!r}, {n_words} words." if ok
                    else "The article is not ready yet.", tuple(points))


def check_article_folder(folder: str | Path) -> Feedback:
    """Check a folder of articles for a comparison: readable files, at least two articles and two outlets."""
    from analysis.corpus import load_corpus

    if blank(str(folder or "")) or not Path(folder).is_dir():
        return Feedback(False, f"{str(folder)!r} is not a folder; create it in the file browser and put "
                               "articles in it (.txt files with title: and outlet: lines on top).")
    try:
        corpus = load_corpus(folder, skip_bad=True)
    except AnalysisError as exc:
        return Feedback(False, "No article could be read from the folder.", (str(exc),))
    points = [f"Skipped {p}" for p in corpus.problems]
    outlets = sorted({a.outlet.strip() for a in corpus if a.outlet.strip()})
    no_outlet = [a.id for a in corpus if not a.outlet.strip()]
    if no_outlet:
        points.append(f"No outlet given for: {', '.join(no_outlet)} (add an 'outlet:' line).")
    if len(corpus) < 2:
        points.append("A comparison needs at least two articles.")
    if len(outlets) < 2:
        points.append("All articles have the same outlet; add articles from another outlet to compare.")
    ok = len(corpus) >= 2 and len(outlets) >= 2
    title = f"{len(corpus)} article(s) from {len(outlets)} outlet(s): {', '.join(outlets) or 'none named'}."
    return Feedback(ok, title, tuple(points))


# ------------------------------------------------------------------ lesson 6: annotation and agreement

def _suggest(phrase: str, sentence: str) -> str:
    """" Did you mean ...?" with the words of ``sentence`` closest to ``phrase`` ('' if none is close)."""
    from analysis.evaluation.agreement import words

    units, size = [w.lower() for w in words(sentence)], max(1, len(words(phrase)))
    return did_you_mean(norm(phrase), [" ".join(units[i:i + size]) for i in range(len(units) - size + 1)])


def check_annotation(my_marks: Mapping, sentences: Mapping[str, str]) -> Feedback:
    """Check an annotation ``{sentence key: [marked phrases]}``: every sentence present (an empty list means
    nothing loaded), every phrase copied from its sentence, something marked somewhere."""
    from analysis.evaluation.agreement import mark_words

    marks = {k: texts(v) for k, v in by_text_key(my_marks).items()}
    if not any(marks.get(str(k)) for k in sentences):
        return Feedback(False, "Mark at least one phrase: for each sentence, list the words you find loaded.")
    points = []
    for key, sentence in sentences.items():
        if str(key) not in marks:
            points.append(f"Sentence {key} is missing; write [] if you find nothing loaded in it.")
            continue
        for phrase in mark_words(sentence, marks[str(key)])[1]:
            points.append(f"Sentence {key}: {phrase!r} is not in the sentence; copy the words as written."
                          + _suggest(phrase, sentence))
    ok = not points
    n = sum(len(marks.get(str(k), [])) for k in sentences)
    return Feedback(ok, f"{n} phrase(s) marked in {len(sentences)} sentences." if ok
                    else "Some marks cannot be matched to the sentences.", tuple(points))


def check_kappa(my_kappa, a: Sequence, b: Sequence) -> Feedback:
    """Check a hand-computed Cohen's kappa of the labels ``a`` and ``b`` (to within 0.01); a wrong value
    that is one of the intermediate steps gets the name of the step that is missing."""
    from analysis.evaluation.agreement import cohen_kappa, observed_and_chance

    if blank(my_kappa) or isinstance(my_kappa, bool) or not isinstance(my_kappa, (int, float)):
        return Feedback(False, "Write your kappa as a number (you can write the formula: "
                               "(p_o - p_e) / (1 - p_e)).")
    p_o, p_e = observed_and_chance(a, b)
    kappa = cohen_kappa(a, b)
    if abs(my_kappa - kappa) <= 0.01:
        return Feedback(True, f"kappa = ({p_o:.2f} - {p_e:.2f}) / (1 - {p_e:.2f}) = {kappa:.3f}.")
    if abs(my_kappa - p_o) <= 0.01:
        hint = "That is p_o, the observed agreement; now take chance away: (p_o - p_e) / (1 - p_e)."
    elif abs(my_kappa - p_e) <= 0.01:
        hint = "That is p_e, the agreement expected by chance; kappa is (p_o - p_e) / (1 - p_e)."
    elif abs(my_kappa - (p_o - p_e)) <= 0.01:
        hint = "You subtracted chance; now divide by (1 - p_e), the most agreement possible beyond chance."
    else:
        hint = ("Count first: p_o is the share of words both labelled the same; p_e adds, for each label, "
                "the product of the two annotators' shares of it.")
    return Feedback(False, f"{my_kappa} is not kappa yet.", (hint,))
