"""Differences between groups estimated within stories: each story is compared with itself.

When articles share stories, a group's difference from another is the mean over the stories both cover of
the difference inside each story (every story weighs the same). What is resampled depends on how many such
stories there are:

* **at least ``story_resampling_min`` stories**: stories are the unit. The interval resamples stories with
  replacement (a block bootstrap), and the permutation test swaps the two groups' labels within a random
  set of stories (each story keeps its articles together; with ``n`` stories there are ``2 ** n`` such
  swaps, all of them used when that is fewer than ``n_boot``). The figures speak for coverage of other
  stories like these.
* **fewer stories**: each story's difference is resampled inside the story, by article when both groups
  have at least ``article_resampling_min`` articles in it, else by sentence within each article; the test
  relabels the same units between the two groups inside each story. The figures describe these stories'
  coverage only.

Group values (:meth:`StoryRates.estimates`) pool each group's articles in the shared stories; their
intervals resample stories in the first case and are made as without stories in the second.
"""
from __future__ import annotations

from itertools import product

import numpy as np
import pandas as pd

from .groups import CompareOptions, caveat
from .rates import DIFFERENCE_COLUMNS, REST, REST_LABEL, Metric, RateComparison, ratio
from .resample import bootstrap_sums, holm, percentile_interval, permutation_p, permutation_sums

#: What a difference between two groups that share no story says it is.
UNPAIRED = "no story in common: compared as unpaired groups (topic and framing not told apart)"


def _nanmean(values: np.ndarray, axis: int) -> np.ndarray:
    known = ~np.isnan(values)
    total = np.where(known, values, 0.0).sum(axis=axis)
    count = known.sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def sign_flips(n: int, n_perm: int, rng: np.random.Generator) -> np.ndarray:
    """(permutations, n) of +1 / -1: every one of the ``2 ** n`` patterns when there are at most ``n_perm``,
    else ``n_perm`` random ones."""
    if 2 ** n <= n_perm:
        return np.array(list(product((1.0, -1.0), repeat=n)))
    return np.where(rng.random((n_perm, n)) < 0.5, -1.0, 1.0)


def exact_p(observed: np.ndarray, permuted: np.ndarray) -> np.ndarray:
    """Two-sided p-value over every relabelling (the observed one among them): the share of relabellings
    with a difference at least as large; with ``n`` stories never below ``2 / 2 ** n``."""
    tolerance = 1e-9 * (1 + np.abs(observed))
    extreme = np.abs(np.nan_to_num(permuted, nan=0.0)) >= np.abs(observed) - tolerance
    return np.where(np.isnan(observed), np.nan, extreme.mean(axis=0))


