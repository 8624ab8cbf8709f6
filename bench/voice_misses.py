"""Where the voice layer and PolNeAR's annotators disagree, for reading: loaded terms and hedges in the writer's
voice that lie inside annotated attributed content (misses), and matches given another voice outside every
annotated content span (false others), each with its sentence and the annotated cue.

Usage: ``python bench/voice_misses.py --data DIR [--list misses|false] [--before REV]``, where DIR holds
``polnear_dev.jsonl`` (see analysis/evaluation/polnear.py; skipped with a message when it is absent). Prints
the counts behind the voice figures of bench/validate.py and the *precision of the other voices*: of the
loaded and hedge matches given another voice, the share inside annotated content, per voice. ``--before REV``
also prints the counts of the package at git revision REV (unpacked with ``git archive`` and run in a
subprocess on the same texts), so both come from one command. The data is never copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

MEASURES = ("loaded", "hedges")


def _inside(contents: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    return next((c for c in contents if c[0] <= offset < c[1]), None)


def _cue(record: dict, content: tuple[int, int]) -> str:
    text = record["text"]
    for a in record["attributions"]:
        if any((int(s), int(e)) == content for s, e in a["content"]):
            return " / ".join(text[int(s):int(e)] for s, e in a["cue"]) or "(none)"
    return "(none)"


def read(records: list[dict], listing: str) -> tuple[Counter, list[str]]:
    """Counts ``(measure or voice, 'writer'|'other'|voice, inside)`` and the listed cases, read in context."""
    from analysis.corpus import Article
    from analysis.pipeline import Config, analyzer_for

    analyzer, counts, listed = analyzer_for(Config()), Counter(), []
    for r in records:
        text = r["text"]
        result = analyzer.analyze(Article(id=str(r["id"]), text=text))
        contents = [(int(s), int(e)) for a in r["attributions"] for s, e in a["content"] if int(e) > int(s)]
        for s in result.spans():
            if s.measure not in MEASURES:
                continue
            content = _inside(contents, s.start)
            writer = s.voice == "writer"
            counts[(s.measure, "writer" if writer else "other", content is not None)] += 1
            if not writer:
                counts[("voice", s.voice, content is not None)] += 1
            sentence = result.document.sentence_text(s.sentence)
            if listing == "misses" and writer and content:
                listed.append(f"- {r['id']} {s.measure} [{text[s.start:s.end]}], cue: {_cue(r, content)}\n"
                              f"  {sentence}")
            elif listing == "false" and not writer and not content and s.voice != "name":
                listed.append(f"- {r['id']} {s.measure} [{text[s.start:s.end]}] {s.voice} by {s.speaker!r}\n"
                              f"  {sentence}")
    return counts, listed


def summary(counts: Counter) -> list[str]:
    """The figures, each with its counts."""
    lines = []
    for m in MEASURES:
        wi, w = counts[(m, "writer", True)], counts[(m, "writer", True)] + counts[(m, "writer", False)]
        io, i = counts[(m, "other", True)], counts[(m, "other", True)] + counts[(m, "writer", True)]
        lines.append(f"{m}: writer's voice inside attributed content {wi}/{w} = {wi / max(w, 1):.3f}; "
                     f"inside attributed content given another voice {io}/{i} = {io / max(i, 1):.3f}")
    voices = sorted({v for k, v, _ in counts if k == "voice"})
    inside = sum(counts[("voice", v, True)] for v in voices)
    total = inside + sum(counts[("voice", v, False)] for v in voices)
    lines.append(f"precision of the other voices (loaded + hedges inside annotated content): {inside}/{total} = "
                 f"{inside / max(total, 1):.3f}")
    lines += [f"  {v}: {counts[('voice', v, True)]}/{counts[('voice', v, True)] + counts[('voice', v, False)]}"
              for v in voices]
    return lines


def before(rev: str, data: Path) -> list[str]:
    """The summary of the package at ``rev``, run from an unpacked copy in a subprocess."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", rev, "analysis"], capture_output=True)
        if archive.returncode:
            return [f"before ({rev}) skipped: git archive failed: {archive.stderr.decode()[:200]}"]
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": tmp}
        run = subprocess.run([sys.executable, __file__, "--data", str(data), "--json"], capture_output=True,
                             env=env, text=True)
        if run.returncode:
            return [f"before ({rev}) skipped: {run.stderr[-300:]}"]
        return json.loads(run.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--list", choices=("misses", "false"), default="")
    parser.add_argument("--before", default="")
    parser.add_argument("--json", action="store_true", help="print the summary lines as JSON (used by --before)")
    args = parser.parse_args(argv)
    path = args.data / "polnear_dev.jsonl"
    if not path.is_file():
        print(f"PolNeAR skipped: {path} not found (give the folder that holds it with --data)")
        return 0
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts, listed = read(records, args.list)
    if args.json:
        print(json.dumps(summary(counts)))
        return 0
    if args.before:
        print(f"## before ({args.before})", *before(args.before, args.data), sep="\n")
    print("## now", *summary(counts), sep="\n")
    if listed:
        print(f"\n## {args.list} ({len(listed)})", *listed, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
