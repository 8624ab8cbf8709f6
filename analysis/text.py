"""The one place where text is split into sentences and words, tagged, and divided by voice.

A :class:`Document` is built once per article and shared by every measure: sentences, word tokens, their
part-of-speech tags (:attr:`Document.tags`, TextBlob's offline Pattern tagger on our own tokens) and, set
once by the voice layer (:mod:`analysis.voice`) before any measure, :class:`Voices`: the regions that give
every character and every span its ``voice``. Offsets are character
offsets into the article's original text (0-based, end exclusive), so every span can be shown in the
original words. Matching runs on ``Document.norm``: the same text with curly quotes, dashes and
unusual spaces replaced one character for one character, so an offset in ``norm`` is the same offset
in ``text``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .frozen import quick_init
from .sentences import ABBREVIATIONS, MAX_PIECE, sentence_splitter as _sentence_splitter  # noqa: F401 - re-exported
from .sentences import sentence_bounds as _sentence_bounds
from .tagging import TAGGER, Tags, tag_sentences, tagger_version  # noqa: F401 - the tags of a Document

#: Trailing characters ignored when a word is looked up in a lexicon (``U.S.`` is looked up as ``u.s``).
KEY_STRIP = ".,;:!?'\""

#: One character in, one character out: offsets survive normalisation.
NORMALISE = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\u3000\t", " "),
})

#: A word: an initialism (U.S.), a number (2,000 or 3.5%), or letters joined by apostrophes or hyphens.
WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,]\d+)*%?|\w+(?:['\-]\w+)*")


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article's text that a measure found.

    ``start``/``end`` are character offsets into the original text (end exclusive), ``sentence`` the
    0-based index of the sentence it starts in, ``measure`` the measure's name (``loaded``, ``hedges`` ...),
    ``category`` the lexicon category, ``entry`` the lexicon entry's term, ``text`` the original words,
    and ``detail`` anything the measure adds (the speaker of an attribution, for example).
    ``voice`` is who is speaking where the span stands (one of :data:`VOICES`), ``speaker`` the source
    phrase of the quotation or reported speech it stands in (empty when none was found), and
    ``source_start``/``source_end`` the offsets of an attribution's source phrase (-1 for other spans).
    """

    start: int
    end: int
    sentence: int
    measure: str
    category: str
    entry: str
    text: str
    detail: str = ""
    voice: str = "writer"
    speaker: str = ""
    source_start: int = -1
    source_end: int = -1


@quick_init
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


class Document:
    """An article's text split once into sentences and words.

    ``text`` is the original, ``norm`` the normalised copy of the same length, ``sentences`` a tuple of
    :class:`Sentence`, ``token_starts``/``token_ends`` the word offsets and ``n_words`` their number.
    """

    __slots__ = ("text", "norm", "sentences", "token_starts", "token_ends", "_sentence_starts", "_keys", "_tags",
                 "voices", "reading")

    def __init__(self, text: str, bounds: list[tuple[int, int]] | None = None):
        """Split ``text``; ``bounds`` (the ``start``/``end`` of each sentence, as a run store keeps them)
        skips the sentence splitter and gives the same Document the analysis read."""
        self.text = text
        self.norm = text.translate(NORMALISE)
        starts, ends = [], []
        for m in WORD_RE.finditer(self.norm):
            starts.append(m.start())
            ends.append(m.end())
        self.token_starts, self.token_ends = starts, ends
        sentences = []
        for start, end in (_sentence_bounds(self.norm) if bounds is None else bounds):
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            sentences.append(Sentence(len(sentences), start, end, first, last))
        self.sentences = tuple(sentences)
        self._sentence_starts = [s.start for s in sentences]
        self._keys: list[str] | None = None
        self._tags: Tags | None = None
        #: the voice layer (:class:`Voices`) and the attribution reading it came from, set once by
        #: :meth:`analysis.voice.VoiceLayer.attach` before any measure reads the Document
        self.voices: Voices | None = None
        self.reading = None

    @property
    def tags(self) -> Tags:
        """Penn Treebank part-of-speech tag of each word token (``NN``, ``VBD``, ``NNP`` ...), beside
        ``token_starts`` (a read-only list: :class:`Tags`); each sentence is tagged by :data:`TAGGER` the
        first time a tag in it is read, once."""
        if self._tags is None:
            self._tags = Tags(self)
        return self._tags

    def words_of(self, sentence: Sentence) -> list[str]:
        """The normalised words of one sentence."""
        norm, ends = self.norm, self.token_ends
        return [norm[self.token_starts[k]:ends[k]] for k in range(sentence.first_token, sentence.last_token)]

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


#: Who is speaking where a span stands (the rules are in :mod:`analysis.voice`): the writer, a direct
#: quotation, a scare quote (a short phrase the writer holds at a distance), material reproduced from
#: someone (a statement, a letter, response points), reported speech (the clause a verb of saying, naming,
#: judging or believing governs), the headline (the title, analysed apart), a subheading (the headline's
#: voice inside the body), a proper name or title, and page furniture (a widget the site set into the text:
#: a reader poll, a sign-up box; :mod:`analysis.furniture`). Earlier voices win where regions overlap (:data:`LAYERS`).
VOICES = ("writer", "quote", "scare", "statement", "reported", "headline", "subheading", "name", "furniture")
#: The layers of a :class:`Voices`, in the order they win: 0 page furniture, quotations and scare quotes
#: (within the layer the region that starts first wins, and furniture holds no quotation of the article's),
#: 1 statements, 2 reported clauses, 3 subheadings, 4 names.
LAYERS = (("furniture", "quote", "scare"), ("statement",), ("reported",), ("subheading",), ("name",))


