"""The front page's finding: for each group, the measures where it differs most from the others, in words.

:func:`findings` compares every group (the field the report grouped by: outlet by default) with all the other
articles taken together, on the measures of :data:`MEASURES`. A rate is pooled (all the group's matches over
all its words, per 1,000 words), a score is the mean of the group's articles. The size of a difference is the
gap divided by the spread of that measure across all articles (its standard deviation), so measures in
different units can be ranked; a group's findings are its :data:`PER_GROUP` largest gaps of at least
:data:`SMALLEST_GAP` standard deviations. These are descriptions of this corpus, not tests: page 04 says
which differences are larger than chance.

:func:`findings_html` writes them as one plain sentence each, with a link to the spans behind it (the
article browser showing the group's articles with only that measure marked) and to the page table.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from analysis.report.pages.evidence import BROWSER_PAGE
from analysis.display.labels import html_text
from analysis.compare.voice import NOT_THE_WRITERS

#: Findings listed per group, and the smallest gap (in standard deviations across articles) worth a line.
PER_GROUP = 3
SMALLEST_GAP = 0.3
#: Groups on the front page at most (those with the most words), and example words per category.
GROUPS_SHOWN = 12
EXAMPLES = 3


@dataclass(frozen=True)
class Measure:
    """One measure the front page compares: its column, ``rate`` (per 1,000 words, pooled) or ``score``
    (mean of articles), the plain words for more and for less of it, the measure whose marks are its
    evidence (``""``: none in the browser) and the page (number prefix) that explains it."""

    column: str
    kind: str
    more: str
    less: str
    marks: str
    page: str


MEASURES = (
    Measure("loaded_per_1000", "rate", "more loaded terms (words that judge instead of describe)",
            "fewer loaded terms", "loaded", "01"),
    Measure("boosters_per_1000", "rate", "more words of certainty (boosters such as “clearly”)",
            "fewer words of certainty", "boosters", "03"),
    Measure("hedges_per_1000", "rate", "more hedges (softening words such as “possible”)",
            "fewer hedges", "hedges", "03"),
    Measure("loaded_reporting_verbs_per_1000", "rate", "more loaded reporting verbs (“claimed”, “admitted”)",
            "fewer loaded reporting verbs", "reporting_verbs", "03"),
    Measure("anonymous_sources_per_1000", "rate", "more unnamed sources (“officials”, “local media”)",
            "fewer unnamed sources", "sources", "03"),
    Measure("scare_quotes_per_1000", "rate", "more scare quotes (short quotes held at a distance)",
            "fewer scare quotes", "quotes", "03"),
    Measure("vader_compound_mean", "score", "a more positive tone (VADER, -1 to +1)",
            "a more negative tone (VADER, -1 to +1)", "", "02"),
    Measure("textblob_subjectivity", "score", "more opinion words (TextBlob subjectivity, 0 to 1)",
            "fewer opinion words (TextBlob subjectivity, 0 to 1)", "", "02"),
)


@dataclass(frozen=True)
class Finding:
    """A group's value of a measure against all other articles', and the gap in standard deviations."""

    group: str
    measure: Measure
    value: float
    rest: float
    gap: float


def _value(part: pd.DataFrame, measure: Measure) -> float:
    if part.empty:
        return float("nan")
    values = pd.to_numeric(part[measure.column], errors="coerce").fillna(0.0)
    if measure.kind == "score":
        return float(values.mean())
    words = float(part["n_words"].sum())
    return 1000 * float((values * part["n_words"] / 1000).sum()) / words if words > 0 else 0.0


def groups_shown(articles: pd.DataFrame, groups: pd.Series, limit: int = GROUPS_SHOWN) -> list[str]:
    """The groups the front page describes: those with the most words, at most ``limit``."""
    words = articles.assign(_g=groups.values).groupby("_g", sort=False)["n_words"].sum()
    return [str(g) for g in words.sort_values(ascending=False, kind="stable").index[:limit]]


def findings(articles: pd.DataFrame, groups: pd.Series, limit: int = GROUPS_SHOWN) -> dict[str, list[Finding]]:
    """``{group: its largest differences from the other articles}`` for the groups of
    :func:`groups_shown`; empty when there is only one group."""
    labels = pd.Series(groups.values, index=articles.index).astype(str)
    if labels.nunique() < 2:
        return {}
    out = {}
    for group in groups_shown(articles, groups, limit):
        inside, rest = articles[labels == group], articles[labels != group]
        found = []
        for m in MEASURES:
            if m.column not in articles.columns:
                continue
            spread = float(pd.to_numeric(articles[m.column], errors="coerce").std(ddof=0) or 0.0)
            if spread <= 1e-12:
                continue
            value, other = _value(inside, m), _value(rest, m)
            gap = (value - other) / spread
            if abs(gap) >= SMALLEST_GAP:
                found.append(Finding(group, m, value, other, gap))
        out[group] = sorted(found, key=lambda f: -abs(f.gap))[:PER_GROUP]
    return out


def sentence(f: Finding, group_word: str) -> str:
    """One finding in plain words (escaped HTML), e.g. "more loaded terms ...: 26.3 per 1,000 words, against
    10.9 in the other outlets"."""
    what = f.measure.more if f.gap > 0 else f.measure.less
    others = f"the other {group_word}s" if not group_word.endswith("s") else f"the other {group_word}"
    if f.measure.kind == "rate":
        numbers = f"{f.value:.1f} per 1,000 words, against {f.rest:.1f} in {others}"
        if f.rest > 0 and f.gap > 0 and f.value / f.rest >= 1.5:
            numbers += f" ({f.value / f.rest:.1f} times as many)"
    else:
        numbers = f"{f.value:+.2f}, against {f.rest:+.2f} in {others}"
    return f"<strong>{html_text(what[0].upper() + what[1:])}</strong>: {html_text(numbers)}"


