"""Checks for the exercises on words and framing: the quizzes, lesson 1 (Entman's functions, the same fact
in other words), lesson 2 (loaded words, new lexicon entries, a neutral rewrite) and lesson 7 (one passage
rewritten three ways). Each returns a :class:`~analysis.teaching.checks.feedback.Feedback` and never raises for an
odd answer.
"""
from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis.errors import LexiconError
from analysis.teaching.checks.feedback import (Feedback, blank, by_text_key, content, did_you_mean, facts_missing, loaded_spans, no_text, norm,
                       overlaps, still_loaded, texts)
from analysis.teaching.tool.shipped import shipped_categories, shipped_terms, write_lexicon

ENTRY_KEYS = ("term", "patterns", "category", "explanation", "neutral")


# ------------------------------------------------------------------ quizzes (lessons 1 and 5)

@dataclass(frozen=True)
class Questions:
    """Questions of :func:`content` to display, each with its id and lettered options."""

    ids: tuple[str, ...]

    def _repr_html_(self) -> str:
        parts = []
        for qid in self.ids:
            q = content()["questions"][qid]
            options = "".join(f"<li><strong>{html.escape(k)})</strong> {html.escape(v, quote=True)}</li>"
                              for k, v in q["options"].items())
            parts.append(f"<p><strong>{html.escape(qid)}:</strong> {html.escape(q['text'], quote=True)}</p>"
                         f"<ul style='list-style:none'>{options}</ul>")
        return "".join(parts)

    def __repr__(self) -> str:
        blocks = []
        for qid in self.ids:
            q = content()["questions"][qid]
            options = [f"  {k}) {v}" for k, v in q["options"].items()]
            blocks.append("\n".join([f"{qid}: {q['text']}", *options]))
        return "\n\n".join(blocks)


def questions(*ids: str) -> Questions:
    """The multiple-choice questions ``ids``, to show as the last line of a cell."""
    return Questions(tuple(ids))


def check_quiz(answers: Mapping[str, str]) -> Feedback:
    """Check multiple-choice answers ``{question id: letter}``; every answer gets the reason it is right
    or wrong."""
    known = content()["questions"]
    if not isinstance(answers, Mapping) or not answers:
        return Feedback(False, 'Write your answers as letters, for example {"rates": "a"}.')
    if all(blank(v) for v in answers.values()):
        return Feedback(False, "Write the letter of your answer between the quotes (a, b, c ...).")
    points, right = [], 0
    for qid, given in answers.items():
        question = known.get(qid)
        if question is None:
            points.append(f"There is no question {qid!r}." + did_you_mean(qid, list(known)))
            continue
        letter = str(given or "").strip().lower().rstrip(")").strip()
        if letter not in question["options"]:
            points.append(f"{qid}: answer with one of the letters {', '.join(question['options'])} "
                          f"(you wrote {given!r}).")
        elif letter == question["answer"]:
            right += 1
            points.append(f"{qid}: {question['why'][letter]}")
        else:
            points.append(f"{qid}: not {letter}. {question['why'][letter]}")
    ok = right == len(answers)
    title = "All answers are right." if ok else f"{right} of {len(answers)} right; read the notes below."
    return Feedback(ok, title, tuple(points))


# ------------------------------------------------------------------ lesson 1: framing

def entman_excerpts():
    """The excerpts of the Entman exercise as a table (excerpt letter, text)."""
    import pandas as pd

    return pd.DataFrame([{"excerpt": k, "text": v["text"]} for k, v in content()["entman_excerpts"].items()])


def _entman_function(answer) -> str | None:
    text = norm(answer)
    for function, keys in content()["entman_functions"].items():
        if any(k in text for k in keys):
            return function
    return None


def check_framing_functions(my_functions: Mapping[str, str]) -> Feedback:
    """Check which of Entman's functions (problem, cause, judgement, remedy) each excerpt A-D serves."""
    excerpts = content()["entman_excerpts"]
    if not isinstance(my_functions, Mapping) or blank(my_functions):
        return Feedback(False, "Fill in one function for each excerpt: problem, cause, judgement or remedy.")
    points, right = [], 0
    for key, excerpt in excerpts.items():
        given = my_functions.get(key)
        found = None if blank(given) else _entman_function(given)
        if found == excerpt["function"]:
            right += 1
            points.append(f"{key}: {found}, right.")
        elif found is None:
            points.append(f"{key}: write problem, cause, judgement or remedy (you wrote {given!r}).")
        else:
            points.append(f"{key}: not {found}. {excerpt['hint']}")
    ok = right == len(excerpts)
    title = "All four functions found." if ok else f"{right} of {len(excerpts)} right."
    return Feedback(ok, title, tuple(points))


def same_fact_phrases():
    """The phrases of the original in the same-fact exercise, as a table."""
    import pandas as pd

    return pd.DataFrame({"phrase in the original": list(content()["same_facts"])})


