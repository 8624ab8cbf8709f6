"""A lexicon file is parsed once per process (a report's kernel needs the loaded terms twice), and a file
that changed is read again: a user who edits a lexicon never gets the old entries."""
from __future__ import annotations

from analysis.lexicon import load_lexicon
from analysis.paths import LEXICON_DIR

ENTRY = """\
kind: loaded
categories: {{labeling: "labels"}}
entries:
  - term: {term}
    patterns: [{term}]
    category: labeling
    explanation: "a word written for this test"
    neutral: [government]
    strength: strong
"""


def test_the_same_file_read_twice_gives_the_same_lexicon_without_parsing_again():
    shipped = LEXICON_DIR / "loaded_terms.yaml"
    first = load_lexicon(shipped, "loaded")
    assert load_lexicon(str(shipped), "loaded") is first  # the comparison passes the path as text
    assert len(first.entries) > 100


def test_a_changed_file_is_read_again(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(ENTRY.format(term="regime"), encoding="utf-8")
    before = load_lexicon(path, "loaded")
    path.write_text(ENTRY.format(term="junta"), encoding="utf-8")  # same size, maybe the same mtime
    after = load_lexicon(path, "loaded")
    assert [e.term for e in before.entries] == ["regime"]
    assert [e.term for e in after.entries] == ["junta"]
