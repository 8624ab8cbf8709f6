"""Time the seed report: the project's runner against the naive loop a user would otherwise write.

In one run: (a) ``python -m analysis report`` on the seeds (what ``make report`` runs, with a ready
environment) and (b) for each notebook, the ``papermill`` command and then ``jupyter nbconvert --to html``.
Prints both wall-clock times and the ratio. Usage: ``python bench/report_speed.py [--repeat 1]``.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.paths import NOTEBOOKS_DIR, SEED_ARTICLES

BIN = Path(sys.executable).parent


def timed(commands: list[list[str]], cwd: Path) -> float:
    started = time.perf_counter()
    for command in commands:
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def runner(out: Path) -> list[list[str]]:
    return [[sys.executable, "-m", "analysis", "report", "--quiet", "--name", "bench", "--out", str(out)]]


def naive(out: Path) -> list[list[str]]:
    commands = []
    for nb in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        executed = out / nb.name
        commands.append([str(BIN / "papermill"), str(nb), str(executed), "-p", "corpus", str(SEED_ARTICLES),
                         "--cwd", str(NOTEBOOKS_DIR)])
        commands.append([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)])
    return commands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (the best is reported)")
    args = parser.parse_args()
    ours, theirs = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            ours.append(timed(runner(Path(tmp)), NOTEBOOKS_DIR.parent))
        with tempfile.TemporaryDirectory() as tmp:
            theirs.append(timed(naive(Path(tmp)), NOTEBOOKS_DIR.parent))
    a, b = min(ours), min(theirs)
    print(f"python -m analysis report (seeds, all notebooks): {a:.1f} s (goal < 10 s)")
    print(f"naive loop (papermill + nbconvert per notebook): {b:.1f} s")
    print(f"speed-up: {b / a:.2f}x (goal >= 2x)")


if __name__ == "__main__":
    main()
