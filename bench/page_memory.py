"""Memory of each report page, cell by cell: a page's code run in this process against a report run's store.

Runs the code cells of one report notebook (its parameters cell first, then ``corpus`` and ``tables_dir``
set) in this process, with ``FRAMING_STORE`` / ``FRAMING_RUN`` pointing at a run of the store (as a report
run's kernel has them), and prints after each cell the resident memory (RSS) and its peak so far (VmHWM),
with the CPU seconds so far. The store's run must have analysed exactly the corpus with the report's
settings (``bench/scale.py --analyze-only STORE CORPUS WORKERS`` makes one), else the page analyses the corpus
again (then "load" takes minutes). Usage::

    python bench/page_memory.py --store STORE --corpus CORPUS --notebook notebooks/04_comparison_report.ipynb \
        [--run ID] [--tables DIR]

The tables a page writes go to ``--tables`` (compare two of them byte for byte to check that a change keeps
the results). Charts are drawn with matplotlib's Agg backend; what a cell displays is discarded.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import time


def memory() -> tuple[float, float]:
    """(RSS, peak RSS) of this process in GB."""
    with open("/proc/self/status", encoding="ascii") as status:
        fields = dict(line.split(":", 1) for line in status)
    return tuple(int(fields[k].split()[0]) / 2**20 for k in ("VmRSS", "VmHWM"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="the run store a report run (or scale.py) wrote")
    parser.add_argument("--corpus", required=True, help="the corpus that run analysed")
    parser.add_argument("--notebook", required=True, help="the report notebook to run")
    parser.add_argument("--run", default="", help="the run's id (default: the store's latest run)")
    parser.add_argument("--tables", default="", help="folder for the page's CSV tables (default: a temporary one)")
    args = parser.parse_args()
    from analysis.store import RunStore

    store = RunStore(args.store, create=False)
    os.environ["FRAMING_STORE"], os.environ["FRAMING_RUN"] = str(store.path), args.run or store.run_entry(None)["id"]
    os.environ["MPLBACKEND"] = "Agg"
    with open(args.notebook, encoding="utf-8") as f:
        cells = ["".join(c["source"]) for c in json.load(f)["cells"] if c["cell_type"] == "code"]
    space = {"__name__": "__main__"}
    exec(cells[0], space)  # noqa: S102 - the notebook's parameters cell
    space.update(corpus=args.corpus, tables_dir=args.tables or tempfile.mkdtemp(prefix="page-memory-"))
    start = time.process_time()
    rss, peak = memory()
    print(f"{'CPU s':>7} {'RSS GB':>7} {'peak GB':>7}  cell\n{0:7.1f} {rss:7.2f} {peak:7.2f}  (imports)")
    for cell in cells[1:]:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(cell, "cell", "exec"), space)  # noqa: S102
        rss, peak = memory()
        first = (cell.strip().splitlines() or [""])[0][:70]
        print(f"{time.process_time() - start:7.1f} {rss:7.2f} {peak:7.2f}  {first}", flush=True)
    print(f"tables in {space['tables_dir']}", file=sys.stderr)


if __name__ == "__main__":
    main()
