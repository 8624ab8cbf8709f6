"""The pattern language of ``lexicons/FORMAT.md``, compiled: one lexicon pattern into one regular expression.

Words match whole words, case-insensitive unless the pattern starts with ``=``; ``word*`` is the word plus any
further letters; ``a|b`` are alternatives for one word; ``[word]`` is an optional word (one word, or
alternatives, in one pair of brackets); ``_`` is any word and ``#`` a number; words are joined by spaces or
hyphens. Patterns that could make a regex backtrack without bound are refused (:data:`MAX_OPTIONAL_WORDS`,
:data:`MAX_PATTERN_WORDS`), and so is a bracket left open: the lexicon reader turns each refusal into a
``LexiconError`` naming the file and entry. Importing this module does nothing but define.
"""
from __future__ import annotations

import re

#: Limits on one pattern, so that no pattern can make the matcher backtrack without end: optional words
#: multiply the ways a regex can try to match (2 ** n), so their number is capped, and so is the length.
MAX_OPTIONAL_WORDS = 6
MAX_PATTERN_WORDS = 24

_SEP = r"[\s\-]+"
_ANY_WORD = r"\w+(?:'\w+)?"
_NUMBER = r"\d+(?:[.,]\d+)*"


def _compile_token(token: str, where: str) -> str:
    if token == "_":
        return _ANY_WORD
    if token == "#":
        return _NUMBER
    options = []
    for option in token.split("|"):
        if not option or option == "*":
            raise ValueError(f"empty alternative in {where!r}")
        star = option.endswith("*")
        core = re.escape(option.rstrip("*"))
        options.append(core + (r"\w*" if star else ""))
    return "(?:" + "|".join(options) + ")" if len(options) > 1 else options[0]


def compile_pattern(pattern: str) -> str:
    """Regular expression (a string) for one pattern of the lexicon language in ``FORMAT.md``."""
    case_sensitive = pattern.strip().startswith("=")
    tokens = pattern.strip().lstrip("=").split()
    if not tokens:
        raise ValueError("the pattern is empty")
    for t in tokens:  # an optional word is one word in brackets: "[a b]" would split into two literal words
        if ("[" in t or "]" in t) and not (t[0] == "[" and t[-1] == "]" and t.count("[") == t.count("]") == 1):
            raise ValueError(f"{t!r} has an unmatched bracket: write [word] or [a|b], no space inside")
    optional = sum(t.startswith("[") and t.endswith("]") for t in tokens)
    if optional > MAX_OPTIONAL_WORDS:
        raise ValueError(f"it has {optional} optional [words]; at most {MAX_OPTIONAL_WORDS} are allowed, "
                         "since each one doubles the ways the pattern can be tried (write two patterns instead)")
    if len(tokens) > MAX_PATTERN_WORDS:
        raise ValueError(f"it has {len(tokens)} words; at most {MAX_PATTERN_WORDS} are allowed, split it "
                         "into shorter patterns")
    parts = []
    for i, token in enumerate(tokens):
        optional = token.startswith("[") and token.endswith("]")
        if optional:
            if i == 0:
                raise ValueError(f"the first word of {pattern!r} cannot be optional")
            token = token[1:-1]
        body = _compile_token(token, pattern)
        parts.append(body if i == 0 else f"(?:{_SEP}{body})?" if optional else f"{_SEP}{body}")
    regex = r"(?<!\w)" + "".join(parts) + r"(?!\w)"
    return regex if case_sensitive else f"(?i:{regex})"
