"""How one sentence is scored, word by word, and every measure of the project at once.

:func:`vader_words` repeats VADER's own steps (the ``vaderSentiment`` package: the same tokens, lexicon,
rules and normalisation) and keeps each word's value, so a student sees where the compound score comes
from; :func:`vader_sum` shows the last step. :func:`textblob_words` shows TextBlob's lexicon value of each
word and :func:`textblob_phrases` the phrases TextBlob actually scored (after "not", "very" ...), whose mean
is its polarity; :func:`word_table` puts both tools' values of each word side by side. :func:`every_measure`
runs the whole engine on one sentence; :func:`breakdown` and :func:`every_measure_html` put it together as
escaped HTML for a notebook.
"""
from __future__ import annotations

import math
import string
from dataclasses import dataclass

import pandas as pd
from textblob.en import sentiment as textblob_sentiment
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentiText, normalize

from analysis.measures.registry import span_kinds
from analysis.pipeline import Config, analyze_corpus
from analysis.corpus import Article
from analysis.measures.sentiment import polarity_class, vader
from analysis.teaching.tool.markup import escape, table_html, tidy

#: VADER's constant for squashing the sum of word scores into [-1, 1]: ``x / sqrt(x * x + ALPHA)``.
ALPHA = 15
#: Measures shown for one sentence, in this order.
#: Every span kind, in the registry's order, and the name a student reads for each (one source:
#: :mod:`analysis.measures.registry`).
MEASURES = tuple(span_kinds())
MEASURE_LABELS = {name: kind.label for name, kind in span_kinds().items()}


def _without_emoji(text: str) -> str:
    """The text as VADER reads it: each emoji replaced by its description (as ``polarity_scores`` does)."""
    emojis = vader().emojis
    out, prev_space = [], True
    for ch in text:
        if ch in emojis:
            out.append(("" if prev_space else " ") + emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out).strip()


def _role(word: str) -> str:
    w = word.lower()
    if w in BOOSTER_DICT:
        return "intensifier" if BOOSTER_DICT[w] > 0 else "softener"
    if w in NEGATE or "n't" in w:
        return "negation"
    if w == "but":
        return "but"
    return ""


def vader_words(sentence: str) -> pd.DataFrame:
    """One row per token as VADER splits it: ``word``; ``lexicon``, its value in VADER's lexicon (-4 very
    negative .. +4 very positive; empty when the word is not listed); ``role`` (intensifier, softener,
    negation, but); ``score``, the value after VADER's rules (negation x -0.74, intensifiers +-0.293,
    words before "but" x 0.5 and after it x 1.5, ALL CAPS +-0.733)."""
    analyzer = vader()
    text = _without_emoji(sentence)
    senti = SentiText(text)
    tokens = senti.words_and_emoticons
    scores: list[float] = []
    for i, item in enumerate(tokens):
        if item.lower() in BOOSTER_DICT or (item.lower() == "kind" and i + 1 < len(tokens)
                                            and tokens[i + 1].lower() == "of"):
            scores.append(0)
            continue
        scores = analyzer.sentiment_valence(0, senti, item, i, scores)
    scores = analyzer._but_check(tokens, scores)
    rows = []
    for word, score in zip(tokens, scores):
        value = analyzer.lexicon.get(word.lower())
        rows.append({"word": word, "lexicon": value if value is not None else float("nan"),
                     "role": _role(word), "score": float(score)})
    return pd.DataFrame(rows, columns=["word", "lexicon", "role", "score"])


@dataclass(frozen=True)
class VaderSum:
    """The last step of VADER: ``total`` (sum of word scores), ``emphasis`` (added for ! and ??, with the
    sign of the total) and ``compound = x / sqrt(x*x + 15)`` of their sum, in [-1, 1]."""

    total: float
    emphasis: float
    compound: float

    @property
    def label(self) -> str:
        return polarity_class(self.compound)


def vader_sum(sentence: str) -> VaderSum:
    """The sum of :func:`vader_words` scores, the punctuation emphasis and the compound score (equal to
    VADER's ``polarity_scores(sentence)["compound"]`` up to its rounding to 4 places)."""
    total = float(vader_words(sentence)["score"].sum())
    if not total:
        return VaderSum(0.0, 0.0, 0.0)
    emphasis = math.copysign(vader()._punctuation_emphasis(_without_emoji(sentence)), total)
    return VaderSum(total, emphasis, normalize(total + emphasis, ALPHA))


