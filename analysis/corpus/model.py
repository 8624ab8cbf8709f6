"""What the loader produces: :class:`Article`, :class:`Problem`, :class:`Corpus`, and :class:`CsvColumns`."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..errors import CorpusError

FIELDS = ("id", "title", "outlet", "published", "url", "label", "story", "language")
"""Article fields that front matter, CSV columns and JSON fields may set, besides ``text``."""

TEXT_FALLBACKS = ("text", "body", "content", "story_text", "full_text")
"""Where the article text is looked for when the configured text column or field is absent, in order."""


class CorpusWarning(UserWarning):
    """A file was loaded, but perhaps not as its author meant (for example decoded as cp1252)."""


class LanguageWarning(CorpusWarning):
    """Some articles are not in English, so the English measures will not score them."""


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about it.

    ``published`` is ``'YYYY-MM-DD'`` or ``''`` when unknown; the other metadata fields are ``''`` when
    unknown. ``language`` is an ISO 639-1 code (``'en'``, ``'de'``), given by the user (front matter, column
    or field ``language``) or detected by :func:`~analysis.corpus.detect_language`; ``''`` when unknown.
    ``source_path`` is the file relative to the corpus folder's parent (``articles/sub/a.txt``), or the
    file's name when the file was given directly, so no home folder is recorded. ``meta`` holds extra
    front-matter keys, CSV columns or JSON fields, as read.
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
    language: str = ""

    @property
    def n_chars(self) -> int:
        """Length of ``text`` in characters (not bytes)."""
        return len(self.text)


@dataclass(frozen=True)
class Problem:
    """A file or record that was skipped; ``message`` says why and what to do.

    Bad files and records become problems with ``load_corpus(..., skip_bad=True)``; files that are never
    read (other formats such as ``.docx``, links out of the folder) are always listed as problems.
    """

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
    """The loaded articles in file order, the problems skipped on the way, and every file that was read.

    ``source_files`` are the paths (as given, openable) of the files articles were read from; files that
    could not be opened or were refused are not among them.
    """

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
    text under :data:`TEXT_FALLBACKS`. A column you changed from its default must exist. ``id``, ``label``,
    ``story`` and ``language`` are optional: without an id column, rows get ``<file stem>:<row number>``.
    """

    id: str = "id"
    title: str = "title"
    url: str = "url"
    published: str = "publish_date"
    outlet: str = "media_name"
    text: str = "text"
    label: str = "label"
    story: str = "story"
    language: str = "language"


DEFAULT_COLUMNS = CsvColumns()


def content_id(text: str) -> str:
    """A stable id from the text alone: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
