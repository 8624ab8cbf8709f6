"""The plain senses live in a data file beside the lexicons (``analysis/lexicons/plain_senses.yaml``), read by
``analysis/measures/plain_senses.py``; the store's reuse key covers the file, and a broken file is refused
with a message that names it."""
from __future__ import annotations

import shutil

import pytest

from analysis.errors import LexiconError
from analysis.measures import plain_senses
from analysis.pipeline import Config, analyze
from analysis.store.keys import settings_key


def loaded_words(text: str) -> list[str]:
    return [s.text for s in analyze(text).spans() if s.measure == "loaded"]


def test_every_entry_of_the_shipped_file_has_a_pattern_and_a_reason():
    senses = plain_senses.read_plain_senses(plain_senses.SENSES_FILE)
    assert len(senses) > 200
    assert all(pattern and len(reason) > 10 for pattern, reason in senses)


def test_the_file_decides_what_is_a_plain_sense():
    # "a vicious cycle" is a plain sense in the shipped file; "a vicious attack" is not
    assert loaded_words("It was a vicious cycle of debt.") == []
    assert loaded_words("It was a vicious attack on the mayor.") == ["vicious"]


def test_changing_the_file_changes_the_reuse_key_and_the_matches(tmp_path, monkeypatch):
    edited = tmp_path / "plain_senses.yaml"
    shutil.copyfile(plain_senses.SENSES_FILE, edited)
    with open(edited, "a", encoding="utf-8") as fh:
        fh.write('  - pattern: "vicious attack"\n    reason: "a made-up plain sense, for this test only"\n')
    before = settings_key(Config())
    monkeypatch.setattr(plain_senses, "SENSES_FILE", edited)
    assert settings_key(Config()) != before
    assert loaded_words("It was a vicious attack on the mayor.") == []


@pytest.mark.parametrize("text, problem", [
    ("name: x\n", "'entries:' list"),
    ("entries:\n  - pattern: vicious cycle\n", "entry 1 needs a 'reason:'"),
    ("entries:\n  - pattern: \"[vicious] cycle\"\n    reason: a reason long enough\n", "cannot be used"),
    ("entries: [\n", "cannot be read as a YAML file"),
])
def test_a_broken_file_is_refused_with_its_name_and_what_to_fix(tmp_path, text, problem):
    path = tmp_path / "senses.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        plain_senses.read_plain_senses(path)
    assert str(path) in str(err.value) and problem in str(err.value)
