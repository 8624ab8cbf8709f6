"""The comparison in words: a table of every measure per group and a plain-language summary with intervals.

Everything here is written from the numbers of the other modules; nothing is computed again.
"""
from __future__ import annotations

import html
import math
import re

import pandas as pd

from ..display.labels import clean
from ..measures.registry import compared
from .groups import CONFIDENCE, whole
from .wording import VOICE_WORDS, measure_name, per, quoted, sentence
from .wording import number as said

#: The measures the plain-language summary talks about, in order (the table shows all of them): those the
#: registry marks ``headline`` (:mod:`analysis.measures.registry`).
HEADLINE = tuple(c.key for c in compared() if c.headline)


def number(value: float, unit: str) -> str:
    """A value as printed: one decimal for rates per 1,000 words, two (with a sign on -1 to 1) for scores."""
    return said(value, unit)


def amount(value: float, unit: str) -> str:
    """A difference with its unit: ``20.3 per 1,000 words``, ``0.29 points``."""
    return f"{number(value, unit)} per 1,000 words" if "1,000" in unit else f"{number(value, unit)} points"


def interval(low: float, high: float, unit: str) -> str:
    """``12.9 to 40.5`` (or ``no interval``)."""
    if any(v is None or math.isnan(v) for v in (low, high)):
        return "no interval"
    return f"{number(low, unit)} to {number(high, unit)}"


def p_text(p: float) -> str:
    """A p-value as printed (``p = 0.020``, ``p < 0.001``)."""
    if p is None or math.isnan(p):
        return "no test (nothing to compare)"
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def summary_table(estimates: pd.DataFrame, confidence: float = CONFIDENCE) -> pd.DataFrame:
    """Every measure (rows) by group (columns); each cell ``value (low to high)``."""
    if estimates.empty:
        return pd.DataFrame()
    parts = zip(estimates["value"], estimates["low"], estimates["high"], estimates["unit"])
    cells = estimates.assign(cell=[f"{number(v, u)} ({interval(lo, hi, u)})" for v, lo, hi, u in parts])
    wide = cells.pivot_table(index=["family", "label", "unit"], columns="group", values="cell",
                             aggfunc="first", sort=False)
    wide.columns.name = None
    wide.index.names = ["family", "measure", "unit"]
    return wide.reset_index().rename(columns={"unit": f"unit (cells: value, {confidence:.0%} interval)"})


def md(text: str) -> str:
    """User text (an outlet name, a word) made safe inside Markdown, as every other page cleans text:
    bidirectional controls made visible (:func:`~analysis.display.labels.clean`), ``<``, ``>`` and ``&``
    HTML-escaped (quotes stay quotes), and the Markdown marks backslash-escaped, ``~`` (strike-through)
    included; the colon of ``://`` and the dot of ``www.`` are escaped too, so a bare URL never becomes a live
    link (other colons stay as written, so sentences read and compare as they are)."""
    marked = re.sub(r"([\\`*_\[\]#|~])", r"\\\1", html.escape(clean(text), quote=False))
    return re.sub(r"(?i):(?=//)|(?<=\bwww)\.", lambda m: "\\" + m.group(), marked)


#: Said once under the findings table: what the two p-values mean.
ADJUSTED_NOTE = ("**p after allowing for all measures**: with a dozen measures compared at once, one small "
                 "p-value in twenty turns up by luck alone, so each p-value is raised (Holm's method) until "
                 "the chance of even one false alarm among the measures of a comparison is at most 5%. A "
                 "difference counts as larger than chance when its interval leaves out zero and this p-value is "
                 "below 0.05.")
FINDING_COLUMNS = ["finding", "about", "whose words", "groups", "figures", "difference (95% interval)", "p",
                   "p after allowing for all measures", "how tested"]


def _caveat(groups: pd.DataFrame, by: str, descriptive_below: int) -> str:
    small = groups[groups["articles"] < descriptive_below]
    if small.empty:
        return ""
    sizes = ", ".join(f"{md(g)}: {n}" for g, n in zip(small["group"], small["articles"]))
    whom = "all groups" if len(small) == len(groups) else f"{len(small)} of {len(groups)} groups"
    return (f"**Small samples.** In {whom} there are fewer than {descriptive_below} articles ({sizes}): "
            f"the figures describe these texts, not {md(whole(by))} in general.")


def finding_row(f, k: int) -> dict:
    """The figures behind finding number ``k`` (a :class:`~analysis.compare.findings.Finding`), as one row of
    the findings table: the same numbers, printed the same way, as its sentence."""
    row = {"finding": k, "about": measure_name(f), "whose words": VOICE_WORDS.get(f.voice, f.voice),
           "groups": " - ".join(g for g in f.groups if g) or "all", "figures": "",
           "difference (95% interval)": "", "p": "", "p after allowing for all measures": "", "how tested": ""}
    if f.kind == "difference":
        low, high = f.interval
        row.update({"figures": f"{said(f.values[0], f.unit)} against {said(f.values[1], f.unit)} {per(f.unit)}",
                    "difference (95% interval)": f"{said(f.figure, f.unit).lstrip('+')} "
                                                 f"({said(low, f.unit)} to {said(high, f.unit)})",
                    "p": p_text(f.p), "p after allowing for all measures": p_text(f.p_adjusted),
                    "how tested": (f"mean of the differences within {f.stories} stories; " if f.stories else
                                   "articles pooled; ") + f.test})
    elif f.kind == "most_loaded":
        row["figures"] = f"{said(f.values[0], f.unit)} {per(f.unit)}: {quoted(f.words)}"
    elif f.kind == "substitution":
        row["figures"] = f"{quoted(f.words[:1])} against {quoted(f.words[1:])}"
    elif f.kind == "shared":
        row["figures"] = f"{quoted(f.words)}: " + ", ".join(f"{g} {n}" for g, n in zip(f.groups, f.counts))
    elif f.kind == "words":
        row["figures"] = "; ".join(f"“{w}” {said(x, '1,000')} against {said(y, '1,000')} per 1,000 words"
                                   for w, (x, y) in zip(f.words, f.rates))
    return row


