"""Senses of loaded words that the register of the text decides: science news, an agency's release, history.

Beside :mod:`analysis.measures.sense_rules` and :mod:`analysis.measures.killing_senses`,
:mod:`analysis.measures.loaded` drops a match when one of these says the word is not the writer's verdict here.
Each is a kind of English news usage, written from general knowledge of news style, and pinned by made-up
sentences (one where it applies, one where it must not) in ``tests/measures/test_senses_round13.py`` and
``test_senses_round14.py``:

* :func:`science_invader`: *invader* or *invaders* in a sentence about space (:data:`SKY_WORDS`: *the comet is
  a visitor from another star, an interstellar invader*), about plants and animals out of their range
  or about the body's defences (:data:`NATURE_WORDS`: *the beetle is an invader that kills native ash trees*, *the
  immune system attacks invaders*) is the science writer's name for an object, a species or a germ: no
  person or group is called an aggressor. Never when the sentence names troops, police or another armed force
  (:data:`~analysis.measures.sense_rules.FORCES_WORDS`), nor for *alien invaders* (the slur for migrants, and
  science fiction's monsters, are not science). Not the general words of disease either (*virus*, *plague*): they
  are the stock metaphors of the slur (*the invaders spread like a virus*). *The invaders crossed the border*
  stays.
* :func:`natural_spectacle`: *spectacular*, *breathtaking* or *magnificent* in a sentence that names a show of the
  sky or of nature, or a fireworks display (:data:`SPECTACLE_WORDS`, :data:`SPECTACLE_PAIRS`: *the meteor shower
  should put on a spectacular show*, *breathtaking views of the canyon*) describes what people will see: the
  travel and science writer's word for a sight, which grades no person, policy or act. *A spectacular failure of
  the policy*, *spectacular fireworks at the hearing* (a clash) and *his breathtaking views on women* stay.
* :func:`agency_category`: *criminal aliens* in a text that also uses the enforcement agency's other
  administrative categories (:data:`AGENCY_CATEGORIES`: *immigration violators*, *immigration fugitives*) is the
  agency's own category for non-citizens with criminal convictions, as its news releases, reproduced whole by
  some outlets, word it (*officers arrested 40 criminal aliens and immigration violators*); the text is written in
  the agency's register. Without such a pairing in the text (*the city shelters criminal aliens*) it stays the
  one side's term it is. The same holds for the statute's *illegal alien(s)* (:data:`STATUTORY_TERMS`, 8 U.S.C.;
  *charged as an illegal alien in possession of a firearm* in a release that also counts *immigration
  violators*); *illegal immigrants* and *illegals* are no statutory wording and stay, whatever the text.
* :func:`historical_show_trial`: *show trial* in a sentence dated in the years of the communist states' trials
  (*in* a year from 1917 to 1991, before the words: *In 1949 he was sentenced to life in a show trial*), or right
  after such a year (*a 1952 show trial*), is the accepted historical description of a trial staged by a one-party
  state, the historian's word for it. Not in a sentence that compares (*like*, *reminiscent*, *-style*): *a
  Soviet-style show trial like those of 1937* is a charge against the present, and a *show trial* undated stays
  the writer's.
* :func:`wire_so_called`: *so-called* in a text that opens with a wire dateline (a place in capitals, an
  optional agency in parentheses, then a dash: *GENEVA (AP) --*, *BEIJING --*) is the wire services' *so-called*,
  "commonly called": it introduces the name in use for something whose nature is not established (*a wave of
  so-called sonic attacks on diplomats*), with no scorn for anyone; agency copy keeps doubt for attributed
  words. Never before a claimed quality or standing
  (:data:`~analysis.measures.sense_rules.CLAIMED_QUALITIES`: *the so-called experts* stays, dateline or not),
  and never in a text without a dateline (a columnist's *so-called sonic attacks* stays), nor after a kicker in
  capitals that only looks like one (:data:`KICKERS`: *EXCLUSIVE --*, *BREAKING -*).
"""
from __future__ import annotations

import re

from ..text import Document, Span
from .sense_rules import FORCES_WORDS, claimed_quality, sentence_keys, token_of

#: Words of a sentence about space that make *invader* an astronomical object.
SKY_WORDS = frozenset("interstellar asteroid asteroids comet comets meteor meteors meteorite meteorites planet "
                      "planets planetary orbit orbits orbiting galaxy galaxies telescope telescopes astronomer "
                      "astronomers astronomy astronomical astrophysicist astrophysicists nasa".split())
#: Words of a sentence about plants and animals that make *invader* a species out of its range.
NATURE_WORDS = frozenset("species invasive plant plants weed weeds insect insects beetle beetles mussel mussels "
                         "ecosystem ecosystems habitat habitats ecologist ecologists biologist biologists immune "
                         "bacteria pathogen pathogens germs antibodies".split())
#: Words of a sentence that make *spectacular*, *breathtaking* or *magnificent* the description of a sight.
SPECTACLE_WORDS = frozenset("meteor meteors eclipse eclipses aurora auroras comet comets sunset sunsets sunrise "
                            "sunrises supermoon sky skies stargazers stargazing waterfall waterfalls canyon scenery "
                            "vista vistas".split())
#: Word pairs of a sentence that do the same (*fireworks* alone is also the newsroom figure for a clash, and
#: *views* alone are also opinions: *his breathtaking views on women* stays).
SPECTACLE_PAIRS = frozenset({("northern", "lights"), ("shooting", "stars"), ("fireworks", "display"),
                             ("fireworks", "show"), ("firework", "display")})
