"""Hedging and certainty: how sure the text sounds, with four kinds of hedge counted apart.

The hedges lexicon has four categories, and each becomes its own measure (spans) and its own rate:

* ``epistemic`` -> measure ``hedges``: the writer or speaker does not present the statement as a fact
  (may, might, possibly, reportedly, appears, believe, expect, suspect, whether, unclear);
* ``condition`` -> measure ``conditions``: the statement depends on a condition (if needed, unless);
* ``approximator`` -> measure ``approximators``: a figure is approximate (about 3,000, an estimated, several);
* ``shield`` -> measure ``shields``: the scope of a statement is limited (to some extent, largely).

A category of a user's own hedges file that is none of these counts as epistemic.

The **certainty index** is ``(boosters - epistemic hedges) / (boosters + epistemic hedges)`` over the whole
article, a number in [-1, 1]: -1 when every marker is an epistemic hedge, +1 when every marker is a booster,
0 when they balance or the text has neither. Approximators, conditions and shields do not enter it: a careful
wire story that gives "about 3,000" is not less certain for it. The index describes the writer's stance
towards the claims, not whether they are true; with few markers it is coarse (one hedge and no booster is -1).

Plain senses (:data:`PLAIN_SENSES`, patterns of the lexicon language) are not hedges: past ability and
denials with *could* (could not, could see), the noun *might*, *think tank*, volition with *would* (would
like), *as expected* and *more than expected* (a comparison with a forecast), *believe in* (faith or support). A hedge that lies inside one of them, or inside a booster (*no doubt*), is dropped.
"""
from __future__ import annotations

from functools import cached_property

from ..lexicon import Entry, Lexicon
from ..text import Document, Span, per_1000
from .base import Measure, MeasureResult

#: The measure name of each hedge category; any other category is an epistemic hedge.
MEASURE_OF = {"epistemic": "hedges", "condition": "conditions", "conditional": "conditions",
              "approximator": "approximators", "shield": "shields"}
KINDS = ("hedges", "conditions", "approximators", "shields")

_PERCEPTION = ("see|hear|feel|smell|taste|sense|afford|remember|recall|recognise|recognize|understand|"
               "only|hardly|barely")
#: Senses of hedge words that do not hedge (pattern, reason); a hedge inside one of them is dropped.
PLAIN_SENSES: tuple[tuple[str, str], ...] = (
    ("could not|never", "could not is past inability or a denial (could not be reached), not a possibility"),
    ("couldn't", "could not is past inability or a denial, not a possibility"),
    (f"could {_PERCEPTION}", "could with a verb of perception or ability (could see) is past ability"),
    ("military|economic|naval|industrial|financial|full|sheer might", "might as a noun: power"),
    ("with all [his|her|their|its|my|our|your] might", "might as a noun: strength"),
    ("think tank|tanks", "a think tank is an institution"),
    ("would like|love|rather|prefer", "would of volition (would like to) is a wish, not a hypothesis"),
    ("would not comment", "a refusal to comment is reported as a fact"),
    ("wouldn't comment", "a refusal to comment is reported as a fact"),
    ("thought|thoughts of|about", "a thought as a noun"),
    ("as|than expected", "as expected, more than expected: the outcome compared with a forecast, stated as a fact"),
    ("believe|believes|believed|believing in", "believe in God or in a cause: faith or support, not a guess"),
    ("expected in court", "expected in court: a scheduled appearance"),
    ("a|the|any|for possible withdrawal|deployment|strike|strikes|attack|attacks|invasion|sanctions|deal|"
     "merger|sale|bid|run|return|visit|ceasefire|truce|agreement|vote|shutdown|cuts|increase|hike|release|"
     "exchange|transfer|move|trip|meeting|summit|talks|extension|retaliation|response|action|options|"
     "candidate|candidates|successor|nominee|replacement|site|sites|target|targets",
     "possible before a planned or discussed action or a candidate names the topic of the plans or talks, "
     "which are reported as a fact (talks on a possible withdrawal)"),
)


def certainty_index(boosters: int, hedges: int) -> float:
    """``(boosters - hedges) / (boosters + hedges)`` in [-1, 1] from counts of boosters and *epistemic*
    hedges; 0.0 when both are zero."""
    total = boosters + hedges
    return (boosters - hedges) / total if total else 0.0


class Hedging(Measure):
    """Hedge spans by kind (measures ``hedges``, ``conditions``, ``approximators``, ``shields``) and booster
    spans (measure ``boosters``).

    Values: ``hedges_count`` and ``boosters_count``; ``hedges_per_1000`` (epistemic hedges),
    ``conditions_per_1000``, ``approximators_per_1000``, ``shields_per_1000``, ``boosters_per_1000``
    (all >= 0); ``hedged_sentence_share`` (share of sentences with an epistemic hedge or a condition, i.e.
    not presented as plain fact, in [0, 1]); ``certainty_index`` (in [-1, 1], see the module docstring).
    """

    name = "hedging"

    def __init__(self, hedges: Lexicon, boosters: Lexicon):
        self.hedges = hedges
        self.boosters = boosters

    @cached_property
    def _plain(self) -> Lexicon:
        entries = tuple(Entry(f"plain {i}", (pattern,), "plain", reason)
                        for i, (pattern, reason) in enumerate(PLAIN_SENSES))
        return Lexicon("plain_hedge_senses", "hedges", "", "", {"plain": "plain senses"}, entries)

    def find(self, doc: Document) -> tuple[list[Span], list[Span]]:
        """``(hedges, boosters)``: hedge spans named by kind, minus plain senses and hedges inside boosters."""
        boosters = self.boosters.find(doc, "boosters")
        found = self.hedges.find(doc, "hedges")
        if not found:
            return [], boosters
        blocked = [(s.start, s.end) for s in self._plain.find(doc)] + [(b.start, b.end) for b in boosters]
        hedges = [Span(s.start, s.end, s.sentence, MEASURE_OF.get(s.category, "hedges"), s.category, s.entry,
                       s.text, s.detail)
                  for s in found if not any(lo <= s.start and s.end <= hi for lo, hi in blocked)]
        return hedges, boosters

    def measure(self, doc: Document) -> MeasureResult:
        hedges, boosters = self.find(doc)
        n = {kind: sum(s.measure == kind for s in hedges) for kind in KINDS}
        uncertain = {s.sentence for s in hedges if s.measure in ("hedges", "conditions")}
        values = {
            "hedges_count": float(n["hedges"]),
            "boosters_count": float(len(boosters)),
            **{f"{kind}_per_1000": per_1000(n[kind], doc.n_words) for kind in KINDS},
            "boosters_per_1000": per_1000(len(boosters), doc.n_words),
            "hedged_sentence_share": len(uncertain) / len(doc.sentences) if doc.sentences else 0.0,
            "certainty_index": certainty_index(len(boosters), n["hedges"]),
        }
        spans = tuple(sorted(hedges + boosters, key=lambda s: s.start))
        return MeasureResult(self.name, spans, values, doc.n_words)
