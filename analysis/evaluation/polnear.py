"""Who said it: attributions and quotations scored against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

PolNeAR marks every attribution in 2016 US election news as a *source*, a *cue* and a *content* span
(character offsets, end exclusive). The engine runs as users get it (shipped lexicons, no training) on each
article's text, and these figures are computed from its ``attributions`` and ``quotes`` spans:

* **speaker F1** (precision, recall, F1 of source phrases): each predicted attribution is paired with at
  most one gold attribution. *Any overlap*: the two source phrases share a character. *Same boundaries*:
  they are equal once spaces and punctuation at either end are trimmed (annotators sometimes kept the comma
  that closes an apposition). Gold attributions without a source phrase are left out.
* **cue accuracy**: of the predicted attributions paired with a gold one (any overlap), the share whose
  verb overlaps the gold cue.
* **direct-quote F1**: a predicted quotation that is not a scare quote is right when it overlaps a gold
  content span; a gold content span that contains a quotation mark is found when such a quotation
  overlaps it.
* **scare-quote precision**: the share of predicted scare quotes whose middle lies outside every annotated
  content span (a phrase in quotation marks inside someone's reported words is not the writer's scare quote).
* **voice of loaded terms and hedges** (issue 21): a match is *inside attributed content* when its first
  character lies in an annotated content span. ``<m>_writer_inside``: of the matches of measure ``m``
  (``loaded``, ``hedges``) the engine gives the writer's voice, the share inside attributed content (lower
  is better: those words are someone else's); ``<m>_inside_other``: of the matches inside attributed content,
  the share the engine gives another voice (higher is better).

Each figure has a 95% interval from resampling articles (percentile bootstrap, :data:`N_BOOT` draws, fixed
seed). Nothing here reads files except :func:`read_polnear`; the data never enters the repository.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Callable, Iterable

#: Agreement between PolNeAR's own annotators on source phrases (the paper): the ceiling to compare with.
REFERENCES = {"speaker_any_overlap_f1": 0.83, "speaker_same_boundaries_f1": 0.78}
N_BOOT = 1000
#: The measures whose voice is scored against the annotated content spans.
VOICE_MEASURES = ("loaded", "hedges")
#: The goals of issue 21 for those figures: at most this share of writer's-voice matches inside attributed
#: content, at least this share of matches inside attributed content given another voice.
VOICE_GOALS = {"writer_inside": 0.10, "inside_other": 0.85}
SEED = 20261130
_TRIM = " \t\n,.;:\"'\u201c\u201d\u2018\u2019()-\u2014\u2013"
_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb"


def read_polnear(path: str | Path) -> list[dict]:
    """The records of a PolNeAR JSON Lines file (``id``, ``text``, ``attributions`` ...)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _hull(pieces: list) -> tuple[int, int] | None:
    pieces = [(int(s), int(e)) for s, e in pieces if int(e) > int(s)]
    return (min(s for s, _ in pieces), max(e for _, e in pieces)) if pieces else None


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_units(record: dict) -> dict:
    """Gold source/cue pairs, content spans and quoted content spans of one record."""
    text, pairs = record["text"], []
    for a in record.get("attributions", []):
        source = _hull(a.get("source", []))
        if source:
            pairs.append((source, _hull(a.get("cue", []))))
    contents = [(int(s), int(e)) for a in record.get("attributions", []) for s, e in a.get("content", [])
                if int(e) > int(s)]
    quoted = [c for c in contents if any(m in text[c[0]:c[1]] for m in _QUOTE_MARKS)]
    return {"pairs": pairs, "contents": contents, "quoted": quoted}


