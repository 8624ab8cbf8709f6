"""The same story told by several outlets: which articles share a story, the story's shared vocabulary, each
article against the rest of its story's coverage, and the outlets' wording side by side.

A *story* is whatever the articles table's story field (``story`` by default; any column a user names) gives:
articles with the same non-empty value report the same event. Only stories that more than one group covers
are compared within (:func:`story_membership`); with none, a comparison cannot tell framing from topic and
says so.

The **shared vocabulary** of a story is every loaded term that each group covering the story uses at least
once (in any voice): it is what the story is about ("racist" in a story about a charge of racism), not one
outlet's framing, and is counted apart from the framing rates.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np
import pandas as pd

from ..stopwords import STOP_WORDS
from .housestyle import HONORIFICS
from .voice import HEADLINE, WRITER

#: Content words two sentences must share to be set side by side as "about the same thing".
MIN_SHARED_WORDS = 2
#: Rows of the side-by-side table per story at most.
SIDE_BY_SIDE_ROWS = 8
SHARED_COLUMNS = ["story", "term", "category", "groups", "matches", "by_group"]


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def content_words(words) -> set[str]:
    """Stems of the content words among ``words`` (no stop words, honorifics, numbers or one-letter words)."""
    return set(surface_forms(words))


def surface_forms(words) -> dict[str, str]:
    """Each content word's stem -> the first form of it seen in ``words`` (lower case), for display."""
    stem = _stemmer().stem
    out: dict[str, str] = {}
    for w in words:
        w = w.lower().removesuffix("'s").strip("'.-")
        if len(w) > 2 and w.isalpha() and w not in STOP_WORDS and w not in HONORIFICS:
            out.setdefault(stem(w), w)
    return out


def story_membership(articles: pd.DataFrame, groups: pd.Series, field: str = "story") -> pd.Series:
    """Article id -> story, for the articles of stories that two or more groups cover (empty when the
    table has no such field or no such story)."""
    if field not in articles.columns:
        return pd.Series(dtype=object, name="story")
    ids = articles["article_id"].astype(str)
    story = articles[field].astype(object).where(articles[field].notna(), "").astype(str).str.strip()
    frame = pd.DataFrame({"story": story.to_numpy(), "group": groups.reindex(ids).to_numpy()}, index=ids)
    frame = frame[(frame["story"] != "") & frame["group"].notna()]
    covered = frame.groupby("story")["group"].nunique()
    frame = frame[frame["story"].isin(covered[covered >= 2].index)]
    return frame["story"].rename("story")


def shared_vocabulary(matches: pd.DataFrame, stories: pd.Series, groups: pd.Series) -> pd.DataFrame:
    """One row per story and loaded term that every group covering the story uses (any voice): the term,
    its category, how many groups and matches, and the count per group. Columns: :data:`SHARED_COLUMNS`."""
    loaded = matches[(matches["measure"] == "loaded") & matches["article_id"].isin(stories.index)]
    if loaded.empty:
        return pd.DataFrame(columns=SHARED_COLUMNS)
    loaded = loaded.assign(story=stories.reindex(loaded["article_id"]).to_numpy(),
                           group=groups.reindex(loaded["article_id"]).to_numpy())
    covering = pd.DataFrame({"story": stories, "group": groups.reindex(stories.index)}).groupby(
        "story")["group"].nunique()
    rows = []
    for (story, term), part in loaded.groupby(["story", "entry"], sort=True):
        counts = part["group"].value_counts()
        if len(counts) == covering[story]:
            rows.append({"story": story, "term": term, "category": part["category"].iloc[0],
                         "groups": len(counts), "matches": len(part),
                         "by_group": "; ".join(f"{g} {n}" for g, n in sorted(counts.items()))})
    return pd.DataFrame(rows, columns=SHARED_COLUMNS)


def mark_shared(matches: pd.DataFrame, stories: pd.Series, shared: pd.DataFrame) -> pd.DataFrame:
    """``matches`` with a boolean ``shared`` column: a loaded match of its story's shared vocabulary."""
    keys = set(zip(shared["story"], shared["term"]))
    story = stories.reindex(matches["article_id"]).to_numpy()
    flags = [(s, e) in keys for s, e in zip(story, matches["entry"])]
    return matches.assign(shared=np.array(flags, dtype=bool) & (matches["measure"] == "loaded").to_numpy())


