"""Agreement of the loaded-terms measure with professional marks of loaded language (PTC).

The Propaganda Techniques Corpus (Da San Martino et al., EMNLP 2019; SemEval-2020 Task 11) marks, in news and
opinion articles, character spans of fourteen techniques. Two of them are what the loaded-terms measure
should find: :data:`GOLD_TECHNIQUES` (``Loaded_Language`` and ``Name_Calling,Labeling``). The record's
``text`` holds the title on its first line, then the body; the engine reads the title as the headline and the
rest as the body, and every span is placed back into the record's text.

What is scored, for each :data:`SELECTIONS` (which matches count):

* **span precision**: the share of selected matches that overlap a gold span (any overlap);
* **span recall**: the share of gold spans that a selected match overlaps;
* **Spearman**: over articles, the rank correlation of the article's rate (selected matches in the body per
  1,000 words: of the writer's own words for the writer's-voice selections, of all body words otherwise)
  and its gold spans per 1,000 body words.

Every figure has a 95% percentile-bootstrap interval that resamples articles. The marking is not exhaustive
(annotators marked what struck them), so a match nobody marked is not proof of a false match; the reading in
``docs/readings/`` looks at matches one by one.

*Before* is the engine at git revision :data:`BEFORE` (the last before strengths and the sense rules), whose
every loaded match counts as strong: :data:`OLD_SCRIPT` runs inside that tree (``bench/validate.py`` unpacks
it) and prints what :func:`matches` gives, so both figures come from one run on the same articles.

Nothing here reads files; records are dicts with ``id``, ``text`` and ``spans`` (``technique``, ``start``,
``end``).
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..corpus import Article
from .metrics import overlaps, spearman
from .szeged import LEVEL, N_BOOT, scores

GOLD_TECHNIQUES = frozenset({"Loaded_Language", "Name_Calling,Labeling"})
#: Which matches count: name -> (strengths, voices); ``None`` means any. The headline counts as the writer's.
SELECTIONS = {
    "all loaded": (None, None),
    "strong": (("strong",), None),
    "strong, writer's voice": (("strong",), ("writer", "headline")),
    "mild, writer's voice": (("mild",), ("writer", "headline")),
}
#: The selection whose rate is the report's headline rate (the Spearman figure the issue asks for).
HEADLINE_SELECTION = "strong, writer's voice"
#: The revision scored as "before": main just before loaded terms had strengths and sense rules.
BEFORE = "92097b2"
#: Run inside the tree of :data:`BEFORE` with the records' texts on stdin; prints :func:`matches` of each,
#: every loaded match counted as strong (there were no strengths).
OLD_SCRIPT = """
import json, sys
from analysis.corpus import Article
from analysis.pipeline import Analyzer
analyzer, out = Analyzer(), []
for text in json.load(sys.stdin):
    cut = text.find("\\n")
    title, body, offset = (text, "", len(text)) if cut < 0 else (text[:cut], text[cut + 1:], cut + 1)
    a = analyzer.analyze(Article(id="x", text=body, title=title))
    found = [[s.start + offset, s.end + offset, "strong", s.voice, s.text] for s in a.spans() if s.measure == "loaded"]
    found += [[s.start, s.end, "strong", "headline", s.text] for s in a.headline_spans() if s.measure == "loaded"]
    out.append({"matches": found, "words": a.n_words, "writer_words": a.writer_words})
json.dump(out, sys.stdout)
"""


def split(text: str) -> tuple[str, str, int]:
    """``(title, body, offset of the body in text)``: the title is the first line."""
    cut = text.find("\n")
    if cut < 0:
        return text, "", len(text)
    return text[:cut], text[cut + 1:], cut + 1


def matches(record: dict, analyzer) -> dict:
    """The engine's loaded matches in one record: ``{"matches": [(start, end, strength, voice, text)],
    "words": body words, "writer_words": the writer's own body words}`` with offsets into ``record["text"]``."""
    title, body, offset = split(record["text"])
    analysis = analyzer.analyze(Article(id=str(record["id"]), text=body, title=title))
    lexicon = analyzer.lexicons["loaded"]
    out = []
    for s in analysis.spans():
        if s.measure == "loaded":
            out.append((s.start + offset, s.end + offset, strength_of(lexicon, s.entry), s.voice, s.text))
    for s in analysis.headline_spans():
        if s.measure == "loaded":
            out.append((s.start, s.end, strength_of(lexicon, s.entry), "headline", s.text))
    return {"matches": out, "words": analysis.n_words, "writer_words": analysis.writer_words}


def strength_of(lexicon, term: str) -> str:
    """The strength of entry ``term`` (``strong``/``mild``); ``strong`` for lexicons written before strengths."""
    return getattr(lexicon.entry(term), "strength", "") or "strong"


def gold_spans(record: dict) -> list[tuple[int, int]]:
    """The record's Loaded_Language and Name_Calling spans."""
    return [(g["start"], g["end"]) for g in record.get("spans") or () if g["technique"] in GOLD_TECHNIQUES]


