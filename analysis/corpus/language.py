"""Which language an article is written in, detected offline with py3langid.

py3langid (BSD-3-Clause) is the langid.py model of Lui and Baldwin (2012): a naive Bayes classifier over
byte n-grams for 97 languages, shipped inside the package (about 4.5 MB with its model; no download).
Only the first :data:`SAMPLE_CHARS` characters are classified, which keeps the cost per article small
and fixed. A language is reported only when the classifier's probability is at least
:data:`MIN_PROBABILITY` and the sample has :data:`MIN_LETTERS` letters; otherwise the language is
unknown (``''``) and the article is treated as English, as before language detection existed.

Most articles are plainly English, and those skip the classifier: a sample in which at least
:data:`MARKER_SHARE` of the words (and :data:`MIN_MARKERS` words) are among :data:`ENGLISH_MARKERS`, English
function words that are not words of other languages written in Latin script, is English. On English news
text about nine in ten articles take this path; in German, French, Spanish, Italian, Dutch, Portuguese and
Russian test text no sample had a single marker.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from .limits import listed

ENGLISH = "en"
"""The language the shipped lexicons, VADER and TextBlob are written for."""

SCORED_LANGUAGES = (ENGLISH,)
"""Languages the English measures score by default (``Config.languages`` takes this as its default)."""

SAMPLE_CHARS = 600
"""Characters from the start of the text that are classified (a lead paragraph or two)."""

MIN_LETTERS = 20
"""Fewer letters than this in the sample: too little text to tell, the language is ``''``."""

MIN_PROBABILITY = 0.90
"""Lowest classifier probability (0-1) at which a language is reported; below it the language is ``''``."""

ENGLISH_MARKERS = frozenset({
    "the", "and", "of", "that", "with", "said", "from", "which", "this", "their", "they", "would", "been",
    "were", "has", "have", "his", "its",
})
"""English function words that are not common words of other Latin-script languages ("to", "in", "for",
"was", "will" and "is" are, in Czech, Dutch, Danish or German, so they are not markers)."""

MARKER_SHARE = 0.10
"""Share of the sample's words (0-1) that must be markers for the sample to be plainly English."""

MIN_MARKERS = 6
"""Fewest markers in the sample for it to be plainly English."""

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's classifier with normalised probabilities, loaded once per process: from the unpacked copy
    :func:`unpack_model` wrote when there is one for the installed model (about 0.05 s of CPU), else from the
    model py3langid ships, an LZMA file (about 0.5 s). The same arrays either way."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    unpacked = _unpacked_arrays()
    if unpacked is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = unpacked
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def unpacked_model_path() -> Path:
    """Where :func:`unpack_model` writes py3langid's model unpacked: inside the Python environment
    (``sys.prefix``), beside the package that ships it."""
    return Path(sys.prefix) / "share" / "framing-analysis" / "langid-model.npz"


def _shipped_model() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return MODEL_DIR / MODEL_FILE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unpack_model(target: Path | None = None) -> Path:
    """Write py3langid's shipped model uncompressed to ``target`` (default :func:`unpacked_model_path`), with
    the SHA-256 of the file it came from, so that a process reading a corpus loads the classifier in about a
    tenth of the time. ``make setup`` runs it once; nothing is downloaded. Returns the file written."""
    import io
    import lzma

    import numpy as np

    source = _shipped_model()
    target = Path(target or unpacked_model_path())
    with lzma.open(source) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with open(partial, "wb") as out:
        np.savez(out, source_sha256=np.array(_digest(source)), **arrays)
    os.replace(partial, target)
    return target


def _unpacked_arrays(path: Path | None = None) -> tuple | None:
    """The model's arrays as py3langid's ``load_model`` gives them, read from the unpacked copy at ``path``
    (default :func:`unpacked_model_path`); None when there is none, or it was made from another model file."""
    path = Path(path or unpacked_model_path())
    if not path.is_file():
        return None
    from zipfile import BadZipFile

    import numpy as np

    try:
        from py3langid.modelio import _to_array
        with np.load(path, allow_pickle=False) as data:
            if str(data["source_sha256"]) != _digest(_shipped_model()):
                return None
            return (data["ptc"], data["pc"], data["classes"].tolist(), _to_array(data["nextmove"]),
                    _to_array(data["nextmove_row"]), data["out_feat"].tolist())
    except (ImportError, OSError, EOFError, KeyError, ValueError, BadZipFile):
        return None


