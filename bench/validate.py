"""How well do the measures agree with people? Scores the engine against annotated public news data.

Usage: ``python bench/validate.py --data DIR [--out FILE.json] [--before REV] [--only PART ...]``, where DIR
holds any of
``babe.jsonl``, ``newsmtsc.jsonl``, ``szeged_wiki.jsonl`` + ``szeged_bio.jsonl``, ``polnear_dev.jsonl`` and
``basil_articles.jsonl`` + ``basil_sentences.jsonl`` + ``basil_spans.jsonl``, ``ptc_dev.jsonl``
(the format is described in the README (section "How well do the measures agree with people?")). The engine runs exactly as users get it: shipped lexicons,
no training on the data. Prints markdown tables and the most frequent errors; ``--out`` also writes every
figure as JSON. A part whose files are missing is skipped with a message; without any data the script
says so and exits 0 (it is a benchmark run by hand, not a test). The data is read from DIR only and is
never copied into the repository.

Hedges (Szeged) and loaded words (BABE) are also scored *before*: the package as it was at git revision
``--before`` (default :data:`BEFORE`, the commit before hedges had kinds) is unpacked into a temporary folder
with ``git archive`` and run in a subprocess on the same sentences, so both figures come from one run.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from analysis.pipeline import Config, analyzer_for, versions
from analysis.evaluation import babe_words, basil, polnear, ptc, szeged
from analysis.evaluation.validity import REFERENCES, evaluate_babe, evaluate_newsmtsc, read_jsonl

POLNEAR_FILE = "polnear_dev.jsonl"
BASIL_FILES = ("basil_articles.jsonl", "basil_sentences.jsonl", "basil_spans.jsonl")
SZEGED_PARTS = ("wiki", "bio")
#: The revision scored as "before" (hedges without kinds, loaded terms without possessives).
BEFORE = "d63dfbf"
#: Published and quoted reference points for Szeged, sentence-level F1: CoNLL-2010 systems, and a plain
#: 33-word epistemic list as measured in issue 13 (the list itself is rebuilt and run in this script).
SZEGED_REFERENCES = {"wiki": {"conll2010": 0.60, "issue_list": 0.70}, "bio": {"conll2010": 0.86, "issue_list": 0.69}}
#: What the old package's spans are, per evaluation (run inside the unpacked old tree).
_OLD_SPANS = """
import json, sys
from analysis.lexicon import load_lexicon
from analysis.text import Document
texts = json.load(sys.stdin)
if sys.argv[1] == "hedges":
    from analysis.measures import Hedging
    m = Hedging(load_lexicon("analysis/lexicons/hedges.yaml"), load_lexicon("analysis/lexicons/boosters.yaml"))
    out = [[(s.start, s.end) for s in m.measure(Document(t)).spans if s.measure == "hedges"] for t in texts]
else:
    from analysis.measures import LoadedTerms
    m = LoadedTerms(load_lexicon("analysis/lexicons/loaded_terms.yaml"))
    out = [[(s.start, s.end) for s in m.find(Document(t))] for t in texts]
