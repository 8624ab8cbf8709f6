"""Compiling and running lexicon patterns (the pattern language of ``lexicons/FORMAT.md``).

:func:`analysis.patterns.compile_pattern` turns one pattern into a regular expression. A :class:`Matcher` indexes a lexicon's patterns by their first word; all matchers of a
process share one index (:class:`analysis.wordindex.SharedIndex`) so that a document's words are walked
once for every lexicon, and each matcher then tries only the patterns that can start at a word and whose
next word fits.
"""
from __future__ import annotations

import re
from functools import cached_property

from .patterns import compile_pattern
from .text import Document
from .wordindex import CACHE_WORDS, SHARED_INDEX, word_positions
from .wordindex import lookup_key as _key


def _next_words(pattern: str) -> tuple[int, frozenset[str], tuple[str, ...]] | None:
    """Where the next fixed word of a match of ``pattern`` lies and what it may be: ``(offset, keys,
    prefixes)``, the offset counted in words after the first (``a _ memo``: 2), the lookup keys it may have
    and the stems of its ``word*`` options; None when any word may follow.

    Optional words are looked through (``the [unnamed] official`` may be followed by ``unnamed`` or
    ``official``). Lets the scan skip a pattern without running its regex when the next word cannot match.
    """
    words: set[str] = set()
    prefixes: list[str] = []
    offset = 1
    for token in pattern.lstrip("=").split()[1:]:
        optional = token.startswith("[") and token.endswith("]")
        core = token[1:-1] if optional else token
        if core == "_" and not optional and not words and not prefixes:
            offset += 1
            continue
        if core in ("_", "#"):
            return None
        for option in core.split("|"):
            if option.endswith("*"):
                prefixes.append(_key(option[:-1]))
            else:
                words.add(_key(option))
        if not optional:
            return offset, frozenset(words), tuple(prefixes)
    return None


#: The lookup key of a pattern word checked before its regex runs (letters, digits, ``.``, ``'``, ``-``).
_PLAIN_KEY = re.compile(r"[a-z0-9][a-z0-9.'\-]*")


def _later_words(pattern: str) -> tuple[tuple[int, frozenset[str], tuple[str, ...]], ...] | None:
    """The fixed words after the next one (:func:`_next_words`) at known places, ``(offset, keys, prefixes)``
    each, up to an optional word, ``#`` or other characters (``a top US official``: ``us``, ``official``)."""
    steps, offset = [], 1
    for token in pattern.lstrip("=").split()[1:]:
        if token == "_":
            offset += 1
            continue
        options = token.split("|")
        keys = [_key(o[:-1] if o.endswith("*") else o) for o in options]
        if token.startswith("[") or token == "#" or not all(_PLAIN_KEY.fullmatch(k) for k in keys):
            break
        steps.append((offset, frozenset(k for o, k in zip(options, keys) if not o.endswith("*")),
                      tuple(k for o, k in zip(options, keys) if o.endswith("*"))))
        offset += 1
    return tuple(steps[1:]) or None


class LazyRegex:
    """A pattern's regular expression, compiled the first time a scan tries it: most patterns of a lexicon
    are never tried in a given corpus (their first or next word never occurs), and compiling all of a
    process's some 4,000 patterns up front cost about 0.5-1 s of CPU in every process that scans.

    A pattern of one word (``slam``, ``slam*``, ``slam|slams``, ``=Slam``; seven in ten) is matched without
    its regex where the text is ASCII (:meth:`match_end`), and compiled only if it meets other text."""

    __slots__ = ("pattern", "_regex", "word", "later")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._regex = None
        self.word = _one_word(pattern)
        self.later = _later_words(pattern)

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = re.compile(compile_pattern(self.pattern))
        return self._regex

    def match(self, text: str, pos: int = 0):
        return self.regex.match(text, pos)

    def match_end(self, text: str, pos: int) -> int | None:
        """Where a match of the pattern starting at ``pos`` ends, or None: ``regex.match(text, pos).end()``."""
        if self.word is not None:
            end = _word_end(text, pos, *self.word)
            if end != _ASK_REGEX:
                return end
        m = self.regex.match(text, pos)
        return None if m is None else m.end()


_ASK_REGEX = -1


def _is_word(ch: str) -> bool:
    """A character ``\\w`` matches in a regex on text (Unicode): a letter, digit or number, or ``_``."""
    return ch.isalnum() or ch == "_"


def _one_word(pattern: str) -> tuple[bool, tuple[tuple[str, bool], ...]] | None:
    """``(case sensitive, ((word, ends in *), ...))`` for an ASCII pattern of one word and its ``|`` options
    (each option as its regex compares it: lower case unless the pattern starts with ``=``); else None."""
    text = pattern.strip()
    exact = text.startswith("=")
    tokens = text.lstrip("=").split()
    if len(tokens) != 1 or not text.isascii() or tokens[0] in ("_", "#") or tokens[0].startswith("["):
        return None
    options = []
    for option in tokens[0].split("|"):
        word = option.rstrip("*")
        if not word:
            return None
        options.append((word if exact else word.lower(), option.endswith("*")))
    return exact, tuple(options)


