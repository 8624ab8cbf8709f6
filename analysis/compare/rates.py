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
from itertools import combinations

import numpy as np
import pandas as pd

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
DIFFERENCE_COLUMNS = ["comparison", "group_a", "group_b", "family", "measure", "label", "unit", "value_a",
                      "value_b", "difference", "low", "high", "p_value", "p_holm", "test_unit", "articles_a",
                      "articles_b", "caveat"]
#: Internal name prefix of "every other group" in a group-vs-rest comparison; shown as :data:`REST_LABEL`.
REST = "\0rest:"
REST_LABEL = "rest (all other groups)"
#: Measures that are not loaded-term categories, in report order. TextBlob is the mean of the sentence
#: scores here, which differs a little from the articles table's whole-text TextBlob score (a mean over
#: scored phrases).
METRICS = (
    Metric("hedges_per_1000", "Hedges", "Hedging and certainty", PER_1000, "hedges"),
    Metric("boosters_per_1000", "Boosters", "Hedging and certainty", PER_1000, "boosters"),
    Metric("certainty_index", "Certainty index (boosters - hedges) / (boosters + hedges)",
           "Hedging and certainty", "index, -1 to 1", "certainty_num", "certainty_den", 1.0, 0.0),
    Metric("anonymous_sources_per_1000", "Anonymous sources", "Sourcing", PER_1000, "anonymous_sources"),
    Metric("loaded_reporting_verbs_per_1000", "Loaded reporting verbs", "Sourcing", PER_1000,
           "loaded_reporting_verbs"),
    Metric("vader_compound_mean", "VADER compound (mean per sentence)", "Sentiment", "score, -1 to 1",
           "vader_compound", "one", 1.0),
    Metric("textblob_polarity_mean", "TextBlob polarity (mean per sentence)", "Sentiment", "score, -1 to 1",
           "textblob_polarity", "one", 1.0),
    Metric("textblob_subjectivity_mean", "TextBlob subjectivity (mean per sentence)", "Sentiment",
           "score, 0 to 1", "textblob_subjectivity", "one", 1.0),
)
LOADED_FAMILY = "Loaded terms"
FAMILIES = (LOADED_FAMILY, "Hedging and certainty", "Sourcing", "Sentiment")


def loaded_categories(tables) -> list[str]:
    """The loaded-term categories of the lexicon used, read from the articles table's columns."""
    cols = [c for c in tables.articles.columns if c.startswith("loaded_") and c.endswith("_per_1000")]
    skip = ("loaded_per_1000", "loaded_reporting_verbs_per_1000")
    return [c[len("loaded_"):-len("_per_1000")] for c in cols if c not in skip]


def metrics_for(tables) -> list[Metric]:
    """Every measure compared: all loaded terms, one per loaded category, then :data:`METRICS`."""
    loaded = [Metric("loaded_per_1000", "Loaded terms (all)", LOADED_FAMILY, PER_1000, "loaded")]
    for cat in loaded_categories(tables):
        loaded.append(Metric(f"loaded_{cat}_per_1000", f"Loaded: {cat.replace('_', ' ')}", LOADED_FAMILY,
                             PER_1000, f"loaded_{cat}"))
    return loaded + list(METRICS)


def sentence_units(tables) -> pd.DataFrame:
    """One row per sentence with every numerator and denominator the metrics use.

    Columns: ``article_id``, ``sentence``, ``n_words``, ``one`` (1), ``loaded`` and ``loaded_<category>``
    (loaded-term spans), ``hedges``, ``boosters``, ``certainty_num`` (boosters - hedges), ``certainty_den``
    (boosters + hedges), ``anonymous_sources`` (spans of the sources lexicon), ``loaded_reporting_verbs``,
    and the sentence scores ``vader_compound``, ``textblob_polarity``, ``textblob_subjectivity``.
    """
    s = tables.sentences
    units = pd.DataFrame({
        "article_id": s["article_id"].astype(str).to_numpy(), "sentence": s["sentence"].to_numpy(),
        "n_words": s["n_words"].to_numpy(dtype=float), "one": 1.0,
        "hedges": s["hedges"].to_numpy(dtype=float), "boosters": s["boosters"].to_numpy(dtype=float),
        "vader_compound": s["vader_compound"].to_numpy(dtype=float),
        "textblob_polarity": s["textblob_polarity"].to_numpy(dtype=float),
        "textblob_subjectivity": s["textblob_subjectivity"].to_numpy(dtype=float),
    })
    units["certainty_num"] = units["boosters"] - units["hedges"]
    units["certainty_den"] = units["boosters"] + units["hedges"]
    key = pd.MultiIndex.from_frame(units[["article_id", "sentence"]])
    m = tables.matches.assign(article_id=tables.matches["article_id"].astype(str))
    spans = ["start", "end"]

    def count(mask, by=()):
        part = m.loc[mask, ["article_id", "sentence", *spans, *by]].drop_duplicates(["article_id", *spans])
        return part.groupby(["article_id", "sentence", *by]).size()

    loaded = m["measure"] == "loaded"
    units["loaded"] = count(loaded).reindex(key, fill_value=0).to_numpy(dtype=float)
    by_cat = count(loaded, ["category"])
    for cat in loaded_categories(tables):
        cat_counts = by_cat.xs(cat, level="category") if cat in by_cat.index.get_level_values(-1) else None
        units[f"loaded_{cat}"] = (cat_counts.reindex(key, fill_value=0).to_numpy(dtype=float)
                                  if cat_counts is not None else 0.0)
    sources = count(m["measure"] == "sources")
    units["anonymous_sources"] = sources.reindex(key, fill_value=0).to_numpy(dtype=float)
    verbs = (m["measure"] == "reporting_verbs") & (m["category"] == "loaded")
    units["loaded_reporting_verbs"] = count(verbs).reindex(key, fill_value=0).to_numpy(dtype=float)
    return units


