"""Part-of-speech tags of a :class:`~analysis.text.Document`: TextBlob's offline Pattern tagger on the
Document's own words, sentence by sentence, each sentence tagged when a tag in it is first read."""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

#: The part-of-speech tagger: TextBlob's Pattern tagger (a lexicon and rules shipped inside the package,
#: no download), given the Document's own tokens so tags line up with them.
TAGGER = "textblob.en.taggers.PatternTagger"


def tagger_version() -> str:
    """``TAGGER`` and the installed TextBlob version, as recorded with results."""
    try:
        return f"{TAGGER} (textblob {version('textblob')})"
    except PackageNotFoundError:
        return f"{TAGGER} (textblob not installed)"


class Tags(Sequence):
    """A Document's part-of-speech tags, one per word token, read like a list; a sentence is tagged when a
    tag in it is first read (most rules read the tags of a few words only, near a verb of saying).

    Tag ``k`` is the one :func:`tag_sentences` gives word ``k`` when it tags every sentence at once: the
    sentences' tags follow each other (sentences without words add none), then ``NN`` up to the number of
    words. Each sentence is given to the tagger alone, so tagging one sentence never changes another's tags.
    """

    __slots__ = ("_doc", "_tags", "_sentences", "_offsets")

    def __init__(self, doc: "Document"):  # noqa: F821 - analysis.text.Document (which imports this module)
        self._doc = doc
        self._tags: list[str | None] = [None] * doc.n_words
        self._sentences = [s for s in doc.sentences if s.last_token > s.first_token]
        self._offsets, offset = [], 0  # where each sentence's tags begin
        for s in self._sentences:
            self._offsets.append(offset)
            offset += s.last_token - s.first_token

    def __len__(self) -> int:
        return len(self._tags)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self._tags)))]
        tag = self._tags[k]
        if tag is None:
            self._tag(k if k >= 0 else k + len(self._tags))
            tag = self._tags[k]
        return tag

    def _tag(self, k: int) -> None:
        """Tag the sentence whose tags hold position ``k`` (a position after the last sentence's is ``NN``)."""
        n = bisect.bisect_right(self._offsets, k) - 1
        sentence = self._sentences[n] if n >= 0 else None
        if sentence is None or k >= self._offsets[n] + sentence.last_token - sentence.first_token:
            self._tags[k] = "NN"
            return
        words = self._doc.words_of(sentence)
        for j, tag in enumerate(tag_sentences([words], len(words)), start=self._offsets[n]):
            if j < len(self._tags):
                self._tags[j] = tag


def tag_sentences(sentences: list[list[str]], n_tokens: int) -> list[str]:
    """Penn tags for the words of each sentence, flattened: one tag per word, ``n_tokens`` in all.

    Words are given to the tagger as already split (no re-tokenising), so tag ``k`` belongs to word ``k``.
    """
    from textblob._text import find_tags  # imported on first use: importing the package defines only
    from textblob.en import parser
    tags: list[str] = []
    for words in sentences:
        if not words:
            continue
        # what PatternTagger runs (``parser.find_tags``), minus its own tokenizer and the English parser's
        # ``map``, which only copies each (word, tag) pair into a new list
        tagged = find_tags(words, lexicon=parser.lexicon, default=parser.default, language=parser.language)
        if len(tagged) != len(words):  # never seen; keep the alignment rather than guess
            tagged = [(w, "NN") for w in words]
        tags.extend([t for _, t in tagged])
    tags.extend(["NN"] * (n_tokens - len(tags)))
    return tags[:n_tokens]
