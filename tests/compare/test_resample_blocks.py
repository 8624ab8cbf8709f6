"""Resampling multiplies in row blocks small enough for one BLAS thread: the sums must be the numbers of one
whole product (the report's intervals and p-values do not move), and every resample must be complete.

"The numbers" is to rounding: on some processors (an AMD EPYC here) OpenBLAS adds a row's terms in another order
for a block of 128 rows than for 3,000, so about one sum in twenty differs in its last bit (1 in 10^15). A block
that lost, repeated or shifted a row would be off by whole units."""
import numpy as np

from analysis.compare.resample import ONE_THREAD_PRODUCT, _product, bootstrap_sums, permutation_sums


def _one_product_bootstrap(values, strata, n_boot, rng):
    """The bootstrap as it was written before the blocks: one weight matrix, one product."""
    order = np.argsort(strata, kind="stable")
    values, strata = values[order], strata[order]
    _, first, sizes = np.unique(strata, return_index=True, return_counts=True)
    start, size, n = np.repeat(first, sizes), np.repeat(sizes, sizes), len(values)
    picks = start + np.floor(rng.random((n_boot, n)) * size).astype(np.int64)
    rows = np.repeat(np.arange(n_boot) * n, n)
    return np.bincount(rows + picks.ravel(), minlength=n_boot * n).reshape(n_boot, n) @ values


def test_block_products_are_the_numbers_of_one_product():
    rng = np.random.default_rng(3)
    weights, values = rng.integers(0, 4, (3000, 120)).astype(float), rng.random((120, 17)) * 50
    assert 3000 * 120 * 17 > ONE_THREAD_PRODUCT  # so it is cut into blocks
    np.testing.assert_allclose(_product(weights, values), weights @ values, rtol=1e-13, atol=0)


def test_bootstrap_sums_are_unchanged_and_every_resample_keeps_its_strata_sizes():
    rng = np.random.default_rng(5)
    strata = rng.integers(0, 7, 400)
    values = np.column_stack([np.ones(400), strata == 2, rng.random(400) * 30])
    sums = bootstrap_sums(values, strata, 2000, np.random.default_rng(11))
    np.testing.assert_allclose(sums, _one_product_bootstrap(values, strata, 2000, np.random.default_rng(11)),
                               rtol=1e-13, atol=0)
    assert (sums[:, 0] == 400).all()  # every unit drawn once per resample on average: 400 draws in all
    assert (sums[:, 1] == (strata == 2).sum()).all()  # a stratum is resampled within itself


def test_permutations_give_each_side_its_own_number_of_units():
    rng = np.random.default_rng(8)
    a, b = np.column_stack([np.ones(150), rng.random(150)]), np.column_stack([np.ones(250), rng.random(250)])
    sums_a, sums_b = permutation_sums(a, b, 3000, np.random.default_rng(2))
    assert (sums_a[:, 0] == 150).all() and (sums_b[:, 0] == 250).all()
    assert np.allclose(sums_a[:, 1] + sums_b[:, 1], a[:, 1].sum() + b[:, 1].sum())
