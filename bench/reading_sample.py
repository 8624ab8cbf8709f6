"""Draw the matches a careful reader judges: writer's-voice STRONG loaded terms, each in its sentence.

Usage: ``python bench/reading_sample.py --data DIR [--n 50] [--seed 2026] [--set basil|ptc]`` (or ``--data DIR
--recheck FILE --round N``, below). DIR holds the
BASIL development half (``basil_articles.jsonl`` + ``basil_sentences.jsonl``), ``ptc_dev.jsonl`` and
``polnear_dev.jsonl`` (``--set polnear``: election news no reading was written against); ``--set babe`` and
``--set newsmtsc`` read ``babe.jsonl`` and ``newsmtsc.jsonl``, single news sentences from many outlets, each
as an article of one sentence (a recheck of their rounds names the set: NewsMTSC's ids look like PolNeAR's). For each
set, every article is analysed as users get it (shipped lexicons, the voice layer), every loaded match of
strength ``strong`` in the writer's own voice in the body is listed, and ``--n`` of them are drawn with a fixed
``--seed`` (``random.Random(seed).sample`` over the matches in corpus order), so the draw is the same on any
machine with the same engine. Prints a markdown table to fill in: sentence (the words in bold), words
written, lexicon entry, verdict, reason. The readings are kept in ``docs/readings/``; the data is never
copied into the repository (the reading files keep the article, the words, the verdict and the reason). Without the files it says so and exits 0.

Each row also gives ``start``, the match's character offset in the body the engine analyses, so a judged match can
be found again. ``--recheck FILE --round N`` reads round N's table from a reading file (``docs/readings/``) and
prints, for the engine as it is now, which judged matches are still writer's-voice strong matches and which have
left (each with its verdict), and the share of "yes" among those still in, with a 95% Wilson interval: what the
engine keeps of a reading after later changes. A judged match is found again by article id, start and words; a row
without a start (rounds before 7), or whose start moved by at most ``--moved`` characters (default 200), is matched
to the same words in the same article, the nearest start first, and shown as moved. The set is taken from the
table's article ids (BASIL's are ``outlet/id``, PTC's digits, PolNeAR's ``outlet_date_slug``) unless one ``--set`` is given.

``--unread FILE [FILE ...]`` draws only from matches no round of those reading files judged (same article, start
and words): the honest sample for a fresh reading, since rules written against earlier readings remove the
matches those readers rejected and keep the ones they accepted.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from analysis.corpus import Article
from analysis.errors import InputError
from analysis.evaluation.basil import body_of
from analysis.evaluation.metrics import wilson
from analysis.evaluation.ptc import split
from analysis.evaluation.validity import read_jsonl
from analysis.pipeline import Config, analyzer_for

SEED = 2026
N = 50
MOVED = 200  # characters a judged match's start may have moved and still be the same match


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
                            "entry": s.entry, "category": s.category, "start": s.start})
    return out


def table(sample: list[dict]) -> str:
    rows = ["| # | article | start | sentence | words | entry | verdict | reason |",
            "|---|---|---|---|---|---|---|---|"]
    for n, m in enumerate(sample, 1):
        cells = [str(n), m["article"], str(m["start"]), m["sentence"].replace("|", "\\|"), m["words"], m["entry"],
                 "", ""]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def cells(line: str) -> list[str]:
    """The cells of one markdown table row (``\\|`` is a bar inside a cell)."""
    parts = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [p.strip().replace("\\|", "|") for p in parts]


def read_round(path: Path, round_no: str) -> list[dict]:
    """The judged rows of round ``round_no`` in a reading file, in table order.

    The round's table is the first table after the heading ``## Round N`` (``N`` as written, e.g. ``7``); its
    header names the columns, of which ``article``, ``words`` and ``verdict`` are needed and ``start`` and
    ``entry`` are read when present. Each row: ``{"n", "article", "start" (int or None), "words", "entry",
    "verdict" (as written), "yes" (the verdict starts with yes)}``. Raises InputError naming what is missing.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such reading file", "pass the path of a file under docs/readings/")
    lines = path.read_text(encoding="utf-8").splitlines()
    heading = re.compile(rf"^## Round {re.escape(str(round_no))}(?![0-9A-Za-z+])")
    at = next((i for i, line in enumerate(lines) if heading.match(line)), None)
    if at is None:
        found = sorted({m.group(1) for m in (re.match(r"^## Round (\S+?)\b", ln) for ln in lines) if m})
        raise InputError(f"{path}: no heading '## Round {round_no}'",
                         f"the file has rounds {', '.join(found) or 'none'}")
    start = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("|")), None)
    if start is None or lines[start + 1:start + 2] == [] or not set(lines[start + 1]) <= set("|-: "):
        raise InputError(f"{path}: round {round_no} has no table under its heading",
                         "put the round's table (header row, separator row, one row per match) after the heading")
    header = [c.lower() for c in cells(lines[start])]
    missing = [c for c in ("article", "words", "verdict") if c not in header]
    if missing:
        raise InputError(f"{path}: round {round_no}'s table has no column {', '.join(missing)}",
                         "name the columns #, article, start, words, entry, verdict, reason")
    rows = []
    for number, line in enumerate(lines[start + 2:], 1):
        if not line.startswith("|"):
            break
        row = dict(zip(header, cells(line)))
        if not row.get("start", "").isdigit() and row.get("start", "") != "":
            raise InputError(f"{path}: round {round_no}, row {number}: start {row['start']!r} is not a number",
                             "write the start offset the sample printed, or leave the cell empty")
        rows.append({"n": row.get("#", str(number)), "article": row["article"], "words": row["words"],
                     "start": int(row["start"]) if row.get("start") else None, "entry": row.get("entry", ""),
                     "verdict": row["verdict"], "yes": row["verdict"].lower().startswith("yes")})
    return rows


