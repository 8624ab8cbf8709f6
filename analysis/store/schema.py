"""The run store's schema: its version, its tables and the types of their columns (see docs/store.md).

Every table has the column ``key`` (the article result key, :func:`analysis.store.keys.article_key`) and
``article_id``. The columns listed here have fixed Arrow types; any other column (the measures' values in
``articles``, counts per measure in ``sentences``) is written with the type of its values: whole numbers
as ``int64``, other numbers as ``float64``, text as ``string``. Bump :data:`SCHEMA_VERSION` whenever a
listed column, the layout of the folder or the meaning of a value changes: a store written with another
version is rebuilt (older) or refused (newer).
"""
from __future__ import annotations

import pyarrow as pa

#: Version of the store's layout and tables. 1: Parquet parts per batch, STORE.json manifest, runs/.
#: 2: ``sentences.quoted_words`` (the sentence's words in quotations, scare quotes and reported clauses)
#: and the ``voices`` table (those regions). 3: the voice layer (issue 21): ``voices`` holds every region of
#: the layer, ``layer`` 0 quotations and scare quotes, 1 statements, 2 reported clauses, 3 subheadings,
#: 4 names (:data:`analysis.text.LAYERS`); ``matches.voice`` may also be ``statement`` or ``name``;
#: ``speaker`` is the voice source; ``matches.strength`` is strong or mild for loaded terms. Layer 0 also holds
#: page furniture (``voice`` ``furniture``, :mod:`analysis.furniture`): a new value, not a new layout; rows
#: made before it are never reused, since the voice layer's code is in every result key.
SCHEMA_VERSION = 3
#: ``not_scored``: articles left unmeasured because of their language (see Config.languages).
TABLES = ("articles", "sentences", "matches", "actors", "not_scored", "voices")

_S, _I, _F = pa.string(), pa.int64(), pa.float64()
COLUMNS: dict[str, dict[str, pa.DataType]] = {
    "articles": {"key": _S, "article_id": _S, "title": _S, "outlet": _S, "published": _S, "label": _S,
                 "story": _S, "url": _S, "language": _S, "source_path": _S, "n_words": _I, "n_sentences": _I},
    "sentences": {"key": _S, "article_id": _S, "sentence": _I, "quoted_words": _I, "text": _S},
    "matches": {"key": _S, "article_id": _S, "measure": _S, "category": _S, "entry": _S, "start": _I,
                "end": _I, "sentence": _I, "text": _S, "detail": _S, "voice": _S, "speaker": _S,
                "source_start": _I, "source_end": _I, "explanation": _S, "neutral": _S, "strength": _S},
    "actors": {"key": _S, "article_id": _S, "actor": _S, "category": _S, "mentions": _I,
               "mentions_per_1000": _F, "sentences": _I, "sentence_ids": _S, "vader_compound_mean": _F,
               "textblob_polarity_mean": _F, "loaded_terms": _I, "loaded_list": _S, "reporting_verbs": _S,
               "aliases_seen": _S},
    "voices": {"key": _S, "article_id": _S, "layer": _I, "start": _I, "end": _I, "voice": _S, "speaker": _S},
    "not_scored": {"key": _S, "article_id": _S, "title": _S, "outlet": _S, "published": _S, "language": _S,
                   "source_path": _S, "reason": _S},
}


def _type_of(name: str, table: str, found: pa.DataType) -> pa.DataType:
    declared = COLUMNS[table].get(name)
    if declared is not None:
        return declared
    if pa.types.is_integer(found) or pa.types.is_boolean(found):
        return _I
    if pa.types.is_floating(found):
        return _F
    return _S


def to_arrow(table: str, rows: dict[str, list] | list[dict]) -> pa.Table:
    """The rows of ``table`` (as columns, :mod:`analysis.columns`, or as row dicts) as an Arrow table with the
    schema's types, ``key`` and ``article_id`` first."""
    if isinstance(rows, dict):
        names = ["key", "article_id"] + [n for n in rows if n not in ("key", "article_id")]
        data = pa.table({n: pa.array(rows[n]) for n in names})
    else:
        data = pa.Table.from_pylist(rows)
        names = ["key", "article_id"] + [n for n in data.column_names if n not in ("key", "article_id")]
        data = data.select(names)
    return data.cast(pa.schema([(n, _type_of(n, table, data.schema.field(n).type)) for n in names]))
