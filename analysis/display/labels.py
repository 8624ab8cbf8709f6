"""The one table of display names, and the text hygiene every page applies to data before showing it.

Tables, charts, highlights and the front page name measures, categories and columns through
:func:`display_name`, so ``legal_label`` reads "legal label" and ``loaded_per_1000`` reads "loaded terms per
1,000 words" everywhere. A name the table does not know (a category of a user's own lexicon) is shown with
its underscores as spaces.

:func:`clean` neutralises what data must never do on a page: bidirectional control characters (U+202A-202E,
U+2066-2069, U+200E/F, U+061C), which can reverse the order of the text around them (the "Trojan source"
trick), become visible ``[U+202E]`` markers. Escaping for HTML stays the job of ``html.escape``; nothing
from the data is ever read as Markdown or as a link on our pages, because it only ever reaches a page
through :func:`html_text` (escaped HTML) or a chart label (see :func:`analysis.display.charts.label`).
"""
from __future__ import annotations

import html
import re

#: Display names of the columns no measure declares (a measure's own span kinds and columns are named in
#: :mod:`analysis.measures.registry`, which :func:`display_name` reads first).
DISPLAY_NAMES = {
    "article_id": "article", "n_words": "words", "n_sentences": "sentences", "title": "title",
    "outlet": "outlet", "label": "label", "story": "story", "published": "published",
    "all": "total",
}
#: Display names of categories that read badly with underscores alone (a category is never looked up
#: among the measures: reporting verbs have a category "loaded", which is not "loaded terms").
CATEGORY_NAMES = {
    "legal_label": "legal label", "actor_label": "label for an actor", "covert_framing": "covert framing",
    "loaded_verb": "loaded verb", "partisan_label": "partisan label",
    "delegitimising_verb": "delegitimising verb", "moral_label": "moral label",
    "negated_certainty": "certainty denied", "certainty_adverb": "certainty adverb",
    "evidential_booster": "evidence booster", "anonymous_official": "anonymous official",
    "anonymous_person": "anonymous person", "unnamed_media": "unnamed media",
    "vague_attribution": "vague attribution", "armed_group": "armed group",
}

#: Bidirectional formatting characters, shown as a visible marker instead of acting on the text.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def display_name(key) -> str:
    """The human name of a measure, category or column ``key``: as the measure registry declares it, else
    from :data:`DISPLAY_NAMES` or :data:`CATEGORY_NAMES`; unknown keys with underscores as spaces."""
    from ..measures.registry import column_names, span_kinds

    key = "" if key is None else str(key)
    kind = span_kinds().get(key)
    if kind is not None:
        return kind.display
    return (column_names().get(key) or DISPLAY_NAMES.get(key) or CATEGORY_NAMES.get(key)
            or key.replace("_", " "))


def category_name(key) -> str:
    """The human name of a category ``key`` (unknown ones with underscores as spaces)."""
    key = "" if key is None else str(key)
    return CATEGORY_NAMES.get(key) or key.replace("_", " ")


def clean(value) -> str:
    """``value`` as text with bidirectional control characters made visible (``[U+202E]``); ``""`` for
    None and for a missing (NaN) value."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = str(value)
    if text.isascii():  # every bidirectional control is outside ASCII (and the check costs nothing)
        return text
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def html_text(value) -> str:
    """``value`` cleaned (:func:`clean`) and escaped for HTML text or a quoted attribute."""
    return html.escape(clean(value), quote=True)


def slug(value, prefix: str = "") -> str:
    """A fragment identifier for ``value``: ASCII letters, digits and ``-`` only, never empty; two different
    values may share a slug only when they differ in punctuation, so ids append a short hash."""
    import hashlib

    text = clean(value)
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{prefix}{base}-{digest}"


def whole(value) -> str:
    """A number for a table cell: whole numbers without decimals and with thousands separators
    (``1,492``), others to two places; text unchanged (cleaned)."""
    if isinstance(value, bool) or value is None:
        return clean(value)
    try:
        import numpy as np

        if isinstance(value, np.generic):
            value = value.item()
    except ImportError:  # pragma: no cover - numpy always comes with pandas
        pass
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.2f}"
    return clean(value)
