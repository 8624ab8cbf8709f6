"""Building an :class:`Article` from the values found in front matter, a CSV row or a JSON record."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from ..errors import CorpusError
from .language import detect_language, known_language
from .limits import quoted
from .model import FIELDS, TEXT_FALLBACKS, Article

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_LANGUAGE = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*")


class Loaded(NamedTuple):
    """An article read from a file, and the line its record starts on (None for a whole-file article)."""

    article: Article
    line: int | None


class FieldError(Exception):
    """A field value that cannot be used; the caller adds the file and line."""

    def __init__(self, name: str, problem: str, hint: str):
        super().__init__(problem)
        self.name = name
        self.problem = problem
        self.hint = hint


def build(values: Mapping[str, object], meta: dict, *, default_id: str, source_path: str) -> Article:
    """An Article from ``values`` (keys among FIELDS and 'text'); raises FieldError for unusable values.

    The language is the one given (``language``), else detected from the text.
    """
    text = values.get("text")
    if text is None:
        raise FieldError("text", f"has no text (looked for {', '.join(TEXT_FALLBACKS)})",
                         "Put the article text in a field named 'text'")
    if not isinstance(text, str):
        raise FieldError("text", f"text must be a string, not {kind(text)}", "Give the text as a string")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise FieldError("text", "has no text", "Add the article text, or remove the record")
    found = {name: as_text(values.get(name), name) for name in FIELDS
             if name not in ("published", "language")}
    found["published"] = iso_date(values.get("published"))
    found["id"] = found["id"] or default_id
    known = known_language(found["id"])
    found["language"] = language_code(values.get("language")) or (known if known is not None
                                                                   else detect_language(text))
    return Article(text=text, source_path=source_path, meta=meta, **found)


def kind(value: object) -> str:
    """'nothing', 'a list', 'a dict' ...: what a value is, for messages."""
    return "nothing" if value is None else f"a {type(value).__name__}"


def as_text(value: object, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise FieldError(name, f"{name} is {str(value).lower()} (a yes/no value), not text",
                         f"Put the {name} in quotes so it is read as text")
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    raise FieldError(name, f"{name} must be text, not {kind(value)}", f"Give a single value for {name}")


def iso_date(value: object) -> str:
    """'YYYY-MM-DD' from a date, a datetime or a string that starts with an ISO date; '' when empty."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    match = _ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:  # 2023-02-30 has the shape of a date but is not one
            pass
    raise FieldError("published", f"published date {quoted(value)} is not a date like 2024-03-01",
                     "Write the date as YYYY-MM-DD, or leave it empty when unknown")


def language_code(value: object) -> str:
    """The ISO 639-1 code of a given language: ``'de'`` from ``'de'``, ``'DE'`` or ``'de-AT'``."""
    if value is None or value == "":
        return ""
    match = _LANGUAGE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise FieldError("language", f"language {quoted(value)} is not a language code",
                         "Write a two-letter ISO 639-1 code such as en, de, fr or ru, or leave it empty "
                         "to have the language detected")
    return match.group(1).lower()


def record(values: Mapping, meta: dict, *, path: Path, source: str, line: int,
           default_id: str) -> Loaded | CorpusError:
    """One CSV row's or JSON record's article, or the error that names its line."""
    try:
        return Loaded(build(values, meta, default_id=default_id, source_path=source), line)
    except FieldError as error:
        return CorpusError(path, error.problem, error.hint, line=line)
