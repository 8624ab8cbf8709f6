"""Rules of the voice layer that first look for their cue in the whole line or text give the regions the full
rule gives: an old word counts only as a whole run of letters (not "thee" inside "committee"), and an
embedded post's credit needs a handle in brackets."""
from __future__ import annotations

import re

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase

from analysis.text import Document
from analysis.transcripts import _ARCHAIC_WORD, ARCHAIC, archaic


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _hits_by_the_rule(line: str) -> int:
    """The count the rule is written as: every run of letters of the lower-cased line that is an old word."""
    return sum(w in ARCHAIC for w in re.findall(r"[a-z]+", line.lower()))


_LOOK_ALIKES = ("The committee met on Thursday and the chairman thanked the staff.\n"
                "Southern farmers hated the hathaway plan, said the unto-ward report.\n"
                "Thy neighbour's thee-shirt is the new fashion, a shopkeeper said.\n"
                "The union chief said the deal was done, and the members went home.")
_OLD_BLOCK = ("The pastor read the passage aloud.\n"
              "And he said unto them, Ye shall not eat of it.\n"
              "For the wicked hath no portion in the land.\n"
              "Thou shalt not go with them.\n"
              "The mayor walked out before the end.")


def test_the_cue_finds_the_lines_the_rule_counts():
    # "committee" and "hathaway" hold old words inside longer runs: no hit; "unto-ward", "Thy" and "thee-shirt"
    # hold them as whole runs: hits, as the rule counts them
    for line in _LOOK_ALIKES.splitlines() + _OLD_BLOCK.splitlines():
        assert bool(_ARCHAIC_WORD.search(line.lower())) == (_hits_by_the_rule(line) > 0), line
    assert [_hits_by_the_rule(line) for line in _LOOK_ALIKES.splitlines()] == [0, 1, 2, 0]


def test_old_words_inside_longer_words_make_no_block_and_a_real_block_still_is_one():
    assert archaic(Document(_LOOK_ALIKES), _paragraphs(_LOOK_ALIKES)) == []
    found = archaic(Document(_OLD_BLOCK), _paragraphs(_OLD_BLOCK))
    assert [(_OLD_BLOCK[r.start:r.end].splitlines()[0], r.voice) for r in found] == \
        [("And he said unto them, Ye shall not eat of it.", "statement")]


def test_a_post_is_found_with_its_handle_and_a_dash_credit_without_one_is_no_post():
    post = ("Supporters shared the message widely.\n"
            "We will not back down from this fight, not now and not ever.\n"
            "-- Jane Smith (@janesmith) March 3, 2021\n"
            "The campaign did not comment.")
    assert voice(post, "We will not back down")[0] == "statement"
    no_handle = post.replace(" (@janesmith)", "")
    assert voice(no_handle, "We will not back down")[0] == "writer"
