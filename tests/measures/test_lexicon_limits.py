"""Hostile and huge input for lexicons (issue 11, items 1, 4, 5 and 6): every case ends with a result or a
clear LexiconError, and nothing is expanded, backtracked or compared without bound."""
from __future__ import annotations

import itertools
import string
import textwrap

import pytest

from analysis import lexicon as lexicon_module
from analysis.errors import LexiconError
from analysis.lexicon import MAX_OPTIONAL_WORDS, load_lexicon
from analysis.paths import LEXICON_DIR
from analysis.text import Document

HEADER = """\
name: test
kind: hedges
version: "1"
categories:
  epistemic: test
entries:
"""


def distinct_words(n: int) -> list[str]:
    """``n`` different made-up lower-case words (qaaaaa, qaaaab, ...), none of them English."""
    letters = itertools.product(string.ascii_lowercase, repeat=5)
    return ["q" + "".join(p) for p in itertools.islice(letters, n)]


def test_an_article_with_more_distinct_words_than_the_matcher_remembers_loses_no_word(monkeypatch):
    """The matcher's word memory holds at most CACHE_WORDS words (200,000) and is emptied when full. The limit
    is cut to 2,000 here so that an article of 6,000 distinct words fills and empties it three times: the
    same path an article of 600,000 distinct words takes with the real limit, in a fraction of the time."""
    from analysis import matching

    monkeypatch.setattr(matching, "CACHE_WORDS", 2_000)
    monkeypatch.setattr(lexicon_module, "CACHE_WORDS", 2_000)
    words = distinct_words(6_000)
    # every 20th word ends a sentence; two hedges sit at the start and near the end
    lines = [" ".join(words[i:i + 20]) + "." for i in range(0, len(words), 20)]
    lines[0] = "This may happen. " + lines[0]
    lines[-1] += " It is unclear why."
    doc = Document("\n".join(lines))
    assert doc.n_words > 6_000
    hedges = load_lexicon(LEXICON_DIR / "hedges.yaml")
    # the word memory of the matcher fills up and is emptied during the scan: nothing may go missing
    assert len(set(doc.keys())) > 3 * lexicon_module.CACHE_WORDS
    assert [s.text for s in hedges.find(doc)] == ["may", "unclear"]


@pytest.mark.slow
def test_100000_entries_load_and_a_repeated_term_is_named(tmp_path):
    """Every entry is validated and the duplicate check counts terms once (it compared every pair before,
    unfinished after 300 s); most of the time left is PyYAML parsing the file."""
    body = "".join(f"  - term: t{i}\n    patterns: [w{i}]\n    category: epistemic\n    explanation: x\n"
                   for i in range(100_000))
    path = tmp_path / "big.yaml"
    path.write_text(HEADER + body + "  - term: t5\n    patterns: [again]\n    category: epistemic\n"
                    "    explanation: x\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    assert caught.value.entry == "t5" and "unique" in caught.value.problem


def write(tmp_path, entry: str):
    path = tmp_path / "lx.yaml"
    path.write_text(HEADER + textwrap.indent(textwrap.dedent(entry), "  "), encoding="utf-8")
    return path


def test_a_pattern_with_too_many_optional_words_is_refused(tmp_path):
    optional = " ".join(["[_]"] * 25)
    path = write(tmp_path, f"""\
        - term: runaway
          patterns: ["start {optional} end"]
          category: epistemic
          explanation: twenty-five optional words
        """)
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    assert "25 optional" in caught.value.problem and caught.value.entry == "runaway"


def test_the_most_optional_words_allowed_still_scan_a_long_article(tmp_path):
    optional = " ".join(["[_]"] * MAX_OPTIONAL_WORDS)
    path = write(tmp_path, f"""\
        - term: bounded
          patterns: ["start {optional} end"]
          category: epistemic
          explanation: as many optional words as allowed
        """)
    text = " ".join(["start"] * 2_050) + " start one two end"
    spans = load_lexicon(path).find(Document(text))
    assert [s.text for s in spans] == ["start start start start start one two end"]


BOMB = """\
name: bomb
kind: hedges
version: "1"
categories:
  epistemic: test
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
entries:
  - term: {term}
    patterns: [fine]
    category: epistemic
    explanation: {explanation}
"""


@pytest.mark.parametrize("term, explanation, problem", [
    ("*h", "ok", "must be text"),
    ("fine", "*h", "explanation must be one line of text"),
])
def test_an_alias_bomb_in_a_lexicon_is_refused_without_expanding_it(tmp_path, term, explanation, problem):
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB.format(term=term, explanation=explanation), encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    # written out, the value would be 9 ** 8 (43 million) words; the message only says what kind it is
    assert problem in str(caught.value) and "a list of 9 items" in str(caught.value)
    assert len(str(caught.value)) < 400 and str(path) in str(caught.value)
