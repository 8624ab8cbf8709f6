"""Plain senses of loaded words: patterns around a loaded word in which it passes no judgement.

The patterns and their reasons are data, in ``lexicons/plain_senses.yaml`` (:data:`SENSES_FILE`; described in
``lexicons/README.md``). :class:`analysis.measures.loaded.LoadedTerms` drops a loaded-term match that lies
inside a match of one of them. This module only reads and checks the file: each entry is a mapping with a
``pattern`` (the lexicon language of ``lexicons/FORMAT.md``) and a one-line ``reason``. Rules that read the
sentence around a match (names, lawsuits, named events, negated legal findings) are in
:mod:`analysis.measures.senses`. The file's SHA-256 is part of the store's reuse key
(:func:`analysis.provenance.measure_versions`), so a changed pattern never reuses rows made under the old one.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicon import Entry, Lexicon, compile_pattern, read_entries_file
from ..paths import LEXICON_DIR

#: The shipped file of plain senses, applied to every loaded-terms lexicon.
SENSES_FILE = LEXICON_DIR / "plain_senses.yaml"
#: The entries' category in the :class:`~analysis.lexicon.Lexicon` built from the file.
CATEGORY = "other_sense"


def _text(raw: dict, key: str, path: Path, number: int) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(path, f"entry {number} needs a '{key}:' of plain text (see lexicons/README.md, "
                                 "'plain_senses.yaml')")
    return value.strip()


@lru_cache(maxsize=8)
def read_plain_senses(path: str | Path = SENSES_FILE) -> tuple[tuple[str, str], ...]:
    """``(pattern, reason)`` for every entry of the plain-senses file at ``path``, in file order.

    Raises :class:`~analysis.errors.LexiconError` naming the file (and the entry) when it is missing, is not
    YAML, has no ``entries:`` list, or holds an entry without a pattern and a reason or with a pattern the
    lexicon language refuses."""
    path = Path(path)
    data = read_entries_file(path, "each with a 'pattern:' and a 'reason:'")
    senses = []
    for number, raw in enumerate(data["entries"], 1):
        if not isinstance(raw, dict):
            raise LexiconError(path, f"entry {number} must be a mapping with 'pattern:' and 'reason:'")
        pattern, reason = _text(raw, "pattern", path, number), _text(raw, "reason", path, number)
        try:
            compile_pattern(pattern)
        except ValueError as exc:
            raise LexiconError(path, f"its pattern cannot be used: {exc}", pattern) from None
        senses.append((pattern, reason))
    return tuple(senses)


@lru_cache(maxsize=8)
def plain_senses_lexicon(path: str | Path = SENSES_FILE) -> Lexicon:
    """The plain senses at ``path`` as a :class:`~analysis.lexicon.Lexicon` (one entry per pattern, named
    ``sense N``, the reason as its explanation), ready to :meth:`~analysis.lexicon.Lexicon.find`."""
    entries = tuple(Entry(f"sense {i}", (pattern,), CATEGORY, reason)
                    for i, (pattern, reason) in enumerate(read_plain_senses(path)))
    return Lexicon("plain_senses", "loaded", "", "", {CATEGORY: "plain senses"}, entries, str(path))
