"""Actor framing per group: how often an actor is named, the tone of the sentences about it, the loaded
words and reporting verbs around it, and whether it is the one doing or the one done to.

A sentence is *about* an actor when it names the actor (one of the aliases in the actors file). The doer /
done-to reading is a word-order rule applied only to sentences with a loaded verb (loaded-term categories
:data:`LOADED_VERB_CATEGORIES` and loaded reporting verbs):

* active voice: the nearest actor named before the verb is the doer (``agent``), the nearest after it is
  the one done to (``patient``);
* passive voice (a form of *be* or *get* just before the verb, with at most one word between): the actor
  before the verb is the one done to, and an actor after ``by`` the doer;
* only within :data:`MAX_GAP_WORDS` words of the verb, never across ``; : ( )`` or a quote mark, and not
  into a ``that`` clause ("claimed that US forces ..." says nothing about who did what to US forces).

Everything else is not counted. It is a rough reading, meant to send the reader to the sentences.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from ..text import Document
from .groups import CompareOptions, caveat, resampling_unit
from .resample import bootstrap_sums, percentile_interval

LOADED_VERB_CATEGORIES = ("loaded_verb", "delegitimising_verb")
MAX_GAP_WORDS = 8
BE_FORMS = frozenset("is are was were be been being am get gets got gotten getting".split())
_CLAUSE_BREAK = re.compile(r"[;:()\"]")
ACTOR_COLUMNS = ["actor", "category", "group", "mentions", "mentions_per_1000", "sentences", "articles",
                 "vader_mean", "vader_low", "vader_high", "textblob_polarity_mean", "loaded_terms",
                 "loaded_seen", "reporting_verbs_seen", "as_doer", "as_done_to", "caveat"]


def loaded_verbs(matches: pd.DataFrame) -> pd.DataFrame:
    """Spans of loaded verbs: loaded terms of the verb categories and loaded reporting verbs, one row per
    place in the text."""
    is_verb = ((matches["measure"] == "loaded") & matches["category"].isin(LOADED_VERB_CATEGORIES)) | (
        (matches["measure"] == "reporting_verbs") & (matches["category"] == "loaded"))
    return matches[is_verb].drop_duplicates(["article_id", "start", "end"])


def _gap_words(doc: Document, start: int, end: int) -> list[str] | None:
    """Words between two offsets, or None when a clause break lies between them."""
    gap = doc.norm[start:end]
    if _CLAUSE_BREAK.search(gap):
        return None
    return [w.lower() for w in doc.words(start, end)]


def _passive(doc: Document, verb_start: int, floor: int) -> bool:
    before = [w.lower() for w in doc.words(floor, verb_start)][-2:]
    return bool(before) and (before[-1] in BE_FORMS or (len(before) == 2 and before[0] in BE_FORMS))


def roles(doc: Document, verb: tuple[int, int], mentions: list[tuple[int, int, str]],
          sentence_start: int) -> list[tuple[str, str]]:
    """``[(actor, 'agent' | 'patient')]`` read from word order around one loaded verb (see module doc).

    ``verb`` is (start, end); ``mentions`` are the (start, end, actor) of actor names in the same sentence.
    """
    v_start, v_end = verb
    found = []
    before = [m for m in mentions if m[1] <= v_start]
    after = [m for m in mentions if m[0] >= v_end]
    passive = _passive(doc, v_start, sentence_start)
    if before:
        m = max(before, key=lambda m: m[1])
        gap = _gap_words(doc, m[1], v_start)
        if gap is not None and len(gap) <= MAX_GAP_WORDS:
            found.append((m[2], "patient" if passive else "agent"))
    if after:
        m = min(after, key=lambda m: m[0])
        gap = _gap_words(doc, v_end, m[0])
        if gap is not None and len(gap) <= MAX_GAP_WORDS and (not gap or gap[0] != "that"):
            if not passive:
                found.append((m[2], "patient"))
            elif gap and gap[0] == "by":
                found.append((m[2], "agent"))
    return found


def _role_counts(docs: dict[str, Document], matches: pd.DataFrame) -> Counter:
    """(article_id, actor, role) -> count over every loaded verb."""
    counts: Counter = Counter()
    actors = matches[matches["measure"] == "actors"]
    by_sentence = defaultdict(list)
    columns = ["article_id", "sentence", "start", "end", "entry"]
    for a, s, start, end, actor in actors[columns].itertuples(index=False):
        by_sentence[(a, s)].append((start, end, actor))
    for a, s, start, end in loaded_verbs(matches)[columns[:4]].itertuples(index=False):
        mentions = by_sentence.get((a, s))
        if not mentions or a not in docs:
            continue
        doc = docs[a]
        for actor, role in roles(doc, (start, end), mentions, doc.sentences[s].start):
            counts[(a, actor, role)] += 1
    return counts


def _seen(texts) -> str:
    return "; ".join(f"{k} x{v}" for k, v in Counter(t.lower() for t in texts).most_common())


#: The matches' columns the actor framing reads (the rest of a large run's matches is never copied).
READ_COLUMNS = ["article_id", "measure", "category", "entry", "start", "end", "sentence", "text"]


def _read_matches(matches: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """The matches of actors, loaded terms and reporting verbs in ``groups``' articles (article id as text),
    with only :data:`READ_COLUMNS`."""
    m = matches.loc[matches["measure"].isin(["actors", "loaded", "reporting_verbs"]), READ_COLUMNS]
    m = m.assign(article_id=m["article_id"].astype(str))
    return m[m["article_id"].isin(groups.index)]


def _named_scores(sentences: pd.DataFrame, named: pd.MultiIndex) -> dict:
    """(article_id, sentence) -> (VADER compound, TextBlob polarity) of the sentences in ``named`` (those
    naming an actor): a dict of every sentence of a large run would hold millions of tuples."""
    s = sentences[["article_id", "sentence", "vader_compound", "textblob_polarity"]]
    s = s.assign(article_id=s["article_id"].astype(str))
    s = s[pd.MultiIndex.from_arrays([s["article_id"], s["sentence"]]).isin(named)]
    return dict(zip(zip(s["article_id"], s["sentence"]),
                    zip(s["vader_compound"].astype(float), s["textblob_polarity"].astype(float))))


def actor_framing(docs: dict[str, Document], tables, groups: pd.Series, by: str,
                  options: CompareOptions) -> pd.DataFrame:
    """One row per actor and group (actors named in the group only). Columns: :data:`ACTOR_COLUMNS`.

    ``mentions_per_1000`` is per 1,000 words of the whole group; ``vader_mean`` (in [-1, 1]) is the mean
    VADER compound score of the sentences naming the actor, with a bootstrap interval ``vader_low`` ..
    ``vader_high`` (sentences resampled within articles, or articles for a large group; NaN for an actor
    named in one sentence only);
    ``as_doer`` / ``as_done_to`` count the word-order readings around loaded verbs.
    """
    m = _read_matches(tables.matches, groups)
    words = tables.articles.assign(group=groups.reindex(tables.articles["article_id"].astype(str)).to_numpy())
    group_words = words.groupby("group")["n_words"].sum().to_dict()
    group_articles = words.groupby("group").size().to_dict()
    mentions = m[m["measure"] == "actors"].assign(group=lambda d: groups.reindex(d["article_id"]).to_numpy())
    named = pd.MultiIndex.from_arrays([mentions["article_id"], mentions["sentence"]]).unique()
    scores = _named_scores(tables.sentences, named)
    loaded, verbs = defaultdict(list), defaultdict(list)
    for measure, target in (("loaded", loaded), ("reporting_verbs", verbs)):
        part = m.loc[m["measure"] == measure, ["article_id", "sentence", "text"]]
        part = part[pd.MultiIndex.from_arrays([part["article_id"], part["sentence"]]).isin(named)]
        for a, i, text in part.itertuples(index=False):
            target[(a, i)].append(text)
    role_counts = _role_counts(docs, m)
    rows = []
    for (actor, name), part in mentions.groupby(["entry", "group"], sort=True):
        keys = sorted(set(zip(part["article_id"], part["sentence"])))
        vader = np.array([scores[k][0] for k in keys])
        articles = sorted({a for a, _ in keys})
        unit = resampling_unit(len(articles), options)
        values = np.column_stack([vader, np.ones(len(keys))])
        strata = np.unique([a for a, _ in keys], return_inverse=True)[1]
        if unit == "articles":
            sums = np.zeros((len(articles), 2))
            np.add.at(sums, strata, values)
            values, strata = sums, np.zeros(len(articles), dtype=int)
        if len(keys) < 2:
            low, high = [np.nan], [np.nan]  # one sentence: nothing to resample, so no interval
        else:
            boot = bootstrap_sums(values, strata, options.n_boot, options.rng("actor", actor, name))
            low, high = percentile_interval((boot[:, 0] / boot[:, 1])[:, None], options.percentiles)
        loaded_here = [t for k in keys for t in loaded.get(k, [])]
        rows.append({
            "actor": actor, "category": part["category"].iloc[0], "group": name, "mentions": len(part),
            "mentions_per_1000": 1000 * len(part) / group_words[name] if group_words[name] else np.nan,
            "sentences": len(keys), "articles": len(articles),
            "vader_mean": float(vader.mean()), "vader_low": low[0], "vader_high": high[0],
            "textblob_polarity_mean": float(np.mean([scores[k][1] for k in keys])),
            "loaded_terms": len(loaded_here), "loaded_seen": _seen(loaded_here),
            "reporting_verbs_seen": _seen(t for k in keys for t in verbs.get(k, [])),
            "as_doer": sum(role_counts[(a, actor, "agent")] for a in articles),
            "as_done_to": sum(role_counts[(a, actor, "patient")] for a in articles),
            "caveat": caveat(int(group_articles[name]), by, options),
        })
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def top_actors(framing: pd.DataFrame, n: int) -> list[str]:
    """The ``n`` actors with the most mentions over all groups, most mentioned first."""
    totals = framing.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable")
    return list(totals.index[:n])


def _tone(value: float, low: float, high: float) -> str:
    return f"{value:+.2f}" + ("" if np.isnan(low) else f" ({low:+.2f} to {high:+.2f})")


def actor_framing_table(framing: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The ``n`` most named actors as a reader's table: per group, mentions per 1,000 words, the tone of
    the sentences naming the actor with its interval, loaded words nearby, and the doer / done-to counts."""
    order = {a: i for i, a in enumerate(top_actors(framing, n))}
    rows = framing[framing["actor"].isin(order)]
    rows = rows.assign(rank=rows["actor"].map(order)).sort_values(["rank", "group"], kind="stable")
    return pd.DataFrame({
        "actor": rows["actor"], "group": rows["group"], "mentions": rows["mentions"],
        "per 1,000 words": rows["mentions_per_1000"].round(1), "sentences": rows["sentences"],
        "tone, VADER -1 to 1 (interval)": [_tone(v, lo, hi) for v, lo, hi in
                                           zip(rows["vader_mean"], rows["vader_low"], rows["vader_high"])],
        "loaded words in those sentences": rows["loaded_seen"],
        "reporting verbs": rows["reporting_verbs_seen"],
        "doer / done to": rows["as_doer"].astype(str) + " / " + rows["as_done_to"].astype(str),
    }).reset_index(drop=True)
