"""What changed since the last run of a scheduled report: rates now against then, new and surging terms,
new sources.

A run is summarised as a **snapshot** (:func:`snapshot`): for each group (outlet by default) and each measure of
:data:`MEASURES`, the pooled value over all the run's articles and over the articles that are new in this run,
each with its standard error; and the counts of the loaded terms, anonymous-source patterns and named sources
each group used. A snapshot is small (it grows with the lexicon and the groups, not with the articles) and is
kept in the run's ``changes.json``, so the next run compares with it without reading the old tables.

:func:`compare` sets this run's **new** articles (those not in the previous run; all of them when the two share
none) against **all** of the previous run's articles, group by group:

* a rate is pooled (a group's matches over its words, per 1,000 words) with a 95% interval from the
  article-level (cluster) error of a ratio, ``sqrt(n/(n-1) * sum((c_i - R w_i)^2)) / sum(w)``, so one article
  full of a word counts as one article, not as many independent words; a score (VADER tone) is a mean of
  articles with the usual ``sd / sqrt(n)``.
* whether a change is larger than the noise is decided by a permutation test between articles
  (:mod:`analysis.compare.shift`), widened by the week-to-week variation beyond sampling that the earlier runs
  of the series show (from :data:`SERIES_MIN` of them on).
* a change is **flagged** when its p-value is below :data:`FAMILY_ALPHA` divided by the number of groups and
  measures compared in the run (Bonferroni), so that in a week where nothing changed a run flags anything at
  all with probability at most about 2%, and both sides have at least :data:`MIN_ARTICLES` articles.
  ``bench/weekly.py`` measures both error rates.

Terms (loaded terms and anonymous-source patterns) are listed when a group uses one in its new articles that it
did not use in the previous run at all (at least :data:`MIN_TERM_COUNT` times), or uses it at least
:data:`SURGE_RATIO` times as often per word and a binomial test says the rise is unlikely by chance
(p < :data:`TERM_P`). Each comes with up to :data:`CONTEXTS` passages where it occurs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

#: Share of runs in which nothing changed that may flag anything at all (shared among all tests of a run).
FAMILY_ALPHA = 0.02
#: Fewest articles a group needs on each side before a change of its rates can be flagged.
MIN_ARTICLES = 3
#: Earlier runs a group needs before its week-to-week spread is used as noise.
SERIES_MIN = 3
#: A term is new when used at least this often in the new articles and never in the previous run.
MIN_TERM_COUNT = 2
#: A term surges when its rate per word rises at least this many times with a binomial p below TERM_P.
SURGE_RATIO = 3.0
TERM_P = 0.01
#: Passages shown per term, characters of context each side, terms listed per group.
CONTEXTS = 2
CONTEXT_CHARS = 70
TERMS_PER_GROUP = 5
#: Named sources kept per snapshot (the most cited), so a snapshot stays small on any corpus.
NAMED_KEPT = 2000


@dataclass(frozen=True)
class Measure:
    """A measure compared between runs: its column of the articles table, ``rate`` (per 1,000 of the
    ``words`` column, pooled) or ``score`` (mean of articles), a plain name and its unit."""

    column: str
    kind: str
    name: str
    words: str = "n_words"
    unit: str = "per 1,000 words"


MEASURES = (
    Measure("writer_loaded_per_1000", "rate", "loaded terms in the writer's own words", "writer_words",
            "per 1,000 of the writer's words"),
    Measure("hedges_per_1000", "rate", "hedges (softening words)"),
    Measure("boosters_per_1000", "rate", "words of certainty"),
    Measure("anonymous_sources_per_1000", "rate", "unnamed sources"),
    Measure("loaded_reporting_verbs_per_1000", "rate", "loaded reporting verbs"),
    Measure("vader_compound_mean", "score", "tone (VADER)", unit="mean of the articles, -1 to +1"),
)
BY_COLUMN = {m.column: m for m in MEASURES}


def measure_stats(part: pd.DataFrame, m: Measure) -> dict | None:
    """``{"n", "words", "value", "se", "unit_var"}`` of one measure over the articles ``part`` (None when the
    column is missing or no article has words). ``se`` is None with a single article. ``unit_var`` is the
    spread between articles per unit of weight: for a rate, the variance of an article's count around the
    pooled rate per word (``se`` of ``W`` new words is ``1000 * sqrt(unit_var / W)``), never below the
    Poisson variance of the rate (at least half a count in all the words); for a score, the variance of the
    articles' values (``se`` of ``n`` articles is ``sqrt(unit_var / n)``)."""
    if m.column not in part.columns or part.empty:
        return None
    values = pd.to_numeric(part[m.column], errors="coerce").fillna(0.0)
    words = pd.to_numeric(part[m.words] if m.words in part.columns else part["n_words"],
                          errors="coerce").fillna(0.0)
    n, total = len(part), float(words.sum())
    if m.kind == "score":
        unit = float(values.var(ddof=1)) if n > 1 else None
        se = math.sqrt(unit / n) if unit is not None else None
        return {"n": n, "words": int(total), "value": float(values.mean()), "se": se, "unit_var": unit}
    if total <= 0:
        return None
    counts = values * words / 1000
    ratio = float(counts.sum()) / total
    unit = se = None
    if n > 1:
        resid = counts - ratio * words
        unit = max(n / (n - 1) * float((resid ** 2).sum()) / total, ratio, 0.5 / total)
        se = 1000 * math.sqrt(unit / total)
    return {"n": n, "words": int(total), "value": 1000 * ratio, "se": se, "unit_var": unit}


