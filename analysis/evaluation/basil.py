"""The comparison's own reading of BASIL: does the writer's-voice loaded rate find the article people marked?

BASIL (Fan et al., EMNLP 2019) gives the same events reported by three outlets, with word-choice (``lex``)
spans marked by people, each flagged as inside a quotation or not. This module scores what the comparison
report (:mod:`analysis.compare`) does with such coverage, and what the engine did before (the starting point
of that work, commit d63dfbf), on the same engine in the same run:

* **after**: loaded terms in the writer's own voice (outside quotations and outside the headline), per 1,000
  words of the writer's own body text, with each event's *shared vocabulary* (loaded terms all three
  outlets use) set apart, as the report's main loaded rate;
* **before**: every loaded term of the body and the headline, per 1,000 words of both, as every rate was;
* ``before_count`` and ``after_count``: the same matches counted, not divided by words (the annotation is a
  count of spans, which grows with an article's length).

Figures, each with a 95% percentile bootstrap interval that resamples events (the unit of the design):
the share of events where the highest rate picks the article with the most lex spans (ties shared; chance
is what a random pick scores), the mean within-event Spearman correlation of rate and spans, precision and
recall of loaded matches outside quotations against lex spans outside quotations (any overlap counts), and
each outlet's mean rate and mean number of spans (their ordering).

Voice: a match's own ``voice`` when the engine gives one; otherwise the project's quotation rule computed
here: a match inside a span of the ``quotes`` measure (text between double quotes) is a quotation (a scare
quote when the measure calls it one). :func:`evaluate` says which was used.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from ..corpus import Article
from ..pipeline import Config, analyzer_for
from .metrics import ratio, spearman

#: The readings scored: rates (per 1,000 words) and plain counts, before and after.
READINGS = ("before", "after", "before_count", "after_count")
N_BOOT = 2000
SEED = 2024
CONFIDENCE = 0.95


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def body_of(rows: list[dict]) -> tuple[str, dict[int, int]]:
    """The article body rebuilt from its sentences (paragraphs joined by blank lines, sentences by a space)
    and where each sentence (by ``sentence_idx``) starts in it; the headline (index -1) is left out."""
    parts, starts, paragraph, offset = [], {}, None, 0
    for s in sorted((r for r in rows if r["sentence_idx"] >= 0), key=lambda r: r["sentence_idx"]):
        gap = "" if not parts else (" " if s["paragraph_idx"] == paragraph else "\n\n")
        offset += len(gap)
        starts[s["sentence_idx"]] = offset
        parts.append(gap + s["sentence"])
        offset += len(s["sentence"])
        paragraph = s["paragraph_idx"]
    return "".join(parts), starts


def voices(analysis) -> tuple[list[tuple], bool]:
    """(start, end, entry, voice) of every loaded match, and whether the engine gave the voices itself."""
    loaded = analysis.results["loaded"].spans
    if loaded and all(getattr(s, "voice", None) for s in loaded):
        return [(s.start, s.end, s.entry, s.voice) for s in loaded], True
    quotes = [(q.start, q.end, q.category) for q in analysis.results["sourcing"].spans if q.measure == "quotes"]
    out = []
    for s in loaded:
        inside = [c for a, b, c in quotes if a <= s.start and s.end <= b]
        out.append((s.start, s.end, s.entry, ("scare" if inside[0] == "scare" else "quote") if inside else "writer"))
    return out, False


def _quoted_words(analysis, doc_words: list[int]) -> int:
    quotes = [(q.start, q.end) for q in analysis.results["sourcing"].spans if q.measure == "quotes"]
    return sum(1 for start in doc_words if any(a <= start < b for a, b in quotes))


def read_articles(articles: list[dict], sentences: list[dict], spans: list[dict], config: Config | None = None):
    """One record per article: outlet, event, words (all, writer's), loaded matches with voice and place, and
    the lex spans placed in the rebuilt body (or the headline). Also returns whether voices came from the
    engine."""
    from ..text import Document

    analyzer = analyzer_for(config or Config())
    by_article = defaultdict(list)
    for s in sentences:
        by_article[(s["triplet_id"], s["article_id"])].append(s)
    gold = defaultdict(list)
    for g in spans:
        if g.get("bias") == "lex":
            gold[(g["article_id"], g["sentence_idx"])].append(g)
    records, engine_voice = [], True
    for a in articles:
        rows = by_article.get((a["triplet_id"], a["article_id"]), [])
        body, starts = body_of(rows)
        text_of = {r["sentence_idx"]: r["sentence"] for r in rows}
        analysis = analyzer.analyze(Article(id=a["article_id"], text=body))
        head = analyzer.analyze(Article(id=a["article_id"], text=text_of.get(-1, "")))
        matches, given = voices(analysis)
        engine_voice &= given or not matches
        doc = Document(body)
        lex = []
        for index, start in [(-1, None), *starts.items()]:
            for g in gold.get((a["article_id"], index), []):
                if text_of.get(index, "")[g["start"]:g["end"]] != g["text"]:
                    continue
                base = 0 if start is None else start
                lex.append({"part": "headline" if start is None else "body", "span": (base + g["start"],
                            base + g["end"]), "quote": g.get("quote") == "yes", "text": g["text"]})
        records.append({
            "article_id": a["article_id"], "event": a["triplet_id"], "outlet": a["outlet"],
            "words": doc.n_words, "writer_words": (analysis.writer_words if given and getattr(
                analysis, "writer_words", None) is not None else doc.n_words - _quoted_words(analysis, doc.token_starts)),
            "headline_words": head.n_words,
            "matches": [{"span": (s, e), "entry": entry, "voice": v, "part": "body"} for s, e, entry, v in matches]
            + [{"span": (m.start, m.end), "entry": m.entry, "voice": "headline", "part": "headline"}
               for m in head.results["loaded"].spans],
            "lex": lex,
        })
    return records, engine_voice


def shared_entries(records: list[dict]) -> dict[str, set[str]]:
    """Per event, the loaded-term entries every article of the event uses (any voice, headline included)."""
    out = {}
    by_event = defaultdict(list)
    for r in records:
        by_event[r["event"]].append({m["entry"] for m in r["matches"]})
    for event, sets in by_event.items():
        out[event] = set.intersection(*sets) if len(sets) > 1 else set()
    return out


def rates(records: list[dict]) -> None:
    """Adds ``before`` (all loaded matches of body and headline per 1,000 of their words) and ``after``
    (writer's-voice body matches outside the event's shared vocabulary per 1,000 writer's words) to each
    record, and the predicted spans of each reading (``before_spans``: every match; ``after_spans``: the
    matches outside quotations, headline included)."""
    shared = shared_entries(records)
    for r in records:
        own = [m for m in r["matches"] if m["voice"] == "writer" and m["entry"] not in shared[r["event"]]]
        r["before"] = 1000 * ratio(len(r["matches"]), r["words"] + r["headline_words"])
        r["after"] = 1000 * ratio(len(own), r["writer_words"])
        r["before_count"], r["after_count"] = float(len(r["matches"])), float(len(own))
        r["before_spans"] = r["before_count_spans"] = [(m["part"], m["span"]) for m in r["matches"]]
        r["after_spans"] = r["after_count_spans"] = [(m["part"], m["span"]) for m in r["matches"]
                                                     if m["voice"] in ("writer", "headline")]


def _argmax(rows: list[dict], key) -> set[str]:
    values = [key(r) for r in rows]
    return {r["article_id"] for r, v in zip(rows, values) if v == max(values)}


def event_figures(rows: list[dict], reading: str) -> dict:
    """One event's figures for a reading (``before`` / ``after``): hit (None when no article has a span),
    chance, Spearman (NaN when undefined) and the span counts for precision and recall."""
    lex = lambda r: len(r["lex"])  # noqa: E731
    out = {"hit": None, "chance": None, "rho": spearman([r[reading] for r in rows], [lex(r) for r in rows])}
    if max(lex(r) for r in rows) > 0:
        gold, picked = _argmax(rows, lex), _argmax(rows, lambda r: r[reading])
        out["hit"] = len(gold & picked) / len(picked)
        out["chance"] = len(gold) / len(rows)
    tp_pred = n_pred = tp_gold = n_gold = 0
    for r in rows:
        predicted = r[f"{reading}_spans"]
        gold_spans = [(g["part"], g["span"]) for g in r["lex"] if not g["quote"]]
        n_pred += len(predicted)
        tp_pred += sum(any(p == q and _overlaps(s, t) for q, t in gold_spans) for p, s in predicted)
        n_gold += len(gold_spans)
        tp_gold += sum(any(p == q and _overlaps(s, t) for p, s in predicted) for q, t in gold_spans)
    out.update(tp_pred=tp_pred, n_pred=n_pred, tp_gold=tp_gold, n_gold=n_gold)
    return out


def _summaries(figures: list[dict]) -> dict:
    hits = [f["hit"] for f in figures if f["hit"] is not None]
    rhos = [f["rho"] for f in figures if not np.isnan(f["rho"])]
    total = {k: sum(f[k] for f in figures) for k in ("tp_pred", "n_pred", "tp_gold", "n_gold")}
    return {"hit_rate": float(np.mean(hits)) if hits else float("nan"),
            "chance": float(np.mean([f["chance"] for f in figures if f["chance"] is not None] or [np.nan])),
            "spearman": float(np.mean(rhos)) if rhos else float("nan"),
            "precision": ratio(total["tp_pred"], total["n_pred"]), "recall": ratio(total["tp_gold"], total["n_gold"]),
            "events": len(hits)}


def _outlets(records: list[dict], events: list[str], reading: str) -> dict:
    by_event = defaultdict(list)
    for r in records:
        by_event[r["event"]].append(r)
    rows = [r for e in events for r in by_event[e]]
    out = {}
    for outlet in sorted({r["outlet"] for r in rows}):
        mine = [r for r in rows if r["outlet"] == outlet]
        out[outlet] = {"rate": float(np.mean([r[reading] for r in mine])),
                       "lex_spans": float(np.mean([len(r["lex"]) for r in mine]))}
    return out


def score(records: list[dict], reading: str, n_boot: int = N_BOOT, seed: int = SEED) -> dict:
    """Every figure of one reading with its bootstrap interval over events (see the module docstring)."""
    by_event = defaultdict(list)
    for r in records:
        by_event[r["event"]].append(r)
    events = sorted(by_event)
    figures = {e: event_figures(by_event[e], reading) for e in events}
    point = _summaries([figures[e] for e in events])
    outlets = _outlets(records, events, reading)
    rng = np.random.default_rng(seed)
    draws = defaultdict(list)
    for _ in range(n_boot):
        sample = [events[i] for i in rng.integers(0, len(events), len(events))]
        for k, v in _summaries([figures[e] for e in sample]).items():
            draws[k].append(v)
        for outlet, values in _outlets(records, sample, reading).items():
            for k, v in values.items():
                draws[f"{outlet}:{k}"].append(v)
    tail = 50 * (1 - CONFIDENCE)
    interval = {k: [float(np.nanpercentile(v, tail)), float(np.nanpercentile(v, 100 - tail))]
                for k, v in draws.items() if k != "events"}
    for outlet, values in outlets.items():
        for k in list(values):
            values[f"{k}_interval"] = interval[f"{outlet}:{k}"]
    return {**point, "intervals": {k: interval[k] for k in ("hit_rate", "spearman", "precision", "recall")},
            "outlets": outlets,
            "order_by_rate": sorted(outlets, key=lambda o: -outlets[o]["rate"]),
            "order_by_spans": sorted(outlets, key=lambda o: -outlets[o]["lex_spans"])}


def span_recall(records: list[dict]) -> dict:
    """How many lex spans any loaded match (any voice) overlaps: all of them, outside and inside quotations."""
    found, total = Counter(), Counter()
    for r in records:
        predicted = [(m["part"], m["span"]) for m in r["matches"]]
        for g in r["lex"]:
            hit = any(p == g["part"] and _overlaps(s, g["span"]) for p, s in predicted)
            for part in ("all", "quote" if g["quote"] else "not_quote"):
                found[part] += hit
                total[part] += 1
    return {part: {"found": found[part], "total": total[part], "recall": ratio(found[part], total[part])}
            for part in ("all", "not_quote", "quote")}


def errors(records: list[dict], n: int = 15) -> dict:
    """The most frequent lex spans outside quotations that no writer's-voice match overlaps, and the most
    frequent loaded-term entries (writer's voice) that overlap no lex span."""
    missed, unmatched = Counter(), Counter()
    for r in records:
        predicted = [(m["part"], m["span"], m["entry"]) for m in r["matches"] if m["voice"] in ("writer", "headline")]
        gold = [(g["part"], g["span"], g["text"]) for g in r["lex"] if not g["quote"]]
        for part, span, text in gold:
            if not any(p == part and _overlaps(s, span) for p, s, _ in predicted):
                missed[text.lower()] += 1
        for part, span, entry in predicted:
            if not any(p == part and _overlaps(s, span) for p, s, _ in gold):
                unmatched[entry] += 1
    return {"missed_spans": [list(x) for x in missed.most_common(n)],
            "unmatched_loaded_terms": [list(x) for x in unmatched.most_common(n)]}


def evaluate(articles: list[dict], sentences: list[dict], spans: list[dict], config: Config | None = None,
             n_boot: int = N_BOOT) -> dict:
    """Before and after figures on BASIL records (see the module docstring); ``voice_from_engine`` says
    whether the engine gave the voices (else the quotation rule of this module was used)."""
    records, engine_voice = read_articles(articles, sentences, spans, config)
    rates(records)
    shared = shared_entries(records)
    return {"n_articles": len(records), "n_events": len({r["event"] for r in records}),
            "n_lex_spans": sum(len(r["lex"]) for r in records),
            "n_lex_outside_quotes": sum(1 for r in records for g in r["lex"] if not g["quote"]),
            "voice_from_engine": engine_voice,
            "shared_vocabulary": Counter(e for entries in shared.values() for e in entries).most_common(10),
            **{reading: score(records, reading, n_boot) for reading in READINGS},
            "span_recall": span_recall(records),
            **errors(records)}
