"""Framing analysis: loaded language, sentiment, hedging, sourcing and actors in news articles.

Importing the package only defines names; nothing is read, downloaded or computed, and the heavy
libraries (pandas, VADER, TextBlob) are imported only when a name that needs them is first used.
"""
from __future__ import annotations

from importlib import import_module

#: public name -> the module that defines it
_PUBLIC = {
    "ArticleAnalysis": "pipeline", "Config": "pipeline", "Tables": "pipeline", "analyze": "pipeline",
    "analyze_corpus": "pipeline",
    "Article": "corpus", "Corpus": "corpus", "load_corpus": "corpus",
    "AnalysisError": "errors", "CorpusError": "errors", "LexiconError": "errors", "NotebookFailed": "errors",
    "OutputError": "errors", "ParameterError": "errors",
    "Lexicon": "lexicon", "load_lexicon": "lexicon",
    "Document": "text", "Span": "text",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
