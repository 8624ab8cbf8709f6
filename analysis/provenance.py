"""What produced a run's numbers: the versions of the package, its libraries, the sentiment scorers, the
tagger, and each lexicon (name, version, files, SHA-256 of each file, entries). Recorded with every run."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .measures.sentiment import implementations
from .paths import PACKAGE_DIR
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


#: Source files whose code decides the rows besides the measures' own modules (splitting, lexicon
#: compilation and matching, the voice layer, building rows): a change in any of them changes every key.
SHARED_CODE = ("text.py", "tagging.py", "lexicon.py", "matching.py", "patterns.py", "wordindex.py", "pipeline.py", "results.py",
               "stopwords.py", "voice.py", "statements.py", "attribution.py", "clauses.py", "governing.py", "hearsay.py", "pasted.py", "viewpoints.py", "credited.py", "echoes.py", "charges.py",
               "judging.py", "speakers.py", "quoting.py", "names.py", "embeds.py", "transcripts.py", "furniture.py", "headings.py", "columns.py",
               "sentences.py", "frozen.py")
#: The package's other top-level modules, which decide no row: running, reading input, errors, paths and
#: progress. A new top-level module belongs in one of the two lists (a test checks it).
NOT_RESULTS = ("__init__.py", "__main__.py", "batches.py", "csvio.py", "errors.py", "paths.py", "progress.py",
               "provenance.py", "pysource.py")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=64)
def _file_digest(path: str) -> str:
    file = Path(path)
    return _digest(file.read_bytes()) if file.exists() else ""


def measure_versions() -> dict[str, str]:
    """``{measure module: digest}`` for every module of ``analysis/measures``, ``shared`` for the code
    every measure relies on (:data:`SHARED_CODE`), each extra measure's module, and each data file of
    :func:`shared_data` (the plain senses): a changed rule changes its module's or file's digest, so results
    made under the old rule are never reused."""
    from importlib.util import find_spec

    from .measures.registry import extra_modules

    out = {p.stem: _file_digest(str(p))[:16] for p in sorted((PACKAGE_DIR / "measures").glob("*.py"))}
    for module in extra_modules():  # a researcher's own measures (FRAMING_EXTRA_MEASURES)
        origin = getattr(find_spec(module), "origin", "") or ""
        out[f"extra:{module}"] = _file_digest(origin)[:16]
    out["shared"] = _digest("".join(_file_digest(str(PACKAGE_DIR / f)) for f in SHARED_CODE).encode())[:16]
    out.update({name: _file_digest(str(path))[:16] for name, path in shared_data().items()})
    return out


def shared_data() -> dict[str, Path]:
    """``{name: path}`` of the data files every loaded-terms lexicon is read with, besides the lexicons a
    :class:`~analysis.pipeline.Config` names: the plain senses (``lexicons/plain_senses.yaml``) and the markers
    of page furniture the voice layer reads (``lexicons/furniture.yaml``), looked up
    when called so that the key follows the file the measure reads."""
    from . import furniture
    from .measures import plain_senses

    return {"data:plain_senses": Path(plain_senses.SENSES_FILE), "data:furniture": Path(furniture.FURNITURE_FILE)}


def lexicon_digests(config) -> dict[str, list[str]]:
    """``{lexicon kind or 'extra': [SHA-256 of each file]}`` of the files ``config`` names, read now."""
    from .measures.registry import lexicon_kinds

    kinds = (*lexicon_kinds(), "extra_lexicons")
    return {kind: [_digest(Path(p).read_bytes()) if Path(p).exists() else "" for p in getattr(config, kind)]
            for kind in kinds}


def analysis_settings(config) -> dict:
    """Everything besides the article and the store's schema that decides its rows: the package version, the
    SHA-256 of each lexicon file, a digest of each measure module's code, the sentiment implementations and
    the rule settings. Reads the lexicon files but builds no analyzer, so checking what a rerun can reuse
    costs little."""
    return {
        "package": package_version("framing-analysis"),
        "lexicons": lexicon_digests(config),
        "measures": measure_versions(),
        "sentiment": implementations(),
        "rules": rules(config),
    }


def rules(config) -> dict:
    """Every :class:`~analysis.pipeline.Config` setting that is not a lexicon file list, tuples included
    (``languages``): the lexicon fields are in the key by their files' digests, not their paths, so a lexicon
    moved elsewhere keeps its results while any other setting, of any type, changes the key."""
    from .measures.registry import lexicon_kinds

    by_digest = {*lexicon_kinds(), "extra_lexicons"}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(config).items() if k not in by_digest}


def analysis_key(config) -> str:
    """A digest of :func:`analysis_settings` (hex, 32 characters): two processes with the same key analyse
    an article the same way (a Dask worker is checked against it)."""
    return _digest(json.dumps(analysis_settings(config), sort_keys=True, default=str).encode())[:32]
