"""``python -m analysis analyze PATH --store DIR --out DIR``: an incremental run into a store, with a CSV
export of its tables (the other options are those of ``analyze``)."""
from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path


def analyze_into_store(args) -> int:
    """Run ``analyze`` through the store named by ``args.store``; prints what was analysed and reused."""
    from ..batches import Plan
    from ..corpus import CsvColumns
    from ..errors import OutputError
    from ..pipeline import Config
    from ..progress import Progress
    from . import RunStore, RunTables, Stream, analyze_into

    extra = {"extra_lexicons": tuple(args.lexicon)}
    if args.actors:
        extra["actors"] = (args.actors,)
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
        print(f"warning: {w.message}", file=sys.stderr)
    out = Path(args.out)
    try:
        with RunTables(store, record["id"]) as run:
            run.export_csv(out)
        (out / "run.json").write_text(json.dumps(record, indent=1, default=str), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the tables ({exc.strerror}); "
                          "free space or choose another --out") from None
    if not args.quiet:
        print(f"{record['articles']} articles: {record['analysed']} analysed, {record['reused']} reused from "
              f"{store.path} (run {record['id']}, {record['seconds']} s); CSV tables in {out}/")
        for p in articles.problems:
            print(f"skipped: {p.message}")
    return 0
