"""What language detection costs, per 1,000 articles, beside the analysis of the same articles.

Builds N articles from the seeds (as ``bench/throughput.py`` does) and times, in one run: loading the
py3langid model (once per process), ``detect_language`` on every article (the plainly-English path most
English articles take), the classifier alone on the same samples (what an article in another language
costs), and ``analyze_corpus`` with one worker on the first few hundred articles with their language
already set. Prints seconds per 1,000 articles and the ratio to the analysis.
Usage: ``python bench/language_id.py [--articles 1000]``.
"""
from __future__ import annotations

import argparse
import dataclasses
import time

from analysis import Article, analyze_corpus, load_corpus
from analysis.corpus import detect_language
from analysis.corpus.language import SAMPLE_CHARS, _identifier
from analysis.paths import SEED_ARTICLES


def build(n: int) -> list[Article]:
    seeds = list(load_corpus(SEED_ARTICLES))
    return [Article(id=f"{s.id}-{i}", text=f"Copy {i} of the article.\n{s.text}")
            for i in range(n) for s in [seeds[i % len(seeds)]]]


def per_1000(seconds: float, n: int) -> float:
    return seconds * 1000 / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    n = parser.parse_args().articles
    articles = build(n)
    started = time.perf_counter()
    identifier = _identifier()
    load = time.perf_counter() - started
    started = time.perf_counter()
    codes = [detect_language(a.text) for a in articles]
    detect = per_1000(time.perf_counter() - started, n)
    started = time.perf_counter()
    for a in articles:
        identifier.classify(a.text[:SAMPLE_CHARS])
    classify = per_1000(time.perf_counter() - started, n)
    sample = [dataclasses.replace(a, language="en") for a in articles[: min(n, 300)]]
    started = time.perf_counter()
    analyze_corpus(sample, workers=1)
    analysis = per_1000(time.perf_counter() - started, len(sample))
    words = sum(len(a.text.split()) for a in articles) / n
    print(f"{n} articles of about {words:.0f} words; languages found: {sorted(set(codes))}")
    print(f"model load, once per process:      {load:6.2f} s")
    print(f"detect_language per 1,000:         {detect:6.2f} s  ({detect / analysis:.1%} of the analysis)")
    print(f"classifier alone per 1,000:        {classify:6.2f} s  ({classify / analysis:.1%} of the analysis)")
    print(f"analyze_corpus, 1 worker, per 1,000: {analysis:6.2f} s")


if __name__ == "__main__":
    main()
