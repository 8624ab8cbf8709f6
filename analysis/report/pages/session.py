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

import pandas as pd

from analysis.corpus import Corpus, load_corpus
from analysis.corpus.language import known_languages
from analysis.paths import default_actors
from analysis.pipeline import Config, Tables, analyze_corpus
from analysis.store.schema import TABLES

STORE_ENV = "FRAMING_STORE"
RUN_ENV = "FRAMING_RUN"
#: The store a report run uses when none is given: a new one inside the report folder (its Parquet tables
#: are published with the report). Give ``--store DIR`` to keep one between runs, so that a rerun over a
#: growing collection analyses only the new articles.
DEFAULT_STORE = "store"


def make_config(lexicon: str = "", actors: str = "", corpus: str | os.PathLike = "") -> Config:
    """A :class:`Config` from the notebooks' ``lexicon``, ``actors`` and ``corpus`` parameters: '' keeps the
    default lexicons; without ``actors`` the actors file is :func:`analysis.paths.default_actors` of the corpus."""
    extra = {"actors": (actors,) if actors else default_actors(*([corpus] if corpus else []))}
    if lexicon:
        extra["extra_lexicons"] = tuple(p.strip() for p in lexicon.split(",") if p.strip())
    return Config(**extra)


def open_run():
    """The report run's tables as :class:`analysis.store.RunTables` (SQL over views ``articles``,
    ``sentences``, ``matches``, ``actors``), or None outside a report run."""
    from analysis.store import RunTables

    store, run = os.environ.get(STORE_ENV), os.environ.get(RUN_ENV)
    return RunTables(store, run) if store and run else None


def _matches_run(corpus: Corpus, config: Config, run) -> bool:
    import pyarrow.parquet as pq

    from analysis.store.keys import article_key, settings_key

    key = settings_key(config)
    if run.entry.get("settings_key") != key or run.entry.get("articles") != len(corpus):
        return False
    listed = pq.read_table(run.store.path / run.entry["file"], columns=["key"]).column("key").to_pylist()
    return listed == [article_key(a, key) for a in corpus]


def analyze(corpus: Corpus, config: Config | None = None, workers: int = 1, only: tuple[str, ...] = TABLES,
            measures: tuple[str, ...] = (), leave_out: dict[str, tuple[str, ...]] | None = None,
            sentences_of: tuple[str, ...] = ()) -> Tables:
    """The tables of ``corpus``: read from the report run's store when the run analysed exactly this corpus
    with these settings, else computed. ``only``, ``measures`` and ``leave_out`` (table -> columns the page
    never reads) and ``sentences_of`` (measures: only the sentences their matches lie in) say what a page needs (see :meth:`analysis.store.RunTables.tables`): from a store nothing
    else is read, so a page of a large corpus holds only its own rows and columns. From a store, ``voices``
    when not in ``only`` is a :class:`StoredVoices` that reads the regions of the articles asked for."""
    config = config or Config()
    run = open_run()
    if run is not None:
        with run:
            if _matches_run(corpus, config, run):
                tables = run.tables(only, measures, leave_out, sentences_of)
                if "voices" not in only:
                    tables.voices = StoredVoices(run.store.path, run.entry["id"])
                return tables
    tables = analyze_corpus(corpus, config, workers=workers)
    if sentences_of:
        cited = tables.matches.loc[tables.matches["measure"].isin(sentences_of), ["article_id", "sentence"]]
        tables.sentences = tables.sentences.merge(cited.drop_duplicates(), on=["article_id", "sentence"])
    if measures:
        tables.matches = tables.matches[tables.matches["measure"].isin(measures)].reset_index(drop=True)
    for name, columns in (leave_out or {}).items():
        setattr(tables, name, getattr(tables, name).drop(columns=list(columns), errors="ignore"))
    return tables


def load(corpus_path: str | os.PathLike, config: Config | None = None, workers: int = 1,
         only: tuple[str, ...] = TABLES, measures: tuple[str, ...] = (),
         leave_out: dict[str, tuple[str, ...]] | None = None, sentences_of: tuple[str, ...] = ()
         ) -> tuple[Corpus, Tables]:
    """The corpus at ``corpus_path`` (bad files skipped and listed in ``corpus.problems``) and its tables
    (``only`` those tables, ``measures``' matches and none of ``leave_out``'s columns when read from a
    report run's store; see :func:`analyze`)."""
    corpus = _read_corpus(corpus_path)
    return corpus, analyze(corpus, config, workers, only, measures, leave_out, sentences_of)


