"""Agreement of the hedge measure with the Szeged Uncertainty Corpus, and bootstrap intervals.

The Szeged corpus (Szarvas et al., *Computational Linguistics* 2012) marks, in Wikipedia and biomedical
sentences, the words that keep the writer from presenting a statement as a fact: possibility and
probability (may, likely), beliefs and hearsay (believe, reportedly), conditions (if, unless) and
investigation (whether, examine whether). Approximators (about, several) are not cues. A sentence is
*uncertain* when it has at least one cue (the CoNLL-2010 definition).

What is scored:

* **sentence level**: the engine calls a sentence uncertain when it holds a span of a measure in
  :data:`CUE_MEASURES` (epistemic hedges and conditions; approximators and shields are not uncertainty);
  precision, recall and F1 of the class *uncertain*;
* **cue level**: a predicted span is right when it overlaps a gold cue, a gold cue is found when a predicted
  span overlaps it; precision = right / predicted, recall = found / gold, F1 their harmonic mean.

Every figure comes with a 95% percentile-bootstrap interval that resamples whole documents (sentences of
one article are not independent). :func:`list_predictor` is the reference point the issue quotes: a plain
list of 33 epistemic words (:data:`BASELINE_WORDS`, written from general knowledge of English, not mined
from the data), a sentence being uncertain when it holds one of them.

Nothing here reads files; records are dicts with ``text``, ``cues`` (``start``, ``end``) and ``doc``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Sequence

#: Hedge measures (kinds) that mark uncertainty in the Szeged sense: epistemic hedges and conditions.
CUE_MEASURES = ("hedges", "conditions")
#: Bootstrap resamples and confidence level of every interval.
N_BOOT = 1000
LEVEL = 0.95
#: A plain list of 33 epistemic words: the reference point a lexicon should beat.
BASELINE_WORDS = (
    "may", "might", "could", "would", "possible", "possibly", "perhaps", "maybe", "probably", "likely",
    "unlikely", "apparently", "appear", "appears", "seem", "seems", "suggest", "suggests", "suggested",
    "believe", "believed", "think", "thought", "suspect", "suspected", "whether", "if", "unclear",
    "unknown", "reportedly", "allegedly", "presumably", "potential",
)
assert len(BASELINE_WORDS) == 33

Predictor = Callable[[str], Sequence[tuple[int, int]]]


def list_predictor(words: Iterable[str] = BASELINE_WORDS) -> Predictor:
    """Cue spans of any of ``words`` (whole words, any case)."""
    regex = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    return lambda text: [m.span() for m in regex.finditer(text)]


def engine_predictor(hedges, boosters) -> Predictor:
    """Cue spans of the project's hedging measure (lexicons ``hedges`` and ``boosters``): its spans of the
    measures in :data:`CUE_MEASURES`."""
    from ..measures import Hedging
    from ..text import Document
    measure = Hedging(hedges, boosters)

    def predict(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in measure.measure(Document(text)).spans if s.measure in CUE_MEASURES]
    return predict


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def counts(records: Sequence[dict], predictions: Sequence[Sequence[tuple[int, int]]]) -> dict:
    """Per-document ``[right, wrong, found, missed]`` at sentence and cue level (``{"sentence": [...],
    "cue": [...]}``): predictions that are right or wrong, gold items found or missed. At sentence level
    right = found = true positives."""
    sentence, cue = defaultdict(lambda: [0, 0, 0, 0]), defaultdict(lambda: [0, 0, 0, 0])
    for record, predicted in zip(records, predictions, strict=True):
        gold = [(c["start"], c["end"]) for c in record.get("cues") or ()]
        doc = record.get("doc", "")
        is_gold, is_predicted = bool(gold), bool(predicted)
        s = sentence[doc]
        hit = is_gold and is_predicted
        s[0] += hit
        s[1] += is_predicted and not is_gold
        s[2] += hit
        s[3] += is_gold and not is_predicted
        right = sum(any(_overlaps(p, g) for g in gold) for p in predicted)
        found = sum(any(_overlaps(p, g) for p in predicted) for g in gold)
        c = cue[doc]
        c[0] += right
        c[1] += len(predicted) - right
        c[2] += found
        c[3] += len(gold) - found
    return {"sentence": list(sentence.values()), "cue": list(cue.values())}


def scores(groups: Sequence[Sequence[int]], n_boot: int = N_BOOT, seed: int = 0) -> dict:
    """Precision, recall and F1 (in [0, 1]) from per-group ``[right, wrong, found, missed]`` counts (see
    :func:`counts`), each with a 95% percentile-bootstrap interval over the groups (``*_ci`` = ``[low,
    high]``)."""
    import numpy as np
    table = np.asarray(groups, dtype=float).reshape(-1, 4)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(table), size=(n_boot, len(table))) if len(table) else None
    out = {"n_groups": len(table), **{k: int(table[:, i].sum())
                                      for i, k in enumerate(("right", "wrong", "found", "missed"))}}
    for name, fn in (("precision", _precision), ("recall", _recall), ("f1", _f1)):
        out[name] = float(fn(table.sum(axis=0)))
        if picks is None:
            out[f"{name}_ci"] = [0.0, 0.0]
            continue
        boot = fn(table[picks].sum(axis=1).T)
        tail = (1 - LEVEL) / 2 * 100
        out[f"{name}_ci"] = [float(np.percentile(boot, tail)), float(np.percentile(boot, 100 - tail))]
    return out


def _safe(num, den):
    import numpy as np
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)


def _precision(c):
    return _safe(c[0], c[0] + c[1])


def _recall(c):
    return _safe(c[2], c[2] + c[3])


def _f1(c):
    p, r = _precision(c), _recall(c)
    return _safe(2 * p * r, p + r)


def evaluate(records: Sequence[dict], predict: Predictor | None = None,
             predictions: Sequence[Sequence[tuple[int, int]]] | None = None) -> dict:
    """Sentence- and cue-level scores of one part, from ``predict`` or from ready ``predictions``
    (one list of ``(start, end)`` per record)."""
    if predictions is None:
        predictions = [predict(r["text"]) for r in records]
    c = counts(records, predictions)
    return {"n_sentences": len(records), "n_uncertain": sum(bool(r.get("cues")) for r in records),
            "sentence": scores(c["sentence"]), "cue": scores(c["cue"])}
