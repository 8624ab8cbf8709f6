"""The words and two-word phrases that most separate two groups, each shown in context.

The score is the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008),
"Fightin' Words", Political Analysis 16(4), eqs. 16-22. For a term w with count ``y_a`` among ``n_a`` terms of
group A (``y_b``, ``n_b`` for B) and prior counts ``alpha_w`` summing to ``alpha_0``::

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
    var(delta_w) ~= 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    z_w = delta_w / sqrt(var(delta_w))

By default the prior is the whole corpus: ``alpha_w`` is the term's count over every group, so ``alpha_0`` is
the corpus size (the choice of the ``tidylo`` implementation of this score; with short texts it shrinks
rare words strongly, so a word must be used several times more by one side to reach a large z). With a
background word-frequency file the prior keeps the corpus's total weight but takes its shape from the file:
``alpha_w = alpha_0 * (b_w + 0.5) / sum(b_v + 0.5)``, the 0.5 giving words missing from the file a small
prior. Positive z favours A, negative z favours B; ``|z| > 1.96`` is the usual mark of a clear difference.
Single words and two-word phrases are scored separately (each against its own totals).

Counts use the project's one tokeniser (:class:`analysis.text.Document`), lower-cased (acronyms such as
``US`` keep their capitals), with a possessive ``'s`` dropped. Every counted token counts towards the totals;
stop words (:mod:`analysis.stopwords`), honorifics, numbers and phrases containing one are not scored. The
comparison leaves out house style (:mod:`analysis.compare.housestyle`) and quoted voices before counting.
Phrases never cross a sentence, punctuation, a left-out word, a possessive (``Army's main``) or a piece of a
longer name (``US Air`` of ``US Air Force``). With stories, each comparison is scored within every story both
sides cover, against that story's own prior, and the per-story z-scores are combined (Stouffer).
"""
from __future__ import annotations

import csv
import re
from collections import ChainMap, Counter
from functools import lru_cache
from itertools import compress, filterfalse
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..text import Document
from .groups import CompareOptions
from .rates import REST_LABEL
from .wordscore import (BACKGROUND_SMOOTHING, PooledCounts, TermCounts, log_odds, prior,  # noqa: F401
                        scorable, score, strongest)

#: Characters of context on each side of a keyword-in-context line.
#: |z| above which a word's difference counts as clear (the two-sided 95% mark of a standard normal).
Z_CLEAR = 1.96
SNIPPET_WIDTH = 45
WORDS_COLUMNS = ["comparison", "group_a", "group_b", "favours", "term", "ngram", "count_a", "count_b",
                 "per_1000_a", "per_1000_b", "log_odds", "z", "kwic_a", "kwic_b"]


def documents(corpus, ids: set[str] | None = None, sentences=None) -> dict[str, Document]:
    """The :class:`Document` of every article (or of those whose id is in ``ids``), by article id (built
    once, shared by every comparison). With ``sentences`` (the sentences table: ``article_id``, ``start``,
    ``end``) each article is split where the analysis split it, not split again."""
    bounds: dict[str, list] = {}
    if sentences is not None and {"article_id", "start", "end"} <= set(sentences.columns):
        columns = (sentences[c].to_numpy(dtype=object).tolist() for c in ("article_id", "start", "end"))
        for article_id, start, end in zip(*columns):
            bounds.setdefault(str(article_id), []).append((int(start), int(end)))
    return {str(a.id): Document(a.text, sorted(bounds[str(a.id)]) if str(a.id) in bounds else None)
            for a in corpus if ids is None or str(a.id) in ids}


@lru_cache(maxsize=200_000)
def normalise(token: str) -> str | None:
    """A token as it is counted: lower case except for acronyms (``US`` stays apart from the pronoun
    ``us``), possessive ``'s`` / trailing ``'`` dropped; None for a token without letters (numbers are not
    scored)."""
    core = token[:-2] if token.lower().endswith("'s") else token
    word = token if len(core) > 1 and core.isupper() else token.lower()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    return word if any(ch.isalpha() for ch in word) else None


