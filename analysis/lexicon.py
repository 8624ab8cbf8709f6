"""Loading, validating and compiling lexicon files (see ``lexicons/FORMAT.md`` for the format).

A :class:`Lexicon` is data: entries with patterns, a category, an explanation and neutral alternatives.
:meth:`Lexicon.find` runs its patterns over a :class:`~analysis.text.Document` with a
:class:`~analysis.matching.Matcher` and returns :class:`~analysis.text.Span` objects. Loading is bounded:
values are checked to be text before they are ever written out (YAML alias bombs), patterns are capped
(see :mod:`analysis.matching`) and repeated terms are found in one pass.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .errors import LexiconError
from .matching import CACHE_WORDS, Matcher
from .patterns import MAX_OPTIONAL_WORDS, MAX_PATTERN_WORDS, compile_pattern
from .text import Document, Span

#: Re-exported: the limits on patterns and on the word memory live with the matcher.
__all__ = ["CACHE_WORDS", "KINDS", "MAX_OPTIONAL_WORDS", "MAX_PATTERN_WORDS", "REQUIRED", "STRENGTHS", "Entry",
           "Lexicon", "compile_pattern", "load_lexicon", "merge"]


#: PyYAML's safe loader, in C when libyaml is there (ten times faster; refuses Python tags the same way).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KINDS = ("loaded", "hedges", "boosters", "reporting_verbs", "sources", "actors")
REQUIRED = ("term", "patterns", "category", "explanation")
#: How strong a loaded term is (required for ``kind: loaded``, see ``lexicons/README.md``): ``strong``, a
#: judgement a careful editor would change in straight news; ``mild``, a routine word of news copy that leans.
STRENGTHS = ("strong", "mild")
#: The strength of a loaded term whose entry does not give one (a user's own file written before strengths):
#: a word someone listed as loaded is counted with the judgements. Every shipped entry states its strength.
DEFAULT_STRENGTH = "strong"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry. ``neutral`` holds the neutral alternatives of a loaded term (may be empty);
    ``strength`` is one of :data:`STRENGTHS` for a loaded term and ``""`` for entries of other kinds."""

    term: str
    patterns: tuple[str, ...]
    category: str
    explanation: str
    neutral: tuple[str, ...] = ()
    strength: str = ""


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon file. ``measure`` names the spans it produces (defaults to ``kind``)."""

    name: str
    kind: str
    version: str
    description: str
    categories: dict[str, str]
    entries: tuple[Entry, ...]
    path: str = ""
    _index: dict[str, Entry] = field(default_factory=dict, repr=False, compare=False)

    def entry(self, term: str) -> Entry:
        """The entry called ``term``."""
        if not self._index:
            self._index.update({e.term: e for e in self.entries})
        return self._index[term]

    @cached_property
    def _matcher(self) -> Matcher:
        return Matcher(self)

    def find(self, doc: Document, measure: str | None = None) -> list[Span]:
        """Every non-overlapping match in ``doc``, left to right, as spans named ``measure``.

        At each word, the patterns that can start with that word are tried, those with more words first.
        """
        name, matcher = measure or self.kind, self._matcher
        if not matcher.may_match(doc):  # most small lexicons in most documents (a comparison's alternatives)
            return []
        return [doc.span(start, end, name, self.entries[i].category, self.entries[i].term)
                for start, end, i in matcher.scan(doc)]


def _strings(value, what: str, path: Path, term) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(path, f"{what} must be a list of non-empty strings, not {_kind_of(value)}", term)
    return tuple(v.strip() for v in value)


def _kind_of(value) -> str:
    """What a YAML value is, in words, without printing it: a value built from aliases (a "billion laughs"
    bomb) can be small in the file and enormous once written out, so messages never expand it."""
    if isinstance(value, list):
        return f"a list of {len(value)} items"
    if isinstance(value, dict):
        return f"a mapping of {len(value)} keys"
    return f"a {type(value).__name__}"


def _scalar(value, what: str, path: Path, term=None) -> str:
    """``value`` as text when it is a string, number or boolean; otherwise a LexiconError."""
    if isinstance(value, (str, int, float, bool)):
        return str(value)
    raise LexiconError(path, f"{what} must be one line of text, not {_kind_of(value)}", term)


def _entry(raw, path: Path, kind: str, categories: dict[str, str], number: int) -> Entry:
    if not isinstance(raw, dict):
        raise LexiconError(path, f"entry number {number} is not a mapping with keys {', '.join(REQUIRED)}")
    term = raw.get("term", f"#{number}")
    if not isinstance(term, str):
        raise LexiconError(path, f"the term of entry number {number} must be text, not {_kind_of(term)}")
    missing = [k for k in REQUIRED if not raw.get(k)]
    if missing:
        raise LexiconError(path, f"missing {', '.join(missing)} (every entry needs {', '.join(REQUIRED)})", term)
    explanation = _scalar(raw["explanation"], "explanation", path, term)
    patterns = _strings(raw["patterns"], "patterns", path, term)
    for p in patterns:
        try:
            compile_pattern(p)
        except (ValueError, re.error) as exc:
            raise LexiconError(path, f"pattern {p!r} is not valid: {exc} (see analysis/lexicons/FORMAT.md)", term)
    category = _scalar(raw["category"], "category", path, term)
    if category not in categories:
        raise LexiconError(path, f"category {category!r} is not declared under 'categories:' "
                                 f"(declared: {', '.join(categories) or 'none'})", term)
    neutral = _strings(raw.get("neutral") or [], "neutral", path, term)
    if kind == "loaded" and not neutral:
        raise LexiconError(path, "a loaded term needs at least one neutral alternative under 'neutral:'", term)
    unknown = set(raw) - {*REQUIRED, "neutral", "note", "strength"}
    if unknown:
        raise LexiconError(path, f"unknown key(s) {', '.join(sorted(map(_short, unknown)))}", term)
    return Entry(term, patterns, category, explanation.strip(), neutral, _strength(raw, kind, path, term))


def _strength(raw: dict, kind: str, path: Path, term: str) -> str:
    """The entry's ``strength``: one of :data:`STRENGTHS` for a loaded term (:data:`DEFAULT_STRENGTH` when
    the entry does not say), ``""`` for other kinds, which may not have one."""
    value = raw.get("strength")
    if kind != "loaded":
        if value is not None:
            raise LexiconError(path, f"'strength:' is only for loaded terms (kind: loaded), not {kind!r}; "
                                     "remove it", term)
        return ""
    if value is None:
        return DEFAULT_STRENGTH
    shown = _scalar(value, "strength", path, term).strip()
    if shown not in STRENGTHS:
        raise LexiconError(path, f"'strength:' must be strong (a judgement a careful editor would change in "
                                 f"straight news) or mild (a routine word that leans), not {shown[:40]!r}; "
                                 "see analysis/lexicons/README.md", term)
    return shown


def _short(value) -> str:
    return value[:60] if isinstance(value, str) else _kind_of(value)


def read_entries_file(path: str | Path, hint: str) -> dict:
    """The YAML mapping of a data file with an ``entries:`` list (a lexicon, the plain senses, the furniture
    markers). Raises :class:`~analysis.errors.LexiconError` naming ``path`` when the file is missing, is not
    UTF-8 or YAML, or is not a mapping with an ``entries:`` list (``hint`` says where the format is described)."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_SafeLoader)
    except FileNotFoundError:
        raise LexiconError(path, "the file does not exist; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, f"cannot be read as UTF-8 text ({exc})") from None
    except yaml.YAMLError as exc:
        raise LexiconError(path, f"cannot be read as a YAML file: it is not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(path, f"must be a YAML mapping with an 'entries:' list ({hint})")
    return data


#: Lexicons read in this process, by path, kind asked and a digest of the file's bytes: a file is parsed once
#: (a report's kernel needs the loaded terms for the comparison and for the charts' colours) and again when
#: its bytes change. A Lexicon is immutable, so callers can share it. At most :data:`READ_MAX` are kept.
_READ: dict[tuple, Lexicon] = {}
READ_MAX = 32


def load_lexicon(path: str | Path, kind: str | None = None) -> Lexicon:
    """Read and validate one lexicon file; ``kind`` (if given) is the kind the caller needs. A file whose
    bytes were read before in this process gives the same Lexicon again, without parsing it.

    Raises :class:`~analysis.errors.LexiconError` naming the file and the entry for any problem.
    """
    path = Path(path)
    try:
        key = (str(path), kind, hashlib.sha256(path.read_bytes()).digest())
    except OSError:
        key = None  # the reader says what is wrong with the file
    if key is not None and (known := _READ.get(key)) is not None:
        return known
    lexicon = _read_lexicon(path, kind)
    if key is not None:
        if len(_READ) >= READ_MAX:
            _READ.clear()
        _READ[key] = lexicon
    return lexicon


def _read_lexicon(path: Path, kind: str | None) -> Lexicon:
    data = read_entries_file(path, "see analysis/lexicons/FORMAT.md")
    file_kind = data.get("kind")
    if file_kind not in KINDS:
        shown = repr(file_kind[:40]) if isinstance(file_kind, str) else _kind_of(file_kind)
        raise LexiconError(path, f"'kind:' must be one of {', '.join(KINDS)}, not {shown}")
    if kind and file_kind != kind:
        raise LexiconError(path, f"is a {file_kind!r} lexicon, but a {kind!r} lexicon is needed here")
    categories = data.get("categories") or {}
    if not isinstance(categories, dict):
        raise LexiconError(path, "'categories:' must map each category name to a one-line description")
    categories = {_scalar(k, "a category name", path): _scalar(v, f"the description of category {k}", path)
                  for k, v in categories.items()}
    entries = tuple(_entry(raw, path, file_kind, categories, n) for n, raw in enumerate(data["entries"], 1))
    duplicates = sorted(t for t, n in Counter(e.term for e in entries).items() if n > 1)
    if duplicates:
        raise LexiconError(path, "each term must be unique in its file; rename or remove the repeated "
                                 f"entry ({len(duplicates)} term(s) repeated)", duplicates[0])
    return Lexicon(
        name=_scalar(data.get("name") or path.stem, "'name:'", path), kind=file_kind,
        version=_scalar(data.get("version", ""), "'version:'", path),
        description=_scalar(data.get("description", ""), "'description:'", path).strip(),
        categories=categories, entries=entries, path=str(path),
    )


def merge(lexicons: list[Lexicon]) -> Lexicon:
    """One lexicon holding the entries of several files of the same kind (a user's file after the shipped one)."""
    if len(lexicons) == 1:
        return lexicons[0]
    first = lexicons[0]
    kinds = {lx.kind for lx in lexicons}
    if len(kinds) > 1:
        raise LexiconError(lexicons[-1].path, f"cannot be combined with files of kind {first.kind!r}")
    categories: dict[str, str] = {}
    entries: dict[str, Entry] = {}
    for lx in lexicons:
        categories.update(lx.categories)
        entries.update({e.term: e for e in lx.entries})
    return Lexicon(
        name="+".join(lx.name for lx in lexicons), kind=first.kind,
        version="+".join(lx.version for lx in lexicons), description=first.description,
        categories=categories, entries=tuple(entries.values()), path=";".join(lx.path for lx in lexicons),
    )
