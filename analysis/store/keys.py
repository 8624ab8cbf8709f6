"""What an article's results depend on, as keys.

``settings(config)`` lists everything besides the article that decides its rows: the store's schema
version and :func:`analysis.provenance.analysis_settings` (the package version, the SHA-256 of every lexicon
file in use, a digest of each measure module's code, the sentiment implementations and the rule settings).
``settings_key`` is a digest of that; ``article_key`` a digest of the settings key and the article's own
fields (all but ``source_path`` and ``meta``, which never reach the analysed rows). Two runs give an article
the same key exactly when they would compute the same rows for it, so a rerun reuses what it has and a
changed lexicon or measure gives new keys.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import fields

from ..provenance import analysis_settings
from .schema import SCHEMA_VERSION

#: Article fields that are not part of the key: they never reach the analysed rows (``source_path`` is
#: taken from the run's list of articles when tables are read).
UNKEYED_FIELDS = ("source_path", "meta")
KEY_HEX = 32


def settings(config) -> dict:
    """Everything besides the article that decides its rows: the schema version and the analysis settings."""
    return {"schema": SCHEMA_VERSION, **analysis_settings(config)}


def settings_key(config) -> str:
    """A digest of :func:`settings` (hex, 32 characters)."""
    return hashlib.sha256(json.dumps(settings(config), sort_keys=True, default=str).encode()).hexdigest()[:KEY_HEX]


def article_key(article, settings: str) -> str:
    """The key of ``article``'s results under the settings key ``settings`` (hex, 32 characters)."""
    h = hashlib.sha256(settings.encode())
    for f in fields(article):
        if f.name not in UNKEYED_FIELDS:
            value = getattr(article, f.name)
            h.update(f.name.encode() + b"=" + str(value).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:KEY_HEX]
