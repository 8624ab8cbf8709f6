"""Time the report of a small corpus against the analysis alone, and the runner against a naive loop.

In one run, for the seeds and for a teacher's corpus of 30 BASIL articles (10 stories x 3 outlets, when
``../shared/eval`` is there): the analysis alone (a fresh run store, one process, as ``bench/scale.py`` times
it) and the whole report (``python -m analysis report`` with a fresh store: the analysis, the four
notebooks, the pages), each as wall and CPU seconds (this process's children) and peak memory of the process
tree; then the ratio. With ``--naive``, also each notebook through the ``papermill`` command and ``jupyter
nbconvert --to html`` one after the other, the loop a user would otherwise write. Usage::

    python bench/report_speed.py [--repeat 1] [--naive]
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
from scale import analyze_command, measured  # noqa: E402

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


def report_against_analysis(label: str, corpus: Path, repeat: int) -> float:
    """Print the report's and the analysis's figures for ``corpus`` (best of ``repeat`` each); returns the
    report's wall seconds."""
    best_report, best_analysis = None, None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            analysis = measured(analyze_command(Path(tmp) / "store", corpus, 1))
            report = measured([sys.executable, "-m", "analysis", "report", "--quiet", "--corpus", str(corpus),
                               "--out", str(Path(tmp) / "reports")])
        best_analysis = min(best_analysis or analysis, analysis)
        best_report = min(best_report or report, report)
    (rw, rpeak, rcpu), (aw, _, acpu) = best_report, best_analysis
    print(f"{label}: report {rw:.1f} s ({rcpu:.1f} s CPU, peak {rpeak / 2**30:.2f} GB) = {rw / aw:.1f}x the "
          f"analysis alone ({aw:.1f} s, {acpu:.1f} s CPU; {rcpu / acpu:.1f}x its CPU); goal < 10 s on an idle "
          "2-core machine", flush=True)
    return rw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (the best is reported)")
    parser.add_argument("--naive", action="store_true", help="also time the naive papermill + nbconvert loop")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} at the start, {os.cpu_count()} cores", flush=True)
    seeds = report_against_analysis("seeds (3 articles)", SEED_ARTICLES, args.repeat)
    if (EVAL / "basil_articles.jsonl").exists():
        with tempfile.TemporaryDirectory() as tmp:
            report_against_analysis("BASIL, 10 stories x 3 outlets (30 articles)",
                                    basil_corpus(Path(tmp) / "basil.jsonl", 10), args.repeat)
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