def _capital_runs(upper: list[bool], first: int, last: int) -> set[int]:
    """Tokens of ``first..last-1`` inside a run of three or more capitalised words (``US Air Force``;
    ``upper`` says which words start with a capital), where a two-word piece (``US air``) would be a
    fragment of a name, not a phrase."""
    inside: set[int] = set()
    run = 0
    for k in range(first, last):
        if upper[k]:
            run += 1
            continue
        if run >= 3:
            inside.update(range(k - run, k))
        run = 0
    if run >= 3:
        inside.update(range(last - run, last))
    return inside


def count_terms(doc: Document, article_id: str, skip: set[int] | frozenset = frozenset(),
                into: TermCounts | None = None) -> TermCounts:
    """Single-word and two-word counts of one document, leaving out the tokens in ``skip`` (house style,
    quoted voices). A two-word phrase never spans punctuation, a skipped word, a possessive (``Army's
    main``) or a piece of a longer name (``US Air`` of ``US Air Force``). With ``into`` the counts are added
    to it (the same as ``into.merge(count_terms(...))``, without a counter per document) and it is returned.

    The words and phrases of a document are listed first and counted in one go (``Counter.update`` counts a
    list in C); the first place of each is the first of the document's places of a term not seen before."""
    counts = TermCounts() if into is None else into
    starts, ends, norm = doc.token_starts, doc.token_ends, doc.norm
    raws = doc.norm_words()  # norm[starts[k]:ends[k]], cut once per document
    words: list[str] = []
    word_at: list[int] = []
    pairs: list[str] = []
    pair_at: list[int] = []
    n_words = 0
    for s in doc.sentences:
        first, last = s.first_token, s.last_token
        kept = list(filterfalse(skip.__contains__, range(first, last)) if skip else range(first, last))
        if not kept:
            continue
        n_words += len(kept)
        forms = list(map(normalise, map(raws.__getitem__, kept)))  # None, or a word with a letter
        words += compress(forms, forms)
        word_at += compress(kept, forms)
        names = _capital_runs([raw[0].isupper() for raw in raws[first:last]], 0, last - first)
        # a phrase: two kept words in a row, both counted, the first no possessive, nothing but spaces or
        # hyphens between, neither inside a longer name (``names``: places in the sentence)
        joined = [i for i in range(1, len(kept)) if kept[i] == kept[i - 1] + 1 and forms[i] and forms[i - 1]
                  and not raws[kept[i - 1]].endswith(("'s", "'", "'S"))
                  and not norm[ends[kept[i - 1]]:starts[kept[i]]].strip(" -")
                  and not (names and (kept[i] - first in names or kept[i] - 1 - first in names))]
        pairs += [f"{forms[i - 1]} {forms[i]}" for i in joined]
        pair_at += [kept[i] for i in joined]
    counts.words.update(words)
    counts.pairs.update(pairs)
    where = counts.where
    for terms, at, back in ((words, word_at, 0), (pairs, pair_at, 1)):
        firsts = dict(zip(reversed(terms), reversed(at)))  # each term's first place in the document
        for term, k in firsts.items():
            if term not in where:
                where[term] = (article_id, starts[k - back], ends[k])
    counts.n_words += n_words
    counts.n_pairs += len(pairs)
    return counts


def group_terms(docs: dict[str, Document], groups: pd.Series,
                skip: dict[str, set[int]] | None = None) -> dict[str, TermCounts]:
    """Term counts per group (articles in id order, so the first place of a term is reproducible);
    ``skip`` gives, per article id, the tokens left out."""
    skip = skip or {}
    out: dict[str, TermCounts] = {}
    for article_id in sorted(docs):
        if article_id in groups.index:
            count_terms(docs[article_id], article_id, skip.get(article_id, frozenset()),
                        into=out.setdefault(groups[article_id], TermCounts()))
    return out