def _textblob_entry(word: str) -> tuple[float, float] | None:
    entry = textblob_sentiment.get(word.lower())
    if entry is None:
        return None
    if isinstance(entry, dict):
        entry = entry.get(None) or next(iter(entry.values()))
    return float(entry[0]), float(entry[1])


def textblob_words(sentence: str) -> pd.DataFrame:
    """Each word of the sentence with its value in TextBlob's lexicon: ``polarity`` (-1 .. 1) and
    ``subjectivity`` (0 objective .. 1 subjective); empty when the word is not listed."""
    from analysis.evaluation.agreement import words

    rows = []
    for word in words(sentence):
        found = _textblob_entry(word)
        rows.append({"word": word, "polarity": found[0] if found else float("nan"),
                     "subjectivity": found[1] if found else float("nan")})
    return pd.DataFrame(rows, columns=["word", "polarity", "subjectivity"])


def word_table(sentence: str) -> pd.DataFrame:
    """:func:`vader_words` with TextBlob's lexicon values of the same words alongside: ``word``, ``VADER
    lexicon`` (-4 .. 4), ``VADER rule``, ``VADER score`` (after the rules), ``TextBlob polarity`` (-1 .. 1),
    ``TextBlob subjectivity`` (0 .. 1); a value is empty when the word is not in that tool's list."""
    table = vader_words(sentence)
    found = [_textblob_entry(w.strip(string.punctuation)) for w in table["word"]]
    return pd.DataFrame({
        "word": table["word"], "VADER lexicon": table["lexicon"], "VADER rule": table["role"],
        "VADER score": table["score"],
        "TextBlob polarity": [f[0] if f else float("nan") for f in found],
        "TextBlob subjectivity": [f[1] if f else float("nan") for f in found],
    })


def textblob_phrases(sentence: str) -> pd.DataFrame:
    """The phrases TextBlob scored (a listed word with the modifiers before it, such as "not very good"):
    ``phrase``, ``polarity`` (-1 .. 1) and ``subjectivity`` (0 .. 1). The sentence's polarity and
    subjectivity are the means of these columns (0 when nothing was scored)."""
    result = textblob_sentiment(sentence)
    rows = [{"phrase": " ".join(a[0]), "polarity": float(a[1]), "subjectivity": float(a[2])}
            for a in result.assessments]
    return pd.DataFrame(rows, columns=["phrase", "polarity", "subjectivity"])


def _config(config: Config | None, lexicon: str = "") -> Config:
    if config is not None:
        return config
    from analysis.report.pages.session import make_config

    return make_config(lexicon=lexicon)


def analyze_texts(texts: dict[str, str], config: Config | None = None, lexicon: str = ""):
    """The engine's tables for a few short texts, each analysed as one article whose id is its key
    (``lexicon``: a user's lexicon file(s), comma-separated, added to the shipped ones)."""
    articles = [Article(id=str(key), text=str(text), title=str(key)) for key, text in texts.items()]
    return analyze_corpus(articles, _config(config, lexicon))


def every_measure(sentence: str, config: Config | None = None) -> pd.DataFrame:
    """Every span the engine finds in ``sentence``: ``measure`` (loaded term, hedge ...), ``words`` as
    written, ``category``, and ``why`` (the lexicon's explanation, the speaker, the neutral alternatives)."""
    tables = analyze_texts({"sentence": sentence}, config)
    rows = []
    found = tables.matches.copy()
    found["_order"] = found["measure"].map({m: i for i, m in enumerate(MEASURES)})
    for r in found.sort_values(["_order", "start"], kind="stable").itertuples(index=False):
        why = r.explanation or ""
        if r.measure == "attributions":
            why = f"source: {r.detail} (verb: {r.entry})"
        elif r.measure == "quotes":
            why = ("a short quote with no speaker nearby: the writer holds these words at a distance"
                   if r.category == "scare" else "someone's reported words")
        elif r.neutral:
            why = f"{why} Neutral alternative: {r.neutral}.".strip()
        rows.append({"measure": MEASURE_LABELS.get(r.measure, r.measure), "words": r.text,
                     "category": str(r.category).replace("_", " "), "why": why})
    return pd.DataFrame(rows, columns=["measure", "words", "category", "why"])


