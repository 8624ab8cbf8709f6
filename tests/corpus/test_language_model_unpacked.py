"""The language classifier loaded from the model ``make setup`` unpacks is the shipped one, value for value;
a copy made from another model file, or a damaged one, is never used."""
from __future__ import annotations

import numpy as np
import pytest

from analysis.corpus import language

TEXTS = (
    "The minister said on Tuesday that the plan would be delayed until spring.",
    "Der Minister sagte am Dienstag, dass der Plan bis zum Frühjahr verschoben werde.",
    "Le ministre a déclaré mardi que le plan serait reporté au printemps.",
    "El ministro dijo el martes que el plan se retrasaría hasta la primavera.",
    "Министр заявил во вторник, что план будет отложен до весны.",
    "Site Mobile Navigation WASHINGTON -- Rep. Jackson (D-Ill.) pleaded guilty Wednesday.",
)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    return language.unpack_model(tmp_path_factory.mktemp("model") / "langid-model.npz")


def test_the_unpacked_model_holds_the_shipped_arrays_and_classifies_alike(unpacked):
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import load_model

    ours, shipped = language._unpacked_arrays(unpacked), load_model(language._shipped_model())
    assert ours is not None
    for mine, theirs in zip(ours, shipped):
        assert np.array_equal(np.asarray(mine), np.asarray(theirs))
        assert np.asarray(mine).dtype == np.asarray(theirs).dtype
    ptc, pc, classes, nextmove, row, output = ours
    fast = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    slow = LanguageIdentifier.from_model_file(language._shipped_model(), norm_probs=True)
    for text in TEXTS:
        assert fast.classify(text) == slow.classify(text)
        assert fast.rank(text) == slow.rank(text)
    assert [fast.classify(t)[0] for t in TEXTS[:5]] == ["en", "de", "fr", "es", "ru"]


def test_a_copy_of_another_model_file_is_not_used(unpacked, tmp_path):
    other = tmp_path / "other.npz"
    with np.load(unpacked) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["source_sha256"] = np.array("0" * 64)
    np.savez(other, **arrays)
    assert language._unpacked_arrays(other) is None


@pytest.mark.parametrize("content", [b"", b"not a model", b"PK\x03\x04 cut short"])
def test_a_missing_or_damaged_copy_is_not_used(tmp_path, content):
    assert language._unpacked_arrays(tmp_path / "absent.npz") is None
    damaged = tmp_path / "damaged.npz"
    damaged.write_bytes(content)
    assert language._unpacked_arrays(damaged) is None