def relative_rates(per_article: pd.DataFrame, stories: pd.Series, groups: pd.Series, metrics) -> pd.DataFrame:
    """Each article's value of every metric beside the value of the rest of its story's coverage (the other
    articles of the story pooled). ``per_article`` holds each article's sums of the metrics' columns,
    indexed by article id. Columns: story, article_id, group, measure, label, unit, value, others,
    difference."""
    from .rates import ratio

    columns = sorted({c for m in metrics for c in (m.numerator, m.denominator)})
    rows = []
    for story, ids in sorted(stories.groupby(stories).groups.items()):
        ids = [i for i in ids if i in per_article.index]
        sums = per_article.loc[ids, columns].to_numpy(dtype=float)
        total = sums.sum(axis=0)
        own = ratio(sums, metrics, columns)
        others = ratio(total - sums, metrics, columns)
        for k, article_id in enumerate(ids):
            for i, m in enumerate(metrics):
                rows.append({"story": story, "article_id": article_id, "group": groups[article_id],
                             "measure": m.key, "label": m.label, "unit": m.unit, "value": own[k, i],
                             "others": others[k, i], "difference": own[k, i] - others[k, i]})
    return pd.DataFrame(rows, columns=["story", "article_id", "group", "measure", "label", "unit", "value",
                                       "others", "difference"])


def _sentence_words(doc) -> list[set[str]]:
    return [content_words(doc.norm[doc.token_starts[k]:doc.token_ends[k]]
                          for k in range(s.first_token, s.last_token)) for s in doc.sentences]


def _shown(doc, index: int, mark: tuple[int, int] | None = None) -> str:
    s = doc.sentences[index]
    if mark is None:
        return " ".join(doc.text[s.start:s.end].split())
    start, end = mark
    text = doc.text[s.start:start] + "[" + doc.text[start:end] + "]" + doc.text[end:s.end]
    return " ".join(text.split())


def side_by_side(docs: dict, matches: pd.DataFrame, stories: pd.Series, groups: pd.Series,
                 titles: dict[str, str] | None = None) -> pd.DataFrame:
    """Per story, what each group wrote where another group used a loaded term in its own voice.

    For each loaded match in the writer's voice that is not the story's shared vocabulary, the sentence of
    each other group's coverage that shares the most content words with the sentence of the match (at
    least :data:`MIN_SHARED_WORDS`) is set beside it. The first row of a story gives the headlines. Columns:
    story, about (the loaded term and its group), one column per group, shared words."""
    names = sorted(groups.reindex(stories.index).dropna().unique())
    words = {a: _sentence_words(docs[a]) for a in stories.index if a in docs}
    loaded = matches[(matches["measure"] == "loaded") & (matches["voice"] == WRITER)
                     & matches["article_id"].isin(stories.index) & ~matches.get("shared", False)]
    rows = []
    for story, ids in sorted(stories.groupby(stories).groups.items()):
        ids = [i for i in ids if i in docs]
        if titles:
            heads = defaultdict(list)
            for a in ids:
                heads[groups[a]].append(titles.get(a, "") or "(no headline)")
            rows.append({"story": story, "about": "headline",
                         **{g: " | ".join(heads.get(g, ["(not covered)"])) for g in names}, "shared words": ""})
        found = []
        for r in loaded[loaded["article_id"].isin(ids)].itertuples(index=False):
            doc, own = docs[r.article_id], groups[r.article_id]
            sentence = doc.sentence_at(int(r.start))
            written = " ".join(str(r.text).split())
            entry = "" if written.lower() == str(r.entry).lower() else f"; lexicon entry {r.entry}"
            row = {"story": story, "about": f"{written} ({own}{entry})", own: _shown(doc, sentence, (r.start, r.end))}
            overlap = Counter()
            for other in ids:
                if groups[other] == own:
                    continue
                scores = [len(words[r.article_id][sentence] & w) for w in words[other]]
                best = int(np.argmax(scores)) if scores else -1
                if best >= 0 and scores[best] >= MIN_SHARED_WORDS and scores[best] > overlap[groups[other]]:
                    overlap[groups[other]] = scores[best]
                    row[groups[other]] = _shown(docs[other], best)
                    row["shared words"] = ", ".join(sorted(words[r.article_id][sentence] & words[other][best]))
            if overlap:
                found.append((-sum(overlap.values()), len(found), row))
        for _, _, row in sorted(found)[:SIDE_BY_SIDE_ROWS]:
            rows.append({"story": story, "about": row["about"],
                         **{g: row.get(g, "(nothing comparable)") for g in names},
                         "shared words": row.get("shared words", "")})
    return pd.DataFrame(rows, columns=["story", "about", *names, "shared words"])


def headline_loaded(matches: pd.DataFrame) -> pd.DataFrame:
    """Loaded matches the engine found in headlines (voice ``headline``): article, term, text."""
    part = matches[(matches["measure"] == "loaded") & (matches["voice"] == HEADLINE)]
    return part[["article_id", "entry", "category", "text"]].reset_index(drop=True)
