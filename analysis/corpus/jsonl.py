"""JSON Lines files: one JSON object per line, read as a stream; each line at most MAX_RECORD_CHARS long.

Fields ``id``, ``text``, ``title``, ``outlet``, ``published``, ``url``, ``label``, ``story``, ``language``
(Media Cloud's ``media_name`` and ``publish_date`` too); other fields go to ``Article.meta``. Records
nested deeper than :data:`~analysis.corpus.limits.MAX_NESTING` levels are refused, one line at a time.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..errors import CorpusError
from .decode import open_text
from .fields import Loaded, kind, record
from .limits import MAX_NESTING, MAX_RECORD_CHARS, shortened
from .model import FIELDS, TEXT_FALLBACKS, CsvColumns, content_id

JSON_ALIASES = {"outlet": ("outlet", "media_name"), "published": ("published", "publish_date")}


def jsonl_articles(path: Path, stem: str, source: str, columns: CsvColumns) -> Iterator[Loaded | CorpusError]:
    """Each line's article, or the error naming its line; raises CorpusError if the whole file is unusable."""
    with open_text(path) as stream:
        seen_text = False
        for line, source_text in _lines(stream, path):
            if source_text is not None and not source_text.strip():
                continue
            if not seen_text and source_text is not None and source_text.lstrip().startswith("["):
                raise CorpusError(path,
                                  "holds a JSON array; the loader reads JSON Lines (one object per line)",
                                  "Write one object per line, e.g. with: jq -c '.[]' in.json > out.jsonl",
                                  line=line)
            seen_text = True
            yield json_record(source_text, path=path, source=source, line=line,
                              default_id=f"{stem}:{line}" if stem else None)
        if not seen_text:
            raise CorpusError(path, "has no text", "It is empty or only whitespace: add records or remove it")


def _lines(stream: TextIO, path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line; a line over MAX_RECORD_CHARS comes as None, the rest dropped."""
    number = 0
    while True:
        text = stream.readline(MAX_RECORD_CHARS + 1)
        if not text:
            return
        number += 1
        if len(text) > MAX_RECORD_CHARS and not text.endswith("\n"):
            while text and not text.endswith("\n"):  # drop the rest of the line, a part at a time
                text = stream.readline(MAX_RECORD_CHARS)
            yield number, None
        else:
            yield number, text


def json_record(text: str | None, *, path: Path, source: str, line: int,
                default_id: str | None) -> Loaded | CorpusError:
    """The article of one JSON Lines line, or the error that names the line."""
    if text is None:  # longer than MAX_RECORD_CHARS: not read
        return CorpusError(path, f"line is longer than {MAX_RECORD_CHARS:,} characters",
                           "Check that it is JSON Lines, one article per line", line=line)
    try:
        value = json.loads(text)
    except RecursionError:
        value = _TOO_DEEP
    except ValueError as error:  # JSONDecodeError, or a number with thousands of digits
        decode_error = isinstance(error, json.JSONDecodeError)
        problem = f"{error.msg}, column {error.colno}" if decode_error else str(error)
        return CorpusError(path, f"is not valid JSON ({shortened(problem, 200)})",
                           "Write one complete JSON object per line", line=line)
    if value is _TOO_DEEP or _depth(value) > MAX_NESTING:
        return CorpusError(path, f"record is nested more than {MAX_NESTING} levels deep",
                           "Flatten the record: give each field a plain value", line=line)
    if not isinstance(value, dict):
        return CorpusError(path, f"holds {kind(value)}, not a JSON object",
                           'Write one object per line, e.g. {"id": "a1", "text": "..."}', line=line)
    values, used = _json_values(value)
    meta = {key: v for key, v in value.items() if key not in used}
    if default_id is None:
        default_id = content_id(values["text"]) if isinstance(values.get("text"), str) else ""
    return record(values, meta, path=path, source=source, line=line, default_id=default_id)


_TOO_DEEP = object()


def _depth(value: object) -> int:
    """How deeply lists and objects nest in ``value`` (0 for a plain value), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_NESTING:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def _json_values(value: dict) -> tuple[dict, set]:
    """(article values, keys they came from); for each field the first key with a value wins."""
    values, used = {}, set()
    for name in ("text", *FIELDS):
        keys = TEXT_FALLBACKS if name == "text" else JSON_ALIASES.get(name, (name,))
        key = next((k for k in keys if value.get(k) not in (None, "")), None)
        if key is not None:
            values[name] = value[key]
            used.add(key)
    return values, used
