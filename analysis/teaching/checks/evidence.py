"""Checks for lesson 3 (scoring sentences, a sentence that fools VADER, VADER's negation rule) and lesson 4
(hedges and boosters, unnamed sources, who is behind each source, a neutral attribution). Each returns a
:class:`~analysis.teaching.checks.feedback.Feedback` and never raises for an odd answer.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from analysis.teaching.checks.feedback import (Feedback, blank, by_text_key, did_you_mean, facts_missing, measure, no_text, norm, overlaps,
                       texts)

READINGS = ("negative", "neutral", "positive")
KINDS = ("hedge", "booster", "neither")


# ------------------------------------------------------------------ lesson 3: sentiment

def check_my_scores(my_scores: Mapping, sentences: Mapping) -> Feedback:
    """Check that every sentence has the student's score, a number from -1 (very negative) to 1."""
    if not isinstance(my_scores, Mapping):
        return Feedback(False, "Write your scores as {sentence number: score}.")
    scores, points = by_text_key(my_scores), []
    for key in sentences:
        value = scores.get(str(key))
        if blank(value):
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
    from analysis.teaching.tool.explain import vader_sum

    if no_text(my_sentence):
        return Feedback(False, "Write a sentence between the quotes.")
    reading = norm(my_reading)
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
    from analysis.pipeline import Config, analyzer_for
    from analysis.text import Document

    lexicons = analyzer_for(Config()).lexicons
    doc = Document(word)
    if lexicons["hedges"].find(doc):
        return "hedge"
    if lexicons["boosters"].find(doc):
        return "booster"
    return "neither"


def check_hedges_boosters(my_labels: Mapping[str, str]) -> Feedback:
    """Check each word's label (hedge, booster or neither) against the project's hedges and boosters lists."""
    if not isinstance(my_labels, Mapping) or blank(my_labels):
        return Feedback(False, "Label every word: hedge, booster or neither.")
    points, right = [], 0
    for word, given in my_labels.items():
        label, truth = norm(given).rstrip("s"), word_kind(str(word))
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
    matches = measure(paragraph)
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
    sources = texts(my_sources)
    if not sources:
        return Feedback(False, 'List who is cited without a name, each in quotes: ["officials", ...].')
    tool = anonymous_sources(paragraph)
    found = [t for t in tool if any(overlaps(s, t) for s in sources)]
    absent = [s for s in sources if norm(s) not in norm(paragraph)]
    points = [f"The tool agrees: {', '.join(map(repr, found))}."] if found else []
    for s in sources:
        if s in absent:
            points.append(f"{s!r} does not occur in the paragraph; copy the words as written.")
        elif not any(overlaps(s, t) for t in tool):
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
    if no_text(my_sentence):
        return Feedback(False, "Copy the sentence printed above, paste it between the triple quotes and "
                               "edit it.")
    if norm(my_sentence) == norm(original):
        return Feedback(False, "This is still the original sentence.")
    matches, points = measure(my_sentence), []
    missing = facts_missing(my_sentence, facts)
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




def check_negation(my_value, word: str = "good") -> Feedback:
    """Check a student's prediction of the value VADER gives ``word`` after "not" (its list value times
    VADER's negation constant -0.74), to within 0.01; a wrong value that is a likely slip gets its name."""
    from vaderSentiment import vaderSentiment as v

    from analysis.measures.sentiment import vader

    if blank(my_value) or isinstance(my_value, bool) or not isinstance(my_value, (int, float)):
        return Feedback(False, "Write your prediction as a number, or as the calculation (1.9 * ...).")
    value = vader().lexicon.get(word, 0.0)
    expected = value * v.N_SCALAR
    if abs(my_value - expected) <= 0.01:
        return Feedback(True, f"Right: {value} x {v.N_SCALAR} = {expected:.3f}. 'not {word}' is less negative "
                              f"than '{word}' is positive: VADER does not simply flip the sign.")
    if abs(my_value - value) <= 0.01:
        hint = f"That is the value of '{word}' alone; the rule changes it when 'not' comes before it."
    elif abs(my_value + value) <= 0.01:
        hint = f"VADER does not just flip the sign: it multiplies by {v.N_SCALAR} (see the rules table)."
    else:
        hint = f"Take the list value of '{word}' from the table and multiply it by the negation constant."
    return Feedback(False, f"{my_value} is not what VADER gives.", (hint,))


#: Ways to check a source that a student's answer may name (lateral reading: leave the article to check it).
CHECK_WAYS = ("search", "look up", "google", "website", "original", "document", "report", "record", "other",
              "another", "compare", "contact", "ask", "call", "email", "archive", "statement", "press release",
              "wikipedia", "official", "database", "find", "read", "check")
UNNAMED = ("unnamed", "anonymous", "unknown", "not named", "no name", "don't know", "do not know", "not said",
           "not say", "unclear", "not clear", "we can't", "we cannot", "can't tell", "cannot tell")


def _kinds(sources) -> dict[str, str]:
    """``{source phrase: kind}`` from the source table (or from a plain list of phrases, kind unknown)."""
    if hasattr(sources, "columns") and {"source", "kind"} <= set(sources.columns):
        return dict(zip(sources["source"].astype(str), sources["kind"].astype(str)))
    return {str(s): "" for s in sources}


def check_source_questions(my_notes: Mapping, sources) -> Feedback:
    """Check a student's notes on sources of an article, ``{source: {"who": ..., "check": ...}}``: at least
    three sources of ``sources`` (the source table of :func:`~analysis.teaching.helpers.measured.source_table`), each
    with who is behind the information and a way to check it outside the article. A source the article does
    not name gets a reminder to say so."""
    kinds = _kinds(sources)
    notes = by_text_key(my_notes)
    if not notes or blank(notes):
        return Feedback(False, 'For three sources of the table, write who is behind the information and how '
                               'you would check it: {"local media": {"who": "...", "check": "..."}}.')
    points, done = [], 0
    for source, note in notes.items():
        match = next((k for k in kinds if overlaps(source, k)), None)
        note = by_text_key(note)
        if match is None:
            points.append(f"{source!r} is not a source in the table; copy it from the 'source' column."
                          + did_you_mean(source, list(kinds)))
        elif no_text(note.get("who")) or no_text(note.get("check")):
            points.append(f"{source!r}: write both who is behind it ('who') and how you would check ('check').")
        elif not any(w in norm(note["check"]) for w in CHECK_WAYS):
            points.append(f"{source!r}: say what you would do to check, outside the article: search for the "
                          "source, find the original document or statement, see what other outlets report.")
        else:
            done += 1
            if kinds[match] == "anonymous" and not any(w in norm(note["who"]) for w in UNNAMED):
                points.append(f"{source!r} is not named in the article: say so in 'who', and who it could be.")
    need = min(3, len(kinds))
    ok = done >= need and done == len(notes)
    return Feedback(ok, f"{done} source(s) with who is behind them and a way to check." if ok else
                    f"{done} of at least {need} sources done.", tuple(points))
