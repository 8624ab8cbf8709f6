"""Voice rules written after reading round 10 (analysis/clauses.py, analysis/voice.py).

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. Each rule has a sentence where it applies
and one where it must not. The first two tests pin the voice only: the source of those constructions is not yet
named by the engine (the subject before a contraction or an infinitive).
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, phrase, expected", [
    # a doubt reported after a pronoun's contracted "be" and a negation: the clause is the pronoun's referent's
    ("The auditor checked the books. She's not sure that the clerk kept an honest ledger.", "honest",
     "reported"),
    ("The auditor checked the books. He's not convinced that the deal was a reckless gamble.", "reckless",
     "reported"),
    # ... but "it's" and "I'm" hold no one's belief but the writer's
    ("It's not sure that the reckless plan will pass.", "reckless", "writer"),
    ("I'm not sure that the reckless plan will pass.", "reckless", "writer"),
])
def test_a_doubt_after_a_contracted_be(text, phrase, expected):
    assert voice(text, phrase)[0] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a verb of judging as an infinitive: the charge after "for" is the subject's
    ("The senators used the hearing to attack the Democrats for their smear campaign.", "smear",
     "reported"),
    ("The union plans to praise the mayor for her brutal honesty.", "brutal", "reported"),
    # ... the object stays the writer's naming, and a noun "attack" judges nothing
    ("The senators used the hearing to attack the corrupt Democrats for their tactics.", "corrupt",
     "writer"),
    ("The town braced itself for a brutal attack for weeks.", "brutal", "writer"),
])
def test_an_infinitive_of_judging(text, phrase, expected):
    assert voice(text, phrase)[0] == expected


_SERMON = ("The bishop spoke at the cathedral on Sunday. He was greeted by a large crowd.\n"
           "The Bishop's Sermon\n"
           "We live in a wicked age.\n"
           "The corrupt rulers of this world have forgotten God.\n"
           "Thank you.\n"
           "What the Sermon Means\n"
           "The bishop's words were a shameful attack on the elected government.\n"
           "He has preached the same message for years.")
_SPEAKS = ("The archbishop came to the city in the spring. A large crowd met him.\n"
           "The Archbishop Speaks\n"
           "This is a shameful time for the faithful.\n"
           "We must pray for the Church.\n"
           "Click here to subscribe.\n"
           "The shameful silence of the press went on for weeks, and the crowd went home.")
_REPORTED = ("The council met on Monday. The hall was full.\n"
             "The Mayor Speaks\n"
             "Mayor Lee told the council that the budget was sound and the auditors had erred.\n"
             "The shameful vote came an hour later, and the council went home.")


@pytest.mark.parametrize("text, phrase, expected", [
    # a subheading naming a statement after a possessive: the lines under it are reproduced, to the next subheading
    (_SERMON, "wicked age", ("statement", "The Bishop")),
    (_SERMON, "corrupt rulers", ("statement", "The Bishop")),
    # ... a subheading naming it without a possessive is the writer's own discussion
    (_SERMON, "shameful attack", ("writer", "")),
    # "X Speaks": the lines under it, up to a credit or subscription line
    (_SPEAKS, "shameful time", ("statement", "The Archbishop")),
    (_SPEAKS, "shameful silence", ("writer", "")),
])
def test_material_under_a_heading_that_names_it(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_a_heading_over_the_writers_report_takes_nothing():
    # the first line under "The Mayor Speaks" names the mayor again: the writer reports, nothing is reproduced
    assert voice(_REPORTED, "shameful vote") == ("writer", "")
    assert voice(_REPORTED, "budget")[0] != "statement"


def test_a_quotation_broken_over_twelve_lines_without_marks():
    # each sentence on a line of its own: the quotation opened under the heading closes eleven lines on
    lines = ["Her statement was read aloud at the meeting in the town hall.", "\u201cThere is a silence among us."]
    lines += [f"Line {n} of the speech says nothing loaded at all." for n in range(2, 6)]
    lines += ["The collusion of a corrupt press is plain."]
    lines += [f"Line {n} of the speech says nothing loaded at all." for n in range(7, 11)]
    lines += ["Thank you.\u201d", "The meeting ended, and the corrupt council went home."]
    text = "\n".join(lines)
    assert voice(text, "corrupt press")[0] == "quote"
    assert voice(text, "corrupt council")[0] == "writer"


_SCRIPTURE = ("The pastor read the passage aloud, and the hall went quiet.\n"
              "And he said unto them, Ye shall not eat of it.\n"
              "For the wicked hath no portion in the land.\n"
              "Thou shalt not go with them.\n"
              "The wicked mayor walked out before the end, and the pastor went home.")
_QUOTING = ("The pastor read the passage aloud, and the hall went quiet.\n"
            "He reminded the council that thou shalt not kill is the law.\n"
            "The wicked mayor walked out before the end, and the pastor went home.")


@pytest.mark.parametrize("text, phrase, expected", [
    # three lines or more in a row with Early Modern English words: an old text reproduced as a block
    (_SCRIPTURE, "wicked hath", "statement"),
    (_SCRIPTURE, "wicked mayor", "writer"),
    # one line of the writer's prose quoting "thou shalt not kill" is no block
    (_QUOTING, "wicked mayor", "writer"),
    (_QUOTING, "reminded", "writer"),
])
def test_an_old_text_set_as_a_block(text, phrase, expected):
    assert voice(text, phrase)[0] == expected