def _expected_se(then: dict, size: dict, kind: str) -> float:
    """The standard error a sample the size of ``size`` (its words or articles) would have if its articles
    varied as much as ``then``'s do."""
    if kind == "score":
        return math.sqrt(then["unit_var"] / max(1, size["n"]))
    return 1000 * math.sqrt(then["unit_var"] / max(1.0, size["words"]))


def group_stats(articles: pd.DataFrame, group_by: str) -> dict[str, dict[str, dict]]:
    """``{group: {measure column: stats}}`` (see :func:`measure_stats`) for every group of ``group_by``."""
    if articles.empty or group_by not in articles.columns:
        return {}
    out = {}
    for group, part in articles.groupby(articles[group_by].fillna("").astype(str), sort=True):
        stats = {m.column: measure_stats(part, m) for m in MEASURES}
        out[str(group)] = {k: v for k, v in stats.items() if v is not None}
    return out


def _counts(matches: pd.DataFrame, groups: dict[str, str], measure: str, field: str = "entry",
            keep: int | None = None) -> dict[str, dict[str, int]]:
    """``{group: {value of field: count}}`` of one measure's matches (``groups``: article id -> group)."""
    rows = matches[matches["measure"] == measure] if len(matches) else matches
    if rows.empty:
        return {}
    labelled = rows.assign(_g=rows["article_id"].astype(str).map(groups)).dropna(subset=["_g"])
    labelled = labelled[labelled[field].astype(str).str.strip() != ""]
    out = {}
    for group, part in labelled.groupby("_g"):
        counts = part[field].astype(str).value_counts()
        out[str(group)] = {str(k): int(v) for k, v in (counts.head(keep) if keep else counts).items()}
    return out


def _named(matches: pd.DataFrame, groups: dict[str, str]) -> dict[str, dict[str, int]]:
    if matches.empty or "speaker" not in matches.columns:
        return {}
    named = matches[(matches["measure"] == "attributions") & (matches["category"] == "named")]
    return _counts(named, groups, "attributions", "speaker", NAMED_KEPT)


def snapshot(articles: pd.DataFrame, matches: pd.DataFrame, group_by: str, new_ids=None) -> dict:
    """The summary of a run kept for the next one: groups' stats over all articles (``all``) and over the
    articles new in this run (``new``; all of them when ``new_ids`` is None), words per group, and counts of
    loaded terms, anonymous-source patterns and named sources per group (over all articles)."""
    ids = articles["article_id"].astype(str) if len(articles) else pd.Series(dtype=str)
    labels = articles[group_by].fillna("").astype(str) if group_by in articles.columns else ids.map(lambda _: "")
    groups = dict(zip(ids, labels))
    new = articles if new_ids is None else articles[ids.isin(set(map(str, new_ids)))]
    words = articles.groupby(labels)["n_words"].sum() if len(articles) else pd.Series(dtype=float)
    return {"group_by": group_by, "articles": len(articles),
            "all": group_stats(articles, group_by), "new": group_stats(new, group_by),
            "words": {str(k): int(v) for k, v in words.items()},
            "terms": _counts(matches, groups, "loaded"),
            "anonymous": _counts(matches, groups, "sources"),
            "named": _named(matches, groups)}


