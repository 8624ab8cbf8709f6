"""A synthetic corpus of many tiny articles for the page tests: seed sentences shuffled into short texts."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from analysis.paths import SEED_ARTICLES


def seed_sentences() -> list[str]:
    """Every sentence-like line of the seed articles' bodies (front matter left out)."""
    found = []
    for path in sorted(SEED_ARTICLES.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 5]
    return found


def write_tiny_corpus(path: Path, n: int, outlets: int = 40, stories: int = 200, seed: int = 7) -> Path:
    """``n`` articles of three seed sentences each as JSON Lines at ``path``: ``outlets`` outlets,
    ``stories`` stories, dates in 2024. Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(rng.sample(sentences, 3))
            row = {"id": f"a{i:05d}", "title": f"Article {i}", "text": text,
                   "outlet": f"Outlet {i % outlets}", "story": f"story-{i % stories}",
                   "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            fh.write(json.dumps(row) + "\n")
    return path
