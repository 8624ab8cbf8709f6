"""A corpus built from the shared BASIL half (../shared/eval/basil_articles.jsonl): the first ``stories`` events,
each told by Fox News, the New York Times and HuffPost, as JSON Lines with ``story`` and ``outlet`` fields.

The data is never copied into the repository: the corpus is written into a temporary folder by the tests that
use it, and they are skipped when the shared file is absent."""
from __future__ import annotations

import json
from pathlib import Path

from analysis.paths import PROJECT_DIR

BASIL = PROJECT_DIR.parent / "shared" / "eval" / "basil_articles.jsonl"
OUTLETS = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}


def write_basil_corpus(path: Path, stories: int = 10, source: Path = BASIL) -> Path:
    """The first ``stories`` events (in file order) of ``source`` as a JSON Lines corpus at ``path``."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = list(dict.fromkeys(r["triplet_id"] for r in rows))[:stories]
    number = {e: k + 1 for k, e in enumerate(events)}
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            if r["triplet_id"] in number:
                fh.write(json.dumps({"id": f"{r['outlet']}-{number[r['triplet_id']]:02d}", "title": r["title"],
                                     "text": r["text"], "outlet": OUTLETS.get(r["outlet"], r["outlet"]),
                                     "story": f"event-{number[r['triplet_id']]:02d}",
                                     "published": r.get("date") or None}) + "\n")
    return path
