"""Where ``compare()``'s time goes: CPU seconds of each of its steps, on a report run's store, as page 04 calls it.

Reads the corpus and the run's tables as page 04 does (only the compared tables, measures and columns), then
runs ``compare()`` ``--rounds`` times with each of its steps wrapped (the names ``analysis.compare`` calls, and
the Documents' splitting, the word counts, the scan for neutral alternatives and the scoring inside them) and
prints the fewest CPU seconds of each step over the rounds, largest first, with the whole call. A step's
seconds include the steps it calls (the substitution pairs include the scan). With ``--tables DIR`` the
comparison's tables of the last round are written there as CSV (compare two such folders byte for byte to
check that a change keeps the results). The store's run must have analysed exactly the corpus with this
checkout's settings (a report run with ``--store``, or ``bench/report_profile.py --keep DIR``: its
``reports/latest/store``), else the page analyses the corpus again and "read" takes most of the time.

``--alternatives`` also prints what finding the neutral alternatives would cost in the analysis instead (the
question whether the analysis should store their places): each article split as the analysis splits it and
scanned with the analysis's loaded terms first (so that the index of words every lexicon shares is built, as
in the analysis), then the CPU seconds of scanning it for the alternatives of every entry of the loaded
terms (what an analysis must store, not knowing which terms a comparison will find used), and for those of
the entries the comparison scans (the terms used in the writer's wording), fewest of ``--rounds``. Usage::

    python bench/compare_profile.py --store STORE --corpus CORPUS [--rounds 3] [--tables DIR] [--alternatives]
"""
from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict

#: (module, attribute, label) of the steps timed: what compare() calls, and the work inside them.
STEPS = (
    ("analysis.compare", "documents", "split the articles into Documents"),
    ("analysis.compare", "_readings", "the voice of each word, from the stored regions"),
    ("analysis.compare", "quoted_tokens_by_article", "quoted words of each article"),
    ("analysis.compare", "sentence_units", "sentence units of the rates"),
    ("analysis.compare", "find_house_style", "house style"),
    ("analysis.compare", "distinguishing_words", "distinguishing words"),
    ("analysis.compare.words", "count_terms", "  of which: word counts"),
    ("analysis.compare", "substitution_pairs", "substitution pairs"),
    ("analysis.compare.substitution._Found", "scan", "  of which: the scan for neutral alternatives"),
    ("analysis.compare.substitution", "_occurrences", "  of which: each use's context"),
    ("analysis.compare", "actor_framing", "actor framing"),
    ("analysis.compare", "trends", "trends (resampled per period and group)"),
    ("analysis.compare.rates.RateComparison", "estimates", "estimates (bootstrap)"),
    ("analysis.compare.rates.RateComparison", "differences", "differences (bootstrap and permutations)"),
    ("analysis.compare", "side_by_side", "side by side"),
    ("analysis.compare", "headline_table", "headlines"),
    ("analysis.compare", "_said", "findings and summary"),
    ("analysis.text.Document", "keys", "  (inside the steps) each Document's lookup keys"),
)


def wrap(spent: dict, path: str, name: str, label: str) -> None:
    """Replace ``path.name`` by a wrapper that adds its CPU seconds to ``spent[label]`` (outermost call only)."""
    import importlib

    try:
        target = importlib.import_module(path)
    except ModuleNotFoundError:
        parent, _, attr = path.rpartition(".")
        target = getattr(importlib.import_module(parent), attr)
    original = getattr(target, name)
    depth = [0]

    def timed(*args, **kwargs):
        depth[0] += 1
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[label] += time.process_time() - start

    setattr(target, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="the run store a report run wrote")
    parser.add_argument("--corpus", required=True, help="the corpus that run analysed")
    parser.add_argument("--run", default="", help="the run's id (default: the store's latest run)")
    parser.add_argument("--rounds", type=int, default=3, help="times compare() is run (the fewest seconds count)")
    parser.add_argument("--tables", default="", help="folder to write the last round's tables into (CSV)")
    parser.add_argument("--alternatives", action="store_true",
                        help="also time the scan for neutral alternatives as the analysis would make it")
    args = parser.parse_args()
    runs = sorted(os.listdir(os.path.join(args.store, "runs")))
    os.environ["FRAMING_STORE"] = os.path.abspath(args.store)
    os.environ["FRAMING_RUN"] = args.run or runs[-1].removesuffix(".parquet")

    import analysis.compare as C
    from analysis.report.pages import unscored
    from analysis.report.pages.session import load, make_config

    spent: dict[str, float] = defaultdict(float)
    for path, name, label in STEPS:
        wrap(spent, path, name, label)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent.clear()
        start = time.process_time()
        config = make_config(corpus=args.corpus)
        docs, tables = load(args.corpus, config, only=C.COMPARED_TABLES, measures=C.compared_measures(),
                            leave_out=C.UNREAD_COLUMNS)
        tables = unscored.complete(tables, config)
        spent["read the corpus and the store's tables"] = time.process_time() - start
        start = time.process_time()
        options = C.CompareOptions(seed=2024, n_boot=2000, top_n=15, period="W", text_articles=1000)
        result = C.compare(docs, tables, "outlet", options, config=config)
        spent["compare(), all of it"] = time.process_time() - start
        for label, seconds in spent.items():
            best[label] = min(best.get(label, float("inf")), seconds)
    print(f"{len(docs)} articles; fewest CPU seconds of {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    print("| step | CPU s |\n|---|---:|")
    for label, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"| {label} | {seconds:.2f} |")
    if args.tables:
        C.write_tables(result.tables(), args.tables)
    if args.alternatives:
        used = set(result.substitutions["term"])
        every, scanned = alternatives_at_analysis(args.corpus, config, used, args.rounds)
        print(f"| the alternatives of every entry, scanned in the analysis | {every:.2f} |")
        print(f"| the alternatives of the {len(used)} entries compare() scans, scanned in the analysis | {scanned:.2f} |")


def alternatives_at_analysis(corpus_path: str, config, used: set[str], rounds: int) -> tuple[float, float]:
    """CPU seconds of scanning the corpus's articles for the neutral alternatives of every loaded entry, and
    of the ``used`` entries only, as the analysis would (see the module docstring); fewest of ``rounds``."""
    from analysis.compare.substitution import loaded_lexicon, neutral_lexicon
    from analysis.corpus import load_corpus
    from analysis.text import Document
    from analysis.wordindex import SHARED_INDEX

    loaded = config.analyzer().lexicons["loaded"]
    neutrals = {e.term: n for e in loaded_lexicon(config).entries if (n := neutral_lexicon(e)) is not None}
    docs = [Document(a.text) for a in load_corpus(corpus_path, skip_bad=True)]
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for i, chosen in enumerate((neutrals, {t: n for t, n in neutrals.items() if t in used})):
            seconds = 0.0
            for doc in docs:
                loaded.find(doc)  # the analysis's own scan: the shared index of the document's words is built
                start = time.process_time()
                for lexicon in chosen.values():
                    matcher = lexicon._matcher
                    if matcher.anywhere or SHARED_INDEX.hits(doc, matcher)[0]:
                        lexicon.find(doc)
                seconds += time.process_time() - start
            best[i] = min(best[i], seconds)
    return best[0], best[1]


if __name__ == "__main__":
    main()