class StoredVoices:
    """The voice regions (``voices`` table) of a report run, read from its store only for the articles a
    page asks for: the comparison reads the text of a sample of articles and needs only their regions (a
    run of 100,000 articles has some 8 million)."""

    def __init__(self, store: str | os.PathLike, run_id: str):
        self.store, self.run_id = store, run_id

    def of(self, article_ids) -> pd.DataFrame:
        """The regions of ``article_ids`` (any order) in the run's order, with the ``voices`` table's columns."""
        from analysis.store import RunTables

        with RunTables(self.store, self.run_id) as run:
            return run.table("voices", articles=[str(a) for a in article_ids])


#: The corpus a report run's kernel read last: ``(store, run id, path, files)`` and the Corpus. A kernel that serves
#: several pages of one run (see :class:`analysis.report.run.kernels.Lane`) reads and checks the corpus once.
_LAST_READ: list = [None, None]


def _read_corpus(corpus_path) -> Corpus:
    """The corpus at ``corpus_path``, bad files skipped; inside a report run, read once per kernel (a run's
    corpus does not change while its pages run). Outside one it is read on every call."""
    key = (os.environ.get(STORE_ENV), os.environ.get(RUN_ENV), os.path.abspath(corpus_path))
    if key[1]:
        key += (_fingerprint(key[2]),)
    if key[1] and _LAST_READ[0] == key:
        return _LAST_READ[1]
    with warnings.catch_warnings(), known_languages(_run_languages()):
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path, skip_bad=True)
    if key[1]:
        _LAST_READ[:] = [key, corpus]
    return corpus


def _fingerprint(path: str) -> tuple:
    """Every file under ``path`` (or ``path`` itself) with its size and modification time: a corpus read
    again only when this changed."""
    if not os.path.isdir(path):
        stat = os.stat(path)
        return ((path, stat.st_size, stat.st_mtime_ns),)
    found = []
    for folder, _, names in os.walk(path):
        for name in names:
            try:
                stat = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            found.append((folder, name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(found))


def _run_languages() -> dict[str, str]:
    """Article id -> language, as the report run detected it (from its store), so that a kernel does not
    detect them again; empty outside a run or when the store cannot be read (the corpus then detects)."""
    try:
        run = open_run()
    except Exception:  # noqa: BLE001 - a store that cannot be read here is reported by analyze()
        return {}
    if run is None:
        return {}
    with run:
        rows = run.sql("SELECT article_id, language FROM articles UNION ALL "
                       "SELECT article_id, language FROM not_scored")
    return {str(a): str(lang or "") for a, lang in zip(rows["article_id"], rows["language"])}


def store_run(corpus: Corpus, config: Config, store: str | os.PathLike, plan, tables_dir: Path
              ) -> tuple[dict, dict[str, str], Tables]:
    """Bring ``store`` up to date for ``corpus`` (a report run's analysis), export its tables as CSV into
    ``tables_dir``. Returns the run's record, the environment its kernels need, and the run's ``articles``
    and ``not_scored`` tables with the versions; the other tables are left empty: read them from the store
    (:class:`StoredMatches` for the front page and the article browser), so the runner's memory does not
    grow with the corpus."""
    from analysis.store import RunStore, RunTables, analyze_into

    target = RunStore(store)
    record = analyze_into(target, corpus, config, plan,
                          about={"inputs": list(corpus.source_files), "skipped": len(corpus.problems)})
    with RunTables(target, record["id"]) as run:
        run.export_csv(tables_dir)
        articles = run.table("articles")
        not_scored = run.table("not_scored")
    empty = pd.DataFrame()
    tables = Tables(articles, empty, empty, empty, versions=record["versions"], not_scored=not_scored)
    return record, {STORE_ENV: str(target.path), RUN_ENV: record["id"]}, tables


class StoredMatches:
    """The matches of a report run, read from its store as the front page and the article browser need
    them (a context manager holding one DuckDB connection)."""

    def __init__(self, store: str | os.PathLike, run_id: str):
        self.store, self.run_id, self.run = store, run_id, None

    def __enter__(self) -> "StoredMatches":
        from analysis.store import RunTables

        self.run = RunTables(self.store, self.run_id)
        return self

    def __exit__(self, *exc) -> None:
        self.run.close()

    def in_order(self):
        """The browser's reader of matches per part (:class:`analysis.report.pages.browser.InOrder`)."""
        from analysis.measures.registry import browser_kinds
        from analysis.report.pages.browser import InOrder
        from analysis.report.pages.highlight import MARK_FIELDS

        return InOrder(self.run.rows("matches", browser_kinds(), columns=MARK_FIELDS))

    def of(self, article_id: str):
        """Every match of one article, as a pandas DataFrame in the run's order."""
        return self.run.sql("SELECT * EXCLUDE (key, _position, _row) FROM matches WHERE article_id = ? "
                            "ORDER BY _position, _row", [str(article_id)])
