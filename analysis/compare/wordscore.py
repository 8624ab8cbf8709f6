"""A group's term counts (:class:`TermCounts`), the log-odds score of the distinguishing words (the formula is
in :mod:`analysis.compare.words`) and the pooled design's counts as arrays (:class:`PooledCounts`): every
comparison of groups pooled without stories is array arithmetic over the groups' counts, with the same rows,
values and order as :func:`score`."""
from __future__ import annotations

from collections import ChainMap, Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

import numpy as np
import pandas as pd

from ..stopwords import STOP_WORDS
from .housestyle import HONORIFICS

#: Pseudo-count added to every background frequency (words missing from the file still get a prior).
BACKGROUND_SMOOTHING = 0.5
SCORE_COLUMNS = ["term", "ngram", "count_a", "count_b", "per_1000_a", "per_1000_b", "log_odds", "z"]


@dataclass
class TermCounts:
    """A group's term counts. ``n_words`` counts every word token, ``n_pairs`` every adjacent pair of
    words inside a sentence with nothing but a space or hyphen between; ``where`` keeps the first place
    each term was seen as (article_id, start, end) for its keyword-in-context line."""

    words: Counter = field(default_factory=Counter)
    pairs: Counter = field(default_factory=Counter)
    n_words: int = 0
    n_pairs: int = 0
    where: dict = field(default_factory=dict)

    def merge(self, other: "TermCounts") -> "TermCounts":
        """Add ``other``'s counts to these, in place (summing many groups or stories stays linear); the
        first place of a term is kept from ``self`` when both have one. Returns ``self``."""
        self.words.update(other.words)
        self.pairs.update(other.pairs)
        self.n_words += other.n_words
        self.n_pairs += other.n_pairs
        for term, place in other.where.items():
            self.where.setdefault(term, place)
        return self


def prior(terms: list[str], corpus_counts: Counter, corpus_total: float,
          background: Counter | None = None) -> tuple[np.ndarray, float]:
    """``(alpha_w for each of terms, alpha_0)`` of the Dirichlet prior (see :mod:`analysis.compare.words`)."""
    if background is None:
        return np.array([corpus_counts[t] for t in terms], dtype=float), float(corpus_total)
    vocabulary = set(background) | set(corpus_counts)
    mass = sum(background.values()) + BACKGROUND_SMOOTHING * len(vocabulary)
    share = np.array([(background.get(t, 0.0) + BACKGROUND_SMOOTHING) / mass for t in terms])
    return corpus_total * share, float(corpus_total)


def log_odds(count_a: np.ndarray, n_a: float, count_b: np.ndarray, n_b: float, alpha: np.ndarray,
             alpha0: float) -> tuple[np.ndarray, np.ndarray]:
    """``(delta, z)`` of Monroe et al.'s log-odds ratio with prior ``alpha`` (arrays over terms)."""
    ya, yb = np.asarray(count_a, dtype=float), np.asarray(count_b, dtype=float)
    delta = (np.log((ya + alpha) / (n_a + alpha0 - ya - alpha))
             - np.log((yb + alpha) / (n_b + alpha0 - yb - alpha)))
    return delta, delta / np.sqrt(1.0 / (ya + alpha) + 1.0 / (yb + alpha))


@lru_cache(maxsize=200_000)
def scorable(term: str) -> bool:
    """A term worth reporting: no word of it is a stop word or an honorific (remembered per term: every
    comparison of a report asks again about the same tens of thousands of terms)."""
    return not any(w in STOP_WORDS or w.rstrip(".") in HONORIFICS for w in term.split())


