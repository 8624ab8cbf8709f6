"""Pages of a corpus where nothing was scored (every article in a language the measures do not read).

Such a run still has a report: :func:`complete` gives the tables every column a scored article would have
(empty), so each page shows empty tables instead of stopping, and :func:`note` says on the page what could not
be measured and why.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def _columns(config) -> dict[str, tuple[str, ...]]:
    """The columns of each table for one short English article analysed with ``config``."""
    from analysis.corpus.model import Article
    from analysis.pipeline import analyze_corpus

    probe = Article(id="probe", text="Officials said the plan may clearly fail.", language="en")
    tables = analyze_corpus([probe], config)
    return {name: tuple(getattr(tables, name).columns) for name in ("articles", "sentences", "matches", "actors")}


def complete(tables, config=None):
    """``tables`` with every column a scored article has added (empty) to each table that lacks it; the same
    object, unchanged, when at least one article was scored."""
    articles = tables.articles
    if len(articles) and "n_words" in articles.columns:
        return tables
    from analysis.pipeline import Config

    for name, columns in _columns(config or Config()).items():
        frame = getattr(tables, name)
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            setattr(tables, name, frame.reindex(columns=[*frame.columns, *missing]))
    return tables


def note(tables) -> str:
    """Markdown saying that no article was scored and why ('' when some were)."""
    if len(tables.articles) and "n_words" in tables.articles.columns:
        return ""
    from analysis.corpus.language import language_counts

    left = getattr(tables, "not_scored", None)
    if left is None or left.empty:
        return "**Nothing to measure.** No article with text was analysed, so every table below is empty."
    found = language_counts(str(code) for code in left["language"])
    return (f"**Nothing was scored.** None of the {len(left)} article(s) is in English (found: {found}). The "
            "measures use English word lists, so these articles are left out and every table below is empty. "
            "If an article's language is wrong, set `language: en` in its front matter, column or field.")
