"""The throughput ratio counted in machine instructions, which a busy machine does not change.

Runs this script again under valgrind's callgrind (Debian: ``apt-get install valgrind``) four times: the
engine (``analyze_corpus``, one worker) and the floor of ``bench/throughput.py`` (VADER, TextBlob and the
Pattern tagger bare on the same sentences) each on ``--small`` and on ``--large`` articles of the throughput
corpus. The difference between the two sizes leaves out the start (imports, lexicons), so it gives the
instructions per article; the floor's count divided by the engine's is the ratio ``bench/throughput.py``
measures in seconds (instructions are not seconds, but they move together and do not depend on the machine's
load). Takes 10-15 minutes. Usage: ``python bench/instructions.py [--small 20] [--large 60]``; set PYTHONPATH to
an unpacked older tree (``git archive REV | tar -x -C DIR``) to count an older commit the same way.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import throughput


def child(kind: str, n: int, small: int, large: int) -> None:
    """What runs under valgrind: warm up on 3 articles, then the engine or the floor on the first ``n``.
    Both floor runs split the same articles (``small`` and ``large`` of them), so the difference holds the
    libraries' work only."""
    if kind == "engine":
        from analysis import analyze_corpus
        analyze_corpus(throughput.build(3))
        analyze_corpus(throughput.build(n))
        return
    everything = throughput.sentences_of(throughput.build(large))
    first = len(throughput.sentences_of(throughput.build(small)))
    throughput.floor(throughput.sentences_of(throughput.build(3)), True)
    throughput.floor(everything[:first if n == small else len(everything)], True)


def count(kind: str, n: int, small: int, large: int) -> int:
    """Instructions callgrind counts for one child run."""
    with tempfile.TemporaryDirectory() as folder:
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={Path(folder) / 'out'}",
                              sys.executable, __file__, "--child", kind, str(n), str(small), str(large)],
                             capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", out.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=20)
    parser.add_argument("--large", type=int, default=60)
    parser.add_argument("--only", choices=("engine", "floor"), help="count one of the two")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], *map(int, args.child[1:]))
        return
    per = {}
    for kind in (args.only,) if args.only else ("engine", "floor"):
        sizes = (args.small, args.large)
        small, large = (count(kind, n, *sizes) for n in sizes)
        per[kind] = (large - small) / (args.large - args.small)
        print(f"{kind}: {per[kind] / 1e6:.1f} M instructions per article")
    if len(per) == 2:
        print(f"ratio floor / engine in instructions: {per['floor'] / per['engine']:.2f} (goal in seconds >= 0.85)")


if __name__ == "__main__":
    main()
