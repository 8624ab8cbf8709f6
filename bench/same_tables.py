"""Do two versions of the engine give the same tables? Saves the tables of a run, or compares a run with them.

The corpus: the seeds, plus (when ``--data`` holds them) every BASIL article with its title and every PolNeAR
article. ``--save DIR`` writes the tables (articles, sentences, matches, actors, voices, not_scored) as
pickles (dtypes kept exactly) into DIR; ``--compare DIR`` analyses the same corpus again and compares each
table with the saved one, cell by cell (floats exactly), printing the first differences. Used to show that a
speed change alters no match, voice, count or score: save at the commit before, compare at the commit after.
DIR is a scratch folder outside the repository (the tables hold text from the annotated data, which is never
committed).

Usage: ``python bench/same_tables.py --save /tmp/before [--data ../shared/eval]``, then
``python bench/same_tables.py --compare /tmp/before [--data ../shared/eval]``. Exits 1 when a table differs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from analysis import Article, analyze_corpus, load_corpus
from analysis.paths import SEED_ARTICLES

TABLES = ("articles", "sentences", "matches", "actors", "voices", "not_scored")


def corpus(data: Path | None) -> list[Article]:
    """The seeds, then BASIL's articles (with titles) and PolNeAR's, when ``data`` holds their files."""
    articles = list(load_corpus(SEED_ARTICLES))
    if data is None:
        return articles
    basil, polnear = data / "basil_articles.jsonl", data / "polnear_dev.jsonl"
    if basil.exists():
        for line in basil.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            articles.append(Article(id=f"basil-{row['article_id']}", title=row.get("title") or "",
                                    text=row["text"], outlet=row.get("outlet", ""), language="en"))
    if polnear.exists():
        for line in polnear.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            articles.append(Article(id=f"polnear-{row['id']}", text=row["text"],
                                    outlet=row.get("publisher", ""), language="en"))
    return articles


def tables(articles: list[Article]) -> dict[str, pd.DataFrame]:
    result = analyze_corpus(articles)
    return {name: getattr(result, name).reset_index(drop=True) for name in TABLES}


def differences(name: str, now: pd.DataFrame, saved: pd.DataFrame) -> list[str]:
    """What differs between two versions of one table (empty when they are the same)."""
    if list(now.columns) != list(saved.columns):
        return [f"{name}: columns {list(now.columns)} != saved {list(saved.columns)}"]
    if len(now) != len(saved):
        return [f"{name}: {len(now)} rows != saved {len(saved)}"]
    out = []
    for column in now.columns:
        a, b = now[column], saved[column]
        if str(a.dtype) != str(b.dtype):
            out.append(f"{name}.{column}: dtype {a.dtype} != saved {b.dtype}")
            continue
        same = (a == b) | (a.isna() & b.isna())
        for i in list(same[~same].index)[:3]:
            out.append(f"{name}.{column} row {i}: {a[i]!r} != saved {b[i]!r}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="folder to write the tables into")
    action.add_argument("--compare", type=Path, help="folder of tables saved before")
    parser.add_argument("--data", type=Path, default=None,
                        help="folder with basil_articles.jsonl and polnear_dev.jsonl (optional)")
    args = parser.parse_args()
    articles = corpus(args.data)
    found = tables(articles)
    print(f"{len(articles)} articles: " + ", ".join(f"{len(t)} {n}" for n, t in found.items()))
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for name, table in found.items():
            table.to_pickle(args.save / f"{name}.pkl")
        print(f"saved in {args.save}")
        return 0
    problems = []
    for name, table in found.items():
        saved = pd.read_pickle(args.compare / f"{name}.pkl")
        problems += differences(name, table, saved)
    print("\n".join(problems) if problems else "every table is the same, cell for cell")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
