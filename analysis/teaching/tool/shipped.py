"""The shipped loaded-terms lexicon as the lessons show and copy it: its terms, categories and entries, and a
student's copy of it with their own entries added.

This is the lowest module of ``analysis.teaching``: it imports nothing from the other teaching modules.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from analysis.paths import LEXICON_DIR

#: PyYAML's C loader and dumper when it was built with libyaml (ten times faster), else the Python ones.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
LEXICON_FILE = LEXICON_DIR / "loaded_terms.yaml"
ENTRY_COLUMNS = ["term", "patterns", "category", "explanation", "neutral"]


@lru_cache(maxsize=1)
def lexicon_data() -> dict:
    """The shipped ``loaded_terms.yaml`` as read by PyYAML (do not change the returned dict)."""
    return yaml.load(LEXICON_FILE.read_text(encoding="utf-8"), Loader=_LOADER)


def shipped_terms() -> set[str]:
    """The terms of the shipped loaded-terms lexicon."""
    return {str(e["term"]) for e in lexicon_data()["entries"]}


def shipped_categories() -> dict[str, str]:
    """The loaded-term categories of the shipped lexicon, ``{name: description}``."""
    return dict(lexicon_data()["categories"])


def lexicon_entries(terms) -> pd.DataFrame:
    """Entries of the shipped loaded-terms lexicon: term, patterns, category, explanation, neutral."""
    entries = {e["term"]: e for e in lexicon_data()["entries"]}
    rows = [{"term": t, "patterns": "; ".join(entries[t]["patterns"]), "category": entries[t]["category"],
             "explanation": entries[t]["explanation"], "neutral": "; ".join(entries[t]["neutral"])}
            for t in list(terms) if t in entries]
    return pd.DataFrame(rows, columns=ENTRY_COLUMNS)


def categories_table() -> pd.DataFrame:
    """The loaded-term categories of the shipped lexicon with what each means, and how many entries it has."""
    counts = pd.Series([e["category"] for e in lexicon_data()["entries"]]).value_counts()
    return pd.DataFrame([{"category": c, "what it means": d, "entries": int(counts.get(c, 0))}
                         for c, d in shipped_categories().items()])


def write_lexicon(entries, folder: str | Path, name: str = "my_loaded_terms.yaml",
                  with_shipped: bool = True) -> Path:
    """Write a copy of the shipped loaded-terms lexicon with ``entries`` (dicts with term, patterns,
    category, explanation, neutral) added at the end, as ``folder/name``; returns its path. With
    ``with_shipped=False`` the file holds the shipped categories and ``entries`` only.

    The file is not validated here: :func:`analysis.lexicon.load_lexicon` does that when it is used.
    """
    data = dict(lexicon_data())
    data["name"] = "my_loaded_terms"
    data["description"] = ("A copy of the shipped loaded-terms lexicon with a student's entries at the end."
                           if with_shipped else "A student's own loaded terms.")
    data["entries"] = (list(data["entries"]) if with_shipped else []) + [dict(e) for e in (entries or [])]
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=110)
    path.write_text(text, encoding="utf-8")
    return path
