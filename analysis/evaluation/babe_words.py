"""Loaded-word agreement with BABE, counted per sentence so that every figure has a bootstrap interval.

The token scheme is the one of :func:`analysis.evaluation.validity.evaluate_babe` (its module docstring):
tokens are the words of a :class:`~analysis.text.Document` in lower case without the project's stop words;
a token is gold when annotators marked it, predicted when a loaded-term span overlaps it. Each sentence
gives ``[tp, fp, tp, fn]`` (the ``[right, wrong, found, missed]`` of :func:`analysis.evaluation.szeged.scores`),
and the interval resamples sentences.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

from ..stopwords import STOP_WORDS
from ..text import Document
from .szeged import scores
from .validity import covered_token_flags, gold_token_flags

Spans = Callable[[str], Sequence[tuple[int, int]]]


def engine_spans(config=None) -> Spans:
    """Loaded-term spans of the engine as users get it (``config`` or the shipped lexicons)."""
    from ..measures import LoadedTerms
    from ..pipeline import Config, analyzer_for
    measure = LoadedTerms(analyzer_for(config or Config()).lexicons["loaded"])
    return lambda text: [(s.start, s.end) for s in measure.find(Document(text))]


def sentence_counts(records: Iterable[dict], spans: Spans | None = None,
                    predictions: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[int]]:
    """``[tp, fp, tp, fn]`` per record (``text``, ``biased_words``), from ``spans`` or ready predictions."""
    out = []
    for n, record in enumerate(records):
        doc = Document(record["text"])
        keep = [doc.norm[s:e].lower() not in STOP_WORDS for s, e in zip(doc.token_starts, doc.token_ends)]
        predicted_spans = predictions[n] if predictions is not None else spans(record["text"])
        gold = gold_token_flags(doc, record.get("biased_words") or [])
        predicted = covered_token_flags(doc, [tuple(p) for p in predicted_spans])
        tp = fp = fn = 0
        for g, p, k in zip(gold, predicted, keep):
            if k:
                tp += g and p
                fp += p and not g
                fn += g and not p
        out.append([tp, fp, tp, fn])
    return out


def evaluate(records: Sequence[dict], spans: Spans | None = None,
             predictions: Sequence[Sequence[tuple[int, int]]] | None = None) -> dict:
    """Token precision, recall and F1 of loaded terms with 95% intervals (see :func:`szeged.scores`)."""
    return {"n_sentences": len(records), **scores(sentence_counts(records, spans, predictions))}