def evidence_links(f: Finding, pages: dict[str, str]) -> str:
    """Links to the spans behind a finding (the browser with the group's articles and only that measure's
    marks) and to the page that explains the measure."""
    links = []
    if f.measure.marks:
        href = f"{BROWSER_PAGE}#g={quote(f.group, safe='')}&m={f.measure.marks}"
        links.append(f'<a href="{html_text(href)}">see the words</a>')
    page = pages.get(f.measure.page)
    if page:
        links.append(f'<a href="{html_text(page)}">how it is measured</a>')
    return " · ".join(links)


def most_loaded(articles: pd.DataFrame, matches_of) -> str:
    """A sentence naming the most loaded article, its rate and the categories and words behind it
    (escaped HTML), with a link to the article in the browser; ``""`` when nothing was found.
    ``matches_of(article_id)`` gives the article's rows of the matches table."""
    if articles.empty or "loaded_per_1000" not in articles or float(articles["loaded_per_1000"].max()) <= 0:
        return ""
    top = articles.sort_values("loaded_per_1000", ascending=False, kind="stable").iloc[0]
    found = matches_of(top["article_id"])
    found = found[found["measure"] == "loaded"]
    if "voice" in found.columns:
        found = found[~found["voice"].isin(NOT_THE_WRITERS)] if len(found) else found
    parts = []
    for category, rows in sorted(found.groupby("category"), key=lambda kv: -len(kv[1]))[:2]:
        words = list(dict.fromkeys(rows["text"].astype(str).str.lower()))[:EXAMPLES]
        from analysis.display.labels import category_name

        parts.append(f"{category_name(category)} ({', '.join('“' + w + '”' for w in words)})")
    why = f"; mostly {' and '.join(parts)}" if parts else ""
    href = f"{BROWSER_PAGE}#a={quote(str(top['article_id']), safe='')}&m=loaded"
    name = top.get("title") or top["article_id"]
    outlet = f", from {top['outlet']}" if top.get("outlet") else ""
    return (f'<p class="lede">Most loaded: <a href="{html_text(href)}">{html_text(name)}</a>'
            f"{html_text(outlet)}: {top['loaded_per_1000']:.1f} loaded terms per 1,000 words"
            f"{html_text(why)}.</p>")


def findings_html(articles: pd.DataFrame, groups: pd.Series, group_by: str, pages: dict[str, str]) -> str:
    """The finding section: one block per group with its plain-words lines and evidence links, and a line
    saying how many of how many groups are described."""
    from analysis.display.labels import display_name

    word = display_name(group_by)
    found = findings(articles, groups)
    n_groups = int(pd.Series(groups.values).nunique())
    if not found:
        return (f"<p>All {len(articles):,} articles are in one {html_text(word)}, so there are no groups to "
                "compare; the pages below describe the articles one by one.</p>")
    blocks, alike = [], []
    for group, items in found.items():
        n = int((pd.Series(groups.values) == group).sum())
        if not items:
            alike.append(group)
            continue
        head = f"<h3>{html_text(group)} <small>({n:,} article{'s' if n != 1 else ''})</small></h3>"
        lines = "".join(f"<li>{sentence(f, word)} <small>{evidence_links(f, pages)}</small></li>"
                        for f in items)
        blocks.append(f"{head}<ul>{lines}</ul>")
    if alike:
        blocks.append(f"<p>Close to the others on every measure: {html_text(', '.join(alike))}.</p>")
    shown = (f"all {n_groups:,} {html_text(word)}s" if len(found) == n_groups else
             f"the {len(found)} {html_text(word)}s with the most words, of {n_groups:,}")
    return (f'<p class="note">Where each {html_text(word)} differs most from all the other articles '
            f"({shown}). Rates pool a group's words; a line appears when the gap is at least "
            f"{SMALLEST_GAP:g} standard deviations of that measure across articles. Descriptions of this corpus, "
            "not tests: the comparison page says which gaps are larger than chance.</p>"
            f'<div class="findings">{"".join(blocks)}</div>')
