"""What a notebook needs to get the tables of a corpus: load, analyse, and reuse a report run's work.

A report run analyses the corpus once and points ``FRAMING_TABLES_CACHE`` at a folder; every notebook of
the run then loads the same tables instead of analysing again. Opened by hand in JupyterLab, with no such
folder, a notebook simply analyses its corpus.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import warnings
from dataclasses import asdict
from pathlib import Path

from .analyze import Config, Tables, analyze_corpus
from .corpus import Corpus, load_corpus

CACHE_ENV = "FRAMING_TABLES_CACHE"


def make_config(lexicon: str = "", actors: str = "") -> Config:
    """A :class:`Config` from the notebooks' ``lexicon`` and ``actors`` parameters ('' keeps the default)."""
    extra = {}
    if lexicon:
        extra["extra_lexicons"] = tuple(p.strip() for p in lexicon.split(",") if p.strip())
    if actors:
        extra["actors"] = (actors,)
    return Config(**extra)


def _key(corpus: Corpus, config: Config) -> str:
    h = hashlib.sha256(json.dumps(asdict(config), sort_keys=True).encode())
    for a in corpus.articles:
        h.update(a.id.encode() + b"\0" + a.text.encode() + b"\0" + a.outlet.encode() + a.label.encode())
    return h.hexdigest()[:24]


def load(corpus_path: str | os.PathLike, config: Config | None = None, workers: int = 1) -> tuple[Corpus, Tables]:
    """The corpus at ``corpus_path`` (bad files skipped and listed in ``corpus.problems``) and its tables."""
    config = config or Config()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path, skip_bad=True)
    cache = os.environ.get(CACHE_ENV)
    path = Path(cache) / f"tables-{_key(corpus, config)}.pickle" if cache else None
    if path is not None and path.exists():
        with path.open("rb") as fh:
            return corpus, pickle.load(fh)
    tables = analyze_corpus(corpus, config, workers=workers)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(tables, fh)
        os.replace(tmp, path)
    return corpus, tables
