"""Rates per group with bootstrap intervals, differences between groups and permutation tests.

Every measure is a ratio of sums over sentences, so a group's value pools its sentences: loaded terms per
1,000 words is ``1000 * sum(loaded) / sum(words)`` over every sentence of the group's articles, the mean
VADER score is the mean over its sentences. For a group of one article the value equals the article's own
figure (except TextBlob, see :data:`METRICS`).

Intervals are percentile bootstrap intervals. A group with fewer than ``article_resampling_min`` articles
is resampled by sentence within each article: the interval then shows how much the value depends on which
sentences the texts happen to contain, and says nothing about other articles of the same outlet. A larger
group is resampled by article. Differences are bootstrap replicate of A minus replicate of B; the p-value
comes from a permutation test that relabels units (articles when both groups are resampled by article,
otherwise sentences) between the two groups.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np
import pandas as pd

from ..measures.registry import compared
from .groups import CompareOptions, caveat, resampling_unit
from .resample import bootstrap_sums, holm, percentile_interval, permutation_p, permutation_sums


@dataclass(frozen=True)
class Metric:
    """A measure as a ratio of sums: ``scale * sum(numerator) / sum(denominator)``.

    ``key`` names it in tables (the articles-table column when it means the same), ``label`` and ``unit``
    are for readers, ``family`` groups measures into one chart, ``empty`` is the value when the denominator
    sums to zero (NaN: undefined).
    """

    key: str
    label: str
    family: str
    unit: str
    numerator: str
    denominator: str = "n_words"
    scale: float = 1000.0
    empty: float = float("nan")


PER_1000 = "per 1,000 words"
PER_1000_WRITER = "per 1,000 words in the writer's own voice"
PER_1000_QUOTED = "per 1,000 words of quotations and reported speech"
DIFFERENCE_COLUMNS = ["comparison", "group_a", "group_b", "family", "measure", "label", "unit", "value_a",
                      "value_b", "difference", "low", "high", "p_value", "p_holm", "test_unit", "articles_a",
                      "articles_b", "caveat"]
#: Internal name prefix of "every other group" in a group-vs-rest comparison; shown as :data:`REST_LABEL`.
REST = "\0rest:"
REST_LABEL = "rest (all other groups)"
#: Measures that are not loaded-term categories, in report order, read from each measure's ``compared``
#: declarations in :mod:`analysis.measures.registry` (the one place). Counts of spans are the writer's own
#: voice (matches in quotations, reported speech, scare quotes and headlines are left out) per 1,000 words
#: the writer wrote; the sentence scores cover every sentence of the body. TextBlob is the mean of the
#: sentence scores here, which differs a little from the articles table's whole-text TextBlob score.
def _metric(c) -> "Metric":
    return Metric(c.key, c.label, c.family, c.unit, *c.counted, c.scale, c.empty)


METRICS = tuple(_metric(c) for c in compared() if c.spans != "loaded")
#: The loaded-term figures a measure declares besides the rate of all of them (strong and mild terms).
LOADED_METRICS = tuple(_metric(c) for c in compared() if c.spans == "loaded")
LOADED_FAMILY = "Loaded terms"
QUOTED_FAMILY = "Quoted voices"
FAMILIES = (LOADED_FAMILY, "Hedging and certainty", "Sourcing", "Sentiment", QUOTED_FAMILY)


def loaded_categories(tables) -> list[str]:
    """The loaded-term categories of the lexicon used, read from the articles table's columns."""
    from ..measures.loaded import loaded_categories as from_columns

    return from_columns(tables.articles.columns)


