"""What produced a run's numbers: the versions of the package, its libraries, the sentiment scorers, the
tagger, and each lexicon (name, version, files, SHA-256 of each file, entries). Recorded with every run."""
from __future__ import annotations

import hashlib
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .measures.sentiment import implementations
from .text import tagger_version

#: The libraries whose versions are recorded.
LIBRARIES = ("nltk", "textblob", "vaderSentiment", "pandas", "matplotlib", "papermill", "nbconvert", "PyYAML")


def package_version(package: str) -> str:
    """The installed version of ``package``, or ``"not installed"``."""
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def describe(lexicons: dict) -> dict:
    """The versions behind an analyzer whose lexicons by kind are ``lexicons``."""
    found = {}
    for kind, lx in lexicons.items():
        digests = [hashlib.sha256(Path(p).read_bytes()).hexdigest() if os.path.exists(p) else ""
                   for p in lx.path.split(";")]
        found[kind] = {"name": lx.name, "version": lx.version, "files": lx.path.split(";"),
                       "sha256": digests, "entries": len(lx.entries)}
    return {
        "framing-analysis": package_version("framing-analysis"),
        "libraries": {p: package_version(p) for p in LIBRARIES},
        "sentiment": implementations(),
        "tagger": tagger_version(),
        "lexicons": found,
    }