def predicted_units(text: str, spans: Iterable) -> dict:
    """Predicted source/cue pairs, direct quotations and scare quotes from the engine's spans.

    Works with spans that carry ``source_start``/``source_end`` and, for older engines, with spans whose
    ``detail`` holds the source phrase inside the attribution span.
    """
    pairs, direct, scare, voiced = [], [], [], {}
    for s in spans:
        if s.measure in VOICE_MEASURES:
            voiced.setdefault(s.measure, []).append((s.start, s.voice))
        if s.measure == "attributions":
            source = _source_of(text, s)
            if source:
                cue = (s.start, source[0]) if source[0] > s.start else (source[1], s.end)
                if source[1] <= s.start or source[0] >= s.end or cue[1] <= cue[0]:
                    cue = (s.start, s.end)  # the source stands apart from the verb (a shared subject)
                pairs.append((source, _trim(text, cue)))
        elif s.measure == "quotes":
            (scare if s.category == "scare" else direct).append((s.start, s.end))
    return {"pairs": pairs, "direct": direct, "scare": scare, "voiced": voiced}


def _source_of(text: str, span) -> tuple[int, int] | None:
    start, end = getattr(span, "source_start", -1), getattr(span, "source_end", -1)
    if start >= 0:
        return start, end
    if not span.detail:
        return None
    at = text.find(span.detail, span.start, span.end)
    return (at, at + len(span.detail)) if at >= 0 else None