def metrics_for(tables, stories: bool = False) -> list[Metric]:
    """Every measure compared: loaded terms in the writer's voice (all, then per category), then
    :data:`METRICS`, then loaded terms in quoted voices. With ``stories`` the loaded rates leave out each
    story's shared vocabulary, which gets a measure of its own."""
    framing = " (writer's voice, story vocabulary apart)" if stories else " (writer's voice)"
    loaded = [Metric("loaded_per_1000", "Loaded terms" + framing, LOADED_FAMILY, PER_1000_WRITER, "loaded",
                     "writer_words")]
    loaded += [_metric(c) for c in compared() if c.spans == "loaded"]  # read now: extra measures count
    if stories:
        loaded.append(Metric("loaded_shared_per_1000", "Story's shared vocabulary (loaded terms every group "
                             "uses)", LOADED_FAMILY, PER_1000_WRITER, "loaded_shared", "writer_words"))
    for cat in loaded_categories(tables):
        loaded.append(Metric(f"loaded_{cat}_per_1000", f"Loaded: {cat.replace('_', ' ')}", LOADED_FAMILY,
                             PER_1000_WRITER, f"loaded_{cat}", "writer_words"))
    quoted = Metric("loaded_quoted_per_1000", "Loaded terms in quotations and reported speech", QUOTED_FAMILY,
                    PER_1000_QUOTED, "loaded_quoted", "quoted_words")
    return loaded + [_metric(c) for c in compared() if c.spans != "loaded"] + [quoted]


