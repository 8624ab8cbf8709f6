"""Where one worker's analysis time goes: CPU milliseconds per article for each stage of analyze_corpus.

Runs analyze_corpus (one worker) on the corpus ``bench/throughput.py`` builds, with each stage timed by a
wrapper that adds up the process's CPU time spent inside it: splitting (``Document``), the voice layer and,
inside it, the lexicon scans, tagging and proper names; each measure; the sentiment libraries (VADER and
TextBlob) inside the sentiment measure; and the rest of the run (rows of the tables, the DataFrames). Stages
inside another are marked "of which". The wrappers cost a little, so the total is a few percent above an
unwrapped run; the shares are what this script is for. Usage:
``python bench/analysis_profile.py [--articles 200] [--rounds 3]`` (the best round is kept).
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

import analysis.lexicon as lexicon
import analysis.measures.sentiment as sentiment
import analysis.pipeline as pipeline
import analysis.tagging as tagging
import analysis.voice as voice
from analysis import analyze_corpus
from analysis.pipeline import Config, analyzer_for

from throughput import build

SPENT: Counter = Counter()


def timed(label: str, function):
    """``function`` with its CPU time added to ``SPENT[label]`` (calls inside calls are counted once)."""
    depth = [0]

    def wrapper(*args, **kwargs):
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - started
            depth[0] -= 1
    return wrapper


def instrument() -> list[tuple[str, bool]]:
    """Wrap the stages; returns ``(label, inside another stage)`` in the order they are printed."""
    pipeline.Document = timed("split into sentences and words (Document, NLTK Punkt)", pipeline.Document)
    voice.VoiceLayer.attach = timed("voice layer", voice.VoiceLayer.attach)
    lexicon.Lexicon.find = timed("lexicon scans (every lexicon, in the voice layer and the measures)",
                                 lexicon.Lexicon.find)
    tagging.Tags.__init__ = timed("part-of-speech tags (TextBlob's Pattern tagger)", tagging.Tags.__init__)
    voice.names = timed("proper names (names.py)", voice.names)
    analyzer = analyzer_for(Config())
    labels = [("split into sentences and words (Document, NLTK Punkt)", False), ("voice layer", False)]
    for measure in analyzer.measures:
        label = f"measure: {measure.name}"
        measure.measure = timed(label, measure.measure)
        labels.append((label, False))
    pipeline._relabel = timed("voices given to the measures' spans", pipeline._relabel)
    analyze = pipeline.Analyzer.analyze
    pipeline.Analyzer.analyze = timed("analysis of the articles", analyze)
    pipeline.pd.DataFrame = timed("the tables as DataFrames (pandas, Arrow strings)", pipeline.pd.DataFrame)
    labels.append(("voices given to the measures' spans", False))
    sentiment.textblob_sentiment = timed("TextBlob sentiment (with our tokenizer shortcut)",
                                         sentiment.textblob_sentiment)
    vader = sentiment.fast_vader()
    vader.polarity_scores = timed("VADER polarity_scores (with our shortcut)", vader.polarity_scores)
    return labels + [("VADER polarity_scores (with our shortcut)", True), ("TextBlob sentiment (with our tokenizer shortcut)", True),
                     ("lexicon scans (every lexicon, in the voice layer and the measures)", True),
                     ("part-of-speech tags (TextBlob's Pattern tagger)", True), ("proper names (names.py)", True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = build(args.articles)
    labels = instrument()
    analyze_corpus(articles[:5])
    best, kept = float("inf"), Counter()
    for _ in range(max(1, args.rounds)):
        SPENT.clear()
        started = time.process_time()
        analyze_corpus(articles)
        total = time.process_time() - started
        if total < best:
            best, kept = total, Counter(SPENT)
    per = 1000 / len(articles)
    print(f"{len(articles)} articles, one worker: {best * per:.2f} ms of CPU per article (best of {args.rounds})")
    top = sum(kept[label] for label, inside in labels if not inside)
    for label, inside in labels:
        print(f"{'  of which ' if inside else ''}{label}: {kept[label] * per:.2f} ms ({kept[label] / best:.0%})")
    rows = best - kept["analysis of the articles"] - kept["the tables as DataFrames (pandas, Arrow strings)"]
    rest = kept["analysis of the articles"] - top
    print(f"the rest of the analysis (quoted words per sentence, results): {rest * per:.2f} ms ({rest / best:.0%})")
    print(f"rows of the tables: {rows * per:.2f} ms ({rows / best:.0%})")
    frames = kept["the tables as DataFrames (pandas, Arrow strings)"]
    print(f"the tables as DataFrames (pandas, Arrow strings): {frames * per:.2f} ms ({frames / best:.0%})")


if __name__ == "__main__":
    main()
