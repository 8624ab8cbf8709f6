"""Which group each article belongs to, the options of a comparison, and the small-sample caveat."""
from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import ParameterError

#: Fields a comparison is usually grouped by (any column of the articles table works).
GROUP_FIELDS = ("outlet", "label", "story", "published")
#: Label of articles without a publication date when grouping by ``published``.
NO_DATE = "(no date)"
#: What a small group's figures describe instead of the whole group, by grouping field.
_WHOLE = {"outlet": "the outlet", "label": "everything with this label", "story": "the story's coverage",
          "published": "the period"}


#: The fewest and the most resamples per interval: below 100 the intervals are noise; the default 2,000
#: takes about a second on the seeds, 50,000 is 25 times that (and ~0.5 GB for 10,000 sentences).
#: Width of every interval unless the options say otherwise: 0.95 gives 95% intervals.
CONFIDENCE = 0.95
N_BOOT_RANGE = (100, 50_000)


@dataclass(frozen=True)
class CompareOptions:
    """Settings of a comparison. These field defaults are the only defaults.

    ``seed``: the random seed of every bootstrap and permutation test (same seed, same numbers).
    ``n_boot``: resamples per bootstrap interval and permutations per test (:data:`N_BOOT_RANGE`; time and
    memory grow in proportion).
    ``confidence``: width of the intervals, in (0, 1); 0.95 gives 95% intervals.
    ``article_resampling_min``: a group with at least this many articles is resampled by article (so the
    interval includes how much articles differ from each other); a smaller group is resampled by sentence
    within each article, which describes only the variation inside these texts.
    ``descriptive_below``: a group with fewer articles than this gets the caveat that its figures describe
    these texts, not the outlet.
    ``period``: a pandas period alias (``W`` weeks, ``M`` months) for dates. ``top_n``: words or actors shown.
    ``story_resampling_min``: with at least this many stories covered by two or more groups, differences
    are resampled and permuted by story (see :mod:`analysis.compare.within`); with fewer, inside each story.
    ``text_articles``: the most articles whose text is read word by word (distinguishing words, substitution
    pairs, house style, actor roles, side-by-side wording); above it, a sample per group (see
    :mod:`analysis.compare.sample`). Rates and intervals always use every article.
    """

    seed: int = 2024
    n_boot: int = 2000
    confidence: float = CONFIDENCE
    article_resampling_min: int = 5
    descriptive_below: int = 5
    period: str = "W"
    top_n: int = 15
    story_resampling_min: int = 5
    text_articles: int = 1000

    def __post_init__(self):
        if not isinstance(self.seed, int) or isinstance(self.seed, bool) or self.seed < 0:
            raise ParameterError("seed", f"got {self.seed!r}", "a whole number, 0 or more")
        low, high = N_BOOT_RANGE
        if not isinstance(self.n_boot, int) or isinstance(self.n_boot, bool) or not low <= self.n_boot <= high:
            raise ParameterError("n_boot", f"got {self.n_boot!r}",
                                 f"a whole number of resamples from {low:,} to {high:,}")
        if not 0 < self.confidence < 1:
            raise ParameterError("confidence", f"got {self.confidence!r}",
                                 "a number between 0 and 1, like 0.95")
        for name in ("top_n", "article_resampling_min", "descriptive_below", "story_resampling_min",
                     "text_articles"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ParameterError(name, f"got {value!r}", "a whole number, 1 or more")
        check_period(self.period)

    @property
    def percentiles(self) -> tuple[float, float]:
        """The lower and upper percentiles (0-100) of the interval."""
        tail = 50 * (1 - self.confidence)
        return tail, 100 - tail

    def rng(self, *names: str) -> np.random.Generator:
        """A generator seeded by ``seed`` and the names (a group, a pair): reproducible and independent of
        which other groups a comparison holds."""
        return np.random.default_rng([self.seed, *(zlib.crc32(n.encode("utf-8")) for n in names)])


def check_period(period: str) -> str:
    """``period`` if pandas knows it as a period alias (W, M, Q, Y, D ...); a ParameterError otherwise."""
    try:
        pd.Period("2024-01-01", freq=period)
    except (ValueError, TypeError):
        raise ParameterError("period", f"{period!r} is not a pandas period alias",
                             "W (weeks), M (months), Q (quarters), Y (years) or D (days)") from None
    return period


def period_label(dates: pd.Series, period: str) -> pd.Series:
    """Each ISO date as the label of its period (``2024-01-29/2024-02-04`` for a week, ``2024-01`` for a
    month); empty or unreadable dates become ``(no date)``."""
    parsed = pd.to_datetime(dates.astype(str).where(dates.astype(str) != ""), errors="coerce")
    labels = pd.Series(NO_DATE, index=dates.index, dtype=object)
    known = parsed.notna()
    if known.any():
        labels[known] = [str(p) for p in parsed[known].dt.to_period(check_period(period))]
    return labels


def assign_groups(articles: pd.DataFrame, by: str, period: str = CompareOptions.period) -> pd.Series:
    """The group label of every article, indexed by ``article_id``.

    ``by`` is a column of the articles table (``outlet``, ``label``, ``story``, ``published`` ...);
    ``published`` is bucketed into periods of ``period``. Empty values become ``(no <field>)``, as in
    :func:`analysis.report.pages.views.group_labels`.
    """
    if by not in articles.columns or by in ("article_id", "text"):
        usable = [c for c in articles.columns if pd.api.types.is_string_dtype(articles[c])
                  and c not in ("article_id", "source_path", "url", "title")]
        raise ParameterError("group_by", f"the articles have no field {by!r}",
                             "one of: " + ", ".join(dict.fromkeys([*GROUP_FIELDS, *usable])))
    column = articles[by]
    if by == "published":
        labels = period_label(column, period)
    else:
        labels = column.astype(object).where(column.notna(), "").astype(str).str.strip()
        labels = labels.mask(labels == "", f"(no {by})")
    return pd.Series(labels.to_numpy(dtype=object), index=articles["article_id"].astype(str), name="group")


def whole(by: str) -> str:
    """What a group stands for when grouping by ``by`` ("the outlet", "the period" ...)."""
    return _WHOLE.get(by, f"every article with this {by}")


def caveat(n_articles: int, by: str, options: CompareOptions) -> str:
    """The small-sample caveat for a group of ``n_articles`` ('' when the group is large enough)."""
    if n_articles >= options.descriptive_below:
        return ""
    whole_group = whole(by)
    texts = "this text" if n_articles == 1 else f"these {n_articles} texts"
    return f"Fewer than {options.descriptive_below} articles: descriptive of {texts}, not of {whole_group}."


def resampling_unit(n_articles: int, options: CompareOptions) -> str:
    """``articles`` for a group of at least ``article_resampling_min`` articles, else
    ``sentences within articles``."""
    return "articles" if n_articles >= options.article_resampling_min else "sentences within articles"


def group_table(tables, groups: pd.Series, by: str, options: CompareOptions) -> pd.DataFrame:
    """One row per group: articles, sentences, words, how its intervals were resampled, and its caveat."""
    ids = tables.articles["article_id"].astype(str)
    articles = tables.articles.assign(group=groups.reindex(ids).to_numpy())
    rows = []
    for name, part in articles.groupby("group", sort=True):
        n = len(part)
        rows.append({"group": name, "articles": n, "sentences": int(part["n_sentences"].sum()),
                     "words": int(part["n_words"].sum()), "resampled": resampling_unit(n, options),
                     "caveat": caveat(n, by, options)})
    return pd.DataFrame(rows, columns=["group", "articles", "sentences", "words", "resampled", "caveat"])