def _body_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences of the body (a headline row, ``sentence`` < 0 or ``part``/``voice`` = headline, is
    left out)."""
    keep = sentences["sentence"].astype(int) >= 0
    for column in ("part", "voice"):
        if column in sentences.columns:
            keep &= sentences[column].astype(str) != "headline"
    return sentences[keep]


def sentence_units(tables, matches: pd.DataFrame | None = None,
                   quoted_words: dict | None = None, stored: bool = False) -> pd.DataFrame:
    """One row per body sentence with every numerator and denominator the metrics use.

    ``matches`` is the matches table with ``voice`` (and ``shared``, a story's shared vocabulary) columns
    (default: the tables' own, every match the writer's), ``quoted_words`` per article id an array of the
    words of each sentence inside quotations (default: none); with ``stored`` the sentences table's own
    ``quoted_words`` column (written by the engine since store schema 2) is used instead. Columns: ``article_id``, ``sentence``,
    ``n_words``, ``writer_words``, ``quoted_words``, ``one`` (1), ``loaded`` and ``loaded_<category>``
    (loaded terms in the writer's voice, shared vocabulary apart), ``loaded_shared``, ``loaded_quoted``,
    ``hedges``, ``boosters``, ``certainty_num`` (boosters - hedges), ``certainty_den`` (boosters +
    hedges), and one column per span count a measure declares (``sources``, ``reporting_verbs_loaded``: see
    :attr:`analysis.measures.registry.Compared.counted`; all in the writer's voice), and the sentence scores
    ``vader_compound``, ``textblob_polarity``, ``textblob_subjectivity``.
    """
    from .voice import QUOTED, WRITER, with_voice

    s = _body_sentences(tables.sentences)
    units = pd.DataFrame({
        "article_id": s["article_id"].astype(str).to_numpy(), "sentence": s["sentence"].astype(int).to_numpy(),
        "n_words": s["n_words"].to_numpy(dtype=float), "one": 1.0,
        **{c.score: s[c.score].to_numpy(dtype=float) if c.score in s.columns else np.full(len(s), np.nan)
           for c in compared() if c.score},
    })
    quoted = np.zeros(len(units))
    if stored and "quoted_words" in s.columns:
        quoted = s["quoted_words"].fillna(0).to_numpy(dtype=float)
    for article_id, counts in (quoted_words or {}).items():
        rows = np.flatnonzero(units["article_id"].to_numpy() == article_id)
        index = units["sentence"].to_numpy()[rows]
        quoted[rows] = np.asarray(counts, dtype=float)[np.clip(index, 0, max(len(counts) - 1, 0))] \
            if len(counts) else 0.0
    units["quoted_words"] = np.minimum(quoted, units["n_words"])
    units["writer_words"] = units["n_words"] - units["quoted_words"]
    key = pd.MultiIndex.from_frame(units[["article_id", "sentence"]])
    m = with_voice(tables.matches if matches is None else matches)
    if "shared" not in m.columns:
        m = m.assign(shared=False)
    writer = m["voice"] == WRITER

    def count(mask, by=()):
        part = m.loc[mask, ["article_id", "sentence", "start", "end", *by]]
        part = part.drop_duplicates(["article_id", "start", "end", *by])
        return part.groupby(["article_id", "sentence", *by]).size().reindex(key, fill_value=0).to_numpy(float)

    loaded = m["measure"] == "loaded"
    units["loaded"] = count(loaded & writer & ~m["shared"])
    units["loaded_shared"] = count(loaded & writer & m["shared"])
    units["loaded_quoted"] = count(loaded & m["voice"].isin(QUOTED))
    for cat in loaded_categories(tables):
        units[f"loaded_{cat}"] = count(loaded & writer & ~m["shared"] & (m["category"] == cat))
    for c in compared():  # every other count a measure declares: its spans in the writer's voice
        if c.spans == "loaded" and c.strength:
            units[c.counted[0]] = count(loaded & writer & ~m["shared"] & (m["strength"] == c.strength)) \
                if "strength" in m.columns else 0.0
        elif c.spans and c.spans != "loaded":
            mask = (m["measure"] == c.spans) & writer
            units[c.counted[0]] = count(mask & (m["category"] == c.category) if c.category else mask)
    units["certainty_num"] = units["boosters"] - units["hedges"]
    units["certainty_den"] = units["boosters"] + units["hedges"]
    return units


def ratio(sums: np.ndarray, metrics: list[Metric], columns: list[str]) -> np.ndarray:
    """The metrics' values from column sums (``sums`` is (..., columns)); the metric's ``empty`` when the
    denominator is zero."""
    num_at, den_at, scale, empty = _ratio_parts(tuple(metrics), tuple(columns))
    num, den = np.take(sums, num_at, axis=-1), np.take(sums, den_at, axis=-1)  # C order, as stacked
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, scale * num / np.where(den > 0, den, 1), empty)


@lru_cache(maxsize=64)
def _ratio_parts(metrics: tuple[Metric, ...], columns: tuple[str, ...]) -> tuple[np.ndarray, ...]:
    """Where each metric's numerator and denominator are among ``columns``, and its scale and empty value
    (worked out once per set of metrics: a comparison takes hundreds of ratios)."""
    index = {c: i for i, c in enumerate(columns)}
    return (np.array([index[m.numerator] for m in metrics], dtype=np.intp),
            np.array([index[m.denominator] for m in metrics], dtype=np.intp),
            np.array([m.scale for m in metrics]), np.array([m.empty for m in metrics]))


#: Groups whose bootstrap intervals are read in one call of :func:`percentile_interval`.
INTERVAL_BATCH = 16


class RateComparison:
    """Per-group values with intervals (:meth:`estimates`) and differences with tests (:meth:`differences`).

    ``units`` is :func:`sentence_units`, ``groups`` maps article_id to group, ``by`` names the grouping
    field (for the caveat). Bootstrap replicates are drawn once per group and reused by every comparison.
    """

    def __init__(self, units: pd.DataFrame, groups: pd.Series, metrics: list[Metric], by: str,
                 options: CompareOptions):
        self.metrics, self.by, self.options = metrics, by, options
        self.columns = sorted({c for m in metrics for c in (m.numerator, m.denominator)} | {"n_words"})
        units = units[units["article_id"].isin(groups.index)]
        self.groups = groups[groups.index.isin(units["article_id"].unique())]
        self._names = sorted(self.groups.unique())
        # integer codes: the article of each unit, and the group of each article
        ids, self.article_of = np.unique(units["article_id"].to_numpy(dtype=str), return_inverse=True)
        code = {n: i for i, n in enumerate(self._names)}
        group_of = dict(zip(self.groups.index, self.groups.to_numpy()))
        self.group_of_article = np.array([code[group_of[i]] for i in ids], dtype=int)
        self.values = units[self.columns].to_numpy(dtype=float)
        self._boot: dict[str, np.ndarray] = {}
        self._samples: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._code = code
        # the units of each group, in unit order: a stable sort by group, cut where each group starts
        group_of_unit = self.group_of_article[self.article_of]
        self._by_group = np.argsort(group_of_unit, kind="stable")
        self._cuts = np.searchsorted(group_of_unit[self._by_group], np.arange(len(self._names) + 1))

    def names(self) -> list[str]:
        return list(self._names)

    def _article_mask(self, name: str) -> np.ndarray:
        """Which articles (by code) belong to a group, or to every other group for ``REST + group``."""
        if name.startswith(REST):
            return self.group_of_article != self._code[name[len(REST):]]
        return self.group_of_article == self._code[name]

    def _n_articles(self, name: str) -> int:
        return int(self._article_mask(name).sum())

    def _rows(self, name: str) -> np.ndarray:
        """The indexes of a group's units (or every other group's, for ``REST + group``), in unit order."""
        if name.startswith(REST):
            return np.flatnonzero(self._article_mask(name)[self.article_of])
        g = self._code[name]
        return self._by_group[self._cuts[g]:self._cuts[g + 1]]

    def _sample(self, name: str, unit: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(unit values, strata) of a group; units are sentences (strata: their articles) or per-article
        sums (one stratum). ``unit`` defaults to the group's own resampling unit."""
        unit = unit or resampling_unit(self._n_articles(name), self.options)
        if unit == "articles" and name in self._samples:
            return self._samples[name]
        rows = self._rows(name)
        values, owners = self.values[rows], self.article_of[rows]
        strata = np.unique(owners, return_inverse=True)[1]
        if unit != "articles":
            return values, strata
        n = strata.max() + 1 if len(strata) else 0
        # each cell (article, column) adds its units in unit order, as np.add.at adds (the same sums), in one
        # bincount over the cells of the row-major values
        width = values.shape[1]
        cells = (strata[:, None] * width + np.arange(width)).ravel()
        sums = (np.bincount(cells, weights=values.ravel(), minlength=n * width).reshape(n, width) if n
                else np.zeros((0, width)))
        self._samples[name] = (sums, np.zeros(len(sums), dtype=int))  # small: one row per article
        return self._samples[name]

    def _replicates(self, name: str) -> np.ndarray:
        if name not in self._boot:
            values, strata = self._sample(name)
            sums = bootstrap_sums(values, strata, self.options.n_boot, self.options.rng("bootstrap", name))
            self._boot[name] = ratio(sums, self.metrics, self.columns)
        return self._boot[name]

    def _value(self, name: str) -> np.ndarray:
        values, _ = self._sample(name, "articles")
        return ratio(values.sum(axis=0), self.metrics, self.columns)

    def estimates(self) -> pd.DataFrame:
        """One row per group and metric: value, interval, sizes, resampling unit and caveat."""
        rows = []
        names = self.names()
        width = len(self.metrics)
        # the intervals of :data:`INTERVAL_BATCH` groups a call (np.percentile works column by column: the same
        # numbers, a call's overhead shared; a trend has hundreds of period-and-group cells)
        bounds = [percentile_interval(np.hstack([self._replicates(n) for n in names[lo:lo + INTERVAL_BATCH]]),
                                      self.options.percentiles) for lo in range(0, len(names), INTERVAL_BATCH)]
        low_all = np.concatenate([b[0] for b in bounds]) if bounds else np.empty(0)
        high_all = np.concatenate([b[1] for b in bounds]) if bounds else np.empty(0)
        for g, name in enumerate(names):
            n_art = self._n_articles(name)
            value = self._value(name)
            low, high = low_all[g * width:(g + 1) * width], high_all[g * width:(g + 1) * width]
            sums, _ = self._sample(name, "articles")
            n_sentences = len(self._rows(name))
            n_words = int(sums[:, self.columns.index("n_words")].sum()) if "n_words" in self.columns else 0
            writer = (int(sums[:, self.columns.index("writer_words")].sum()) if "writer_words" in self.columns
                      else n_words)
            for i, m in enumerate(self.metrics):
                rows.append({"group": name, "family": m.family, "measure": m.key, "label": m.label,
                             "unit": m.unit, "value": value[i], "low": low[i], "high": high[i],
                             "articles": n_art, "sentences": n_sentences, "words": n_words,
                             "writer_words": writer,
                             "resampled": resampling_unit(n_art, self.options),
                             "caveat": caveat(n_art, self.by, self.options)})
        return pd.DataFrame(rows)

    def pairs(self) -> list[tuple[str, str, str]]:
        """(kind, a, b): every pair of groups, plus each group against the rest when there are more than 2."""
        names = self.names()
        pairs = [("pair", a, b) for a, b in combinations(names, 2)]
        if len(names) > 2:
            pairs += [("group vs rest", a, REST + a) for a in names]
        return pairs

    def differences(self) -> pd.DataFrame:
        """One row per comparison and metric: both values, A - B with its interval, the permutation
        p-value, and the Holm-adjusted p-value over the measures of the same comparison.

        ``p_value`` is NaN when neither group has a single occurrence (nothing to test)."""
        rows = [row for kind, a, b in self.pairs() for row in self.pair_rows(kind, a, b)]
        table = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
        for _, rows_of_pair in table.groupby(["comparison", "group_a", "group_b"], sort=False).groups.items():
            table.loc[rows_of_pair, "p_holm"] = holm(table.loc[rows_of_pair, "p_value"].to_numpy(dtype=float))
        return table

    def pair_rows(self, kind: str, a: str, b: str) -> list[dict]:
        """The rows of :meth:`differences` for one comparison of ``a`` with ``b`` (p_holm not yet set)."""
        rows = []
        n_a, n_b = self._n_articles(a), self._n_articles(b)
        unit = "articles" if min(n_a, n_b) >= self.options.article_resampling_min else "sentences"
        unit_name = "articles" if unit == "articles" else "sentences within articles"
        va, _ = self._sample(a, unit_name)
        vb, _ = self._sample(b, unit_name)
        value_a, value_b = self._value(a), self._value(b)
        observed = value_a - value_b
        sa, sb = permutation_sums(va, vb, self.options.n_boot, self.options.rng("permutation", a, b))
        permuted = ratio(sa, self.metrics, self.columns) - ratio(sb, self.metrics, self.columns)
        p = permutation_p(observed, permuted)
        p[~self._anything(va, vb)] = np.nan
        replicates = self._replicates(a) - self._replicates(b)
        low, high = percentile_interval(replicates, self.options.percentiles)
        label_b = REST_LABEL if b.startswith(REST) else b
        note = " ".join(dict.fromkeys(c for c in (caveat(n_a, self.by, self.options),
                                                  caveat(n_b, self.by, self.options)) if c))
        for i, m in enumerate(self.metrics):
            rows.append({"comparison": kind, "group_a": a, "group_b": label_b, "family": m.family,
                         "measure": m.key, "label": m.label, "unit": m.unit,
                         "value_a": value_a[i], "value_b": value_b[i],
                         "difference": observed[i], "low": low[i], "high": high[i], "p_value": p[i],
                         "test_unit": unit, "articles_a": n_a, "articles_b": n_b, "caveat": note})
        return rows

    def _anything(self, va: np.ndarray, vb: np.ndarray) -> np.ndarray:
        """Per metric: does any unit of either group have a non-zero numerator?"""
        index = {c: i for i, c in enumerate(self.columns)}
        pooled = np.vstack([va, vb])
        return np.array([bool(np.any(pooled[:, index[m.numerator]] != 0)) for m in self.metrics])