def rate_changes(now: dict, then: dict, history: list[dict], rows_now: pd.DataFrame | None = None,
                 rows_then: pd.DataFrame | None = None, group_by: str = "outlet") -> list[dict]:
    """One row per group and measure present in both: this run's new articles (``now``: group stats) against
    the previous run (``then``), with 95% intervals, the change, the noise and whether it is flagged.
    ``history`` is the earlier runs' ``new`` stats, oldest first (for the week-to-week variation);
    ``rows_now`` and ``rows_then`` the articles themselves (the new ones, the previous run's), for the
    permutation test of :mod:`analysis.compare.shift`; without them nothing is flagged."""
    from analysis.compare.shift import extra_variance, shift_test

    pairs = [(g, c) for g in sorted(now) if g in then for c in now[g] if c in then[g] and c in BY_COLUMN]
    limit = FAMILY_ALPHA / max(1, len(pairs))
    rows = []
    for group, column in pairs:
        m, a, b = BY_COLUMN[column], now[group][column], then[group][column]
        row = {"group": group, "measure": column, "name": m.name, "unit": m.unit, "now": _interval(a, m.kind),
               "then": _interval(b, m.kind), "change": a["value"] - b["value"], "noise": None, "p": None,
               "p_limit": limit, "flagged": False, "why": "the previous run's articles could not be read"}
        series = [h[group][column] for h in history if column in h.get(group, {})]
        extra = extra_variance(series, lambda p: _expected_se(b, p, m.kind) ** 2) \
            if len(series) >= SERIES_MIN and b.get("unit_var") is not None else 0.0
        if rows_now is not None and rows_then is not None and a["n"] and b["n"]:
            test = shift_test(_of(rows_now, group_by, group), _of(rows_then, group_by, group), column,
                              m.words, m.kind, extra, seed=len(rows))
            enough = a["n"] >= MIN_ARTICLES and b["n"] >= MIN_ARTICLES
            row.update(noise=test["sd"], p=test["p"], flagged=bool(enough and test["p"] < limit),
                       why=_why(enough, extra, len(series)))
        rows.append(row)
    return rows


def _of(rows: pd.DataFrame, group_by: str, group: str) -> pd.DataFrame:
    return rows[rows[group_by].fillna("").astype(str) == group] if group_by in rows.columns else rows.iloc[:0]


def _why(enough: bool, extra: float, runs: int) -> str:
    if not enough:
        return f"fewer than {MIN_ARTICLES} articles on one side"
    if runs < SERIES_MIN:
        return "noise: the spread of random splits of the articles"
    if extra > 0:
        return f"noise: the spread of random splits, widened by the week-to-week variation of {runs} earlier runs"
    return f"noise: the spread of random splits (the {runs} earlier runs varied no more than that)"


def _interval(stats: dict, kind: str) -> dict:
    """``stats`` with the bounds of its 95% interval (normal; a rate's lower bound is never below 0)."""
    half = 1.96 * stats["se"] if stats.get("se") is not None else None
    low = stats["value"] - half if half is not None else None
    return {**stats, "low": max(0.0, low) if low is not None and kind == "rate" else low,
            "high": stats["value"] + half if half is not None else None}


def _binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if p <= 0:
        return 0.0
    if p >= 1:
        return 1.0
    logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p)
            + (n - i) * math.log1p(-p) for i in range(k, n + 1)]
    top = max(logs)
    return min(1.0, math.exp(top) * sum(math.exp(v - top) for v in logs))


def _term_kind(c: int, before: int, w_now: float, w_then: float) -> tuple[str, float | None]:
    """("first time", None), ("surging", p) or ("", None) for a term used ``c`` times in ``w_now`` words now
    and ``before`` times in ``w_then`` words then."""
    if before == 0:
        return ("first time", None) if c >= MIN_TERM_COUNT else ("", None)
    if c >= 3 and c / w_now >= SURGE_RATIO * before / w_then:
        p = _binomial_tail(c, c + before, w_now / (w_now + w_then))
        if p < TERM_P:
            return "surging", p
    return "", None


def term_changes(now: dict, then: dict, words_now: dict, words_then: dict, kind: str) -> list[dict]:
    """Terms a group uses for the first time or far more often, from ``{group: {term: count}}`` of the new
    articles (``now``) and the previous run (``then``) with each side's words per group."""
    found = []
    for group, counts in sorted(now.items()):
        w_now, w_then = words_now.get(group, 0), words_then.get(group, 0)
        if w_now <= 0 or w_then <= 0:
            continue
        rows = []
        for term, c in counts.items():
            before = then.get(group, {}).get(term, 0)
            what, p = _term_kind(c, before, w_now, w_then)
            if what:
                rows.append({"group": group, "term": term, "kind": kind, "what": what, "p": p, "now": c,
                             "then": before, "now_per_1000": 1000 * c / w_now,
                             "then_per_1000": 1000 * before / w_then})
        found.extend(sorted(rows, key=lambda r: -r["now"])[:TERMS_PER_GROUP])
    return found