class StoryRates:
    """Group values and within-story differences (see the module docstring); the same table columns as
    :class:`~analysis.compare.rates.RateComparison`.

    ``units`` is :func:`~analysis.compare.rates.sentence_units`, ``groups`` article id -> group, ``stories``
    article id -> story (articles of stories covered by two or more groups only)."""

    def __init__(self, units: pd.DataFrame, groups: pd.Series, stories: pd.Series, metrics: list[Metric],
                 by: str, options: CompareOptions):
        self.metrics, self.by, self.options = metrics, by, options
        self.units = units[units["article_id"].isin(stories.index)]
        self.groups = groups[groups.index.isin(stories.index)]
        self.pooled = RateComparison(self.units, self.groups, metrics, by, options)
        self.columns = self.pooled.columns  # the order of the pooled values' columns
        self.stories = stories
        self.story_names = sorted(stories.unique())
        self.blocks = len(self.story_names) >= options.story_resampling_min
        sums = self.units.groupby("article_id")[self.columns].sum()
        frame = sums.assign(story=stories.reindex(sums.index).to_numpy(),
                            group=self.groups.reindex(sums.index).to_numpy())
        self.cells = frame.groupby(["story", "group"])[self.columns].sum()

    def names(self) -> list[str]:
        return self.pooled.names()

    def design(self) -> str:
        """How the intervals and tests were made, in words."""
        n = len(self.story_names)
        if self.blocks:
            return f"within {n} stories; stories resampled and permuted as blocks"
        return (f"within {n} stor{'y' if n == 1 else 'ies'}; fewer than {self.options.story_resampling_min} "
                "stories, so units are resampled inside each story and the figures describe these stories only")

    def _story_sums(self, name: str) -> np.ndarray:
        """(stories, columns) sums of a group (or of every other group, for ``REST + name``) per story."""
        out = np.zeros((len(self.story_names), len(self.columns)))
        rest = name.startswith(REST)
        target = name[len(REST):] if rest else name
        for (story, group), row in self.cells.iterrows():
            if (group != target) if rest else (group == target):
                out[self.story_names.index(story)] += row.to_numpy(dtype=float)
        return out

    def _story_weights(self, n: int, *names: str) -> np.ndarray:
        rng = self.options.rng("stories", *names)
        return rng.multinomial(n, np.full(n, 1.0 / n), size=self.options.n_boot).astype(float)

    def estimates(self) -> pd.DataFrame:
        """One row per group and metric (the columns of ``RateComparison.estimates``)."""
        table = self.pooled.estimates()
        if not self.blocks:
            return table
        for name in self.names():
            sums = self._story_sums(name)
            present = sums[:, self.columns.index("one") if "one" in self.columns else 0] > 0
            weights = self._story_weights(int(present.sum()), name)
            low, high = percentile_interval(ratio(weights @ sums[present], self.metrics, self.columns),
                                            self.options.percentiles)
            rows = table["group"] == name
            table.loc[rows, "low"], table.loc[rows, "high"] = low, high
            table.loc[rows, "resampled"] = "stories"
        return table

    def _blocks(self, a: str, b: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
        """Observed mean difference, bootstrap and sign-flip replicates over the stories both cover, and
        whether the sign flips are all ``2 ** n`` of them (an exact test)."""
        sa, sb = self._story_sums(a), self._story_sums(b)
        words = self.columns.index("one") if "one" in self.columns else 0
        both = (sa[:, words] > 0) & (sb[:, words] > 0)
        d = ratio(sa[both], self.metrics, self.columns) - ratio(sb[both], self.metrics, self.columns)
        known = ~np.isnan(d)
        filled = np.where(known, d, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            weights = self._story_weights(len(d), "boot", a, b)
            boot = (weights @ filled) / (weights @ known)
            flips = sign_flips(len(d), self.options.n_boot, self.options.rng("flips", a, b))
            permuted = (flips @ filled) / np.maximum(known.sum(axis=0), 1)
        return _nanmean(d, 0), boot, permuted, len(flips) == 2 ** len(d)

    def _inside(self, a: str, b: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
        """The same, resampling and relabelling units inside each story both cover."""
        observed, boots, perms, units = [], [], [], set()
        for k, story in enumerate(self.story_names):
            ids = self.stories.index[self.stories == story]
            in_a = self.pooled._article_mask(a)
            in_b = self.pooled._article_mask(b)
            codes = {i: c for c, i in enumerate(np.unique(self.units["article_id"].to_numpy(dtype=str)))}
            mine = np.zeros(len(in_a), dtype=bool)
            mine[[codes[i] for i in ids if i in codes]] = True
            va, sa = self._units(in_a & mine)
            vb, sb = self._units(in_b & mine)
            if not len(va) or not len(vb):
                continue
            by_article = min(len(np.unique(sa)), len(np.unique(sb))) >= self.options.article_resampling_min
            if by_article:
                va, sa = self._per_article(va, sa)
                vb, sb = self._per_article(vb, sb)
            units.add("articles" if by_article else "sentences")
            rng = self.options.rng("inside", story, a, b)
            ra = ratio(bootstrap_sums(va, sa, self.options.n_boot, rng), self.metrics, self.columns)
            rb = ratio(bootstrap_sums(vb, sb, self.options.n_boot, rng), self.metrics, self.columns)
            pa, pb = permutation_sums(va, vb, self.options.n_boot, rng)
            observed.append(ratio(va.sum(0), self.metrics, self.columns) - ratio(vb.sum(0), self.metrics,
                                                                                   self.columns))
            boots.append(ra - rb)
            perms.append(ratio(pa, self.metrics, self.columns) - ratio(pb, self.metrics, self.columns))
        if not observed:
            empty = np.full((1, len(self.metrics)), np.nan)
            return empty[0], empty, empty, "sentences"
        unit = " and ".join(sorted(units)) + " within each story"
        return (_nanmean(np.array(observed), 0), _nanmean(np.array(boots), 0), _nanmean(np.array(perms), 0),
                unit)

    def _shared_stories(self, a: str, b: str) -> int:
        """How many stories both ``a`` and ``b`` (a group, or every other group) cover."""
        words = self.columns.index("one") if "one" in self.columns else 0
        return int(((self._story_sums(a)[:, words] > 0) & (self._story_sums(b)[:, words] > 0)).sum())

    def _units(self, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rows = articles[self.pooled.article_of]
        return self.pooled.values[rows], np.unique(self.pooled.article_of[rows], return_inverse=True)[1]

    @staticmethod
    def _per_article(values: np.ndarray, strata: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        sums = np.zeros((strata.max() + 1, values.shape[1]))
        np.add.at(sums, strata, values)
        return sums, np.zeros(len(sums), dtype=int)

    def differences(self) -> pd.DataFrame:
        """One row per comparison and metric (the columns of ``RateComparison.differences``); ``test_unit``
        says what was resampled and relabelled, ``caveat`` when the stories are too few to generalise."""
        rows = []
        note = "" if self.blocks else self.design().split("; ", 1)[1].capitalize() + "."
        for kind, a, b in self.pooled.pairs():
            exact = False
            if not self._shared_stories(a, b):  # nothing to pair: compared as unpaired groups, with a note
                unpaired = self.pooled.pair_rows(kind, a, b)
                for row in unpaired:
                    row["test_unit"] = f"{UNPAIRED}; {row['test_unit']} resampled"
                rows += unpaired
                continue
            if self.blocks:
                observed, boot, permuted, exact = self._blocks(a, b)
                unit = "stories (labels swapped within stories)"
            else:
                observed, boot, permuted, unit = self._inside(a, b)
            p = exact_p(observed, permuted) if exact else permutation_p(observed, permuted)
            low, high = percentile_interval(boot, self.options.percentiles)
            n_a, n_b = self.pooled._n_articles(a), self.pooled._n_articles(b)
            small = " ".join(dict.fromkeys(c for c in (caveat(n_a, self.by, self.options),
                                                       caveat(n_b, self.by, self.options), note) if c))
            value_a, value_b = self.pooled._value(a), self.pooled._value(b)
            for i, m in enumerate(self.metrics):
                rows.append({"comparison": kind, "group_a": a, "group_b": REST_LABEL if b.startswith(REST) else b,
                             "family": m.family, "measure": m.key, "label": m.label, "unit": m.unit,
                             "value_a": value_a[i], "value_b": value_b[i], "difference": observed[i],
                             "low": low[i], "high": high[i], "p_value": p[i], "test_unit": unit,
                             "articles_a": n_a, "articles_b": n_b, "caveat": small})
        table = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
        anything = {m.key: bool(self.units[m.numerator].abs().sum() > 0) for m in self.metrics}
        table.loc[~table["measure"].map(anything).astype(bool), "p_value"] = np.nan
        for _, index in table.groupby(["comparison", "group_a", "group_b"], sort=False).groups.items():
            table.loc[index, "p_holm"] = holm(table.loc[index, "p_value"].to_numpy(dtype=float))
        return table
