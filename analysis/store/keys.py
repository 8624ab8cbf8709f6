"""What an article's results depend on, as keys.

``settings(config)`` lists everything besides the article that decides its rows: the store's schema
version, the package version, the SHA-256 of every lexicon file in use, a fingerprint of each measure's code
(and its ``version`` attribute when it declares one), the sentiment implementations and the rule settings.
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


def measure_versions(analyzer) -> dict[str, str]:
    """``{measure name: version}``: the measure's declared ``version`` (if any) and a digest of its module."""
    out = {}
    for measure in analyzer.measures:
        module = __import__(type(measure).__module__, fromlist=["_"])
        declared = str(getattr(measure, "version", ""))
        out[measure.name] = f"{declared}:{_file_digest(module.__file__)[:16]}"
    out["shared"] = _digest("".join(_file_digest(str(PACKAGE_DIR / f)) for f in SHARED_CODE).encode())[:16]
    return out


def settings(config) -> dict:
    """Everything besides the article that decides its rows (see the module's docstring)."""
    from ..pipeline import analyzer_for, versions

    analyzer = analyzer_for(config)
    info = versions(analyzer)
    return {
        "schema": SCHEMA_VERSION,
        "package": info["framing-analysis"],
        "lexicons": {kind: lx["sha256"] for kind, lx in sorted(info["lexicons"].items())},
        "measures": measure_versions(analyzer),
        "sentiment": info["sentiment"],
        "rules": {k: v for k, v in asdict(config).items() if not isinstance(v, tuple)},
    }


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