def article_counts(text: str, gold: dict, predicted: dict) -> dict:
    """The counts every figure is made of, for one article."""
    counts = {}
    for name, same in (("any", _overlap), ("same", lambda a, b: _trim(text, a) == _trim(text, b))):
        used, hits, cue_hits = set(), 0, 0
        for source, cue in predicted["pairs"]:
            match = next((i for i, (g, _) in enumerate(gold["pairs"]) if i not in used and same(source, g)), None)
            if match is not None:
                used.add(match)
                hits += 1
                gold_cue = gold["pairs"][match][1]
                cue_hits += bool(gold_cue and cue and _overlap(cue, gold_cue))
        counts[f"speaker_{name}"] = (hits, len(predicted["pairs"]), len(gold["pairs"]))
        if name == "any":
            counts["cue"] = (cue_hits, hits)
    right = sum(any(_overlap(q, c) for c in gold["contents"]) for q in predicted["direct"])
    found = sum(any(_overlap(q, g) for q in predicted["direct"]) for g in gold["quoted"])
    counts["direct"] = (right, len(predicted["direct"]), found, len(gold["quoted"]))
    outside = sum(not any(c[0] <= (q[0] + q[1]) // 2 < c[1] for c in gold["contents"]) for q in predicted["scare"])
    counts["scare"] = (outside, len(predicted["scare"]))
    for m in VOICE_MEASURES:
        counts[f"voice_{m}"] = voice_counts(gold["contents"], predicted["voiced"].get(m, []))
    return counts


def voice_counts(contents: list[tuple[int, int]], matches: list[tuple[int, str]]) -> tuple[int, int, int, int]:
    """``(writer and inside, writer, inside and another voice, inside)`` for ``(start, voice)`` matches
    against the annotated content spans."""
    starts = sorted(contents)
    inside = [any(s <= start < e for s, e in starts) for start, _ in matches]
    writer = [voice == "writer" for _, voice in matches]
    return (sum(i and w for i, w in zip(inside, writer)), sum(writer),
            sum(i and not w for i, w in zip(inside, writer)), sum(inside))


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def figures(per_article: list[dict]) -> dict[str, float]:
    """Every figure from summed per-article counts."""
    total = lambda key, i: sum(c[key][i] for c in per_article)  # noqa: E731
    out = {}
    for name in ("any", "same"):
        hits, n_pred, n_gold = (total(f"speaker_{name}", i) for i in range(3))
        f = _prf(hits, n_pred, hits, n_gold)
        out.update({f"speaker_{name}_{k}": v for k, v in f.items()})
    cue_hits, paired = total("cue", 0), total("cue", 1)
    out["cue_accuracy"] = cue_hits / paired if paired else 0.0
    d = _prf(total("direct", 0), total("direct", 1), total("direct", 2), total("direct", 3))
    out.update({f"direct_quote_{k}": v for k, v in d.items()})
    for m in VOICE_MEASURES:
        wi, w, io, i = (total(f"voice_{m}", k) for k in range(4))
        out[f"{m}_writer_inside"] = wi / w if w else 0.0
        out[f"{m}_inside_other"] = io / i if i else 0.0
        out[f"n_{m}_writer"], out[f"n_{m}_inside"] = float(w), float(i)
    scare_right, n_scare = total("scare", 0), total("scare", 1)
    out["scare_quote_precision"] = scare_right / n_scare if n_scare else 0.0
    out["n_scare_quotes"] = float(n_scare)
    out["n_gold_sources"] = float(total("speaker_any", 2))
    out["n_predicted_sources"] = float(total("speaker_any", 1))
    return out


def bootstrap(per_article: list[dict], n_boot: int = N_BOOT, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of every figure, resampling articles with replacement."""
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(n_boot):
        sample = [per_article[rng.randrange(len(per_article))] for _ in per_article]
        for key, value in figures(sample).items():
            draws.setdefault(key, []).append(value)
    out = {}
    for key, values in draws.items():
        values.sort()
        out[key] = (values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))])
    return out


def evaluate_polnear(records: list[dict], spans_of: Callable[[str, str], Iterable]) -> dict:
    """Score ``spans_of(article_id, text)`` (the engine's spans of one article) against ``records``.

    Returns ``figures`` (point estimates), ``intervals`` (95%), ``references`` and ``n_articles``.
    """
    per_article = []
    for record in records:
        text = record["text"]
        per_article.append(article_counts(text, gold_units(record), predicted_units(text, spans_of(record["id"], text))))
    return {"n_articles": len(records), "figures": figures(per_article), "intervals": bootstrap(per_article),
            "references": REFERENCES}


def engine_spans(config=None) -> Callable[[str, str], list]:
    """``spans_of`` for :func:`evaluate_polnear`: the engine as shipped (or with ``config``)."""
    from ..corpus import Article
    from ..pipeline import Config, analyzer_for

    analyzer = analyzer_for(config or Config())
    return lambda article_id, text: analyzer.analyze(Article(id=str(article_id), text=text)).spans()


def markdown(report: dict) -> str:
    """The PolNeAR figures as a markdown table, with intervals and the annotators' agreement."""
    f, ci = report["figures"], report["intervals"]
    cell = lambda key: f"{f[key]:.2f} [{ci[key][0]:.2f}, {ci[key][1]:.2f}]"  # noqa: E731
    rows = [
        ("speaker F1, any overlap", cell("speaker_any_f1"), f"{REFERENCES['speaker_any_overlap_f1']:.2f}"),
        ("speaker precision / recall, any overlap",
         f"{f['speaker_any_precision']:.2f} / {f['speaker_any_recall']:.2f}", ""),
        ("speaker F1, same boundaries", cell("speaker_same_f1"), f"{REFERENCES['speaker_same_boundaries_f1']:.2f}"),
        ("speaker precision / recall, same boundaries",
         f"{f['speaker_same_precision']:.2f} / {f['speaker_same_recall']:.2f}", ""),
        ("cue accuracy (paired attributions)", cell("cue_accuracy"), ""),
        ("direct-quote F1", cell("direct_quote_f1"), ""),
        ("scare-quote precision", f"{cell('scare_quote_precision')} (n={int(f['n_scare_quotes'])})", ""),
    ]
    for m in VOICE_MEASURES:
        rows += [(f"{m}: writer's-voice matches inside attributed content (goal <= {VOICE_GOALS['writer_inside']})",
                  f"{cell(m + '_writer_inside')} (n={int(f['n_' + m + '_writer'])})", ""),
                 (f"{m}: matches inside attributed content given another voice (goal >= "
                  f"{VOICE_GOALS['inside_other']})", f"{cell(m + '_inside_other')} (n={int(f['n_' + m + '_inside'])})",
                  "")]
    lines = ["| figure | value [95% interval] | annotators agree |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return (f"## Who said it (PolNeAR, {report['n_articles']} articles, {int(f['n_gold_sources'])} gold sources, "
            f"{int(f['n_predicted_sources'])} predicted)\n\n" + "\n".join(lines))
