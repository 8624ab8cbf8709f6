"""Draw the matches a careful reader judges: writer's-voice STRONG loaded terms, each in its sentence.

Usage: ``python bench/reading_sample.py --data DIR [--n 50] [--seed 2026] [--set basil|ptc]``. DIR holds the
BASIL development half (``basil_articles.jsonl`` + ``basil_sentences.jsonl``) and ``ptc_dev.jsonl``. For each
set, every article is analysed as users get it (shipped lexicons, the voice layer), every loaded match of
strength ``strong`` in the writer's own voice in the body is listed, and ``--n`` of them are drawn with a fixed
``--seed`` (``random.Random(seed).sample`` over the matches in corpus order), so the draw is the same on any
machine with the same engine. Prints a markdown table to fill in: sentence (the words in bold), words
written, lexicon entry, verdict, reason. The readings are kept in ``docs/readings/``; the data is never
copied into the repository (the reading files keep the article, the words, the verdict and the reason). Without the files it says so and exits 0.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

from analysis.corpus import Article
from analysis.evaluation.basil import body_of
from analysis.evaluation.ptc import split
from analysis.evaluation.validity import read_jsonl
from analysis.pipeline import Config, analyzer_for

SEED = 2026
N = 50


def basil_articles(data: Path):
    """``(id, title, body)`` of every BASIL article, the body rebuilt from its sentences as in validate."""
    rows = defaultdict(list)
    for s in read_jsonl(data / "basil_sentences.jsonl"):
        rows[(s["triplet_id"], s["article_id"])].append(s)
    for a in read_jsonl(data / "basil_articles.jsonl"):
        body, _ = body_of(rows[(a["triplet_id"], a["article_id"])])
        yield f"{a['outlet']}/{a['article_id']}", a.get("title", ""), body


def ptc_articles(data: Path):
    for r in read_jsonl(data / "ptc_dev.jsonl"):
        title, body, _ = split(r["text"])
        yield str(r["id"]), title, body


def strong_writer_matches(articles, config: Config | None = None) -> list[dict]:
    """Every writer's-voice strong loaded match in the bodies of ``articles``, in corpus order."""
    analyzer = analyzer_for(config or Config())
    out = []
    for article_id, title, body in articles:
        a = analyzer.analyze(Article(id=article_id, text=body, title=title))
        for s in a.spans():
            if s.measure == "loaded" and s.voice == "writer" and a.strengths.get(s.entry) == "strong":
                sentence = a.document.sentences[s.sentence]
                text = a.document.text
                marked = (text[sentence.start:s.start] + "**" + s.text + "**" + text[s.end:sentence.end])
                out.append({"article": article_id, "sentence": " ".join(marked.split()), "words": s.text,
                            "entry": s.entry, "category": s.category})
    return out


def table(sample: list[dict]) -> str:
    rows = ["| # | article | sentence | words | entry | verdict | reason |", "|---|---|---|---|---|---|---|"]
    for n, m in enumerate(sample, 1):
        cells = [str(n), m["article"], m["sentence"].replace("|", "\\|"), m["words"], m["entry"], "", ""]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder with basil_*.jsonl and ptc_dev.jsonl")
    parser.add_argument("--n", type=int, default=N, help=f"matches drawn per set (default {N})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the draw (default {SEED})")
    parser.add_argument("--set", choices=("basil", "ptc"), nargs="+", default=["basil", "ptc"])
    args = parser.parse_args(argv)
    data = Path(args.data or "")
    sets = {"basil": (("basil_articles.jsonl", "basil_sentences.jsonl"), basil_articles),
            "ptc": (("ptc_dev.jsonl",), ptc_articles)}
    for name in args.set:
        files, read = sets[name]
        missing = [f for f in files if not (data / f).is_file()]
        if not args.data or missing:
            print(f"{name} skipped: {', '.join(missing) or 'pass --data DIR'} not found in {data}")
            continue
        found = strong_writer_matches(read(data))
        sample = random.Random(args.seed).sample(found, min(args.n, len(found)))
        print(f"## {name}: {len(sample)} of {len(found)} writer's-voice strong matches (seed {args.seed})\n")
        print(table(sample) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
