"""Does the voice layer cost time? Process time of ``analyze`` and of the voice layer alone, now and at a git
revision, on the same articles, in one process, runs alternated so that both meet the same load.

Usage: ``python bench/voice_speed.py --data DIR [--before REV] [--rounds 5]``: the articles are PolNeAR's (DIR/
``polnear_dev.jsonl``, 84 articles), else the seed articles. The package at ``--before`` is unpacked with
``git archive`` and imported under another name (``analysis_before``; the pipeline's modules import each other
relatively), so both engines run in this process. Each round times one pass of each engine over the articles
(``time.process_time``: the CPU this process used, less sensitive to other sessions than wall time), the
engine that goes first alternating; prints every round and the ratio now / before of the medians.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def texts(data: Path) -> list[str]:
    path = data / "polnear_dev.jsonl"
    if path.is_file():
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from analysis.paths import SEED_ARTICLES
    return [p.read_text(encoding="utf-8") for p in sorted(Path(SEED_ARTICLES).glob("*.txt"))]


def engine(package: str):
    """``(analyze one text, voice layer of one Document, Document class)`` of the package named ``package``."""
    pipeline = importlib.import_module(f"{package}.pipeline")
    corpus, text = importlib.import_module(f"{package}.corpus"), importlib.import_module(f"{package}.text")
    layer = importlib.import_module(f"{package}.voice").shipped_layer()
    analyzer = pipeline.analyzer_for(pipeline.Config())
    return (lambda t: analyzer.analyze(corpus.Article(id="a", text=t))), layer.read, text.Document


def load_before(rev: str, folder: str) -> str:
    """Unpack ``analysis`` at ``rev`` into ``folder`` and import it as ``analysis_before``."""
    archive = subprocess.run(["git", "archive", rev, "analysis"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
    init = Path(folder) / "analysis" / "__init__.py"
    spec = importlib.util.spec_from_file_location("analysis_before", init,
                                                  submodule_search_locations=[str(init.parent)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["analysis_before"] = module
    spec.loader.exec_module(module)
    return "analysis_before"


def one_pass(run, read, document, articles: list[str]) -> tuple[float, float]:
    """Process time (s) of ``analyze`` over the articles, and of the voice layer over tagged Documents."""
    t = time.process_time()
    for a in articles:
        run(a)
    analyze = time.process_time() - t
    docs = [document(a) for a in articles]
    for d in docs:
        d.tags  # noqa: B018 - tag outside the voice layer's timing
    t = time.process_time()
    for d in docs:
        read(d)
    return analyze, time.process_time() - t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--before", default="")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    articles = texts(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        engines = {"now": engine("analysis")}
        if args.before:
            engines = {"before": engine(load_before(args.before, tmp)), **engines}
        for e in engines.values():
            one_pass(*e, articles[:3])  # warm up: lexicons compiled, tagger loaded
        runs = {name: [] for name in engines}
        for n in range(args.rounds):
            order = list(engines.items())
            for name, e in order if n % 2 == 0 else order[::-1]:  # who goes first alternates too
                runs[name].append(one_pass(*e, articles))
                print(f"round {n + 1} {name}: analyze {runs[name][-1][0]:.3f} s, voice layer {runs[name][-1][1]:.3f} s")
    if args.before:
        for i, key in enumerate(("analyze", "voice layer")):
            now, old = (statistics.median(r[i] for r in runs[k]) for k in ("now", "before"))
            print(f"{key}: median now {now:.3f} s, before ({args.before}) {old:.3f} s, ratio {now / old:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
