"""Findings in plain words: one sentence per :class:`~analysis.compare.findings.Finding`.

The sentences are plain text (the page escapes them): no z-scores, no ratio notation, no unexplained
"adjusted"; every figure with its unit; the words said to be "more" or "fewer" always those of the group with
the higher figure; a quoted word is always a word as written in the cited articles. Each sentence says whose
words it counts. :mod:`.audit` checks all of this against the texts and the tables.
"""
from __future__ import annotations

import math

from .findings import Finding

#: How a sentence names whose words a figure counts.
VOICE_WORDS = {
    "writer": "counting the writer's own words only (quotations and reported speech left out)",
    "all": "counting every sentence of the body, quotations included",
    "wording": "in the writer's own wording (quotations left out)",
    "unmarked": "counting every word as the writer's (the analysis did not mark quotations)",
}
#: Longest evidence sentence quoted, in characters (longer ones are cut at a word and end with "…").
EVIDENCE_CHARS = 220


def number(value: float, unit: str) -> str:
    """A value as printed: one decimal for rates per 1,000 words, two with a sign for scores on -1 to 1,
    two for other indices; ``n/a`` for a missing value. Never ``-0.0``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if "1,000" in unit:
        text = f"{value:.1f}"
    elif "-1 to 1" in unit:
        text = f"{value:+.2f}"
    else:
        text = f"{value:.2f}"
    return text.replace("-", "", 1) if text.lstrip("+-").strip("0.") == "" else text


def per(unit: str) -> str:
    """The unit as it follows a figure in a sentence."""
    if "1,000" in unit:
        return "per 1,000 words"
    if "-1 to 1" in unit:
        return "on a scale from -1 (negative) to +1 (positive)"
    if "0 to 1" in unit:
        return "on a scale from 0 (facts) to 1 (opinion)"
    return f"({unit})" if unit else ""


def plural(word: str) -> str:
    """``outlet`` -> ``outlets`` (``outlets`` stays)."""
    return word if word.endswith("s") else word + "s"


def quoted(words, conjunction: str = "and") -> str:
    """``“a”, “b” and “c”`` (or another ``conjunction``)."""
    items = [f"“{w}”" for w in words]
    return f" {conjunction} ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def _cut(sentence: str) -> str:
    if len(sentence) <= EVIDENCE_CHARS:
        return f"“{sentence}”"
    return f"“{sentence[:EVIDENCE_CHARS].rsplit(' ', 1)[0]}”…"


def _verdict(f: Finding) -> str:
    low, high = f.interval
    interval = f"95% interval {number(low, f.unit)} to {number(high, f.unit)}"
    if f.clear:
        return (f"{interval}: a gap larger than chance, even allowing for the several measures tested at "
                "once")
    if low > 0 or high < 0:
        return (f"{interval}; allowing for the several measures tested at once, the data cannot tell the two "
                "apart")
    return f"{interval}: the data cannot tell the two apart"


def _difference(f: Finding) -> str:
    spec = f.spec()
    hi, lo = f.groups
    v_hi, v_lo = f.values
    noun = spec.noun if spec else f.measure
    more = spec.more if spec else "more"
    rate = "1,000" in f.unit
    step = "per 1,000 words" if rate else "points"
    voice = VOICE_WORDS.get(f.voice, "")
    same = " in the same stories" if f.stories else ""
    figures = f"{number(v_hi, f.unit)} against {number(v_lo, f.unit)} {per(f.unit)}"
    examples = f" (words {hi} wrote: {quoted(f.words)})" if f.words else ""
    agree = math.isnan(v_hi) or math.isnan(v_lo) or v_hi >= v_lo
    if rate:
        head = f"{hi} wrote {more} {noun} than {lo}{same}"
        said = f"{head}: {figures}, {voice}{examples}." if agree else \
            f"{head} on average, {voice}{examples}, although over all their words pooled the figures are {figures}."
    else:
        head = f"{hi} {more} than {lo}{same} ({noun}; {voice})"
        said = f"{head}: a mean of {figures}." if agree else \
            f"{head} on average, although over all their sentences pooled the means are {figures}."
    size = number(f.figure, f.unit).lstrip("+")
    what = "rate" if rate else "mean"
    if not f.stories:
        apart = (" The two cover no story in common, so the gap may come from what they report, not how they "
                 "tell it." if f.test.startswith("no story in common") else "")
        return f"{said} The difference is {size} {step} ({_verdict(f)}).{apart}"
    stories = f"{f.stories} stor{'y' if f.stories == 1 else 'ies'}"
    return (f"{said} Story by story, over the {stories} both cover, the {what} of {hi} is on average {size} "
            f"{step} higher than that of {lo} on the same story ({_verdict(f)}).")


def _substitution(f: Finding) -> str:
    a, b = f.groups
    w_a, w_b = f.words
    story = f" in the story {f.story}" if f.story else ""
    s_a, s_b = f.evidence
    return (f"{a} wrote “{w_a}” where {b} wrote “{w_b}” about the same thing{story}, "
            f"{VOICE_WORDS['wording']}. {a}: {_cut(s_a)} {b}: {_cut(s_b)}")


def _shared(f: Finding, group_word: str) -> str:
    counts = ", ".join(f"{g} {n}" for g, n in zip(f.groups, f.counts))
    words = quoted(f.words, "or")
    return (f"In the story {f.story}, every {group_word} covering it wrote {words} (uses: {counts}; "
            f"every voice): words of the story itself, counted apart from any one {group_word}'s framing.")


def _words(f: Finding, group_word: str) -> str:
    a, b = f.groups
    against = b or f"the other {plural(group_word)}"
    each = "; ".join(f"“{w}” {number(x, '1,000')} against {number(y, '1,000')}" for w, (x, y) in
                     zip(f.words, f.rates))
    voice = "its own words (quotations left out)" if f.voice == "writer" else "its words (every voice)"
    return (f"{a} uses {quoted(f.words)} more often than {against}, in {voice}: {each} per 1,000 words. "
            "House style (names of the outlet, bylines, honorifics and titles of office) is left out.")


def sentence(f: Finding, group_word: str = "outlet") -> str:
    """The finding ``f`` as one or two plain sentences (not escaped). ``group_word`` names a group
    (``outlet``, ``label``...)."""
    if f.kind == "difference":
        return _difference(f)
    if f.kind == "substitution":
        return _substitution(f)
    if f.kind == "shared":
        return _shared(f, group_word)
    if f.kind == "words":
        return _words(f, group_word)
    if f.kind == "no_words":
        return (f"No word or two-word phrase sets one {group_word} clearly apart from the others, once house "
                "style (names of the outlet, bylines, titles) is left out.")
    if f.kind == "most_loaded":
        return _most_loaded(f)
    return ""


def _most_loaded(f: Finding) -> str:
    (title,), (rate,) = f.groups[:1], f.values[:1]
    outlet = f", from {f.groups[1]}" if len(f.groups) > 1 and f.groups[1] else ""
    words = f", such as {quoted(f.words)}" if f.words else ""
    which = "strong loaded terms" if f.measure == "strong_per_1000" else "loaded terms"
    return (f"The article with the most {which} is {title}{outlet}: {number(rate, f.unit)} "
            f"per 1,000 words in the writer's own voice{words}.")


def measure_name(f: Finding) -> str:
    """What a finding is about, for a table's ``measure`` column."""
    spec = f.spec()
    if spec is not None:
        return spec.label
    return {"substitution": "same thing, other word", "shared": "a story's shared vocabulary",
            "words": "words one group uses more", "no_words": "words one group uses more",
            "most_loaded": "loaded terms"}.get(f.kind, f.kind)
