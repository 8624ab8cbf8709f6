"""Comparisons between groups of articles (by outlet, label, story or period) that state their uncertainty.

:func:`compare` runs every part and returns a :class:`Comparison`; each part can be used alone:

* :mod:`.groups`: which group each article is in, :class:`CompareOptions`, the small-sample caveat;
* :mod:`.rates`: every measure per group with a bootstrap interval, differences and permutation tests;
* :mod:`.words`: distinguishing words and phrases (log-odds with an informative Dirichlet prior) in context;
* :mod:`.substitution`: which side of each loaded / neutral pair each group uses;
* :mod:`.actors`: actor framing per group; :mod:`.trends`: measures per period;
* :mod:`.summary`: the table of every measure and the plain-language summary.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import OutputError
from .actors import actor_framing, top_actors
from .groups import CompareOptions, assign_groups, caveat, group_table
from .rates import FAMILIES, REST_LABEL, RateComparison, metrics_for, sentence_units
from .resample import bootstrap_sums, holm, percentile_interval, permutation_p, permutation_sums
from .substitution import loaded_lexicon, substitution_pairs, substitution_table
from .summary import plain_summary, summary_table
from .trends import trends
from .words import distinguishing_words, documents, log_odds, read_background

__all__ = [
    "FAMILIES", "REST_LABEL", "CompareOptions", "Comparison", "RateComparison", "actor_framing",
    "assign_groups", "bootstrap_sums", "caveat", "compare", "distinguishing_words", "documents",
    "group_table", "holm", "log_odds", "loaded_lexicon", "metrics_for", "percentile_interval",
    "permutation_p", "permutation_sums", "plain_summary", "read_background", "sentence_units",
    "substitution_pairs", "substitution_table", "summary_table", "top_actors", "trends", "write_tables",
]


@dataclass
class Comparison:
    """Every table of a comparison of ``by`` groups (see each module for the columns).

    ``groups``: one row per group (articles, words, resampling unit, caveat). ``estimates``: every measure
    per group with its interval. ``differences``: each pair (and each group against the rest) per measure.
    ``words``: distinguishing words. ``substitutions``: loaded / neutral pairs. ``actors``: actor framing.
    ``trends``: measures per period (empty without dates). ``summary``: the plain-language summary
    (Markdown).
    """

    by: str
    options: CompareOptions
    membership: pd.Series
    groups: pd.DataFrame
    estimates: pd.DataFrame
    differences: pd.DataFrame
    words: pd.DataFrame
    substitutions: pd.DataFrame
    actors: pd.DataFrame
    trends: pd.DataFrame
    summary: str = ""

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by its CSV name (``comparison_<name>.csv``), the reader's wide tables included."""
        return {
            "groups": self.groups, "summary": summary_table(self.estimates, self.options.confidence),
            "estimates": self.estimates, "differences": self.differences, "distinguishing_words": self.words,
            "substitution_pairs": self.substitutions,
            "substitution_table": substitution_table(self.substitutions), "actor_framing": self.actors,
            "trends": self.trends,
        }


def write_tables(tables: dict[str, pd.DataFrame], folder: str | Path,
                 prefix: str = "comparison_") -> list[Path]:
    """Write each table as ``<folder>/<prefix><name>.csv`` (UTF-8, no index); returns the paths written."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in tables.items():
            path = folder / f"{prefix}{name}.csv"
            table.to_csv(path, index=False, encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise OutputError(f"{folder}: the tables cannot be written ({exc.strerror}); "
                          "pass another tables_dir or fix the folder's permissions") from None
    return written


def compare(corpus, tables, by: str = "outlet", options: CompareOptions | None = None, config=None,
            background: str = "", last_weeks: int = 0) -> Comparison:
    """Compare the articles of ``corpus`` (analysed into ``tables``) grouped by the field ``by``.

    ``config`` is the :class:`~analysis.pipeline.Config` the tables were made with (its loaded-terms lexicon
    gives the substitution pairs); ``background`` an optional word-frequency file for the log-odds prior;
    ``last_weeks`` limits the trend to the last N weeks of the corpus (0: all).
    """
    from ..pipeline import Config

    options = options or CompareOptions()
    membership = assign_groups(tables.articles, by, options.period)
    units = sentence_units(tables)
    metrics = metrics_for(tables)
    rates = RateComparison(units, membership, metrics, by, options)
    docs = documents(corpus)
    prior = read_background(background) if background else None
    words = distinguishing_words(docs, membership, options, prior)
    groups = group_table(tables, membership, by, options)
    estimates, differences = rates.estimates(), rates.differences()
    substitutions = substitution_pairs(docs, tables, membership, loaded_lexicon(config or Config()))
    # a trend follows each group over time; when the groups are periods themselves, it follows outlets
    series = membership if by != "published" else assign_groups(tables.articles, "outlet")
    result = Comparison(
        by=by, options=options, membership=membership, groups=groups, estimates=estimates,
        differences=differences, words=words, substitutions=substitutions,
        actors=actor_framing(docs, tables, membership, by, options),
        trends=trends(tables, units, series, metrics, by, options, last_weeks),
    )
    result.summary = plain_summary(groups, estimates, differences, by, options.descriptive_below,
                                   options.confidence, substitutions, words)
    return result
