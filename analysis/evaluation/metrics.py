"""Agreement metrics with no knowledge of any data set: counts in, figures out.

:class:`Binary` (precision, recall, F1, macro-F1 from counts), :func:`multiclass`, :func:`pearson`,
:func:`spearman` (average ranks for ties), :func:`overlaps` and :func:`span_recall` for character ranges,
:func:`wilson` for the 95% interval of a share.
Every figure is a float in [0, 1] except the correlations, in [-1, 1]; ``nan`` when undefined.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .target import LABELS


def ratio(a: float, b: float) -> float:
    """``a / b``; 0.0 when ``b`` is 0 (a share of nothing counts as none)."""
    return a / b if b else 0.0


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval (95% with the default ``z``) of the share ``k / n``, as (low, high) in [0, 1];
    (0.0, 1.0) when ``n`` is 0 (nothing was counted, so nothing is known)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _f1(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True)
class Binary:
    """Counts of a yes/no decision against gold labels, and the scores they give (all in [0, 1]).

    ``precision``, ``recall`` and ``f1`` are those of the positive class; ``macro_f1`` is the mean of the
    F1 of the positive and of the negative class; a score with an empty denominator is 0.0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @classmethod
    def of(cls, gold: Iterable[bool], predicted: Iterable[bool]) -> "Binary":
        c = Counter(zip(map(bool, gold), map(bool, predicted), strict=True))
        return cls(c[(True, True)], c[(False, True)], c[(True, False)], c[(False, False)])

    def __add__(self, other: "Binary") -> "Binary":
        return Binary(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def macro_f1(self) -> float:
        negative = _f1(ratio(self.tn, self.tn + self.fn), ratio(self.tn, self.tn + self.fp))
        return (self.f1 + negative) / 2

    @property
    def accuracy(self) -> float:
        return ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "macro_f1": self.macro_f1, "accuracy": self.accuracy}


def multiclass(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = LABELS) -> dict:
    """Accuracy, macro-F1 (unweighted mean of the per-class F1 over ``labels``), per-class scores and the
    confusion counts ``confusion[gold][predicted]``. All scores in [0, 1]."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pairs = Counter(zip(gold, predicted))
    per_class = {}
    for label in labels:
        tp = pairs[(label, label)]
        predicted_n = sum(n for (g, p), n in pairs.items() if p == label)
        gold_n = sum(n for (g, p), n in pairs.items() if g == label)
        precision, recall = ratio(tp, predicted_n), ratio(tp, gold_n)
        per_class[label] = {"precision": precision, "recall": recall, "f1": _f1(precision, recall),
                            "support": gold_n}
    correct = sum(n for (g, p), n in pairs.items() if g == p)
    return {
        "n": len(gold), "accuracy": ratio(correct, len(gold)),
        "macro_f1": sum(c["f1"] for c in per_class.values()) / len(labels) if labels else 0.0,
        "per_class": per_class,
        "confusion": {g: {p: pairs[(g, p)] for p in labels} for g in labels},
    }


def average_ranks(values: Sequence[float]) -> list[float]:
    """Ranks 1..n of ``values``; tied values share the mean of the ranks they occupy (``[5, 7, 7]`` ->
    ``[1, 2.5, 2.5]``)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson correlation in [-1, 1]; ``nan`` when either side has fewer than two values or no spread."""
    if len(x) != len(y):
        raise ValueError(f"{len(x)} values against {len(y)}")
    n = len(x)
    if n < 2:
        return math.nan
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else math.nan


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation in [-1, 1]: Pearson's correlation of the average ranks (ties handled)."""
    return pearson(average_ranks(x), average_ranks(y))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the half-open character ranges ``a`` and ``b`` share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def span_recall(gold: Iterable[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """``(found, total)``: how many gold ranges at least one predicted range overlaps."""
    gold = list(gold)
    return sum(any(overlaps(g, p) for p in predicted) for g in gold), len(gold)
