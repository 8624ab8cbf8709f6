"""Short texts measured for a lesson: a paragraph highlighted, its loaded terms in a table, a few texts side by
side, the students' scores beside the tools', and a student's copy of the lexicon.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.teaching.checks.words import check_lexicon_entries
from analysis.teaching.checks.feedback import no_text
from analysis.teaching.tool.markup import tidy
from analysis.teaching.helpers.passages import article
from analysis.teaching.tool.shipped import write_lexicon


def highlight_text(text: str, title: str = "", measures=("loaded",), lexicon: str = "") -> str:
    """A short text as escaped HTML with what ``measures`` found highlighted (``lexicon``: extra lexicon
    file(s) for the loaded terms)."""
    from analysis.corpus import Article
    from analysis.teaching.tool.explain import analyze_texts
    from analysis.report.pages.highlight import article_html

    tables = analyze_texts({"text": text}, lexicon=lexicon)
    article = Article(id="text", text=text, title=title or "The text", outlet="")
    return tidy(article_html(article, tables.matches, measures=tuple(measures)), meta=False)


def article_view(corpus, tables, article_id: str, measures=("loaded",)) -> str:
    """Article ``article_id`` of ``corpus`` as HTML with what ``measures`` found highlighted."""
    from analysis.report.pages.highlight import article_html

    return tidy(article_html(article(corpus, article_id), tables.matches, measures=tuple(measures)))


def loaded_table(text: str, lexicon: str = "") -> pd.DataFrame:
    """Every loaded term found in ``text``: the words as written, the lexicon entry, its category, why it is
    loaded, and the neutral alternatives the lexicon suggests."""
    from analysis.teaching.tool.explain import analyze_texts

    matches = analyze_texts({"text": text}, lexicon=lexicon).matches
    loaded = matches[matches["measure"] == "loaded"]
    return pd.DataFrame({"words": loaded["text"], "entry": loaded["entry"],
                         "category": loaded["category"].str.replace("_", " "),
                         "why it is loaded": loaded["explanation"], "neutral alternatives": loaded["neutral"]}
                        ).reset_index(drop=True)


def score_table(sentences: dict[str, str], my_scores) -> pd.DataFrame:
    """Per sentence: your score, VADER's compound and TextBlob's polarity (all -1 .. 1), and the sentence."""
    from analysis.teaching.tool.explain import sentence_sentiment

    mine = {str(k): v for k, v in (my_scores or {}).items()} if isinstance(my_scores, dict) else {}
    rows = []
    for key, text in sentences.items():
        tools = sentence_sentiment(text)["score"].tolist()
        you = mine.get(key)
        rows.append({"number": key, "you": you if isinstance(you, (int, float)) else float("nan"),
                     "VADER": tools[0], "TextBlob": tools[1], "sentence": text})
    return pd.DataFrame(rows, columns=["number", "you", "VADER", "TextBlob", "sentence"])


def lexicon_copy(entries, folder: str | Path) -> Path:
    """Your copy of the lexicon in ``folder``: the shipped entries plus ``entries`` when
    :func:`~analysis.teaching.checks.words.check_lexicon_entries` accepts them, else the shipped entries alone (so the
    lesson goes on running); returns its path."""

    usable = entries if check_lexicon_entries(entries).ok else []
    return write_lexicon(usable, folder)


def compare_texts(texts: dict[str, str], lexicon: str = "") -> pd.DataFrame:
    """One row per text: words, loaded terms (count, per 1,000 words, and which), mean VADER compound of its
    sentences (-1 .. 1) and TextBlob subjectivity (0 .. 1). ``lexicon``: extra lexicon file(s)."""
    from analysis.teaching.tool.explain import analyze_texts

    tables = analyze_texts({k: v for k, v in texts.items()}, lexicon=lexicon)
    loaded = tables.matches[tables.matches["measure"] == "loaded"]
    rows = []
    for r in tables.articles.itertuples(index=False):
        terms = loaded.loc[loaded["article_id"] == r.article_id, "text"]
        rows.append({"text": r.article_id, "words": r.n_words, "loaded terms": int(r.loaded_count),
                     "loaded per 1,000 words": r.loaded_per_1000, "which": "; ".join(terms),
                     "VADER mean": r.vader_compound_mean, "TextBlob subjectivity": r.textblob_subjectivity})
    return pd.DataFrame(rows)




#: What :func:`three_versions` shows for each text, as (articles-table column, row label).
VERSION_MEASURES = (
    ("n_words", "words"),
    ("loaded_count", "loaded terms"),
    ("loaded_per_1000", "loaded terms per 1,000 words"),
    ("vader_compound_mean", "VADER, mean of the sentences (-1 .. 1)"),
    ("textblob_polarity", "TextBlob polarity (-1 .. 1)"),
    ("textblob_subjectivity", "TextBlob subjectivity (0 .. 1)"),
    ("hedges_per_1000", "hedges per 1,000 words"),
    ("boosters_per_1000", "boosters per 1,000 words"),
)


def three_versions(texts: dict[str, str]) -> pd.DataFrame:
    """The measures of a few versions of one passage side by side: one column per text (in the order given),
    one row per measure (:data:`VERSION_MEASURES`), and a last row naming the loaded terms found. A text that
    is still empty (or still the "Paste ..." placeholder) gets an empty column."""
    from analysis.teaching.tool.explain import analyze_texts

    filled = {k: v for k, v in texts.items() if not no_text(v)}
    columns = {key: [float("nan")] * len(VERSION_MEASURES) + [""] for key in texts}
    if filled:
        tables = analyze_texts(filled)
        loaded = tables.matches[tables.matches["measure"] == "loaded"]
        for row in tables.articles.to_dict("records"):
            key = row["article_id"]
            terms = "; ".join(loaded.loc[loaded["article_id"] == key, "text"])
            columns[key] = [float(row[c]) for c, _ in VERSION_MEASURES] + [terms or "(none)"]
    index = [label for _, label in VERSION_MEASURES] + ["which loaded terms"]
    return pd.DataFrame(columns, index=pd.Index(index, name="measure"))


def versions_html(versions: dict[str, str], measures=("loaded", "hedges", "boosters")) -> str:
    """Each written version (not empty, not a placeholder) highlighted with what ``measures`` found, titled
    "Your <name> version", as one escaped HTML fragment."""
    shown = [highlight_text(text, f"Your {name} version", measures) for name, text in versions.items()
             if not no_text(text)]
    return "".join(shown) or "<p><em>Write your versions above to see them highlighted here.</em></p>"


def source_table(tables, article_id: str) -> pd.DataFrame:
    """Every source the engine finds in article ``article_id``: each attribution in text order (the source as
    written, what kind it is: named, anonymous, pronoun, unclear; the reporting verb; the sentence), then the
    unnamed sources it finds outside any attribution ("local media reports"); and two empty
    columns for the class, "who is behind this information?" and "how would you check?"."""
    from analysis.report.pages.views import attributions

    found = attributions(tables.matches, tables.sentences)
    found = found[found["article"] == article_id].drop(columns=["article", "verb type"])
    sources = tables.matches[(tables.matches["measure"] == "sources")
                             & (tables.matches["article_id"] == article_id)]
    cited = " ".join(found["source"]).lower()
    said = tables.sentences.set_index(["article_id", "sentence"])["text"]
    extra = [{"source": r.text, "kind": "anonymous", "verb": "",
              "sentence": " ".join(str(said.get((article_id, r.sentence), "")).split())}
             for r in sources.itertuples() if r.text.lower() not in cited]
    table = pd.concat([found, pd.DataFrame(extra, columns=found.columns)], ignore_index=True)
    table["who is behind this information?"] = ""
    table["how would you check?"] = ""
    return table.reset_index(drop=True)
