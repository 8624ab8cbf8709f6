"""The index of first words shared by every lexicon's :class:`~analysis.matching.Matcher` in a process, so
that a document's words are walked once for all lexicons: :data:`SHARED_INDEX` and :func:`word_positions`."""
from __future__ import annotations

import weakref

from .text import KEY_STRIP, Document

#: Distinct words whose candidate patterns a matcher remembers (memory stays bounded on huge corpora).
CACHE_WORDS = 200_000


def lookup_key(word: str) -> str:
    """How a word is looked up: lower case, without trailing punctuation (``U.S.`` -> ``u.s``)."""
    return word.lower().rstrip(KEY_STRIP)


class SharedIndex:
    """The first words of every lexicon compiled in this process, in one index, so that a document's words
    are walked once for all lexicons instead of once per lexicon.

    ``owners`` maps a lookup key to ``((matcher id, candidates, next words), ...)`` for the matchers with a
    pattern that may start there (at most :data:`CACHE_WORDS` keys are remembered); ``last`` keeps, for the
    last document, each matcher's ``(hits, candidates by key)``. A new matcher forgets the keys where it
    may start a pattern (all keys when it has ``word*`` or ``#`` patterns), and the last document's hits
    gain its own, worked out alone: a comparison compiles a small lexicon per term as it scans its first
    document, which then costs one walk, not one per lexicon.
    """

    def __init__(self):
        self.matchers: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        self.generation = 0
        self.born: dict[int, int] = {}  # matcher id -> the generation it was registered in
        self.owners: dict[str, tuple] = {}
        self.compound: dict[str, list[str]] = {}  # word or head -> remembered keys "word's" and "head-..."
        self.last: tuple = (None, -1, {})
        # Which matchers may have candidates for a key: those with a pattern starting with the key (by first
        # word, or by the stem of a ``word*`` pattern), those with ``#`` patterns for a key starting with a
        # digit, and those with ``_`` patterns (asked about parts of hyphenated keys). A superset: ids of
        # matchers that are gone may linger until the next rebuild, and are then simply not found.
        self.by_first: dict[str, set[int]] = {}
        self.by_stem: dict[str, set[int]] = {}
        self.stem_lengths: list[int] = []
        self.numbers: set[int] = set()
        self.anywhere: set[int] = set()
        self.indexed = 0

    def register(self, matcher: "Matcher") -> None:  # noqa: F821 - analysis.matching.Matcher
        mid = id(matcher)
        reused = mid in self.born  # an id of a matcher that is gone: what was remembered for it is not its
        self.matchers[mid] = matcher
        self.generation += 1
        self.born[mid] = self.generation
        again = self.indexed > 2 * len(self.matchers) + 64
        if again:  # many matchers gone: index the living ones again (and forget what the others owned)
            self.by_first, self.by_stem, self.numbers, self.anywhere, self.indexed = {}, {}, set(), set(), 0
            self.born = {m: g for m, g in self.born.items() if m in self.matchers}
            for live in list(self.matchers.values()):
                self._index(live)
        else:
            self._index(matcher)
        if again or reused or matcher.prefixes or matcher.numbers:
            self.owners, self.compound = {}, {}
            return
        for first in matcher.exact:  # the keys where the new matcher may start a pattern are looked up again
            self.owners.pop(first, None)
            for key in self.compound.pop(first, ()):
                self.owners.pop(key, None)

    def _index(self, matcher: "Matcher") -> None:  # noqa: F821
        mid = id(matcher)
        for key in matcher.exact:
            self.by_first.setdefault(key, set()).add(mid)
        for stem in matcher.prefixes:
            self.by_stem.setdefault(stem, set()).add(mid)
        self.stem_lengths = sorted({len(stem) for stem in self.by_stem})
        if matcher.numbers:
            self.numbers.add(mid)
        if matcher.anywhere:
            self.anywhere.add(mid)
        self.indexed += 1

    def _maybe(self, key: str) -> set[int]:
        """Ids of the matchers that may have candidates for ``key`` (without ``_`` patterns): a superset of
        those :meth:`~analysis.matching.Matcher.candidates` finds any for."""
        maybe = set(self.numbers) if key[:1].isdigit() else set()
        for first in {key, key[:-2] if key.endswith("'s") else key, key.split("-", 1)[0]}:
            maybe.update(self.by_first.get(first, ()))
        for n in self.stem_lengths:
            if n > len(key):
                break
            maybe.update(self.by_stem.get(key[:n], ()))
        return maybe

    def _hyphen_readers(self, key: str):
        """Ids of the matchers that may match from a part of the hyphenated ``key`` (``pro-Israel`` is also
        tried from ``Israel``): those with ``_`` patterns and those with candidates for a part; every matcher
        for a key that is not ASCII (whose lower case may not keep the parts apart)."""
        if not key.isascii():
            return list(self.matchers.keys())
        found = set(self.anywhere)
        for j, ch in enumerate(key):
            if ch == "-":
                found |= self._maybe(lookup_key(key[j + 1:]))
        return found

    def _owners(self, key: str) -> tuple:
        """``((matcher id, candidates, next words), ...)`` for the matchers with patterns that may start at
        ``key``; ``next words`` as :func:`next_words` gives them."""
        found = self.owners.get(key)
        if found is None:
            if len(self.owners) >= CACHE_WORDS:
                self.owners, self.compound = {}, {}
            found = tuple((mid, options, None if "-" in key else next_words(options))
                          for mid in self._maybe(key) if (m := self.matchers.get(mid)) is not None
                          and (options := m.candidates(key, anywhere=False)))
            self.owners[key] = found
            if key.endswith("'s"):
                self.compound.setdefault(key[:-2], []).append(key)
            if "-" in key:
                self.compound.setdefault(key.split("-", 1)[0], []).append(key)
        return found

    def hits(self, doc: Document, matcher: "Matcher") -> tuple[list[int], dict[str, tuple]]:  # noqa: F821
        """``matcher``'s word indexes where a pattern may start in ``doc``, and their candidates."""
        last_doc, generation, per = self.last
        if last_doc is not doc:
            per = self._build(doc)
            self.last = (doc, self.generation, per)
        elif generation != self.generation:  # matchers registered since: their hits alone
            new = {mid for mid, born in self.born.items() if born > generation}
            per = {mid: entry for mid, entry in per.items() if mid not in new}
            per.update(self._build(doc, new))
            self.last = (doc, self.generation, per)
        return per.get(id(matcher), ((), {}))

    def _build(self, doc: Document, only: set[int] | None = None) -> dict[int, tuple[list[int], dict[str, tuple]]]:
        """Each matcher's ``(hits, candidates by key)`` in ``doc`` (only those of ``only``, when given)."""
        per: dict[int, tuple[list[int], dict[str, tuple]]] = {}
        hyphenated = []
        keys = doc.keys()
        last = len(keys) - 1
        known = self.owners
        for key, everywhere in word_positions(doc).items():
            owners = known.get(key)  # the lookup of _owners inlined: a call per distinct word costs
            if owners is None:
                owners = self._owners(key)
                known = self.owners  # emptied when full
            for mid, options, nexts in owners:
                if only is not None and mid not in only:
                    continue
                where = everywhere
                if nexts is not None:  # only where the next word may start the rest of a pattern
                    where = [k for k in where if k == last or (following := keys[k + 1]) in nexts
                             or "'" in following or "-" in following]
                    if not where:
                        continue
                entry = per.get(mid)
                if entry is None:
                    entry = per[mid] = ([], {})
                entry[0].extend(where)
                entry[1][key] = options
            if "-" in key:
                hyphenated.append((key, everywhere))
        for key, where in hyphenated:
            for mid in self._hyphen_readers(key):
                if mid in self.matchers and (only is None or mid in only):
                    entry = per.setdefault(mid, ([], {}))
                    if key not in entry[1]:
                        entry[1][key] = ()
                        entry[0].extend(where)
        for hits, _ in per.values():
            hits.sort()
        return per


