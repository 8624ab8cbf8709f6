"""Is a group's new articles' rate different from its previous run's? A permutation test between articles,
widened by the week-to-week variation the series itself shows.

Articles differ a great deal (one article full of unnamed sources, the next with none; one short piece at 70
loaded terms per 1,000 words among pieces at 5), and a week brings a group only a few new ones, so neither a
Poisson count nor a standard error estimated from five articles is a fair yardstick. :func:`shift_test` pools
the new articles with the previous run's, draws :data:`RESAMPLES` random splits of the same sizes, and asks
how often a split differs as much as the real one in the mean rank of its articles' values (a
Mann-Whitney comparison: one extreme article counts as one high rank, not as a large sum): the p-value needs
no assumption about how articles vary. The change shown and its noise (the spread of the pooled change over
the same random splits) are in the measure's own unit. When the earlier runs vary from week to week more than
sampling explains (``extra``: variance beyond sampling, method of moments), the observed change is shrunk
by ``sd / sqrt(sd^2 + extra)`` before it is compared, so a group whose weeks always swing is not flagged
for an ordinary swing. With few articles the smallest possible p-value is large and nothing is flagged: a
week of three articles against three cannot show a change at the strictness a run needs.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

#: Random splits per test; the smallest p-value is 1 / (RESAMPLES + 1).
RESAMPLES = 2000
#: Articles of each side used at most (a random sample past this), so a test holds at most
#: RESAMPLES x 2 x POOL_MAX numbers (about 32 MB) whatever the corpus.
POOL_MAX = 1000


def _values(part: pd.DataFrame, column: str, words: str) -> tuple[np.ndarray, np.ndarray]:
    values = pd.to_numeric(part[column], errors="coerce").fillna(0.0).to_numpy(float)
    weights = pd.to_numeric(part[words] if words in part.columns else part["n_words"],
                            errors="coerce").fillna(0.0).to_numpy(float)
    return values, weights


def _statistic(values, weights, chosen, kind: str):
    """The difference between the chosen articles and the others (rows of ``chosen``: boolean masks), per
    1,000 words for a rate (pooled), in points for a score (means)."""
    if kind == "score":
        inside = (chosen * values).sum(1) / chosen.sum(1)
        outside = (~chosen * values).sum(1) / (~chosen).sum(1)
        return inside - outside
    counts = values * weights / 1000
    w_in, w_out = (chosen * weights).sum(1), (~chosen * weights).sum(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = 1000 * ((chosen * counts).sum(1) / w_in - (~chosen * counts).sum(1) / w_out)
    return np.nan_to_num(diff)


def shift_test(now: pd.DataFrame, then: pd.DataFrame, column: str, words: str, kind: str,
               extra: float = 0.0, seed: int = 0) -> dict:
    """``{"change", "sd", "p"}`` of the new articles ``now`` against the previous run's ``then`` on one
    measure (``column``; a ``rate`` per 1,000 of the ``words`` column, or a ``score``). ``sd`` is the spread
    of the change over random splits (sampling noise), ``p`` the two-sided share of splits that differ at
    least as much as the real one after widening by ``extra`` (variance beyond sampling)."""
    rng = np.random.default_rng(seed)
    now, then = (part.sample(POOL_MAX, random_state=seed) if len(part) > POOL_MAX else part for part in (now, then))
    v_now, w_now = _values(now, column, words)
    v_then, w_then = _values(then, column, words)
    values, weights = np.concatenate([v_now, v_then]), np.concatenate([w_now, w_then])
    n, total = len(v_now), len(values)
    real = np.zeros((1, total), bool)
    real[0, :n] = True
    change = float(_statistic(values, weights, real, kind)[0])
    order = rng.random((RESAMPLES, total)).argpartition(n - 1, axis=1)[:, :n] if n < total else None
    if order is None:
        return {"change": change, "sd": None, "p": 1.0}
    chosen = np.zeros((RESAMPLES, total), bool)
    np.put_along_axis(chosen, order, True, axis=1)
    sd = float(_statistic(values, weights, chosen, kind).std(ddof=1))
    ranks = pd.Series(values).rank().to_numpy(float)
    observed = float(_statistic(ranks, weights, real, "score")[0])
    null = _statistic(ranks, weights, chosen, "score")
    shrink = sd / math.sqrt(sd ** 2 + extra) if extra > 0 and sd > 0 else 1.0
    beyond = int((np.abs(null) >= abs(observed) * shrink - 1e-9).sum())
    return {"change": change, "sd": math.sqrt(sd ** 2 + max(0.0, extra)), "p": (beyond + 1) / (RESAMPLES + 1)}


def extra_variance(series: list[dict], expected_var) -> float:
    """Variance of the earlier runs' values beyond what sampling explains (0 when they vary no more);
    ``series`` holds each run's stats of its new articles, ``expected_var(stats)`` the sampling variance a run
    of that size would have."""
    if len(series) < 2:
        return 0.0
    values = pd.Series([p["value"] for p in series])
    return max(0.0, float(values.var(ddof=1)) - sum(expected_var(p) for p in series) / len(series))
