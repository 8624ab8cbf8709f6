"""Substitution pairs: for each loaded term, how often each group uses it and how often its neutral
alternatives (``regime`` / ``government``, ``militia`` / ``armed group``).

The neutral alternatives come from the loaded-terms lexicon (``neutral:`` of each entry). Many are advice
rather than words ("(describe the views)", "which X says violates international law"); of an alternative with
a placeholder (``X``, ``Y``, ``...``, a parenthesis, "own name") only the words before it are counted, with
trailing stop words dropped, so "presence that X calls illegal" counts ``presence`` and "which X says ..."
counts nothing. The words are compiled with the lexicon pattern language, so ``client state`` also matches
``client-state``; a neutral word inside a loaded match ("government" in a loaded "puppet government") is
not counted. Alternatives too general to name the same thing (:data:`GENERIC`: "said", "new", "president")
are not counted at all.

Both sides are counted in the writer's own wording (the writer's voice and reported speech, which the writer
paraphrases; never direct quotations or scare quotes) and story by story. A pair is *comparable* in a story when
one group's loaded term and another group's alternative name the same thing in aligned sentences: a content word
within :data:`NEAR` words of both (the thing they name or do: "regime" and "government" both beside "Veloria")
and at least :data:`ALIGNED_WORDS` content words shared by the two sentences (the same event told twice). Only
such pairs are quoted in the summary, with the two sentences side by side as the evidence.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from ..lexicon import Entry, Lexicon
from ..stopwords import STOP_WORDS
from ..text import Document
from .stories import content_words, surface_forms
from .words import snippet

#: Where an alternative stops being words to count: a placeholder or an instruction to the writer.
PLACEHOLDER = re.compile(r"\(|\.\.\.|\u2026|(?<![\w'-])[XY](?![\w])|(?<![\w'-])[XY]-|\bown name\b")
#: Characters with a meaning in the pattern language; an alternative holding one is not counted.
PATTERN_SYNTAX = re.compile(r"[*|\[\]_#=]")
#: Alternatives too general to name the same thing as a loaded term: a reporting verb or a word that fits
#: almost any sentence ("said" for "claim", "new" for "landmark", "president" for "strongman").
GENERIC = frozenset({"said", "says", "say", "stated", "states", "told", "new", "president", "leader",
                     "did not", "does not", "do not", "not", "was", "is", "people", "person", "state",
                     "control", "killed", "dead", "attackers"})
#: Words on each side of an occurrence whose content words make its context (tokens).
CONTEXT_WINDOW = 12
#: Words on each side of both terms among which a shared content word names the same referent.
NEAR = 4
#: Content words (other than the terms) the two sentences of a pair must share to be the same event told twice.
ALIGNED_WORDS = 3
#: Label of the one "story" of a corpus without stories.
ALL_ARTICLES = "(all articles)"
SUBSTITUTION_COLUMNS = ["term", "category", "neutral", "story", "group", "loaded", "neutral_count",
                        "loaded_share", "loaded_seen", "neutral_seen", "comparable", "shared_context",
                        "loaded_example", "neutral_example", "loaded_group", "neutral_group", "loaded_word",
                        "neutral_word", "loaded_article", "loaded_start", "loaded_end", "neutral_article",
                        "neutral_start", "neutral_end", "loaded_sentence", "neutral_sentence"]


def loaded_lexicon(config) -> Lexicon:
    """The loaded-terms lexicon of a :class:`~analysis.pipeline.Config`: the shipped file(s) plus any of the
    user's extra lexicons of kind ``loaded``, exactly as the analysis used them."""
    from ..pipeline import load_lexicons

    return load_lexicons(config, ("loaded",))["loaded"]


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
    """A small lexicon whose entries are the countable neutral alternatives of ``entry`` that are not
    :data:`GENERIC` (None if none)."""
    words = list(dict.fromkeys(w for w in (countable(n) for n in entry.neutral)
                               if w and w.lower() not in GENERIC))
    if not words:
        return None
    entries = tuple(Entry(w, (w,), "neutral", f"neutral alternative to {entry.term}") for w in words)
    return Lexicon(f"neutral:{entry.term}", "loaded", "", "", {"neutral": ""}, entries)


