"""Checks for the "Your turn" cells of the lessons in ``notebooks/teaching/``.

Every ``check_*`` function returns a :class:`Feedback` and never raises for a wrong, missing or odd answer:
the feedback says what is right, what is not yet, and a hint for the next try. As the last line of a cell
it shows as a green (done) or amber (not yet) box; printed, as plain text. What the checks compare with
(quiz questions, excerpts, pairs of phrases) is in ``notebooks/teaching/data/exercises.yaml``.
"""
from __future__ import annotations

import difflib
import html
import math
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import AnalysisError, LexiconError
from ..paths import TEACHING_DIR
from ..text import NORMALISE

EXERCISES_FILE = TEACHING_DIR / "data" / "exercises.yaml"
#: Words in capitals that mark the parts of lesson 5's article template still to fill in.
PLACEHOLDER = re.compile(r"\b(WRITE|PASTE|PUT)\b")
ENTRY_KEYS = ("term", "patterns", "category", "explanation", "neutral")
READINGS = ("negative", "neutral", "positive")
KINDS = ("hedge", "booster", "neither")
_STYLE = {True: ("#e8f5e9", "#2e7d32", "✔ Done"), False: ("#fff8e1", "#b26a00", "✎ Not yet")}


@dataclass(frozen=True)
class Feedback:
    """The result of a check: ``ok`` (the exercise is done), a one-line ``title`` and ``points`` (what is
    right, what is missing, hints), one line each."""

    ok: bool
    title: str
    points: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """Everything the feedback says, as plain text."""
        return "\n".join([self.title, *(f"  - {p}" for p in self.points)])

    def __str__(self) -> str:
        return ("Done: " if self.ok else "Not yet: ") + self.message

    __repr__ = __str__

    def _repr_html_(self) -> str:
        background, border, head = _STYLE[self.ok]
        items = "".join(f"<li>{html.escape(p, quote=True)}</li>" for p in self.points)
        return (f'<div style="background:{background};border-left:5px solid {border};padding:0.6em 1em;'
                f'margin:0.5em 0;color:#222"><strong>{head}:</strong> {html.escape(self.title, quote=True)}'
                + (f"<ul style='margin:0.3em 0'>{items}</ul>" if items else "") + "</div>")


@lru_cache(maxsize=1)
def content() -> dict:
    """The exercises' content: ``questions``, ``entman_functions``, ``entman_excerpts``, ``same_facts``."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(EXERCISES_FILE.read_text(encoding="utf-8"), Loader=loader)


# ------------------------------------------------------------------ reading answers

def _norm(text) -> str:
    """Lower case, curly quotes and dashes made plain, runs of spaces made one."""
    return re.sub(r"\s+", " ", str(text).translate(NORMALISE)).strip().lower()


def _placeholder(text) -> bool:
    """True for the text a "Your turn" cell starts with ("Paste the paragraph here and edit it.")."""
    return isinstance(text, str) and _norm(text).startswith("paste ")


def _blank(value) -> bool:
    """True for None, NaN, empty or blank text, and containers holding only such values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set)):
        return all(_blank(v) for v in value)
    if isinstance(value, dict):
        return all(_blank(v) for v in value.values())
    return False


def _no_text(value) -> bool:
    """True when ``value`` is not a text the student wrote (blank, a placeholder, or not text at all)."""
    return not isinstance(value, str) or _blank(value) or _placeholder(value)


def _texts(value) -> list[str]:
    """A student's list of words or phrases as a list of non-empty strings (one string is a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple, set)):
        return []
    return [str(v) for v in value if isinstance(v, (str, int, float)) and str(v).strip()]


def _by_text_key(value) -> dict:
    """A student's dict with every key as text (``{1: ...}`` and ``{"1": ...}`` mean the same)."""
    return {str(k): v for k, v in value.items()} if isinstance(value, Mapping) else {}


def _close(word: str, choices: Sequence[str]) -> str:
    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" Did you mean {match[0]!r}?" if match else ""


