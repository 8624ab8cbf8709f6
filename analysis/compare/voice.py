"""Who is speaking in each match: the writer, a quotation, a statement, reported speech, a scare quote, the
headline or a subheading, a name, or page furniture (the voice layer, :mod:`analysis.voice`).

The engine marks each row of the matches table with a ``voice`` column (one of :data:`analysis.text.VOICES`). Tables made
before that column existed (or by an engine that does not give it) are read as if every match were in the
writer's own voice: :func:`with_voice` fills the column with ``writer``. Comparisons count the writer's own
voice by default (:data:`WRITER`) and the quoted voices (:data:`QUOTED`) separately; headline matches are
never part of body rates.

Words that are not matches (the words of the distinguishing-words score, the neutral alternatives of the
substitution pairs, the writer's words that rates are divided by) take their voice from the engine's own
reading of the document when it offers one (the analyzer's voice layer, whose ``voices.at(offset)`` gives the
region an offset lies in: :func:`engine_token_voices`, or the regions it stored:
:func:`token_voices`); otherwise from the regions the
matches table marks as quoted (every row whose voice is quoted covers ``text[start:end]`` of its article, a
whole quotation when the engine gives the ``quotes`` measure a voice: :func:`quoted_regions`).
"""
from __future__ import annotations

import bisect

import numpy as np
import pandas as pd

WRITER = "writer"
HEADLINE = "headline"
#: Voices of other people's words (and the writer's distance from them), counted apart from the writer's.
#: Subheadings and names are neither: they are counted in no rate of the writer's voice and in no quoted one.
QUOTED = ("quote", "statement", "reported", "scare")
#: Voices whose wording is someone else's: direct quotations, reproduced statements and scare quotes.
#: Reported speech is the writer's paraphrase, so its choice of words is the writer's (used by the
#: substitution pairs).
OTHERS_WORDS = ("quote", "statement", "scare")
#: Voices in which a word is not the writer's own choice: other people's words, names and subheadings
#: (which carry no judgement of the writer's) and page furniture (the site's widgets, not the article).
#: Pages that show the writer's words leave these out.
NOT_THE_WRITERS = ("quote", "statement", "reported", "subheading", "name", "furniture")
#: Voices whose choice of words is the writer's: the writer's own voice and reported speech.
WRITERS_WORDING = ("writer", "reported")
#: How each voice is named on a page.
VOICE_LABELS = {"writer": "the writer's own voice", "quote": "direct quotations",
                "statement": "statements reproduced from someone", "reported": "reported speech",
                "scare": "scare quotes", "headline": "headlines", "subheading": "subheadings",
                "name": "names and titles", "furniture": "page furniture (polls, sign-up boxes)"}


def with_voice(matches: pd.DataFrame) -> pd.DataFrame:
    """``matches`` with a ``voice`` column (when the column is missing, ``writer`` for every row but a
    headline row, ``sentence`` -1) and ``article_id`` as text."""
    out = matches.assign(article_id=matches["article_id"].astype(str))
    if "voice" not in out.columns:  # a headline row (sentence -1) is still the headline
        headline = out["sentence"].astype(int) < 0 if "sentence" in out.columns else False
        return out.assign(voice=np.where(headline, HEADLINE, WRITER))
    voice = out["voice"].astype(object).where(out["voice"].notna(), WRITER).astype(str).str.strip()
    return out.assign(voice=voice.mask(voice == "", WRITER))


def has_voice(matches: pd.DataFrame) -> bool:
    """Does the engine give each match its voice (a ``voice`` column)?"""
    return "voice" in matches.columns


def quoted_regions(matches: pd.DataFrame, voices=QUOTED) -> dict[str, list[tuple[int, int]]]:
    """Per article id, the merged ``(start, end)`` character ranges of the body marked with one of
    ``voices`` (default: every quoted voice)."""
    rows = with_voice(matches)
    rows = rows[rows["voice"].isin(voices)]
    out: dict[str, list[tuple[int, int]]] = {}
    for article_id, part in rows.groupby("article_id"):
        merged: list[list[int]] = []
        for start, end in sorted(zip(part["start"].astype(int), part["end"].astype(int))):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        out[str(article_id)] = [(s, e) for s, e in merged]
    return out


