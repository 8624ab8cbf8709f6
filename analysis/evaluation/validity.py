"""How well the measures agree with people: scores against annotated news data.

Two layers. The **metrics** are plain functions with no knowledge of the data: :class:`Binary` (precision,
recall, F1, macro-F1 from counts), :func:`multiclass`, :func:`spearman` (with average ranks for ties),
:func:`span_recall`. The **evaluations** run the engine exactly as users get it (shipped lexicons, no
training) over records in the format of the public data sets and score it:

* :func:`evaluate_babe`: loaded terms against the words and sentences experts marked as biased (BABE);
* :func:`evaluate_newsmtsc`: sentiment around a named target against its gold polarity (NewsMTSC);
* BASIL (word choice per article, in the writer's voice) is in :mod:`analysis.evaluation.basil`.

Token scheme for BABE (the data gives biased words without offsets): a sentence's tokens are the words of
:class:`~analysis.text.Document`, compared in lower case. A token is *gold-biased* when it is part of an
occurrence (same words in the same order) of something the annotators marked; when a marked phrase does
not occur as a whole, its pieces that are not stop words are looked up one by one. A token is
*predicted-biased* when it overlaps a loaded-term span. Every token of every sentence counts once, except
function words (the project's stop-word list, :mod:`analysis.stopwords`): annotators sometimes marked
*of* or *the* as a piece of a phrase, and a marked *of* would make every *of* in the sentence gold.

Nothing here reads files except :func:`read_jsonl`; the data never enters the repository.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

from ..pipeline import ArticleAnalysis, Config, analyzer_for
from ..corpus import Article
from ..measures.sentiment import vader
from .target import TargetSentimentReader
from ..stopwords import STOP_WORDS
from ..text import Document

#: Published reference points, quoted beside our figures (see the README, "How well do the measures agree with people?" for the sources).
REFERENCES = {
    "babe_words_negative_lexicon": {"precision": 0.35, "recall": 0.47, "f1": 0.40},
    "babe_words_bias_lexicon": {"precision": 0.62, "recall": 0.12, "f1": 0.20},
    "babe_sentences_transformer": {"macro_f1": 0.80},
    "newsmtsc_roberta": {"macro_f1": 0.83},
}
#: TextBlob subjectivity at or above which a sentence counts as subjective: the midpoint of its [0, 1]
#: scale, fixed in advance rather than fitted to any data.
SUBJECTIVE_AT = 0.5
TOP_ERRORS = 15


from .metrics import Binary, multiclass, overlaps

# ------------------------------------------------------------------------------------ BABE token scheme

def _tokens(doc: Document) -> list[str]:
    return [doc.norm[s:e].lower() for s, e in zip(doc.token_starts, doc.token_ends)]


def gold_token_flags(doc: Document, marked: Iterable[str]) -> list[bool]:
    """Which tokens of ``doc`` the annotators marked (see the module docstring for the scheme)."""
    tokens = _tokens(doc)
    flags = [False] * len(tokens)
    for phrase in marked:
        pieces = _tokens(Document(phrase))
        k = len(pieces)
        if not k:
            continue
        hits = [i for i in range(len(tokens) - k + 1) if tokens[i:i + k] == pieces]
        for i in hits:
            flags[i:i + k] = [True] * k
        if not hits and k > 1:
            wanted = {p for p in pieces if p not in STOP_WORDS}
            for i, token in enumerate(tokens):
                if token in wanted:
                    flags[i] = True
    return flags


def covered_token_flags(doc: Document, spans: Iterable[tuple[int, int]]) -> list[bool]:
    """Which tokens of ``doc`` overlap at least one of the character ranges ``spans``."""
    spans = list(spans)
    return [any(overlaps((s, e), span) for span in spans) for s, e in zip(doc.token_starts, doc.token_ends)]


# ---------------------------------------------------------------------------------------------- reading

def read_jsonl(path: str | Path) -> list[dict]:
    """The records of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _kept(flags: list[bool], keep: list[bool]) -> list[bool]:
    return [f for f, k in zip(flags, keep) if k]


def _loaded(analysis: ArticleAnalysis):
    return analysis.results["loaded"].spans


def _markers(analysis: ArticleAnalysis) -> list[tuple[int, int]]:
    """Every judgement marker the engine finds: loaded terms, loaded reporting verbs and boosters."""
    spans = [s for s in analysis.spans() if s.measure in ("loaded", "boosters")
             or (s.measure == "reporting_verbs" and s.category == "loaded")]
    return [(s.start, s.end) for s in spans]


def _top(counter: Counter, n: int = TOP_ERRORS) -> list[list]:
    return [[word, count] for word, count in counter.most_common(n)]


# ------------------------------------------------------------------------------------------------- BABE

