"""Loading and validating articles from folders, CSV exports and JSON Lines files.

:func:`load_corpus` turns files into :class:`Article` records. It accepts one path or a list of paths:

* **A folder**: every ``*.txt``, ``*.md``, ``*.csv`` and ``*.jsonl`` file in it and its sub-folders, in
  sorted order. Hidden files and folders (names starting with ``.``) and ``README.md`` / ``README.txt``
  files are skipped.
* **A text file** (``.txt``, ``.md``): one article. It may open with YAML front matter between a first line
  ``---`` and a closing ``---`` line::

      ---
      title: Troops on standby
      outlet: The Intercept
      published: 2023-10-20
      label: left
      ---
      US troops in Iraq are "on standby" ...

  Keys ``id``, ``title``, ``outlet``, ``published``, ``url``, ``label`` and ``story`` fill the article's
  fields; any other key goes to ``Article.meta``. Front matter is read with ``yaml.safe_load``: YAML tags
  such as ``!!python/object`` are refused. The id is the path relative to the folder without its extension
  (``sub/a`` for ``sub/a.txt``), or the file's stem when the file was given directly, unless the front
  matter sets ``id``.
* **A CSV file** (``.csv``): one article per row, with a header row. The column names default to a Media
  Cloud export (see :class:`CsvColumns`); other columns go to ``Article.meta``. The id is the ``id`` column,
  or ``<file stem>:<row number>`` (rows counted from 1 after the header).
* **A JSON Lines file** (``.jsonl``, or ``.json`` given directly): one JSON object per line with the fields
  ``id``, ``text``, ``title``, ``outlet``, ``published``, ``url``, ``label``, ``story`` (Media Cloud's
  ``media_name`` and ``publish_date`` are accepted too); other fields go to ``Article.meta``. The id is the
  ``id`` field, or ``<file stem>:<line number>``.

Every file is read as bytes and decoded: UTF-8 with or without a byte-order mark, UTF-16/32 with a
byte-order mark, otherwise cp1252 with a :class:`CorpusWarning`. Binary files (images, PDFs, Word files)
are refused. Line ends become ``"\\n"``. ``published`` is always ``'YYYY-MM-DD'`` or ``''``.

A file or record that cannot be used raises :class:`~analysis.errors.CorpusError` naming the file, the line
where there is one, and what to change. With ``skip_bad=True`` each such error becomes a :class:`Problem`
in ``Corpus.problems`` and loading goes on; it still raises when no article at all could be loaded, and
for paths that do not exist or are not article files. Input files are only ever opened for reading.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import NamedTuple, Union

import yaml

from ..errors import CorpusError

__all__ = [
    "Article",
    "Corpus",
    "CorpusWarning",
    "CsvColumns",
    "Problem",
    "content_id",
    "load_corpus",
]

TEXT_SUFFIXES = (".txt", ".md")
FOLDER_SUFFIXES = (".txt", ".md", ".csv", ".jsonl")
"""What a folder is searched for. A ``.json`` file counts only when given directly (in folders: config)."""

FIELDS = ("id", "title", "outlet", "published", "url", "label", "story")
"""Article fields that front matter, CSV columns and JSON fields may set, besides ``text``."""

TEXT_FALLBACKS = ("text", "body", "content", "story_text", "full_text")
"""Where the article text is looked for when the configured text column or field is absent, in order."""

JSON_ALIASES = {"outlet": ("outlet", "media_name"), "published": ("published", "publish_date")}

SNIFF_BYTES = 8192
"""How much of a file is searched for NUL bytes to recognise a binary file."""

CSV_FIELD_LIMIT = 2**31 - 1
"""The csv module refuses fields over 128 KiB by default; one article can be megabytes long."""

_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, such as a .docx or .xlsx file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office .doc/.xls file"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
)

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")

PathLike = Union[str, os.PathLike]


class CorpusWarning(UserWarning):
    """A file was loaded, but perhaps not as its author meant (for example decoded as cp1252)."""


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about it.

    ``published`` is ``'YYYY-MM-DD'`` or ``''`` when unknown; the other metadata fields are ``''`` when
    unknown. ``meta`` holds extra front-matter keys, CSV columns or JSON fields, as read.
    """

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    label: str = ""
    story: str = ""
    source_path: str = ""
    meta: Mapping = field(default_factory=dict, hash=False)

    @property
    def n_chars(self) -> int:
        """Length of ``text`` in characters (not bytes)."""
        return len(self.text)


