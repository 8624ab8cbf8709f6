"""Posts embedded with Twitter's credit line are their authors' words (analysis/embeds.py).

Each text is made up and was read by a person: the phrase inside the post is the credited author's
(voice ``statement``, source the credited name); the phrase in the writer's own lines around it stays the
writer's.
"""
from __future__ import annotations

import pytest

from conftest import voice_at

# a post over two lines and its credit, after the writer's line that attributes (stays the writer's)
TWO_LINES = "\n".join([
    "The hotel gave no comment on Friday.",
    "Another guest told the blogger that the room was booked early.",
    "The corrupt managers hid the booking from everyone.",
    "Why did the police lie about the date? pic.twitter.com/AbCdE12345 \u2014 Ann Lee (@annlee) May 2, 2018",
    "The shameful affair went on for months.",
])

# two posts in a row: the second reaches back to the first's credit, not over it
TWO_POSTS = "\n".join([
    "Readers reacted within the hour.",
    "This is a disgraceful cover-up. pic.twitter.com/x1 \u2014 Bob Ray (@bobray) 3 October 2017",
    "The media is hiding the pathetic truth!",
    "#news pic.twitter.com/x2 \u2014 Cy Dee (@cydee) October 3, 2017",
    "Both posts were deleted the next day.",
])

# a long line of the writer's before a post: with it the post would pass a tweet's 280 characters
LONG = "\n".join([
    "The outrageous decision, which the council took after a meeting that lasted well into the night and "
    "which several members later described to reporters as rushed, confused and badly prepared, left "
    "hundreds of families in the district without a school bus for the first weeks of the new term.",
    "Parents are furious and the council is a disgrace to this town. \u2014 Dan Fox (@danfox) Sep. 9, 2019",
])

# the writer's lead-in, ending with an ellipsis, stays the writer's though the post is short
LEAD_IN = "\n".join([
    "Social media erupted with outrage at the absurd verdict\u2026",
    "Shame on this rotten city! \u2014 Eve Ng (@eveng) June 1, 2018",
])

# a post whose own line says what someone feels: the post reaches back over it to the writer's lead-in;
# a writer's line saying what people believe, with no lead-in mark, still stops the post
FEELING = "\n".join([
    "Even cautious local politicians joined in\u2026",
    "The verdict is outrageous!",
    "No parent can feel safe in this town today.",
    "Shame on the jury. \u2014 Kim Day (@kimday) June 1, 2018",
])
SAYING = "\n".join([
    "Many residents believe the scandalous verdict was bought.",
    "The mayor told reporters the ruling was final.",
    "Shame on the jury. \u2014 Kim Day (@kimday) June 1, 2018",
])

# a handle in the writer's own sentence, with no date: no embedded post
NO_DATE = "The award went to the brilliant \u2014 and tireless \u2014 Ann Lee (@annlee), a teacher from Leeds."


@pytest.mark.parametrize("text, phrase, expected", [
    (TWO_LINES, "corrupt", ("statement", "Ann Lee")),
    (TWO_LINES, "lie about", ("statement", "Ann Lee")),
    (TWO_LINES, "room was booked", ("reported", "")),
    (TWO_LINES, "shameful", ("writer", "")),
    (TWO_POSTS, "disgraceful", ("statement", "Bob Ray")),
    (TWO_POSTS, "pathetic", ("statement", "Cy Dee")),
    (TWO_POSTS, "deleted", ("writer", "")),
    (LONG, "outrageous", ("writer", "")),
    (LONG, "a disgrace", ("statement", "Dan Fox")),
    (LEAD_IN, "absurd", ("writer", "")),
    (LEAD_IN, "rotten", ("statement", "Eve Ng")),
    (NO_DATE, "brilliant", ("writer", "")),
    (FEELING, "outrageous", ("statement", "Kim Day")),
    (FEELING, "cautious", ("writer", "")),
    (SAYING, "final", ("reported", "")),
    (SAYING, "Shame", ("statement", "Kim Day")),
])
def test_an_embedded_post_is_its_authors_words(text, phrase, expected):
    voice, source = voice_at(text, phrase)
    assert voice == expected[0], f"{phrase!r}: {voice}"
    if expected[0] == "statement":
        assert source == expected[1]


