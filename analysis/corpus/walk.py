"""Finding the article files in a folder: sub-folders, hidden files, other formats, links.

* Every ``*.txt``, ``*.md``, ``*.csv`` and ``*.jsonl`` file in the folder and its sub-folders is an article
  file. Hidden files and folders (names starting with ``.``) and ``README.md`` / ``README.txt`` are skipped.
* Files of other formats that people keep articles in (``.docx``, ``.doc``, ``.odt``, ``.rtf``, ``.pdf``,
  ``.html``, spreadsheets ...) are not read; each is listed with how to convert it.
* Links are followed while they stay inside the folder. A link that points outside it (say to
  ``/etc/passwd`` or ``/dev/zero``) is listed as skipped, unless ``follow_links=True``. Links to folders
  inside the folder are not walked again (their files are read where they are); broken links and links
  that loop are listed. Walking is iterative, so any depth of folders is fine.
"""
from __future__ import annotations

import errno
import os
import shlex
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError

TEXT_SUFFIXES = (".txt", ".md")
FOLDER_SUFFIXES = (".txt", ".md", ".csv", ".jsonl")
"""What a folder is searched for. A ``.json`` file counts only when given directly (in folders: config)."""

_PANDOC = "pandoc -t plain -o {txt} {name}"
_OFFICE = "soffice --headless --convert-to txt:Text {name}"
OTHER_FORMATS = {
    ".docx": ("a Word document", _PANDOC),
    ".doc": ("an old Word document", _OFFICE),
    ".odt": ("an OpenDocument text", _PANDOC),
    ".rtf": ("an RTF document", _OFFICE),
    ".pages": ("a Pages document", ""),
    ".epub": ("an e-book", _PANDOC),
    ".pdf": ("a PDF document", "pdftotext -enc UTF-8 {name} {txt}"),
    ".html": ("a web page", "pandoc -f html -t plain -o {txt} {name}"),
    ".htm": ("a web page", "pandoc -f html -t plain -o {txt} {name}"),
    ".xlsx": ("a spreadsheet", ""),
    ".xls": ("a spreadsheet", ""),
    ".ods": ("a spreadsheet", ""),
}
"""Formats listed as skipped, with (what it is, a command that converts it to plain text)."""


def conversion_hint(path: Path) -> str:
    """How to turn a file of another format into something the loader reads."""
    what, command = OTHER_FORMATS.get(path.suffix.lower(), ("", ""))
    if what == "a spreadsheet":
        return "Save it as CSV (UTF-8, comma-separated) with one article per row and a text column"
    txt = shlex.quote(path.with_suffix(".txt").name)
    how = f", or convert it with: {command.format(name=shlex.quote(path.name), txt=txt)}" if command else ""
    return f"Save it as plain text (.txt, UTF-8) in the application that made it{how}"


def other_format_error(path: Path) -> CorpusError:
    what = OTHER_FORMATS.get(path.suffix.lower(), ("a file of another format", ""))[0]
    return CorpusError(path, f"is {what} ({path.suffix}), which is not read", conversion_hint(path))


@dataclass(frozen=True)
class Found:
    """An article file: the path to open, its default id (``sub/a``) and its recorded path."""

    path: Path
    stem: str
    source: str


@dataclass
class Walk:
    """What a folder holds: article files in order, files listed but not read, files of other formats."""

    files: list[Found] = field(default_factory=list)
    notices: list[CorpusError] = field(default_factory=list)
    other_formats: list[str] = field(default_factory=list)


def is_article_name(path: Path) -> bool:
    if path.name.startswith(".") or path.suffix.lower() not in FOLDER_SUFFIXES:
        return False
    return not (path.stem.lower() == "readme" and path.suffix.lower() in TEXT_SUFFIXES)


def walk(folder: Path, follow_links: bool = False) -> Walk:
    """The article files under ``folder``, sorted by relative path, and what was skipped on the way."""
    walker = _Walker(folder, follow_links)
    walker.run()
    walker.result.files.sort(key=lambda f: f.stem + "\0" + f.path.suffix)
    walker.result.notices.sort(key=lambda e: e.path)
    walker.result.other_formats.sort()
    return walker.result


class _Walker:
    def __init__(self, folder: Path, follow_links: bool):
        self.folder = folder
        self.root = Path(os.path.realpath(folder))
        self.base = folder.name or self.root.name
        self.follow_links = follow_links
        self.result = Walk()
        self.visited: set[tuple[int, int]] = set()
        self.pending: list[tuple[Path, str]] = []

    def run(self) -> None:
        self.enter(self.folder, "", via_link=False)
        while self.pending:
            directory, rel = self.pending.pop()
            try:
                entries = list(os.scandir(directory))
            except OSError as error:
                self.notice(directory, f"is a folder that cannot be read: {error.strerror}",
                            "Check the folder's permissions")
                continue
            for entry in entries:
                if not entry.name.startswith("."):
                    self.visit(entry, rel + entry.name)

    def visit(self, entry: os.DirEntry, rel: str) -> None:
        path = Path(entry.path)
        if entry.is_symlink():
            self.visit_link(path, rel)
        elif entry.is_dir(follow_symlinks=False):
            self.enter(path, rel + "/", via_link=False)
        else:
            self.file(path, rel)

    def visit_link(self, path: Path, rel: str) -> None:
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as error:
            if self.worth_listing(path):
                what = "loops (it points back to itself)" if error.errno == errno.ELOOP else "is broken"
                self.notice(path, f"is a symbolic link that {what}", "Remove the link or point it at a file")
            return
        target = Path(os.path.realpath(path))
        inside = target == self.root or self.root in target.parents
        if not inside and not self.follow_links:
            if is_dir or self.worth_listing(path):
                what = "folder" if is_dir else "file"
                self.notice(path, f"is a link to a {what} outside the corpus folder; such links are not "
                                  "followed", "Copy the file into the folder, or pass --follow-links (in Python: "
                                  "load_corpus(..., follow_links=True))")
        elif is_dir:
            if not inside:  # links to folders inside are read where they are
                self.enter(path, rel + "/", via_link=True)
        else:
            self.file(path, rel)

    def enter(self, path: Path, rel: str, via_link: bool) -> None:
        try:
            info = os.stat(path)
        except OSError as error:
            self.notice(path, f"is a folder that cannot be read: {error.strerror}", "Check its permissions")
            return
        key = (info.st_dev, info.st_ino)
        if key in self.visited:
            if via_link:
                self.notice(path, "is a link to a folder that is already read; not read twice",
                            "Remove the link, or point it at another folder")
            return
        self.visited.add(key)
        self.pending.append((path, rel))

    def file(self, path: Path, rel: str) -> None:
        suffix = path.suffix.lower()
        if is_article_name(path):
            stem = rel[: len(rel) - len(path.suffix)] if path.suffix else rel
            self.result.files.append(Found(path, stem, f"{self.base}/{rel}"))
        elif suffix in OTHER_FORMATS:
            self.result.other_formats.append(rel)
            self.result.notices.append(other_format_error(path))

    @staticmethod
    def worth_listing(path: Path) -> bool:
        return is_article_name(path) or path.suffix.lower() in OTHER_FORMATS or not path.suffix

    def notice(self, path: Path, problem: str, hint: str) -> None:
        self.result.notices.append(CorpusError(path, problem, hint))