def release_classifier() -> None:
    """Drop the loaded classifier (about 100 MB): a report's runner calls this once its corpus is read, so
    the processes it starts and its own later steps do not carry it. Loaded again if needed."""
    _identifier.cache_clear()


MIN_OTHER_SCRIPT_LETTERS = 4
"""Fewest letters for a sample written mostly in another script than Latin to be called not English."""

OTHER_SCRIPT_SHARE = 0.5
"""Share of a sample's letters (0-1) outside the Latin alphabet above which it cannot be English."""


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language (``'en'``, ``'de'``, ``'ru'`` ...), or ``''`` if unclear.

    Reads at most :data:`SAMPLE_CHARS` characters, so the cost does not grow with the article's length. A
    sample written mostly in another script (Chinese, Japanese, Korean, Arabic, Cyrillic ...) is never
    English, however short it is and however unsure the classifier is: it gets the classifier's best
    guess (:func:`_other_script`), so such a short paragraph is not scored with English word lists.
    """
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    other = _other_script(words)
    if other:
        return other
    if sum(map(len, words)) < MIN_LETTERS:
        return ""
    markers = sum(word.lower() in ENGLISH_MARKERS for word in words)
    if markers >= MIN_MARKERS and markers >= MARKER_SHARE * len(words):
        return ENGLISH
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else ""


_KNOWN: ContextVar[Mapping[str, str] | None] = ContextVar("known_languages", default=None)


@contextmanager
def known_languages(by_id: Mapping[str, str]):
    """Within the ``with`` block, an article whose id is in ``by_id`` (article id -> ISO 639-1 code, ``''``
    for unclear) takes that language instead of being detected. A report's kernels read the languages their
    run already detected from the run store, so they never load the classifier (about 100 MB and 0.5 s)."""
    token = _KNOWN.set(by_id)
    try:
        yield
    finally:
        _KNOWN.reset(token)


def known_language(article_id: str) -> str | None:
    """The language :func:`known_languages` gives ``article_id``, or None when it gives none."""
    known = _KNOWN.get()
    return None if known is None else known.get(article_id)


def _other_script(words: list[str]) -> str:
    """The classifier's best language other than English for letters mostly outside the Latin alphabet, or
    ``''`` (Latin script, or too few letters)."""
    letters = "".join(words)
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    if len(letters) < MIN_OTHER_SCRIPT_LETTERS or latin >= (1 - OTHER_SCRIPT_SHARE) * len(letters):
        return ""
    ranked = _identifier().rank(" ".join(words))
    return next((code for code, _ in ranked if code != ENGLISH), "")


def is_scored(language: str, languages: Iterable[str] = SCORED_LANGUAGES) -> bool:
    """Whether an article in ``language`` is scored when ``languages`` are scored (``'*'``: every language).

    An unknown language (``''``) is scored.
    """
    languages = tuple(languages)
    return not language or "*" in languages or language in languages


def language_counts(codes: Iterable[str]) -> str:
    """'de: 1, fr: 2' for the given language codes, sorted by code."""
    return ", ".join(f"{code}: {n}" for code, n in sorted(Counter(codes).items()))


SCORE_HINT = ("If a language is wrong, set 'language' in the article's front matter, column or field; "
              "to score them anyway, add their language to Config(languages=...) or use languages=('*',)")
"""How to change which articles are scored, for warnings and errors."""


def language_warning(pairs: Iterable[tuple[str, str]]) -> str:
    """A warning naming the articles (id, language) that are not scored; '' when there are none."""
    pairs = list(pairs)
    if not pairs:
        return ""
    return (
        f"{len(pairs)} article(s) are not in English ({language_counts(code for _, code in pairs)}): "
        f"{listed([article_id for article_id, _ in pairs])}. The measures use English word lists, so these "
        f"articles are not scored and are left out of rates and comparisons. {SCORE_HINT}"
    )
