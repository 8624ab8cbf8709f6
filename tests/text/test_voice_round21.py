"""Round 21 of the voice rules: a single-quoted phrase with an apostrophe inside ("it's") and an opening single mark
after a colon that no mark closes on its line (analysis/attribution.py), denying a charge with a gerund ("denied
being ...") and an accusation after a possessive (analysis/echoes.py), a day between a noun of saying and its "that"
(analysis/clauses.py), and a curly opening mark after a colon never closed (analysis/quoting.py).

Each text is made up and was read by a person: a phrase in someone else's words (the rule applies) and one in the
writer's own words beside it (the writer's: the rule must not reach it).
"""
from __future__ import annotations

import pytest

from conftest import voice_at, voice_of as voice


@pytest.mark.parametrize("text, phrase, expected", [
    # single marks after a headline's colon, an apostrophe inside: closed, or left open to the line's end
    ("Mayor on the audit: \u2018The report is ridiculous, it\u2019s a hoax\u2019\n\nThe audit found gaps.",
     "ridiculous", "quote"),
    ("Mayor on the audit: \u2018The report is ridiculous, it\u2019s a hoax\n\nThe audit found gaps.",
     "ridiculous", "quote"),
    ("Mayor on the audit: 'The report is ridiculous, it's a hoax\n\nThe audit found gaps.", "ridiculous", "quote"),
    # the writer's words before the colon, and the next line, stay the writer's
    ("Reckless mayor on the audit: 'The report is ridiculous, it's a hoax\n\nThe audit found gaps.",
     "Reckless", "writer"),
    ("Mayor on the audit: 'The report is a hoax\n\nThe ridiculous audit found gaps.", "ridiculous", "writer"),
    # a possessive's apostrophe after the colon is no opening mark: "the players'" closes nothing
    ("Audit: the players' ridiculous union", "ridiculous", "writer"),
    # a single-quoted phrase in a sentence with "it's" inside is one quotation
    ("She called the rule \u2018a ridiculous mess, it\u2019s absurd\u2019 on Monday.", "absurd", "quote"),
    ("The \u2018rule\u2019 is new and it\u2019s a ridiculous mess.", "ridiculous", "writer"),
])
def test_single_marks(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # the charge denied, a gerund right after "deny": the accusers' words
    ("He denied being a racist.", "racist", "reported"),
    ("The senator denies ever making racist remarks.", "racist", "reported"),
    ("The minister is denying holding corrupt stakes in the firm.", "corrupt", "reported"),
    # the writer's words beside it: the subject, and a new clause after a comma
    ("The reckless senator denied being a racist.", "reckless", "writer"),
    ("He denied making racist remarks, and the corrupt mayor resigned.", "corrupt", "writer"),
    # "denying" with a noun object, not a gerund, governs nothing here
    ("The court is denying bail to the thug.", "thug", "writer"),
])
def test_denied_gerund(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an accusation or allegation after a possessive: its "of" phrase is the accuser's charge
    ("Carson was referring to Lee\u2019s accusation of Carson being a pathological liar.", "liar", "reported"),
    ("The board rejected the union's allegation of rampant cronyism.", "cronyism", "reported"),
    # the writer's words beside it, and "charge" after a possessive (a command, not an accusation) stay the writer's
    ("The reckless mayor repeated Lee's accusation of Kim being a liar.", "reckless", "writer"),
    ("Lee's charge of the corrupt agency ended in May.", "corrupt", "writer"),
    # a noun of saying, a day between it and its "that" clause: the clause is the arguers'
    ("The senator dismissed arguments Sunday that the bill offers amnesty to criminals.", "amnesty", "reported"),
    ("The reckless senator dismissed arguments Sunday that the bill offers amnesty.", "reckless", "writer"),
    ("On Sunday the reckless senator said nothing.", "reckless", "writer"),
])
def test_accusations_and_arguments(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a curly opening mark after a colon, never closed: a quotation to the paragraph's end
    ("The post sent critics into a frenzy: \u201cI fired him because he lied to the agents.", "lied", "quote"),
    ("The post drew fire: \u201cThe ferry is a shameful waste.\n\nThe ferry sails on Monday.", "shameful", "quote"),
    # the writer's words before the colon and in the next paragraph stay the writer's
    ("The reckless post sent critics into a frenzy: \u201cI fired him because he lied.", "reckless", "writer"),
    ("The post drew fire: \u201cThe ferry is a waste.\n\nThe shameful ferry sails on Monday. It has a new captain.",
     "shameful", "writer"),
])
def test_open_mark_after_colon(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_open_mark_after_colon_keeps_the_speaker():
    assert voice_at("Trump tweeted: \u201cHe lied to the agents and it is a disgrace.", "lied") == ("quote", "Trump")
