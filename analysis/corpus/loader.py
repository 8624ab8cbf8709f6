"""The loader: one path or a list of paths in, a :class:`Corpus` out."""
from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from pathlib import Path

from ..errors import CorpusError
from .csvfile import csv_articles
from .fields import Loaded
from .frontmatter import text_articles
from .jsonl import jsonl_articles
from .language import SCORED_LANGUAGES, is_scored, language_warning
from .limits import listed, quoted
from .model import DEFAULT_COLUMNS, Article, Corpus, CsvColumns, LanguageWarning, Problem
from .walk import FOLDER_SUFFIXES, OTHER_FORMATS, Found, conversion_hint, other_format_error, walk

PathLike = str | os.PathLike

PARSERS = {
    ".txt": text_articles,
    ".md": text_articles,
    ".csv": csv_articles,
    ".jsonl": jsonl_articles,
    ".json": jsonl_articles,
}


def load_corpus(
    path_or_paths: PathLike | Iterable[PathLike],
    *,
    skip_bad: bool = False,
    columns: CsvColumns | None = None,
    follow_links: bool = False,
) -> Corpus:
    """Load every article under one path or a list of paths (folders, .txt, .md, .csv, .jsonl files).

    Raises :class:`CorpusError` at the first unusable file or record, or, with ``skip_bad=True``, records it
    in ``Corpus.problems`` and goes on. Missing paths, unsupported file types, folders without article files
    and a load that yields no article at all raise even with ``skip_bad``. Ids must be unique. Files in a
    folder that are never read (other formats, links out of the folder unless ``follow_links=True``) are
    always listed in ``Corpus.problems``. Articles not in English give one :class:`LanguageWarning`.
    """
    paths = as_paths(path_or_paths)
    loader = Loader(skip_bad=skip_bad, columns=columns or DEFAULT_COLUMNS, follow_links=follow_links)
    for path in paths:
        loader.load_path(path)
    return loader.finish(paths)


def as_paths(path_or_paths) -> list[Path]:
    if isinstance(path_or_paths, (str, os.PathLike)):
        return [Path(path_or_paths)]
    paths = [Path(p) for p in path_or_paths]
    if not paths:
        raise CorpusError("(no paths)", "no file or folder was given", "Pass a folder, a file or a list")
    return paths


def _where(path: str, line: int | None) -> str:
    return f"{path}, line {line}" if line else path


class Loader:
    """Collects articles, enforces unique ids and turns errors into problems when ``skip_bad``."""

    def __init__(self, *, skip_bad: bool, columns: CsvColumns, follow_links: bool):
        self.skip_bad = skip_bad
        self.columns = columns
        self.follow_links = follow_links
        self.articles: list[Article] = []
        self.problems: list[Problem] = []
        self.files: list[str] = []
        self.first_seen: dict[str, str] = {}

    def load_path(self, path: Path) -> None:
        if path.is_dir():
            self.load_folder(path)
        elif path.is_file():
            check_suffix(path)
            self.load_file(Found(path, path.stem, path.name))
        elif path.exists():
            self.load_file(Found(path, path.stem, path.name))  # a pipe or device: refused when opened
        elif os.path.islink(path):
            raise CorpusError(path, "is a symbolic link that is broken or loops", "Point at the file itself")
        else:
            raise CorpusError(path, "does not exist", missing_hint(path))

    def load_folder(self, folder: Path) -> None:
        found = walk(folder, self.follow_links)
        if not found.files:
            raise empty_folder_error(folder, found.other_formats)
        self.problems.extend(Problem.from_error(error) for error in found.notices)
        for file in found.files:
            self.load_file(file)

    def load_file(self, file: Found) -> None:
        parse = PARSERS.get(file.path.suffix.lower(), text_articles)
        loaded: list[Loaded | CorpusError] = []
        try:
            loaded.extend(parse(file.path, file.stem, file.source, self.columns))
        except CorpusError as error:  # the whole file is unusable: none of its records count
            self.fail(error)
            return
        self.files.append(str(file.path))
        for item in loaded:
            if isinstance(item, CorpusError):
                self.fail(item)
            else:
                self.add(item, file.path)

    def add(self, item: Loaded, path: Path) -> None:
        article = item.article
        first = self.first_seen.get(article.id)
        if first is not None:
            self.fail(_duplicate_error(path, article, item.line, first))
            return
        self.first_seen[article.id] = _where(str(path), item.line)
        self.articles.append(article)

    def fail(self, error: CorpusError) -> None:
        if not self.skip_bad:
            raise error
        self.problems.append(Problem.from_error(error))

    def finish(self, paths: list[Path]) -> Corpus:
        if not self.articles:
            raise nothing_loaded_error(paths, self.problems)
        message = language_warning((a.id, a.language) for a in self.articles
                                   if not is_scored(a.language, SCORED_LANGUAGES))
        if message:
            warnings.warn(message, LanguageWarning, stacklevel=3)
        return Corpus(self.articles, self.problems, self.files)


def check_suffix(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix in OTHER_FORMATS:
        raise other_format_error(path)
    if suffix not in PARSERS:
        kind = f"a {path.suffix} file" if path.suffix else "a file without an extension"
        raise CorpusError(path, f"is {kind}, which is not an article format",
                          "Give a .txt, .md, .csv, .jsonl or .json (JSON Lines) file, or a folder of them")


def empty_folder_error(folder: Path, other_formats: list[str]) -> CorpusError:
    looked_for = ", ".join(f"*{s}" for s in FOLDER_SUFFIXES)
    if other_formats:
        first = folder / other_formats[0]
        return CorpusError(
            folder,
            f"holds no article files, only {len(other_formats)} file(s) of other formats "
            f"({listed(other_formats)}); the loader reads {looked_for}",
            f"Put the articles in this folder as plain text (.txt, UTF-8), converting these first; "
            f"for {first.name}: {conversion_hint(first)}",
        )
    return CorpusError(
        folder,
        f"is a folder with no article files (looked for {looked_for} in it and its sub-folders, "
        "skipping hidden files and README files)",
        "Put the articles in this folder, or point at the folder that holds them",
    )


def missing_hint(path: Path) -> str:
    if path.is_absolute():
        return "Check the spelling of the path"
    return f"Check the spelling; a relative path is taken from the current folder, {Path.cwd()}"


def _duplicate_error(path: Path, article: Article, line: int | None, first: str) -> CorpusError:
    return CorpusError(
        path,
        f"duplicate id {quoted(article.id)}: {first} already has it",
        "Give each article a unique id (front matter 'id:', an id column or an 'id' field), "
        "or remove the copy",
        line=line,
    )


def nothing_loaded_error(paths: list[Path], problems: list[Problem]) -> CorpusError:
    where = ", ".join(str(p) for p in paths)
    if not problems:
        return CorpusError(where, "holds no articles", "Add article files or records")
    n_files = len({p.path for p in problems})
    return CorpusError(
        where,
        f"no article could be loaded: {len(problems)} problem(s) in {n_files} file(s) were skipped",
        f"Fix them and load again; the first was: {problems[0].message}",
    )