class _Spans:
    """An article's loaded spans, to ask whether a place overlaps one of them in ``log n``: the spans by
    start, and the largest end among the first ``i`` of them (a span overlaps ``start:end`` when it starts
    before ``end`` and ends after ``start``; of those starting before ``end``, the one ending last decides)."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach, furthest = [], None
        for _, e in ordered:
            furthest = e if furthest is None or e > furthest else furthest
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def _seen(counter: Counter) -> str:
    return "; ".join(f"{k} x{v}" for k, v in counter.most_common())


@dataclass(frozen=True)
class Occurrence:
    """One use of a loaded term or of one of its alternatives: where, by whom, and the content words that
    decide whether it pairs with another use (``near``, ``sentence``). Those words and what only a chosen pair
    shows (its context as written, its snippet, where it is) are read from the document when first asked
    for: most uses are never weighed against a use of the other side in another group, and fewer still are
    in a pair."""

    story: str
    group: str
    side: str  # "loaded" or "neutral"
    wording: str
    place: tuple = field(default=(), compare=False, repr=False)  # (document, article id, start, end, own words)
    seen: dict = field(default_factory=dict, compare=False, repr=False)  # a sentence's content words, per table

    @cached_property
    def near(self) -> frozenset:
        """The content words within :data:`NEAR` words: what the word names or does."""
        doc, _, start, end, own = self.place
        return frozenset(_context(doc, start, end, own, NEAR))

    @cached_property
    def sentence(self) -> frozenset:
        """The content words of its sentence (but the term's and its alternatives' own)."""
        doc, _, start, _, own = self.place
        return frozenset(_sentence_words(doc, doc.sentence_at(start), self.seen) - own)

    @cached_property
    def surface(self) -> tuple:
        """(stem, word) pairs of the content words within :data:`CONTEXT_WINDOW` words, for display."""
        doc, _, start, end, own = self.place
        return tuple(_context(doc, start, end, own).items())

    @cached_property
    def example(self) -> str:
        doc, _, start, end, _ = self.place
        return snippet(doc, start, end)

    @cached_property
    def where(self) -> tuple:
        """(article id, start, end, the sentence as written, the word as written)."""
        doc, article_id, start, end, _ = self.place
        sentence = doc.sentences[doc.sentence_at(start)]
        return (article_id, start, end, " ".join(doc.text[sentence.start:sentence.end].split()), doc.text[start:end])


def _context(doc: Document, start: int, end: int, own: set[str], window: int = CONTEXT_WINDOW) -> dict[str, str]:
    first = bisect.bisect_left(doc.token_starts, start)
    last = bisect.bisect_left(doc.token_starts, end)
    lo, hi = max(0, first - window), min(len(doc.token_starts), last + window)
    words = doc.norm_words()
    return {k: v for k, v in surface_forms(words[lo:first] + words[last:hi]).items() if k not in own}


def _sentence_words(doc: Document, index: int, seen: dict) -> frozenset:
    """The content words of sentence ``index`` of ``doc``, found once per sentence (``seen`` remembers them
    for one table: a sentence holds the uses of many terms)."""
    key = (id(doc), index)
    if key not in seen:
        sentence = doc.sentences[index]
        seen[key] = frozenset(content_words(doc.norm_words()[sentence.first_token:sentence.last_token]))
    return seen[key]


def _occurrence(doc: Document, article_id: str, start: int, end: int, own: set[str], seen: dict,
                **fields) -> Occurrence:
    """One use at ``start:end`` of ``doc`` (the content words near it and in its sentence read when asked)."""
    return Occurrence(**fields, place=(doc, article_id, start, end, own), seen=seen)


def _occurrences(entry: Entry, neutral: Lexicon, docs: dict, where: dict, skip: dict,
                 found: "_Found") -> list[Occurrence]:
    """Every writer's-voice use of the entry (from ``found.uses``) and of its alternatives (``found`` in
    ``docs``)."""
    own = content_words(" ".join([entry.term, *(e.term for e in neutral.entries)]).split())
    out = []
    for r in found.uses.get(entry.term, ()):
        story, group = where[r.article_id]
        doc = docs.get(r.article_id)
        if doc is not None:
            out.append(_occurrence(doc, r.article_id, int(r.start), int(r.end), own, found.sentences,
                                   story=story, group=group, side="loaded", wording=str(r.text).lower()))
    for article_id, spans_found in found.spans[entry.term].items():
        doc = docs[article_id]
        story, group = where[article_id]
        quoted = skip.get(article_id, set())
        loaded = found.loaded.get(article_id)
        for span in spans_found:
            k = bisect.bisect_left(doc.token_starts, span.start)
            if (loaded is not None and loaded.overlaps(span.start, span.end)) or k in quoted:
                continue
            out.append(_occurrence(doc, article_id, span.start, span.end, own, found.sentences, story=story,
                                   group=group, side="neutral", wording=span.entry))
    return out


@dataclass
class _Found:
    """The alternatives found, per loaded term and article id, the writer's loaded spans per article id,
    the writer's uses of each loaded term (rows of the matches, in table order) and the content words of
    each sentence looked at (filled as the occurrences are read)."""

    spans: dict[str, dict[str, list]]
    loaded: dict[str, _Spans]
    uses: dict[str, list] = field(default_factory=dict)
    sentences: dict = field(default_factory=dict)

    @classmethod
    def scan(cls, neutrals: dict[str, Lexicon], docs: dict, where: dict, loaded: pd.DataFrame) -> "_Found":
        """Scan each document of ``where`` once for the alternatives of every term (each distinct list of
        alternatives once: several terms share one, ``criticised``; they share its spans). Documents come in
        the outer loop: the word index that every lexicon shares (:mod:`analysis.matching`) is then built once
        per document, not once per document and term."""
        spans: dict[str, dict[str, list]] = {term: {} for term in neutrals}
        lists: dict[tuple, tuple[Lexicon, list[str]]] = {}
        for term, neutral in neutrals.items():
            words = tuple((e.term, e.patterns, e.category) for e in neutral.entries)
            lists.setdefault(words, (neutral, []))[1].append(term)
        for article_id, doc in docs.items():
            if article_id in where:
                for neutral, terms in lists.values():
                    if hits := neutral.find(doc):
                        for term in terms:
                            spans[term][article_id] = hits
        uses: dict[str, list] = {}
        for row in loaded[["entry", "article_id", "start", "end", "text"]].itertuples(index=False):
            uses.setdefault(row.entry, []).append(row)
        return cls(spans, {a: _Spans(list(zip(p["start"], p["end"]))) for a, p in loaded.groupby("article_id")},
                   uses)


def _comparable(occurrences: list[Occurrence]) -> tuple[Occurrence, Occurrence, list[str]] | None:
    """The best loaded / neutral pair of two different groups that name the same thing in aligned sentences
    (see the module docstring): (loaded use, neutral use, the content words their sentences share, as
    written), or None."""
    best, best_score = None, 0
    neutral = [b for b in occurrences if b.side == "neutral"]
    if not neutral or all(b.side != "loaded" for b in occurrences):
        return None
    near: dict[str, list[int]] = {}  # each content word near a neutral use -> those uses, in order
    for j, b in enumerate(neutral):
        for word in b.near:
            near.setdefault(word, []).append(j)
    for a in occurrences:
        if a.side != "loaded":
            continue
        for j in sorted({j for word in a.near for j in near.get(word, ())}):  # the uses with a word near both
            b = neutral[j]
            if b.group == a.group:
                continue
            shared = a.sentence & b.sentence
            if len(shared) >= ALIGNED_WORDS and len(shared) > best_score:
                words = dict(a.surface)
                best, best_score = (a, b, sorted(words.get(w, w) for w in shared)), len(shared)
    return best


def substitution_pairs(docs: dict[str, Document], tables, groups: pd.Series, lexicon: Lexicon,
                       used_only: bool = True, stories: pd.Series | None = None,
                       skip: dict[str, set[int]] | None = None) -> pd.DataFrame:
    """One row per loaded term with countable, specific neutral alternatives, per story and per group.

    Both sides are counted in the writer's own wording: loaded matches whose ``voice`` is ``writer`` or
    ``reported`` (reported speech is the writer's paraphrase; every match when the table has no ``voice``
    column) and alternatives outside any loaded match and outside the tokens of ``skip`` (direct quotations
    and scare quotes: someone else's words). With ``stories`` (article id -> story) each story is counted apart
    and articles outside them are left out; without, the corpus is one "story" (:data:`ALL_ARTICLES`).
    ``comparable`` is True for a term and story where one group's loaded term and another group's
    alternative share content words within :data:`CONTEXT_WINDOW` words (``shared_context`` lists them,
    ``loaded_example`` / ``neutral_example`` show both). ``loaded_share`` = loaded / (loaded +
    neutral_count), NaN when both are 0. Columns: :data:`SUBSTITUTION_COLUMNS`."""
    from .voice import WRITERS_WORDING, with_voice

    group_of = {str(k): v for k, v in groups.items()}
    if stories is not None and len(stories):
        where = {a: (stories[a], group_of[a]) for a in stories.index if a in group_of}
    else:
        where = {a: (ALL_ARTICLES, g) for a, g in group_of.items()}
    matches = with_voice(tables.matches)
    loaded = matches[(matches["measure"] == "loaded") & matches["article_id"].isin(where)]
    writer = loaded[loaded["voice"].isin(WRITERS_WORDING)]
    names = sorted(set(group_of.values()))
    rows = []
    used = set(writer["entry"])
    neutrals = {e.term: n for e in lexicon.entries if (not used_only or e.term in used)
                and (n := neutral_lexicon(e)) is not None}
    scanned = _Found.scan(neutrals, docs, where, writer)
    for entry in lexicon.entries:
        neutral = neutrals.get(entry.term)
        if neutral is None:
            continue
        found = _occurrences(entry, neutral, docs, where, skip or {}, scanned)
        for story in sorted({o.story for o in found}):
            here = [o for o in found if o.story == story]
            pair = _comparable(here)
            covered = sorted({g for (s, g) in where.values() if s == story})
            for name in (covered if story != ALL_ARTICLES else names):
                seen = {side: Counter(o.wording for o in here if o.group == name and o.side == side)
                        for side in ("loaded", "neutral")}
                n_loaded, n_neutral = sum(seen["loaded"].values()), sum(seen["neutral"].values())
                total = n_loaded + n_neutral
                rows.append({"term": entry.term, "category": entry.category,
                             "neutral": ", ".join(e.term for e in neutral.entries), "story": story,
                             "group": name, "loaded": n_loaded, "neutral_count": n_neutral,
                             "loaded_share": n_loaded / total if total else float("nan"),
                             "loaded_seen": _seen(seen["loaded"]), "neutral_seen": _seen(seen["neutral"]),
                             **_pair_columns(pair)})
    return pd.DataFrame(rows, columns=SUBSTITUTION_COLUMNS)


def _pair_columns(pair: tuple[Occurrence, Occurrence, list[str]] | None) -> dict:
    """The columns of a row that show a comparable pair: both uses, where they are and their sentences."""
    if pair is None:
        return {"comparable": False, **{c: "" for c in SUBSTITUTION_COLUMNS[11:]}}
    a, b, shared = pair
    out = {"comparable": True, "shared_context": ", ".join(shared), "loaded_example": a.example,
           "neutral_example": b.example, "loaded_group": a.group, "neutral_group": b.group}
    for side, o in (("loaded", a), ("neutral", b)):
        article_id, start, end, sentence, word = o.where
        out.update({f"{side}_word": word, f"{side}_article": article_id, f"{side}_start": start,
                    f"{side}_end": end, f"{side}_sentence": sentence})
    return out


def substitution_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs as a reader's table: one row per story, loaded term and its neutral alternatives, one
    column per group holding ``loaded : neutral`` counts in the writer's own voice (``2 : 0`` = the loaded
    term twice, an alternative never; empty where the group does not cover the story), and the content
    words both sides share nearby ("none": the two sides are not used about the same thing)."""
    if pairs.empty:
        return pd.DataFrame(columns=["story", "loaded term", "neutral alternatives", "shared context"])
    cells = pairs.assign(cell=pairs["loaded"].astype(str) + " : " + pairs["neutral_count"].astype(str))
    wide = cells.pivot_table(index=["story", "term", "neutral"], columns="group", values="cell",
                             aggfunc="first", sort=False)
    context = pairs.groupby(["story", "term", "neutral"], sort=False)["shared_context"].first()
    wide = wide.assign(**{"shared context": context.reindex(wide.index).replace("", "none").to_numpy()})
    wide = wide.reset_index().rename(columns={"term": "loaded term", "neutral": "neutral alternatives"})
    wide.columns.name = None
    return wide.fillna("")
