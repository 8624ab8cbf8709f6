"""VADER's ``polarity_scores`` with the same rules and arithmetic, without the library's repeated work.

vaderSentiment 3.3.2 lower-cases the whole sentence again for every rule it applies to a lexicon word
(``_negation_check``, ``_special_idioms_check`` and ``_but_check`` each build a lower-cased copy of every
word), tests a
negation by walking its list of 59 negation words, and copies the sentence character by character to
replace emojis. :class:`Vader` lower-cases each word once per sentence, tests negations in a set, skips the
emoji copy when the sentence holds no emoji character, and otherwise runs the library's own steps in the
library's order with the same operations on the same floats, so every score is the library's, bit for bit
(checked on every sentence of the seeds, the story fixtures and the annotated sets by ``bench/same_tables.py``
and ``bench/throughput.py``, and on sentences that exercise each rule by the tests). With any other
vaderSentiment version the library's own ``polarity_scores`` is used.

The steps follow vaderSentiment (C.J. Hutto, MIT licence; Hutto & Gilbert, ICWSM 2014), whose lexicon and
library stay a requirement: only its per-sentence loop is repeated here.
"""
from __future__ import annotations

import string
from importlib.metadata import version

#: The vaderSentiment release whose rules :class:`Vader` repeats; any other uses the library itself.
VADER_VERSION = "3.3.2"
_PUNCTUATION = string.punctuation


class Vader:
    """``polarity_scores(text)`` giving what ``analyzer.polarity_scores(text)`` gives (``analyzer`` a
    vaderSentiment ``SentimentIntensityAnalyzer``): a dict of ``neg``, ``neu``, ``pos`` in [0, 1] and
    ``compound`` in [-1, 1]."""

    def __init__(self, analyzer):
        from vaderSentiment import vaderSentiment as library

        self.analyzer, self.lib = analyzer, library
        self.lexicon = analyzer.lexicon
        self.emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
        self.negate = frozenset(library.NEGATE)
        #: every word of an idiom or a booster of several words: a window of words holding none of them
        #: matches none (:meth:`_special_idioms_check` then changes nothing)
        self.idiom_words = frozenset(w for key in (*library.SPECIAL_CASES, *library.BOOSTER_DICT) if " " in key
                                     for w in key.split())
        self.exact = version("vaderSentiment") == VADER_VERSION

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self.exact or not isinstance(text, str):
            return self.analyzer.polarity_scores(text)
        if not self.emoji_chars.isdisjoint(text):
            return self.analyzer.polarity_scores(text)  # the library replaces the emojis by their names
        text = text.strip()
        # SentiText's words: punctuation stripped off each end unless two or fewer characters would be left
        words = [w if len(stripped := w.strip(_PUNCTUATION)) <= 2 else stripped for w in text.split()]
        lower = [w.lower() for w in words]
        is_cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)  # allcap_differential
        boosters, lexicon, n = self.lib.BOOSTER_DICT, self.lexicon, len(words)
        sentiments = [0] * n  # a word VADER does not know, a booster, "kind of": 0
        for i in [i for i, low in enumerate(lower) if low in lexicon]:  # a word's valence reads no other's
            low = lower[i]
            if low in boosters or low == "kind" and i < n - 1 and lower[i + 1] == "of":
                continue
            sentiments[i] = self._valence(words, lower, i, is_cap_diff)
        if "but" in lower:  # the library's rule lower-cases every word again; without "but" it does nothing
            sentiments = self.analyzer._but_check(words, sentiments)
        return self.analyzer.score_valence(sentiments, text)

    def _valence(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` for the lexicon word ``i`` (the library's steps, in its order)."""
        lib, lexicon, low = self.lib, self.lexicon, lower[i]
        valence = lexicon[low]
        if low == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ["or", "nor"]):
            valence = lexicon[low] * lib.N_SCALAR
        if words[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += lib.C_INCR
            else:
                valence -= lib.C_INCR
        for start_i in range(0, 3):
            if i > start_i and lower[i - (start_i + 1)] not in lexicon:
                s = lib.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation_check(valence, lower, start_i, i)
                if start_i == 2:
                    valence = self._special_idioms_check(valence, lower, i)
        return self._least_check(valence, lower, i)

    def _negated(self, word: str) -> bool:
        """``negated([word])`` of the library."""
        word = word.lower()
        return word in self.negate or "n't" in word

    def _negation_check(self, valence: float, lower: list[str], start_i: int, i: int) -> float:
        scalar = self.lib.N_SCALAR
        if start_i == 0:
            if self._negated(lower[i - 1]):
                valence = valence * scalar
        if start_i == 1:
            if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
                valence = valence * 1.25
            elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
                valence = valence
            elif self._negated(lower[i - 2]):
                valence = valence * scalar
        if start_i == 2:
            if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or \
                    (lower[i - 1] == "so" or lower[i - 1] == "this"):
                valence = valence * 1.25
            elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                valence = valence
            elif self._negated(lower[i - 3]):
                valence = valence * scalar
        return valence

    def _special_idioms_check(self, valence: float, lower: list[str], i: int) -> float:
        if self.idiom_words.isdisjoint(lower[i - 3:i + 3]):  # i >= 3: the words the library's n-grams join
            return valence
        special, boosters = self.lib.SPECIAL_CASES, self.lib.BOOSTER_DICT
        onezero = f"{lower[i - 1]} {lower[i]}"
        twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
        twoone = f"{lower[i - 2]} {lower[i - 1]}"
        threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
        threetwo = f"{lower[i - 3]} {lower[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        if len(lower) - 1 > i:
            zeroone = f"{lower[i]} {lower[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if len(lower) - 1 > i + 1:
            zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in boosters:
                valence = valence + boosters[n_gram]
        return valence

    def _least_check(self, valence: float, lower: list[str], i: int) -> float:
        scalar, lexicon = self.lib.N_SCALAR, self.lexicon
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * scalar
        return valence

