"""An audit of every sentence the report writes from its findings, against the texts and the tables.

For each :class:`~analysis.compare.findings.Finding` the sentence is rendered (:mod:`.wording`) and checked:

* **quoted words**: each word or phrase in curly quotes occurs in the text of a cited article, as a whole word
  (so a stem such as "militari" or a lexicon entry's name that was not written is caught), and, when the
  finding counts the writer's own words, at least once outside quotations (and outside reported speech for
  the writer's voice);
* **numbers**: each number in the sentence is one of the finding's figures, and those figures are the cells
  of the comparison's tables (``comparison_differences.csv``, ``comparison_distinguishing_words.csv``);
* **direction**: the group said to have "more" (or to read "more positive") is the one the table shows
  higher;
* **notation**: no z-score, no ``a : b`` ratio, no ``x2``, no internal label (``loaded_per_1000``), no
  unexplained "adjusted".

:func:`audit_report` runs it at the end of every report run over ``tables/findings.json`` and also checks
that the front page and page 04 print every sentence the same way; its result goes into ``manifest.json``
(``audit``). A problem never fails the user's run: the tests fail on it.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from .findings import Finding, read_findings
from .rates import REST_LABEL
from .wording import number, sentence

#: Patterns a sentence must not contain, with what each is.
NOTATION = (
    (re.compile(r"\|z\||\bz\s*[=<>]|\bz\s+[-+]?\d"), "a z-score"),
    (re.compile(r"(?<![\d,.])\d+\s*:\s*\d+(?![\d.])"), "ratio notation (a : b)"),
    (re.compile(r"\bx\d+\b"), "count notation (x2)"),
    (re.compile(r"\b[a-z]+_[a-z0-9_]+\b|\x00|\brest:"), "an internal label"),
    (re.compile(r"\badjusted\b", re.I), "an unexplained 'adjusted'"),
)
#: Fixed phrases whose numbers are units, not figures.
UNIT_PHRASES = re.compile(r"per 1,000 words|95% interval|from -1 \(negative\) to \+1 \(positive\)|"
                          r"from 0 \(facts\) to 1 \(opinion\)")
NUMBER = re.compile(r"(?<![\w.])[+-]?\d+(?:,\d{3})*(?:\.\d+)?")
QUOTED = re.compile(r"“([^”]+)”")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one sentence: ``kind`` (quoted word, voice, number, direction, notation, pages)
    and what exactly."""

    sentence: str
    kind: str
    detail: str

    def _replace(self, sentence: str) -> "Problem":
        return Problem(sentence, self.kind, self.detail)


def _pattern(words: str) -> re.Pattern:
    words = words.replace("…", " ").strip()
    parts = [re.escape(w) for w in words.split()]
    head = r"(?<!\w)" if words[:1].isalnum() else ""  # a whole word: "militari" is not "military"
    tail = r"(?!\w)" if words[-1:].isalnum() else ""
    return re.compile(head + r"\s+".join(parts) + tail, re.I)


def _inside(start: int, end: int, regions) -> bool:
    return any(s <= start and end <= e for s, e in regions)


def _quotes(text: str, f: Finding, texts: dict, others: dict) -> list[Problem]:
    problems = []
    for q in QUOTED.findall(text):
        if not f.articles:
            problems.append(Problem(text, "quoted word", f"“{q}” is quoted but no article is cited"))
            continue
        hits = [(a, m) for a in f.articles for m in _pattern(q).finditer(texts.get(a, ""))]
        if not hits:
            problems.append(Problem(text, "quoted word", f"“{q}” is not written in the cited articles "
                                                         f"({', '.join(f.articles[:5])})"))
            continue
        if q in f.words and f.voice in ("writer", "wording"):
            kinds = "quote" if f.voice == "wording" else "others"
            if all(_inside(m.start(), m.end(), others.get(a, {}).get(kinds, ())) for a, m in hits):
                problems.append(Problem(text, "voice", f"“{q}” occurs only inside quotations or reported "
                                                       f"speech, but the sentence counts the {f.voice}'s words"))
    return problems


def _numbers(text: str, f: Finding) -> list[Problem]:
    allowed = {number(v, f.unit) for v in (*f.values, *f.interval)} | {number(f.figure, f.unit)}
    allowed |= {a.lstrip("+") for a in allowed} | {str(f.stories)} | {str(n) for n in f.counts}
    allowed |= {number(v, "1,000") for pair in f.rates for v in pair}
    stripped = QUOTED.sub(" ", UNIT_PHRASES.sub(" ", text))
    return [Problem(text, "number", f"{n} is not one of the finding's figures")
            for n in NUMBER.findall(stripped) if n not in allowed]


