"""Framing analysis: loaded language, sentiment, hedging, sourcing and actors in news articles.

Importing the package only defines names; nothing is read, downloaded or computed.
"""
from .analyze import ArticleAnalysis, Config, Tables, analyze, analyze_corpus
from .corpus import Article, Corpus, load_corpus
from .errors import AnalysisError, CorpusError, LexiconError, NotebookFailed, OutputError, ParameterError
from .lexicon import Lexicon, load_lexicon
from .text import Document, Span

__all__ = [
    "AnalysisError", "Article", "ArticleAnalysis", "Config", "Corpus", "CorpusError", "Document", "Lexicon",
    "LexiconError", "NotebookFailed", "OutputError", "ParameterError", "Span", "Tables", "analyze",
    "analyze_corpus", "load_corpus", "load_lexicon",
]
