"""What a notebook needs to get the tables of a corpus: load, analyse, and reuse a report run's work.

A report run analyses the corpus once and points ``FRAMING_TABLES_CACHE`` at a folder inside its own
private run folder; every notebook of the run then loads the same tables instead of analysing again. The
cached tables are signed with a key the run makes up and hands to its kernels in ``FRAMING_TABLES_KEY``; a
cache file without a valid signature is ignored (analysed again), so nothing read from disk is unpickled
unless this run wrote it. Opened by hand in JupyterLab, with no such folder, a notebook simply analyses its
corpus.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import secrets
import warnings
from dataclasses import asdict
from pathlib import Path

from ..pipeline import Config, Tables, analyze_corpus
from ..corpus import Corpus, load_corpus

CACHE_ENV = "FRAMING_TABLES_CACHE"
KEY_ENV = "FRAMING_TABLES_KEY"
_DIGEST = hashlib.sha256
_SIGNATURE_BYTES = _DIGEST().digest_size


def make_config(lexicon: str = "", actors: str = "") -> Config:
    """A :class:`Config` from the notebooks' ``lexicon`` and ``actors`` parameters ('' keeps the default)."""
    extra = {}
    if lexicon:
        extra["extra_lexicons"] = tuple(p.strip() for p in lexicon.split(",") if p.strip())
    if actors:
        extra["actors"] = (actors,)
    return Config(**extra)


def new_key() -> str:
    """A fresh random key for signing a run's cached tables (hex)."""
    return secrets.token_hex(32)


def _key(corpus: Corpus, config: Config) -> str:
    h = hashlib.sha256(json.dumps(asdict(config), sort_keys=True).encode())
    for a in corpus.articles:
        for value in (a.id, a.text, a.title, a.outlet, a.published, a.url, a.label, a.story):
            h.update(value.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:24]


def _read_signed(path: Path, key: bytes) -> Tables | None:
    data = path.read_bytes()
    signature, payload = data[:_SIGNATURE_BYTES], data[_SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, hmac.new(key, payload, _DIGEST).digest()):
        return None
    return pickle.loads(payload)


def _write_signed(path: Path, key: bytes, tables: Tables) -> None:
    payload = pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(hmac.new(key, payload, _DIGEST).digest() + payload)
    os.replace(tmp, path)


def analyse(corpus: Corpus, config: Config | None = None, workers: int = 1) -> Tables:
    """The tables of ``corpus``: from the run's signed cache when there is one, else computed (and cached
    when a run asked for it)."""
    config = config or Config()
    cache, key = os.environ.get(CACHE_ENV), os.environ.get(KEY_ENV, "").encode()
    path = Path(cache) / f"tables-{_key(corpus, config)}.pickle" if cache and key else None
    if path is not None and path.exists():
        tables = _read_signed(path, key)
        if tables is not None:
            return tables
    tables = analyze_corpus(corpus, config, workers=workers)
    if path is not None:
        _write_signed(path, key, tables)
    return tables


def load(corpus_path: str | os.PathLike, config: Config | None = None,
         workers: int = 1) -> tuple[Corpus, Tables]:
    """The corpus at ``corpus_path`` (bad files skipped and listed in ``corpus.problems``) and its tables."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path, skip_bad=True)
    return corpus, analyse(corpus, config, workers)