def check_same_facts(my_pairs: Mapping[str, str], official: str) -> Feedback:
    """Check that each phrase of the original is paired with the words the ``official`` text uses for the
    same fact (copied from it)."""
    pairs = content()["same_facts"]
    if not isinstance(my_pairs, Mapping) or blank(my_pairs):
        return Feedback(False, "Copy, for each phrase, the official framing's words for the same fact.")
    text, points, right = norm(official), [], 0
    for phrase, keys in pairs.items():
        given = my_pairs.get(phrase)
        if blank(given):
            points.append(f"Still empty: {phrase!r}.")
        elif norm(given) not in text:
            points.append(f"{given!r} is not in the official framing: copy the words exactly as they are "
                          "written there (a few words are enough).")
        elif not any(k in norm(given) for k in keys):
            points.append(f"{given!r} is in the official framing, but describes another fact than "
                          f"{phrase!r}; find the sentence that covers the same event.")
        else:
            right += 1
            points.append(f"{phrase!r} → {given!r}: the same fact, other words.")
    ok = right == len(pairs)
    return Feedback(ok, "Every pair found." if ok else f"{right} of {len(pairs)} pairs found.", tuple(points))


# ------------------------------------------------------------------ lesson 2: loaded language

def check_loaded_words(my_words: Sequence[str], paragraph: str, lexicon: str = "") -> Feedback:
    """Compare the words a student marked as loaded in ``paragraph`` with the lexicon's matches.

    Done when at least three of the lexicon's terms (or all of them, if there are fewer) were found.
    """
    words = texts(re.split(r"[;,\n]", my_words) if isinstance(my_words, str) else my_words)
    if not words:
        return Feedback(False, 'List the words you find loaded, each in quotes: ["word", "another word"].')
    spans = loaded_spans(paragraph, lexicon)
    found = [s for s in spans if any(overlaps(w, s["text"]) for w in words)]
    missed = [s for s in spans if s not in found]
    extra = [w for w in words if not any(overlaps(w, s["text"]) for s in spans)]
    absent = [w for w in extra if norm(w) not in norm(paragraph)]
    others = [w for w in extra if w not in absent]
    points = [f"Also in the lexicon: {', '.join(repr(s['text']) for s in found)}."] if found else []
    if missed:
        kinds = ", ".join(sorted({s["category"].replace("_", " ") for s in missed}))
        points.append(f"The lexicon lists {len(missed)} more in this paragraph (categories: {kinds}).")
    points += [f"{w!r} does not occur in the paragraph; check the spelling." for w in absent]
    if others:
        points.append(f"Not in the lexicon: {', '.join(map(repr, others))}. That does not make you wrong: a "
                      "list is never complete. You can add them in the next exercise.")
    need = min(3, len(spans))
    ok = len(found) >= need and not absent
    title = f"You found {len(found)} of the lexicon's {len(spans)} loaded terms"
    return Feedback(ok, f"{title}." if ok else f"{title}; find at least {need}.", tuple(points))


def _entry_problem(n: int, entry, categories: dict) -> Feedback | None:
    """What is wrong with the ``n``-th new lexicon entry before the engine reads it (None if nothing)."""
    if not isinstance(entry, Mapping):
        return Feedback(False, f'Entry {n} is not a dict: write it as {{"term": ..., "patterns": [...]}}.')
    missing = [k for k in ENTRY_KEYS if blank(entry.get(k))]
    if missing:
        hint = ("Every loaded term needs at least one neutral alternative under 'neutral'.",) \
            if "neutral" in missing else ()
        return Feedback(False, f"Entry {n} ({entry.get('term') or 'no term yet'!r}) still needs: "
                        f"{', '.join(missing)}.", hint)
    if entry["category"] not in categories:
        return Feedback(False, f"Entry {n}: the category {entry['category']!r} is not one of the lexicon's."
                        + did_you_mean(entry["category"], list(categories)),
                        tuple(f"{c}: {d}" for c, d in categories.items()))
    return None


