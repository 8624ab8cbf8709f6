"""Spans and regions made by the quicker __init__ are the frozen dataclasses they were."""
from dataclasses import FrozenInstanceError, dataclass, replace

import pytest

from analysis.frozen import quick_init
from analysis.text import Region, Span


def test_a_span_keeps_its_defaults_equality_hash_and_refuses_changes():
    span = Span(3, 9, 0, "loaded", "smear", "slam", "slams")
    assert (span.detail, span.voice, span.speaker, span.source_start, span.source_end) == ("", "writer", "", -1, -1)
    same = Span(start=3, end=9, sentence=0, measure="loaded", category="smear", entry="slam", text="slams")
    assert span == same and hash(span) == hash(same) and len({span, same}) == 1
    quoted = replace(span, voice="quote", speaker="Smith")
    assert (quoted.voice, quoted.speaker, quoted.start, span.voice) == ("quote", "Smith", 3, "writer")
    with pytest.raises(FrozenInstanceError):
        span.start = 4
    with pytest.raises(TypeError):
        Span(3, 9, 0, "loaded", "smear", "slam")  # a required field missing, as before
    assert Region(1, 5, "quote") == Region(1, 5, "quote", "")
    by_name = dict(reversed([(f, getattr(quoted, f)) for f in quoted.__slots__]))  # every field, any order
    assert Span(**by_name) == quoted
    with pytest.raises(TypeError, match="unexpected"):
        Region(start=1, end=5, voice="quote", speeker="Smith")  # as many names as fields, one of them wrong


def test_a_class_that_is_not_frozen_and_slotted_is_refused():
    @dataclass
    class Plain:
        a: int

    with pytest.raises(TypeError, match="Plain"):
        quick_init(Plain)
