"""Part-of-speech tags of a :class:`~analysis.text.Document`: TextBlob's offline Pattern tagger on the
Document's own words, sentence by sentence, when a tag is first read."""
from __future__ import annotations

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


class Tags(list):
    """A Document's part-of-speech tags, one per word token: a list that refuses changes.

    Tag ``k`` is the one :func:`tag_sentences` gives word ``k`` when it tags every sentence at once: the
    sentences' tags follow each other (sentences without words add none), then ``NN`` up to the number of
    words. Each sentence is given to the tagger alone, so one sentence's tags never depend on another's. All
    sentences are tagged when the Document's tags are first read: with each word's tag remembered
    (:class:`WordTags`) that costs less than the Python call a lazy lookup made for every tag read (the
    voice layer reads some 350 tags an article, in three sentences of four).
    """

    __slots__ = ()

    def __init__(self, doc: "Document"):  # noqa: F821 - analysis.text.Document (which imports this module)
        super().__init__(tag_sentences([doc.words_of(s) for s in doc.sentences], doc.n_words))

    def _refuse(self, *args, **kwargs):
        raise TypeError("a Document's tags are read-only")

    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse


def tag_sentences(sentences: list[list[str]], n_tokens: int) -> list[str]:
    """Penn tags for the words of each sentence, flattened: one tag per word, ``n_tokens`` in all.

    Words are given to the tagger as already split (no re-tokenising), so tag ``k`` belongs to word ``k``.
    """
    tagger = _tagger()
    tags: list[str] = []
    for words in sentences:
        if words:
            tags.extend(tagger(words))
    tags.extend(["NN"] * (n_tokens - len(tags)))
    return tags[:n_tokens]


#: The textblob release whose tagger :class:`WordTags` repeats (the one requirements.txt pins); with any
#: other, and for TextBlob's sentiment in :mod:`analysis.measures.sentiment_textblob`, the library runs.
TEXTBLOB_VERSION = "0.20.1"

#: Distinct words whose tags :class:`WordTags` remembers (the memory is emptied when it is full).
TAG_MEMORY_WORDS = 200_000


def _tagger():
    """The tagging function for one sentence's words: :class:`WordTags` with textblob 0.20.1, else the
    library's ``find_tags`` as PatternTagger runs it."""
    global _TAGGER
    if _TAGGER is None:
        from textblob._text import find_tags  # imported on first use: importing the package defines only
        from textblob.en import parser

        try:
            same = version("textblob") == TEXTBLOB_VERSION
        except PackageNotFoundError:
            same = False
        if same:
            _TAGGER = WordTags(parser)
        else:
            def _TAGGER(words: list[str]) -> list[str]:  # noqa: N807 - the module's one tagger
                # what PatternTagger runs (``parser.find_tags``), minus its own tokenizer and the English
                # parser's ``map``, which only copies each (word, tag) pair into a new list
                tagged = find_tags(words, lexicon=parser.lexicon, default=parser.default,
                                   language=parser.language)
                return [t for _, t in tagged] if len(tagged) == len(words) else ["NN"] * len(words)
    return _TAGGER


_TAGGER = None


class WordTags:
    """TextBlob's ``find_tags`` (0.20.1, ``textblob/_text.py``) as the English parser calls it: no model, no
    morphology, context or entity rules, so a word's tag depends on the word alone (and, for a sentence's
    first word, on its lower case too). Each word's tag is worked out once by the library's steps and
    remembered: the library looks every word up through its lazy dictionary and builds a list per word.
    Called with a sentence's words, gives their tags."""

    def __init__(self, parser):
        from textblob import _text as pattern

        self.lexicon, self.default, self.language = parser.lexicon, parser.default, parser.language
        len(self.lexicon)  # loads the lexicon, as the library's first lookup does
        self.cd, self.suffix_rules = pattern.CD, pattern._suffix_rules
        self.first: dict[str, str] = {}
        self.later: dict[str, str] = {}

    def __call__(self, words: list[str]) -> list[str]:
        later = self.later
        tags = [self._first(words[0])]
        tags += map(later.get, words[1:])  # the remembered words at C speed; the new ones (None) below
        if None in tags:
            for k in range(1, len(tags)):
                if tags[k] is None:
                    token = words[k]
                    tag = later.get(token)  # a word repeated in the sentence was worked out just now
                    if tag is None:
                        if len(later) >= TAG_MEMORY_WORDS:
                            later.clear()
                        tag = later[token] = self._tag(token, False)
                    tags[k] = tag
        return tags

    def _first(self, token: str) -> str:
        tag = self.first.get(token)
        if tag is None:
            if len(self.first) >= TAG_MEMORY_WORDS:
                self.first.clear()
            tag = self.first[token] = self._tag(token, True)
        return tag

    def _tag(self, token: str, first: bool) -> str:
        """The library's steps for one word (``first``: the sentence's first word)."""
        get, lexicon, default = dict.get, self.lexicon, self.default
        tag = get(lexicon, token, first and get(lexicon, token.lower()) or None)
        if tag is not None:
            return tag
        if token.istitle() and self.language != "de":
            return default[1]
        if self.cd.match(token) is not None:
            return default[2]
        if self.language == "en":
            return self.suffix_rules([token, default[0]])[1]
        return default[0]
