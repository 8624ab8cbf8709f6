"""Which articles' text a comparison reads word by word, when the corpus is large.

Rates, intervals, differences and trends come from the stored tables and always use every article. The parts
that read the text itself (distinguishing words, house style, substitution pairs, actors as doers or done-to,
the side-by-side wording of stories) cost a split of each article into a :class:`~analysis.text.Document`
and a reading of its voices, about 15 ms an article. Above :attr:`CompareOptions.text_articles` articles they
read a random sample instead: each group keeps its share of the corpus (at least one article), drawn with the
comparison's seed, so the same corpus and seed give the same sample. :func:`sample_note` says so on the page.
"""
from __future__ import annotations

import pandas as pd

from .groups import CompareOptions


def text_sample(membership: pd.Series, options: CompareOptions) -> list[str]:
    """The article ids whose text is read, in corpus order: all of them up to ``options.text_articles``,
    else a random sample stratified by group (each group ``round(share * text_articles)`` articles, at
    least 1)."""
    ids = [str(a) for a in membership.index]
    limit = options.text_articles
    if len(ids) <= limit:
        return ids
    chosen: set[str] = set()
    for group, part in membership.groupby(membership.astype(str), sort=True):
        members = [str(a) for a in part.index]
        take = min(len(members), max(1, round(limit * len(members) / len(ids))))
        picked = options.rng("text sample", str(group)).choice(len(members), size=take, replace=False)
        chosen.update(members[i] for i in picked)
    return [a for a in ids if a in chosen]


def sample_note(read: int, total: int, options: CompareOptions) -> str:
    """One sentence for the page: how many articles' text was read, of how many, and why ('' when all)."""
    if read >= total:
        return ""
    return (f"Distinguishing words, house style, substitution pairs, actors as doers or done-to and the "
            f"side-by-side wording read the text of {read:,} of the {total:,} articles: a random sample that "
            f"keeps each group's share (seed {options.seed}; at most text_articles = {options.text_articles:,}). "
            "Every rate, interval, difference and trend uses all articles.")