@dataclass(frozen=True)
class Problem:
    """A file or record skipped by ``load_corpus(..., skip_bad=True)``; ``message`` is the error's text."""

    path: str
    line: int | None
    message: str

    @classmethod
    def from_error(cls, error: CorpusError) -> Problem:
        return cls(error.path, error.line, str(error))

    def __str__(self) -> str:
        return self.message


@dataclass
class Corpus:
    """The loaded articles in file order, the problems skipped on the way, and every file that was read."""

    articles: list[Article]
    problems: list[Problem] = field(default_factory=list)
    source_files: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, index):
        return self.articles[index]


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV column holds which article field. The defaults are Media Cloud's export names.

    A column that is absent is looked for under the field's own name (``outlet``, ``published``), and the
    text under :data:`TEXT_FALLBACKS`. A column you changed from its default must exist. ``id``, ``label`` and
    ``story`` are optional: without an id column, rows get ``<file stem>:<row number>``.
    """

    id: str = "id"
    title: str = "title"
    url: str = "url"
    published: str = "publish_date"
    outlet: str = "media_name"
    text: str = "text"
    label: str = "label"
    story: str = "story"


_DEFAULT_COLUMNS = CsvColumns()


def content_id(text: str) -> str:
    """A stable id from the text alone: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_corpus(
    path_or_paths: PathLike | Iterable[PathLike],
    *,
    skip_bad: bool = False,
    columns: CsvColumns | None = None,
) -> Corpus:
    """Load every article under one path or a list of paths (folders, .txt, .md, .csv, .jsonl files).

    Raises :class:`CorpusError` at the first unusable file or record, or, with ``skip_bad=True``, records it
    in ``Corpus.problems`` and goes on. Missing paths, unsupported file types, folders without article files
    and a load that yields no article at all raise even with ``skip_bad``. Ids must be unique.
    """
    paths = _as_paths(path_or_paths)
    loader = _Loader(skip_bad=skip_bad, columns=columns or _DEFAULT_COLUMNS)
    for path in paths:
        loader.load_path(path)
    return loader.finish(paths)


# --- walking paths --------------------------------------------------------------------------------------


def _as_paths(path_or_paths) -> list[Path]:
    if isinstance(path_or_paths, (str, os.PathLike)):
        return [Path(path_or_paths)]
    paths = [Path(p) for p in path_or_paths]
    if not paths:
        raise CorpusError("(no paths)", "no file or folder was given", "Pass a folder, a file or a list")
    return paths


def _article_files(folder: Path) -> list[tuple[Path, str]]:
    """(file, id stem) for every article file under ``folder``, sorted by relative path."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(root, name)
            if _is_article_file(path):
                found.append((path, path.relative_to(folder).with_suffix("").as_posix()))
    return sorted(found, key=lambda pair: pair[1] + "\0" + pair[0].suffix)


def _is_article_file(path: Path) -> bool:
    if path.name.startswith(".") or path.suffix.lower() not in FOLDER_SUFFIXES:
        return False
    return not (path.stem.lower() == "readme" and path.suffix.lower() in TEXT_SUFFIXES)


def _where(path: str, line: int | None) -> str:
    return f"{path}, line {line}" if line else path


class _Loaded(NamedTuple):
    article: Article
    line: int | None


class _Loader:
    """Collects articles, enforces unique ids and turns errors into problems when ``skip_bad``."""

    def __init__(self, *, skip_bad: bool, columns: CsvColumns):
        self.skip_bad = skip_bad
        self.columns = columns
        self.articles: list[Article] = []
        self.problems: list[Problem] = []
        self.files: list[str] = []
        self.first_seen: dict[str, str] = {}

    def load_path(self, path: Path) -> None:
        if path.is_dir():
            files = _article_files(path)
            if not files:
                raise CorpusError(
                    path,
                    "is a folder with no article files (looked for "
                    + ", ".join(f"*{s}" for s in FOLDER_SUFFIXES)
                    + " in it and its sub-folders, skipping hidden files and README files)",
                    "Put the articles in this folder, or point at the folder that holds them",
                )
            for file, stem in files:
                self.load_file(file, stem)
        elif path.is_file():
            _check_suffix(path)
            self.load_file(path, path.stem)
        elif path.exists():
            raise CorpusError(path, "is neither a file nor a folder", "Point at a folder or an article file")
        else:
            raise CorpusError(path, "does not exist", _missing_hint(path))

    def load_file(self, path: Path, stem: str) -> None:
        self.files.append(str(path))
        try:
            items = list(_PARSERS[path.suffix.lower()](path, stem, self.columns))
        except CorpusError as error:  # the whole file is unusable
            self.fail(error)
            return
        for item in items:
            if isinstance(item, CorpusError):
                self.fail(item)
            else:
                self.add(item)

    def add(self, item: _Loaded) -> None:
        article = item.article
        first = self.first_seen.get(article.id)
        if first is not None:
            self.fail(_duplicate_error(article, item.line, first))
            return
        self.first_seen[article.id] = _where(article.source_path, item.line)
        self.articles.append(article)

    def fail(self, error: CorpusError) -> None:
        if not self.skip_bad:
            raise error
        self.problems.append(Problem.from_error(error))

    def finish(self, paths: list[Path]) -> Corpus:
        if not self.articles:
            raise _nothing_loaded_error(paths, self.problems)
        return Corpus(self.articles, self.problems, self.files)


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in _PARSERS:
        kind = f"a {path.suffix} file" if path.suffix else "a file without an extension"
        raise CorpusError(
            path,
            f"is {kind}, which is not an article format",
            "Give a .txt, .md, .csv, .jsonl or .json (JSON Lines) file, or a folder of them",
        )


def _missing_hint(path: Path) -> str:
    if path.is_absolute():
        return "Check the spelling of the path"
    return f"Check the spelling; a relative path is taken from the current folder, {Path.cwd()}"


def _duplicate_error(article: Article, line: int | None, first: str) -> CorpusError:
    return CorpusError(
        article.source_path,
        f"duplicate id {article.id!r}: {first} already has it",
        "Give each article a unique id (front matter 'id:', an id column or an 'id' field), "
        "or remove the copy",
        line=line,
    )


def _nothing_loaded_error(paths: list[Path], problems: list[Problem]) -> CorpusError:
    where = ", ".join(str(p) for p in paths)
    if not problems:
        return CorpusError(where, "holds no articles", "Add article files or records")
    n_files = len({p.path for p in problems})
    return CorpusError(
        where,
        f"no article could be loaded: {len(problems)} problem(s) in {n_files} file(s) were skipped",
        f"Fix them and load again; the first was: {problems[0].message}",
    )


# --- reading and decoding -------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    """The file's text, decoded, with "\\n" line ends. Refuses binary files and files without text."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CorpusError(path, f"cannot be read: {error.strerror}", "Check the file's permissions") from None
    text = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(path, "has no text", "It is empty or only whitespace: add text or remove the file")
    return text