def read_background(path: str | Path) -> Counter:
    """Term frequencies from a file of ``term<TAB or comma>count`` lines (a header line and ``#`` comments
    are skipped). Terms may be two words (``client state,12``). Raises :class:`InputError` on a bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: the background word-frequency file cannot be read ({exc.strerror}); "
                         "pass the path of a text file of 'word<TAB>count' lines") from None
    counts: Counter = Counter()
    delimiter = "\t" if "\t" in text else ","
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), 1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        term, value = row[0].strip().lower(), (row[1].strip() if len(row) > 1 else "")
        try:
            counts[term] += float(value)
        except ValueError:
            if number == 1:
                continue  # a header line such as "word,count"
            raise InputError(f"{path}, line {number}: {value!r} is not a count; each line must be "
                             "'word<TAB>count' or 'word,count'") from None
    if not counts:
        raise InputError(f"{path}: no 'word<TAB>count' lines found in the background word-frequency file")
    return counts


def snippet(doc: Document, start: int, end: int, width: int = SNIPPET_WIDTH) -> str:
    """One keyword-in-context line: ``... left [keyword] right ...`` on one line of plain text."""
    left = re.sub(r"\s+", " ", doc.text[max(0, start - width):start])
    right = re.sub(r"\s+", " ", doc.text[end:end + width])
    lead = "..." if start > width else ""
    tail = "..." if end + width < len(doc.text) else ""
    return f"{lead}{left}[{doc.text[start:end]}]{right}{tail}".strip()


def _line(where: dict, term: str, docs: dict[str, Document]) -> str:
    if term not in where:
        return "(not used)"
    article_id, start, end = where[term]
    return snippet(docs[article_id], start, end)


def _comparisons(names: list[str]) -> list[tuple[str, str, str | None]]:
    out = [("pair", a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    return out + ([("group vs rest", a, None) for a in names] if len(names) > 2 else [])


def _sides(per_group: dict[str, TermCounts], a: str, b: str | None) -> tuple[TermCounts, TermCounts]:
    if b is not None:
        return per_group.get(a, TermCounts()), per_group.get(b, TermCounts())
    rest = TermCounts()
    for other, counts in per_group.items():
        if other != a:
            rest.merge(counts)
    return per_group.get(a, TermCounts()), rest


def _corpus(per_group: dict[str, TermCounts]) -> TermCounts:
    total = TermCounts()
    for name in sorted(per_group):
        total.merge(per_group[name])
    return total


def _within(strata: list[dict[str, TermCounts]], a: str, b: str | None,
            background: Counter | None) -> tuple[pd.DataFrame, TermCounts, TermCounts]:
    """The score of A against B within each stratum (story) that has both, combined: counts add up, z is
    Stouffer's sum of the per-story z over the square root of the number of stories (a term a story does
    not use scores 0 there), the log-odds is the mean over stories. The two sides returned hold the words
    counted and each term's first place (in story order), not the counts of every term."""
    frames, side_a, side_b = [], TermCounts(where=ChainMap()), TermCounts(where=ChainMap())
    shared = [p for p in strata if a in p and (len(p) > 1 if b is None else b in p)]
    for per_group in shared:  # the sides' words and places, not counted again: the first story's place wins
        sa, sb = _sides(per_group, a, b)
        side_a.n_words, side_b.n_words = side_a.n_words + sa.n_words, side_b.n_words + sb.n_words
        side_a.where.maps.append(sa.where)
        side_b.where.maps.append(sb.where)
        frames.append(score(sa, sb, _corpus(per_group), background))
    if not frames:
        return score(TermCounts(), TermCounts(), TermCounts()), side_a, side_b
    scored = pd.concat(frames, ignore_index=True).groupby(["term", "ngram"], as_index=False)[
        ["count_a", "count_b", "log_odds", "z"]].sum()
    scored["z"] = scored["z"] / np.sqrt(len(shared))
    scored["log_odds"] = scored["log_odds"] / len(shared)
    scored["per_1000_a"] = 1000 * scored["count_a"] / max(side_a.n_words, 1)
    scored["per_1000_b"] = 1000 * scored["count_b"] / max(side_b.n_words, 1)
    return scored, side_a, side_b


