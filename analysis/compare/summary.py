"""The comparison in words: a table of every measure per group and a plain-language summary with intervals.

Everything here is written from the numbers of the other modules; nothing is computed again.
"""
from __future__ import annotations

import html
import math
import re

import pandas as pd

from .groups import whole
from .rates import REST_LABEL

#: The measures the plain-language summary talks about, in order (the table shows all of them).
HEADLINE = ("loaded_per_1000", "hedges_per_1000", "boosters_per_1000", "anonymous_sources_per_1000",
            "loaded_reporting_verbs_per_1000", "vader_compound_mean")
#: How the summary names a measure at the start of its sentence.
PHRASES = {
    "loaded_per_1000": "Loaded terms per 1,000 words",
    "hedges_per_1000": "Hedges per 1,000 words",
    "boosters_per_1000": "Boosters per 1,000 words",
    "anonymous_sources_per_1000": "Anonymous sources per 1,000 words",
    "loaded_reporting_verbs_per_1000": "Loaded reporting verbs per 1,000 words",
    "vader_compound_mean": "Mean VADER sentence score (-1 to 1)",
}
_TIMES = {1: "once", 2: "twice"}
#: Groups named one by one in a sentence; with more, only the highest and lowest are named.
MAX_LISTED = 4
ALPHA = 0.05


