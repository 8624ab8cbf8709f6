"""Lesson 6 (annotate and agree): the sentences to annotate, saving a student's marks, the tool's own marks,
and the views of who marked what and how much they agree.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.paths import TEACHING_DIR

DATA_DIR = TEACHING_DIR / "data"


#: Lesson 6: the sentences to annotate, as (article id, how the sentence begins).
ANNOTATION_SENTENCES = {
    "1": ("original", "US troops in Iraq are"),
    "2": ("official", "The documents clearly show"),
    "3": ("original", "IS was ultimately defeated"),
    "4": ("neutral", "The Biden administration kept"),
    "5": ("official", "The announcement came just days after"),
    "6": ("neutral", "The announcement came after"),
}
EXAMPLE_ANNOTATIONS = DATA_DIR / "example_annotations.csv"


def save_annotation(name: str, marks, folder: str | Path) -> Path:
    """Write one annotator's marks ``{sentence: [phrases]}`` as ``folder/annotations_<name>.csv`` in the
    format :func:`analysis.evaluation.agreement.read_annotations` reads (a class's files can be put in one folder)."""
    import csv

    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", str(name)).strip("_") or "annotator"
    path = Path(folder) / f"annotations_{safe}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["annotator", "sentence", "phrases"])
        for key, phrases in by_text_key(marks).items():
            writer.writerow([name, key, "; ".join(phrases)])
    return path


def by_text_key(marks) -> dict[str, list[str]]:
    """An annotation ``{1: [...], "2": [...]}`` with every key as text (``{"1": [...], "2": [...]}``);
    a phrase given as text instead of a list becomes a one-item list."""
    if not isinstance(marks, dict):
        return {}
    return {str(k): ([v] if isinstance(v, str) else list(v or [])) for k, v in marks.items()}


def tool_annotation(sentences: dict[str, str]) -> dict[str, list[str]]:
    """What the loaded-terms lexicon marks in each sentence, as an annotation ``{number: [phrases]}``."""
    from analysis.teaching.tool.explain import analyze_texts

    matches = analyze_texts(sentences).matches
    loaded = matches[matches["measure"] == "loaded"]
    return {key: list(loaded.loc[loaded["article_id"] == key, "text"]) for key in sentences}


def agreement_html(sentences: dict[str, str], labels: pd.DataFrame, annotators: list[str]) -> str:
    """The sentences with each word shaded by how many of ``annotators`` marked it (the darker, the more;
    the small number is the count; hover for "marked by 2 of 5"), as escaped HTML."""
    import html

    from analysis.text import NORMALISE, WORD_RE

    n = max(1, len(annotators))
    parts = []
    for key, text in sentences.items():
        counts = labels.loc[labels["sentence"] == key, annotators].sum(axis=1).tolist()
        spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text.translate(NORMALISE))]
        out, pos = [], 0
        for (start, end), count in zip(spans, counts):
            word = html.escape(text[start:end], quote=True)
            out.append(html.escape(text[pos:start], quote=True))
            if count:
                shade = 0.15 + 0.75 * count / n
                out.append(f'<mark style="background: rgba(204, 102, 119, {shade:.2f}); color: inherit" '
                           f'title="marked by {count} of {n}">{word}<sup>{count}</sup></mark>')
            else:
                out.append(word)
            pos = end
        out.append(html.escape(text[pos:], quote=True))
        parts.append(f"<p><strong>{html.escape(str(key))}.</strong> {''.join(out)}</p>")
    names = ", ".join(html.escape(a) for a in annotators)
    return (f'<div style="line-height: 2; max-width: 60em">{"".join(parts)}'
            f'<p style="color:#555; font-size: 0.9em">Marked by (of {n}): {names}. The small number is how '
            "many marked the word.</p></div>")


def pair_table(labels: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """The 2 x 2 table of two annotators' word labels (loaded / not loaded), with totals."""
    rows = []
    for mine, name in ((1, "loaded"), (0, "not loaded")):
        part = labels[labels[a] == mine]
        both = int((part[b] == 1).sum())
        rows.append({a: name, f"{b}: loaded": both, f"{b}: not loaded": len(part) - both, "total": len(part)})
    rows.append({a: "total", f"{b}: loaded": int((labels[b] == 1).sum()),
                 f"{b}: not loaded": int((labels[b] == 0).sum()), "total": len(labels)})
    return pd.DataFrame(rows)


def agreement_summary(labels: pd.DataFrame, people: list[str], tool: str) -> pd.DataFrame:
    """How much the people agree with each other and with the tool: Krippendorff's alpha of the people,
    alpha of the people and the tool together, and the mean Cohen's kappa person-person and person-tool,
    each with Landis & Koch's word for it."""
    from itertools import combinations

    from analysis.evaluation.agreement import cohen_kappa, interpret, krippendorff_alpha

    def mean(values):
        values = [v for v in values if v == v]
        return sum(values) / len(values) if values else float("nan")

    rows = [
        ("alpha: people only", krippendorff_alpha([labels[p] for p in people])),
        ("alpha: people and the tool", krippendorff_alpha([labels[p] for p in [*people, tool]])),
        ("mean kappa: person with person", mean([cohen_kappa(list(labels[x]), list(labels[y]))
                                                 for x, y in combinations(people, 2)])),
        ("mean kappa: person with the tool", mean([cohen_kappa(list(labels[p]), list(labels[tool]))
                                                   for p in people])),
    ]
    return pd.DataFrame([{"measure": name, "value": value, "reads as": interpret(value)}
                         for name, value in rows])


