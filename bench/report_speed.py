"""Time the report of a small corpus against the analysis alone, and the runner against a naive loop.

In one run, for the seeds and for a teacher's corpus of 30 BASIL articles (10 stories x 3 outlets, when
``../shared/eval`` is there): the analysis alone (a fresh run store, one process, as ``bench/scale.py`` times
it) and the whole report (``python -m analysis report`` with a fresh store: the analysis, the four
notebooks, the pages), each as wall and CPU seconds (this process's children) and peak memory of the process
tree; then the ratio. With ``--baseline TREE`` (another checkout with its own ``.venv``, e.g. ``../main``),
the same for that tree, the two trees alternated run by run (this tree first in odd rounds, the baseline
first in even ones), so both meet the same load; each tree's ratio is to its own analysis in the same
round. With ``--naive``, also each notebook through the ``papermill`` command and ``jupyter nbconvert --to
html`` one after the other, the loop a user would otherwise write. Usage::

    python bench/report_speed.py [--repeat 3] [--baseline ../main] [--naive]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.paths import NOTEBOOKS_DIR, PROJECT_DIR, SEED_ARTICLES

sys.path.insert(0, str(Path(__file__).parent))
from report_profile import EVAL, basil_corpus  # noqa: E402 - bench scripts import each other by path
from scale import measured  # noqa: E402

BIN = Path(sys.executable).parent


def timed(commands: list[list[str]], cwd: Path) -> float:
    started = time.perf_counter()
    for command in commands:
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def naive(out: Path) -> list[list[str]]:
    commands = []
    for nb in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        executed = out / nb.name
        commands.append([str(BIN / "papermill"), str(nb), str(executed), "-p", "corpus", str(SEED_ARTICLES),
                         "--cwd", str(NOTEBOOKS_DIR)])
        commands.append([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)])
    return commands


class Tree:
    """A checkout to time: its folder and its Python (``.venv/bin/python``; this process's for this tree)."""

    def __init__(self, root: Path, python: str, name: str):
        self.root, self.python, self.name = root, python, name

    def analysis(self, store: Path, corpus: Path) -> list[str]:
        return [self.python, str(self.root / "bench" / "scale.py"), "--analyze-only", str(store), str(corpus), "1"]

    def report(self, corpus: Path, out: Path) -> list[str]:
        return [self.python, "-m", "analysis", "report", "--quiet", "--corpus", str(corpus), "--out", str(out)]


def report_against_analysis(label: str, corpus: Path, trees: list[Tree], repeat: int) -> dict[str, float]:
    """Print each tree's report and analysis figures for ``corpus`` (the round with the fastest report of
    ``repeat``, with the analysis of that round); returns each tree's report wall seconds."""
    best: dict[str, tuple] = {}
    for round_ in range(repeat):
        for tree in (trees if round_ % 2 == 0 else trees[::-1]):
            with tempfile.TemporaryDirectory() as tmp:
                analysis = measured(tree.analysis(Path(tmp) / "store", corpus), cwd=tree.root)
                report = measured(tree.report(corpus, Path(tmp) / "reports"), cwd=tree.root)
            if tree.name not in best or report[0] < best[tree.name][0][0]:
                best[tree.name] = (report, analysis)
    for tree in trees:
        (rw, rpeak, rcpu), (aw, _, acpu) = best[tree.name]
        print(f"{label}, {tree.name}: report {rw:.1f} s ({rcpu:.1f} s CPU, peak {rpeak / 2**30:.2f} GB) = "
              f"{rw / aw:.1f}x the analysis alone ({aw:.1f} s, {acpu:.1f} s CPU; {rcpu / acpu:.1f}x its CPU); "
              "goal < 10 s on an idle 2-core machine", flush=True)
    if len(trees) == 2:
        (mine, _), (base, _) = best[trees[0].name], best[trees[1].name]
        print(f"{label}: this tree's report against the baseline's: {mine[0] / base[0]:.2f}x the wall, "
              f"{mine[2] / base[2]:.2f}x the CPU", flush=True)
    return {name: report[0] for name, (report, _) in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (the best is reported)")
    parser.add_argument("--naive", action="store_true", help="also time the naive papermill + nbconvert loop")
    parser.add_argument("--baseline", help="another checkout (with its .venv) to time alternately, e.g. ../main")
    args = parser.parse_args()
    trees = [Tree(PROJECT_DIR, sys.executable, "this tree")]
    if args.baseline:
        root = Path(args.baseline).resolve()
        python = root / ".venv" / "bin" / "python"
        if not python.exists():
            raise SystemExit(f"{python} is missing: run make setup in {root} first")
        trees.append(Tree(root, str(python), f"baseline {root.name}"))
    print(f"load average {os.getloadavg()[0]:.1f} at the start, {os.cpu_count()} cores", flush=True)
    seeds = report_against_analysis("seeds (3 articles)", SEED_ARTICLES, trees, args.repeat)["this tree"]
    if (EVAL / "basil_articles.jsonl").exists():
        with tempfile.TemporaryDirectory() as tmp:
            report_against_analysis("BASIL, 10 stories x 3 outlets (30 articles)",
                                    basil_corpus(Path(tmp) / "basil.jsonl", 10), trees, args.repeat)
    else:
        print(f"BASIL corpus skipped: {EVAL / 'basil_articles.jsonl'} is absent")
    if args.naive:
        theirs = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                theirs.append(timed(naive(Path(tmp)), PROJECT_DIR))
        print(f"naive loop (papermill + nbconvert per notebook, seeds): {min(theirs):.1f} s = "
              f"{min(theirs) / seeds:.2f}x the runner (goal >= 2x)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