def number(value: float, unit: str) -> str:
    """A value as printed: one decimal for rates per 1,000 words, two for scores and indices."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    text = f"{value:.1f}" if "1,000" in unit else f"{value:.2f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text  # no "-0.0"


def amount(value: float, unit: str) -> str:
    """A difference with its unit: ``20.3 per 1,000 words``, ``0.29 points``."""
    return f"{number(value, unit)} per 1,000 words" if "1,000" in unit else f"{number(value, unit)} points"


def times(seen: str) -> str:
    """``'presence x2; deployment x1'`` (the tables' format) as ``"presence" twice and "deployment" once``."""
    items = []
    for part in filter(None, seen.split("; ")):
        word, _, count = part.rpartition(" x")
        n = int(count) if count.isdigit() else 0
        items.append(f"\"{md(word)}\" {_TIMES.get(n, f'{n} times')}")
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


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


def summary_table(estimates: pd.DataFrame, confidence: float = 0.95) -> pd.DataFrame:
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
    """User text (an outlet name, a word) made safe inside Markdown: HTML escaped, emphasis marks escaped."""
    return re.sub(r"([\\`*_\[\]#|])", r"\\\1", html.escape(str(text), quote=True))


def _caveat(groups: pd.DataFrame, by: str, descriptive_below: int) -> str:
    small = groups[groups["articles"] < descriptive_below]
    if small.empty:
        return ""
    sizes = ", ".join(f"{md(g)}: {n}" for g, n in zip(small["group"], small["articles"]))
    whom = "all groups" if len(small) == len(groups) else f"{len(small)} of {len(groups)} groups"
    return (f"**Small samples.** In {whom} there are fewer than {descriptive_below} articles ({sizes}). "
            f"Their figures describe these texts, not {md(whole(by))} in general; their intervals come from "
            "resampling sentences within each article and show only how much a figure depends on which "
            "sentences the text contains.")


def _values_sentence(rows: pd.DataFrame, confidence: float) -> str:
    rows = rows.sort_values("value", ascending=False, kind="stable")
    unit = rows["unit"].iloc[0]
    if len(rows) > MAX_LISTED:
        rows = pd.concat([rows.head(1), rows.tail(1)])
    parts = [f"{md(r.group)} {number(r.value, unit)} ({interval(r.low, r.high, unit)})"
             for r in rows.itertuples()]
    return f"{PHRASES[rows['measure'].iloc[0]]} ({confidence:.0%} intervals): " + "; ".join(parts) + "."


def _difference_sentence(diffs: pd.DataFrame, confidence: float) -> str:
    pairs = diffs[diffs["comparison"] == "pair"].dropna(subset=["difference"])
    if pairs.empty:
        return ""
    r = pairs.loc[pairs["difference"].abs().idxmax()]
    if r["difference"] == 0:
        return "No two groups differ on it."
    sign = 1 if r["difference"] > 0 else -1
    hi, lo = (r["group_a"], r["group_b"])[::sign]
    low, high = sorted([sign * r["low"], sign * r["high"]])
    unit = r["unit"]
    includes_zero = ", which includes no difference" if low <= 0 <= high else ""
    verdict = ("more than random relabelling of the units usually gives" if r["p_value"] < ALPHA else
               "within what random relabelling of the units gives")
    holm = ("" if math.isnan(r["p_holm"]) else
            f"; {p_text(r['p_holm'])} after adjusting for the measures compared")
    return (f"The largest gap is {md(hi)} over {md(lo)}: {amount(abs(r['difference']), unit)} "
            f"({confidence:.0%} interval {interval(low, high, unit)}{includes_zero}), {verdict} "
            f"(permutation test of {r['test_unit']}, {p_text(r['p_value'])}{holm}).")


def _substitution_sentences(pairs: pd.DataFrame, limit: int = 3) -> list[str]:
    if pairs is None or pairs.empty:
        return []
    out = []
    for term, rows in pairs.groupby("term", sort=False):
        loaders = rows[rows["loaded"] > 0]
        neutrals = rows[(rows["neutral_count"] > 0) & (rows["loaded"] == 0)]
        if loaders.empty or neutrals.empty:
            continue
        a, b = loaders.iloc[0], neutrals.iloc[0]
        out.append(f"Where {md(a['group'])} writes {times(a['loaded_seen'])}, {md(b['group'])} writes "
                   f"{times(b['neutral_seen'])} and never \"{md(term)}\".")
        if len(out) == limit:
            break
    return out


def _words_sentences(words: pd.DataFrame, per_side: int = 3) -> list[str]:
    if words is None or words.empty:
        return []
    kind = "group vs rest" if (words["comparison"] == "group vs rest").any() else "pair"
    out = []
    for (a, b), rows in words[words["comparison"] == kind].groupby(["group_a", "group_b"], sort=False):
        top = rows[rows["favours"] == a].head(per_side)
        if top.empty:
            continue
        listed = ", ".join(f"\"{md(t)}\" (z {z:.1f})" for t, z in zip(top["term"], top["z"]))
        against = "the other groups" if b == REST_LABEL else md(b)
        clear = (rows["z"].abs() > 1.96).any()
        note = "" if clear else "; none reaches |z| > 1.96, so these are leanings, not clear differences"
        out.append(f"Words that most set {md(a)} apart from {against}: {listed}{note}.")
    return out


def plain_summary(groups: pd.DataFrame, estimates: pd.DataFrame, differences: pd.DataFrame, by: str,
                  descriptive_below: int, confidence: float = 0.95, substitutions: pd.DataFrame | None = None,
                  words: pd.DataFrame | None = None) -> str:
    """A short Markdown summary written from the numbers: the small-sample caveat first, then each headline
    measure with every group's value and interval and the largest gap with its permutation p-value, then
    substitution pairs and distinguishing words."""
    if estimates.empty:
        return "There are no articles to compare."
    lines = []
    caveat = _caveat(groups, by, descriptive_below)
    if caveat:
        lines.append(caveat)
    if len(groups) < 2:
        lines.append(f"All articles fall in one group by {md(by)}, so there is nothing to compare; "
                     "the values are shown for reference.")
    for measure in HEADLINE:
        rows = estimates[estimates["measure"] == measure]
        if rows.empty:
            continue
        sentence = _values_sentence(rows, confidence)
        gap = (_difference_sentence(differences[differences["measure"] == measure], confidence)
               if len(groups) > 1 else "")
        lines.append(f"{sentence} {gap}".strip())
    lines += _substitution_sentences(substitutions)
    lines += _words_sentences(words)
    return "\n".join(f"- {line}" for line in lines)


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
        "p (Holm)": [p_text(p) for p in rows["p_holm"]], "units relabelled": rows["test_unit"],
    }).reset_index(drop=True)
