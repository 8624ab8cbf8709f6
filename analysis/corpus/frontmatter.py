"""Text articles (``.txt``, ``.md``) with optional YAML front matter between two ``---`` lines.

Front matter is read with a safe loader that also refuses YAML aliases and anchors (``&a`` / ``*a``, the
"billion laughs" expansion) and nesting deeper than :data:`~analysis.corpus.limits.MAX_NESTING`, and is at
most :data:`~analysis.corpus.limits.MAX_FRONT_MATTER_CHARS` long. Values are never expanded into messages.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..errors import CorpusError
from .decode import read_text
from .fields import FieldError, Loaded, build, kind
from .limits import MAX_FRONT_MATTER_CHARS, MAX_NESTING, shortened
from .model import FIELDS, CsvColumns

_FENCE = re.compile(r"^---[ \t\f\v]*$", re.MULTILINE)


class _Refused(yaml.MarkedYAMLError):
    """YAML that is valid but not allowed in front matter (an alias, an anchor, too deep)."""


class FrontMatterLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without aliases or anchors and with bounded nesting."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(None, None, "uses a YAML alias (*name); aliases are not allowed", event.start_mark)
        if getattr(event, "anchor", None) is not None:
            raise _Refused(None, None, "defines a YAML anchor (&name); anchors are not allowed",
                           event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise _Refused(None, None, f"is nested more than {MAX_NESTING} levels deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def text_articles(path: Path, stem: str, source: str, columns: CsvColumns) -> Iterator[Loaded]:
    """The one article of a text file; ``stem`` is its default id, ``source`` its recorded path."""
    text = read_text(path)
    front, body = split_front_matter(text, path)
    if not body.strip():
        raise CorpusError(path, "has no text after its front matter", "Add the text below the closing ---")
    values = {k: v for k, v in front.items() if k in FIELDS}
    meta = {str(k): v for k, v in front.items() if k not in FIELDS}
    try:
        article = build({**values, "text": body}, meta, default_id=stem, source_path=source)
    except FieldError as error:
        raise CorpusError(path, error.problem, error.hint, line=_key_line(text, error.name)) from None
    yield Loaded(article, None)


def split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """(front matter mapping, body). The mapping is empty when the file has no front matter."""
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.rstrip() != "---":
        return {}, text
    start = len(first) + 1
    close = _FENCE.search(text, start)
    if close is None or close.start() - start > MAX_FRONT_MATTER_CHARS:
        if close is not None or len(text) - start > MAX_FRONT_MATTER_CHARS:
            raise CorpusError(path, f"front matter opened with --- is not closed within "
                                    f"{MAX_FRONT_MATTER_CHARS:,} characters",
                              "Close it with a line with only --- after the last key (front matter holds "
                              "a few 'key: value' lines), or remove the first line", line=1)
        raise CorpusError(path, "front matter opened with --- is never closed",
                          "Add a line with only --- after the last key, or remove the first line", line=1)
    front = parse_front_matter(text[start:close.start()], path)
    return front, text[close.end() + 1:]


def parse_front_matter(source: str, path: Path) -> dict:
    """The front matter's mapping; raises CorpusError naming the line for invalid or refused YAML."""
    loader = FrontMatterLoader(source)  # a yaml.SafeLoader: no tag builds an object or runs code
    try:
        front = loader.get_single_data()
    except _Refused as error:
        raise CorpusError(path, f"front matter {error.problem}",
                          "Write each value out in full: front matter holds plain 'key: value' lines",
                          line=_line(error)) from None
    except yaml.constructor.ConstructorError as error:
        raise _yaml_error(error, path, tag=_yaml_tag(error)) from None
    except yaml.YAMLError as error:
        raise _yaml_error(error, path) from None
    except (ValueError, OverflowError) as error:  # 2023-13-01 is YAML but not a date; a 5,000-digit number
        raise CorpusError(path, f"front matter has a value that cannot be read: {shortened(str(error), 200)}",
                          "Check the dates (write them as YYYY-MM-DD) and the numbers") from None
    finally:
        loader.dispose()
    if front is None:
        return {}
    if not isinstance(front, dict):
        raise CorpusError(path, f"front matter must be 'key: value' lines, not {kind(front)}",
                          "Write one 'key: value' per line, e.g. 'title: ...'", line=2)
    return front


def _line(error: yaml.MarkedYAMLError) -> int | None:
    mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
    return mark.line + 2 if mark else None  # the YAML starts on the file's second line


def _yaml_tag(error: yaml.constructor.ConstructorError) -> str | None:
    match = re.search(r"tag '([^']*)'", error.problem or "")
    return shortened(match.group(1).replace("tag:yaml.org,2002:", "!!")) if match else None


def _yaml_error(error: yaml.YAMLError, path: Path, tag: str | None = None) -> CorpusError:
    if tag:
        return CorpusError(path, f"front matter uses the YAML tag {tag}; tags are not allowed",
                           "Remove the tag: front matter holds plain 'key: value' lines", line=_line(error))
    problem = ", ".join(part for part in (error.problem, error.context) if part) or str(error)
    return CorpusError(path, f"front matter is not valid YAML ({shortened(problem, 200)})",
                       "Check the quotes and the colons on that line", line=_line(error))


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", text[:MAX_FRONT_MATTER_CHARS + 8], flags=re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None