def sentence_sentiment(sentence: str) -> pd.DataFrame:
    """VADER's and TextBlob's scores of the sentence, one row each: ``tool``, ``score`` (-1 .. 1),
    ``reads as`` (negative / neutral / positive) and ``subjectivity`` (TextBlob only, 0 .. 1)."""
    v = vader().polarity_scores(sentence)["compound"]
    polarity, subjectivity = textblob_sentiment(sentence)[:2]
    return pd.DataFrame([
        {"tool": "VADER compound", "score": v, "reads as": polarity_class(v), "subjectivity": float("nan")},
        {"tool": "TextBlob polarity", "score": float(polarity), "reads as": polarity_class(float(polarity)),
         "subjectivity": float(subjectivity)},
    ])


def _sentence_html(sentence: str, config: Config | None) -> str:
    from analysis.report.pages.highlight import article_html

    tables = analyze_texts({"your sentence": sentence}, config)
    article = Article(id="your sentence", text=sentence, title="Your sentence, with what the measures found")
    shown = [m for m in MEASURES if m not in ("attributions", "actors")]
    return tidy(article_html(article, tables.matches, measures=shown), meta=False)


def every_measure_html(sentence: str, config: Config | None = None) -> str:
    """``sentence`` highlighted with what every measure found, the table of :func:`every_measure`, and
    VADER's and TextBlob's scores, as one escaped HTML fragment."""
    if not str(sentence).strip():
        return "<p><em>Type a sentence to see every measure.</em></p>"
    return "".join([
        _sentence_html(sentence, config),
        table_html(sentence_sentiment(sentence), "Sentiment (-1 negative .. +1 positive)"),
        table_html(every_measure(sentence, config), "Everything the measures found"),
    ])


@dataclass(frozen=True)
class Breakdown:
    """How VADER and TextBlob score one sentence; shows itself as HTML tables in a notebook."""

    sentence: str

    def tables(self) -> dict[str, pd.DataFrame]:
        return {"Word by word: each tool's list value, and VADER's score after its rules":
                word_table(self.sentence),
                "TextBlob, the phrases it scored": textblob_phrases(self.sentence)}

    def summary(self) -> str:
        s = vader_sum(self.sentence)
        polarity, subjectivity = textblob_sentiment(self.sentence)[:2]
        sign = "+" if s.emphasis >= 0 else "-"
        return (f"VADER: sum of word scores {s.total:+.3f} {sign} punctuation {abs(s.emphasis):.3f}; "
                f"compound = x / sqrt(x² + 15) = {s.compound:+.4f} ({s.label}).  "
                f"TextBlob: polarity {polarity:+.3f} (mean of the phrases' polarity), "
                f"subjectivity {subjectivity:.3f}.")

    def _repr_html_(self) -> str:
        parts = [f"<p><strong>Sentence:</strong> {escape(self.sentence)}</p>"]
        parts += [table_html(frame, name) for name, frame in self.tables().items()]
        parts.append(f"<p>{escape(self.summary())}</p>")
        return '<div class="lesson-explain">' + "".join(parts) + "</div>"

    def __repr__(self) -> str:
        lines = [f"Sentence: {self.sentence}"]
        for name, frame in self.tables().items():
            lines += ["", name + ":", frame.to_string(index=False) if not frame.empty else "(nothing)"]
        return "\n".join(lines + ["", self.summary()])


def breakdown(sentence: str) -> Breakdown:
    """Word-by-word VADER and TextBlob scoring of ``sentence`` (display it as the last line of a cell)."""
    return Breakdown(str(sentence))


def score_sentences(sentences) -> pd.DataFrame:
    """VADER compound (and how VADER reads it) and TextBlob polarity, both -1 .. 1, of each sentence."""
    rows = []
    for text in sentences:
        scores = sentence_sentiment(text)
        rows.append({"sentence": text, "VADER": scores.loc[0, "score"],
                     "VADER reads it as": scores.loc[0, "reads as"], "TextBlob": scores.loc[1, "score"]})
    return pd.DataFrame(rows, columns=["sentence", "VADER", "VADER reads it as", "TextBlob"])