def judged_keys(paths: list[Path]) -> set[tuple[str, int, str]]:
    """(article, start, words) of every row with a start in every round of the reading files ``paths``."""
    keys = set()
    for path in paths:
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        if not text:
            raise InputError(f"{path}: no such reading file", "pass the path of a file under docs/readings/")
        for round_no in dict.fromkeys(re.findall(r"^## Round (\S+?)(?:\s|$)", text, flags=re.M)):
            try:
                rows = read_round(path, round_no)
            except InputError:
                continue                     # a heading without a table (a note): nothing judged there
            keys |= {(r["article"], r["start"], r["words"]) for r in rows if r["start"] is not None}
    return keys


def recheck(judged: list[dict], current: list[dict], moved: int = MOVED) -> list[dict]:
    """Each judged row with ``now``: the start it has in ``current`` (the engine's matches now), or None if it left.

    Exact article + start + words first; then, for a row without a start or whose start is not found, the same
    words in the same article not yet taken, nearest start first (within ``moved`` characters when the row has a
    start). Each current match is given to at most one judged row.
    """
    free: dict[tuple, list[int]] = defaultdict(list)
    for m in current:
        free[(m["article"], m["words"])].append(m["start"])
    out = [dict(row, now=None) for row in judged]
    for row in out:
        starts = free[(row["article"], row["words"])]
        if row["start"] is not None and row["start"] in starts:
            starts.remove(row["start"])
            row["now"] = row["start"]
    for row in out:
        starts = free[(row["article"], row["words"])]
        if row["now"] is not None or not starts:
            continue
        near = min(starts, key=lambda s: abs(s - row["start"]) if row["start"] is not None else s)
        if row["start"] is None or abs(near - row["start"]) <= moved:
            starts.remove(near)
            row["now"] = near
    return out


def share(k: int, n: int) -> str:
    """``k of n = share (95% Wilson interval lo to hi)``."""
    if n == 0:
        return "0 of 0"
    low, high = wilson(k, n)
    return f"{k} of {n} = {k / n:.2f} (95% Wilson interval {low:.2f} to {high:.2f})"


def recheck_report(rows: list[dict], n_current: int) -> str:
    """The recheck as markdown: the share of yes among the judged matches still in, then every row's status."""
    kept = [r for r in rows if r["now"] is not None]
    gone = [r for r in rows if r["now"] is None]
    lines = [f"judged: {len(rows)}; still writer's-voice strong matches: {len(kept)}; left: {len(gone)} "
             f"(yes {sum(r['yes'] for r in gone)}, no {sum(not r['yes'] for r in gone)})",
             f"the writer's own loaded choice among those still in: {share(sum(r['yes'] for r in kept), len(kept))}",
             f"the engine lists {n_current} such matches now; {n_current - len(kept)} of them were not judged "
             "in this round", "", "| # | article | start | words | entry | verdict | now |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        now = ("left" if r["now"] is None else "still in" if r["now"] == r["start"] or r["start"] is None
               else f"still in, moved to {r['now']}")
        start = "" if r["start"] is None else str(r["start"])
        lines.append(f"| {r['n']} | {r['article']} | {start} | {r['words']} | {r['entry']} | {r['verdict']} | {now} |")
    return "\n".join(lines)