def add_contexts(terms: list[dict], matches: pd.DataFrame, groups: dict[str, str], text_of) -> None:
    """Give each term of :func:`term_changes` up to :data:`CONTEXTS` passages (``{"article_id", "text"}``)
    from the new articles' ``matches``; ``text_of(article_id)`` gives an article's text ('' if unknown)."""
    if not terms or matches.empty:
        return
    keyed = matches.assign(_g=matches["article_id"].astype(str).map(groups))
    for term in terms:
        measure = "loaded" if term["kind"] == "loaded term" else "sources"
        rows = keyed[(keyed["measure"] == measure) & (keyed["entry"].astype(str) == term["term"])
                     & (keyed["_g"] == term["group"])].head(CONTEXTS)
        term["contexts"] = [{"article_id": str(r.article_id), "text": _passage(text_of(str(r.article_id)),
                                                                               int(r.start), int(r.end))}
                            for r in rows.itertuples()]


def _passage(text: str, start: int, end: int) -> str:
    if not text:
        return ""
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    while 0 < left < start and not text[left - 1].isspace():  # whole words only
        left += 1
    while start < right < len(text) and not text[right].isspace():
        right -= 1
    body = " ".join(text[left:right].split())
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def compare(now: dict, then: dict, history: list[dict], rows: tuple | None = None) -> dict:
    """The changes between two snapshots (this run's, with ``new`` for its new articles, and the previous
    run's): ``rates`` (see :func:`rate_changes`), ``terms`` and ``anonymous`` (see :func:`term_changes`),
    ``new_sources`` (named sources no group cited in the previous run), and the groups that appeared or
    disappeared. ``history``: earlier snapshots, oldest first, ending with ``then``; ``rows``: the new
    articles and the previous run's articles (tables), for the test of each rate."""
    series = [h.get("new", {}) for h in history]
    words_new = now.get("new_words", {})
    terms = term_changes(now.get("new_terms", {}), then.get("terms", {}), words_new, then.get("words", {}),
                         "loaded term")
    anonymous = term_changes(now.get("new_anonymous", {}), then.get("anonymous", {}), words_new,
                             then.get("words", {}), "anonymous source")
    cited_before = {s for per in then.get("named", {}).values() for s in per}
    new_sources = sorted({(g, s) for g, per in now.get("new_named", {}).items() for s, c in per.items()
                          if s not in cited_before}, key=lambda gs: (gs[0], gs[1]))
    rows_now, rows_then = rows or (None, None)
    return {"rates": rate_changes(now.get("new", {}), then.get("all", {}), series, rows_now, rows_then,
                                  now.get("group_by", "outlet")),
            "terms": terms, "anonymous": anonymous,
            "new_sources": [{"group": g, "source": s} for g, s in new_sources][:50],
            "groups_new": sorted(set(now.get("all", {})) - set(then.get("all", {}))),
            "groups_gone": sorted(set(then.get("all", {})) - set(now.get("all", {})))}


def new_side(articles: pd.DataFrame, matches: pd.DataFrame, group_by: str, new_ids) -> dict:
    """The counts of the new articles alone (``new_terms``, ``new_anonymous``, ``new_named``) to add to a
    snapshot before :func:`compare`."""
    part = articles[articles["article_id"].astype(str).isin(set(map(str, new_ids)))]
    ids = part["article_id"].astype(str)
    groups = dict(zip(ids, part[group_by].fillna("").astype(str))) if group_by in part.columns else {}
    rows = matches[matches["article_id"].astype(str).isin(set(ids))] if len(matches) else matches
    words = part.groupby(part[group_by].fillna("").astype(str))["n_words"].sum() if len(part) else {}
    return {"new_words": {str(k): int(v) for k, v in dict(words).items()},
            "new_terms": _counts(rows, groups, "loaded"), "new_anonymous": _counts(rows, groups, "sources"),
            "new_named": _named(rows, groups)}


def since(articles: pd.DataFrame, matches: pd.DataFrame, group_by: str, previous: dict | None,
          history: list[dict], new_ids=None, previous_rows: pd.DataFrame | None = None
          ) -> tuple[dict, dict | None]:
    """This run's snapshot and its changes against ``previous`` (a snapshot, or None for a first run: no
    changes). ``new_ids`` are the articles not in the previous run (None: all). ``history``: earlier
    snapshots, oldest first, ending with ``previous``; ``previous_rows`` the previous run's articles table
    (without it rates are compared but not tested)."""
    now = snapshot(articles, matches, group_by, new_ids)
    if previous is None:
        return now, None
    ids = articles["article_id"].astype(str) if new_ids is None else new_ids
    with_new = {**now, **new_side(articles, matches, group_by, ids)}
    fresh = articles[articles["article_id"].astype(str).isin(set(map(str, ids)))]
    return now, compare(with_new, previous, history, (fresh, previous_rows))
