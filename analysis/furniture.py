"""Page furniture: the widgets a site sets into an article's text, which are the page's, not the article's.

Part of the voice layer (:mod:`analysis.voice`): :func:`furniture` gives ``furniture`` regions, which win over
every other voice (:data:`analysis.text.LAYERS`), and no rate of the writer's voice counts their words. The
markers are data, in ``lexicons/furniture.yaml`` (:data:`FURNITURE_FILE`, each with its explanation); their
``where`` and ``opens`` fields say how a widget opens. Rules, each pinned by a made-up text in
tests/text/test_voice_furniture.py:

* a widget opens at a marker (``where``): a line that is the marker alone ("Advertisement"), a line that opens
  with it ("Read more: The mayor's plan, explained"), or the marker anywhere in a line ("... the vote was
  close. take our poll - story continues below Should the mayor resign?": a scraper glued the widget to the
  prose, and the widget starts at the marker, the words before it staying the writer's). A marker of
  ``where: inside`` opens nothing;
* after the opening line, the widget runs over its form: a line holding an ``inside`` marker ("You may opt
  out at anytime.", "This field is for validation purposes ...") or a form field, a label of at most three
  words with a star ("Email *");
* a poll (``opens: poll``) also runs over its question, the first line ending in "?" (or what follows the
  marker on the opening line), with its repeats; and, between the question and the form, its options: at
  most :data:`OPTION_LINES` lines of at most :data:`OPTION_WORDS` words each (a bulleted line, "* Yes * No",
  up to :data:`BULLET_WORDS`), taken only when a form line follows them;
* the widget ends before the first other line: the article's prose. A second, different question ("And what
  does the bill do?"), a long line, a short line that no form line follows: all are the article's. It never
  runs over more than :data:`WIDGET_LINES` lines.

A paragraph that mentions a poll ("In a poll taken by the university, most voters ...") holds no marker and is
the writer's. Linear in the article's length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError
from .lexicon import read_entries_file
from .paths import LEXICON_DIR
from .text import Document, Region

#: The shipped markers of page furniture.
FURNITURE_FILE = LEXICON_DIR / "furniture.yaml"
#: Where a marker may stand, and what it opens (see ``lexicons/furniture.yaml``).
WHERE = ("line", "start", "anywhere", "inside")
OPENS = ("line", "poll")
#: Most lines a poll's options take between its question and its form.
OPTION_LINES = 8
#: Most words of one option line; a bulleted line (several options run together) may hold up to BULLET_WORDS.
OPTION_WORDS = 15
BULLET_WORDS = 40
#: Most lines one widget runs over, its opening line included.
WIDGET_LINES = 25
_FIELD = re.compile(r"\s*[A-Za-z][\w'-]*(?: [\w'-]+){0,2} ?\*\s*$")
_BULLET = re.compile(r"\s*[*\u2022\u00b7\u25aa\u25cf]\s")
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class Marker:
    """A marker of page furniture: ``words`` (lower case), ``where`` it stands, what it ``opens``, and why."""

    words: str
    where: str
    opens: str
    explanation: str

    @property
    def pattern(self) -> re.Pattern:
        """The marker's words, whole (cached by :mod:`re`)."""
        return re.compile(r"(?<!\w)" + re.escape(self.words) + (r"(?!\w)" if self.words[-1].isalnum() else ""))


@lru_cache(maxsize=4)
def read_markers(path: str | Path = FURNITURE_FILE) -> tuple[Marker, ...]:
    """The markers of the furniture file at ``path``, in file order. Raises
    :class:`~analysis.errors.LexiconError` naming the file (and the entry) when it is missing, is not YAML,
    or holds an entry without a marker and an explanation or with a ``where``/``opens`` it does not know."""
    path = Path(path)
    data = read_entries_file(path, "see analysis/lexicons/README.md")
    out = []
    for number, raw in enumerate(data["entries"], 1):
        fields = {k: str(raw.get(k, "")).strip() if isinstance(raw, dict) else "" for k in
                  ("marker", "where", "opens", "explanation")}
        if not fields["marker"] or not fields["explanation"]:
            raise LexiconError(path, f"entry {number} needs a 'marker:' and an 'explanation:' of plain text")
        if fields["where"] not in WHERE or fields["opens"] not in OPENS:
            raise LexiconError(path, f"entry {number}: 'where:' must be one of {', '.join(WHERE)} and 'opens:' "
                                     f"one of {', '.join(OPENS)}", fields["marker"])
        out.append(Marker(fields["marker"].lower(), fields["where"], fields["opens"], fields["explanation"]))
    return tuple(out)