def polnear_articles(data: Path):
    """``(id, title, body)`` of every PolNeAR development article: mainstream and partisan US election news of
    2016; the title is the first line, as for PTC."""
    for r in read_jsonl(data / "polnear_dev.jsonl"):
        title, body, _ = split(r["text"])
        yield str(r["id"]), title, body


def babe_sentences(data: Path):
    """``(id, "", sentence)`` of every BABE sentence: single sentences of US news from many outlets, each read
    as an article of one sentence (no title). No reading was written against them."""
    for r in read_jsonl(data / "babe.jsonl"):
        yield str(r["id"]), "", r["text"]


def newsmtsc_sentences(data: Path):
    """``(id, "", sentence)`` of every distinct NewsMTSC sentence (the set lists a sentence once per target;
    the id is that of its first row), each read as an article of one sentence. No reading was written
    against them."""
    seen = set()
    for r in read_jsonl(data / "newsmtsc.jsonl"):
        if r["sentence"] not in seen:
            seen.add(r["sentence"])
            yield str(r["id"]), "", r["sentence"]


SETS = {"basil": (("basil_articles.jsonl", "basil_sentences.jsonl"), basil_articles),
        "ptc": (("ptc_dev.jsonl",), ptc_articles),
        "polnear": (("polnear_dev.jsonl",), polnear_articles),
        "babe": (("babe.jsonl",), babe_sentences),
        "newsmtsc": (("newsmtsc.jsonl",), newsmtsc_sentences)}
#: The sets drawn when no ``--set`` is given: the articles (the sentence sets are drawn when named).
ARTICLE_SETS = ("basil", "ptc", "polnear")


def missing_files(name: str, data: str | None) -> str:
    """Why set ``name`` cannot be read from ``data`` (empty when it can)."""
    if not data:
        return "pass --data DIR, the folder with the annotated sets"
    missing = [f for f in SETS[name][0] if not (Path(data) / f).is_file()]
    return f"{', '.join(missing)} not found in {data}" if missing else ""


def run_recheck(args) -> int:
    """``--recheck FILE --round N``: what the engine now keeps of a round's judged matches."""
    path = Path(args.recheck)
    try:
        judged = read_round(path, args.round)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return InputError.exit_code
    name = args.set[0] if args.set and len(args.set) == 1 else (
        "babe" if all(r["article"].startswith("babe-") for r in judged) else
        "basil" if any("/" in r["article"] for r in judged) else
        "ptc" if all(r["article"].isdigit() for r in judged) else "polnear")
    why = missing_files(name, args.data)
    if why:
        print(f"recheck of {path} round {args.round} skipped: {why}")
        return 0
    current = strong_writer_matches(SETS[name][1](Path(args.data)))
    print(f"## recheck: {path} round {args.round} ({name}) against the engine now\n")
    print(recheck_report(recheck(judged, current, args.moved), len(current)) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder with basil_*.jsonl and ptc_dev.jsonl")
    parser.add_argument("--n", type=int, default=N, help=f"matches drawn per set (default {N})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the draw (default {SEED})")
    parser.add_argument("--set", choices=tuple(SETS), nargs="+", help=f"sets to draw from (default {', '.join(ARTICLE_SETS)})")
    parser.add_argument("--recheck", metavar="FILE", help="a reading file whose round --round to recheck")
    parser.add_argument("--round", help="the round to recheck, as its heading names it (e.g. 7)")
    parser.add_argument("--moved", type=int, default=MOVED,
                        help=f"characters a judged start may have moved and still match (default {MOVED})")
    parser.add_argument("--unread", metavar="FILE", nargs="+", type=Path,
                        help="draw only matches no round of these reading files judged")
    args = parser.parse_args(argv)
    if args.recheck or args.round:
        if not (args.recheck and args.round):
            parser.error("--recheck FILE and --round N go together")
        return run_recheck(args)
    for name in args.set or ARTICLE_SETS:
        why = missing_files(name, args.data)
        if why:
            print(f"{name} skipped: {why}")
            continue
        found = strong_writer_matches(SETS[name][1](Path(args.data)))
        total = len(found)
        if args.unread:
            seen = judged_keys(args.unread)
            found = [m for m in found if (m["article"], m["start"], m["words"]) not in seen]
        sample = random.Random(args.seed).sample(found, min(args.n, len(found)))
        unread = f", {len(found)} of them never read" if args.unread else ""
        print(f"## {name}: {len(sample)} of {total} writer's-voice strong matches{unread} (seed {args.seed})\n")
        print(table(sample) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
