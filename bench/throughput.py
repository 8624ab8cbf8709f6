"""Throughput of analyze_corpus against the floor set by the bare libraries it calls, on the same sentences.

Builds a corpus of N articles from the seeds (each seed repeated with a numbered line so texts differ). The
**floor** is what the engine cannot avoid: VADER's ``polarity_scores`` and TextBlob's sentiment
(``PatternAnalyzer().analyze``) on every sentence, plus TextBlob's ``PatternTagger().tag`` on every sentence
when the engine tags words (a Document with part-of-speech tags), all in one process. Then it times
analyze_corpus with one worker and with two. Floor and engine are timed in alternating rounds and the best
round of each is kept (the machine is shared: the best round is the least disturbed). Prints words per
second (wall time), the ratios (the one-worker ratio in CPU seconds too, steadier when other processes share
the cores; and the floor's tagger share: the engine tags its own words, each distinct word's tag worked out
once) and the peak memory (RSS) of this process, and checks on every sentence that the engine's TextBlob
shortcut (:func:`analysis.measures.sentiment.textblob_sentiment`) gives TextBlob's own scores and its VADER
shortcut (:mod:`analysis.measures.sentiment_vader`) VADER's own. Usage:
``python bench/throughput.py [--articles 2000] [--rounds 3]``.
"""
from __future__ import annotations

import argparse
import resource
import time

from textblob.en.sentiments import PatternAnalyzer
from textblob.en.taggers import PatternTagger
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import Article, analyze_corpus, load_corpus
from analysis.measures.sentiment import pattern_words, textblob_sentiment
from analysis.paths import SEED_ARTICLES
from analysis.text import Document

#: Names under which a Document may carry part-of-speech tags (the tagging layer chooses one).
TAG_ATTRIBUTES = ("tags", "pos_tags", "pos")


def build(n: int) -> list[Article]:
    seeds = list(load_corpus(SEED_ARTICLES))
    return [Article(id=f"{s.id}-{i}", text=f"Copy {i} of the article.\n{s.text}", outlet=s.outlet, label=s.label)
            for i in range(n) for s in [seeds[i % len(seeds)]]]


def engine_tags() -> bool:
    """True when the engine's Document carries part-of-speech tags (then the tagger is part of the floor)."""
    return any(hasattr(Document, name) for name in TAG_ATTRIBUTES)


def sentences_of(articles: list[Article]) -> list[str]:
    return [d.sentence_text(s.index) for a in articles for d in [Document(a.text)] for s in d.sentences]


def floor(sentences: list[str], tag: bool) -> tuple[float, float, float]:
    """Seconds for the bare libraries on ``sentences``: ``(all of them, the tagger's part, CPU seconds)``."""
    vader, blob, tagger = SentimentIntensityAnalyzer(), PatternAnalyzer(), PatternTagger()
    tagging = 0.0
    started, cpu = time.perf_counter(), time.process_time()
    for s in sentences:
        vader.polarity_scores(s)
        blob.analyze(s)
        if tag:
            before = time.perf_counter()
            tagger.tag(s)
            tagging += time.perf_counter() - before
    return time.perf_counter() - started, tagging, time.process_time() - cpu


def shortcut_check(sentences: list[str]) -> tuple[int, int, int]:
    """(sentences through the TextBlob shortcut, sentences whose scores differ from TextBlob's, sentences
    whose scores differ from VADER's: both must be 0)."""
    try:
        from analysis.measures.sentiment import fast_vader
    except ImportError:  # an older tree on PYTHONPATH (bench/instructions.py counts older commits): no shortcut
        fast_vader = SentimentIntensityAnalyzer
    blob, library, ours_vader = PatternAnalyzer(), SentimentIntensityAnalyzer(), fast_vader()
    fast = sum(pattern_words(s) is not None for s in sentences)
    differ = differ_vader = 0
    for s in sentences:
        own, ours = blob.analyze(s), textblob_sentiment(s)
        differ += (own[0], own[1]) != (ours[0], ours[1])
        differ_vader += library.polarity_scores(s) != ours_vader.polarity_scores(s)
    return fast, differ, differ_vader


def engine(articles: list[Article], workers: int) -> tuple[float, int, float]:
    """``(seconds, matches, CPU seconds of this process)``; the CPU seconds hold the whole run with one
    worker only (more workers run in other processes)."""
    started, cpu = time.perf_counter(), time.process_time()
    tables = analyze_corpus(articles, workers=workers)
    return time.perf_counter() - started, len(tables.matches), time.process_time() - cpu


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="alternating timing rounds (best kept)")
    args = parser.parse_args()
    articles = build(args.articles)
    words = sum(Document(a.text).n_words for a in articles)
    sentences = sentences_of(articles)
    tag = engine_tags()
    print(f"{len(articles)} articles, {words} words, {len(sentences)} sentences")
    fast, differ, differ_vader = shortcut_check(sentences)
    print(f"TextBlob shortcut: {fast} of {len(sentences)} sentences, {differ} with scores unlike TextBlob's "
          f"(must be 0); VADER shortcut: {differ_vader} with scores unlike VADER's (must be 0)")
    best = {"floor": float("inf"), "tagger": 0.0, 1: float("inf"), 2: float("inf")}
    cpu = {"floor": float("inf"), 1: float("inf")}
    matches = 0
    for _ in range(max(1, args.rounds)):
        seconds, tagging, cpu_seconds = floor(sentences, tag)
        cpu["floor"] = min(cpu["floor"], cpu_seconds)
        if seconds < best["floor"]:
            best["floor"], best["tagger"] = seconds, tagging
        for workers in (1, 2):
            seconds, matches, cpu_seconds = engine(articles, workers)
            best[workers] = min(best[workers], seconds)
            if workers == 1:
                cpu[1] = min(cpu[1], cpu_seconds)
    libraries = "VADER + TextBlob sentiment" + (" + PatternTagger" if tag else "")
    print(f"floor ({libraries}): {words / best['floor']:,.0f} words/s")
    for workers in (1, 2):
        print(f"analyze_corpus, {workers} worker(s): {words / best[workers]:,.0f} words/s, {matches} matches")
    print(f"peak RSS {peak_mb():.0f} MB; best of {args.rounds} round(s)")
    print(f"ratio one worker / floor: {best['floor'] / best[1]:.2f} (goal >= 0.85); in CPU seconds, which a "
          f"busy machine disturbs less: {cpu['floor'] / cpu[1]:.2f}")
    if tag:  # the engine tags its own words, each distinct word worked out once; the floor tags every sentence
        print(f"  the floor's tagger (PatternTagger with its tokenizer, every sentence): "
              f"{best['tagger'] / best['floor']:.0%} of the floor; against VADER + TextBlob alone: "
              f"{(best['floor'] - best['tagger']) / best[1]:.2f}")
    print(f"speed-up two workers / one: {best[1] / best[2]:.2f} (goal >= 1.7)")


if __name__ == "__main__":
    main()
