"""The body's first line that repeats the headline (or is a kicker above the story) is the headline's voice
inside the body (``subheading``), not the writer's prose: several outlets' pages put the title again as the
first line of the text. A first line that ends a sentence is the lede, and a short text is left alone."""
from __future__ import annotations

import pytest

from conftest import voice_at as voice

STORY = ("Senator slams the reckless spending bill as a giveaway\n"
         "The Senate voted on Tuesday to pass the spending bill after a long debate.\n"
         "The bill now goes to the House, where its fate is unclear.\n")


def test_a_headline_repeated_as_the_first_line_is_not_the_writers_prose():
    assert voice(STORY, "reckless")[0] == "subheading"


@pytest.mark.parametrize("text", [
    # a lede that ends its sentence is the writer's prose
    STORY.replace("as a giveaway\n", "as a giveaway.\n"),
    # a first line ending in a colon introduces what follows
    STORY.replace("as a giveaway\n", "as a giveaway and said:\n"),
    # a first line broken off with an ellipsis or a dash runs on into the story
    STORY.replace("as a giveaway\n", "as a giveaway\u2026\n"),
    STORY.replace("as a giveaway\n", "as a giveaway \u2014\n"),
    # two paragraphs only: nothing shows the first line stands apart from a story
    "Senator slams the reckless spending bill as a giveaway\nThe Senate voted on Tuesday to pass it.\n",
    # a long first line is prose whose full stop was lost, not a headline
    ("The senator, who has served for three decades and chairs the committee, spent the day attacking the "
     "reckless spending bill in speeches\nThe Senate voted on Tuesday.\nThe bill now goes to the House.\n"),
])
def test_a_lede_or_a_short_text_keeps_the_writers_voice(text):
    assert voice(text, "reckless")[0] == "writer"


def test_only_the_first_line_is_taken():
    text = STORY + "The wasteful bill passed the Senate after midnight on a party-line vote\nThe vote was 51 to 49.\n"
    assert voice(text, "reckless")[0] == "subheading"
    assert voice(text, "wasteful")[0] == "writer"