def filters_note(result) -> str:
    """Markdown stating what was removed before words were scored, and how many words of each kind."""
    from .housestyle import FILTERS

    counts = ", ".join(f"{kind} {n}" for kind, n in sorted(result.house_style.items()) if n) or "none found"
    where = ("within each story that both sides cover (a word the whole coverage of a story uses is its topic, "
             "not a choice)" if len(result.stories) else "over all articles (there are no shared stories)")
    voice = "in the writer's own voice (quotations left out)" if result.voice_given else (
        "over every word (the engine did not mark quotations)")
    return ("Words are counted " + voice + ", scored " + where + ". Removed first, as house style: "
            + "; ".join(FILTERS) + f" (words removed: {counts}). A two-word phrase never crosses a sentence, "
            "a punctuation mark, a possessive or a longer name.")


def findings_table(result) -> pd.DataFrame:
    """The figures behind each numbered sentence of the summary (the sentence itself left out): the same
    findings, so the numbers are the sentences' own. Columns: :data:`FINDING_COLUMNS`."""
    return result.findings.copy()


def findings(result) -> pd.DataFrame:
    """Every finding of the plain-language summary as a row of figures (:func:`finding_row`)."""
    rows = [finding_row(f, k) for k, f in enumerate(result.finding_list, 1)]
    return pd.DataFrame(rows, columns=FINDING_COLUMNS).fillna("")


def _scope(result) -> str:
    n_stories = result.stories.nunique() if len(result.stories) else 0
    voice = ("Loaded terms, hedges, boosters and sources count the writer's own voice; quotations and "
             "reported speech are counted apart." if result.voice_given else
             "The engine did not mark who is speaking, so every match counts as the writer's own voice, "
             "quotations included.")
    if n_stories:
        return (f"**Same stories.** {n_stories} stor{'y is' if n_stories == 1 else 'ies are'} covered by more "
                f"than one group; every difference below is measured inside these stories ({result.design}). "
                + voice)
    return ("**No shared stories.** The articles do not report the same stories, so a difference below may come "
            "from what they are about (topic), not from how they tell it (framing). " + voice)


def plain_summary(result) -> str:
    """A short Markdown summary written from the findings: what was compared (same stories or not, whose
    voice), the small-sample caveat, then one sentence per finding. The figures behind each sentence are
    in ``result.findings``; nothing is computed here."""
    if result.estimates.empty:
        return "There are no articles to compare."
    lines = [_scope(result)]
    caveat = _caveat(result.groups, result.by, result.options.descriptive_below)
    if caveat:
        lines.append(caveat)
    if getattr(result, "empty_reason", ""):
        lines.append(md(result.empty_reason))
    lines = [f"- {line}" for line in lines]
    from ..display.labels import display_name

    word = display_name(result.by)
    lines += [f"{k}. {md(sentence(f, word))}" for k, f in enumerate(result.finding_list, 1)]
    return "\n".join(lines)


def differences_table(differences: pd.DataFrame, measures: tuple[str, ...] | None = HEADLINE,
                      kind: str | None = None) -> pd.DataFrame:
    """The differences as a reader's table: one row per comparison and measure (only ``measures``, all when
    None; only comparisons of ``kind`` 'pair' or 'group vs rest', all when None) with ``A - B`` and its
    interval as text, both p-values and what the permutation test relabelled."""
    rows = differences
    if measures is not None:
        rows = rows[rows["measure"].isin(measures)]
    if kind is not None:
        rows = rows[rows["comparison"] == kind]
    order = {m: i for i, m in enumerate(dict.fromkeys(rows["measure"]))}
    rows = rows.assign(rank=rows["measure"].map(order)).sort_values(["rank", "comparison"], kind="stable",
                                                                      ascending=[True, False])
    return pd.DataFrame({
        "measure": rows["label"], "group A": rows["group_a"], "group B": rows["group_b"],
        "A": [number(v, u) for v, u in zip(rows["value_a"], rows["unit"])],
        "B": [number(v, u) for v, u in zip(rows["value_b"], rows["unit"])],
        "A - B (interval)": [f"{number(d, u)} ({interval(lo, hi, u)})" for d, lo, hi, u in
                             zip(rows["difference"], rows["low"], rows["high"], rows["unit"])],
        "unit": rows["unit"], "p (permutation)": [p_text(p) for p in rows["p_value"]],
        "p after allowing for all measures": [p_text(p) for p in rows["p_holm"]], "units relabelled": rows["test_unit"],
    }).reset_index(drop=True)
