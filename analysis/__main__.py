"""Command line: ``python -m analysis analyze PATH --out DIR`` and ``python -m analysis report``.

Exit codes: 0 success; 2 bad input (an article file, lexicon or parameter that cannot be used);
3 a report notebook failed; 4 the output folder cannot be written; 5 (``report --alert``) the report was
published and a change since the last run passed an alert threshold; 1 anything unexpected.
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

EPILOG = ("Exit codes: 0 success, 2 bad input (file, lexicon or parameter), 3 a notebook failed, "
          "4 output folder not writable or disk full, 5 report published and an alert raised (--alert), "
          "130 / 143 stopped by Ctrl-C / SIGTERM.")


def _analyze_parser(sub) -> None:
    p = sub.add_parser("analyze", help="measure articles and write tables as CSV and JSON", epilog=EPILOG,
                       description="Measure loaded terms, sentiment, hedging, sourcing and actors in articles and "
                                   "write the tables articles, sentences, matches and actors.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a folder of .txt/.md articles (optional YAML front matter), a .csv or a .jsonl file")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the tables (created if missing)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="your own lexicon file, added to the shipped one of its kind (repeatable)")
    p.add_argument("--actors", metavar="FILE",
                   help="an actors file to use instead of the shipped one (the seeds' story file for the seeds, "
                        "actors_general.yaml for any other corpus)")
    p.add_argument("--text-column", metavar="NAME", help="CSV column that holds the article text (default: text)")
    p.add_argument("--skip-bad", action="store_true",
                   help="skip files that cannot be read, list them, and go on with the rest")
    p.add_argument("--quiet", action="store_true", help="print nothing but errors")
    _store_arguments(p)


def _report_parser(sub) -> None:
    p = sub.add_parser("report", help="run the notebook suite and publish an HTML report", epilog=EPILOG,
                       description="Run the report notebooks with papermill in this process and publish "
                                   "reports/<UTC time>-<name>/ with HTML pages, tables, figures and a manifest.")
    p.add_argument("--corpus", metavar="PATH", help="articles to analyse (default: seeds/articles)")
    p.add_argument("--params", metavar="FILE.yaml", help="a YAML file of notebook parameters")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="one notebook parameter (repeatable; overrides --params)")
    p.add_argument("--notebooks", nargs="+", metavar="NAME", help="which notebooks to run (default: all)")
    p.add_argument("--out", default=None, metavar="DIR", help="reports folder (default: reports/)")
    p.add_argument("--name", default=None, help="a name for the run, added to its folder name; a named run "
                   "keeps its store in <reports>/store-NAME (or the params file's store:), reuses it next time, "
                   "and leads its report with what changed since the last run of that name")
    p.add_argument("--fresh", action="store_true", help="named runs: start the store over (analyse every article)")
    p.add_argument("--alert", action="store_true",
                   help="named runs: print one line per flagged change that passes the params file's alerts: "
                   "thresholds and exit with code 5 (the report is still published)")
    p.add_argument("--notebook-dir", metavar="DIR",
                   help="folder of the report notebooks (default: notebooks/)")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    _store_arguments(p)


def _store_arguments(p) -> None:
    p.add_argument("--follow-links", action="store_true",
                   help="also read articles through symbolic links that point outside the corpus folder")
    p.add_argument("--store", metavar="DIR", help="run store folder: Parquet tables reused by later runs "
                   "(only articles it has not seen are analysed; report default: <reports>/store-NAME with --name, "
                   "else a new store in the report)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="analyse on this Dask scheduler's workers")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0],
                                     epilog=EPILOG)
    sub = parser.add_subparsers(dest="command", required=True)
    _analyze_parser(sub)
    _report_parser(sub)
    return parser


def run_analyze(args) -> int:
    if args.store:
        from .store.cli import analyze_into_store
        return analyze_into_store(args)
    from .paths import default_actors
    from .pipeline import Config, analyze_corpus
    from .progress import Progress
    from .corpus import CsvColumns, load_corpus
    from .errors import OutputError

    columns = CsvColumns(text=args.text_column) if args.text_column else None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(args.paths, skip_bad=args.skip_bad, columns=columns, follow_links=args.follow_links)
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    extra = {"extra_lexicons": tuple(args.lexicon)}
    extra["actors"] = (args.actors,) if args.actors else default_actors(*args.paths)
    config = Config(**extra)
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output folder ({exc.strerror}); choose another --out") from None
    progress = Progress("analysed", enabled=None if not args.quiet else False)
    tables = analyze_corpus(corpus, config, workers=args.workers, progress=progress,
                            scheduler=args.scheduler or "")
    for article_id, reason in zip(tables.not_scored["article_id"], tables.not_scored["reason"]):
        if not reason.startswith("too long"):
            continue
        print(f"warning: {article_id}: {reason}", file=sys.stderr)
    try:
        _write_tables(tables, corpus.problems, args.paths, out)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the tables ({exc.strerror}); "
                          "free space or choose another --out") from None
    if not args.quiet:
        print(_summary(tables, corpus.problems, out))
    return 0


def _write_tables(tables, problems, paths, out: Path) -> None:
    """The four tables as CSV (formula-like cells neutralised) and JSON, and ``run.json``. Every file is
    written into a hidden folder in ``out`` first and moved into place only when all are written, so a full
    disk leaves the earlier tables whole, never new tables beside old ones."""
    from .csvio import write_atomic, write_csv, write_text
    from .store.cli import staged

    info = {"versions": tables.versions, "problems": [vars(p) for p in problems],
            "inputs": [str(p) for p in paths]}
    with staged(out) as stage:
        for name in ("articles", "sentences", "matches", "actors"):
            table = getattr(tables, name)
            write_csv(table, stage / f"{name}.csv")
            write_atomic(stage / f"{name}.json",
                         lambda tmp, t=table: t.to_json(tmp, orient="records", indent=1, force_ascii=False))
        write_text(stage / "run.json", json.dumps(info, indent=1, default=str))


def _summary(tables, problems, out: Path) -> str:
    a = tables.articles
    lines = [f"{len(a)} articles, {int(a['n_words'].sum())} words, {len(tables.matches)} matches -> {out}/"]
    from .measures.registry import summary_columns

    cols = ["article_id", *[c for c in summary_columns() if c in a.columns]]
    lines.append(a[cols].head(20).to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    if len(a) > 20:
        lines.append(f"... and {len(a) - 20} more in {out / 'articles.csv'}")
    for p in problems:
        lines.append(f"skipped: {p.message}")
    return "\n".join(lines)


@contextmanager
def _messages_to_stderr():
    """Print the run store's warnings (a damaged part set aside, a lock taken over or waited for) on
    standard error as ``warning: ...`` while the command runs."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("warning: %(message)s"))
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("analysis.store")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def main(argv: list[str] | None = None) -> int:
    from .errors import AnalysisError

    args = build_parser().parse_args(argv)
    try:
        with _messages_to_stderr():
            if args.command == "analyze":
                return run_analyze(args)
            from analysis.report.run.runner import run_from_args
            return run_from_args(args)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