json.dump(out, sys.stdout)
"""
#: The parts ``--only`` can pick, in the order they run.
PARTS = ("babe", "newsmtsc", "szeged", "basil", "polnear", "ptc")
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


def _ci_of(scores: dict, key: str) -> str:
    lo, hi = scores[f"{key}_ci"]
    return f"{scores[key]:.2f} [{lo:.2f}, {hi:.2f}]"


def old_spans(rev: str, what: str, texts: list[str], script: str = _OLD_SPANS) -> list | None:
    """Spans of the package at git revision ``rev`` (``what`` is ``hedges`` or ``loaded``), or None with a
    message when git or the revision is not available."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(root), "archive", rev, "analysis"], capture_output=True)
        if archive.returncode:
            print(f"before ({rev}) skipped: git archive failed: {archive.stderr.decode()[:200]}")
            return None
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        run = subprocess.run([sys.executable, "-c", script, what], input=json.dumps(texts).encode(),
                             capture_output=True, cwd=tmp, env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"})
        if run.returncode:
            print(f"before ({rev}) skipped: {run.stderr.decode()[-300:]}")
            return None
        return json.loads(run.stdout)


def evaluate_szeged(data: Path, config: Config, before: str | None) -> dict:
    """Per part: the engine now, the engine at ``before``, and the 33-word list, with intervals."""
    lx = analyzer_for(config).lexicons
    readings = {"now": szeged.engine_predictor(lx["hedges"], lx["boosters"]),
                "list33": szeged.list_predictor()}
    out = {}
    for part in SZEGED_PARTS:
        rows = read_jsonl(data / f"szeged_{part}.jsonl")
        out[part] = {name: szeged.evaluate(rows, predict) for name, predict in readings.items()}
        old = old_spans(before, "hedges", [r["text"] for r in rows]) if before else None
        if old is not None:
            out[part]["before"] = szeged.evaluate(rows, predictions=old)
    return out


def szeged_markdown(r: dict, before: str | None) -> str:
    names = {"before": f"engine before ({before}), every hedge", "now": "engine now, epistemic hedges and conditions",
             "list33": "33-word epistemic list (in this run)"}
    rows = []
    for part, readings in r.items():
        for key in ("before", "now", "list33"):
            if key in readings:
                s, c = readings[key]["sentence"], readings[key]["cue"]
                rows.append([part, names[key], _f(s["precision"]), _f(s["recall"]), _ci_of(s, "f1"),
                             _f(c["precision"]), _f(c["recall"]), _ci_of(c, "f1")])
        ref = SZEGED_REFERENCES[part]
        rows.append([part, "reference: CoNLL-2010 systems / the issue's 33-word list", "", "",
                     f"{_f(ref['conll2010'])} / {_f(ref['issue_list'])}", "", "", ""])
    n = ", ".join(f"{p} {v['now']['n_sentences']} sentences ({v['now']['n_uncertain']} uncertain)"
                  for p, v in r.items())
    return "\n\n".join([
        f"## 5. Hedges against the Szeged uncertainty corpus ({n}; 95% intervals resample documents)",
        _table(["part", "reading", "sentence P", "sentence R", "sentence F1 [95%]", "cue P", "cue R",
                "cue F1 [95%]"], rows),
    ])


def evaluate_babe_words(data: Path, config: Config, before: str | None) -> dict:
    """Loaded-word precision, recall and F1 with intervals, now and at ``before``."""
    rows = read_jsonl(data / "babe.jsonl")
    out = {"now": babe_words.evaluate(rows, babe_words.engine_spans(config))}
    old = old_spans(before, "loaded", [r["text"] for r in rows]) if before else None
    if old is not None:
        out["before"] = babe_words.evaluate(rows, predictions=old)
    return out


def babe_words_markdown(r: dict, before: str | None) -> str:
    names = {"before": f"loaded terms before ({before})", "now": "loaded terms now"}
    rows = [[names[k], _ci_of(v, "precision"), _ci_of(v, "recall"), _ci_of(v, "f1"), v["right"] + v["wrong"]]
            for k, v in sorted(r.items())]
    return "\n\n".join([
        "## 1b. Loaded words on BABE, before and after, with 95% intervals (resampling sentences)",
        _table(["reading", "precision [95%]", "recall [95%]", "F1 [95%]", "tokens flagged"], rows),
    ])


#: The engine's body spans of each text, as plain fields (run inside the unpacked old tree for "before").
_OLD_VOICE = """
import json, sys
from analysis.pipeline import Config, analyzer_for
from analysis.corpus import Article
analyzer = analyzer_for(Config())
keep = ("loaded", "hedges", "attributions", "quotes")
fields = ("measure", "category", "start", "end", "voice", "source_start", "source_end", "detail")
out = [[[getattr(s, f, -1) for f in fields] for s in analyzer.analyze(Article(id="t", text=t)).spans()
        if s.measure in keep] for t in json.load(sys.stdin)]
json.dump(out, sys.stdout)
"""


def evaluate_voice(records: list[dict], config: Config, before: str | None) -> dict:
    """PolNeAR figures (speakers, quotations, the voice of loaded terms and hedges) now, and at ``before``
    when that revision can run the engine."""
    out = {"polnear": polnear.evaluate_polnear(records, polnear.engine_spans(config))}
    old = old_spans(before, "voice", [r["text"] for r in records], script=_OLD_VOICE) if before else None
    if old is not None:
        from types import SimpleNamespace
        names = ("measure", "category", "start", "end", "voice", "source_start", "source_end", "detail")
        by_id = {r["id"]: [SimpleNamespace(**dict(zip(names, s))) for s in spans] for r, spans in zip(records, old)}
        out["polnear_before"] = polnear.evaluate_polnear(records, lambda article_id, _: by_id[article_id])
        out["polnear_before"]["revision"] = before
    return out


def voice_markdown(r: dict, before: dict) -> str:
    """Before and after, side by side, for the voice and speaker figures."""
    keys = [("speaker_same_f1", "speaker F1, same boundaries"), ("speaker_any_f1", "speaker F1, any overlap")]
    for m in polnear.VOICE_MEASURES:
        keys += [(f"{m}_writer_inside", f"{m}: writer's-voice matches inside attributed content (goal <= 0.10)"),
                 (f"{m}_inside_other", f"{m}: matches inside attributed content given another voice (goal >= 0.85)")]
    cell = lambda x, k: f"{x['figures'][k]:.2f} [{x['intervals'][k][0]:.2f}, {x['intervals'][k][1]:.2f}]"  # noqa
    rows = [[name, cell(before, k), cell(r, k)] for k, name in keys]
    return "\n\n".join([f"## Voice, before ({before['revision']}) and after (PolNeAR, {r['n_articles']} articles; "
                         "95% intervals resample articles)",
                         _table(["figure", f"before ({before['revision']})", "after"], rows)])


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


def _parts(data: Path, config: Config, before: str | None) -> dict:
    """Per part: the files it needs, what to say when one is missing, and the function that scores it."""
    def basil_part():
        return {"basil": basil.evaluate(*(read_jsonl(data / name) for name in BASIL_FILES), config)}

    def polnear_part():
        return evaluate_voice(polnear.read_polnear(data / POLNEAR_FILE), config, before)

    def ptc_part():  # before: the engine at ptc.BEFORE (no strengths), unless --before none
        records = read_jsonl(data / "ptc_dev.jsonl")
        old = old_spans(ptc.BEFORE, "ptc", [r["text"] for r in records], ptc.OLD_SCRIPT) if before else None
        return {"ptc": ptc.evaluate(records, analyzer_for(config)),
                **({"ptc_before": ptc.evaluate(records, found=old)} if old else {})}
    return {
        "babe": (["babe.jsonl"], "BABE skipped: {missing} not found in {data}",
                 lambda: {"babe": evaluate_babe(read_jsonl(data / "babe.jsonl"), config),
                          "babe_words": evaluate_babe_words(data, config, before)}),
        "newsmtsc": (["newsmtsc.jsonl"], "NewsMTSC skipped: {missing} not found in {data}",
                     lambda: {"newsmtsc": evaluate_newsmtsc(read_jsonl(data / "newsmtsc.jsonl"))}),
        "szeged": ([f"szeged_{p}.jsonl" for p in SZEGED_PARTS], "Szeged skipped: {missing} not found in {data}",
                   lambda: {"szeged": evaluate_szeged(data, config, before)}),
        "basil": (list(BASIL_FILES), "BASIL skipped: {missing} not found in {data}", basil_part),
        "polnear": ([POLNEAR_FILE], "PolNeAR skipped: {missing} not found in {data} (attribution and quotation "
                                    "figures need it; give the folder that holds it with --data)", polnear_part),
        "ptc": (["ptc_dev.jsonl"], "PTC skipped: {missing} not found in {data}", ptc_part),
    }


def run(data: Path, config: Config, before: str | None = BEFORE,
        only: tuple[str, ...] = PARTS) -> tuple[dict, list[str]]:
    """Every evaluation of ``only`` (names from :data:`PARTS`, all by default) whose files are in ``data``;
    returns the report and messages about skipped parts."""
    report, skipped = {}, []
    unpicked = [p for p in PARTS if p not in only]
    if unpicked:
        skipped.append(f"not run (--only {' '.join(only)}): {', '.join(unpicked)}")
    for part, (files, message, score) in _parts(data, config, before).items():
        if part not in only:
            continue
        missing = [name for name in files if not (data / name).is_file()]
        if missing:
            skipped.append(message.format(missing=", ".join(missing), data=data))
        else:
            report.update(score())
    return report, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder with babe.jsonl, newsmtsc.jsonl and basil_*.jsonl")
    parser.add_argument("--out", help="write every figure to this JSON file")
    parser.add_argument("--lexicon-dir", help="score the lexicon files in this folder instead of the shipped "
                                              "ones (any of loaded_terms.yaml, hedges.yaml, boosters.yaml, "
                                              "reporting_verbs.yaml, sources.yaml)")
    parser.add_argument("--before", default=BEFORE, help=f"git revision scored as 'before' for hedges and "
                                                          f"loaded words (default {BEFORE}; 'none' to skip)")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS), metavar="PART",
                        help=f"run only these parts ({', '.join(PARTS)}); e.g. --only babe basil for the "
                             "figures the loaded-terms lexicon touches (all by default)")
    args = parser.parse_args(argv)
    before = None if args.before in ("", "none") else args.before
    if not args.data or not Path(args.data).is_dir():
        print(f"validation skipped: no data folder ({args.data or 'pass --data DIR'}). Give the folder "
              "that holds babe.jsonl, newsmtsc.jsonl and basil_*.jsonl, e.g. --data ../shared/eval")
        return 0
    started = time.perf_counter()
    config = config_for(args.lexicon_dir)
    report, skipped = run(Path(args.data), config, before, tuple(args.only))
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
    if "babe_words" in report:
        parts.insert(2, babe_words_markdown(report["babe_words"], before))
    if "szeged" in report:
        parts.append(szeged_markdown(report["szeged"], before))
    if "polnear_before" in report:
        parts.append(voice_markdown(report["polnear"], report["polnear_before"]))
    if "ptc" in report:
        parts.append(ptc.markdown(report["ptc"], report.get("ptc_before")))
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
