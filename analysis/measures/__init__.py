"""Measures: small classes that each read one :class:`~analysis.text.Document` and return a result."""
from .actors import ActorMentions
from .base import Measure, MeasureResult
from .hedging import Hedging
from .loaded import LoadedTerms
from .sentiment import Sentiment
from .sourcing import Sourcing

__all__ = ["ActorMentions", "Hedging", "LoadedTerms", "Measure", "MeasureResult", "Sentiment", "Sourcing"]