def _overlaps(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def _measure(text: str, lexicon: str = ""):
    """The engine's matches table for one text (``lexicon``: extra lexicon files, comma-separated)."""
    from .explain import analyse_texts

    return analyse_texts({"text": text}, lexicon=lexicon).matches


def _loaded_spans(text: str, lexicon: str = "") -> list[dict]:
    matches = _measure(text, lexicon)
    return matches[matches["measure"] == "loaded"].to_dict("records")


def _facts_missing(text: str, facts: Sequence[str]) -> list[str]:
    norm = _norm(text)
    return [f for f in facts if _norm(f) not in norm]


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
    if all(_blank(v) for v in answers.values()):
        return Feedback(False, "Write the letter of your answer between the quotes (a, b, c ...).")
    points, right = [], 0
    for qid, given in answers.items():
        question = known.get(qid)
        if question is None:
            points.append(f"There is no question {qid!r}." + _close(qid, list(known)))
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
    text = _norm(answer)
    for function, keys in content()["entman_functions"].items():
        if any(k in text for k in keys):
            return function
    return None


def check_framing_functions(my_functions: Mapping[str, str]) -> Feedback:
    """Check which of Entman's functions (problem, cause, judgement, remedy) each excerpt A-D serves."""
    excerpts = content()["entman_excerpts"]
    if not isinstance(my_functions, Mapping) or _blank(my_functions):
        return Feedback(False, "Fill in one function for each excerpt: problem, cause, judgement or remedy.")
    points, right = [], 0
    for key, excerpt in excerpts.items():
        given = my_functions.get(key)
        found = None if _blank(given) else _entman_function(given)
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
    if not isinstance(my_pairs, Mapping) or _blank(my_pairs):
        return Feedback(False, "Copy, for each phrase, the official framing's words for the same fact.")
    text, points, right = _norm(official), [], 0
    for phrase, keys in pairs.items():
        given = my_pairs.get(phrase)
        if _blank(given):
            points.append(f"Still empty: {phrase!r}.")
        elif _norm(given) not in text:
            points.append(f"{given!r} is not in the official framing: copy the words exactly as they are "
                          "written there (a few words are enough).")
        elif not any(k in _norm(given) for k in keys):
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
    words = _texts(re.split(r"[;,\n]", my_words) if isinstance(my_words, str) else my_words)
    if not words:
        return Feedback(False, 'List the words you find loaded, each in quotes: ["word", "another word"].')
    spans = _loaded_spans(paragraph, lexicon)
    found = [s for s in spans if any(_overlaps(w, s["text"]) for w in words)]
    missed = [s for s in spans if s not in found]
    extra = [w for w in words if not any(_overlaps(w, s["text"]) for s in spans)]
    absent = [w for w in extra if _norm(w) not in _norm(paragraph)]
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
    missing = [k for k in ENTRY_KEYS if _blank(entry.get(k))]
    if missing:
        hint = ("Every loaded term needs at least one neutral alternative under 'neutral'.",) \
            if "neutral" in missing else ()
        return Feedback(False, f"Entry {n} ({entry.get('term') or 'no term yet'!r}) still needs: "
                        f"{', '.join(missing)}.", hint)
    if entry["category"] not in categories:
        return Feedback(False, f"Entry {n}: the category {entry['category']!r} is not one of the lexicon's."
                        + _close(entry["category"], list(categories)),
                        tuple(f"{c}: {d}" for c, d in categories.items()))
    return None


def check_lexicon_entries(my_entries: Sequence[Mapping], paragraph: str = "") -> Feedback:
    """Check new lexicon entries (dicts with term, patterns, category, explanation, neutral) as the
    engine will read them; with ``paragraph``, also say whether each one occurs in it."""
    from .lessons import shipped_categories, shipped_terms, write_lexicon
    from ..lexicon import load_lexicon
    from ..text import Document

    entries = [my_entries] if isinstance(my_entries, Mapping) else my_entries
    if not isinstance(entries, (list, tuple)) or _blank(entries):
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
    if _no_text(my_rewrite):
        return Feedback(False, "Copy the paragraph printed above, paste it between the triple quotes (in "
                               "place of 'Paste the paragraph here ...') and edit it.")
    if _norm(my_rewrite) == _norm(original):
        return Feedback(False, "This is still the original paragraph: change the loaded words.")
    points = []
    missing = _facts_missing(my_rewrite, facts)
    if missing:
        points.append(f"Keep the facts: your rewrite leaves out {', '.join(map(repr, missing))}.")
    if len(my_rewrite.split()) < 0.5 * len(original.split()):
        points.append("Your rewrite is less than half as long as the original: keep the facts, change the "
                      "words.")
    left = _loaded_spans(my_rewrite)
    for span in left:
        alternatives = f" (the lexicon suggests: {span['neutral']})" if span["neutral"] else ""
        points.append(f"Still loaded: {span['text']!r}, {span['category'].replace('_', ' ')}{alternatives}.")
    if left:
        points.append('If you kept a word on purpose because someone said it, attribute it ("which X calls '
                      '...") and discuss it: the lexicon cannot see attribution.')
    ok = not points
    return Feedback(ok, "Neutral and complete: no loaded term left and every fact kept." if ok
                    else "Almost: see below.", tuple(points))


# ------------------------------------------------------------------ lesson 3: sentiment

def check_my_scores(my_scores: Mapping, sentences: Mapping) -> Feedback:
    """Check that every sentence has the student's score, a number from -1 (very negative) to 1."""
    if not isinstance(my_scores, Mapping):
        return Feedback(False, "Write your scores as {sentence number: score}.")
    scores, points = _by_text_key(my_scores), []
    for key in sentences:
        value = scores.get(str(key))
        if _blank(value):
            points.append(f"Sentence {key} has no score yet.")
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            points.append(f"Sentence {key}: write a number such as -0.5, not {value!r}.")
        elif not -1 <= value <= 1:
            points.append(f"Sentence {key}: {value} is outside -1 .. 1 (the tools' range).")
    ok = not points
    return Feedback(ok, "Every sentence has your score; compare them with the tools' below." if ok
                    else "Score every sentence from -1 (very negative) to 1 (very positive).", tuple(points))


def check_tricky_sentence(my_sentence: str, my_reading: str) -> Feedback:
    """Done when VADER reads ``my_sentence`` differently from the student's ``my_reading`` (negative,
    neutral or positive): the student has found a sentence where the tool fails."""
    from .explain import vader_sum

    if _no_text(my_sentence):
        return Feedback(False, "Write a sentence between the quotes.")
    reading = _norm(my_reading)
    if reading not in READINGS:
        return Feedback(False, f"Say how a reader takes it: one of {', '.join(READINGS)} "
                               f"(you wrote {my_reading!r}).")
    scored = vader_sum(my_sentence)
    if scored.label != reading:
        return Feedback(True, f"VADER reads it as {scored.label} ({scored.compound:+.3f}), you as {reading}: "
                              "you found a case where the tool and a reader disagree.",
                        ("Look at the word-by-word table below to see which words pushed the score.",))
    return Feedback(False, f"VADER agrees with you: {scored.label} ({scored.compound:+.3f}).",
                    ("Try irony ('Great, another delay.'), a negation ('not without problems'), or a word "
                     "that means something else in the news ('strike', 'forces', 'offensive').",))


# ------------------------------------------------------------------ lesson 4: certainty and sources

def word_kind(word: str) -> str:
    """``hedge``, ``booster`` or ``neither``, as the project's hedges and boosters lexicons have ``word``."""
    from ..pipeline import Config, analyzer_for
    from ..text import Document

    lexicons = analyzer_for(Config()).lexicons
    doc = Document(word)
    if lexicons["hedges"].find(doc):
        return "hedge"
    if lexicons["boosters"].find(doc):
        return "booster"
    return "neither"


def check_hedges_boosters(my_labels: Mapping[str, str]) -> Feedback:
    """Check each word's label (hedge, booster or neither) against the project's hedges and boosters lists."""
    if not isinstance(my_labels, Mapping) or _blank(my_labels):
        return Feedback(False, "Label every word: hedge, booster or neither.")
    points, right = [], 0
    for word, given in my_labels.items():
        label, truth = _norm(given).rstrip("s"), word_kind(str(word))
        if label not in KINDS:
            points.append(f"{word!r}: write hedge, booster or neither (you wrote {given!r}).")
        elif label == truth:
            right += 1
        elif truth == "neither":
            points.append(f"{word!r}: the lists have it as neither; it does not make a claim more or less "
                          "certain (a reporting verb such as 'said' only says who claims it).")
        else:
            points.append(f"{word!r}: the lists have it as a {truth}: it makes the claim "
                          f"{'less' if truth == 'hedge' else 'more'} certain.")
    ok = right == len(my_labels)
    return Feedback(ok, f"{right} of {len(my_labels)} right.", tuple(points))


def anonymous_sources(paragraph: str) -> list[str]:
    """The anonymous sources the engine finds in ``paragraph``, in text order: the source phrase of each
    anonymous attribution, and phrases of the sources lexicon ('officials') outside any attribution."""
    matches = _measure(paragraph)
    spans = []
    for r in matches.to_dict("records"):
        if r["measure"] == "attributions" and r["category"] == "anonymous":
            spans.append((r["start"], r["end"], r["detail"]))
        elif r["measure"] == "sources":
            spans.append((r["start"], r["end"], r["text"]))
    kept: list[tuple[int, int, str]] = []
    for start, end, phrase in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not any(start < k_end and k_start < end for k_start, k_end, _ in kept):
            kept.append((start, end, phrase))
    return [phrase for _, _, phrase in kept]


def check_sources(my_sources: Sequence[str], paragraph: str) -> Feedback:
    """Compare the unnamed sources a student found in ``paragraph`` with the engine's; done when at least
    three (or all, if fewer) are found and every phrase is copied from the paragraph."""
    sources = _texts(my_sources)
    if not sources:
        return Feedback(False, 'List who is cited without a name, each in quotes: ["officials", ...].')
    tool = anonymous_sources(paragraph)
    found = [t for t in tool if any(_overlaps(s, t) for s in sources)]
    absent = [s for s in sources if _norm(s) not in _norm(paragraph)]
    points = [f"The tool agrees: {', '.join(map(repr, found))}."] if found else []
    for s in sources:
        if s in absent:
            points.append(f"{s!r} does not occur in the paragraph; copy the words as written.")
        elif not any(_overlaps(s, t) for t in tool):
            points.append(f"{s!r}: the tool does not count it as an unnamed source. Is a name given?")
    if len(found) < len(tool):
        points.append(f"The tool finds {len(tool) - len(found)} more: look for 'officials', 'reports', "
                      "'media'.")
    ok = len(found) >= min(3, len(tool)) and not absent
    return Feedback(ok, f"You found {len(found)} of the {len(tool)} unnamed sources the tool finds.",
                    tuple(points))


def check_attribution_rewrite(my_sentence: str, original: str, facts: Sequence[str]) -> Feedback:
    """Done when the rewrite keeps ``facts``, still says who reports it (a reporting verb), and has no loaded
    reporting verb, no scare quote and no loaded term."""
    if _no_text(my_sentence):
        return Feedback(False, "Copy the sentence printed above, paste it between the triple quotes and "
                               "edit it.")
    if _norm(my_sentence) == _norm(original):
        return Feedback(False, "This is still the original sentence.")
    matches, points = _measure(my_sentence), []
    missing = _facts_missing(my_sentence, facts)
    if missing:
        points.append(f"Keep the facts: {', '.join(map(repr, missing))} is missing.")
    verbs = matches[matches["measure"] == "reporting_verbs"]
    loaded_verbs = verbs[verbs["category"] == "loaded"]
    if verbs.empty:
        points.append("Say who reports it, with a neutral verb: 'local media reported that ...'.")
    for r in loaded_verbs.itertuples():
        points.append(f"{r.text!r} is a loaded reporting verb; {r.explanation}")
    for r in matches[(matches["measure"] == "quotes") & (matches["category"] == "scare")].itertuples():
        points.append(f"{r.text} is a scare quote: remove the quotation marks or say who said it.")
    for r in matches[matches["measure"] == "loaded"].itertuples():
        if not ((loaded_verbs["start"] <= r.start) & (loaded_verbs["end"] >= r.end)).any():
            points.append(f"{r.text!r} is loaded ({r.category.replace('_', ' ')}); try: {r.neutral}.")
    ok = not points
    return Feedback(ok, "Attributed, neutral, and every fact kept." if ok else "Almost: see below.",
                    tuple(points))


# ------------------------------------------------------------------ lesson 5: your own comparison

def check_article_text(my_article: str) -> Feedback:
    """Check an article pasted into the notebook: front matter with a title and an outlet (no placeholder
    left) and a body of at least 80 words."""
    from ..corpus import load_corpus

    if _no_text(my_article):
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
    from ..corpus import load_corpus

    if _blank(str(folder or "")) or not Path(folder).is_dir():
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
    from .agreement import words

    units, size = [w.lower() for w in words(sentence)], max(1, len(words(phrase)))
    return _close(_norm(phrase), [" ".join(units[i:i + size]) for i in range(len(units) - size + 1)])


def check_annotation(my_marks: Mapping, sentences: Mapping[str, str]) -> Feedback:
    """Check an annotation ``{sentence key: [marked phrases]}``: every sentence present (an empty list means
    nothing loaded), every phrase copied from its sentence, something marked somewhere."""
    from .agreement import mark_words

    marks = {k: _texts(v) for k, v in _by_text_key(my_marks).items()}
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
    from .agreement import cohen_kappa, observed_and_chance

    if _blank(my_kappa) or isinstance(my_kappa, bool) or not isinstance(my_kappa, (int, float)):
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
