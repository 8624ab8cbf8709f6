"""How far annotators agree: Cohen's kappa for two, Krippendorff's alpha (nominal) for any number.

Both compare the agreement observed with the agreement expected by chance, so 1.0 means perfect
agreement, 0.0 agreement no better than chance, and negative values systematic disagreement.

In lesson 6 the *units* are the words of a few sentences and the *labels* are 1 (the annotator marked the
word as loaded) or 0. :func:`mark_words` turns the phrases an annotator marked into those labels and
:func:`label_table` lines several annotators (and the tool) up, one row per word.
"""
from __future__ import annotations

import csv
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path

import pandas as pd

from analysis.errors import InputError
from analysis.text import NORMALISE, WORD_RE

#: Landis & Koch (1977): the usual words for kappa values. A convention, not a law: the bands are arbitrary.
BANDS = ((0.0, "poor (no better than chance)"), (0.20, "slight"), (0.40, "fair"), (0.60, "moderate"),
         (0.80, "substantial"), (1.0, "almost perfect"))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def observed_and_chance(a: Sequence, b: Sequence) -> tuple[float, float]:
    """``(p_o, p_e)`` of two annotators who labelled the same units in the same order.

    ``p_o`` is the share of units on which they agree; ``p_e`` the agreement expected by chance, the sum
    over labels of the product of each annotator's share of that label. Both are in [0, 1].
    """
    if len(a) != len(b):
        raise InputError(f"the two annotators labelled different numbers of units ({len(a)} and {len(b)})",
                         "give both annotators' labels for the same units, in the same order")
    if not a:
        raise InputError("there are no units to compare", "label at least one unit")
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    count_a, count_b = Counter(a), Counter(b)
    p_e = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    return p_o, p_e


def cohen_kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa of two annotators: ``(p_o - p_e) / (1 - p_e)``, in [-1, 1].

    NaN when ``p_e`` is 1: both used one and the same label for every unit, so chance explains all of
    their agreement and kappa is undefined.
    """
    p_o, p_e = observed_and_chance(a, b)
    return float("nan") if p_e == 1 else (p_o - p_e) / (1 - p_e)


def krippendorff_alpha(data: Sequence[Sequence]) -> float:
    """Krippendorff's alpha for nominal labels: one row per annotator, one column per unit.

    A missing label is ``None`` (or NaN). Units with fewer than two labels cannot be compared and are left
    out. ``alpha = 1 - D_o / D_e``, where ``D_o`` is the observed and ``D_e`` the expected disagreement
    computed from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's alpha-reliability").
    In [-1, 1] for practical purposes; NaN when every label given is the same (nothing to disagree on).
    """
    rows = [list(r) for r in data]
    if len({len(r) for r in rows}) > 1:
        raise InputError("every annotator needs a label (or None) for every unit",
                         "give each annotator one entry per unit; use None where they gave no label")
    coincidences: Counter = Counter()
    for unit in zip(*rows):
        values = [v for v in unit if not _missing(v)]
        m = len(values)
        if m < 2:
            continue
        for i, j in ((i, j) for i in range(m) for j in range(m) if i != j):
            coincidences[(values[i], values[j])] += 1 / (m - 1)
    totals: Counter = Counter()
    for (c, _), value in coincidences.items():
        totals[c] += value
    n = sum(totals.values())
    if n == 0:
        raise InputError("no unit has labels from two annotators, so there is nothing to compare",
                         "have at least two people label the same units")
    disagree = sum(v for (c, k), v in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return float("nan")
    return 1 - (n - 1) * disagree / expected


def interpret(value: float) -> str:
    """Landis & Koch's word for a kappa or alpha value ("moderate" ...), or why there is none."""
    if _missing(value):
        return "undefined (everyone gave the same label to every word)"
    if value < 0:
        return "worse than chance"
    for upper, word in BANDS:
        if value <= upper:
            return word
    return BANDS[-1][1]


def pairwise_kappa(labels: pd.DataFrame) -> pd.DataFrame:
    """Cohen's kappa of every pair of columns of ``labels`` (one column per annotator), as a square table
    with 1.0 on the diagonal."""
    names = list(labels.columns)
    table = pd.DataFrame(1.0, index=names, columns=names)
    for x, y in combinations(names, 2):
        table.loc[x, y] = table.loc[y, x] = cohen_kappa(list(labels[x]), list(labels[y]))
    return table


# ------------------------------------------------------------------ from marked phrases to labels

def words(sentence: str) -> list[str]:
    """The words of ``sentence``, split as the measures split them (these are the units)."""
    return [m.group() for m in WORD_RE.finditer(sentence.translate(NORMALISE))]


def mark_words(sentence: str, phrases: Sequence[str]) -> tuple[list[int], list[str]]:
    """Label each word of ``sentence`` 1 when it belongs to one of ``phrases`` (every occurrence, any case),
    else 0. Returns the labels and the phrases that do not occur in the sentence."""
    units = [w.lower() for w in words(sentence)]
    labels = [0] * len(units)
    not_found = []
    for phrase in phrases:
        wanted = [w.lower() for w in words(str(phrase))]
        size = len(wanted)
        hits = [i for i in range(len(units) - size + 1) if size and units[i:i + size] == wanted]
        if not hits:
            not_found.append(str(phrase))
        for i in hits:
            labels[i:i + size] = [1] * size
    return labels, not_found


def label_table(sentences: Mapping[str, str], annotations: Mapping[str, Mapping[str, Sequence[str]]]
                ) -> pd.DataFrame:
    """One row per word of every sentence (columns ``sentence``, ``word``), one 0/1 column per annotator.

    ``sentences`` maps a sentence key to its text; ``annotations`` maps an annotator's name to
    ``{sentence key: [marked phrases]}`` (keys compared as text, so 1 and "1" are the same sentence). A
    sentence an annotator left out counts as nothing marked.
    """
    rows = []
    for key, text in sentences.items():
        for i, word in enumerate(words(text)):
            rows.append({"sentence": key, "position": i, "word": word})
    table = pd.DataFrame(rows, columns=["sentence", "position", "word"])
    for name, marks in annotations.items():
        marks = {str(k): ([v] if isinstance(v, str) else v) for k, v in (marks or {}).items()}
        column = []
        for key, text in sentences.items():
            column.extend(mark_words(text, list(marks.get(str(key)) or []))[0])
        table[name] = column
    return table


def read_annotations(path: str | Path) -> dict[str, dict[str, list[str]]]:
    """Annotations from a CSV file, or from every ``*.csv`` file in a folder (one per student, say), with the
    columns ``annotator``, ``sentence`` and ``phrases`` (the marked phrases of that sentence separated by
    ``;``, empty for none): ``{annotator: {sentence: [phrases]}}``."""
    path = Path(path)
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if not files:
        raise InputError(f"{path}: the folder holds no .csv file of annotations")
    found: dict[str, dict[str, list[str]]] = {}
    for file in files:
        for annotator, marks in _read_annotation_file(file).items():
            found.setdefault(annotator, {}).update(marks)
    return found


def _read_annotation_file(path: Path) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check the annotations path") from None
    with fh:
        reader = csv.DictReader(fh)
        missing = {"annotator", "sentence", "phrases"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: the CSV needs the columns annotator, sentence and phrases "
                             f"(missing: {', '.join(sorted(missing))})")
        for row in reader:
            phrases = [p.strip() for p in (row["phrases"] or "").split(";") if p.strip()]
            found.setdefault(row["annotator"].strip(), {})[str(row["sentence"]).strip()] = phrases
    return found
