"""The comparison's cheaper bookkeeping gives the numbers the plain way gives: the same permutation sums
whichever way the relabelled units are picked (ties included), the same overlaps of a loaded span, and the
word and phrase counts of a sentence a reader can count by hand."""
import numpy as np

from analysis.compare.resample import _smallest, bootstrap_sums, permutation_sums
from analysis.compare.substitution import _Spans
from analysis.compare.words import count_terms
from analysis.text import Document


def _argpartition_mask(keys, k):
    """The relabelling as it was written before: the indexes of the k smallest keys of each row."""
    mask = np.zeros(keys.shape)
    np.put_along_axis(mask, np.argpartition(keys, k - 1, axis=1)[:, :k], 1.0, axis=1)
    return mask


def test_permutation_masks_pick_the_units_an_argpartition_picks():
    keys = np.random.default_rng(4).random((500, 60))
    assert np.array_equal(_smallest(keys, 25), _argpartition_mask(keys, 25))


def test_tied_keys_still_give_each_side_its_own_number_of_units():
    keys = np.random.default_rng(6).random((50, 20))
    keys[:, 3] = keys[:, 7] = np.sort(keys, axis=1)[:, 9]  # two keys tie at the 10th smallest of every row
    mask = _smallest(keys, 10)
    assert (mask.sum(axis=1) == 10).all()
    assert np.array_equal(mask, _argpartition_mask(keys, 10))


def test_permutation_sums_are_those_of_the_argpartition_masks():
    rng = np.random.default_rng(8)
    a, b = rng.random((40, 3)) * 9, rng.random((70, 3)) * 9
    sums_a, sums_b = permutation_sums(a, b, 300, np.random.default_rng(2))
    pooled = np.vstack([a, b])
    expected = _argpartition_mask(np.random.default_rng(2).random((300, 110)), 40) @ pooled
    assert np.array_equal(sums_a, expected)
    assert np.array_equal(sums_b, pooled.sum(axis=0) - expected)


def test_the_ordinary_bootstrap_draws_every_unit_from_all_of_them():
    values = np.column_stack([np.ones(30), np.arange(30.0)])
    sums = bootstrap_sums(values, np.zeros(30, dtype=int), 400, np.random.default_rng(1))
    draws = np.floor(np.random.default_rng(1).random((400, 30)) * 30).astype(int)
    assert np.array_equal(sums[:, 0], np.full(400, 30.0))
    assert np.array_equal(sums[:, 1], draws.sum(axis=1).astype(float))  # unit i has the value i


def test_a_place_overlaps_a_loaded_span_exactly_when_some_span_covers_part_of_it():
    rng = np.random.default_rng(9)
    spans = [(int(s), int(s + w)) for s, w in zip(rng.integers(0, 500, 40), rng.integers(1, 30, 40))]
    index = _Spans(spans)
    for start in range(0, 540, 3):
        for width in (1, 4, 17):
            end = start + width
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert not _Spans([]).overlaps(0, 10)


def test_word_and_phrase_counts_of_two_sentences():
    doc = Document('The Army\'s main base fell. The US Air Force said 2,000 troops - tired, hungry - left the '
                   '"safe zone".')
    counts = count_terms(doc, "a1", skip={9})  # word 9 is "said": left out, as a quotation would be
    assert counts.n_words == 17  # 18 words, one left out; the number counts as a word, not as a term
    assert counts.words["the"] == 3 and counts.words["army"] == 1 and counts.words["US"] == 1
    assert "said" not in counts.words and "2,000" not in counts.words
    # no phrase across a possessive, a comma, a quote, a number or inside "The US Air Force"; a dash is a space
    assert dict(counts.pairs) == {"the army": 1, "main base": 1, "base fell": 1, "troops tired": 1,
                                  "hungry left": 1, "left the": 1, "safe zone": 1}
    assert counts.n_pairs == 7
    assert counts.where["main base"] == ("a1", 11, 20) and doc.text[11:20] == "main base"
