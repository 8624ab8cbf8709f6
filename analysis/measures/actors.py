"""Actor mentions from an actors file: each alias found becomes a span named after its actor.

Two rules keep names of people and common words from counting as an actor:

* **Case**: an actor whose aliases are all capitalised names (``Israel``, ``Gallant``) is only found where
  the text is capitalised too, so *a gallant effort* is not Israel. Actors with lower-case aliases
  (*militias*) are found in any case.
* **A person's name**: the actor's own name (``Jordan``) is not the actor when it is part of a person's name:
  after a title (``Rep. Jim Jordan``, ``Mr. Jordan``) or straight after a capitalised word that is neither the
  first word of the sentence nor a place qualifier such as *Northern* (``Michael Jordan``). Aliases that are
  people (``Biden``) are not affected. When the Document carries part-of-speech tags the rule is the same:
  it needs only the words and their case.
"""
from __future__ import annotations

import bisect
from collections import Counter

from ..lexicon import Lexicon
from ..text import Document, Span, per_1000
from .base import Measure, MeasureResult

#: Titles before a person's name (lower case, without the period).
TITLES = frozenset("rep sen gov mr mrs ms dr prof judge justice coach rev pastor father sister brother "
                   "lt col gen sgt capt maj adm cmdr det officer sheriff mayor councilman councilwoman "
                   "congressman congresswoman senator representative".split())
#: Capitalised words that qualify a place rather than name a person (Northern Iraq, Greater Israel).
PLACE_QUALIFIERS = frozenset("north south east west northern southern eastern western central northeast "
                             "northwest southeast southwest northeastern northwestern southeastern southwestern "
                             "greater upper lower new old occupied modern ancient free rural urban "
                             "neighbouring neighboring nearby mainland coastal all".split())


class ActorMentions(Measure):
    """Spans under the measure ``actors``: ``entry`` is the actor's name, ``category`` its kind.

    Values: ``actor_mentions_per_1000`` (all mentions per 1,000 words, >= 0) and ``actors_mentioned`` (how
    many different actors). Per-actor sentiment and loaded terms are joined in :mod:`analysis.pipeline`.
    """

    name = "actors"

    def __init__(self, actors: Lexicon):
        self.actors = actors
        self._names_only = {e.term for e in actors.entries
                            if all(p.lstrip("=")[:1].isupper() or p.lstrip("=")[:1].isdigit() for p in e.patterns)}

    def find(self, doc: Document) -> list[Span]:
        """Alias matches that pass the case and person-name rules of the module docstring."""
        return [s for s in self.actors.find(doc, self.name)
                if not (s.entry in self._names_only and s.text[:1].islower()) and not _in_person_name(doc, s)]

    def measure(self, doc: Document) -> MeasureResult:
        spans = tuple(self.find(doc))
        values = {
            "actor_mentions_per_1000": per_1000(len(spans), doc.n_words),
            "actors_mentioned": float(len(Counter(s.entry for s in spans))),
        }
        return MeasureResult(self.name, spans, values, doc.n_words)


def _word(doc: Document, k: int) -> str:
    return doc.norm[doc.token_starts[k]:doc.token_ends[k]]


def _joined(doc: Document, j: int) -> bool:
    """True when word ``j`` and the next are one name apart: only a space (or a title's period) between."""
    return doc.norm[doc.token_ends[j]:doc.token_starts[j + 1]] in (" ", ". ")


def _in_person_name(doc: Document, span: Span) -> bool:
    """True when ``span`` is the actor's own name used as part of a person's name (see the module docstring)."""
    if span.text.lower() != span.entry.lower():
        return False
    k = bisect.bisect_left(doc.token_starts, span.start)
    if k == len(doc.token_starts) or doc.token_starts[k] != span.start:
        return False  # a part of a hyphenated word (pro-Jordan) is not a person's name
    first = doc.sentences[span.sentence].first_token if doc.sentences else 0
    j = k - 1
    while j >= first and _joined(doc, j) and _word(doc, j)[:1].isupper():
        if _word(doc, j).lower() in TITLES:
            return True
        j -= 1
    if k - 1 <= first or k - 1 < 0:
        return False
    before = _word(doc, k - 1)
    gap = doc.norm[doc.token_ends[k - 1]:span.start]
    return (gap == " " and before[:1].isupper() and not before.isupper()
            and before.lower() not in PLACE_QUALIFIERS and before.lower() != span.entry.lower())