def score(a: TermCounts, b: TermCounts, corpus: TermCounts,
          background: Counter | None = None) -> pd.DataFrame:
    """Every scorable term of A or B with its counts, rate per 1,000 words, log-odds and z (A over B)."""
    frames = []
    for ngram, attr, total in ((1, "words", "n_words"), (2, "pairs", "n_pairs")):
        ca, cb = getattr(a, attr), getattr(b, attr)
        terms = sorted(t for t in set(ca) | set(cb) if scorable(t))
        if not terms:
            continue
        ya = np.array([ca[t] for t in terms], dtype=float)
        yb = np.array([cb[t] for t in terms], dtype=float)
        alpha, alpha0 = prior(terms, getattr(corpus, attr), getattr(corpus, total), background)
        delta, z = log_odds(ya, getattr(a, total), yb, getattr(b, total), alpha, alpha0)
        frames.append(pd.DataFrame({
            "term": terms, "ngram": ngram, "count_a": ya.astype(int), "count_b": yb.astype(int),
            "per_1000_a": 1000 * ya / max(a.n_words, 1), "per_1000_b": 1000 * yb / max(b.n_words, 1),
            "log_odds": delta, "z": z}))
    if not frames:
        return pd.DataFrame(columns=SCORE_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def strongest(scored: pd.DataFrame, side: np.ndarray, n: int) -> pd.DataFrame:
    """The ``n`` rows of ``scored`` on ``side`` (a mask) with the largest ``|z|``, ties alphabetical by term
    (every row whose ``|z|`` reaches the ``n``-th largest is sorted, not the whole table)."""
    strength = np.abs(scored["z"].to_numpy())
    rows = np.flatnonzero(side)
    if len(rows) > n > 0:
        cut = np.partition(strength[rows], len(rows) - n)[len(rows) - n]
        rows = rows[strength[rows] >= cut]
    part = scored.iloc[rows].assign(strength=strength[rows])
    return part.sort_values(["strength", "term"], ascending=[False, True]).head(n)


class PooledCounts:
    """Every group's counts of the scorable terms as one array per n-gram size (groups x terms, terms in
    sorted order), so that each comparison of the pooled design is array arithmetic: a group against the
    rest is the corpus less the group (the same integers the rest's counters would sum to), and
    :func:`score` gives the same rows, in the same order, for the same two sides."""

    def __init__(self, per_group: dict[str, TermCounts], background: Counter | None = None):
        self.per_group, self.background = per_group, background
        self.row = {name: i for i, name in enumerate(per_group)}
        self.sizes = {}
        for ngram, attr, total in ((1, "words", "n_words"), (2, "pairs", "n_pairs")):
            counters = [getattr(c, attr) for c in per_group.values()]
            every = set().union(*counters)
            terms = sorted(t for t in every if scorable(t))
            counts = np.array([np.fromiter(map(c.get, terms, repeat(0)), dtype=np.int64, count=len(terms))
                               for c in counters], dtype=np.int64).reshape(len(counters), -1)
            corpus_total = sum(getattr(c, total) for c in per_group.values())
            if background is None:  # the corpus's count of each term: the groups' counts summed
                alpha, alpha0 = counts.sum(axis=0).astype(float), float(corpus_total)
            else:  # the prior reads only which terms the corpus holds
                alpha, alpha0 = prior(terms, dict.fromkeys(every, 0), corpus_total, background)
            sizes = np.array([getattr(c, total) for c in per_group.values()], dtype=np.int64)
            self.sizes[ngram] = (np.array(terms, dtype=object), counts, alpha, alpha0, sizes)

    def score(self, a: str, b: str | None) -> pd.DataFrame:
        """:func:`score` of group ``a`` against group ``b`` (None: every other group)."""
        frames = []
        n_words = self._side(self.sizes[1][4], a, b)
        for ngram, (terms, counts, alpha, alpha0, sizes) in self.sizes.items():
            ya, yb = self._side(counts, a, b)
            used = (ya + yb) > 0
            if not used.any():
                continue
            na, nb = self._side(sizes, a, b)
            ya, yb = ya[used].astype(float), yb[used].astype(float)
            delta, z = log_odds(ya, na, yb, nb, alpha[used], alpha0)
            frames.append(pd.DataFrame({
                "term": terms[used], "ngram": ngram, "count_a": ya.astype(int), "count_b": yb.astype(int),
                "per_1000_a": 1000 * ya / max(n_words[0], 1), "per_1000_b": 1000 * yb / max(n_words[1], 1),
                "log_odds": delta, "z": z}))
        if not frames:
            return pd.DataFrame(columns=SCORE_COLUMNS)
        return pd.concat(frames, ignore_index=True)

    def _side(self, values: np.ndarray, a: str, b: str | None) -> tuple:
        """``values``'s row of ``a`` and of ``b`` (of every other group when ``b`` is None: their sum)."""
        mine = values[self.row[a]]
        return mine, (values[self.row[b]] if b is not None else values.sum(axis=0) - mine)

    def where(self, a: str, b: str | None) -> dict | ChainMap:
        """The first places of side ``b`` of a comparison with ``a`` (``b`` is ``a`` for A's own side):
        a group's own, or the other groups' in the order their counts are merged."""
        if b is not None:
            return self.per_group[b].where
        return ChainMap(*(c.where for name, c in self.per_group.items() if name != a))
