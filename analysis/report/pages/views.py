"""Small tables for the report notebooks, built from :class:`~analysis.pipeline.Tables`.

Every function takes the tidy tables (``articles``, ``sentences``, ``matches``, ``actors``) and returns a
new pandas DataFrame ready to display; nothing is changed in place. Rates are per 1,000 words, sentiment
scores in [-1, 1], the certainty index in [-1, 1]. :func:`styled` turns a table into an escaped HTML view.
The ``require_*`` functions check notebook parameters against the data and raise
:class:`~analysis.errors.ParameterError` naming the parameter and what it accepts.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from analysis.report.pages.checks import GROUP_COLUMNS, require_choice, require_column, require_range, require_subset  # noqa: F401

#: Characters of context each side of a match in a keyword-in-context table.
KWIC_WIDTH = 60
#: Occurrences shown per term in a keyword-in-context table.
KWIC_PER_TERM = 5
#: Attribution kinds, in the order tables and charts show them.
SOURCE_KINDS = ("named", "anonymous", "document", "pronoun", "unclear")
#: Per-article columns a table has at most (reporting verbs, the actor grid); past this, per group.
COLUMNS_SHOWN = 12
_SCORES = ("start", "end", "n_words", "vader_pos", "vader_neu", "vader_neg", "textblob_subjectivity", "loaded",
           "hedges", "boosters", "reporting_verbs", "actors", "quoted_words")
#: Per page, the columns (table -> columns) its views never read, left out when it loads a report run's
#: tables (:func:`analysis.report.pages.session.load`): page 02 reads the sentences' VADER compound, TextBlob
#: polarity and text and the actors' mentions and sentiment; page 03 only the sentences' text; page 01 no
#: match's sentence number, speaker or source span.
UNREAD = {"01": {"matches": ("sentence", "speaker", "source_start", "source_end")},
          "02": {"sentences": _SCORES, "actors": ("category", "mentions_per_1000", "sentence_ids", "loaded_terms",
                                                 "reporting_verbs", "aliases_seen")},
          "03": {"sentences": (*_SCORES, "vader_compound", "textblob_polarity")}}


# ------------------------------------------------------------------ shared helpers

def texts(corpus: Iterable) -> dict[str, str]:
    """``{article id: text}`` of a corpus (what :func:`kwic` reads the context from)."""
    return {a.id: a.text for a in corpus}


def group_labels(articles: pd.DataFrame, group_by: str) -> pd.Series:
    """The group of each article (indexed by ``article_id``); an empty field becomes ``(no <field>)``."""
    values = articles[group_by].astype(str).str.strip()
    return pd.Series(values.where(values != "", f"(no {group_by})").values, index=articles["article_id"],
                     name=group_by)


def loaded_categories(articles: pd.DataFrame) -> list[str]:
    """The loaded-term categories of the lexicon, in lexicon order (read from the articles' rate columns)."""
    from analysis.measures.loaded import loaded_categories as from_columns

    return from_columns(articles.columns)


def styled(frame: pd.DataFrame, right: Sequence[str] = (), digits: int = 2, caption: str = ""):
    """An HTML view of ``frame``: every cell escaped (bidirectional controls made visible), no index,
    columns of whole numbers as whole numbers, other floats to ``digits`` places, the columns in ``right``
    right-aligned (the left context of a keyword-in-context table), in a container that scrolls sideways.
    For the report pages prefer :func:`analysis.report.pages.evidence.show`, which also caps long tables."""
    from analysis.report.pages.htmltable import column_format
    from analysis.display.labels import category_name, clean, display_name

    formats = {}
    for column in frame.columns:
        fmt = column_format(frame[column])
        fmt = clean if fmt in (display_name, category_name) else fmt
        if fmt is not clean and not (frame[column].dropna() % 1 == 0).all():
            fmt = (lambda d: lambda v: "" if pd.isna(v) else f"{float(v):.{d}f}")(digits)
        formats[column] = fmt
    from pandas.io.formats.style import Styler

    style = Styler(frame, cell_ids=False).hide(axis="index").format(formats, escape="html", na_rep="")
    style = style.format_index(lambda v: clean(v), escape="html", axis=1)
    # one rule for every cell (an id selector on the table, so it wins over the page's own CSS), not one
    # rule per cell, and no id on a cell without a rule of its own: a trend table of 1,274 rows was 1 MB of
    # per-cell rules and ids and 0.15 s to write
    style = style.set_table_styles([{"selector": "th", "props": [("text-align", "left")]},
                                    {"selector": "td", "props": [("text-align", "left"),
                                                                 ("vertical-align", "top")]}])
    if right:
        style = style.set_properties(subset=list(right), **{"text-align": "right"})
    if caption:
        style = style.set_caption(clean(caption))
    return style


# ------------------------------------------------------------------ loaded terms

def loaded_rates(articles: pd.DataFrame, by: str = "article_id", categories: Sequence[str] | None = None
                 ) -> pd.DataFrame:
    """Loaded terms per 1,000 words by category (columns), per article or per group of ``by`` (rows).

    A group's rate pools its articles: all its loaded terms over all its words, times 1,000 (so a long
    article weighs more than a short one). The last column, ``all``, sums the categories shown.
    """
    categories = list(categories) if categories else loaded_categories(articles)
    keys = group_labels(articles, by).values if by != "article_id" else articles["article_id"].values
    counts = pd.DataFrame({c: articles[f"loaded_{c}_per_1000"] * articles["n_words"] / 1000
                           for c in categories})
    counts["n_words"] = articles["n_words"].values
    counts.index = pd.Index(keys, name=by)
    pooled = counts.groupby(level=0, sort=False).sum()
    rates = pooled[categories].div(pooled["n_words"].where(pooled["n_words"] > 0), axis=0).fillna(0.0) * 1000
    rates["all"] = rates.sum(axis=1)
    return rates


def top_terms(matches: pd.DataFrame, measures: Sequence[str] = ("loaded",), n: int = 20,
              categories: Sequence[str] | None = None) -> pd.DataFrame:
    """The ``n`` most frequent lexicon entries: the entry (named as such: its name is not always a word
    written), category, count, articles it occurs in, the words written in the texts, and (for loaded terms)
    the neutral alternatives. Ties are listed alphabetically."""
    found = _select(matches, measures, categories)
    columns = ["lexicon entry", "category", "count", "articles", "words written", "neutral alternatives"]
    if found.empty:
        return pd.DataFrame(columns=columns)
    grouped = found.groupby(["entry", "category"], sort=False)
    table = pd.DataFrame({
        "count": grouped.size(),
        "articles": grouped["article_id"].nunique(),
        "words written": grouped["text"].agg(lambda s: "; ".join(sorted(set(_one_line(t).lower() for t in s)))),
        "neutral alternatives": grouped["neutral"].first(),
    }).reset_index().rename(columns={"entry": "lexicon entry"})
    table = table.sort_values(["count", "lexicon entry"], ascending=[False, True], kind="stable").head(n)
    return table.reset_index(drop=True)[columns]


def kwic(matches: pd.DataFrame, texts: Mapping[str, str], measures: Sequence[str] = ("loaded",),
         categories: Sequence[str] | None = None, n_terms: int = 20, per_term: int = KWIC_PER_TERM,
         width: int = KWIC_WIDTH) -> pd.DataFrame:
    """Keyword in context: one row per occurrence of the ``n_terms`` most frequent entries (at most
    ``per_term`` occurrences each, in article and text order), with ``width`` characters of context each
    side cut at a word boundary. Columns: left, term (the words as written), right, article, measure,
    category, entry, explanation, neutral."""
    columns = ["left", "term", "right", "article", "measure", "category", "entry", "explanation", "neutral"]
    found = _select(matches, measures, categories)
    if found.empty:
        return pd.DataFrame(columns=columns)
    order = top_terms(found, measures, n_terms)["lexicon entry"].tolist()
    rank = {term: i for i, term in enumerate(order)}
    found = found[found["entry"].isin(rank)].copy()
    found["_rank"] = found["entry"].map(rank)
    found = found.sort_values(["_rank", "article_id", "start"], kind="stable")
    found = found.groupby("entry", sort=False).head(per_term)
    rows = []
    for r in found.itertuples(index=False):
        text = texts.get(r.article_id, "")
        left, right = context(text, r.start, r.end, width)
        rows.append({"left": left, "term": _one_line(text[r.start:r.end] or r.text), "right": right,
                     "article": r.article_id, "measure": r.measure, "category": r.category, "entry": r.entry,
                     "explanation": r.explanation, "neutral": r.neutral})
    return pd.DataFrame(rows, columns=columns)


def context(text: str, start: int, end: int, width: int = KWIC_WIDTH) -> tuple[str, str]:
    """The ``width`` characters before ``start`` and after ``end``, each on one line, with a word cut in
    half at the edge dropped and an ellipsis where the text goes on."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    left, right = text[lo:start], text[end:hi]
    if lo > 0:
        cut = re.search(r"\s", left)
        left = "…" + (left if text[lo - 1].isspace() or not cut else left[cut.end():])
    if hi < len(text):
        cuts = [m.start() for m in re.finditer(r"\s", right)]
        right = (right if text[hi].isspace() or not cuts else right[:cuts[-1]]) + "…"
    return _one_line(left), _one_line(right)


# ------------------------------------------------------------------ sentiment

def sentiment_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: sentences, mean VADER compound of its sentences and the shares VADER scores negative
    (<= -0.05) and positive (>= 0.05), TextBlob polarity (-1 to 1) and subjectivity (0 to 1)."""
    columns = {"article_id": "article", "n_sentences": "sentences", "vader_compound_mean": "VADER mean",
               "negative_sentence_share": "negative share", "positive_sentence_share": "positive share",
               "textblob_polarity": "TextBlob polarity", "textblob_subjectivity": "TextBlob subjectivity"}
    return articles[list(columns)].rename(columns=columns)


def disagreements(sentences: pd.DataFrame, threshold: float = 0.5, n: int = 20) -> pd.DataFrame:
    """Sentences whose VADER compound and TextBlob polarity (both in [-1, 1]) differ by at least
    ``threshold``, largest gap first, at most ``n``. Columns: article, sentence (0-based position),
    vader, textblob, gap, text."""
    gap = (sentences["vader_compound"] - sentences["textblob_polarity"]).abs()
    wide = gap >= threshold  # only those sentences' text is copied (a large run has millions)
    sentences, gap = sentences.loc[wide, ["article_id", "sentence", "vader_compound", "textblob_polarity",
                                          "text"]], gap[wide]
    table = pd.DataFrame({
        "article": sentences["article_id"], "sentence": sentences["sentence"],
        "vader": sentences["vader_compound"], "textblob": sentences["textblob_polarity"], "gap": gap,
        "text": sentences["text"].map(_one_line),
    })
    table = table.sort_values("gap", ascending=False, kind="stable")
    return table.head(n).reset_index(drop=True)


def sentiment_summary(articles: pd.DataFrame, sentences: pd.DataFrame, group_by: str) -> pd.DataFrame:
    """Per group: articles, sentences, mean and median VADER compound and TextBlob polarity of its
    sentences (each in [-1, 1]) and the share of sentences VADER scores negative (<= -0.05)."""
    from analysis.measures.sentiment import NEGATIVE_AT

    groups = group_labels(articles, group_by)
    frame = sentences.assign(group=sentences["article_id"].map(groups))
    grouped = frame.groupby("group", sort=False)
    return pd.DataFrame({
        "articles": grouped["article_id"].nunique(),
        "sentences": grouped.size(),
        "VADER mean": grouped["vader_compound"].mean(),
        "VADER median": grouped["vader_compound"].median(),
        "TextBlob mean": grouped["textblob_polarity"].mean(),
        "TextBlob median": grouped["textblob_polarity"].median(),
        "negative share": grouped["vader_compound"].agg(lambda s: float((s <= NEGATIVE_AT).mean())),
    }).rename_axis(group_by).reset_index()


def actor_sentiment(actors: pd.DataFrame, value: str = "vader_compound_mean", n: int = 20,
                    groups: pd.Series | None = None) -> pd.DataFrame:
    """Mean sentiment (``value``, in [-1, 1]) of the sentences that mention each actor: actors (rows, the
    ``n`` most mentioned overall) by article (columns; by group of ``groups``, the mean of its articles,
    when there are more than :data:`COLUMNS_SHOWN` articles); empty where no article there mentions it."""
    if actors.empty:
        return pd.DataFrame()
    ranked = actors.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable")
    keep = ranked.head(n).index
    frame = actors[actors["actor"].isin(keep)]
    column = "article_id"
    if groups is not None and actors["article_id"].nunique() > COLUMNS_SHOWN:
        frame = frame.assign(group=frame["article_id"].map(groups))
        column = "group"
    table = frame.pivot_table(index="actor", columns=column, values=value, aggfunc="mean", sort=False)
    table = table.reindex(index=keep, columns=list(dict.fromkeys(frame[column])))
    table.columns.name = groups.name if column == "group" else "article"
    return table


def actor_table(actors: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """One row per actor and article for the ``n`` most mentioned actors: mentions, sentences, mean VADER
    and TextBlob of those sentences (in [-1, 1]) and the loaded terms in them."""
    if actors.empty:
        return pd.DataFrame()
    keep = actors.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable").head(n).index
    table = actors[actors["actor"].isin(keep)].copy()
    table["_rank"] = table["actor"].map({a: i for i, a in enumerate(keep)})
    table = table.sort_values(["_rank", "article_id"], kind="stable")
    names = {"article_id": "article", "vader_compound_mean": "VADER mean",
             "textblob_polarity_mean": "TextBlob mean", "loaded_list": "loaded terms nearby"}
    table = table.rename(columns=names)
    return table[["actor", "article", "mentions", "sentences", "VADER mean", "TextBlob mean",
                  "loaded terms nearby"]].reset_index(drop=True)


# ------------------------------------------------------------------ hedging and sourcing

def certainty_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: hedges and boosters (counts and per 1,000 words), the share of sentences with a hedge
    (0-1) and the certainty index ``(boosters - hedges) / (boosters + hedges)`` in [-1, 1]."""
    columns = {"article_id": "article", "n_words": "words", "hedges_count": "hedges",
               "boosters_count": "boosters",
               "hedges_per_1000": "hedges / 1,000 words", "boosters_per_1000": "boosters / 1,000 words",
               "hedged_sentence_share": "share of sentences hedged", "certainty_index": "certainty index"}
    table = articles[list(columns)].rename(columns=columns)
    return table.astype({"hedges": int, "boosters": int})


def certainty_by_group(articles: pd.DataFrame, group_by: str) -> pd.DataFrame:
    """Per group, pooling its articles: hedges and boosters per 1,000 words, the certainty index of all
    its markers (in [-1, 1]), attributions that are named and anonymous, and scare and direct quotes."""
    from analysis.measures.hedging import certainty_index

    frame = articles.assign(group=group_labels(articles, group_by).values)
    summed = ["n_words", "hedges_count", "boosters_count", "named_attributions", "anonymous_attributions",
              "scare_quotes", "direct_quotes"]
    sums = frame.groupby("group", sort=False)[summed].sum()
    words = sums["n_words"].where(sums["n_words"] > 0)
    table = pd.DataFrame({
        "articles": frame.groupby("group", sort=False).size(),
        "words": sums["n_words"].astype(int),
        "hedges / 1,000 words": (1000 * sums["hedges_count"] / words).fillna(0.0),
        "boosters / 1,000 words": (1000 * sums["boosters_count"] / words).fillna(0.0),
        "certainty index": [certainty_index(b, h)
                            for b, h in zip(sums["boosters_count"], sums["hedges_count"])],
        "named attributions": sums["named_attributions"].astype(int),
        "anonymous attributions": sums["anonymous_attributions"].astype(int),
        "scare quotes": sums["scare_quotes"].astype(int),
        "direct quotes": sums["direct_quotes"].astype(int),
    })
    return table.rename_axis(group_by).reset_index()


def attributions(matches: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted or cited: one row per attribution with the source phrase, the reporting verb as
    written, whether that verb is neutral or loaded, the kind of source (named, anonymous, pronoun,
    unclear) and the sentence, in article and text order."""
    body = matches["voice"] != "headline" if "voice" in matches.columns else True  # see _body (no copy)
    columns = ["article", "source", "verb", "verb type", "kind", "sentence"]
    found = matches.loc[body & (matches["measure"] == "attributions"),  # only the columns read (a large
                        ["article_id", "entry", "start", "end", "sentence", "detail", "category"]]  # run's are big)
    found = found.reset_index(drop=True)
    if found.empty:
        return pd.DataFrame(columns=columns)
    found["_row"] = range(len(found))
    verbs = matches.loc[body & (matches["measure"] == "reporting_verbs"),
                        ["article_id", "entry", "start", "end", "text", "category"]]
    verbs = verbs.rename(columns={"start": "_vs", "end": "_ve", "text": "_verb", "category": "_type"})
    pairs = found.merge(verbs, on=["article_id", "entry"], how="inner")
    pairs = pairs[(pairs["_vs"] >= pairs["start"]) & (pairs["_ve"] <= pairs["end"])]
    verb = pairs.sort_values("_vs").groupby("_row")[["_verb", "_type"]].last()
    said = sentences[["article_id", "sentence", "text"]].rename(columns={"text": "_sentence"})
    found = found.join(verb, on="_row").merge(said, on=["article_id", "sentence"], how="left")
    return pd.DataFrame({
        "article": found["article_id"],
        "source": found["detail"].map(_one_line),
        "verb": found["_verb"].fillna("").map(_one_line),
        "verb type": found["_type"].fillna(""),
        "kind": found["category"],
        "sentence": found["_sentence"].fillna("").map(_one_line),
    }, columns=columns)


def source_counts(matches: pd.DataFrame, article_ids: Sequence[str]) -> pd.DataFrame:
    """Attributions per article (rows, in ``article_ids`` order) by kind of source (columns
    :data:`SOURCE_KINDS`), as counts."""
    found = _body(matches, ["attributions"])
    table = pd.crosstab(found["article_id"], found["category"]) if not found.empty else pd.DataFrame()
    return table.reindex(index=list(article_ids), columns=list(SOURCE_KINDS)).fillna(0).astype(int)


def reporting_verbs(matches: pd.DataFrame, article_ids: Sequence[str], groups: pd.Series | None = None
                    ) -> pd.DataFrame:
    """Reporting verbs by type: per verb entry, its type (neutral or loaded), how often it occurs in each
    article (one column per article, up to :data:`COLUMNS_SHOWN` articles; else one per group of ``groups``
    when there are at most that many; else none) and in all, and the lexicon's explanation. Loaded verbs
    first, then the most frequent."""
    found = _body(matches, ["reporting_verbs"])
    keys = list(article_ids)
    if len(keys) > COLUMNS_SHOWN:
        if groups is not None and groups.nunique() <= COLUMNS_SHOWN:
            found = found.assign(article_id=found["article_id"].map(groups))
            keys = list(dict.fromkeys(groups.values))
        else:
            keys = []
    if found.empty:
        return pd.DataFrame(columns=["verb", "type", *keys, "all", "explanation"])
    counts = pd.crosstab([found["entry"], found["category"]], found["article_id"])
    counts = counts.reindex(columns=keys).fillna(0).astype(int)
    counts["all"] = found.groupby(["entry", "category"]).size().reindex(counts.index).astype(int)
    explain = found.groupby("entry")["explanation"].first()
    table = counts.reset_index().rename(columns={"entry": "verb", "category": "type"})
    table["explanation"] = table["verb"].map(explain)
    table["_loaded"] = table["type"] != "loaded"
    table = table.sort_values(["_loaded", "all", "verb"], ascending=[True, False, True], kind="stable")
    return table.drop(columns="_loaded").reset_index(drop=True).rename_axis(None, axis=1)


def verb_type_counts(matches: pd.DataFrame, article_ids: Sequence[str]) -> pd.DataFrame:
    """Reporting verbs per article (rows) by type (columns ``neutral``, ``loaded``), as counts."""
    found = _body(matches, ["reporting_verbs"])
    table = pd.crosstab(found["article_id"], found["category"]) if not found.empty else pd.DataFrame()
    return table.reindex(index=list(article_ids), columns=["neutral", "loaded"]).fillna(0).astype(int)


def quotes(matches: pd.DataFrame) -> pd.DataFrame:
    """Every quotation: article, kind (``scare``: a short quote with no speaker nearby; ``direct``: the
    rest), its length in words and the quoted words. Scare quotes first."""
    columns = ["article", "kind", "words", "quote"]
    found = _body(matches, ["quotes"])
    if found.empty:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame({
        "article": found["article_id"], "kind": found["category"],
        "words": found["detail"].str.extract(r"(\d+)", expand=False).astype(int),
        "quote": found["text"].map(_one_line), "_start": found["start"],
    })
    table["_scare"] = table["kind"] != "scare"
    table = table.sort_values(["_scare", "article", "_start"], kind="stable")
    return table[columns].reset_index(drop=True)


# ------------------------------------------------------------------ internals

def _body(matches: pd.DataFrame, measures: Sequence[str]) -> pd.DataFrame:
    """The rows of ``measures`` about the article's body: headline rows (``voice`` headline) have offsets into
    the title and are counted apart (docs/matches.md). Only those rows are copied (a large run's matches
    are gigabytes, so they are never copied whole)."""
    keep = matches["measure"].isin(list(measures))
    if "voice" in matches.columns:
        keep &= matches["voice"] != "headline"
    return matches[keep]


def _select(matches: pd.DataFrame, measures: Sequence[str], categories: Sequence[str] | None) -> pd.DataFrame:
    found = _body(matches, measures)
    if categories:
        found = found[found["category"].isin(list(categories))]
    return found


def _one_line(text: str, strip: bool = True) -> str:
    """``text`` with every run of white space (line breaks included) made one space."""
    flat = re.sub(r"\s+", " ", str(text))
    return flat.strip() if strip else flat
