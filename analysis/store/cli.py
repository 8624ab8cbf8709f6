"""``python -m analysis analyze PATH --store DIR --out DIR``: an incremental run into a store, with a CSV
export of its tables (the other options are those of ``analyze``)."""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import warnings
from contextlib import contextmanager
from pathlib import Path


def analyze_into_store(args) -> int:
    """Run ``analyze`` through the store named by ``args.store``; prints what was analysed and reused."""
    from ..batches import Plan
    from ..corpus import CsvColumns
    from ..paths import default_actors
    from ..pipeline import Config
    from ..progress import Progress
    from . import RunStore, Stream, analyze_into

    _refuse_out_inside(Path(args.out), Path(args.store))
    extra = {"extra_lexicons": tuple(args.lexicon)}
    extra["actors"] = (args.actors,) if args.actors else default_actors(*args.paths)
    config = Config(**extra)
    plan = Plan(workers=args.workers, scheduler=args.scheduler or "")
    columns = CsvColumns(text=args.text_column) if args.text_column else None
    articles = Stream(args.paths, skip_bad=args.skip_bad, columns=columns, follow_links=args.follow_links)
    store = RunStore(args.store)
    progress = Progress("articles done", enabled=None if not args.quiet else False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        record = analyze_into(store, articles, config, plan, progress=progress,
                              about=lambda: {"inputs": [str(p) for p in args.paths],
                                            "problems": [vars(p) for p in articles.problems]})
    for w in caught:
        if not issubclass(w.category, ResourceWarning):  # a library's unclosed file: nothing for the user
            print(f"warning: {w.message}", file=sys.stderr)
    _export(store, record, Path(args.out))
    _warn_too_long(store, record)
    if not args.quiet:
        print(f"{record['articles']} articles: {record['analysed']} analysed, {record['reused']} reused from "
              f"{store.path} (run {record['id']}, {record['seconds']} s); CSV tables in {args.out}/")
        for p in articles.problems:
            print(f"skipped: {p.message}")
    return 0


def _warn_too_long(store, record: dict) -> None:
    """A warning for each article of the run left unanalysed for its length."""
    from ..pipeline import TOO_LONG
    from . import RunTables

    with RunTables(store, record["id"]) as run:
        found = run.sql("SELECT article_id, reason FROM not_scored WHERE starts_with(reason, ?)", [TOO_LONG])
    for article_id, reason in zip(found["article_id"], found["reason"]):
        print(f"warning: {article_id}: {reason}", file=sys.stderr)


def _refuse_out_inside(out: Path, store: Path) -> None:
    """Refuse an ``--out`` folder that is the store or inside it: the store's next writer removes what it
    did not write there (parts/, runs/), and CSV files beside STORE.json make it no longer a store."""
    from ..errors import ParameterError

    out, store = out.resolve(), store.resolve()
    if out == store or store in out.parents:
        raise ParameterError("out", f"{out} is inside the run store {store}",
                             "a folder outside the store, such as the store's parent folder / csv")


def _export(store, record: dict, out: Path) -> None:
    """The run's tables as CSV and its record as ``run.json`` in ``out``: all of them replaced, or (a full
    disk: :class:`OutputError`) none."""
    from ..errors import OutputError
    from . import RunTables

    try:
        out.mkdir(parents=True, exist_ok=True)
        with staged(out) as stage:
            (stage / "run.json").write_text(json.dumps(record, indent=1, default=str), encoding="utf-8")
            with RunTables(store, record["id"]) as run:
                run.export_csv(stage, shown=out)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the tables ({exc.strerror}); "
                          "free space or choose another --out. Tables written there before are unchanged"
                          ) from None


@contextmanager
def staged(out: Path):
    """A new hidden folder in ``out`` to write files into; when the block ends, each file is moved into
    ``out`` (replacing a file of that name); when it fails, the folder is removed and ``out`` is unchanged."""
    stage = Path(tempfile.mkdtemp(prefix=".writing-", dir=out))
    try:
        yield stage
        for item in sorted(stage.iterdir()):
            os.replace(item, out / item.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
