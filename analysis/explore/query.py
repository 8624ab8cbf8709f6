"""The explorer's questions, answered by DuckDB over a run store: rates per group, a word's use, its contexts.

:class:`Explorer` opens one run of a store (:class:`analysis.store.RunTables`) and keeps three small tables in
its DuckDB database: ``arts`` (one row per article: its fields and its words by voice), ``cnt`` (matches
counted per article, sentence, measure, category and voice) and ``sent`` (the sentences with their text in
lower case). The matches themselves are never loaded into Python, so the store may hold any number of
articles; a change of grouping, measure or voice is one aggregate over ``cnt`` (tens of milliseconds at 10,000
articles, see ``bench/explore.py``).

Rates are per 1,000 words: matches in the chosen voice per 1,000 words in that voice (the writer's own words,
the words inside quotations and reported speech, or all words), pooled over the group's articles. The
interval is the linearised (delta-method) interval of a ratio of sums with articles as clusters; a group of
fewer than :data:`MIN_ARTICLES` articles uses its sentences as the units instead, and then says only how much
the figure depends on which sentences the texts contain (as the report's comparison does).
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.compare.groups import assign_groups
from analysis.compare.voice import QUOTED, WRITER
from analysis.errors import ParameterError

#: Voices a rate can be counted in: matches of these voices, per 1,000 words of the ``arts`` column named.
VOICES = {"writer": ((WRITER,), "writer_words"), "quoted": (QUOTED, "quoted_words"),
          "all": ((WRITER, *QUOTED, "headline"), "n_words")}
#: Fields articles can be grouped by (``published`` is grouped into periods).
GROUP_FIELDS = ("outlet", "label", "story", "published")
#: Groups with fewer articles get sentence-level intervals.
MIN_ARTICLES = 5
#: Two-sided confidence of the intervals.
CONFIDENCE = 0.95
#: Longest phrase searched, in characters.
MAX_PHRASE = 200
RATE_COLUMNS = ["group", "articles", "words", "count", "per_1000", "low", "high", "unit"]


def _z(confidence: float) -> float:
    from statistics import NormalDist

    return NormalDist().inv_cdf(0.5 + confidence / 2)


def phrase_pattern(phrase: str) -> str:
    """A case-insensitive RE2 pattern for ``phrase`` as whole words: its words in order, any white space
    between them. Raises ParameterError for an empty or overlong phrase."""
    words = str(phrase or "").split()
    if not words or len(str(phrase)) > MAX_PHRASE:
        raise ParameterError("phrase", f"{phrase!r} is not a phrase to search",
                             f"one or more words, at most {MAX_PHRASE} characters")
    body = r"\s+".join(re.escape(w.lower()) for w in words)
    start = r"\b" if re.match(r"\w", words[0]) else ""
    end = r"\b" if re.search(r"\w$", words[-1]) else ""
    return f"(?i){start}{body}{end}"


def ratio_interval(x: np.ndarray, w: np.ndarray, confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """``(rate, low, high)`` per 1,000 of ``sum(x) / sum(w)`` with units (articles or sentences) giving ``x``
    matches in ``w`` words: the linearised interval of a ratio of sums, low clipped at 0 (no match at all:
    0 to the exact Poisson bound of a zero count); NaN for the bounds with fewer than two units or no words."""
    total = float(w.sum())
    if total <= 0:
        return float("nan"), float("nan"), float("nan")
    rate = float(x.sum()) / total
    if rate == 0:  # no use at all: the exact Poisson upper bound of a count of 0 (3.7 per W words at 95%)
        return 0.0, 0.0, 1000 * -math.log((1 - confidence) / 2) / total
    n = len(x)
    if n < 2:
        return 1000 * rate, float("nan"), float("nan")
    se = np.sqrt(n / (n - 1) * float(((x - rate * w) ** 2).sum())) / total
    half = _z(confidence) * se
    return 1000 * rate, 1000 * max(0.0, rate - half), 1000 * (rate + half)


class Explorer:
    """Run ``run_id`` (default: the latest) of the store at ``store``, ready to be explored."""

    def __init__(self, store: str | Path, run_id: str | None = None):
        from analysis.store import RunTables

        self.run = RunTables(store, run_id)
        self.db = self.run.db
        self.db.execute("""CREATE TABLE sent AS SELECT article_id, sentence, start, n_words, quoted_words, text,
                           lower(text) AS ltext FROM sentences""")
        self.db.execute("""CREATE TABLE cnt AS SELECT article_id, sentence, measure, category, voice,
                           count(*) AS n FROM matches GROUP BY ALL""")
        self.db.execute("""CREATE TABLE arts AS SELECT a.article_id, a.title, a.outlet, a.label, a.story,
                           a.published, a._position, coalesce(s.words, 0) AS n_words,
                           coalesce(s.quoted, 0) AS quoted_words, coalesce(s.words - s.quoted, 0) AS writer_words
                           FROM articles a LEFT JOIN (SELECT article_id, sum(n_words) AS words,
                           sum(least(quoted_words, n_words)) AS quoted FROM sent GROUP BY 1) s USING (article_id)""")
        self.articles = self.db.execute("SELECT * FROM arts ORDER BY _position").df()
        self._groups: dict[tuple[str, str], pd.Series] = {}

    # --- what can be chosen ------------------------------------------------------------------------------

    def measures(self) -> list[str]:
        """The measures with at least one match in the run, in alphabetical order."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT measure FROM cnt ORDER BY 1").fetchall()]

    def groups(self, by: str = "outlet", period: str = "M") -> pd.Series:
        """Each article's group (indexed by ``article_id``): its ``by`` field, ``published`` in periods of
        ``period`` (M months, W weeks, Q quarters, Y years)."""
        key = (by, period if by == "published" else "")
        if key not in self._groups:
            self._groups[key] = assign_groups(self.articles, by, period)
        return self._groups[key]

    def _grouped(self, per_article: pd.DataFrame, by: str, period: str) -> pd.DataFrame:
        frame = self.articles[["article_id"]].merge(per_article, on="article_id", how="left").fillna(0)
        frame["group"] = self.groups(by, period).reindex(frame["article_id"]).to_numpy()
        return frame

    # --- rates of a measure ----------------------------------------------------------------------------

    def rates(self, by: str = "outlet", measure: str = "loaded", voice: str = "writer", period: str = "M",
              category: str = "") -> pd.DataFrame:
        """Per group: articles, words in ``voice``, matches of ``measure`` (only ``category`` when given) in
        ``voice``, the rate per 1,000 words with its interval (:data:`RATE_COLUMNS`), largest rate first."""
        voices, words = _voice(voice)
        if measure not in self.measures():
            raise ParameterError("measure", f"the run has no matches of {measure!r}",
                                 "one of " + ", ".join(self.measures()))
        marks = ", ".join("?" for _ in voices)
        where = f"measure = ? AND voice IN ({marks})" + (" AND category = ?" if category else "")
        params = [measure, *voices, *([category] if category else [])]
        counts = self.db.execute(f"SELECT article_id, sum(n) AS x FROM cnt WHERE {where} GROUP BY 1",
                                 params).df()
        frame = self._grouped(counts, by, period)
        frame["w"] = self.articles[words].to_numpy()
        per_sentence = f"SELECT article_id, sentence, sum(n) AS x FROM cnt WHERE {where} GROUP BY 1, 2"
        return _rate_table(frame, self._sentence_units(frame, per_sentence, params, words))

    def _sentence_units(self, frame: pd.DataFrame, per_sentence: str, params: list, words: str):
        """Sentence-level (group, w, x) of the articles of groups under :data:`MIN_ARTICLES` articles, with
        ``x`` from ``per_sentence`` (SQL giving article_id, sentence, x); None when no group is that small."""
        sizes = frame.groupby("group").size()
        small = [g for g, n in sizes.items() if n < MIN_ARTICLES]
        if not small:
            return None
        ids = frame.loc[frame["group"].isin(small), ["article_id", "group"]]
        self.db.register("_small", ids)
        word = {"n_words": "s.n_words", "quoted_words": "least(s.quoted_words, s.n_words)",
                "writer_words": "s.n_words - least(s.quoted_words, s.n_words)"}[words]
        try:
            return self.db.execute(
                f"""SELECT g."group" AS "group", {word} AS w, coalesce(c.x, 0) AS x FROM sent s
                    JOIN _small g USING (article_id) LEFT JOIN ({per_sentence}) c USING (article_id, sentence)""",
                params).df()
        finally:
            self.db.unregister("_small")

    # --- any word or phrase ----------------------------------------------------------------------------

    def _hits(self, phrase: str) -> str:
        """SQL of the sentences holding ``phrase`` with their count of it (``hits``)."""
        return (f"SELECT article_id, sentence, start, text, len(regexp_extract_all(text, {_literal(phrase_pattern(phrase))})) "
                f"AS hits FROM sent WHERE contains(ltext, {_literal(_longest_word(phrase))})")

    def search(self, phrase: str, by: str = "outlet", period: str = "M") -> pd.DataFrame:
        """Who uses ``phrase`` (any words, in a lexicon or not, whole words, any case) how often: per group,
        articles, words, uses, uses per 1,000 words with its interval (:data:`RATE_COLUMNS`, every voice
        counted), and ``using``: how many of the group's articles use it. Most frequent first."""
        counts = self.db.execute(f"SELECT article_id, sum(hits) AS x FROM ({self._hits(phrase)}) "
                                 "WHERE hits > 0 GROUP BY 1").df()
        frame = self._grouped(counts, by, period)
        frame["w"] = self.articles["n_words"].to_numpy()
        per_sentence = f"SELECT article_id, sentence, hits AS x FROM ({self._hits(phrase)})"
        table = _rate_table(frame, self._sentence_units(frame, per_sentence, [], "n_words"))
        using = frame[frame["x"] > 0].groupby("group").size()
        table["using"] = table["group"].map(using).fillna(0).astype(int)
        return table

    def contexts(self, phrase: str, group: str | None = None, by: str = "outlet", period: str = "M",
                 limit: int = 20, per_group: bool = False) -> pd.DataFrame:
        """Up to ``limit`` sentences using ``phrase`` (of ``group`` when given; ``limit`` of each group with
        ``per_group``), in the run's order: article id, title, group, the sentence, and where the first use
        starts and ends in it (``at``, ``to``: characters). Only these sentences are matched in full."""
        pattern = phrase_pattern(phrase)
        groups = self.groups(by, period)
        self.db.register("_g", pd.DataFrame({"article_id": groups.index, "grp": groups.to_numpy()}))
        only = "AND g.grp = ?" if group is not None else ""
        window = "PARTITION BY g.grp " if per_group else ""
        try:
            rows = self.db.execute(
                f"""SELECT article_id, title, sentence, text, grp AS "group" FROM (
                      SELECT s.article_id, a.title, s.sentence, s.text, g.grp, a._position,
                             row_number() OVER ({window}ORDER BY a._position, s.sentence) AS k
                      FROM sent s JOIN arts a USING (article_id) JOIN _g g USING (article_id)
                      WHERE contains(s.ltext, ?) AND regexp_matches(s.text, ?) {only})
                    WHERE k <= ? ORDER BY _position, sentence""",
                [_longest_word(phrase), pattern, *([group] if group is not None else []), max(0, int(limit))]).df()
        finally:
            self.db.unregister("_g")
        found = [re.search(pattern.replace("(?i)", ""), t, re.I) for t in rows["text"]]
        rows["at"] = [m.start() if m else 0 for m in found]
        rows["to"] = [m.end() if m else 0 for m in found]
        return rows

    # --- one article -----------------------------------------------------------------------------------

    def article(self, article_id: str) -> tuple[dict, pd.DataFrame, pd.DataFrame]:
        """An article's fields, its sentences (sentence, start, text) and its matches (measure, category,
        voice, entry, explanation, start and end in the article's text). Raises ParameterError for an id
        the run does not hold."""
        found = self.articles[self.articles["article_id"] == str(article_id)]
        if found.empty:
            raise ParameterError("article", f"the run has no article {article_id!r}",
                                 "an article_id of the run (see the search's contexts)")
        sentences = self.db.execute("SELECT sentence, start, text FROM sent WHERE article_id = ? ORDER BY sentence",
                                    [str(article_id)]).df()
        matches = self.db.execute("""SELECT measure, category, voice, entry, explanation, start, "end", sentence
                                     FROM matches WHERE article_id = ? ORDER BY start""", [str(article_id)]).df()
        return found.iloc[0].to_dict(), sentences, matches

    def close(self) -> None:
        self.run.close()


def _voice(voice: str) -> tuple[tuple[str, ...], str]:
    if voice not in VOICES:
        raise ParameterError("voice", f"no voice {voice!r}", " or ".join(VOICES))
    return VOICES[voice]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _longest_word(phrase: str) -> str:
    return max(str(phrase).lower().split(), key=len)


def _rate_table(frame: pd.DataFrame, by_sentence: pd.DataFrame | None) -> pd.DataFrame:
    rows = []
    for group, part in frame.groupby("group", sort=True):
        unit, x, w = "articles", part["x"].to_numpy(float), part["w"].to_numpy(float)
        if by_sentence is not None and len(part) < MIN_ARTICLES:
            units = by_sentence[by_sentence["group"] == group]
            unit, x, w = "sentences", units["x"].to_numpy(float), units["w"].to_numpy(float)
        rate, low, high = ratio_interval(x, w)
        rows.append({"group": group, "articles": len(part), "words": int(part["w"].sum()),
                     "count": int(part["x"].sum()), "per_1000": rate, "low": low, "high": high, "unit": unit})
    table = pd.DataFrame(rows, columns=RATE_COLUMNS)
    return table.sort_values(["per_1000", "group"], ascending=[False, True], na_position="last",
                             ignore_index=True)