def _word_end(text: str, pos: int, exact: bool, options: tuple[tuple[str, bool], ...]) -> int | None:
    """What the regex of a one-word pattern (:func:`compile_pattern`: ``(?<!\\w)(?:a|b\\w*)(?!\\w)``, in
    ``(?i:...)`` unless ``exact``) gives at ``pos``: the end of the first option that matches there, or None;
    :data:`_ASK_REGEX` where the text it would compare is not ASCII (where ignoring case, a regex also matches
    the Kelvin sign to ``k``, the long s to ``s`` ...)."""
    if pos > 0 and _is_word(text[pos - 1]):
        return None
    for word, star in options:
        end = pos + len(word)
        piece = text[pos:end]
        if not piece.isascii():
            return _ASK_REGEX
        if (piece if exact else piece.lower()) != word:
            continue
        if star:
            while end < len(text) and _is_word(text[end]):
                end += 1
            return end
        if end < len(text) and _is_word(text[end]):
            continue
        return end
    return None


class Matcher:
    """Patterns indexed by their first word, so a document is scanned once, word by word.

    ``exact`` maps a first word to the patterns starting with it; ``prefixes`` maps the stem of a
    first word ending in ``*``; ``numbers`` holds patterns starting with ``#``, ``anywhere`` those starting
    with ``_``. The candidates of each distinct word are worked out once and cached.
    """

    def __init__(self, lexicon):
        """``lexicon``: anything with ``entries`` (a :class:`~analysis.lexicon.Lexicon`)."""
        self.exact: dict[str, list] = {}
        self.prefixes: dict[str, list] = {}
        self.numbers: list = []
        self.anywhere: list = []
        for i, entry in enumerate(lexicon.entries):
            for pattern in entry.patterns:
                item = (_weight(pattern), LazyRegex(pattern), i, _next_words(pattern))
                first = pattern.lstrip("=").split()[0]
                if first in ("_", "#"):
                    (self.anywhere if first == "_" else self.numbers).append(item)
                    continue
                for option in first.split("|"):
                    if option.endswith("*"):
                        self.prefixes.setdefault(_key(option.rstrip("*")), []).append(item)
                    else:
                        self.exact.setdefault(_key(option), []).append(item)
        self.prefix_lengths = sorted({len(k) for k in self.prefixes})
        self._cache: dict[str, tuple] = {}
        self._pairs: dict[str, dict[str | None, tuple]] = {}
        SHARED_INDEX.register(self)

    def candidates(self, key: str, anywhere: bool = True) -> tuple:
        """The patterns that may start at a word whose lookup key is ``key``, more words first; with
        ``anywhere`` False, without the patterns that start with ``_`` (any word).

        A possessive is looked up as its word too (``regime's`` tries the patterns of ``regime``); the
        regex then matches the word without the ``'s``."""
        found = list(self.exact.get(key, ()))
        if key.endswith("'s"):
            found.extend(self.exact.get(key[:-2], ()))
        head = key.split("-", 1)[0]
        if head != key:
            found.extend(self.exact.get(head, ()))
        for n in self.prefix_lengths:
            if n > len(key):
                break
            found.extend(self.prefixes.get(key[:n], ()))
        if key[:1].isdigit():
            found.extend(self.numbers)
        if anywhere:
            found.extend(self.anywhere)
        found.sort(key=lambda item: item[0])
        return tuple(found)

    def _cached(self, key: str) -> tuple:
        """Candidates of ``key``, remembered across documents; the memory is emptied when it holds
        :data:`CACHE_WORDS` words (callers keep what they looked up, so emptying never loses a lookup)."""
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= CACHE_WORDS:
                self._cache.clear()
            found = self._cache[key] = self.candidates(key)
        return found

    def may_match(self, doc: Document) -> bool:  # False: no place in ``doc`` where a pattern may start
        return bool(self.anywhere or SHARED_INDEX.hits(doc, self)[0])

    def _hits(self, doc: Document) -> tuple[list[int], dict[str, tuple]]:
        """Indexes of the words where some pattern may start, and the candidates of each such word,
        from the index shared by every lexicon (:data:`~analysis.wordindex.SHARED_INDEX`: walked once)."""
        hits, found = SHARED_INDEX.hits(doc, self)
        if self.anywhere:
            keys = doc.keys()
            positions = word_positions(doc)
            hits = list(hits)
            nexts = self._anywhere_next
            if nexts is None:
                hits = range(len(keys))
            else:
                hits.extend(k - 1 for word in nexts for k in positions.get(word, ()) if k > 0)
            found = dict(found)
            for key in {keys[k] for k in hits}:
                found[key] = self._cached(key)
            hits = sorted(set(hits))
        return hits, found

    @cached_property
    def _anywhere_next(self) -> frozenset[str] | None:
        words: set[str] = set()
        for item in self.anywhere:
            if item[3] is None or item[3][0] != 1 or item[3][2]:
                return None
            words |= item[3][1]
        return frozenset(words)

    def _options(self, key: str, following: str | None, options: tuple) -> tuple:
        """``options`` (the candidates of ``key``) as ``(match_end, entry_index, far, later)`` without those whose
        next word cannot be ``following`` (None: unknown, all are tried); ``far`` is the ``after`` of a pattern
        whose next fixed word lies further on (:func:`_may_follow`), ``later`` its fixed words after that
        (:func:`_later_words`; None when ``following`` is). Remembered per ``key`` and ``following``."""
        by_next = self._pairs.get(key)
        if by_next is None:
            if len(self._pairs) >= CACHE_WORDS:
                self._pairs.clear()
            by_next = self._pairs[key] = {}
        found = by_next.get(following)
        if found is None:
            if len(by_next) >= CACHE_WORDS:
                by_next.clear()
            if following is None:
                found = tuple((lazy.match_end, i, None, None) for _, lazy, i, _ in options)
            else:
                found = tuple((lazy.match_end, i, after if after is not None and after[0] != 1 else None,
                               lazy.later) for _, lazy, i, after in options
                              if after is None or after[0] != 1 or following in after[1]
                              or (after[2] and following.startswith(after[2])))
            by_next[following] = found
        return found

    def scan(self, doc: Document):
        """Yield ``(start, end, entry_index)`` for each match, left to right, never overlapping.

        A hyphenated word is also tried from each of its parts (``pro-Israel`` finds ``Israel``).
        """
        norm, starts, ends = doc.norm, doc.token_starts, doc.token_ends
        keys = doc.keys()
        last = len(keys) - 1
        busy_until = 0
        hits, found = self._hits(doc)
        pairs = self._pairs
        for k in hits:
            start = starts[k]
            if start < busy_until:
                continue
            key = keys[k]
            if "-" in key:  # a hyphenated word: from its start, then from each part, any pattern tried
                word = norm[start:ends[k]]
                pieces = [(start, self._options(key, None, found[key]))]
                pieces += [(start + j + 1, self._options(part, None, self._cached(part)))
                           for j, ch in enumerate(word) if ch == "-" for part in (_key(word[j + 1:]),)]
            else:
                # the next word, or None when any pattern must be tried (end of text, possessive, hyphen)
                following = keys[k + 1] if k < last else None
                if following is not None and ("'" in following or "-" in following):
                    following = None
                by_next = pairs.get(key)
                options = by_next.get(following) if by_next is not None else None
                if options is None:
                    options = self._options(key, following, found[key])
                if not options:  # the common case: no pattern can start here before this next word
                    continue
                pieces = ((start, options),)
            for position, options in pieces:
                if position >= busy_until:
                    hit = _first_match(doc, keys, k, position, options)
                    if hit is not None:
                        busy_until = hit[0]
                        yield position, hit[0], hit[1]


