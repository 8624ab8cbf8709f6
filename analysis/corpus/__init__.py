"""Loading and validating articles from folders, CSV exports and JSON Lines files.

:func:`load_corpus` turns files into :class:`Article` records. It accepts one path or a list of paths:

* **A folder**: every ``*.txt``, ``*.md``, ``*.csv`` and ``*.jsonl`` file in it and its sub-folders, in
  sorted order (:mod:`.walk`). Hidden files and folders and ``README.md`` / ``README.txt`` are skipped;
  files of other formats (``.docx``, ``.pdf``, ``.rtf``, ``.html`` ...) are listed with how to convert
  them; links out of the folder are listed and not followed unless ``follow_links=True``.
* **A text file** (``.txt``, ``.md``, :mod:`.frontmatter`): one article, at most 50 MiB. It may open with
  YAML front matter between a first line ``---`` and a closing ``---`` line::

      ---
      title: Troops on standby
      outlet: The Intercept
      published: 2023-10-20
      label: left
      language: en
      ---
      US troops in Iraq are "on standby" ...

  Keys ``id``, ``title``, ``outlet``, ``published``, ``url``, ``label``, ``story`` and ``language`` fill
  the article's fields; any other key goes to ``Article.meta``. Front matter is read with a safe loader
  that refuses YAML tags, aliases and anchors. The id is the path relative to the folder without its
  extension (``sub/a`` for ``sub/a.txt``), or the file's stem when the file was given directly, unless the
  front matter sets ``id``.
* **A CSV file** (``.csv``, :mod:`.csvfile`): one article per row, with a header row, read as a stream.
  The column names default to a Media Cloud export (see :class:`CsvColumns`); other columns go to
  ``Article.meta``. The id is the ``id`` column, or ``<file stem>:<row number>``.
* **A JSON Lines file** (``.jsonl``, or ``.json`` given directly, :mod:`.jsonl`): one JSON object per line,
  read as a stream. The id is the ``id`` field, or ``<file stem>:<line number>``.

Files are decoded as described in :mod:`.decode`; every bound (file size, record size, front matter size,
nesting depth) is in :mod:`.limits`. ``published`` is always ``'YYYY-MM-DD'`` or ``''``. ``language`` is
the given ISO 639-1 code or the one :func:`detect_language` finds (:mod:`.language`).

A file or record that cannot be used raises :class:`~analysis.errors.CorpusError` naming the file, the line
where there is one, and what to change. With ``skip_bad=True`` each such error becomes a :class:`Problem`
in ``Corpus.problems`` and loading goes on; it still raises when no article at all could be loaded, and
for paths that do not exist or are not article files. Input files are only ever opened for reading.
"""
from __future__ import annotations

from .language import ENGLISH, SCORED_LANGUAGES, detect_language, is_scored, language_warning
from .limits import MAX_FILE_BYTES, MAX_FRONT_MATTER_CHARS, MAX_NESTING, MAX_RECORD_CHARS
from .loader import load_corpus
from .model import (
    FIELDS,
    TEXT_FALLBACKS,
    Article,
    Corpus,
    CorpusWarning,
    CsvColumns,
    LanguageWarning,
    Problem,
    content_id,
)
from .walk import FOLDER_SUFFIXES, OTHER_FORMATS, TEXT_SUFFIXES

__all__ = [
    "ENGLISH",
    "FIELDS",
    "FOLDER_SUFFIXES",
    "MAX_FILE_BYTES",
    "MAX_FRONT_MATTER_CHARS",
    "MAX_NESTING",
    "MAX_RECORD_CHARS",
    "OTHER_FORMATS",
    "SCORED_LANGUAGES",
    "TEXT_FALLBACKS",
    "TEXT_SUFFIXES",
    "Article",
    "Corpus",
    "CorpusWarning",
    "CsvColumns",
    "LanguageWarning",
    "Problem",
    "content_id",
    "detect_language",
    "is_scored",
    "language_warning",
    "load_corpus",
]