def _row(table: pd.DataFrame, f: Finding) -> tuple[pd.Series, int] | None:
    """The differences table's row of a difference finding and the sign that orients it (+1: a = first)."""
    rows = table[(table["comparison"] == "pair") & (table["measure"] == f.measure)]
    for sign, (a, b) in ((1, f.groups), (-1, f.groups[::-1])):
        hit = rows[(rows["group_a"].astype(str) == a) & (rows["group_b"].astype(str) == b)]
        if len(hit):
            return hit.iloc[0], sign
    return None


def _against_table(text: str, f: Finding, differences: pd.DataFrame | None) -> list[Problem]:
    if f.kind != "difference" or differences is None or differences.empty:
        return []
    found = _row(differences, f)
    if found is None:
        return [Problem(text, "number", f"no row for {f.measure} between {' and '.join(f.groups)} in the table")]
    r, sign = found
    problems = []
    expect = {"first value": (r["value_a"], r["value_b"])[::sign][0], "second value": (r["value_a"], r["value_b"])[::sign][1],
              "difference": sign * float(r["difference"])}
    said = {"first value": f.values[0], "second value": f.values[1], "difference": f.figure}
    for what, value in expect.items():
        if number(float(value), f.unit) != number(float(said[what]), f.unit):
            problems.append(Problem(text, "number", f"{what} {number(float(said[what]), f.unit)} is "
                                                    f"{number(float(value), f.unit)} in the table"))
    if float(r["difference"]) * sign < 0 or (f.stories == 0 and f.values[0] < f.values[1]):
        problems.append(Problem(text, "direction", f"{f.groups[0]} is said to have more, but the table gives "
                                                   f"it the lower figure"))
    return problems


def _direction(text: str, f: Finding) -> list[Problem]:
    spec = f.spec()
    if f.kind != "difference" or spec is None:
        return []
    hi, lo = f.groups
    for phrase, higher in ((spec.more, True), (spec.less, False)):
        for m in re.finditer(rf"(?:^|\. )(?:In the same stories, )?(.+?) (?:wrote )?{re.escape(phrase)}\b", text):
            subject = m.group(1)
            if subject not in (hi, lo):
                continue
            if (subject == hi) != higher:
                return [Problem(text, "direction", f"“{phrase}” is said of {subject}, whose figure is the "
                                                   f"{'lower' if subject == lo else 'higher'}")]
    if f.figure < 0 or (not math.isnan(f.interval[0]) and f.interval[0] > f.interval[1]):
        return [Problem(text, "direction", "the difference said is negative or its interval reversed")]
    return []


def _words_table(text: str, f: Finding, words: pd.DataFrame | None) -> list[Problem]:
    if f.kind != "words" or words is None or words.empty:
        return []
    problems = []
    # The finding's own comparison: its pair, or (second group empty) the group against all the others; a
    # group's rows against each single other group hold other rates for the same term.
    other = f.groups[1] if len(f.groups) > 1 and f.groups[1] else REST_LABEL
    rows = words[(words["group_a"].astype(str) == f.groups[0]) & (words["group_b"].astype(str) == other)]
    for w, (x, y) in zip(f.words, f.rates):
        hit = rows[rows["term"].astype(str) == w]
        if hit.empty:
            problems.append(Problem(text, "number", f"“{w}” is not in the distinguishing-words table"))
        elif (number(float(hit.iloc[0]["per_1000_a"]), "1,000"), number(float(hit.iloc[0]["per_1000_b"]), "1,000")) \
                != (number(x, "1,000"), number(y, "1,000")):
            problems.append(Problem(text, "number", f"the rates of “{w}” differ from the table's"))
        elif x <= y:
            problems.append(Problem(text, "direction", f"“{w}” is said to be used more, but its rate is not higher"))
    return problems


