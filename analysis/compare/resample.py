"""Vectorised bootstrap and permutation resampling of sums (numpy only).

Every statistic of a comparison is a ratio of sums over units (sentences or articles): loaded terms per
1,000 words is ``1000 * sum(loaded) / sum(words)``, a mean sentence score is ``sum(score) / sum(1)``. So a
resample only needs the column sums of the resampled units, which a weight matrix times the unit matrix
gives for thousands of resamples at once.
"""
from __future__ import annotations

import numpy as np

#: Cells of a weight matrix built at once (about 16 MB of float64, and a few arrays as large while it is
#: built); larger jobs are done in chunks, which draw the same random numbers in the same order.
MAX_CELLS = 2_000_000
#: Multiply-adds of one matrix product up to which OpenBLAS (numpy's BLAS) computes on one thread (its
#: threshold: 65,536 x 4). A report makes hundreds of small resampling products (a trend has one per period
#: and group); above it each wakes BLAS threads that then wait spinning, which on a busy 2-core machine cost
#: more CPU than the products (1.1 of 1.5 CPU seconds of a 1,000-article trend). :func:`_product` multiplies
#: in row blocks under it, on one thread: the same numbers to a double's last bit or two (for a smaller block
#: OpenBLAS may add a row's terms in another order, depending on the processor: 1 in 10^15 of the sum).
ONE_THREAD_PRODUCT = 262_144


