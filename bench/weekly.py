"""Scheduled-run benchmark: does "since the last run" flag a real shift, and stay quiet when nothing changed?

Simulates ``--series`` series (default 20) of ``--weeks`` weekly runs (default 8) over a growing collection
built from real news text: the BASIL articles in ``../shared/eval`` (three outlets), each split at the
paragraph boundary nearest its middle into two articles of about 330 words (so a series can draw
``--per-week`` new articles per outlet and week, default 10, without using a text twice), and the three seed
articles. Each series draws its own articles and dates them across the weeks. In half of the series, from week
``--shift-week`` (default 6) on, one outlet's new articles each get ``--sentences`` loaded sentences (default
2) in the writer's own voice, written for this benchmark (below) and inserted between paragraphs.

Each run compares its new articles with the previous run exactly as a report run does
(:func:`analysis.compare.changes.since`, with the earlier runs as the series and the previous run's articles
for the permutation test); to keep 160 runs tractable, each distinct text is analysed once with
:func:`analysis.analyze_corpus` (the shifted copies too), and neither the store nor the notebook report is
run. Printed: the size of the shift, the share of shifted series flagged in the shift week for the shifted
outlet's own-voice loaded rate (goal >= 0.9), and the share of run-to-run comparisons where nothing changed
that flag anything at all, any group, any measure (goal <= 0.05; comparisons after the shift week in shifted
series are left out and shown apart), with 95% Wilson intervals. Usage::

    python bench/weekly.py [--eval ../shared/eval] [--series 20] [--weeks 8] [--per-week 10] [--sentences 2]
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import pandas as pd

from analysis import analyze_corpus
from analysis.compare.changes import since
from analysis.corpus.model import Article
from analysis.evaluation.metrics import wilson
from analysis.paths import PROJECT_DIR, SEED_ARTICLES

#: Loaded sentences in a writer's own voice, written for this benchmark (each has one to three entries of
#: the shipped loaded-terms lexicon: evaluative, emotive, dismissive, partisan words).
LOADED_SENTENCES = (
    "The reckless plan has been a disaster for the families it was meant to help.",
    "Critics were right to call the scheme a shameful betrayal of voters.",
    "It was an outrageous display of arrogance from a party that once promised better.",
    "The botched rollout exposed a cynical strategy that nobody should trust.",
    "This absurd proposal is the latest in a string of dishonest stunts.",
    "Lawmakers slammed the radical agenda as a sham that ignores ordinary people.",
    "The so-called reform is little more than a publicity stunt.",
    "Once again, the leadership chose a disgraceful path over a sensible one.",
    "The embarrassing fiasco has left the campaign scrambling to explain itself.",
    "Voters deserve better than this callous and incompetent response.",
)
MEASURE = "writer_loaded_per_1000"


def base_articles(eval_dir: Path) -> list[dict]:
    """BASIL's articles (id, outlet, title, text) and the seeds, the seeds spread over BASIL's outlets."""
    from analysis.corpus import load_corpus

    bases = []
    basil = eval_dir / "basil_articles.jsonl"
    if not basil.exists():
        raise SystemExit(f"{basil} is missing: pass --eval with the folder holding basil_articles.jsonl")
    for line in basil.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for half, text in enumerate(halves(row["text"])):
            bases.append({"id": f"{row['article_id']}-{half}", "outlet": row["outlet"],
                          "title": row.get("title", ""), "text": text})
    outlets = sorted({b["outlet"] for b in bases})
    for i, seed in enumerate(load_corpus(SEED_ARTICLES)):
        bases.append({"id": f"seed-{seed.id}", "outlet": outlets[i % len(outlets)], "title": seed.title,
                      "text": seed.text})
    return bases


def halves(text: str) -> list[str]:
    """An article split at the paragraph boundary nearest its middle into two shorter articles (the whole
    article when it has fewer than four paragraphs)."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < 4:
        return [text]
    middle, seen = len(text) / 2, 0
    cut = 1
    for i, p in enumerate(paragraphs[:-1], start=1):
        seen += len(p) + 2
        if abs(seen - middle) < abs(sum(len(q) + 2 for q in paragraphs[:cut]) - middle):
            cut = i
    return ["\n\n".join(paragraphs[:cut]), "\n\n".join(paragraphs[cut:])]


def shifted(text: str, rng: random.Random, n: int) -> str:
    """``text`` with ``n`` loaded sentences inserted between paragraphs (or after sentences)."""
    parts = text.split("\n\n") if text.count("\n\n") >= 2 else text.split(". ")
    joiner = "\n\n" if text.count("\n\n") >= 2 else ". "
    for sentence in rng.sample(LOADED_SENTENCES, n):
        at = rng.randrange(1, len(parts))
        parts.insert(at, sentence if joiner == "\n\n" else sentence.rstrip("."))
    return joiner.join(parts)


def plan_series(bases: list[dict], args, rng: random.Random) -> list[dict]:
    """Every series: its articles (base, week, shifted?) and, for shifted ones, the outlet."""
    outlets = sorted({b["outlet"] for b in bases})
    by_outlet = {o: [b for b in bases if b["outlet"] == o] for o in outlets}
    series = []
    for s in range(args.series):
        shift = s % 2 == 1
        target = rng.choice(outlets) if shift else ""
        items = []
        for outlet in outlets:
            drawn = rng.sample(by_outlet[outlet], args.weeks * args.per_week)
            for k, base in enumerate(drawn):
                week = k // args.per_week + 1
                items.append({"base": base, "week": week,
                              "shift": shift and outlet == target and week >= args.shift_week})
        series.append({"id": s, "shifted": shift, "outlet": target, "items": items})
    return series


