"""Picking the texts a lesson works on: the corpus and work folder, one article, paragraph or sentence of it
(found by how it begins, so a lesson reads like prose), and tables of openings and sentences to show.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.errors import AnalysisError
from analysis.paths import SEED_ARTICLES
from analysis.report.run.params import check_parameters as _check_parameters


def check_parameters(namespace: dict) -> dict:
    """The lessons' parameter check: :func:`analysis.report.run.params.check_parameters` (which also accepts a lesson
    run again in the same kernel)."""
    return _check_parameters(namespace)


def corpus_path(corpus: str) -> str:
    """The corpus a lesson reads: ``corpus``, or the project's seed articles when it is empty."""
    return corpus or str(SEED_ARTICLES)


def work_folder(work: str) -> Path:
    """The folder a lesson writes into (created if missing), relative to the notebook's folder."""
    path = Path(work or "work").expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def article(corpus, article_id: str):
    """The article of ``corpus`` whose id is ``article_id``."""
    for article in corpus:
        if article.id == article_id:
            return article
    ids = ", ".join(a.id for a in corpus)
    raise AnalysisError(f"no article with id {article_id!r} in the corpus (ids: {ids})")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``: its non-empty lines, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def paragraph(corpus, article_id: str, starts_with: str) -> str:
    """The paragraph of article ``article_id`` that begins with ``starts_with`` (curly quotes and dashes may
    be typed plain)."""
    from analysis.text import NORMALISE

    for p in paragraphs(article(corpus, article_id).text):
        if p.translate(NORMALISE).startswith(starts_with.translate(NORMALISE)):
            return p
    raise AnalysisError(f"article {article_id!r} has no paragraph beginning {starts_with!r}")


def sentence(corpus, article_id: str, starts_with: str) -> str:
    """The sentence of article ``article_id`` that begins with ``starts_with``."""
    from analysis.text import NORMALISE, Document

    doc = Document(article(corpus, article_id).text)
    for i in range(len(doc.sentences)):
        text = doc.sentence_text(i).strip()
        if text.translate(NORMALISE).startswith(starts_with.translate(NORMALISE)):
            return text
    raise AnalysisError(f"article {article_id!r} has no sentence beginning {starts_with!r}")


def first_paragraphs(corpus, n: int = 1) -> pd.DataFrame:
    """The first ``n`` paragraphs of every article, one row each: article, outlet, opening."""
    rows = [{"article": a.id, "outlet": a.outlet, "opening": "\n\n".join(paragraphs(a.text)[:n])}
            for a in corpus]
    return pd.DataFrame(rows, columns=["article", "outlet", "opening"])


def pick_sentences(corpus, spec: dict[str, tuple[str, str]]) -> dict[str, str]:
    """``{key: sentence}`` for ``spec`` = ``{key: (article id, how the sentence begins)}``."""
    return {key: sentence(corpus, article_id, start) for key, (article_id, start) in spec.items()}


def show_sentences(sentences: dict[str, str]) -> pd.DataFrame:
    """A two-column table (number, sentence) to display."""
    return pd.DataFrame({"number": list(sentences), "sentence": list(sentences.values())})


#: Lesson 3: sentences to score yourself before looking at the tools.
SENTIMENT_SENTENCES = {
    "1": ("neutral", "The announcement came after"),
    "2": ("official", "Coalition and partner forces destroyed"),
    "3": ("official", "Officials firmly stressed"),
    "4": ("official", "America's commitment"),
    "5": ("original", "US troops in Iraq are"),
}