#: Sentence rules, each a function of the engine's values for one sentence, fixed before looking at
#: any score. The first is the rule the issue asks for; the others add the engine's other measures.
SENTENCE_RULES: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "loaded": ("at least one loaded term", lambda v: v["loaded_count"] >= 1),
    "subjective": (f"TextBlob subjectivity >= {SUBJECTIVE_AT}",
                   lambda v: v["textblob_subjectivity"] >= SUBJECTIVE_AT),
    "loaded_or_subjective": (f"a loaded term, or subjectivity >= {SUBJECTIVE_AT}",
                             lambda v: v["loaded_count"] >= 1 or v["textblob_subjectivity"] >= SUBJECTIVE_AT),
    "judgement_markers": ("a loaded term, a booster, a loaded reporting verb or a scare quote",
                          lambda v: (v["loaded_count"] + v["boosters_count"] + v["scare_quotes"]) >= 1
                          or v["loaded_reporting_verbs_per_1000"] > 0),
}


def evaluate_babe(records: Iterable[dict], config: Config | None = None) -> dict:
    """Token-level and sentence-level agreement of loaded terms with BABE's expert annotations.

    ``records`` have ``id``, ``text``, ``label`` (``biased`` / ``non-biased``) and ``biased_words``.
    Returns ``words`` (``overall``, ``per_category`` and ``judgement_markers``, the last counting loaded
    reporting verbs and boosters as well, all :class:`Binary` scores), ``sentences`` (one entry per
    rule in :data:`SENTENCE_RULES`), ``false_positives`` / ``false_negatives`` (the most frequent wrongly
    flagged and missed words), ``false_positive_entries`` (lexicon entries whose match covers no marked
    word) and ``n_sentences``.
    """
    analyzer = analyzer_for(config or Config())
    categories = list(analyzer.lexicons["loaded"].categories)
    words, markers = Binary(), Binary()
    per_category = {c: Binary() for c in categories}
    rules = {name: Binary() for name in SENTENCE_RULES}
    fp_words, fn_words, fp_entries = Counter(), Counter(), Counter()
    n = 0
    for n, record in enumerate(records, 1):
        analysis = analyzer.analyze(Article(id=str(record.get("id", n)), text=record["text"]))
        doc = Document(record["text"])
        keep = [t not in STOP_WORDS for t in _tokens(doc)]

        def flags(ranges: list[tuple[int, int]]) -> list[bool]:
            return _kept(covered_token_flags(doc, ranges), keep)

        spans = _loaded(analysis)
        gold = _kept(gold_token_flags(doc, record.get("biased_words") or []), keep)
        predicted = flags([(s.start, s.end) for s in spans])
        words += Binary.of(gold, predicted)
        markers += Binary.of(gold, flags(_markers(analysis)))
        for category in categories:
            per_category[category] += Binary.of(gold, flags([(s.start, s.end) for s in spans
                                                             if s.category == category]))
        for token, g, p in zip(_kept(_tokens(doc), keep), gold, predicted):
            if p != g:
                (fp_words if p else fn_words)[token] += 1
        for s in spans:
            if not any(g and c for g, c in zip(gold, flags([(s.start, s.end)]))):
                fp_entries[s.entry] += 1
        values = analysis.values()
        for name, (_, rule) in SENTENCE_RULES.items():
            rules[name] += Binary.of([record["label"] == "biased"], [rule(values)])
    return {
        "n_sentences": n,
        "words": {"overall": words.as_dict(), "judgement_markers": markers.as_dict(),
                  "per_category": {c: b.as_dict() for c, b in per_category.items()}},
        "sentences": {name: {"rule": SENTENCE_RULES[name][0], **b.as_dict()} for name, b in rules.items()},
        "false_positives": _top(fp_words),
        "false_positive_entries": _top(fp_entries),
        "false_negatives": _top(fn_words),
    }


# --------------------------------------------------------------------------------------------- NewsMTSC

def evaluate_newsmtsc(records: Iterable[dict]) -> dict:
    """Sentiment around each target mention against its gold polarity (negative / neutral / positive).

    ``records`` have ``sentence``, ``start``, ``end`` (offsets of the mention) and ``polarity``. Two readings
    from :mod:`analysis.evaluation.target`: the whole sentence (what the actor table uses) and the window of
    words around the mention. Returns :func:`multiclass` scores for each, and the most frequent words of
    the windows given a wrong polarity that VADER scores (``misleading_words``).
    """
    readers: dict[str, TargetSentimentReader] = {}
    gold, by_sentence, by_window = [], [], []
    wrong_words = Counter()
    lexicon = vader().lexicon
    for record in records:
        text = record["sentence"]
        reader = readers.get(text)
        if reader is None:
            reader = readers[text] = TargetSentimentReader(Document(text))
        result = reader.measure(int(record["start"]), int(record["end"]))
        gold.append(record["polarity"])
        by_sentence.append(result.sentence_class)
        by_window.append(result.window_class)
        if result.window_class != record["polarity"] and result.window_class != "neutral":
            wrong_words.update(w for w in map(str.lower, Document(result.window).words()) if w in lexicon)
    return {
        "n_targets": len(gold), "n_sentences": len(readers),
        "gold_distribution": dict(Counter(gold)),
        "sentence": multiclass(gold, by_sentence),
        "window": multiclass(gold, by_window),
        "misleading_words": _top(wrong_words),
    }