def furniture(doc: Document, markers: tuple[Marker, ...] | None = None) -> list[Region]:
    """The ``furniture`` regions of ``doc`` (see the rules), with the shipped markers unless ``markers``.
    One scan of the text for the openers; only the lines around a hit are read further."""
    markers = read_markers() if markers is None else markers
    inline, alone, longest = _compiled(markers)
    low = doc.norm.lower()
    found = _found(doc.norm, low, inline)
    if not found and not any(words in low for words in alone):
        return []  # most articles: no marker anywhere
    lines = [(m.start(), m.end()) for m in _LINE.finditer(doc.norm)]
    starts = [a for a, _ in lines]
    hits = {bisect.bisect_right(starts, at) - 1 for at in found}
    hits |= {n for n, (a, b) in enumerate(lines) if b - a <= longest and _bare(doc.norm[a:b]) in alone}
    texts = {}
    out, reach = [], -1
    for n in sorted(hits):
        if n <= reach:
            continue
        opened = _opener(doc.norm[lines[n][0]:lines[n][1]], markers)
        if opened is None:
            continue
        at, marker, rest = opened
        texts.update((k, doc.norm[a:b]) for k, (a, b) in enumerate(lines[n:n + WIDGET_LINES], n) if k not in texts)
        reach = _widget_end(texts, n, len(lines), rest if marker.opens == "poll" else None, markers)
        out.append(Region(lines[n][0] + at, lines[reach][1], "furniture", ""))
    return out


@lru_cache(maxsize=8)
def _compiled(markers: tuple[Marker, ...]) -> tuple[tuple[str, ...], frozenset, int]:
    """The words of every marker that opens a widget at or inside a line, the bare words of the markers that
    stand alone on a line, and the longest of those lines (in characters)."""
    inline = tuple(m.words for m in markers if m.where in ("start", "anywhere"))
    alone = frozenset(_bare(m.words) for m in markers if m.where == "line")
    return inline, alone, max((len(m.words) + 8 for m in markers if m.where == "line"), default=0)


def _found(text: str, low: str, words: tuple[str, ...]) -> list[int]:
    """Offsets in ``text`` (``low`` its lower case) where one of ``words`` may stand (:func:`_opener` checks
    each line found). A plain search per marker: a pattern of them all costs ten times more."""
    if len(low) != len(text):  # a character whose lower case is longer: offsets by the pattern instead
        return [m.start() for w in words for m in re.finditer(re.escape(w), text, re.I)]
    out = []
    for w in words:
        at = low.find(w)
        while at >= 0:
            out.append(at)
            at = low.find(w, at + 1)
    return out


def _bare(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def _opener(text: str, markers: tuple[Marker, ...]) -> tuple[int, Marker, str] | None:
    """``(offset, marker, rest)`` of the first marker that opens a widget on this line, ``rest`` being the
    line after the last marker on it; None when no marker opens one here."""
    low, found = text.lower(), None
    bare = _bare(low)
    for marker in markers:
        if marker.where == "inside":
            continue
        if marker.where == "line":
            hit = 0 if bare == _bare(marker.words) else None
        else:
            m = marker.pattern.search(low)
            hit = m.start() if m and (marker.where == "anywhere" or not low[:m.start()].strip()) else None
        if hit is not None and (found is None or hit < found[0] or (hit == found[0] and marker.opens == "poll")):
            found = (hit, marker)
    if found is None:
        return None
    ends = [m.end() for marker in markers if marker.where != "inside" for m in marker.pattern.finditer(low)]
    rest = text[max(ends, default=found[0]):].strip(" -:|\u2022")
    return found[0], found[1], rest


def _form(text: str, markers: tuple[Marker, ...]) -> bool:
    low = text.lower()
    return bool(_FIELD.match(text)) or any(m.where == "inside" and m.pattern.search(low) for m in markers)


def _question(text: str) -> str:
    return " ".join(text.split()).lower() if text.rstrip().endswith("?") and len(text.split()) <= 40 else ""


def _option(text: str) -> bool:
    return len(text.split()) <= (BULLET_WORDS if _BULLET.match(text) else OPTION_WORDS)


def _widget_end(texts: dict[int, str], n: int, count: int, rest: str | None, markers: tuple[Marker, ...]) -> int:
    """Index of the last line of the widget that opens on line ``n`` (of ``count`` lines; ``texts`` holds the
    next :data:`WIDGET_LINES` lines' text); ``rest`` is what follows a poll's marker on its line (None for a
    widget that is no poll)."""
    poll = rest is not None
    question, formed, last, k = _question(rest or ""), False, n, n + 1
    limit = min(count, n + WIDGET_LINES)
    while k < limit:
        text = texts[k]
        if _form(text, markers):
            formed, last = True, k
        elif poll and _question(text) and (not question or _question(text) == question):
            question, last = _question(text), k
        elif poll and question and not formed:
            j = k
            while j < min(limit, k + OPTION_LINES) and _option(texts[j]) and not _form(texts[j], markers):
                j += 1
            if j == k or j >= limit or not _form(texts[j], markers):
                break
            last, k = j - 1, j
            continue
        else:
            break
        k += 1
    return last
