"""What a notebook needs to get the tables of a corpus: load, analyse, and reuse a report run's work.

A report run analyses the corpus once into a run store (Parquet, see docs/store.md) and tells its kernels
where with two environment variables, ``FRAMING_STORE`` (the store folder) and ``FRAMING_RUN`` (the run's
id). A notebook then reads the run's tables from the store instead of analysing again: as pandas tables with
:func:`load` (every row), or as SQL over DuckDB views with :func:`open_run` (aggregates without loading the
rows). Nothing is unpickled: the store holds only Parquet and JSON. The run is used only when its articles and
settings are exactly the notebook's (same article keys, in the same order); otherwise, and when a notebook is
opened by hand in JupyterLab with no such variables, the notebook simply analyses its corpus.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path

from ..corpus import Corpus, load_corpus
from ..pipeline import Config, Tables, analyze_corpus

STORE_ENV = "FRAMING_STORE"
RUN_ENV = "FRAMING_RUN"
#: The store a report run uses when none is given: a new one inside the report folder (its Parquet tables
#: are published with the report). Give ``--store DIR`` to keep one between runs, so that a rerun over a
#: growing collection analyses only the new articles.
DEFAULT_STORE = "store"


def make_config(lexicon: str = "", actors: str = "") -> Config:
    """A :class:`Config` from the notebooks' ``lexicon`` and ``actors`` parameters ('' keeps the default)."""
    extra = {}
    if lexicon:
        extra["extra_lexicons"] = tuple(p.strip() for p in lexicon.split(",") if p.strip())
    if actors:
        extra["actors"] = (actors,)
    return Config(**extra)


def open_run():
    """The report run's tables as :class:`analysis.store.RunTables` (SQL over views ``articles``,
    ``sentences``, ``matches``, ``actors``), or None outside a report run."""
    from ..store import RunTables

    store, run = os.environ.get(STORE_ENV), os.environ.get(RUN_ENV)
    return RunTables(store, run) if store and run else None


def _matches_run(corpus: Corpus, config: Config, run) -> bool:
    import pyarrow.parquet as pq

    from ..store.keys import article_key, settings_key

    key = settings_key(config)
    if run.entry.get("settings_key") != key or run.entry.get("articles") != len(corpus):
        return False
    listed = pq.read_table(run.store.path / run.entry["file"], columns=["key"]).column("key").to_pylist()
    return listed == [article_key(a, key) for a in corpus]


def analyse(corpus: Corpus, config: Config | None = None, workers: int = 1) -> Tables:
    """The tables of ``corpus``: read from the report run's store when the run analysed exactly this corpus
    with these settings, else computed."""
    config = config or Config()
    run = open_run()
    if run is not None:
        with run:
            if _matches_run(corpus, config, run):
                return run.tables()
    return analyze_corpus(corpus, config, workers=workers)


def load(corpus_path: str | os.PathLike, config: Config | None = None,
         workers: int = 1) -> tuple[Corpus, Tables]:
    """The corpus at ``corpus_path`` (bad files skipped and listed in ``corpus.problems``) and its tables."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path, skip_bad=True)
    return corpus, analyse(corpus, config, workers)


def store_run(corpus: Corpus, config: Config, store: str | os.PathLike, plan, tables_dir: Path
              ) -> tuple[dict, dict[str, str], Tables]:
    """Bring ``store`` up to date for ``corpus`` (a report run's analysis), export its tables as CSV into
    ``tables_dir``. Returns the run's record, the environment its kernels need, and the run's ``articles``
    table with the versions, the matches the index and the article browser show (those of
    :data:`~analysis.report.browser.BROWSER_MEASURES`) and the articles left unscored; the other tables are
    left empty: read them from the store."""
    import pandas as pd

    from ..store import RunStore, RunTables, analyse_into

    target = RunStore(store)
    record = analyse_into(target, corpus, config, plan,
                          about={"inputs": list(corpus.source_files), "skipped": len(corpus.problems)})
    from .browser import BROWSER_MEASURES

    with RunTables(target, record["id"]) as run:
        run.export_csv(tables_dir)
        articles = run.table("articles")
        wanted = ", ".join(f"'{m}'" for m in BROWSER_MEASURES)
        matches = run.sql(f"SELECT * EXCLUDE (key, _position, _row) FROM matches WHERE measure IN ({wanted}) "
                          "ORDER BY _position, _row")
        not_scored = run.table("not_scored")
    empty = pd.DataFrame()
    tables = Tables(articles, empty, matches, empty, versions=record["versions"], not_scored=not_scored)
    return record, {STORE_ENV: str(target.path), RUN_ENV: record["id"]}, tables
