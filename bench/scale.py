"""Scale benchmark: analyse, rerun and report corpora of 1,000 to 100,000 articles built from real news text.

For each size it prints: the analysis into a fresh run store (wall time, peak memory of the whole process
tree), the store's size, a weekly rerun with 1% new articles (as a share of the full run), the same analysis
with 2 worker processes against 1, the report (wall time, peak memory, largest HTML page), and Scattertext's
explorer on the same articles as the peer when Scattertext can be imported (``--peer-python`` names a
Python that has it; it is not a dependency of this project).

Articles are copies of the seed articles and, when ``../shared/eval`` is there, of the BASIL news articles in
it (skipped with a message when absent), each with its own id, outlet and date, written as JSON Lines shards
of 1,000 articles. Usage::

    python bench/scale.py --sizes 1000,10000 [--report-max 1000] [--compare-max 10000] [--work DIR]

The 100,000-article run in two steps (the analysis with 2 workers, then the report once the store is full)::

    python bench/scale.py --sizes 100000 --workers 2 --no-rerun --report-max 0 --peer-max 0 --work DIR
    python bench/scale.py --sizes 100000 --reuse --peer-max 0 --work DIR
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from analysis.paths import PROJECT_DIR, SEED_ARTICLES

SHARD = 1000
OUTLETS = ("Daily Ledger", "Evening Post", "Morning Star", "Harbor Times", "Valley Voice")


def base_articles(eval_dir: Path) -> list[dict]:
    """The real texts the corpora are made of: the seeds, plus BASIL articles when the eval folder exists."""
    from analysis.corpus import load_corpus

    bases = [{"title": a.title, "text": a.text} for a in load_corpus(SEED_ARTICLES)]
    basil = eval_dir / "basil_articles.jsonl"
    if basil.exists():
        for line in basil.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("text"):
                bases.append({"title": row.get("title", ""), "text": row["text"]})
    else:
        print(f"note: {basil} is absent; building corpora from the {len(bases)} seed articles only")
    return bases


def write_corpus(folder: Path, bases: list[dict], first: int, count: int) -> None:
    """Articles ``first`` .. ``first + count - 1`` as JSON Lines shards in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(first, first + count, SHARD):
        rows = []
        for i in range(start, min(start + SHARD, first + count)):
            base = bases[i % len(bases)]
            rows.append(json.dumps({"id": f"a{i:07d}", "title": base["title"], "text": base["text"],
                                    "outlet": OUTLETS[i % len(OUTLETS)],
                                    "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"}))
        (folder / f"shard-{start // SHARD:05d}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


#: Peak memory of a measured process tree (bytes) past which it is stopped (``--max-gb``); 0: no limit.
LIMIT = [0]


def _stop(tree: list) -> None:
    """Stop the processes of ``tree`` (the measured command and its children), children first."""
    import psutil

    for proc in reversed(tree):
        try:
            proc.kill()
        except psutil.Error:
            pass


def measured(command: list[str], cwd: Path = PROJECT_DIR) -> tuple[float, int, float]:
    """Run ``command``; (wall seconds, peak resident memory of it and all its children in bytes, CPU seconds
    of it and its children). On a shared machine the CPU seconds are the steadier figure. A tree whose
    memory passes ``LIMIT`` is stopped, and the run ends with what it reached."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak, done = [0], threading.Event()

    def watch() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree if p.is_running()))
                if LIMIT[0] and peak[0] > LIMIT[0]:
                    say(f"stopped after {time.perf_counter() - started:.0f} s: the process tree passed "
                        f"{LIMIT[0] / 2**30:.1f} GB (--max-gb)")
                    _stop(tree)
                    return
            except psutil.Error:
                pass
            done.wait(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, peak[0], cpu


def analyze_command(store: Path, corpus: Path, workers: int) -> list[str]:
    return [sys.executable, __file__, "--analyze-only", str(store), str(corpus), str(workers)]


def analyze_only(store: str, corpus: str, workers: str) -> None:
    """The analysis alone (no CSV export), as the benchmark's child process, with the settings the report
    uses for this corpus (its actors file: :func:`analysis.paths.default_actors`), so that the report then
    reuses every article instead of analysing the corpus again."""
    from analysis.batches import Plan
    from analysis.report.pages.session import make_config
    from analysis.store import RunStore, Stream, analyze_into

    record = analyze_into(RunStore(store), Stream(corpus), make_config(corpus=corpus), plan=Plan(workers=int(workers)))
    print(json.dumps({k: record[k] for k in ("analysed", "reused", "seconds")}), file=sys.stderr)


def largest_page(report: Path) -> tuple[str, int]:
    pages = sorted(report.rglob("*.html"), key=lambda p: p.stat().st_size)
    return (pages[-1].name, pages[-1].stat().st_size) if pages else ("-", 0)


PEER = """
import json, sys, glob
import pandas as pd, scattertext as st
rows = [json.loads(l) for f in sorted(glob.glob(sys.argv[1] + "/*.jsonl")) for l in open(f)]
df = pd.DataFrame(rows)
corpus = st.CorpusFromPandas(df, category_col="outlet", text_col="text",
                             nlp=st.whitespace_nlp_with_sentences).build()
html = st.produce_scattertext_explorer(corpus, category=df["outlet"].iloc[0], minimum_term_frequency=5,
                                       width_in_pixels=1000)
open(sys.argv[2], "w").write(html)
"""


def peer(python: str, corpus: Path, work: Path) -> tuple[str, float, int]:
    """Scattertext's explorer on the same articles: (what to print, CPU seconds, peak bytes), or why it was
    skipped (with 0, 0)."""
    if not python:
        return "skipped (no --peer-python with scattertext)", 0.0, 0
    probe = subprocess.run([python, "-c", "import scattertext"], capture_output=True, text=True)
    if probe.returncode:
        return f"skipped ({python} cannot import scattertext)", 0.0, 0
    script = work / "peer.py"
    script.write_text(PEER, encoding="utf-8")
    seconds, peak, cpu = measured([python, str(script), str(corpus), str(work / "scattertext.html")])
    return f"{seconds:.1f} s ({cpu:.1f} s CPU), {peak / 2**30:.2f} GB", cpu, peak


def say(line: str) -> None:
    print(line, flush=True)


def analysis_part(n: int, corpus: Path, work: Path, args) -> dict:
    """Full analysis, weekly rerun, 2 workers against 1; each figure printed as soon as it is known."""
    from analysis.store import RunStore

    gb, store = 2**30, work / f"store-{n}"
    if args.reuse:
        say(f"analysis: reused (the store {store} of an earlier run with this --work)")
        return {"full": float("nan"), "store": store, "cpu": float("nan"), "peak": 0}
    full, peak, cpu = measured(analyze_command(store, corpus, args.workers))
    say(f"analyse ({args.workers} process(es)): {full:.1f} s ({cpu:.1f} s CPU), peak {peak / gb:.2f} GB; "
        f"store {RunStore(store).size_bytes() / 2**20:.1f} MB")
    if args.no_rerun:
        return {"full": full, "store": store, "cpu": cpu, "peak": peak}
    write_corpus(corpus / "week", args.bases, n, max(1, n // 100))
    again, _, again_cpu = measured(analyze_command(store, corpus, 1))
    say(f"weekly rerun with 1% new: {again:.1f} s = {100 * again / full:.1f}% of the full run; "
        f"CPU {100 * again_cpu / cpu:.1f}% (goal < 10%)")
    if n <= args.compare_max and args.workers == 1:
        second = work / f"store2-{n}"
        two, two_peak, _ = measured(analyze_command(second, corpus, 2))
        shutil.rmtree(second)
        say(f"2 workers: {two:.1f} s, peak {two_peak / gb:.2f} GB; speed-up {full / two:.2f}x (goal >= 1.7x)")
    return {"full": full, "store": store, "cpu": cpu, "peak": peak}


def one_size(n: int, work: Path, args) -> None:
    corpus = work / f"corpus-{n}"
    if not args.reuse:
        write_corpus(corpus, args.bases, 0, n)
    say(f"\n== {n:,} articles == ({time.strftime('%H:%M:%S')})")
    done = analysis_part(n, corpus, work, args)
    if n <= args.report_max:
        reports = work / f"reports-{n}"
        command = [sys.executable, "-m", "analysis", "report", "--quiet", "--corpus", str(corpus),
                   "--store", str(done["store"]), "--out", str(reports)]
        seconds, peak, cpu = measured(command)
        name, size = largest_page(reports / "latest")
        browser = sum(p.stat().st_size for p in (reports / "latest" / "browser").rglob("*") if p.is_file())
        ratio = (f" = {seconds / done['full']:.2f}x the analysis ({cpu / done['cpu']:.2f}x its CPU)"
                 if not args.reuse else "")
        say(f"report: {seconds:.1f} s ({cpu:.1f} s CPU){ratio}, peak {peak / 2**30:.2f} GB; largest page {name} "
            f"{size / 2**20:.1f} MB (goal <= 5 MB); article browser {browser / 2**20:.1f} MB")
        done["pipeline"] = (done["cpu"] + cpu, max(done["peak"], peak))
    else:
        say("report: skipped (over --report-max)")
    result, peer_cpu, peer_peak = (peer(args.peer_python, corpus, work) if n <= args.peer_max
                                   else ("skipped (over --peer-max)", 0.0, 0))
    say(f"Scattertext explorer (peer): {result}")
    if peer_cpu and "pipeline" in done:
        cpu, peak = done["pipeline"]
        say(f"pipeline (analysis + report): {cpu:.1f} s CPU = {cpu / peer_cpu:.2f}x Scattertext's CPU (goal "
            f"<= 3x); peak {peak / 2**30:.2f} GB = {peak / peer_peak:.2f}x Scattertext's")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--analyze-only":
        return analyze_only(*sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--report-max", type=int, default=10000, help="largest size to run the report on")
    parser.add_argument("--compare-max", type=int, default=100000, help="largest size to time 2 workers on")
    parser.add_argument("--peer-max", type=int, default=10000, help="largest size to run Scattertext on")
    parser.add_argument("--workers", type=int, default=1, help="worker processes of the timed analysis")
    parser.add_argument("--no-rerun", action="store_true", help="skip the weekly rerun (and 2 workers)")
    parser.add_argument("--reuse", action="store_true",
                        help="report on the corpus and store an earlier run left in --work (no analysis)")
    parser.add_argument("--max-gb", type=float, default=0,
                        help="stop a measured run whose process tree passes this many GB (0: no limit)")
    parser.add_argument("--peer-python", default="", help="a Python with scattertext installed (optional)")
    parser.add_argument("--eval", default=str(PROJECT_DIR.parent / "shared" / "eval"),
                        help="folder with basil_articles.jsonl (optional)")
    parser.add_argument("--work", help="folder for corpora, stores and reports (default: a temporary one)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    LIMIT[0] = int(args.max_gb * 2**30)
    args.bases = base_articles(Path(args.eval))
    say(f"{len(args.bases)} real articles as the base of every corpus; {sizes}")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="scale-"))
    try:
        for n in sizes:
            one_size(n, work, args)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