def quoted_tokens(doc, regions: list[tuple[int, int]]) -> set[int]:
    """Indices of the document's word tokens that start inside one of ``regions``."""
    out: set[int] = set()
    for start, end in regions:
        first = bisect.bisect_left(doc.token_starts, start)
        last = bisect.bisect_left(doc.token_starts, end)
        out.update(range(first, last))
    return out




def engine_token_voices(doc, analyzer) -> dict[int, str] | None:
    """The voice of each of ``doc``'s words that the engine's own voice reading puts outside the writer's
    voice (word index -> voice), or None when the engine has no such reading (then the matches' regions are
    used)."""
    layer = getattr(analyzer, "voice_layer", None)
    reading = layer.attach(doc).voices if layer is not None else None
    if reading is None or not callable(getattr(reading, "at", None)):
        return None
    out = {}
    for k, start in enumerate(doc.token_starts):
        region = reading.at(start)
        if region is not None:
            out[k] = getattr(region, "voice", "quote")
    return out


def stored_regions(voices: pd.DataFrame | None) -> dict[str, list[tuple[int, int, int, str]]] | None:
    """Per article id, its stored voice regions ``(layer, start, end, voice)`` (``Tables.voices``); None when
    the tables did not record regions (then the engine reads each document again)."""
    if voices is None or not {"layer", "start", "end", "voice"} <= set(voices.columns):
        return None
    out: dict[str, list[tuple[int, int, int, str]]] = {}
    columns = [voices["article_id"].astype(str), voices["layer"], voices["start"], voices["end"],
               voices["voice"].astype(str)]  # as Python lists at once: iterating Arrow columns is slow
    for a, layer, start, end, voice in zip(*(c.to_numpy(dtype=object).tolist() for c in columns)):
        out.setdefault(a, []).append((int(layer), int(start), int(end), voice))
    return out


def token_voices(doc, regions: list[tuple[int, int, int, str]]) -> dict[int, str]:
    """The voice of each of ``doc``'s words inside a stored region (word index -> voice), as
    :func:`engine_token_voices` gives it: a word takes the region its first character lies in, a quotation
    (layer 0) before a reported clause (layer 1)."""
    out: dict[int, str] = {}
    starts = doc.token_starts
    for layer, start, end, voice in sorted(regions, reverse=True):  # the region that wins is written last
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if first < last:
            out.update(dict.fromkeys(range(first, last), voice))
    return out


def deciding(regions: list[tuple[int, int, int, str]], voices) -> list[tuple[int, int, int, str]]:
    """The regions that decide which words are in one of ``voices``: those up to the last region in one of
    them, in the order regions win (:func:`token_voices`). A region after it (a name, a subheading) decides
    only words that then are in none of ``voices``."""
    ordered = sorted(regions)
    last = max((i for i, r in enumerate(ordered) if r[3] in voices), default=-1)
    return ordered[:last + 1]


def quoted_tokens_by_article(docs: dict, matches: pd.DataFrame, voices=QUOTED,
                             readings: dict | None = None) -> dict[str, set[int]]:
    """Per article id, the word tokens in ``voices`` (default: every quoted voice): from the article's
    reading when ``readings`` has one (word index -> voice, from :func:`token_voices` or
    :func:`engine_token_voices`, read once and reused for several ``voices``), else from the regions of
    ``matches`` in those voices; empty sets when neither marks any voice."""
    regions = None  # from the matches only when some document has no reading (grouping every match costs)
    out = {}
    for article_id, doc in docs.items():
        found = readings.get(article_id) if readings is not None else None
        if found is None and regions is None:
            regions = quoted_regions(matches, voices)
        out[article_id] = ({k for k, v in found.items() if v in voices} if found is not None
                           else quoted_tokens(doc, regions.get(article_id, [])))
    return out


def words_per_sentence(doc, tokens: set[int]) -> np.ndarray:
    """Per sentence of ``doc``, how many of ``tokens`` it holds."""
    return np.array([sum(1 for k in range(s.first_token, s.last_token) if k in tokens)
                     for s in doc.sentences], dtype=float)
