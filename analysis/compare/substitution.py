"""Substitution pairs: for each loaded term, how often each group uses it and how often its neutral
alternatives (``regime`` / ``government``, ``militia`` / ``armed group``).

The neutral alternatives come from the loaded-terms lexicon (``neutral:`` of each entry). Many are advice
rather than words ("(describe the views)", "which X says violates international law"); of an alternative with
a placeholder (``X``, ``Y``, ``...``, a parenthesis, "own name") only the words before it are counted, with
trailing stop words dropped, so "presence that X calls illegal" counts ``presence`` and "which X says ..."
counts nothing. The words are compiled with the lexicon pattern language, so ``client state`` also matches
``client-state``; a neutral word inside a loaded match ("government" in a loaded "puppet government") is
not counted.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from ..lexicon import Entry, Lexicon
from ..stopwords import STOP_WORDS
from ..text import Document

#: Where an alternative stops being words to count: a placeholder or an instruction to the writer.
PLACEHOLDER = re.compile(r"\(|\.\.\.|\u2026|(?<![\w'-])[XY](?![\w])|(?<![\w'-])[XY]-|\bown name\b")
#: Characters with a meaning in the pattern language; an alternative holding one is not counted.
PATTERN_SYNTAX = re.compile(r"[*|\[\]_#=]")
SUBSTITUTION_COLUMNS = ["term", "category", "neutral", "group", "loaded", "neutral_count", "loaded_share",
                        "loaded_seen", "neutral_seen"]


def loaded_lexicon(config) -> Lexicon:
    """The loaded-terms lexicon of a :class:`~analysis.pipeline.Config`: the shipped file(s) plus any of the
    user's extra lexicons of kind ``loaded``, exactly as the analysis used them."""
    from ..pipeline import analyzer_for

    return analyzer_for(config).lexicons["loaded"]


def countable(alternative: str) -> str:
    """The words of a neutral alternative that can be counted ('' when none): the text before its first
    placeholder, without trailing stop words."""
    if PATTERN_SYNTAX.search(alternative):
        return ""
    cut = PLACEHOLDER.search(alternative)
    if cut is None:
        return alternative.strip()
    if cut.group() == "own name":
        return ""
    words = alternative[:cut.start()].split()
    while words and words[-1].lower() in STOP_WORDS:
        words.pop()
    return " ".join(words)


def neutral_lexicon(entry: Entry) -> Lexicon | None:
    """A small lexicon whose entries are the countable neutral alternatives of ``entry`` (None if none)."""
    words = list(dict.fromkeys(w for w in (countable(n) for n in entry.neutral) if w))
    if not words:
        return None
    entries = tuple(Entry(w, (w,), "neutral", f"neutral alternative to {entry.term}") for w in words)
    return Lexicon(f"neutral:{entry.term}", "loaded", "", "", {"neutral": ""}, entries)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _seen(counter: Counter) -> str:
    return "; ".join(f"{k} x{v}" for k, v in counter.most_common())


def substitution_pairs(docs: dict[str, Document], tables, groups: pd.Series, lexicon: Lexicon,
                       used_only: bool = True) -> pd.DataFrame:
    """One row per loaded term with countable neutral alternatives and per group.

    ``loaded`` counts the term's loaded matches, ``neutral_count`` matches of its alternatives outside any
    loaded match, ``loaded_share`` = loaded / (loaded + neutral_count) in [0, 1] (NaN when both are 0).
    ``loaded_seen`` / ``neutral_seen`` list the wordings found with their counts. With ``used_only`` only
    terms that some group uses are listed. Columns: :data:`SUBSTITUTION_COLUMNS`.
    """
    group_of = {str(k): v for k, v in groups.items()}
    matches = tables.matches
    loaded = matches[matches["measure"] == "loaded"].assign(article_id=lambda m: m["article_id"].astype(str))
    loaded = loaded[loaded["article_id"].isin(group_of)]
    loaded_spans = {a: list(zip(p["start"], p["end"])) for a, p in loaded.groupby("article_id")}
    loaded_texts = defaultdict(list)
    for term, article_id, text in loaded[["entry", "article_id", "text"]].itertuples(index=False):
        loaded_texts[term].append((group_of[article_id], text.lower()))
    names = sorted(set(group_of.values()))
    rows = []
    for entry in lexicon.entries:
        if used_only and entry.term not in loaded_texts:
            continue
        neutral = neutral_lexicon(entry)
        if neutral is None:
            continue
        loaded_seen = {n: Counter() for n in names}
        for name, text in loaded_texts[entry.term]:
            loaded_seen[name][text] += 1
        neutral_seen = {n: Counter() for n in names}
        for article_id, doc in docs.items():
            if article_id not in group_of:
                continue
            spans = loaded_spans.get(article_id, [])
            for span in neutral.find(doc):
                if not _overlaps(span.start, span.end, spans):
                    neutral_seen[group_of[article_id]][span.entry] += 1
        for name in names:
            n_loaded, n_neutral = sum(loaded_seen[name].values()), sum(neutral_seen[name].values())
            total = n_loaded + n_neutral
            rows.append({"term": entry.term, "category": entry.category,
                         "neutral": ", ".join(e.term for e in neutral.entries), "group": name,
                         "loaded": n_loaded, "neutral_count": n_neutral,
                         "loaded_share": n_loaded / total if total else float("nan"),
                         "loaded_seen": _seen(loaded_seen[name]), "neutral_seen": _seen(neutral_seen[name])})
    return pd.DataFrame(rows, columns=SUBSTITUTION_COLUMNS)


def substitution_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs as a reader's table: one row per loaded term and its neutral alternatives, one column per
    group holding ``loaded : neutral`` counts (``2 : 0`` = the loaded term twice, an alternative never)."""
    if pairs.empty:
        return pd.DataFrame(columns=["loaded term", "neutral alternatives"])
    cells = pairs.assign(cell=pairs["loaded"].astype(str) + " : " + pairs["neutral_count"].astype(str))
    wide = cells.pivot_table(index=["term", "neutral"], columns="group", values="cell", aggfunc="first",
                             sort=False)
    wide = wide.reset_index().rename(columns={"term": "loaded term", "neutral": "neutral alternatives"})
    wide.columns.name = None
    return wide
