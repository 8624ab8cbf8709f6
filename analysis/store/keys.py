"""What an article's results depend on, as keys.

``settings(config)`` lists everything besides the article that decides its rows: the store's schema
version, the package version, the SHA-256 of every lexicon file in use, a digest of each measure module's
code (which holds its ``version`` attribute when it declares one), the sentiment implementations and the rule
settings.
``settings_key`` is a digest of that; ``article_key`` a digest of the settings key and the article's own
fields (all but ``source_path`` and ``meta``, which never reach the analysed rows). Two runs give an article
the same key exactly when they would compute the same rows for it, so a rerun reuses what it has and a
changed lexicon or measure gives new keys.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path

from ..paths import PACKAGE_DIR
from .schema import SCHEMA_VERSION

#: Source files whose code decides the rows besides the measures' own modules (splitting, lexicon
#: compilation, building rows): a change in any of them changes every key.
SHARED_CODE = ("text.py", "lexicon.py", "pipeline.py", "stopwords.py")
#: Article fields that are not part of the key: they never reach the analysed rows (``source_path`` is
#: taken from the run's list of articles when tables are read).
UNKEYED_FIELDS = ("source_path", "meta")
KEY_HEX = 32


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=64)
def _file_digest(path: str) -> str:
    file = Path(path)
    return _digest(file.read_bytes()) if file.exists() else ""


def measure_versions() -> dict[str, str]:
    """``{measure module: digest}`` for every module of ``analysis/measures``, and ``shared`` for the code
    every measure relies on (:data:`SHARED_CODE`). A measure class's ``version`` attribute, when it has one,
    is part of its module, so declaring a new version changes the digest too."""
    out = {p.stem: _file_digest(str(p))[:16] for p in sorted((PACKAGE_DIR / "measures").glob("*.py"))}
    out["shared"] = _digest("".join(_file_digest(str(PACKAGE_DIR / f)) for f in SHARED_CODE).encode())[:16]
    return out


def lexicon_digests(config) -> dict[str, list[str]]:
    """``{lexicon kind or 'extra': [SHA-256 of each file]}`` of the files ``config`` names, read now."""
    from ..measures.registry import lexicon_kinds

    kinds = (*lexicon_kinds(), "extra_lexicons")
    return {kind: [_digest(Path(p).read_bytes()) if Path(p).exists() else "" for p in getattr(config, kind)]
            for kind in kinds}


def settings(config) -> dict:
    """Everything besides the article that decides its rows (see the module's docstring). Reads the lexicon
    files but builds no analyzer, so checking what a rerun can reuse costs little."""
    from importlib.metadata import PackageNotFoundError, version

    from ..measures.sentiment import implementations

    try:
        package = version("framing-analysis")
    except PackageNotFoundError:
        package = "not installed"
    return {
        "schema": SCHEMA_VERSION,
        "package": package,
        "lexicons": lexicon_digests(config),
        "measures": measure_versions(),
        "sentiment": implementations(),
        "rules": rules(config),
    }


def rules(config) -> dict:
    """Every :class:`~analysis.pipeline.Config` setting that is not a lexicon file list, tuples included
    (``languages``): the lexicon fields are in the key by their files' digests, not their paths, so a lexicon
    moved elsewhere keeps its results while any other setting, of any type, changes the key."""
    from ..measures.registry import lexicon_kinds

    by_digest = {*lexicon_kinds(), "extra_lexicons"}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(config).items() if k not in by_digest}


def settings_key(config) -> str:
    """A digest of :func:`settings` (hex, 32 characters)."""
    return _digest(json.dumps(settings(config), sort_keys=True, default=str).encode())[:KEY_HEX]


def article_key(article, settings: str) -> str:
    """The key of ``article``'s results under the settings key ``settings`` (hex, 32 characters)."""
    h = hashlib.sha256(settings.encode())
    for f in fields(article):
        if f.name not in UNKEYED_FIELDS:
            value = getattr(article, f.name)
            h.update(f.name.encode() + b"=" + str(value).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:KEY_HEX]