def distinguishing_words(docs: dict[str, Document], groups: pd.Series, options: CompareOptions,
                         background: Counter | None = None, skip: dict[str, set[int]] | None = None,
                         stories: pd.Series | None = None) -> pd.DataFrame:
    """The ``options.top_n`` terms favouring each side of every comparison (each pair of groups, and each
    group against the rest when there are more than two), strongest first, with a keyword-in-context line
    from each side. Columns: :data:`WORDS_COLUMNS`.

    ``skip`` leaves out tokens per article (house style, quoted voices). With ``stories`` (article id to
    story, for the articles of stories covered by more than one group) each comparison is scored within
    each story that both sides cover, with that story's own coverage as the prior, and combined (Stouffer's
    z): a word the whole coverage of a story uses scores near 0, a word one side chooses in story after story
    scores high."""
    per_group = group_terms(docs, groups, skip)
    names = sorted(per_group)
    strata = None
    if stories is not None and len(stories):
        strata = [group_terms({k: docs[k] for k in ids if k in docs}, groups, skip)
                  for _, ids in sorted(stories.groupby(stories).groups.items())]
    frames, pooled = [], PooledCounts(per_group, background) if strata is None else None
    for kind, a, b in _comparisons(names):
        if pooled is not None:
            scored, where_a, where_b = pooled.score(a, b), pooled.where(a, a), pooled.where(a, b)
        else:
            scored, side_a, side_b = _within(strata, a, b, background)
            where_a, where_b = side_a.where, side_b.where
        top_a = strongest(scored, scored["z"].to_numpy() > 0, options.top_n).assign(favours=a)
        top_b = strongest(scored, scored["z"].to_numpy() < 0, options.top_n).assign(favours=b or REST_LABEL)
        both = pd.concat([top_a, top_b], ignore_index=True)
        both["kwic_a"] = [_line(where_a, t, docs) for t in both["term"]]
        both["kwic_b"] = [_line(where_b, t, docs) for t in both["term"]]
        frames.append(both.assign(comparison=kind, group_a=a, group_b=b or REST_LABEL))
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=WORDS_COLUMNS)
    return pd.concat(frames, ignore_index=True)[WORDS_COLUMNS]


def words_table(words: pd.DataFrame, per_side: int = 5, kind: str | None = None) -> pd.DataFrame:
    """The strongest ``per_side`` terms of each side of the comparisons of ``kind`` ('pair' or 'group vs
    rest'; by default the ones a report charts: each group against the rest when there are more than two
    groups, else the pair), with counts, z and a keyword-in-context line from each side (the keyword in
    square brackets)."""
    if kind is None and not words.empty:
        kind = "group vs rest" if (words["comparison"] == "group vs rest").any() else "pair"
    words = words[words["comparison"] == kind] if kind else words
    if words.empty:
        return pd.DataFrame(columns=["group A", "group B", "favours", "term", "A / B count", "z",
                                     "in A", "in B"])
    top = words.groupby(["group_a", "group_b", "favours"], sort=False, group_keys=False).head(per_side)
    return pd.DataFrame({
        "group A": top["group_a"], "group B": top["group_b"], "favours": top["favours"], "term": top["term"],
        "A / B count": top["count_a"].astype(str) + " / " + top["count_b"].astype(str),
        "z": top["z"].round(2), "in A": top["kwic_a"], "in B": top["kwic_b"],
    }).reset_index(drop=True)
