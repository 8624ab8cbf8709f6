"""Where a report's time goes: CPU seconds per step of the runner and per cell of every notebook, in one run.

Runs the report in this process (as ``python -m analysis report`` does) on a copy of the notebooks with one
cell added in front that records, inside each kernel, the kernel's CPU before its first cell (process start
and ipykernel) and the CPU of every cell (``time.process_time`` around it, charts drawn and shown
included; and the part of it Python's garbage collector took, timed by ``gc.callbacks``). The
runner's own steps (reading the corpus, the analysis, the notebooks, HTML export, the
front page and article browser) are timed by wrapping them. CPU seconds are printed because the machine
may be shared (wall seconds follow, with the load average). Peak memory is the whole process tree's.

Corpora: ``--basil 10`` builds a teacher's corpus of 10 BASIL stories x 3 outlets (30 articles; needs
``../shared/eval``), ``--size N`` one of N articles as ``bench/scale.py`` does, ``--corpus PATH`` any corpus.
Usage::

    python bench/report_profile.py --basil 10 [--cprofile DIR] [--keep DIR]
    python bench/report_profile.py --size 1000
    python bench/report_profile.py --corpus CORPUS --store STORE   # a store holding CORPUS: no analysis
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from analysis.paths import NOTEBOOKS_DIR, PROJECT_DIR

EVAL = PROJECT_DIR.parent / "shared" / "eval"
PROFILE_ENV = "FRAMING_BENCH_PROFILE"

#: The cell put in front of each notebook's copy (not in the report's notebooks).
PROBE = """\
import json as _pj, os as _po, resource as _pr, sys as _ps, time as _pt, types as _py
if "_frm_probe" not in _ps.modules:
    _pu = _pr.getrusage(_pr.RUSAGE_SELF)
    _ps.modules["_frm_probe"] = _py.SimpleNamespace(start=_pu.ru_utime + _pu.ru_stime, t=_pt.process_time(), g=0.0,
                                                    gc=[0.0, 0.0])
    import gc as _pg
    _pg.callbacks.append(lambda phase, info, p=_ps.modules["_frm_probe"], t=_pt: p.gc.__setitem__(
        *((1, t.process_time()) if phase == "start" else (0, p.gc[0] + t.process_time() - p.gc[1]))))
    get_ipython().events.register("pre_run_cell", lambda info, p=_ps.modules["_frm_probe"], t=_pt: (
        setattr(p, "t", t.process_time()), setattr(p, "g", p.gc[0])))
    get_ipython().events.register("post_run_cell", lambda result, p=_ps.modules["_frm_probe"], t=_pt, j=_pj, o=_po: (
        p.data["cells"].append([(result.info.raw_cell.strip().splitlines() or [""])[0][:60],
                                t.process_time() - p.t, p.gc[0] - p.g]),
        open(o.path.join(o.environ["FRAMING_BENCH_PROFILE"], p.nb + ".json"), "w").write(j.dumps(p.data)),
        p.prof and (p.prof.dump_stats(o.path.join(o.environ["FRAMING_BENCH_CPROFILE"], p.nb + ".prof")),
                    p.prof.enable())))
    _ps.modules["_frm_probe"].first = True
_p = _ps.modules["_frm_probe"]
_p.nb, _p.data = _pnb, {"start": _p.start if _p.first else 0.0, "cells": []}
_p.first, _p.prof = False, None
if _po.environ.get("FRAMING_BENCH_CPROFILE"):
    import cProfile as _pc
    _p.prof = _pc.Profile()
    _p.prof.enable()