def selected(found: dict, name: str) -> list[tuple]:
    """The matches of ``found`` (see :func:`matches`) that selection ``name`` counts."""
    strengths, voices = SELECTIONS[name]
    return [m for m in found["matches"] if (strengths is None or m[2] in strengths)
            and (voices is None or m[3] in voices)]


def span_counts(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple]) -> list[int]:
    """``[right, wrong, found, missed]`` for one article (the counts of :func:`szeged.scores`)."""
    right = sum(any(overlaps(p[:2], g) for g in gold) for p in predicted)
    found = sum(any(overlaps(p[:2], g) for p in predicted) for g in gold)
    return [right, len(predicted) - right, found, len(gold) - found]


def rate(found: dict, name: str, body_start: int) -> float:
    """Selected body matches per 1,000 words (the writer's own words when the selection is by voice)."""
    _, voices = SELECTIONS[name]
    n = sum(m[3] != "headline" and m[0] >= body_start for m in selected(found, name))
    words = found["writer_words"] if voices else found["words"]
    return 1000.0 * n / words if words else 0.0


def spearman_ci(x: Sequence[float], y: Sequence[float], n_boot: int = N_BOOT, seed: int = 0) -> dict:
    """Spearman's rho of ``x`` and ``y`` with a 95% percentile-bootstrap interval over the pairs."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    boot = [spearman(x[i], y[i]) for i in rng.integers(0, len(x), size=(n_boot, len(x)))]
    boot = [b for b in boot if b == b]
    tail = (1 - LEVEL) / 2 * 100
    ci = [float(np.percentile(boot, tail)), float(np.percentile(boot, 100 - tail))] if boot else [0.0, 0.0]
    return {"rho": float(spearman(x, y)), "rho_ci": ci, "n_articles": len(x)}


def evaluate(records: Sequence[dict], analyzer=None, found: Sequence[dict] | None = None) -> dict:
    """Span precision/recall and the Spearman figure of every selection, each with a 95% interval, from the
    ``analyzer``'s matches or from ready ``found`` (one :func:`matches` result per record)."""
    found = [matches(r, analyzer) for r in records] if found is None else [
        {**f, "matches": [tuple(m) for m in f["matches"]]} for f in found]
    gold = [gold_spans(r) for r in records]
    density = []
    for r, f, g in zip(records, found, gold):
        body_start = split(r["text"])[2]
        in_body = sum(start >= body_start for start, _ in g)
        density.append(1000.0 * in_body / f["words"] if f["words"] else 0.0)
    out = {"n_articles": len(records), "n_gold": sum(map(len, gold)), "selections": {}}
    for name in SELECTIONS:
        chosen = [selected(f, name) for f in found]
        rates = [rate(f, name, split(r["text"])[2]) for r, f in zip(records, found)]
        out["selections"][name] = {"n_matches": sum(map(len, chosen)),
                                   **scores([span_counts(g, c) for g, c in zip(gold, chosen)]),
                                   **spearman_ci(rates, density)}
    return out


def _cell(r: dict, key: str) -> str:
    if key == "rho":
        return f"{r['rho']:.2f} [{r['rho_ci'][0]:.2f}, {r['rho_ci'][1]:.2f}]"
    return f"{r[key]:.2f} [{r[f'{key}_ci'][0]:.2f}, {r[f'{key}_ci'][1]:.2f}]"


def markdown(now: dict, before: dict | None = None) -> str:
    """The PTC figures as a markdown table: before (every loaded match of :data:`BEFORE`) and now."""
    head = ["matches counted", "matches", "span precision", "span recall", "Spearman of the rate"]
    rows = []
    if before:
        for name in ("all loaded", HEADLINE_SELECTION):
            r = before["selections"][name]
            label = "before: every loaded term" + (", writer's voice" if name != "all loaded" else "")
            rows.append([f"{label} ({BEFORE})", str(r["n_matches"]), _cell(r, "precision"), _cell(r, "recall"),
                         _cell(r, "rho")])
    for name, r in now["selections"].items():
        rows.append([f"now: {name}", str(r["n_matches"]), _cell(r, "precision"), _cell(r, "recall"),
                     _cell(r, "rho")])
    table = "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                      + ["| " + " | ".join(row) + " |" for row in rows])
    return (f"## Loaded language marked by professionals (PTC, {now['n_articles']} articles, {now['n_gold']} "
            "Loaded_Language and Name_Calling spans)\n\nAny overlap counts; the Spearman correlation is over "
            "articles, of the rate (per 1,000 words; of the writer's words for the writer's-voice rows) and the "
            "marked spans per 1,000 body words. Goals: strong terms precision >= 0.40 with recall >= 0.30; "
            "Spearman of the strong writer's-voice rate >= 0.45. 95% intervals resample articles.\n\n" + table)
