"""Opening article files safely and decoding their bytes.

Only regular files are opened (a named pipe, a device such as ``/dev/zero`` or a socket is refused before
anything is read, so nothing blocks), and only for reading. Text is decoded as UTF-8 with or without a
byte-order mark, UTF-16/32 with a byte-order mark, otherwise as cp1252 with a :class:`CorpusWarning`.
Binary files (images, PDFs, Word files) are refused. Line ends become ``"\\n"``.
"""
from __future__ import annotations

import codecs
import io
import os
import stat
import warnings
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import CorpusError
from .limits import MAX_FILE_BYTES, SNIFF_BYTES
from .model import CorpusWarning

CHUNK_BYTES = 1024 * 1024
"""Bytes read at a time when a large CSV or JSON Lines file is checked for valid UTF-8."""

_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, such as a .docx or .xlsx file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office .doc/.xls file"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"{\\rtf", "RTF document"),
)

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def open_regular(path: Path) -> tuple[BinaryIO, int]:
    """(binary file, size in bytes), read-only; refuses anything but a regular file, without blocking."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise CorpusError(path, f"cannot be read: {error.strerror}",
                          "Check that it exists and its permissions") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
        raise CorpusError(path, f"is {kind}, not a file of text", "Point at regular files of articles only")
    return os.fdopen(fd, "rb"), info.st_size


def read_text(path: Path) -> str:
    """The whole file's text, decoded, with "\\n" line ends; at most :data:`MAX_FILE_BYTES` bytes."""
    handle, size = open_regular(path)
    with handle:
        if size > MAX_FILE_BYTES:
            raise too_big(path, size)
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # the file grew while it was read
        raise too_big(path, len(data))
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(path, "has no text", "It is empty or only whitespace: add text or remove the file")
    return text


def too_big(path: Path, size: int) -> CorpusError:
    return CorpusError(
        path,
        f"is {size / 2**20:,.1f} MiB; article files over {MAX_FILE_BYTES // 2**20} MiB are refused",
        "Split it into one file per article, or give the articles as CSV or JSON Lines (one per row)",
    )


def decode(data: bytes, path: Path) -> str:
    """``data`` decoded as described in the module's docstring; raises CorpusError for binary data."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise _bad_bom(path, name) from None
    refuse_binary(data[:SNIFF_BYTES], path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        _warn_cp1252(path, data.count(b"\n", 0, error.start) + 1)
        return data.decode("cp1252", errors="replace")


def open_text(path: Path) -> TextIO:
    """The file as a stream of text lines ("\\n" line ends), for CSV and JSON Lines files of any size.

    The bytes are checked once, a chunk at a time, to choose the encoding as :func:`decode` would.
    """
    handle, _ = open_regular(path)
    try:
        head = handle.read(SNIFF_BYTES)
        codec = _stream_codec(handle, head, path)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    errors = "replace" if codec == "cp1252" else "strict"
    return io.TextIOWrapper(handle, encoding=codec, errors=errors, newline=None)


def _stream_codec(handle: BinaryIO, head: bytes, path: Path) -> str:
    bom = next(((codec, name) for mark, codec, name in _BOMS if head.startswith(mark)), None)
    if bom is None:
        refuse_binary(head, path)
    codec, name = bom or ("utf-8-sig", "UTF-8")
    decoder = codecs.getincrementaldecoder(codec)()
    chunk, lines = head, 1
    try:
        while chunk:
            decoder.decode(chunk)
            lines += chunk.count(b"\n")
            chunk = handle.read(CHUNK_BYTES)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        if bom is not None:
            raise _bad_bom(path, name) from None
        _warn_cp1252(path, lines + chunk.count(b"\n", 0, max(error.start, 0)))
        return "cp1252"
    return codec


def refuse_binary(head: bytes, path: Path) -> None:
    """Raise CorpusError when the first bytes of a file show it is binary (magic number or NUL bytes)."""
    kind = next((name for magic, name in _BINARY_MAGIC if head.startswith(magic)), None)
    if kind is None and b"\0" in head:
        kind = "it contains NUL bytes; UTF-16 text without a byte-order mark looks like this too"
    if kind is not None:
        raise CorpusError(path, f"looks like a binary file ({kind}), not text",
                          "Export it as plain text (UTF-8) and load that file")


def _bad_bom(path: Path, name: str) -> CorpusError:
    return CorpusError(path, f"starts with a {name} byte-order mark but is not valid {name}",
                       "Save it as UTF-8")


def _warn_cp1252(path: Path, line: int) -> None:
    warnings.warn(
        f"{path}: not valid UTF-8; decoded as cp1252 (Windows Western European). The first byte that is "
        f"not UTF-8 is on line {line}; save the file as UTF-8 if any character looks wrong",
        CorpusWarning,
        stacklevel=4,
    )