@quick_init
@dataclass(frozen=True, slots=True)
class Region:
    """``text[start:end]`` is spoken in ``voice`` (one of :data:`VOICES` but ``writer``) by ``speaker``
    (the voice source; empty when none is named)."""

    start: int
    end: int
    voice: str
    speaker: str = ""


class Voices:
    """The voice layer of one Document: regions of every voice but the writer's, one list per layer of
    :data:`LAYERS` (quotations, statements, reported clauses, subheadings, names).

    A character takes the voice of the first layer with a region over it, ``writer`` outside every region;
    a span takes the voice of its first character. Lookups cost O(log n) per layer.
    """

    def __init__(self, *layers: list[Region]):
        layers = list(layers) + [[] for _ in range(len(LAYERS) - len(layers))]
        self._layers = [_disjoint(layer) for layer in layers]
        self._starts = [[r.start for r in layer] for layer in self._layers]
        self._filled = [(layer, starts) for layer, starts in zip(self._layers, self._starts) if layer]

    def at(self, offset: int) -> Region | None:
        """The region containing character ``offset``, or None (the writer's own words)."""
        for layer, starts in self._filled:
            i = bisect.bisect_right(starts, offset) - 1
            if i >= 0 and layer[i].end > offset:
                return layer[i]
        return None

    @property
    def names(self) -> tuple[Region, ...]:
        """The proper names and titles, sorted and disjoint, wherever they stand (inside a quotation too)."""
        return tuple(self._layers[4])

    def in_name(self, start: int, end: int) -> bool:
        """True when any character of ``text[start:end]`` lies inside a proper name or title."""
        starts, names = self._starts[4], self._layers[4]
        i = bisect.bisect_left(starts, end) - 1
        return i >= 0 and names[i].end > start

    def label(self, span: Span) -> Span:
        """``span`` with ``voice`` and ``speaker`` set from the region it starts in."""
        region = self.at(span.start)
        voice, speaker = ("writer", "") if region is None else (region.voice, region.speaker)
        if span.voice == voice and span.speaker == speaker:
            return span
        return Span(span.start, span.end, span.sentence, span.measure, span.category, span.entry, span.text,
                    span.detail, voice, speaker, span.source_start, span.source_end)

    def regions(self) -> list[tuple[int, Region]]:
        """Every region with its layer (the index in :data:`LAYERS`); within a layer regions do not overlap."""
        return [(layer, r) for layer, regions in enumerate(self._layers) for r in regions]

    def words_inside_by_sentence(self, doc: Document) -> tuple[int, ...]:
        """Per sentence of ``doc``, how many of its words start inside someone else's words (a quotation,
        scare quote, statement or reported clause) or page furniture (0 .. the sentence's word count)."""
        # A word is inside when the region over its start in the first layer that has one is not a
        # subheading or a name: inside the union of the first three layers (which hold no such voice).
        if any(r.voice in ("subheading", "name") for layer in self._layers[:3] for r in layer):
            return tuple(sum(self._quoted(doc.token_starts[k]) for k in range(s.first_token, s.last_token))
                         for s in doc.sentences)
        firsts, lasts, before = [], [], [0]  # word ranges [first, last) inside, words inside before each
        for start, end in self._union(3):
            first, last = bisect.bisect_left(doc.token_starts, start), bisect.bisect_left(doc.token_starts, end)
            if last > first:
                firsts.append(first)
                lasts.append(last)
                before.append(before[-1] + last - first)

        def inside_before(k: int) -> int:  # words inside among words 0 .. k-1
            j = bisect.bisect_right(firsts, k) - 1
            return before[j] + min(k, lasts[j]) - firsts[j] if j >= 0 else 0

        return tuple(inside_before(s.last_token) - inside_before(s.first_token) if s.last_token > s.first_token
                     else 0 for s in doc.sentences)

    def _quoted(self, offset: int) -> bool:
        region = self.at(offset)
        return region is not None and region.voice not in ("subheading", "name")

    def _union(self, n_layers: int) -> list[tuple[int, int]]:
        """The regions of the first ``n_layers`` layers merged: sorted, disjoint ``(start, end)`` pairs."""
        merged: list[list[int]] = []
        for r in sorted((r for layer in self._layers[:n_layers] for r in layer), key=lambda r: r.start):
            if merged and r.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], r.end)
            else:
                merged.append([r.start, r.end])
        return [(start, end) for start, end in merged]

    def words_outside(self, doc: Document) -> int:
        """Number of ``doc``'s words outside someone else's words and page furniture: the writer's own words,
        with the names and subheadings the writer wrote (the denominator of the writer's-voice rates)."""
        inside, reach = 0, -1
        for r in sorted((r for layer in self._layers[:3] for r in layer), key=lambda r: r.start):
            start = max(r.start, reach)
            if r.end > start:
                inside += bisect.bisect_left(doc.token_starts, r.end) - bisect.bisect_left(doc.token_starts, start)
                reach = r.end
        return doc.n_words - inside


def _disjoint(regions: list[Region]) -> list[Region]:
    """Regions sorted by start, each cut where the one before it ends (earlier regions win)."""
    out: list[Region] = []
    for r in sorted(regions, key=lambda r: (r.start, -r.end)):
        start = max(r.start, out[-1].end) if out else r.start
        if start < r.end:
            out.append(r if start == r.start else replace(r, start=start))
    return out


def per_1000(count: int | float, n_words: int) -> float:
    """``count`` per 1,000 words; 0.0 for an empty text."""
    return 1000.0 * count / n_words if n_words else 0.0