def analyse_all(series: list[dict], args) -> dict:
    """Analyse every distinct text once; returns {text key: (articles row, matches rows)}."""
    texts = {}
    for s in series:
        for item in s["items"]:
            key = (item["base"]["id"], item["shift"])
            if key not in texts:
                rng = random.Random(f"{item['base']['id']}-{args.seed}")
                body = shifted(item["base"]["text"], rng, args.sentences) if item["shift"] else item["base"]["text"]
                texts[key] = Article(id=f"{key[0]}-{int(key[1])}", text=body, outlet=item["base"]["outlet"],
                                     title=item["base"]["title"])
    tables = analyze_corpus(list(texts.values()), workers=args.workers)
    rows = {a: r for a, r in zip(tables.articles["article_id"], tables.articles.to_dict("records"))}
    matches = {k: g for k, g in tables.matches.groupby("article_id")}
    return {key: (rows[a.id], matches.get(a.id)) for key, a in texts.items()}, len(texts)


def run_series(s: dict, analysed: dict, args) -> list[dict]:
    """The weekly runs of one series: for each week after the first, what was flagged."""
    rows, match_parts, results, history, previous, previous_rows = [], [], [], [], None, None
    for week in range(1, args.weeks + 1):
        new_ids = []
        for n, item in enumerate(i for i in s["items"] if i["week"] == week):
            row, found = analysed[(item["base"]["id"], item["shift"])]
            aid = f"s{s['id']}-w{week}-{n}"
            rows.append({**row, "article_id": aid, "published": f"2026-{week + 1:02d}-0{n % 7 + 1}"})
            if found is not None:
                match_parts.append(found.assign(article_id=aid))
            new_ids.append(aid)
        articles = pd.DataFrame(rows)
        matches = pd.concat(match_parts, ignore_index=True) if match_parts else pd.DataFrame()
        now, changes = since(articles, matches, "outlet", previous, history, new_ids, previous_rows)
        if changes is not None:
            flagged = [(r["group"], r["measure"]) for r in changes["rates"] if r["flagged"]]
            target = [r for r in changes["rates"] if (r["group"], r["measure"]) == (s["outlet"], MEASURE)]
            results.append({"week": week, "flagged": flagged,
                            "target": (s["outlet"], MEASURE) in flagged and week == args.shift_week,
                            "rates": (target[0]["now"]["value"], target[0]["then"]["value"]) if target else None})
        history.append(now)
        previous, previous_rows = now, articles
    return results


def share(k: int, n: int) -> str:
    """``k/n = share (95% interval lo to hi)``, the interval Wilson's."""
    if n == 0:
        return "n/a"
    low, high = wilson(k, n)
    return f"{k}/{n} = {k / n:.2f} (95% interval {low:.2f} to {high:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(PROJECT_DIR.parent / "shared" / "eval"), help="BASIL folder")
    parser.add_argument("--series", type=int, default=20)
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--per-week", type=int, default=10, help="new articles per outlet and week")
    parser.add_argument("--shift-week", type=int, default=6)
    parser.add_argument("--sentences", type=int, default=2, help="loaded sentences added to a shifted article")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--verbose", action="store_true", help="list the flags where nothing changed")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    clock = time.monotonic()
    series = plan_series(base_articles(Path(args.eval)), args, rng)
    analysed, distinct = analyse_all(series, args)
    print(f"analysed {distinct} distinct texts in {time.monotonic() - clock:.1f} s")
    hits, quiet, quiet_flagged, after, after_flagged, sizes = 0, 0, 0, 0, 0, []
    for s in series:
        for r in run_series(s, analysed, args):
            if s["shifted"] and r["week"] == args.shift_week:
                hits += r["target"]
                sizes.append(r["rates"])
            elif s["shifted"] and r["week"] > args.shift_week:
                after += 1
                after_flagged += bool(r["flagged"])
            else:
                quiet += 1
                quiet_flagged += bool(r["flagged"])
                if r["flagged"] and args.verbose:
                    print(f"  series {s['id']} week {r['week']}: flagged {r['flagged']}")
    shifted_n = sum(s["shifted"] for s in series)
    print(f"{len(series)} series x {args.weeks} weekly runs, {args.per_week} new articles per outlet and week, "
          f"{args.sentences} loaded sentences per shifted article from week {args.shift_week}")
    now, then = (sum(x[i] for x in sizes if x) / max(1, len([x for x in sizes if x])) for i in (0, 1))
    print(f"the shift: the outlet's new articles in week {args.shift_week} averaged {now:.1f} own-voice loaded "
          f"terms per 1,000 of the writer's words, against {then:.1f} in the previous run")
    print(f"shifted series flagged in week {args.shift_week} (that outlet, {MEASURE}): "
          f"{share(hits, shifted_n)}  goal >= 0.9")
    print(f"run-to-run comparisons flagged where nothing changed: {share(quiet_flagged, quiet)}  goal <= 0.05")
    print(f"(comparisons after the shift week in shifted series, flagged: {share(after_flagged, after)})")
    print(f"total {time.monotonic() - clock:.1f} s")


if __name__ == "__main__":
    main()