def check_sentence(text: str, f: Finding, texts: dict[str, str], others: dict | None = None,
                   tables: dict[str, pd.DataFrame] | None = None) -> list[Problem]:
    """Every problem of ``text``, a sentence said of finding ``f``. ``texts``: article id -> its text;
    ``others``: article id -> ``{"quote": [(start, end)...], "others": [...]}`` (direct quotations; quotations
    and reported speech); ``tables``: the comparison's ``differences`` and ``words`` tables."""
    others, tables = others or {}, tables or {}
    bare = text  # the sentence without the names of groups, titles and stories (the user's own text)
    for name in sorted((str(n) for n in (*f.groups, f.story) if n), key=len, reverse=True):
        bare = bare.replace(name, " ")
    problems = [Problem(text, "notation", f"it holds {what}") for pattern, what in NOTATION if pattern.search(bare)]
    problems += [p._replace(text) for p in _quotes(bare, f, texts, others)]
    problems += [p._replace(text) for p in _numbers(bare, f)]
    problems += _direction(text, f)
    problems += _against_table(text, f, tables.get("differences"))
    problems += _words_table(text, f, tables.get("words"))
    return problems


def audit(found: list[Finding], group_word: str, texts: dict[str, str], others: dict | None = None,
          tables: dict[str, pd.DataFrame] | None = None) -> list[Problem]:
    """Every problem of every finding's sentence (rendered as the report renders it)."""
    return [p for f in found for p in check_sentence(sentence(f, group_word), f, texts, others, tables)]


def regions(voices: pd.DataFrame | None) -> dict:
    """Per article id, ``{"quote": [...], "others": [...]}``: its direct quotations, and its quotations and
    reported speech, as (start, end), from the voices table."""
    out: dict = {}
    if voices is None or voices.empty:
        return out
    for a, start, end, voice in zip(voices["article_id"].astype(str), voices["start"], voices["end"],
                                    voices["voice"].astype(str)):
        entry = out.setdefault(a, {"quote": [], "others": []})
        if voice in ("quote", "scare"):
            entry["quote"].append((int(start), int(end)))
        if voice not in ("writer", "headline", "name"):
            entry["others"].append((int(start), int(end)))
    return out


def _page_text(path: Path) -> str:
    if not path.is_file():
        return ""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    body = html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\\", "")
    return " ".join(body.split())


def _read_csv(path: Path) -> pd.DataFrame | None:
    try:
        return pd.read_csv(path, keep_default_na=False, na_values=[""]) if path.is_file() else None
    except (OSError, ValueError):
        return None


def _cited_rows(path: Path, cited: set[str], chunk: int = 200_000) -> pd.DataFrame | None:
    """The rows of the CSV table at ``path`` whose ``article_id`` is in ``cited``, read ``chunk`` rows at a
    time (a run of 100,000 articles has some 8 million voice regions), or None when it cannot be read."""
    try:
        if not path.is_file():
            return None
        with pd.read_csv(path, keep_default_na=False, na_values=[""], chunksize=chunk,
                         dtype={"article_id": str}) as reader:
            parts = [part[part["article_id"].isin(cited)] for part in reader]
        return pd.concat(parts, ignore_index=True) if parts else None
    except (OSError, ValueError):
        return None


def audit_report(folder: str | Path, corpus) -> dict:
    """The audit of a report folder (its ``tables/findings.json``) against ``corpus`` (the articles it was
    made from) and its tables, and whether the front page and page 04 print each sentence: ``{"sentences":
    checked, "problems": [{"sentence", "kind", "detail"}...]}``; ``sentences`` is 0 when page 04 wrote no
    findings."""
    folder = Path(folder)
    read = read_findings(folder / "tables")
    if read is None:
        return {"sentences": 0, "problems": [], "note": "no findings (page 04 did not run)"}
    found, meta = read
    word = str(meta.get("group_word") or "outlet")
    cited = {str(a) for f in found for a in f.articles}  # only these articles' texts and regions are read
    texts = {str(a.id): a.text for a in corpus if str(a.id) in cited}
    voices = _cited_rows(folder / "tables" / "voices.csv", cited)
    tables = {"differences": _read_csv(folder / "tables" / "comparison_differences.csv"),
              "words": _read_csv(folder / "tables" / "comparison_distinguishing_words.csv")}
    problems = audit(found, word, texts, regions(voices), tables)
    pages = {"front page": _page_text(folder / "index.html"),
             "page 04": _page_text(next(iter(sorted(folder.glob("04_*.html"))), folder / "04.html"))}
    for f in found:
        said = " ".join(sentence(f, word).split())
        for name, page in pages.items():
            if page and said not in page:
                problems.append(Problem(said, "pages", f"the {name} does not print this sentence as written"))
    return {"sentences": len(found), "problems": [asdict(p) for p in problems]}
