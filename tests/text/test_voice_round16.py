"""Voice rules of branch senses16 (issue 21): a hyphenated "paint-X-as-Y", a promise in the participle ("came in
promising to ..."), "For X, that amounted to ..." and a scripture citation in the middle of a sentence
(analysis/hearsay.py ``framings``, analysis/clauses.py ``PROMISING_ING``).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is; the
expectation is that reading, not the engine's output copied. Each rule has a sentence where it applies and the
writer's own word beside it, which stays the writer's.
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase

_PAINT = "The campaign pushed its paint-the-mayor-as-a-crook strategy at the convention, a reckless gamble."
_PROMISE = "The senator came in promising to drain the swamp. The swamp is a disgrace, and he knows it."
_FOR = "For Smith, that amounted to a triumphant outcome in a gamble with the despotic junta."
_VERSE = ("Liars and cheats, they hated the good and loved the evil (Micah 3:2) and went their way. "
          "They shall reap the whirlwind (Hosea 8:7).")


@pytest.mark.parametrize("text, phrase, expected", [
    # a characterisation hyphenated into a modifier is the strategy's, not the writer's ...
    (_PAINT, "as-a-crook", ("reported", "")),
    # ... the verb and its object are the writer's naming of the strategy, and the writer's own label after it stays
    (_PAINT, "paint-the", ("writer", "")),
    (_PAINT, "reckless", ("writer", "")),
    # a promise in the participle: the promise's words are the promiser's ...
    (_PROMISE, "drain the swamp", ("reported", "The senator")),
    ("The senator came in, promising to drain the swamp.", "drain the swamp", ("reported", "The senator")),
    # ... the writer taking up the metaphor in the next sentence is the writer's
    (_PROMISE, "The swamp is", ("writer", "")),
    (_PROMISE, "disgrace", ("writer", "")),
    # ... "promising to be" is a prospect, not a promise; the writer's own promise is the writer's
    ("The season is promising to be a disaster.", "a disaster", ("writer", "")),
    ("We came in promising to drain the swamp.", "drain the swamp", ("writer", "")),
    # For X, that amounted to ...: X's view, up to the first preposition; the telling after it is the writer's
    (_FOR, "triumphant", ("reported", "Smith")),
    (_FOR, "despotic", ("writer", "")),
    ("For years, that amounted to a triumphant run.", "triumphant", ("writer", "")),
    ("For Smith, the night was a triumphant one.", "triumphant", ("writer", "")),
    # a scripture citation inside a sentence: the clause before it is the verse's words ...
    (_VERSE, "loved the evil", ("reported", "Micah")),
    # ... the writer's label before the clause's comma, and the words after the citation, stay the writer's
    (_VERSE, "Liars", ("writer", "")),
    (_VERSE, "went their way", ("writer", "")),
    # ... and a short sentence that ends with its citation is still the cited text (transcripts.cited_verses)
    (_VERSE, "They shall reap", ("statement", "Hosea")),
    # ... a reference that is no book of the Bible cites nothing
    ("The rebels loved the evil (Section 3:2) and went their way.", "loved the evil", ("writer", "")),
])
def test_voice_round16(text, phrase, expected):
    assert voice(text, phrase) == expected