def ratio(sums: np.ndarray, metrics: list[Metric], columns: list[str]) -> np.ndarray:
    """The metrics' values from column sums (``sums`` is (..., columns)); the metric's ``empty`` when the
    denominator is zero."""
    index = {c: i for i, c in enumerate(columns)}
    num = np.stack([sums[..., index[m.numerator]] for m in metrics], axis=-1)
    den = np.stack([sums[..., index[m.denominator]] for m in metrics], axis=-1)
    scale = np.array([m.scale for m in metrics])
    empty = np.array([m.empty for m in metrics])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, scale * num / np.where(den > 0, den, 1), empty)


class RateComparison:
    """Per-group values with intervals (:meth:`estimates`) and differences with tests (:meth:`differences`).

    ``units`` is :func:`sentence_units`, ``groups`` maps article_id to group, ``by`` names the grouping
    field (for the caveat). Bootstrap replicates are drawn once per group and reused by every comparison.
    """

    def __init__(self, units: pd.DataFrame, groups: pd.Series, metrics: list[Metric], by: str,
                 options: CompareOptions):
        self.metrics, self.by, self.options = metrics, by, options
        self.columns = sorted({c for m in metrics for c in (m.numerator, m.denominator)})
        units = units[units["article_id"].isin(groups.index)]
        self.groups = groups[groups.index.isin(units["article_id"].unique())]
        self._names = sorted(self.groups.unique())
        # integer codes: the article of each unit, and the group of each article
        ids, self.article_of = np.unique(units["article_id"].to_numpy(dtype=str), return_inverse=True)
        code = {n: i for i, n in enumerate(self._names)}
        self.group_of_article = np.array([code[self.groups[i]] for i in ids], dtype=int)
        self.values = units[self.columns].to_numpy(dtype=float)
        self._boot: dict[str, np.ndarray] = {}
        self._samples: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def names(self) -> list[str]:
        return list(self._names)

    def _article_mask(self, name: str) -> np.ndarray:
        """Which articles (by code) belong to a group, or to every other group for ``REST + group``."""
        if name.startswith(REST):
            return self.group_of_article != self._names.index(name[len(REST):])
        return self.group_of_article == self._names.index(name)

    def _n_articles(self, name: str) -> int:
        return int(self._article_mask(name).sum())

    def _sample(self, name: str, unit: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(unit values, strata) of a group; units are sentences (strata: their articles) or per-article
        sums (one stratum). ``unit`` defaults to the group's own resampling unit."""
        unit = unit or resampling_unit(self._n_articles(name), self.options)
        if unit == "articles" and name in self._samples:
            return self._samples[name]
        rows = self._article_mask(name)[self.article_of]
        values, owners = self.values[rows], self.article_of[rows]
        strata = np.unique(owners, return_inverse=True)[1]
        if unit != "articles":
            return values, strata
        sums = np.zeros((strata.max() + 1 if len(strata) else 0, values.shape[1]))
        np.add.at(sums, strata, values)
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
        for name in self.names():
            n_art = self._n_articles(name)
            value = self._value(name)
            low, high = percentile_interval(self._replicates(name), self.options.percentiles)
            sums, _ = self._sample(name, "articles")
            n_sentences = int(self._article_mask(name)[self.article_of].sum())
            n_words = int(sums[:, self.columns.index("n_words")].sum()) if "n_words" in self.columns else 0
            for i, m in enumerate(self.metrics):
                rows.append({"group": name, "family": m.family, "measure": m.key, "label": m.label,
                             "unit": m.unit, "value": value[i], "low": low[i], "high": high[i],
                             "articles": n_art, "sentences": n_sentences, "words": n_words,
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
        rows = []
        for kind, a, b in self.pairs():
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
        table = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
        for _, rows_of_pair in table.groupby(["comparison", "group_a", "group_b"], sort=False).groups.items():
            table.loc[rows_of_pair, "p_holm"] = holm(table.loc[rows_of_pair, "p_value"].to_numpy(dtype=float))
        return table

    def _anything(self, va: np.ndarray, vb: np.ndarray) -> np.ndarray:
        """Per metric: does any unit of either group have a non-zero numerator?"""
        index = {c: i for i, c in enumerate(self.columns)}
        pooled = np.vstack([va, vb])
        return np.array([bool(np.any(pooled[:, index[m.numerator]] != 0)) for m in self.metrics])
