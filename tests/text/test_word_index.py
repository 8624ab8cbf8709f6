"""The shared word index and the scan's pre-checks give what running every pattern's regex gives.

A lexicon compiled after a document was scanned (as a comparison compiles one small lexicon per loaded term
while it scans its first document) must find in that document what it finds in a fresh copy of it, whatever
the index remembered before: possessive and hyphenated words, ``word*`` stems, numbers. And a pattern whose
third or fourth word cannot be there is skipped without its regex only where the document's words line up
with the regex's words (a hyphen splits a word for the regex, not for the index). Expectations checked by hand.
"""
from __future__ import annotations

from analysis.lexicon import Entry, Lexicon
from analysis.text import Document


def lexicon(name: str, *patterns: str) -> Lexicon:
    entries = tuple(Entry(p, (p,), "c", f"test pattern {p}") for p in patterns)
    return Lexicon(name, "loaded", "", "", {"c": ""}, entries)


def found(lx: Lexicon, doc: Document) -> list[str]:
    return [s.text for s in lx.find(doc)]


TEXT = ("The regime's envoy met pro-regime groups. State-owned media said 40 people came; "
        "a senior state-owned media outlet and the regime denied it.")


def test_a_lexicon_compiled_after_a_scan_finds_the_same_in_that_document():
    doc = Document(TEXT)
    first = lexicon("first", "envoy", "media")
    assert found(first, doc) == ["envoy", "media", "media"]
    later = [lexicon("plain", "regime"), lexicon("stem", "state*"), lexicon("number", "# people"),
             lexicon("phrase", "state owned media")]
    answers = [found(lx, doc) for lx in later]  # each compiled on first use, the document already indexed
    assert answers == [["regime", "regime", "regime"], ["State", "state"], ["40 people"],
                       ["State-owned media", "state-owned media"]]
    assert answers == [found(lx, Document(TEXT)) for lx in later]  # a fresh document: the same
    assert found(first, doc) == ["envoy", "media", "media"]  # the first lexicon's hits are kept


def test_later_words_skip_a_pattern_only_where_the_words_line_up():
    lx = lexicon("later", "a senior state* owned outlet", "a|an senior|top Iraqi|US official")
    # "state-owned" is one word for the index and two for the regex: the fourth word is "owned", not "outlet"
    assert found(lx, Document("He was a senior state-owned outlet editor.")) == ["a senior state-owned outlet"]
    assert found(lx, Document("a senior Iraqi official, a top US official, a senior Iraqi envoy")) == [
        "a senior Iraqi official", "a top US official"]
    assert found(lx, Document("a senior Iraqi-US official")) == []  # the regex reads "US" as the fourth word
