"""Reading a corpus one file at a time: :class:`analysis.corpus.stream.Stream`, named here for the store."""
from __future__ import annotations

from ..corpus.stream import Stream

__all__ = ["Stream"]