def _decode(data: bytes, path: Path) -> str:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise CorpusError(
                    path, f"starts with a {name} byte-order mark but is not valid {name}", "Save it as UTF-8"
                ) from None
    _refuse_binary(data, path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        warnings.warn(
            f"{path}: not valid UTF-8; decoded as cp1252 (Windows Western European). The first byte that is "
            f"not UTF-8 is on line {line}; save the file as UTF-8 if any character looks wrong",
            CorpusWarning,
            stacklevel=2,
        )
        return data.decode("cp1252", errors="replace")


def _refuse_binary(data: bytes, path: Path) -> None:
    kind = next((name for magic, name in _BINARY_MAGIC if data.startswith(magic)), None)
    if kind is None and b"\0" in data[:SNIFF_BYTES]:
        kind = "it contains NUL bytes; UTF-16 text without a byte-order mark looks like this too"
    if kind is not None:
        raise CorpusError(
            path,
            f"looks like a binary file ({kind}), not text",
            "Export it as plain text (UTF-8) and load that file",
        )


# --- building an article from fields -------------------------------------------------------------------


class _FieldError(Exception):
    """A field value that cannot be used; the caller adds the file and line."""

    def __init__(self, name: str, problem: str, hint: str):
        super().__init__(problem)
        self.name = name
        self.problem = problem
        self.hint = hint


def _build(values: Mapping[str, object], meta: dict, *, default_id: str, source_path: str) -> Article:
    """An Article from ``values`` (keys among FIELDS and 'text'); raises _FieldError for unusable values."""
    text = values.get("text")
    if text is None:
        raise _FieldError("text", f"has no text (looked for {', '.join(TEXT_FALLBACKS)})",
                          "Put the article text in a field named 'text'")
    if not isinstance(text, str):
        raise _FieldError("text", f"text must be a string, not {_kind(text)}", "Give the text as a string")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise _FieldError("text", "has no text", "Add the article text, or remove the record")
    found = {name: _as_text(values.get(name), name) for name in FIELDS if name != "published"}
    found["published"] = _iso_date(values.get("published"))
    found["id"] = found["id"] or default_id
    return Article(text=text, source_path=source_path, meta=meta, **found)


def _kind(value: object) -> str:
    return "nothing" if value is None else f"a {type(value).__name__}"


def _as_text(value: object, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise _FieldError(name, f"{name} is {str(value).lower()} (a yes/no value), not text",
                          f"Put the {name} in quotes so it is read as text")
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    raise _FieldError(name, f"{name} must be text, not {_kind(value)}", f"Give a single value for {name}")


def _iso_date(value: object) -> str:
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
    raise _FieldError("published", f"published date {value!r} is not a date like 2024-03-01",
                      "Write the date as YYYY-MM-DD, or leave it empty when unknown")


# --- text files with front matter ----------------------------------------------------------------------


def _text_articles(path: Path, stem: str, columns: CsvColumns) -> Iterator[_Loaded]:
    text = _read_text(path)
    front, body = _split_front_matter(text, path)
    if not body.strip():
        raise CorpusError(path, "has no text after its front matter", "Add the text below the closing ---")
    values = {k: v for k, v in front.items() if k in FIELDS}
    meta = {str(k): v for k, v in front.items() if k not in FIELDS}
    try:
        article = _build({**values, "text": body}, meta, default_id=stem, source_path=str(path))
    except _FieldError as error:
        raise CorpusError(path, error.problem, error.hint, line=_key_line(text, error.name)) from None
    yield _Loaded(article, None)


def _split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """(front matter mapping, body). The mapping is empty when the file has no front matter."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), None)
    if close is None:
        raise CorpusError(path, "front matter opened with --- is never closed",
                          "Add a line with only --- after the last key, or remove the first line", line=1)
    front = _parse_front_matter("\n".join(lines[1:close]), path)
    return front, "\n".join(lines[close + 1:])


def _parse_front_matter(source: str, path: Path) -> dict:
    try:
        front = yaml.safe_load(source)
    except yaml.constructor.ConstructorError as error:
        raise _yaml_error(error, path, tag=_yaml_tag(error)) from None
    except yaml.YAMLError as error:
        raise _yaml_error(error, path) from None
    except ValueError as error:  # a timestamp such as 2023-13-01 passes the YAML syntax but not the calendar
        raise CorpusError(path, f"front matter has a value that cannot be read: {error}",
                          "Check the dates: write them as YYYY-MM-DD") from None
    if front is None:
        return {}
    if not isinstance(front, dict):
        raise CorpusError(path, f"front matter must be 'key: value' lines, not {_kind(front)}",
                          "Write one 'key: value' per line, e.g. 'title: ...'", line=2)
    return front


def _yaml_tag(error: yaml.constructor.ConstructorError) -> str | None:
    match = re.search(r"tag '([^']*)'", error.problem or "")
    return match.group(1).replace("tag:yaml.org,2002:", "!!") if match else None


def _yaml_error(error: yaml.YAMLError, path: Path, tag: str | None = None) -> CorpusError:
    mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
    line = mark.line + 2 if mark else None  # the YAML starts on the file's second line
    if tag:
        return CorpusError(path, f"front matter uses the YAML tag {tag}; tags are not allowed",
                           "Remove the tag: front matter holds plain 'key: value' lines", line=line)
    problem = ", ".join(part for part in (error.problem, error.context) if part) or str(error)
    return CorpusError(path, f"front matter is not valid YAML ({problem})",
                       "Check the quotes and the colons on that line", line=line)


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", text, flags=re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


# --- CSV -----------------------------------------------------------------------------------------------


def _csv_articles(path: Path, stem: str, columns: CsvColumns) -> Iterator[_Loaded | CorpusError]:
    rows = _csv_rows(_read_text(path), path)
    header = _csv_header(rows, path)
    chosen = _csv_column_map(header, columns, path)
    used = set(chosen.values())
    for number, (line, row) in enumerate(rows[1:], 1):
        if len(row) != len(header):
            yield CorpusError(path, f"row has {len(row)} fields but the header has {len(header)}",
                              "Put fields that hold commas or line breaks in double quotes", line=line)
            continue
        record = dict(zip(header, row))
        values = {name: record[column] for name, column in chosen.items()}
        meta = {column: value for column, value in record.items() if column not in used}
        yield _record(values, meta, path=path, line=line, default_id=f"{stem}:{number}")


def _csv_rows(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """(first line, fields) for every non-blank row, header included."""
    old_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text), strict=True)
    rows, start = [], 1
    try:
        for row in reader:
            if row:
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise _csv_error(error, path, start, reader.line_num) from None
    finally:
        csv.field_size_limit(old_limit)
    return rows


def _csv_error(error: csv.Error, path: Path, start: int, line: int) -> CorpusError:
    hint = 'Check for a stray double quote; inside a quoted field write a quote as two quotes ("")'
    if "unexpected end of data" in str(error):
        return CorpusError(path, "a quoted field that starts in this row is never closed", hint, line=start)
    if line > start:  # the reader went on past the row's end: a quote of this row is not closed where meant
        problem = f"is not valid CSV ({error}): a quoted field that starts in this row runs on to line {line}"
        return CorpusError(path, problem, hint, line=start)
    return CorpusError(path, f"is not valid CSV ({error})", hint, line=line)


def _csv_header(rows: list[tuple[int, list[str]]], path: Path) -> list[str]:
    header = [name.strip() or f"column_{i}" for i, name in enumerate(rows[0][1], 1)]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise CorpusError(path, f"the header names column(s) {repeated} more than once",
                          "Give every column a distinct name", line=rows[0][0])
    if len(rows) == 1:
        raise CorpusError(path, "has a header row but no rows", "Export the articles, not only the header")
    return header


def _csv_column_map(header: list[str], columns: CsvColumns, path: Path) -> dict[str, str]:
    """Article field -> CSV column, for the fields the file has."""
    chosen = {}
    for name in (f.name for f in fields(CsvColumns)):
        configured = getattr(columns, name)
        fallbacks = TEXT_FALLBACKS if name == "text" else (name,)
        column = next((c for c in (configured, *fallbacks) if c in header), None)
        if column is not None:
            chosen[name] = column
        elif name == "text" or configured != getattr(_DEFAULT_COLUMNS, name):
            raise _missing_column_error(path, name, configured, header)
    return chosen


def _missing_column_error(path: Path, name: str, configured: str, header: list[str]) -> CorpusError:
    looked_for = (configured, *TEXT_FALLBACKS) if name == "text" else (configured,)
    hint = f"Pass the {name} column, e.g. load_corpus(path, columns=CsvColumns({name}='...'))"
    if len(header) == 1 and any(sep in header[0] for sep in ";\t|"):
        hint = "The file seems not to be comma-separated: save it as CSV with commas. " + hint
    return CorpusError(
        path,
        f"has no {name} column (looked for {', '.join(dict.fromkeys(looked_for))}); "
        f"its columns are: {', '.join(header)}",
        hint,
        line=1,
    )


def _record(values: Mapping, meta: dict, *, path: Path, line: int, default_id: str) -> _Loaded | CorpusError:
    try:
        return _Loaded(_build(values, meta, default_id=default_id, source_path=str(path)), line)
    except _FieldError as error:
        return CorpusError(path, error.problem, error.hint, line=line)


# --- JSON Lines ----------------------------------------------------------------------------------------


def _jsonl_articles(path: Path, stem: str, columns: CsvColumns) -> Iterator[_Loaded | CorpusError]:
    text = _read_text(path)
    if text.lstrip().startswith("["):
        raise CorpusError(path, "holds a JSON array; the loader reads JSON Lines (one object per line)",
                          "Write one object per line, e.g. with: jq -c '.[]' in.json > out.jsonl", line=1)
    for line, source in enumerate(text.split("\n"), 1):
        if source.strip():
            yield _json_record(source, path=path, line=line, default_id=f"{stem}:{line}" if stem else None)


def _json_record(source: str, *, path: Path, line: int, default_id: str | None) -> _Loaded | CorpusError:
    try:
        record = json.loads(source)
    except json.JSONDecodeError as error:
        return CorpusError(path, f"is not valid JSON ({error.msg}, column {error.colno})",
                           "Write one complete JSON object per line", line=line)
    if not isinstance(record, dict):
        return CorpusError(path, f"holds {_kind(record)}, not a JSON object",
                           'Write one object per line, e.g. {"id": "a1", "text": "..."}', line=line)
    values, used = _json_values(record)
    meta = {key: value for key, value in record.items() if key not in used}
    if default_id is None:
        default_id = content_id(values["text"]) if isinstance(values.get("text"), str) else ""
    return _record(values, meta, path=path, line=line, default_id=default_id)


def _json_values(record: dict) -> tuple[dict, set]:
    """(article values, keys they came from); for each field the first key with a value wins."""
    values, used = {}, set()
    for name in ("text", *FIELDS):
        keys = TEXT_FALLBACKS if name == "text" else JSON_ALIASES.get(name, (name,))
        key = next((k for k in keys if record.get(k) not in (None, "")), None)
        if key is not None:
            values[name] = record[key]
            used.add(key)
    return values, used


_PARSERS = {
    ".txt": _text_articles,
    ".md": _text_articles,
    ".csv": _csv_articles,
    ".jsonl": _jsonl_articles,
    ".json": _jsonl_articles,
}
