"""Reading a corpus one file at a time, for runs whose memory must not grow with the corpus.

:class:`Stream` yields the same articles, in the same order, with the same checks (unique ids, bad files
raised or, with ``skip_bad``, listed in ``problems``) as :func:`analysis.corpus.load_corpus`, but holds only
the articles of the file being read. A collection of many files (a folder of articles, or a large export
split into JSON Lines shards) is therefore read in constant memory; one very large CSV or JSONL file is still
read whole.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..corpus import Article, CsvColumns, Problem, _article_files, _as_paths, _check_suffix, _Loader
from ..corpus import _missing_hint, _nothing_loaded_error
from ..errors import CorpusError


class Stream:
    """The articles under ``paths`` (one path or a list), read lazily; iterate once.

    After iteration ``problems`` lists skipped files or records and ``source_files`` every file read.
    """

    def __init__(self, paths, *, skip_bad: bool = False, columns: CsvColumns | None = None):
        self.paths = _as_paths(paths)
        self._loader = _Loader(skip_bad=skip_bad, columns=columns or CsvColumns())
        self.count = 0

    @property
    def problems(self) -> list[Problem]:
        return self._loader.problems

    @property
    def source_files(self) -> list[str]:
        return self._loader.files

    def files(self) -> Iterator[tuple[Path, str]]:
        """(file, id stem) of every article file, checking each path as load_corpus does."""
        for path in self.paths:
            if path.is_dir():
                found = _article_files(path)
                if not found:
                    raise CorpusError(path, "is a folder with no article files", "Put the articles in this "
                                      "folder, or point at the folder that holds them")
                yield from found
            elif path.is_file():
                _check_suffix(path)
                yield path, path.stem
            elif path.exists():
                raise CorpusError(path, "is neither a file nor a folder",
                                  "Point at a folder or an article file")
            else:
                raise CorpusError(path, "does not exist", _missing_hint(path))

    def __iter__(self) -> Iterator[Article]:
        loader = self._loader
        for file, stem in self.files():
            loader.load_file(file, stem)
            articles, loader.articles = loader.articles, []
            self.count += len(articles)
            yield from articles
        if not self.count:
            raise _nothing_loaded_error(self.paths, loader.problems)
