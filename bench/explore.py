"""How fast the explorer answers a change of filter on a run store of 10,000 articles.

The store is built from the BASIL articles of the shared evaluation data (``--data``, 135 articles of 45 events
by three outlets): they are analysed once, then their analysed rows are written again under new ids, keys,
outlets (12), labels and dates until the store holds ``--articles`` articles, through the store's own writer.
DuckDB does the same work on these rows as on as many distinct articles of the same lengths (every sentence
is scanned by a search; every match counted by a rate). Without the BASIL file the seed articles are used.

Prints the time to open the store and, for each kind of filter change (grouping, measure, voice, period, a
word in a lexicon, a word in none, a phrase, its contexts, an article), the median and the slowest of
``--repeat`` runs after a first one (which imports and fills caches, as the notebook's first display does;
printed apart), and how many of them answer within one second. Usage:
``python bench/explore.py [--articles 10000] [--data ../shared/eval] [--store DIR] [--repeat 5]``
(``--store`` keeps the built store there and reuses it on the next run).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from analysis.corpus import Article
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, RunTables, TABLES, analyze_into
from analysis.explore import Explorer, article_html, explorer

OUTLETS = 12
PART_ARTICLES = 500


def base_articles(data: Path) -> list[Article]:
    """The BASIL articles in ``data``, else the seed articles (with a note)."""
    basil = data / "basil_articles.jsonl"
    if not basil.exists():
        from analysis.corpus.stream import Stream

        print(f"note: {basil} is absent; replicating the seed articles instead")
        return list(Stream(str(SEED_ARTICLES)))
    rows = [json.loads(line) for line in basil.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=r["article_id"], title=r["title"], text=r["text"], outlet=r["outlet"],
                    published=r.get("date") or "", label=r.get("relative_stance") or "", story=r["triplet_id"])
            for r in rows]


def _rows_by_article(store: RunStore) -> tuple[list[str], dict[str, dict[str, list[dict]]]]:
    with RunTables(store) as run:
        order = [r[0] for r in run.db.execute("SELECT key FROM run ORDER BY position").fetchall()]
        rows: dict[str, dict[str, list[dict]]] = {k: {t: [] for t in TABLES} for k in order}
        for table in TABLES:
            for row in run.db.execute(f"SELECT * EXCLUDE (_position, _row) FROM {table} "
                                      "ORDER BY _position, _row").df().to_dict("records"):
                rows[row["key"]][table].append(row)
    return order, rows


def _copy(rows: dict[str, list[dict]], i: int, key: str, article_id: str) -> dict[str, list[dict]]:
    day = (date(2010, 1, 1) + timedelta(days=(i * 7) % 3650)).isoformat()
    outlet = f"outlet {i % OUTLETS + 1:02d}"
    new = {}
    for table, items in rows.items():
        new[table] = []
        for row in items:
            row = {**row, "key": key, "article_id": article_id}
            if table in ("articles", "not_scored"):
                row.update(outlet=outlet, published=day)
                if table == "articles":
                    row["label"] = ("left", "center", "right")[i % 3]
            new[table].append(row)
    return new


def build_store(folder: Path, bases: list[Article], n: int) -> Path:
    """A store at ``folder`` holding ``n`` articles made from ``bases`` (analysed once); kept if it exists."""
    if (folder / "STORE.json").exists():
        with RunTables(folder) as run:
            if run.count("articles") == n:
                print(f"reusing the store at {folder} ({n:,} articles)")
                return folder
    seed = Path(tempfile.mkdtemp(prefix="explore-bench-seed-"))
    started = time.perf_counter()
    analyze_into(RunStore(seed), bases)
    print(f"analysed {len(bases)} base articles in {time.perf_counter() - started:.1f} s")
    order, rows = _rows_by_article(RunStore(seed, create=False))
    store = RunStore(folder)
    listing, batch = [], {t: [] for t in TABLES}
    with store.writer() as writer:
        for i in range(n):
            base = order[i % len(order)]
            key = hashlib.sha256(f"{base}:{i}".encode()).hexdigest()[:32]
            article_id = f"{rows[base]['articles'][0]['article_id']}-{i:05d}"
            for table, items in _copy(rows[base], i, key, article_id).items():
                batch[table].extend(items)
            listing.append((key, article_id, f"bench/{article_id}"))
            if len(listing) % PART_ARTICLES == 0 or i == n - 1:
                writer.add_part(batch, PART_ARTICLES, "bench")
                batch = {t: [] for t in TABLES}
        writer.add_run(listing, {"articles": n, "analysed": 0, "reused": n, "about": "bench/explore.py"})
    print(f"built a store of {n:,} articles from {len(order)} in {time.perf_counter() - started:.1f} s")
    return folder


def timed(call, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    parser.add_argument("--store", type=Path, default=None, help="keep the built store here (reused later)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = args.store or Path(tempfile.mkdtemp(prefix="explore-bench-")) / "store"
    build_store(folder, base_articles(args.data), args.articles)
    started = time.perf_counter()
    ex = Explorer(folder)
    print(f"open the store ({len(ex.articles):,} articles): {time.perf_counter() - started:.2f} s (once)")
    some = str(ex.articles["article_id"].iloc[len(ex.articles) // 2])
    changes = {
        "group by outlet (loaded, writer)": lambda: ex.rates("outlet", "loaded", "writer"),
        "group by label": lambda: ex.rates("label", "loaded", "writer"),
        "group by story (135 or more groups)": lambda: ex.rates("story", "loaded", "writer"),
        "group by month": lambda: ex.rates("published", "loaded", "writer", "M"),
        "measure: hedges": lambda: ex.rates("outlet", "hedges", "writer"),
        "voice: quoted": lambda: ex.rates("outlet", "loaded", "quoted"),
        "search a word in a lexicon (regime)": lambda: ex.search("regime"),
        "search a word in none (tuesday)": lambda: ex.search("tuesday"),
        "search a phrase (the white house)": lambda: ex.search("the white house"),
        "contexts of a word in one group": lambda: ex.contexts("said", "outlet 03"),
        "open an article with its highlights": lambda: article_html(ex, some),
        "whole page: rates + phrase + contexts + article": lambda: explorer(
            ex, by="label", measure="hedges", voice="writer", phrase="the white house", article=some,
            interactive=False),
    }
    print(f"\nfilter change at {len(ex.articles):,} articles         first   median   slowest   within 1 s "
          f"({args.repeat} runs after the first)")
    within = 0
    for name, call in changes.items():
        first = timed(call, 1)[0]  # the first call imports and caches (made when the notebook's cell runs)
        times = timed(call, args.repeat)
        ok = sum(t < 1.0 for t in times)
        within += ok
        print(f"  {name:<48} {first:6.3f} s {statistics.median(times):6.3f} s  {max(times):6.3f} s   "
              f"{ok}/{len(times)}")
    total = args.repeat * len(changes)
    print(f"\n{within}/{total} filter changes answered within 1 s")
    ex.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