def _first_match(doc: Document, keys: list[str], k: int, position: int, options: tuple) -> tuple[int, int] | None:
    """``(end, entry_index)`` of the first of ``options`` (as :meth:`Matcher._options` gives them) whose pattern
    matches at ``position`` (in word ``k``), or None."""
    norm, starts, ends = doc.norm, doc.token_starts, doc.token_ends
    for match_end, i, far, later in options:
        if far is not None and k + far[0] < len(keys):  # _may_follow inline (a call per pattern costs)
            j = k + far[0]
            word = keys[j]
            if (word not in far[1] and not (far[2] and word.startswith(far[2])) and "'" not in word
                    and "-" not in word and not ("-" in norm[starts[k + 1]:ends[j - 1]]
                                                 and _may_follow(keys, k, far))):
                continue
        if later is not None and _later_words_differ(doc, keys, k, later):
            continue
        end = match_end(norm, position)
        if end is not None:
            return end, i
    return None


def _later_words_differ(doc: Document, keys: list[str], k: int, later: tuple) -> bool:
    """True when a word ``later`` places after word ``k`` cannot be the pattern's word there (from a hyphen or
    an apostrophe on, which the regex may split otherwise, at the end and at a word not ASCII: the regex)."""
    for offset, words, prefixes in later:
        if (j := k + offset) >= len(keys):
            return False
        word = keys[j]
        if word in words or (prefixes and word.startswith(prefixes)):
            continue
        return not ("'" in word or "-" in word or not word.isascii()
                    or "-" in doc.norm[doc.token_starts[k + 1]:doc.token_ends[j - 1]])
    return False


def _may_follow(keys: list[str], k: int, after: tuple[int, frozenset[str], tuple[str, ...]]) -> bool:
    """False when the word ``after[0]`` places after word ``k`` cannot be the pattern's next fixed word.
    Possessive or hyphenated words on the way, and the end of the text, are left to the regex."""
    offset, words, prefixes = after
    j = k + offset
    if j >= len(keys):
        return True
    word = keys[j]
    if word in words or (prefixes and word.startswith(prefixes)) or "'" in word or "-" in word:
        return True
    return any("-" in keys[i] for i in range(k + 1, j))


def _weight(pattern: str) -> tuple[int, int]:
    words = pattern.lstrip("=").split()
    return (-len(words), -len(pattern))
