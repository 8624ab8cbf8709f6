"""Sentiment per sentence with VADER (the ``vaderSentiment`` package) and TextBlob's PatternAnalyzer.

Both ship their lexicons, so nothing is downloaded. VADER's compound score is in [-1, 1]; by VADER's own
convention a sentence is negative at compound <= -0.05 and positive at >= 0.05. TextBlob polarity is in
[-1, 1] and subjectivity in [0, 1]. The whole-text TextBlob scores are the mean over every scored phrase
in the text, which is what TextBlob computes for a whole text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version
from statistics import fmean

from ..text import Document
from .base import Measure, MeasureResult
from .sentiment_textblob import assess, assess_text

#: VADER's published thresholds for a negative / positive compound score (Hutto & Gilbert 2014).
NEGATIVE_AT = -0.05
POSITIVE_AT = 0.05


def polarity_class(compound: float) -> str:
    """``negative`` (<= -0.05), ``positive`` (>= 0.05) or ``neutral``: VADER's thresholds for a score in [-1, 1]."""
    if compound <= NEGATIVE_AT:
        return "negative"
    if compound >= POSITIVE_AT:
        return "positive"
    return "neutral"


def implementations() -> dict[str, str]:
    """Which implementation and version scored the sentiment (recorded with every result)."""
    return {
        "vader": f"vaderSentiment {version('vaderSentiment')} (SentimentIntensityAnalyzer)",
        "textblob": f"textblob {version('textblob')} (PatternAnalyzer)",
    }


#: Sentences with any other character (or an ellipsis, or a line break) go through TextBlob's own tokenizer.
_UNUSUAL = re.compile(r"[^\w\s,.'\"\u201c\u201d\u2018\u2019\-%]|_|\.\.\.|\n")
_QUOTES = str.maketrans(dict.fromkeys("'\"\u201c\u201d\u2018\u2019", " "))


def _unquoted(text: str) -> str:
    """``text.translate(_QUOTES)`` (each quote mark a space) in a tenth of the time."""
    return (text.replace("'", " ").replace('"', " ").replace("\u201c", " ").replace("\u201d", " ")
            .replace("\u2018", " ").replace("\u2019", " "))


@lru_cache(maxsize=4096)
def _is_abbreviation(token: str) -> bool:
    from textblob import _text as pattern_text  # TextBlob and VADER are imported when first used: a report
    # page that reads the store never needs them

    return (token in pattern_text.ABBREVIATIONS or pattern_text.RE_ABBR1.match(token) is not None
            or pattern_text.RE_ABBR2.match(token) is not None or pattern_text.RE_ABBR3.match(token) is not None)


def pattern_words(sentence: str) -> list[str] | None:
    """The words TextBlob's PatternAnalyzer scores in ``sentence``, lower-cased, without its punctuation
    tokens; None when the sentence holds characters this shortcut does not handle (``!``, brackets, colons,
    emoticons, an ellipsis ...), which then go through TextBlob's tokenizer.

    TextBlob re-tokenises every sentence with many regular-expression passes (about 40% of its time).
    For ordinary prose the result is known: contractions split before ``n't`` and at every quote mark, and
    leading commas and hyphens and trailing commas, hyphens and periods come off, except the period of an
    abbreviation. The punctuation tokens themselves never change a score: they are unknown words of one
    character, which keep a pending negation or modifier just as their absence does. Scoring these words
    gives the same assessments as scoring the sentence (checked on every sentence by ``bench/throughput.py``).
    """
    if _UNUSUAL.search(sentence):
        return None
    words = []
    for token in _unquoted(sentence.replace("n't", " n't")).split():
        if token[0] not in ",-" and token[-1] not in ",-.":  # most words: nothing to strip
            words.append(token.lower())
            continue
        token = token.lstrip(",-")
        while token.endswith((",", "-", ".")):
            if token.endswith((",", "-")):
                token = token[:-1]
            if token.endswith("."):
                if _is_abbreviation(token):
                    break
                token = token[:-1]
        if token:
            words.append(token.lower())
    return words


def textblob_sentiment(sentence: str):
    """TextBlob's PatternAnalyzer result for ``sentence`` (polarity in [-1, 1], subjectivity in [0, 1],
    ``assessments``), through :func:`pattern_words` and :func:`~analysis.measures.sentiment_textblob.assess`
    when it applies."""
    words = pattern_words(sentence)
    return assess_text(sentence) if words is None else assess(words)


@lru_cache(maxsize=1)
def vader() -> "SentimentIntensityAnalyzer":  # noqa: F821 - imported here, when first used
    """One VADER analyzer per process (building one reads its lexicon file)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def fast_vader() -> "Vader":  # noqa: F821 - analysis.measures.sentiment_vader.Vader
    """The process's VADER analyzer with the library's repeated work left out: the same scores, bit for bit
    (:mod:`analysis.measures.sentiment_vader`)."""
    from .sentiment_vader import Vader

    return Vader(vader())


class Sentiment(Measure):
    """Per-sentence VADER and TextBlob scores (``rows``) and their aggregates (``values``).

    Values: ``vader_compound_mean`` in [-1, 1]; ``negative_sentence_share`` and ``positive_sentence_share``
    in [0, 1]; ``textblob_polarity`` in [-1, 1] and ``textblob_subjectivity`` in [0, 1] for the whole text.
    An empty text gives zeros.
    """

    name = "sentiment"

    def __init__(self):
        self.vader = fast_vader()

    def measure(self, doc: Document) -> MeasureResult:
        rows, assessments = [], []
        for s in doc.sentences:
            text = doc.text[s.start:s.end]
            v = self.vader.polarity_scores(text)
            tb = textblob_sentiment(text)
            assessments.extend(tb.assessments)
            rows.append({
                "sentence": s.index, "start": s.start, "end": s.end, "n_words": s.n_words,
                "vader_compound": v["compound"], "vader_pos": v["pos"], "vader_neu": v["neu"], "vader_neg": v["neg"],
                "textblob_polarity": tb[0], "textblob_subjectivity": tb[1], "text": text,
            })
        compounds = [r["vader_compound"] for r in rows]
        n = len(rows)
        values = {
            "vader_compound_mean": fmean(compounds) if n else 0.0,
            "negative_sentence_share": sum(c <= NEGATIVE_AT for c in compounds) / n if n else 0.0,
            "positive_sentence_share": sum(c >= POSITIVE_AT for c in compounds) / n if n else 0.0,
            "textblob_polarity": fmean(a[1] for a in assessments) if assessments else 0.0,
            "textblob_subjectivity": fmean(a[2] for a in assessments) if assessments else 0.0,
        }
        return MeasureResult(self.name, (), values, doc.n_words, tuple(rows))