def check_lexicon_entries(my_entries: Sequence[Mapping], paragraph: str = "") -> Feedback:
    """Check new lexicon entries (dicts with term, patterns, category, explanation, neutral) as the
    engine will read them; with ``paragraph``, also say whether each one occurs in it."""
    from analysis.lexicon import load_lexicon
    from analysis.text import Document

    entries = [my_entries] if isinstance(my_entries, Mapping) else my_entries
    if not isinstance(entries, (list, tuple)) or blank(entries):
        return Feedback(False, "Add at least one entry: a dict with " + ", ".join(ENTRY_KEYS) + ".")
    categories = shipped_categories()
    for n, entry in enumerate(entries, 1):
        problem = _entry_problem(n, entry, categories)
        if problem:
            return problem
    taken = sorted(shipped_terms() & {str(e["term"]) for e in entries})
    if taken:
        return Feedback(False, f"{taken[0]!r} is already in the lexicon; choose another term or word.")
    with tempfile.TemporaryDirectory() as folder:
        try:
            lexicon = load_lexicon(write_lexicon(entries, folder, with_shipped=False), "loaded")
        except LexiconError as exc:
            if "unique" in exc.problem:
                return Feedback(False, f"{exc.entry!r} appears twice; give each entry its own term.")
            where = f"entry {exc.entry!r}: " if exc.entry else ""
            return Feedback(False, f"The lexicon cannot use {where}{exc.problem}",
                            ("See analysis/lexicons/FORMAT.md for how patterns are written.",))
    found = lexicon.find(Document(paragraph), "loaded") if paragraph else None
    points = []
    for entry in entries:
        term, where = str(entry["term"]), ""
        if found is not None:
            hits = [s.text for s in found if s.entry == term]
            where = (f" Found in the paragraph as {', '.join(map(repr, hits))}." if hits
                     else " It does not occur in the paragraph; check its patterns if you expected it to.")
        points.append(f"{term!r} ({entry['category']}) is a valid entry.{where}")
    title = f"{len(entries)} new entr{'y' if len(entries) == 1 else 'ies'} ready."
    return Feedback(True, title, tuple(points))


def check_rewrite(my_rewrite: str, original: str, facts: Sequence[str]) -> Feedback:
    """Check a neutral rewrite of ``original``: not empty, not the original, every one of ``facts`` kept,
    no term of the loaded-terms lexicon left (each one left is listed with its neutral alternatives)."""
    if no_text(my_rewrite):
        return Feedback(False, "Copy the paragraph printed above, paste it between the triple quotes (in "
                               "place of 'Paste the paragraph here ...') and edit it.")
    if norm(my_rewrite) == norm(original):
        return Feedback(False, "This is still the original paragraph: change the loaded words.")
    points = []
    missing = facts_missing(my_rewrite, facts)
    if missing:
        points.append(f"Keep the facts: your rewrite leaves out {', '.join(map(repr, missing))}.")
    if len(my_rewrite.split()) < 0.5 * len(original.split()):
        points.append("Your rewrite is less than half as long as the original: keep the facts, change the "
                      "words.")
    left = loaded_spans(my_rewrite)
    points += still_loaded(left)
    if left:
        points.append('If you kept a word on purpose because someone said it, attribute it ("which X calls '
                      '...") and discuss it: the lexicon cannot see attribution.')
    ok = not points
    return Feedback(ok, "Neutral and complete: no loaded term left and every fact kept." if ok
                    else "Almost: see below.", tuple(points))




# ------------------------------------------------------------------ lesson 7: rewrite it three ways

VERSIONS = ("neutral", "favourable", "hostile")
_SPELLINGS = {"favorable": "favourable", "positive": "favourable", "negative": "hostile"}


def _vader_mean(text: str) -> float:
    from analysis.teaching.tool.explain import analyze_texts

    return float(analyze_texts({"text": text}).articles["vader_compound_mean"].iloc[0])


def check_three_versions(my_versions: Mapping, passage: str, facts: Sequence[str]) -> Feedback:
    """Check three rewrites of ``passage``, ``{"neutral": ..., "favourable": ..., "hostile": ...}``: each
    written and keeping ``facts``; the neutral one with no loaded term left (each is named with the lexicon's
    alternatives); the favourable one read more positively by VADER than the hostile one."""
    versions = {_SPELLINGS.get(norm(k), norm(k)): v for k, v in by_text_key(my_versions).items()}
    empty = [k for k in VERSIONS if no_text(versions.get(k))]
    if len(empty) == len(VERSIONS):
        return Feedback(False, "Copy the passage printed above into each of the three versions and rewrite it.")
    points = [f"The {k} version is still empty." for k in empty]
    for key in VERSIONS:
        text = versions.get(key)
        if key in empty:
            continue
        if norm(text) == norm(passage):
            points.append(f"The {key} version is still the passage as it was: rewrite it.")
        missing = facts_missing(text, facts)
        if missing:
            points.append(f"The {key} version leaves out {', '.join(map(repr, missing))}: change the words, "
                          "keep the facts.")
    if "neutral" not in empty:
        left = loaded_spans(versions["neutral"])
        points += [line.replace("Still loaded:", "Your neutral version still carries") for line in
                   still_loaded(left)]
    if not {"favourable", "hostile"} & set(empty):
        good, bad = _vader_mean(versions["favourable"]), _vader_mean(versions["hostile"])
        if good <= bad:
            points.append(f"VADER reads your favourable version ({good:+.2f}) no more positively than your "
                          f"hostile one ({bad:+.2f}): choose warmer words in one and harsher in the other.")
    ok = not points
    return Feedback(ok, "Three versions, same facts: compare their measures below." if ok
                    else "Not all three versions are ready: see below.", tuple(points))