# a thread of comments reproduced with their headers; an editor's note after them is the outlet's
THREAD = "\n\n".join([
    "The exchange below appeared under the article.",
    "Ann Lee \u2022 3 hours ago",
    "The author is a shameless liar.",
    "He should apologise.",
    "Bob Ray to Ann Lee \u2022 2 hours ago",
    "Your comment is a disgrace.",
    "Editor's note: comments were closed on Monday.",
    "The ugly debate went on elsewhere.",
])


def test_a_comment_under_its_header_is_the_commenter_s_until_the_next_header():
    assert voice_at(THREAD, "shameless") == ("statement", "Ann Lee")
    assert voice_at(THREAD, "apologise") == ("statement", "Ann Lee")
    assert voice_at(THREAD, "disgrace") == ("statement", "Bob Ray")
    assert voice_at(THREAD, "ugly")[0] == "writer"


def test_a_bullet_and_a_time_in_the_writer_s_line_is_no_header():
    text = "Posted \u2022 3 hours ago, the video drew a disgraceful flood of abuse.\n\nThe police are looking into it."
    assert voice_at(text, "disgraceful")[0] == "writer"



@pytest.mark.parametrize("header", ["Ann Lee \u2022 3 hours ago", "By Ann Lee \u2022 3 hours ago"])
def test_a_lone_header_is_a_byline_and_the_article_stays_the_writer_s(header):
    text = "\n\n".join([header, "The disgraceful vote came late on Friday.", "The senators went home."])
    assert voice_at(text, "disgraceful")[0] == "writer"


def test_a_second_header_makes_a_thread_but_a_byline_is_never_a_header():
    rest = ["The disgraceful vote came late on Friday.", "Bob Ray \u2022 2 hours ago", "Well said."]
    assert voice_at("\n\n".join(["Ann Lee \u2022 3 hours ago"] + rest), "disgraceful") == ("statement", "Ann Lee")
    assert voice_at("\n\n".join(["By Ann Lee \u2022 3 hours ago"] + rest), "disgraceful")[0] == "writer"


# the credit's handle wrapped onto the next line: still the post's credit; the writer's line after it stays
WRAPPED = "\n".join([
    "Readers answered within minutes.",
    "The city will keep sheltering these crooks and nobody cares.",
    "SICK! #news \u2014 Jo Park?",
    "(@jopark) December 1, 2017",
    "The disgraceful ruling stands for now.",
])
# a bracketed handle on the next line with no date is no credit
WRAPPED_NO_DATE = "\n".join([
    "The city will keep sheltering these crooks, says one local \u2014 Jo Park",
    "(@jopark on most sites) runs a blog.",
])


def test_a_credit_whose_handle_wraps_onto_the_next_line_is_still_a_credit():
    assert voice_at(WRAPPED, "crooks") == ("statement", "Jo Park?")
    assert voice_at(WRAPPED, "answered")[0] == "writer"
    assert voice_at(WRAPPED, "disgraceful")[0] == "writer"
    assert voice_at(WRAPPED_NO_DATE, "crooks")[0] != "statement"


# an epigraph credited on the next line with a dash and a name: the saying is its author's
EPIGRAPH = "\n".join([
    "The council's plan was announced on Monday.",
    "A fool and his money are soon parted.",
    "\u2013 Thomas Tusser, Five Hundred Points A photo of the town hall.",
    "The shameful plan will cost the town dearly.",
])
# a list written with dashes: the line before it is the writer's
DASH_LIST = "\n".join([
    "The council met on Monday.",
    "The shameful plan was sent to three towns.",
    "- Leeds, the largest",
    "- York, the oldest",
])
# a writer's lead-in with a colon before a credited line stays the writer's
LEAD = "\n".join([
    "The council met on Monday.",
    "The shameful plan drew one answer:",
    "\u2014 Mark Twain",
])


def test_an_epigraph_credited_on_the_next_line_is_its_author_s():
    assert voice_at(EPIGRAPH, "fool") == ("statement", "Thomas Tusser")
    assert voice_at(EPIGRAPH, "announced")[0] == "writer"
    assert voice_at(EPIGRAPH, "shameful")[0] == "writer"
    assert voice_at(DASH_LIST, "shameful")[0] == "writer"
    assert voice_at(LEAD, "shameful")[0] == "writer"
