"""Sentiment towards one mention of a target (a person, party or country) in a text.

The engine's actor table scores an actor by the VADER compound of the sentences that mention it. This
module does the same for one mention given by its character offsets, and adds a narrower reading: the
words around the mention, without the mention itself (a name such as *Winner* or *Justice* is not a
judgement of its bearer). Both readings are turned into a class with VADER's published thresholds
(negative at compound <= -0.05, positive at >= 0.05).

Neither reading knows *who* the sentiment is about: in "X condemned Y's brutal attack" both X and Y get the
same sentence score. That is the main limit of lexicon sentiment for targets; see the README, "How well do the measures agree with people?".
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..text import Document
from ..measures.sentiment import polarity_class, vader

#: Words on each side of the mention that make up the window. Five words each side covers the phrase a
#: mention sits in (an adjective before a name, a verb and its object after it) in most news sentences.
WINDOW_WORDS = 5
LABELS = ("negative", "neutral", "positive")




@dataclass(frozen=True)
class TargetSentiment:
    """The sentiment around one mention.

    ``sentence`` is the index of the sentence holding the mention and ``sentence_compound`` its VADER
    compound in [-1, 1] (what the actor table averages); ``window`` is the text of up to ``WINDOW_WORDS``
    words before and after the mention in the same sentence, mention left out, and ``window_compound`` its
    VADER compound (0.0 when the window is empty).
    """

    sentence: int
    sentence_compound: float
    window: str
    window_compound: float

    @property
    def sentence_class(self) -> str:
        return polarity_class(self.sentence_compound)

    @property
    def window_class(self) -> str:
        return polarity_class(self.window_compound)


class TargetSentimentReader:
    """Scores mentions in one :class:`~analysis.text.Document`; sentence scores are computed once each."""

    def __init__(self, doc: Document, window_words: int = WINDOW_WORDS):
        self.doc = doc
        self.window_words = window_words
        self._sentence_scores: dict[int, float] = {}

    def measure(self, start: int, end: int) -> TargetSentiment:
        """Sentiment around the mention at ``text[start:end]`` (character offsets, end exclusive)."""
        doc = self.doc
        index = doc.sentence_at(start)
        if index not in self._sentence_scores:
            text = doc.sentence_text(index) if doc.sentences else ""
            self._sentence_scores[index] = vader().polarity_scores(text)["compound"]
        window = self._window(index, start, end)
        compound = vader().polarity_scores(window)["compound"] if window else 0.0
        return TargetSentiment(index, self._sentence_scores[index], window, compound)

    def _window(self, index: int, start: int, end: int) -> str:
        doc = self.doc
        if not doc.sentences:
            return ""
        sentence = doc.sentences[index]
        first = bisect.bisect_left(doc.token_starts, start)          # first token of the mention
        after = bisect.bisect_left(doc.token_starts, end)            # first token after the mention
        lo = max(sentence.first_token, first - self.window_words)
        hi = min(sentence.last_token, after + self.window_words)
        before = doc.text[doc.token_starts[lo]:start] if lo < first else ""
        behind = doc.text[end:doc.token_ends[hi - 1]] if hi > after else ""
        return " ".join(part.strip() for part in (before, behind) if part.strip())


def target_sentiment(text: str, start: int, end: int, window_words: int = WINDOW_WORDS) -> TargetSentiment:
    """Sentiment towards the mention ``text[start:end]``; builds a Document for ``text`` (see the reader)."""
    return TargetSentimentReader(Document(text), window_words).measure(start, end)