def _chunks(total: int, width: int):
    size = max(1, min(total, MAX_CELLS // max(1, width)))
    for start in range(0, total, size):
        yield start, min(size, total - start)


def _product(weights: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``weights @ values`` in blocks of rows small enough for one BLAS thread (see
    :data:`ONE_THREAD_PRODUCT`); each row is the row of one product, to rounding (see there)."""
    weights = np.asarray(weights, dtype=float)
    rows = max(1, ONE_THREAD_PRODUCT // max(1, weights.shape[1] * values.shape[1]))
    if rows >= len(weights):
        return weights @ values
    out = np.empty((len(weights), values.shape[1]))
    for lo in range(0, len(weights), rows):
        out[lo:lo + rows] = weights[lo:lo + rows] @ values
    return out


def bootstrap_sums(values: np.ndarray, strata: np.ndarray, n_boot: int,
                   rng: np.random.Generator) -> np.ndarray:
    """Column sums of ``n_boot`` stratified bootstrap resamples of the rows of ``values``.

    ``values`` is (units, columns); ``strata`` gives each unit's stratum (units of a stratum are resampled
    with replacement among themselves, as many as there are). One stratum for all units is the ordinary
    bootstrap. Returns an (n_boot, columns) array.
    """
    values = np.asarray(values, dtype=float)
    n = len(values)
    out = np.empty((n_boot, values.shape[1]))
    if n == 0:
        out.fill(0.0)
        return out
    order = np.argsort(strata, kind="stable")
    values, strata = values[order], np.asarray(strata)[order]
    _, first, sizes = np.unique(strata, return_index=True, return_counts=True)
    one = len(sizes) == 1  # the ordinary bootstrap: every unit drawn from all of them
    start = None if one else np.repeat(first, sizes).astype(float)
    size = float(n) if one else np.repeat(sizes, sizes).astype(float)
    for lo, m in _chunks(n_boot, n):
        weights = np.bincount(_picks(rng.random((m, n)), size, start), minlength=m * n).reshape(m, n)
        out[lo:lo + m] = _product(weights, values)
    return out


def _picks(draws: np.ndarray, size, start: np.ndarray | None) -> np.ndarray:
    """The cell of each draw in the flattened (resamples, units) weight matrix: the unit drawn (``start +
    floor(draw * size)``, the stratum's first unit and its number of units) plus the row's offset, computed
    in place in ``draws`` (whole numbers below 2 ** 53 in floating point are exact, so the cells are those
    of integer arithmetic)."""
    m, n = draws.shape
    draws *= size
    np.floor(draws, out=draws)
    if start is not None:
        draws += start
    draws += (np.arange(m) * float(n))[:, None]
    return draws.astype(np.int64).ravel()


def permutation_sums(values_a: np.ndarray, values_b: np.ndarray, n_perm: int,
                     rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Column sums of group A and group B over ``n_perm`` random relabellings of the pooled units.

    Each permutation gives A as many units as it has, drawn without replacement from the pooled units of A
    and B, and B the rest. Returns two (n_perm, columns) arrays.
    """
    pooled = np.vstack([np.asarray(values_a, dtype=float), np.asarray(values_b, dtype=float)])
    n, n_a = len(pooled), len(values_a)
    total = pooled.sum(axis=0)
    sums_a = np.empty((n_perm, pooled.shape[1]))
    for lo, m in _chunks(n_perm, n):
        keys = rng.random((m, n))
        if 0 < n_a < n:
            mask = _smallest(keys, n_a)
        else:
            mask = np.full((m, n), 1.0 if n_a == n else 0.0)
        sums_a[lo:lo + m] = _product(mask, pooled)
    return sums_a, total - sums_a


def _smallest(keys: np.ndarray, k: int) -> np.ndarray:
    """1.0 where a key is among the ``k`` smallest of its row, else 0.0: the keys up to each row's ``k``-th
    smallest (a partition, cheaper than the indexes of an argpartition); should two keys of a row tie there
    (random doubles: about once in 10 ** 10 rows), the ``k`` an argpartition picks."""
    mask = keys <= np.partition(keys, k - 1, axis=1)[:, k - 1:k]
    if (np.count_nonzero(mask, axis=1) != k).any():
        mask = np.zeros(keys.shape, dtype=bool)
        np.put_along_axis(mask, np.argpartition(keys, k - 1, axis=1)[:, :k], True, axis=1)
    return mask.astype(float)


def percentile_interval(replicates: np.ndarray,
                        percentiles: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper percentile of each column of ``replicates``, ignoring undefined (NaN) replicates."""
    replicates = np.atleast_2d(replicates)
    low, high = np.full(replicates.shape[1], np.nan), np.full(replicates.shape[1], np.nan)
    missing = np.isnan(replicates)
    complete = ~missing.any(axis=0)
    # the columns are copied (whole, or by the selection), so the percentiles may reorder the copy
    if complete.all():  # the fast path: np.nanpercentile is much slower than np.percentile
        low, high = np.percentile(replicates.copy(), percentiles, axis=0, overwrite_input=True)
    elif complete.any():
        low[complete], high[complete] = np.percentile(replicates[:, complete], percentiles, axis=0,
                                                      overwrite_input=True)
    partial = ~complete & ~missing.all(axis=0)
    if partial.any():
        low[partial], high[partial] = np.nanpercentile(replicates[:, partial], percentiles, axis=0,
                                                       overwrite_input=True)
    return low, high


def permutation_p(observed: np.ndarray, permuted: np.ndarray) -> np.ndarray:
    """Two-sided permutation p-value per column: ``(1 + #|permuted| >= |observed|) / (1 + n)``.

    The +1 counts the observed labelling itself, so p is never 0 (at least ``1 / (n + 1)``). A tiny
    tolerance counts permutations that tie the observed difference up to rounding as ties. NaN where the
    observed difference is undefined.
    """
    observed = np.asarray(observed, dtype=float)
    tolerance = 1e-9 * (1 + np.abs(observed))
    extreme = np.abs(np.nan_to_num(permuted, nan=0.0)) >= np.abs(observed) - tolerance
    p = (1 + extreme.sum(axis=0)) / (1 + len(permuted))
    return np.where(np.isnan(observed), np.nan, p)


def holm(p_values: np.ndarray) -> np.ndarray:
    """Holm's step-down adjustment of a family of p-values (NaN stays NaN), capped at 1."""
    p = np.asarray(p_values, dtype=float)
    out = np.full_like(p, np.nan)
    known = np.flatnonzero(~np.isnan(p))
    if len(known) == 0:
        return out
    order = known[np.argsort(p[known], kind="stable")]
    m = len(order)
    adjusted = np.maximum.accumulate((m - np.arange(m)) * p[order])
    out[order] = np.minimum(adjusted, 1.0)
    return out
