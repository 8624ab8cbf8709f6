"""A look inside VADER and TextBlob before their scores are trusted (lesson 3): rows of their word lists as
shipped in their packages, and the rules VADER applies to them, with the constants of its source code.

VADER's list (``vader_lexicon.txt`` in the ``vaderSentiment`` package) gives each word the mean of ten people's
ratings from -4 (extremely negative) to +4 (extremely positive), with the ratings themselves. TextBlob's list
(``en-sentiment.xml`` in the ``textblob`` package) gives each sense of a word a polarity (-1 .. 1) and a
subjectivity (0 objective .. 1 subjective); TextBlob averages the senses.
"""
from __future__ import annotations

import ast
from functools import lru_cache
from importlib import resources

import pandas as pd

VADER_COLUMNS = ["word", "VADER value (-4 .. 4)", "spread (sd)", "the ten people's ratings"]
TEXTBLOB_COLUMNS = ["word", "part of speech", "sense", "polarity (-1 .. 1)", "subjectivity (0 .. 1)"]


@lru_cache(maxsize=1)
def _vader_lines() -> dict[str, list[str]]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    return {parts[0]: parts for parts in (line.split("\t") for line in text.splitlines()) if len(parts) >= 4}


def vader_rows(words) -> pd.DataFrame:
    """Rows of VADER's word list for ``words``: the value (mean rating), its standard deviation and the ten
    ratings it is the mean of. A word that is not in the list gets no row."""
    rows = []
    for word in words:
        parts = _vader_lines().get(str(word).lower())
        if parts:
            ratings = ", ".join(str(r) for r in ast.literal_eval(parts[3]))
            rows.append(dict(zip(VADER_COLUMNS, [parts[0], float(parts[1]), float(parts[2]), ratings])))
    return pd.DataFrame(rows, columns=VADER_COLUMNS)


@lru_cache(maxsize=1)
def _textblob_senses() -> dict[str, list[dict]]:
    import xml.etree.ElementTree as ET

    path = resources.files("textblob").joinpath("en", "en-sentiment.xml")
    senses: dict[str, list[dict]] = {}
    for node in ET.fromstring(path.read_bytes()).iter("word"):
        senses.setdefault(node.get("form", "").lower(), []).append(dict(node.attrib))
    return senses


def textblob_rows(words) -> pd.DataFrame:
    """Rows of TextBlob's word list for ``words``: one row per sense of the word, with its part of speech,
    the sense, its polarity and subjectivity (TextBlob scores the word with the mean over its senses)."""
    rows = []
    for word in words:
        for sense in _textblob_senses().get(str(word).lower(), []):
            rows.append(dict(zip(TEXTBLOB_COLUMNS, [sense.get("form"), sense.get("pos", ""),
                                                    sense.get("sense", ""), float(sense.get("polarity", 0)),
                                                    float(sense.get("subjectivity", 0))])))
    return pd.DataFrame(rows, columns=TEXTBLOB_COLUMNS)


def vader_rules() -> pd.DataFrame:
    """VADER's rules, each with its constant as written in ``vaderSentiment.py`` and an example."""
    from vaderSentiment import vaderSentiment as v

    rules = [
        ("negation", f"a word within three words after 'not', 'never', 'no' ... is multiplied by {v.N_SCALAR}",
         "not good: 1.9 x -0.74 = -1.406"),
        ("intensifier", f"'very', 'extremely' ... add {v.B_INCR} to the next word's size; 'slightly', "
                        f"'barely' ... take {abs(v.B_DECR)} away", "very good: 1.9 + 0.293 = 2.193"),
        ("but", "words before 'but' count half (x 0.5), words after it one and a half times (x 1.5)",
         "good but slow: the second half decides"),
        ("capitals", f"a word in CAPITALS in a sentence that is not all capitals gains {v.C_INCR}",
         "GOOD: 1.9 + 0.733"),
        ("exclamation", "each ! (up to 4) adds 0.292 to the size of the sum", "good!!! reads stronger"),
        ("squashing", "the sum x becomes x / sqrt(x*x + 15), so the compound score stays within -1 .. 1",
         "sum 1.9 -> 0.44"),
    ]
    return pd.DataFrame(rules, columns=["rule", "what it does", "example"])


def negation_example(word: str = "good") -> pd.DataFrame:
    """``word`` alone and after "not": its list value, the value after the negation rule, and the compound
    score of the two-word sentence as VADER gives it."""
    from analysis.measures.sentiment import vader
    from vaderSentiment import vaderSentiment as v

    value = vader().lexicon.get(word.lower(), 0.0)
    rows = [(word, value, value, vader().polarity_scores(word)["compound"]),
            (f"not {word}", value, value * v.N_SCALAR, vader().polarity_scores(f"not {word}")["compound"])]
    return pd.DataFrame(rows, columns=["text", "list value", "after the rules", "compound (-1 .. 1)"])
