"""Throughput of analyze_corpus against the floor set by VADER + TextBlob alone on the same sentences.

Builds a corpus of N articles from the seeds (each seed repeated with a numbered line so texts differ),
then in one run times: the floor (VADER ``polarity_scores`` and TextBlob ``.sentiment`` over every sentence,
one process), analyze_corpus with one worker, and with two. Prints words per second, the ratios and the
peak memory (RSS) of this process. Usage: ``python bench/throughput.py [--articles 2000]``.
"""
from __future__ import annotations

import argparse
import resource
import time

from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import Article, analyze_corpus, load_corpus
from analysis.paths import SEED_ARTICLES
from analysis.text import Document


def build(n: int) -> list[Article]:
    seeds = list(load_corpus(SEED_ARTICLES))
    return [Article(id=f"{s.id}-{i}", text=f"Copy {i} of the article.\n{s.text}", outlet=s.outlet, label=s.label)
            for i in range(n) for s in [seeds[i % len(seeds)]]]


def floor(articles: list[Article]) -> tuple[float, int]:
    sentences = [d.sentence_text(s.index) for a in articles for d in [Document(a.text)] for s in d.sentences]
    analyzer = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    for s in sentences:
        analyzer.polarity_scores(s)
        TextBlob(s).sentiment
    return time.perf_counter() - started, len(sentences)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    articles = build(args.articles)
    words = sum(Document(a.text).n_words for a in articles)
    print(f"{len(articles)} articles, {words} words")
    base, n_sent = floor(articles)
    print(f"floor (VADER + TextBlob, {n_sent} sentences): {words / base:,.0f} words/s")
    timings = {}
    for workers in (1, 2):
        started = time.perf_counter()
        tables = analyze_corpus(articles, workers=workers)
        timings[workers] = time.perf_counter() - started
        print(f"analyze_corpus, {workers} worker(s): {words / timings[workers]:,.0f} words/s, "
              f"{len(tables.matches)} matches, peak RSS {peak_mb():.0f} MB")
    print(f"ratio one worker / floor: {base / timings[1]:.2f} (goal >= 0.85)")
    print(f"speed-up two workers / one: {timings[1] / timings[2]:.2f} (goal >= 1.7)")


if __name__ == "__main__":
    main()
