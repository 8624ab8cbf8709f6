"""The comparison in words: a table of every measure per group and a plain-language summary with intervals.

Everything here is written from the numbers of the other modules; nothing is computed again.
"""
from __future__ import annotations

import html
import math
import re

import pandas as pd

from ..display.labels import clean
from .groups import CONFIDENCE, whole
from .rates import REST_LABEL
from .words import Z_CLEAR

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
#: How a finding names a measure ("A has more <name> than B").
NAMES = {
    "loaded_per_1000": "loaded terms in its own voice",
    "hedges_per_1000": "hedges", "boosters_per_1000": "boosters",
    "anonymous_sources_per_1000": "anonymous sources", "loaded_reporting_verbs_per_1000": "loaded reporting verbs",
    "vader_compound_mean": "tone (mean VADER sentence score)",
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
    HTML-escaped (quotes stay quotes), and the Markdown marks backslash-escaped, ``~`` (strike-through) and
    ``:`` (so a bare URL never becomes a live link) included."""
    return re.sub(r"([\\`*_\[\]#|~:])", r"\\\1", html.escape(clean(text), quote=False))


#: Said once under the findings table: what "adjusted" means.
ADJUSTED_NOTE = ("**Adjusted p** allows for comparing many measures at once: with a dozen measures, one small "
                 "p-value in twenty turns up by luck alone, so each p-value is raised (Holm's method) until "
                 "the chance of even one false alarm among the measures of a comparison is at most 5%. A "
                 "finding counts as clear when its interval leaves out zero and its adjusted p is below 0.05.")
FINDING_COLUMNS = ["finding", "measure", "groups", "values", "difference (interval)", "p", "adjusted p",
                   "how tested"]


def _caveat(groups: pd.DataFrame, by: str, descriptive_below: int) -> str:
    small = groups[groups["articles"] < descriptive_below]
    if small.empty:
        return ""
    sizes = ", ".join(f"{md(g)}: {n}" for g, n in zip(small["group"], small["articles"]))
    whom = "all groups" if len(small) == len(groups) else f"{len(small)} of {len(groups)} groups"
    return (f"**Small samples.** In {whom} there are fewer than {descriptive_below} articles ({sizes}): "
            f"the figures describe these texts, not {md(whole(by))} in general.")


def _clear(r) -> bool:
    return bool(r["low"] > 0 or r["high"] < 0) and not math.isnan(r["p_holm"]) and r["p_holm"] < ALPHA


def _measure_finding(diffs: pd.DataFrame, within: bool) -> dict | None:
    """The largest gap between two groups on one measure, as one sentence and its figures."""
    pairs = diffs[diffs["comparison"] == "pair"].dropna(subset=["difference"])
    if pairs.empty:
        return None
    r = pairs.loc[pairs["difference"].abs().idxmax()]
    sign = 1 if r["difference"] >= 0 else -1
    hi, lo = (r["group_a"], r["group_b"])[::sign]
    v_hi, v_lo = (r["value_a"], r["value_b"])[::sign]
    low, high = sorted([sign * r["low"], sign * r["high"]])
    unit = r["unit"]
    where = "In the same stories, " if within else ""
    name = NAMES.get(r["measure"], r["label"].lower())
    more = "reads more positive" if r["measure"] == "vader_compound_mean" else f"has more {name}"
    if r["difference"] == 0:
        sentence = f"{where}no two groups differ in {name}."
    elif _clear(r):
        sentence = f"{where}{md(hi)} clearly {more} than {md(lo)}."
    else:
        sentence = f"{where}{md(hi)} {more} than {md(lo)}, but the data cannot tell the two apart."
    return {"finding": sentence[0].upper() + sentence[1:], "measure": r["label"], "groups": f"{hi} - {lo}",
            "values": f"{number(v_hi, unit)} / {number(v_lo, unit)} ({unit})",
            "difference (interval)": f"{number(abs(r['difference']), unit)} ({interval(low, high, unit)})",
            "p": p_text(r["p_value"]), "adjusted p": p_text(r["p_holm"]), "how tested": r["test_unit"]}


def _substitution_findings(pairs: pd.DataFrame, limit: int = 3) -> list[dict]:
    """One sentence per loaded term that one group uses and another replaces with an alternative, in the
    same story and with shared words around both."""
    if pairs is None or pairs.empty:
        return []
    out = []
    for (story, term), rows in pairs[pairs["comparable"]].groupby(["story", "term"], sort=False):
        loaders = rows[rows["loaded"] > 0]
        neutrals = rows[(rows["neutral_count"] > 0) & (rows["loaded"] == 0)]
        if loaders.empty or neutrals.empty:
            continue
        a, b = loaders.iloc[0], neutrals.iloc[0]
        place = "" if story.startswith("(") else f"In the story {md(story)}, "
        text = (f"{place}where {md(a['group'])} writes {times(a['loaded_seen'])}, {md(b['group'])} writes "
                f"{times(b['neutral_seen'])} (both near: {md(a['shared_context'])}).")
        out.append({"finding": text[0].upper() + text[1:], "measure": "substitution pair",
                    "groups": f"{a['group']} - {b['group']}",
                    "values": f"{a['loaded']} : {a['neutral_count']} / {b['loaded']} : {b['neutral_count']}"})
        if len(out) == limit:
            break
    return out


def _shared_finding(shared: pd.DataFrame, limit: int = 4) -> list[dict]:
    if shared is None or shared.empty:
        return []
    terms = shared.sort_values("matches", ascending=False).head(limit)
    listed = ", ".join(f"\"{md(t)}\"" for t in terms["term"])
    return [{"finding": f"Every group covering a story uses {listed} there: the stories' shared vocabulary, "
                        "counted apart from any one group's framing.", "measure": "shared vocabulary",
             "groups": "all", "values": "; ".join(f"{t}: {b}" for t, b in zip(terms["term"], terms["by_group"]))}]


def _words_findings(words: pd.DataFrame, per_side: int = 3) -> list[dict]:
    if words is None or words.empty:
        return []
    kind = "group vs rest" if (words["comparison"] == "group vs rest").any() else "pair"
    out = []
    for (a, b), rows in words[words["comparison"] == kind].groupby(["group_a", "group_b"], sort=False):
        top = rows[(rows["favours"] == a) & (rows["z"].abs() > Z_CLEAR)].head(per_side)
        if top.empty:
            continue
        listed = ", ".join(f"\"{md(t)}\"" for t in top["term"])
        against = "the other groups" if b == REST_LABEL else md(b)
        out.append({"finding": f"{md(a)} writes {listed} more than {against}.", "measure": "distinguishing words",
                    "groups": f"{a} - {b}", "values": ", ".join(f"{t} z {z:.1f}" for t, z in
                                                                 zip(top["term"], top["z"]))})
    if not out:
        out.append({"finding": "No word or two-word phrase sets one group clearly apart (none reaches |z| > 1.96) "
                               "once house style is removed.", "measure": "distinguishing words", "groups": "all",
                    "values": ""})
    return out


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
    """The figures behind each sentence of the summary, for the table under it (the sentence itself left
    out, numbered as the summary's findings)."""
    table = result.findings.drop(columns=["finding"]).copy()
    table.insert(0, "finding", range(1, len(table) + 1))
    return table


def findings(result) -> pd.DataFrame:
    """Every finding of the plain-language summary as a row: the sentence, and the figures behind it
    (values, the difference with its interval, the permutation and adjusted p-values, what was resampled).
    Columns: :data:`FINDING_COLUMNS`."""
    rows = []
    within = len(result.stories) > 0
    if len(result.groups) > 1:
        for measure in HEADLINE:
            found = _measure_finding(result.differences[result.differences["measure"] == measure], within)
            if found:
                rows.append(found)
    rows += _substitution_findings(result.substitutions)
    rows += _shared_finding(result.shared)
    rows += _words_findings(result.words)
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
    if len(result.groups) < 2:
        lines.append(f"All articles fall in one group by {md(result.by)}, so there is nothing to compare.")
    lines = [f"- {line}" for line in lines]
    lines += [f"{k}. {line}" for k, line in enumerate(result.findings["finding"], 1)]
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
        "p (Holm)": [p_text(p) for p in rows["p_holm"]], "units relabelled": rows["test_unit"],
    }).reset_index(drop=True)