#: The words (as written, any case) that describe a sight in :func:`natural_spectacle`.
SIGHT_WORDS = frozenset({"spectacular", "breathtaking", "magnificent"})
#: The enforcement agency's other administrative categories that, anywhere in a text, make *criminal aliens*
#: its category too.
AGENCY_CATEGORIES = ("immigration violators", "immigration violator", "immigration fugitives", "immigration fugitive")
#: The statute's own words for a non-citizen present without authorisation (8 U.S.C.), which the agency's releases
#: use as its categories do: in a text in the agency's register they are its wording too.
STATUTORY_TERMS = frozenset({"illegal alien", "illegal aliens"})
#: Words of a sentence that compare a present event with a historical one (a charge, not history).
COMPARING_WORDS = frozenset("like reminiscent style akin recalling recalls evoking evokes echoing echoes".split())
_COMMUNIST_YEAR = re.compile(r"19(1[7-9]|[2-8]\d|9[01])")
_DATING = frozenset("in since until year around circa during".split())


def science_invader(doc: Document, span: Span) -> bool:
    """True when ``span`` is *invader(s)*, not after *alien*, in a sentence with one of :data:`SKY_WORDS` or
    :data:`NATURE_WORDS` (or *solar system*) and none of :data:`~analysis.measures.sense_rules.FORCES_WORDS`."""
    if span.text.lower() not in ("invader", "invaders") or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    if k and keys[k - 1] == "alien":
        return False
    words = sentence_keys(doc, span.start)
    if not FORCES_WORDS.isdisjoint(words):
        return False
    solar = any(w == "solar" and nxt == "system" for w, nxt in zip(words, words[1:]))
    return solar or not (SKY_WORDS | NATURE_WORDS).isdisjoint(words)


def natural_spectacle(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`SIGHT_WORDS` in a sentence with one of :data:`SPECTACLE_WORDS` or
    :data:`SPECTACLE_PAIRS`."""
    if span.text.lower() not in SIGHT_WORDS or not doc.sentences:
        return False
    words = sentence_keys(doc, span.start)
    pairs = set(zip(words, words[1:]))
    return not SPECTACLE_WORDS.isdisjoint(words) or not SPECTACLE_PAIRS.isdisjoint(pairs)


def agency_category(doc: Document, span: Span) -> bool:
    """True when ``span`` is of the entry *criminal aliens*, or is *illegal alien(s)*, and the text holds one of
    :data:`AGENCY_CATEGORIES`."""
    if span.entry != "criminal aliens" and " ".join(span.text.lower().split()) not in STATUTORY_TERMS:
        return False
    text = " ".join(doc.norm.lower().split())
    return any(category in text for category in AGENCY_CATEGORIES)


def historical_show_trial(doc: Document, span: Span) -> bool:
    """True when ``span`` is *show trial(s)* after a year from 1917 to 1991 in its sentence, the year either
    after one of :data:`_DATING` or right before the span, and the sentence has none of :data:`COMPARING_WORDS`."""
    if not span.text.lower().startswith("show") or not doc.sentences:
        return False
    words = sentence_keys(doc, span.start)
    if not COMPARING_WORDS.isdisjoint(words):
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    if k and _COMMUNIST_YEAR.fullmatch(keys[k - 1]):
        return True
    before = keys[doc.sentences[doc.sentence_at(span.start)].first_token:k]
    return any(_COMMUNIST_YEAR.fullmatch(w) and i and before[i - 1] in _DATING for i, w in enumerate(before))


#: A wire dateline at the start of a text's first or second line: a place in capitals (with an optional state or
#: date), an optional agency in parentheses, then a dash (*WASHINGTON (Reuters) -*, *BEIJING --*).
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.' ]{1,30}(?:, [A-Z][A-Za-z.]{1,12})?\s*(?:\([A-Za-z ]{2,20}\)\s*)?"
                            r"(?:--|-|\u2013|\u2014)\s")
#: How many opening lines of a text a dateline may start (a headline line may come first).
DATELINE_LINES = 2
#: Capitalised kickers that look like a dateline but open a story of any register (*EXCLUSIVE --*, *BREAKING -*).
KICKERS = frozenset("BREAKING EXCLUSIVE UPDATE UPDATED WATCH VIDEO PHOTOS OPINION ANALYSIS EDITORIAL COMMENTARY "
                    "REPORT REVEALED SHOCK URGENT ALERT MUST READ LIVE".split())


def wire_dateline(doc: Document) -> bool:
    """True when one of the first :data:`DATELINE_LINES` non-empty lines of ``doc`` opens with a wire dateline
    that holds none of :data:`KICKERS`."""
    lines = [line.strip() for line in doc.norm[:2000].splitlines() if line.strip()][:DATELINE_LINES]
    heads = [m.group() for m in map(_WIRE_DATELINE.match, lines) if m]
    return any(KICKERS.isdisjoint(re.findall(r"[A-Z]+", head)) for head in heads)


def wire_so_called(doc: Document, span: Span) -> bool:
    """True when ``span`` is *so-called*, the word after it is not a claimed quality, and ``doc`` opens with a
    wire dateline (:func:`wire_dateline`)."""
    if span.entry != "so-called" or not doc.sentences:
        return False
    k = token_of(doc, span.end - 1) + 1
    return k < len(doc.keys()) and not claimed_quality(doc.keys()[k]) and wire_dateline(doc)