def next_words(options: tuple) -> frozenset[str] | None:
    """The words that may follow a word whose candidate patterns are ``options`` (a matcher's ``candidates``)
    for any of them to match, when every one of them names its second word (``the [unnamed] official`` does
    not: an optional word comes next); else None.

    A scan tries no pattern at a word followed by another word (one without an apostrophe or a hyphen, which
    the scan reads as any word), so such places are left out of the hits instead of being looked at by every
    lexicon's scan: for four in five candidate places the next word rules every pattern out."""
    found: set[str] = set()
    for _, _, _, after in options:
        if after is None or after[0] != 1 or after[2]:
            return None
        found |= after[1]
    return frozenset(found)


SHARED_INDEX = SharedIndex()
_LAST_INDEX: tuple = (None, None)


def word_positions(doc: Document) -> dict[str, list[int]]:
    """Each distinct lookup key of ``doc`` with the indexes of its words, built in one walk over the words
    and shared by every lexicon that scans the same document next (the last document's index is kept)."""
    global _LAST_INDEX
    last_doc, index = _LAST_INDEX
    if last_doc is doc:
        return index
    index = {}
    for k, key in enumerate(doc.keys()):
        where = index.get(key)
        if where is None:
            index[key] = [k]
        else:
            where.append(k)
    _LAST_INDEX = (doc, index)
    return index
