"""The run's corpus once it is analysed, without its texts: the runner holds no article while the pages run.

A report run reads its corpus in full before any work (to check it and to analyse it). Once the run store holds
the analysis, :class:`ReadAgain` takes the corpus's place: it keeps the count, the skipped files and the input
files (what the manifest says), and reading it again yields the articles from their files one file at a time
(:class:`analysis.corpus.Stream`), each with the language the run found (no classifier loaded), for the two
steps that need the texts after the pages: the article browser and the audit of the report's sentences. A
corpus of 100,000 articles is about 0.8 GB in memory; the runner now holds it only while it analyses.
"""
from __future__ import annotations

import warnings


class ReadAgain:
    """Stands in for ``corpus`` (read from ``path``) after its analysis; ``languages``: article id -> the
    language the run found (ISO 639-1, '' for unclear). Iterating reads the articles again, in order."""

    def __init__(self, corpus, path: str, languages: dict[str, str], follow_links: bool = False):
        self.count, self.path, self.languages = len(corpus), path, languages
        self.problems, self.source_files = list(corpus.problems), list(corpus.source_files)
        self.follow_links = follow_links

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        from analysis.corpus.language import known_languages
        from analysis.corpus.stream import Stream

        with warnings.catch_warnings(), known_languages(self.languages):
            warnings.simplefilter("ignore")
            yield from Stream(self.path, skip_bad=True, follow_links=self.follow_links)


def languages_of(tables) -> dict[str, str]:
    """Article id -> language, from a run's ``articles`` and ``not_scored`` tables."""
    found: dict[str, str] = {}
    for frame in (tables.articles, getattr(tables, "not_scored", None)):
        if frame is not None and len(frame) and "language" in frame.columns:
            found.update(zip(frame["article_id"].astype(str), frame["language"].fillna("").astype(str)))
    return found
