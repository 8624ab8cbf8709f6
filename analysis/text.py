"""The one place where text is split into sentences and words.

A :class:`Document` is built once per article and shared by every measure. Offsets are character
offsets into the article's original text (0-based, end exclusive), so every span can be shown in the
original words. Matching runs on ``Document.norm``: the same text with curly quotes, dashes and
unusual spaces replaced one character for one character, so an offset in ``norm`` is the same offset
in ``text``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

#: Trailing characters ignored when a word is looked up in a lexicon (``U.S.`` is looked up as ``u.s``).
KEY_STRIP = ".,;:!?'\""

#: One character in, one character out: offsets survive normalisation.
NORMALISE = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\u3000\t", " "),
})

#: Abbreviations that do not end a sentence (lower case, without the final period), as Punkt expects.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr pres st jr sr rev hon "
    "u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g etc vs inc corp co ltd no dept est approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig al".split()
)

#: A word: an initialism (U.S.), a number (2,000 or 3.5%), or letters joined by apostrophes or hyphens.
WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,]\d+)*%?|\w+(?:['\-]\w+)*")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article's text that a measure found.

    ``start``/``end`` are character offsets into the original text (end exclusive), ``sentence`` the
    0-based index of the sentence it starts in, ``measure`` the measure's name (``loaded``, ``hedges`` ...),
    ``category`` the lexicon category, ``entry`` the lexicon entry's term, ``text`` the original words,
    and ``detail`` anything the measure adds (the speaker of an attribution, for example).
    """

    start: int
    end: int
    sentence: int
    measure: str
    category: str
    entry: str
    text: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """Sentence ``index`` covers ``text[start:end]`` and tokens ``first_token`` .. ``last_token - 1``."""

    index: int
    start: int
    end: int
    first_token: int
    last_token: int

    @property
    def n_words(self) -> int:
        return self.last_token - self.first_token


@lru_cache(maxsize=1)
def _sentence_splitter() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


#: Longest piece of text given to Punkt at once (characters). NLTK guards each of its regex searches with a
#: time limit, which a line of several megabytes exceeds; longer lines are first cut after a sentence end.
MAX_PIECE = 20_000
_PIECE_END = re.compile(r"[.!?][\"')\]]*\s+")


def _pieces(line: str, base: int):
    """``(offset, text)`` pieces of a line, each at most about MAX_PIECE long, cut after sentence ends
    (or at a space, or anywhere, when a stretch has none)."""
    start = 0
    while len(line) - start > MAX_PIECE:
        window = line[start:start + MAX_PIECE]
        cut = 0
        for m in _PIECE_END.finditer(window):
            cut = m.end()
        if not cut:
            cut = window.rfind(" ") + 1 or MAX_PIECE
        yield base + start, line[start:start + cut]
        start += cut
    yield base + start, line[start:]


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs: every line is split by Punkt; a line break always ends a sentence."""
    splitter = _sentence_splitter()
    bounds = []
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        for base, piece in _pieces(line.group(), line.start()):
            for start, end in splitter.span_tokenize(piece):
                bounds.append((base + start, base + end))
    return bounds


class Document:
    """An article's text split once into sentences and words.

    ``text`` is the original, ``norm`` the normalised copy of the same length, ``sentences`` a tuple of
    :class:`Sentence`, ``token_starts``/``token_ends`` the word offsets and ``n_words`` their number.
    """

    __slots__ = ("text", "norm", "sentences", "token_starts", "token_ends", "_sentence_starts", "_keys")

    def __init__(self, text: str):
        self.text = text
        self.norm = text.translate(NORMALISE)
        starts, ends = [], []
        for m in WORD_RE.finditer(self.norm):
            starts.append(m.start())
            ends.append(m.end())
        self.token_starts, self.token_ends = starts, ends
        sentences = []
        for start, end in _sentence_bounds(self.norm):
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            sentences.append(Sentence(len(sentences), start, end, first, last))
        self.sentences = tuple(sentences)
        self._sentence_starts = [s.start for s in sentences]
        self._keys: list[str] | None = None

    def keys(self) -> list[str]:
        """Each word in lower case without trailing punctuation, as lexicons look words up (cached)."""
        if self._keys is None:
            norm, ends = self.norm, self.token_ends
            self._keys = [norm[s:ends[k]].lower().rstrip(KEY_STRIP) for k, s in enumerate(self.token_starts)]
        return self._keys

    @property
    def n_words(self) -> int:
        """Number of word tokens (the denominator of every rate per 1,000 words)."""
        return len(self.token_starts)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def words(self, start: int = 0, end: int | None = None) -> list[str]:
        """The original words whose start lies in ``[start, end)``."""
        end = len(self.text) if end is None else end
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        return [self.text[self.token_starts[k]:self.token_ends[k]] for k in range(i, j)]

    def span(self, start: int, end: int, measure: str, category: str, entry: str, detail: str = "") -> Span:
        """A :class:`Span` over ``text[start:end]`` with its sentence filled in."""
        return Span(start, end, self.sentence_at(start), measure, category, entry, self.text[start:end], detail)


def per_1000(count: int | float, n_words: int) -> float:
    """``count`` per 1,000 words; 0.0 for an empty text."""
    return 1000.0 * count / n_words if n_words else 0.0
