"""Reading a corpus one file at a time, for runs whose memory must not grow with the corpus.

:class:`Stream` yields the same articles, in the same order, with the same checks (unique ids, bad files
raised or, with ``skip_bad``, listed in ``problems``) as :func:`~analysis.corpus.load_corpus`, but holds only
the articles of the file being read. A collection of many files (a folder of articles, or a large export
split into JSON Lines shards) is therefore read in constant memory; a CSV or JSONL file is read as a stream
of records too.
"""
from __future__ import annotations

import os
from typing import Iterator

from ..errors import CorpusError
from .loader import as_paths, check_suffix, empty_folder_error, Loader, missing_hint, nothing_loaded_error
from .model import DEFAULT_COLUMNS, CsvColumns, Problem
from .walk import Found, walk


class Stream:
    """The articles under ``paths`` (one path or a list), read lazily; iterate once.

    After iteration ``problems`` lists skipped files or records and ``source_files`` every file read.
    """

    def __init__(self, paths, *, skip_bad: bool = False, columns: CsvColumns | None = None,
                 follow_links: bool = False):
        self.paths = as_paths(paths)
        self._loader = Loader(skip_bad=skip_bad, columns=columns or DEFAULT_COLUMNS, follow_links=follow_links)
        self.count = 0

    @property
    def problems(self) -> list[Problem]:
        return self._loader.problems

    @property
    def source_files(self) -> list[str]:
        return self._loader.files

    def files(self) -> Iterator[Found]:
        """Every article file, checking each path as :func:`~analysis.corpus.load_corpus` does."""
        for path in self.paths:
            if path.is_dir():
                found = walk(path, self._loader.follow_links)
                if not found.files:
                    raise empty_folder_error(path, found.other_formats)
                self._loader.problems.extend(Problem.from_error(error) for error in found.notices)
                yield from found.files
            elif path.is_file():
                check_suffix(path)
                yield Found(path, path.stem, path.name)
            elif path.exists():
                yield Found(path, path.stem, path.name)  # a pipe or device: refused when opened
            elif os.path.islink(path):
                raise CorpusError(path, "is a symbolic link that is broken or loops", "Point at the file itself")
            else:
                raise CorpusError(path, "does not exist", missing_hint(path))

    def __iter__(self) -> Iterator:
        loader = self._loader
        for file in self.files():
            loader.load_file(file)
            articles, loader.articles = loader.articles, []
            self.count += len(articles)
            yield from articles
        if not self.count:
            raise nothing_loaded_error(self.paths, loader.problems)
