"""How well do the measures agree with people? Scores the engine against annotated public news data.

Usage: ``python bench/validate.py --data DIR [--out FILE.json]``, where DIR holds any of ``babe.jsonl``,
``newsmtsc.jsonl``, ``polnear_dev.jsonl`` and ``basil_articles.jsonl`` + ``basil_sentences.jsonl`` + ``basil_spans.jsonl``
(the format is described in the README (section "How well do the measures agree with people?")). The engine runs exactly as users get it: shipped lexicons,
no training on the data. Prints markdown tables and the most frequent errors; ``--out`` also writes every
figure as JSON. A part whose files are missing is skipped with a message; without any data the script
says so and exits 0 (it is a benchmark run by hand, not a test). The data is read from DIR only and is
never copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from datetime import date
from pathlib import Path

from analysis.pipeline import Config, analyzer_for, versions
from analysis.evaluation import basil
from analysis.evaluation.validity import REFERENCES, evaluate_babe, evaluate_newsmtsc, read_jsonl
from analysis.evaluation import polnear

BASIL_FILES = ("basil_articles.jsonl", "basil_sentences.jsonl", "basil_spans.jsonl")
POLNEAR_FILE = "polnear_dev.jsonl"
LEXICON_FILES = {"loaded": "loaded_terms.yaml", "hedges": "hedges.yaml", "boosters": "boosters.yaml",
                 "reporting_verbs": "reporting_verbs.yaml", "sources": "sources.yaml"}


def _f(x: float) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.2f}"


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _words(pairs: list[list]) -> str:
    return ", ".join(f"{w} ({n})" for w, n in pairs) or "none"


def babe_markdown(r: dict) -> str:
    w = r["words"]
    rows = [["loaded terms, all categories", _f(w["overall"]["precision"]), _f(w["overall"]["recall"]),
             _f(w["overall"]["f1"]), w["overall"]["tp"] + w["overall"]["fp"]]]
    for cat, b in w["per_category"].items():
        rows.append([f"  {cat}", _f(b["precision"]), _f(b["recall"]), _f(b["f1"]), b["tp"] + b["fp"]])
    m = w["judgement_markers"]
    rows.append(["any judgement marker (loaded terms, loaded reporting verbs, boosters)", _f(m["precision"]),
                 _f(m["recall"]), _f(m["f1"]), m["tp"] + m["fp"]])
    for key, name in (("babe_words_negative_lexicon", "reference: negative-sentiment lexicon"),
                      ("babe_words_bias_lexicon", "reference: the BABE authors' bias lexicon")):
        ref = REFERENCES[key]
        rows.append([name, _f(ref["precision"]), _f(ref["recall"]), _f(ref["f1"]), ""])
    sentences = [[v["rule"], _f(v["precision"]), _f(v["recall"]), _f(v["f1"]), _f(v["macro_f1"])]
                 for v in r["sentences"].values()]
    sentences.append(["reference: fine-tuned transformers", "", "", "",
                      _f(REFERENCES["babe_sentences_transformer"]["macro_f1"])])
    return "\n\n".join([
        f"## 1. Loaded words (BABE, {r['n_sentences']} sentences, token level)",
        _table(["measure", "precision", "recall", "F1", "tokens flagged"], rows),
        "## 2. Biased sentences (BABE, sentence label)",
        _table(["rule: biased when ...", "precision", "recall", "F1", "macro-F1"], sentences),
    ])


def newsmtsc_markdown(r: dict) -> str:
    rows = []
    for key, name in (("sentence", "the sentence (as the actor table)"),
                      ("window", "window of words around the mention")):
        m = r[key]
        rows.append([name, _f(m["accuracy"]), _f(m["macro_f1"]),
                     *(_f(m["per_class"][c]["f1"]) for c in ("negative", "neutral", "positive"))])
    roberta = _f(REFERENCES["newsmtsc_roberta"]["macro_f1"])
    rows.append(["reference: fine-tuned RoBERTa", "", roberta, "", "", ""])
    dist = ", ".join(f"{k} {v}" for k, v in sorted(r["gold_distribution"].items()))
    return "\n\n".join([
        f"## 3. Sentiment towards a target (NewsMTSC, {r['n_targets']} targets; gold: {dist})",
        _table(["reading", "accuracy", "macro-F1", "F1 negative", "F1 neutral", "F1 positive"], rows),
    ])


def _ci(point: float, interval: list[float]) -> str:
    return f"{_f(point)} ({_f(interval[0])} to {_f(interval[1])})"


def _order(r: dict, key: str) -> str:
    outlets = r["outlets"]
    return " > ".join(f"{o} {_ci(outlets[o][key], outlets[o][key + '_interval'])}"
                      for o in r["order_by_" + ("rate" if key == "rate" else "spans")])


def basil_markdown(r: dict) -> str:
    readings = [r[k] for k in ("before", "after", "before_count", "after_count")]
    chance = _f(r["after"]["chance"])

    def row(name: str, key: str) -> list[str]:
        return [name, *(_ci(x[key], x["intervals"][key]) for x in readings)]

    rows = [
        row(f"events where the highest score picks the article with the most lex spans (chance {chance}, ties "
            "shared; aim >= 0.6)", "hit_rate"),
        row("within-event Spearman correlation of score and lex spans (mean over events)", "spearman"),
        row("precision of loaded matches against lex spans outside quotations", "precision"),
        row("recall of lex spans outside quotations", "recall"),
        ["outlets by mean score", *(_order(x, "rate") for x in readings)],
        ["outlets by mean number of lex spans (the annotation)", _order(readings[0], "lex_spans"), "same", "same",
         "same"],
    ]
    voice = ("the engine's own voice column" if r["voice_from_engine"] else
             "the engine gives no voice yet: a match inside a span of the quotes measure (text between double "
             "quotes) counts as a quotation, computed in analysis/evaluation/basil.py")
    return "\n\n".join([
        f"## 4. Same event, three outlets (BASIL, {r['n_articles']} articles, {r['n_events']} events, "
        f"{r['n_lex_spans']} lex spans, {r['n_lex_outside_quotes']} outside quotations)",
        "Before (as at commit d63dfbf): every loaded term of body and headline. After (the comparison report): "
        "loaded terms in the writer's own voice, the event's shared vocabulary (terms all three outlets use) set "
        "apart, headline apart; as a rate per 1,000 words (the report's figure) and as a count. 95% intervals "
        f"resample events. Voice: {voice}.",
        _table(["figure", "before (rate)", "after (rate)", "before (count)", "after (count)"], rows),
    ])


def errors_markdown(report: dict) -> str:
    lines = ["## Where the measures go wrong (most frequent first)"]
    if "babe" in report:
        b = report["babe"]
        lines += [f"- BABE words flagged but not marked by annotators: {_words(b['false_positives'])}",
                  "- BABE lexicon entries whose match no annotator marked: "
                  f"{_words(b['false_positive_entries'])}",
                  f"- BABE words marked but not flagged: {_words(b['false_negatives'])}"]
    if "newsmtsc" in report:
        lines.append(f"- NewsMTSC: VADER words in windows given the wrong polarity: "
                     f"{_words(report['newsmtsc']['misleading_words'])}")
    if "basil" in report:
        b = report["basil"]
        lines += [f"- BASIL lex spans outside quotations no writer's-voice loaded term overlaps: "
                  f"{_words(b['missed_spans'])}",
                  f"- BASIL writer's-voice loaded terms outside any lex span: {_words(b['unmatched_loaded_terms'])}"]
    return "\n".join(lines)


def config_for(lexicon_dir: str | None) -> Config:
    """The shipped Config, with each lexicon replaced by the file of the same name in ``lexicon_dir``."""
    if not lexicon_dir:
        return Config()
    folder = Path(lexicon_dir)
    if not folder.is_dir():
        raise SystemExit(f"--lexicon-dir {lexicon_dir}: not a folder; give the folder that holds "
                         "loaded_terms.yaml")
    swaps = {kind: str(folder / name) for kind, name in LEXICON_FILES.items() if (folder / name).is_file()}
    if not swaps:
        raise SystemExit(f"--lexicon-dir {lexicon_dir}: none of {', '.join(LEXICON_FILES.values())} is there")
    return Config(**swaps)


def run(data: Path, config: Config) -> tuple[dict, list[str]]:
    """Every evaluation whose files are in ``data``; returns the report and messages about skipped parts."""
    report, skipped = {}, []
    if (data / "babe.jsonl").is_file():
        report["babe"] = evaluate_babe(read_jsonl(data / "babe.jsonl"), config)
    else:
        skipped.append(f"BABE skipped: {data / 'babe.jsonl'} not found")
    if (data / "newsmtsc.jsonl").is_file():
        report["newsmtsc"] = evaluate_newsmtsc(read_jsonl(data / "newsmtsc.jsonl"))
    else:
        skipped.append(f"NewsMTSC skipped: {data / 'newsmtsc.jsonl'} not found")
    missing = [name for name in BASIL_FILES if not (data / name).is_file()]
    if missing:
        skipped.append(f"BASIL skipped: {', '.join(missing)} not found in {data}")
    else:
        report["basil"] = basil.evaluate(*(read_jsonl(data / name) for name in BASIL_FILES), config)
    # ---- PolNeAR: who said it (attributions, quotations, scare quotes)
    if (data / POLNEAR_FILE).is_file():
        report["polnear"] = polnear.evaluate_polnear(polnear.read_polnear(data / POLNEAR_FILE),
                                                     polnear.engine_spans(config))
    else:
        skipped.append(f"PolNeAR skipped: {data / POLNEAR_FILE} not found (attribution and quotation figures "
                       "need it; give the folder that holds it with --data)")
    return report, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder with babe.jsonl, newsmtsc.jsonl and basil_*.jsonl")
    parser.add_argument("--out", help="write every figure to this JSON file")
    parser.add_argument("--lexicon-dir", help="score the lexicon files in this folder instead of the shipped "
                                              "ones (any of loaded_terms.yaml, hedges.yaml, boosters.yaml, "
                                              "reporting_verbs.yaml, sources.yaml)")
    args = parser.parse_args(argv)
    if not args.data or not Path(args.data).is_dir():
        print(f"validation skipped: no data folder ({args.data or 'pass --data DIR'}). Give the folder "
              "that holds babe.jsonl, newsmtsc.jsonl and basil_*.jsonl, e.g. --data ../shared/eval")
        return 0
    started = time.perf_counter()
    config = config_for(args.lexicon_dir)
    report, skipped = run(Path(args.data), config)
    for message in skipped:
        print(message)
    if not report:
        print(f"validation skipped: none of the data files is in {args.data}")
        return 0
    seconds = time.perf_counter() - started
    lexicons = versions(analyzer_for(config))["lexicons"]
    header = (f"# Validation against annotated news data ({date.today().isoformat()}, {seconds:.0f} s)\n\n"
              f"Lexicon: {lexicons['loaded']['name']} {lexicons['loaded']['version']} "
              f"({lexicons['loaded']['entries']} entries)" +
              (f", lexicons from {args.lexicon_dir}." if args.lexicon_dir else ". Engine as shipped.") +
              " No training on the data.")
    parts = [header]
    parts += [f(report[k]) for k, f in (("babe", babe_markdown), ("newsmtsc", newsmtsc_markdown),
                                        ("basil", basil_markdown), ("polnear", polnear.markdown)) if k in report]
    parts.append(errors_markdown(report))
    print("\n\n".join(parts))
    if args.out:
        out = {"date": date.today().isoformat(), "seconds": round(seconds, 1),
               "data": str(Path(args.data).resolve()), "lexicons": lexicons, "references": REFERENCES,
               "skipped": skipped, **report}
        Path(args.out).write_text(json.dumps(_no_nan(out), indent=1, allow_nan=False), encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


def _no_nan(value):
    """The same structure with NaN (an undefined correlation) written as null."""
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_nan(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


if __name__ == "__main__":
    sys.exit(main())
