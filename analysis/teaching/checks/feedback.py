"""What every exercise check shares: the :class:`Feedback` it returns, the exercises' content file, and
helpers that read a student's answer as leniently as a teacher would (case, curly quotes, ``1`` or ``"1"``).

Every ``check_*`` function (in :mod:`~analysis.teaching.checks.exercises`) returns a :class:`Feedback` and never raises
for a wrong, missing or odd answer. What the checks compare with (quiz questions, excerpts, pairs of phrases)
is in ``notebooks/teaching/data/exercises.yaml``.
"""
from __future__ import annotations

import difflib
import html
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from analysis.paths import TEACHING_DIR
from analysis.text import NORMALISE

EXERCISES_FILE = TEACHING_DIR / "data" / "exercises.yaml"
_STYLE = {True: ("#e8f5e9", "#2e7d32", "✔ Done"), False: ("#fff8e1", "#b26a00", "✎ Not yet")}


@dataclass(frozen=True)
class Feedback:
    """The result of a check: ``ok`` (the exercise is done), a one-line ``title`` and ``points`` (what is
    right, what is missing, hints), one line each. As the last line of a cell it shows as a green (done) or
    amber (not yet) box; printed, as plain text."""

    ok: bool
    title: str
    points: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """Everything the feedback says, as plain text."""
        return "\n".join([self.title, *(f"  - {p}" for p in self.points)])

    def __str__(self) -> str:
        return ("Done: " if self.ok else "Not yet: ") + self.message

    __repr__ = __str__

    def _repr_html_(self) -> str:
        background, border, head = _STYLE[self.ok]
        items = "".join(f"<li>{html.escape(p, quote=True)}</li>" for p in self.points)
        return (f'<div style="background:{background};border-left:5px solid {border};padding:0.6em 1em;'
                f'margin:0.5em 0;color:#222"><strong>{head}:</strong> {html.escape(self.title, quote=True)}'
                + (f"<ul style='margin:0.3em 0'>{items}</ul>" if items else "") + "</div>")


@lru_cache(maxsize=1)
def content() -> dict:
    """The exercises' content: ``questions``, ``entman_functions``, ``entman_excerpts``, ``same_facts``."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(EXERCISES_FILE.read_text(encoding="utf-8"), Loader=loader)


# ------------------------------------------------------------------ reading answers

def norm(text) -> str:
    """Lower case, curly quotes and dashes made plain, runs of spaces made one."""
    return re.sub(r"\s+", " ", str(text).translate(NORMALISE)).strip().lower()


def is_placeholder(text) -> bool:
    """True for the text a "Your turn" cell starts with ("Paste the paragraph here and edit it.")."""
    return isinstance(text, str) and norm(text).startswith("paste ")


def blank(value) -> bool:
    """True for None, NaN, empty or blank text, and containers holding only such values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set)):
        return all(blank(v) for v in value)
    if isinstance(value, dict):
        return all(blank(v) for v in value.values())
    return False


def no_text(value) -> bool:
    """True when ``value`` is not a text the student wrote (blank, a placeholder, or not text at all)."""
    return not isinstance(value, str) or blank(value) or is_placeholder(value)


def texts(value) -> list[str]:
    """A student's list of words or phrases as a list of non-empty strings (one string is a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple, set)):
        return []
    return [str(v) for v in value if isinstance(v, (str, int, float)) and str(v).strip()]


def by_text_key(value) -> dict:
    """A student's dict with every key as text (``{1: ...}`` and ``{"1": ...}`` mean the same)."""
    return {str(k): v for k, v in value.items()} if isinstance(value, Mapping) else {}


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """``" Did you mean 'x'?"`` with the choice closest to ``word``, or ``""`` when none is close."""
    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" Did you mean {match[0]!r}?" if match else ""


def overlaps(a: str, b: str) -> bool:
    """True when one of the two phrases contains the other (after :func:`norm`)."""
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def facts_missing(text: str, facts: Sequence[str]) -> list[str]:
    """The ``facts`` (words such as "2014", "CIA") that do not occur in ``text``."""
    found = norm(text)
    return [f for f in facts if norm(f) not in found]


# ------------------------------------------------------------------ what the engine finds in an answer

def measure(text: str, lexicon: str = ""):
    """The engine's matches table for one text (``lexicon``: extra lexicon files, comma-separated)."""
    from analysis.teaching.tool.explain import analyze_texts

    return analyze_texts({"text": text}, lexicon=lexicon).matches


def loaded_spans(text: str, lexicon: str = "") -> list[dict]:
    """The loaded terms the lexicon finds in ``text``, one dict per match (text, entry, category, neutral ...)."""
    matches = measure(text, lexicon)
    return matches[matches["measure"] == "loaded"].to_dict("records")


def still_loaded(spans: list[dict]) -> list[str]:
    """One line per loaded term left in a text: the words, the category and the lexicon's alternatives."""
    lines = []
    for span in spans:
        alternatives = f" (the lexicon suggests: {span['neutral']})" if span["neutral"] else ""
        lines.append(f"Still loaded: {span['text']!r}, {span['category'].replace('_', ' ')}{alternatives}.")
    return lines