"""


def basil_corpus(path: Path, stories: int) -> Path:
    """``stories`` BASIL events covered by all three outlets, each article with its event as its story."""
    rows = [json.loads(line) for line in (EVAL / "basil_articles.jsonl").read_text(encoding="utf-8").splitlines()]
    events = defaultdict(list)
    for row in rows:
        events[row["triplet_id"]].append(row)
    chosen = [e for e in sorted(events) if len(events[e]) == 3][:stories]
    out = [{"id": f"{r['outlet']}-{k + 1:02d}", "title": r["title"], "text": r["text"], "outlet": r["outlet"],
            "published": r["date"], "story": f"story-{k + 1:02d}"}
           for k, e in enumerate(chosen) for r in sorted(events[e], key=lambda r: r["outlet"])]
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path


def probed_notebooks(folder: Path) -> Path:
    """Copies of the report notebooks, each with :data:`PROBE` in front."""
    import nbformat

    folder.mkdir(parents=True, exist_ok=True)
    for nb_path in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        probe = nbformat.v4.new_code_cell(f"_pnb = {nb_path.stem[:2]!r}\n" + PROBE)
        probe.metadata["tags"] = ["remove-from-report"]
        nb.cells.insert(0, probe)
        nbformat.write(nb, folder / nb_path.name)
    return folder


class Steps:
    """CPU seconds of this process (all its threads, less the memory watcher's own: ``watcher[0]``, CPU
    seconds it spent so far) and wall seconds per wrapped runner step."""

    def __init__(self, watcher: list):
        self.cpu, self.wall, self.watcher = defaultdict(float), defaultdict(float), watcher

    def wrap(self, module, name: str, label: str) -> None:
        inner = getattr(module, name)

        def timed(*args, **kwargs):
            c, w, m = time.process_time(), time.perf_counter(), self.watcher[0]
            try:
                return inner(*args, **kwargs)
            finally:
                self.cpu[label] += time.process_time() - c - (self.watcher[0] - m)
                self.wall[label] += time.perf_counter() - w

        setattr(module, name, timed)


def watch_memory(peak: list, done: threading.Event, spent: list) -> None:
    """Peak resident memory of this process and all its children, summed (``peak[0]``), and what each process
    held at that moment (``peak[1]``: kind -> GB), kinds being the runner, kernels and analysis workers.
    ``spent[0]`` is kept at the CPU seconds this thread used (reading the process tree ten times a second
    costs about a second of CPU in a minute's run: not the runner's)."""
    import psutil

    me = psutil.Process()
    while not done.is_set():
        try:
            tree = [me, *me.children(recursive=True)]
            sizes = [(p, p.memory_info().rss) for p in tree]
            total = sum(size for _, size in sizes)
            if total > peak[0]:
                parts = defaultdict(float)
                for p, size in sizes:
                    kind = ("runner" if p.pid == me.pid else
                            "kernels" if "ipykernel" in " ".join(p.cmdline()) else "analysis workers")
                    parts[kind] += size / 2**30
                peak[:] = [total, dict(parts)]
        except psutil.Error:
            pass
        spent[0] = time.thread_time()
        done.wait(0.1)


def run(corpus: Path, work: Path, store: str = "") -> dict:
    from analysis.report.run import runner
    from analysis.report.run.options import RunOptions

    spent = [0.0]
    steps = Steps(spent)
    for name, label in (("load_corpus", "read the corpus"),):
        import analysis.corpus as corpus_module
        steps.wrap(corpus_module, name, label)
    for name, label in (("_analyze", "analysis into the store, CSV export"),
                        ("_run_notebooks", "notebooks (runner side, while kernels run)"),
                        ("export_html", "HTML export"), ("extract_figures", "figures to PNG files"),
                        ("write_index", "front page and article browser"),
                        ("neutralise_tables", "tables made safe to open in a spreadsheet"),
                        ("audit_report", "audit of the report's sentences")):
        steps.wrap(runner, name, label)
    profile = work / "cells"
    profile.mkdir()
    os.environ[PROFILE_ENV] = str(profile)
    peak, done = [0, {}], threading.Event()
    watcher = threading.Thread(target=watch_memory, args=(peak, done, spent), daemon=True)
    watcher.start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    c0, w0, m0 = time.process_time(), time.perf_counter(), spent[0]
    target = runner.run_report(RunOptions(corpus=str(corpus), out=str(work / "reports"), name="profile",
                                          notebook_dir=str(probed_notebooks(work / "notebooks")), store=store))
    cpu, wall = time.process_time() - c0 - (spent[0] - m0), time.perf_counter() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done.set()
    watcher.join()
    children = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    kernels = {}
    for path in sorted(profile.glob("*.json")):
        kernels[path.stem.split("-")[-1]] = json.loads(path.read_text(encoding="utf-8"))
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in (target / "browser").rglob("*") if p.is_file())
    return {"runner_cpu": cpu, "children_cpu": children, "wall": wall, "peak": peak[0], "parts": peak[1],
            "steps": steps,
            "kernels": kernels, "manifest": manifest, "target": target, "browser_bytes": size}


def table(result: dict) -> str:
    lines = ["| step | CPU s | wall s |", "|---|---:|---:|"]
    steps = result["steps"]
    for label in steps.cpu:
        lines.append(f"| runner: {label} | {steps.cpu[label]:.2f} | {steps.wall[label]:.2f} |")
    seconds = {r["notebook"][:2]: r.get("seconds", 0) for r in result["manifest"]["notebooks"]}
    for nb, data in sorted(result["kernels"].items()):
        cells = data["cells"]
        total = data["start"] + sum(c for _, c, _ in cells)
        lines.append(f"| **kernel {nb}** (all, wall {seconds.get(nb, 0):.1f} s in papermill) | **{total:.2f}** | |")
        if data["start"]:
            lines.append(f"| {nb}: kernel start and ipykernel (before the first cell) | {data['start']:.2f} | |")
        for label, c, _ in cells[1:]:
            if c >= 0.05:
                lines.append(f"| {nb}: `{label.replace('|', '/')}` | {c:.2f} | |")
        small = sum(c for _, c, _ in cells[1:] if c < 0.05)
        lines.append(f"| {nb}: other cells (each < 0.05 s) | {small:.2f} | |")
        lines.append(f"| {nb}: of its cells' CPU, Python's garbage collector | {sum(g for *_, g in cells[1:]):.2f} | |")
    lines.append(f"| **all**: runner process {result['runner_cpu']:.1f} s + kernels and workers "
                 f"{result['children_cpu']:.1f} s | **{result['runner_cpu'] + result['children_cpu']:.1f}** | "
                 f"{result['wall']:.1f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--basil", type=int, help="BASIL stories (x 3 outlets) in the corpus")
    which.add_argument("--size", type=int, help="articles, built as bench/scale.py builds them")
    which.add_argument("--corpus", help="a corpus folder or file")
    parser.add_argument("--cprofile", help="folder for a cProfile dump of each kernel (slower)")
    parser.add_argument("--keep", help="folder to keep the corpus, notebooks and report in")
    parser.add_argument("--store", default="", help="a run store to analyse into and read (one that holds "
                        "the corpus already: the report as bench/scale.py times it, without the analysis)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="report-profile-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.cprofile:
        Path(args.cprofile).mkdir(parents=True, exist_ok=True)
        os.environ["FRAMING_BENCH_CPROFILE"] = os.path.abspath(args.cprofile)
    try:
        if args.basil:
            corpus = basil_corpus(work / "basil.jsonl", args.basil)
        elif args.size:
            sys.path.insert(0, str(Path(__file__).parent))
            import scale

            corpus = work / "corpus"
            scale.write_corpus(corpus, scale.base_articles(EVAL), 0, args.size)
        else:
            corpus = Path(args.corpus)
        result = run(corpus, work, args.store)
        print(f"{result['manifest']['articles']} articles; load average {os.getloadavg()[0]:.1f} at the end; "
              f"peak memory of the process tree {result['peak'] / 2**30:.2f} GB ("
              + ", ".join(f"{k} {v:.2f}" for k, v in sorted(result["parts"].items())) + "); article browser "
              f"{result['browser_bytes'] / 2**20:.1f} MB")
        print(table(result))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
