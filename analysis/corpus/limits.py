"""The bounds that keep loading in bounded time and memory, and the one way values are quoted in messages.

Each bound is a documented maximum: input over it is refused with a :class:`~analysis.errors.CorpusError`
naming the file and the fix, never read in full.
"""
from __future__ import annotations

import reprlib

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest article file (``.txt``, ``.md``) read, in bytes (50 MiB). CSV and JSON Lines files are read
row by row and may be of any size; each of their records is bounded by :data:`MAX_RECORD_CHARS`."""

MAX_RECORD_CHARS = 50 * 1024 * 1024
"""Longest CSV field, CSV line or JSON Lines line, in characters (about 52 million)."""

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Longest YAML front matter, in characters between the opening and the closing ``---`` (64 KiB)."""

MAX_NESTING = 50
"""Deepest nesting of lists and mappings in front matter or a JSON record (50 levels)."""

SNIFF_BYTES = 8192
"""How much of a file is searched for NUL bytes and known magic numbers to recognise a binary file."""

QUOTE_CHARS = 60
"""Longest value quoted in an error message, in characters; longer values are cut with ``...``."""

_REPR = reprlib.Repr()
_REPR.maxstring = QUOTE_CHARS
_REPR.maxother = QUOTE_CHARS
_REPR.maxlevel = 2
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 4


def quoted(value: object) -> str:
    """``repr(value)`` cut to about :data:`QUOTE_CHARS` characters, without building the whole repr.

    Safe for huge strings and deeply nested values: only the part shown is ever formatted.
    """
    if isinstance(value, str) and len(value) > QUOTE_CHARS:
        return repr(value[:QUOTE_CHARS]) + "..."
    return _REPR.repr(value)


def shortened(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` cut to ``limit`` characters (with ``...`` when cut), for names listed in messages."""
    return text if len(text) <= limit else text[:limit] + "..."


def listed(names: list[str], most: int = 10) -> str:
    """Up to ``most`` names joined with commas, each shortened, then ``and N more``."""
    shown = ", ".join(shortened(n) for n in names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")
