"""Run every measure over an article or a corpus and return tidy tables.

``analyze(article)`` gives an :class:`ArticleAnalysis`; ``analyze_corpus(corpus, workers=N)`` gives
:class:`Tables`: four pandas DataFrames (``articles``, ``sentences``, ``matches``, ``actors``) in which every
count can be traced to rows of ``matches`` and every row of ``matches`` to ``text[start:end]`` of its article.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from math import fsum
from typing import Callable, Iterable

import pandas as pd

from .corpus import Article
from .corpus.language import (
    SCORED_LANGUAGES,
    is_scored,
    language_warning,
)
from .batches import TOO_LONG, nothing_scored, too_long
from .columns import Columns, append, as_rows, from_rows
from .errors import ParameterError
from .lexicon import Lexicon, load_lexicon, merge
from .measures.base import MeasureResult
from .measures.registry import (build_measures, headline_measures, lexicon_kinds, lexicon_of_span_kinds,
                                registered, sentence_kinds)
from .measures.sourcing import SCARE_MAX_WORDS
from .paths import LEXICON_DIR, SEED_ACTORS
from .provenance import describe
from .results import ArticleAnalysis  # noqa: F401 - re-exported: the pipeline's public names
from .text import Document, Span, per_1000
from .voice import VoiceLayer

ARTICLE_FIELDS = ("id", "title", "outlet", "published", "label", "story", "url", "language", "source_path")
NOT_SCORED_COLUMNS = ["article_id", "title", "outlet", "published", "language", "source_path", "reason"]
#: Columns of ``Tables.voices``: the voice layer's regions (layer as in :data:`analysis.text.LAYERS`).
VOICE_COLUMNS = ["article_id", "layer", "start", "end", "voice", "speaker"]
#: The matches table, one row per span; every column is described in docs/matches.md.
MATCH_COLUMNS = ["article_id", "measure", "category", "entry", "start", "end", "sentence", "text", "detail",
                 "voice", "speaker", "source_start", "source_end", "explanation", "neutral", "strength"]
#: Every lexicon kind a measure reads (declared in :mod:`analysis.measures.registry`).
LEXICON_KINDS = lexicon_kinds()


def _shipped(name: str) -> tuple[str, ...]:
    return (str(LEXICON_DIR / name),)


@dataclass(frozen=True)
class Config:
    """Which lexicons to use and the few settings of the rules. These defaults are the only defaults.

    Each lexicon field is a tuple of file paths (a single path is accepted). ``extra_lexicons`` are a user's
    own files: each is added to the lexicon of its own ``kind:``, after the shipped one. ``scare_max_words``
    is the longest unattributed quote (in words) counted as a scare quote. ``languages`` are the ISO 639-1
    codes of the articles the measures score (the lexicons, VADER and TextBlob are English): an article in
    another language (``Article.language``, given or detected) is not scored, so it is in no rate or
    comparison, and is listed in ``Tables.not_scored``; ``("*",)`` scores every article. An article whose
    language is unknown (``''``) is scored: :func:`~analysis.corpus.load_corpus` sets the language, and for
    articles built in code :func:`~analysis.corpus.detect_language` gives it.
    """

    loaded: tuple[str, ...] = _shipped("loaded_terms.yaml")
    hedges: tuple[str, ...] = _shipped("hedges.yaml")
    boosters: tuple[str, ...] = _shipped("boosters.yaml")
    reporting_verbs: tuple[str, ...] = _shipped("reporting_verbs.yaml")
    sources: tuple[str, ...] = _shipped("sources.yaml")
    actors: tuple[str, ...] = (str(SEED_ACTORS),)
    extra_lexicons: tuple[str, ...] = ()
    scare_max_words: int = SCARE_MAX_WORDS
    languages: tuple[str, ...] = SCORED_LANGUAGES

    def __post_init__(self):
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "languages":
                object.__setattr__(self, f.name, _language_codes(value))
                continue
            if f.name == "scare_max_words":
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise ParameterError(f.name, f"got {value!r}", "a whole number of words, 1 or more")
                continue
            if isinstance(value, (str, Path)):
                value = (value,)
            object.__setattr__(self, f.name, tuple(str(v) for v in value))

    def analyzer(self, fresh: bool = False) -> Analyzer:
        """An analyzer with these settings: this process's one (built once), or a new one with ``fresh``
        (for a run whose lexicon files may have changed since the process started)."""
        return Analyzer(self) if fresh else analyzer_for(self)


def _language_codes(value) -> tuple[str, ...]:
    codes = (value,) if isinstance(value, str) else tuple(value) if isinstance(value, (tuple, list)) else ()
    valid = all(isinstance(c, str) and (c == "*" or (len(c) == 2 and c.isalpha())) for c in codes)
    if not codes or not valid:
        raise ParameterError("languages", f"got {value!r}",
                             "two-letter ISO 639-1 codes such as ('en',), or ('*',) for every language")
    return tuple(c.lower() for c in codes)


class Analyzer:
    """Lexicons loaded and measures built once; :meth:`analyze` runs them on one article."""

    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        self.lexicons = self._load(self.config)
        self.measures = build_measures(self.lexicons, self.config)
        self._headline_names, self._per_sentence = headline_measures(), sentence_kinds()
        #: the lexicon behind each span kind, as the registry declares it
        self._by_measure = {span: self.lexicons[kind] for span, kind in lexicon_of_span_kinds().items()
                            if kind in self.lexicons}
        self.voice_layer = VoiceLayer(self.lexicons["reporting_verbs"], self.lexicons["sources"],
                                      self.config.scare_max_words)
        self._strengths = {e.term: e.strength for e in self.lexicons["loaded"].entries}
        self._described: dict[tuple[str, str], tuple[str, str, str]] = {}  # filled by _describe

    @staticmethod
    def _load(config: Config) -> dict[str, Lexicon]:
        return load_lexicons(config)

    def analyze(self, article: Article) -> ArticleAnalysis:
        if not is_scored(article.language, self.config.languages):
            scored = ", ".join(self.config.languages)
            reason = f"language {article.language!r} is not a scored language ({scored})"
            return ArticleAnalysis(article, 0, 0, {}, not_scored=reason)
        doc = Document(article.text)
        voices = self.voice_layer.attach(doc).voices  # the voice layer, once, before any measure
        results = {name: _relabel(r, voices.label) for name, r in
                   ((m.name, m.measure(doc)) for m in self.measures)}
        return ArticleAnalysis(article, doc.n_words, len(doc.sentences), results, document=doc,
                               headline=self._headline(article.title), writer_words=voices.words_outside(doc),
                               quoted_words=voices.words_inside_by_sentence(doc), regions=tuple(voices.regions()),
                               strengths=self._strengths)

    def _headline(self, title: str | None) -> dict[str, MeasureResult]:
        """The title analysed as its own Document: its spans have voice ``headline`` and sentence -1."""
        if not title or not str(title).strip():
            return {}
        doc = Document(str(title))
        self.voice_layer.attach(doc)
        as_headline = lambda s: Span(s.start, s.end, -1, s.measure, s.category, s.entry, s.text,  # noqa: E731
                                     s.detail, "headline", s.speaker, s.source_start, s.source_end)
        return {m.name: _relabel(m.measure(doc), as_headline) for m in self.measures if m.name in self._headline_names}

    def rows(self, article: Article) -> dict[str, list[dict]]:
        """The article's rows of the four tables as dicts (:meth:`columns`, one dict per row)."""
        return {name: as_rows(table) for name, table in self.columns(article).items()}

    def columns(self, article: Article) -> dict[str, Columns]:
        """The article's rows of the tables, as columns (what worker processes send back); an article longer
        than :data:`MAX_ARTICLE_CHARS` is not analysed (memory), only listed in ``not_scored`` with the
        reason."""
        reason = too_long(article)
        a = ArticleAnalysis(article, 0, 0, {}, not_scored=reason) if reason else self.analyze(article)
        if a.not_scored:
            row = {k: getattr(a.article, k) for k in NOT_SCORED_COLUMNS[1:-1]}
            return {"not_scored": from_rows([{"article_id": a.article.id, **row, "reason": a.not_scored}])}
        regions = a.regions
        return {"articles": from_rows([self._article_row(a)]), "sentences": self._sentence_columns(a),
                "matches": self._match_columns(a), "actors": from_rows(self._actor_rows(a)),
                "voices": {"article_id": [a.article.id] * len(regions), "layer": [layer for layer, _ in regions],
                           "start": [r.start for _, r in regions], "end": [r.end for _, r in regions],
                           "voice": [r.voice for _, r in regions], "speaker": [r.speaker for _, r in regions]}}

    def _article_row(self, a: ArticleAnalysis) -> dict:
        row = {f"{k}" if k != "id" else "article_id": getattr(a.article, k) for k in ARTICLE_FIELDS}
        row.update(n_words=a.n_words, n_sentences=a.n_sentences)
        row.update(a.values())
        return row

    def _sentence_columns(self, a: ArticleAnalysis) -> Columns:
        """One row per sentence: the sentiment measure's columns (its text last), the count of each kind of
        span in the sentence, and its quoted words."""
        per = defaultdict(lambda: defaultdict(int))
        for s in (s for r in a.results.values() for s in r.spans):  # counts: the order does not matter
            per[s.sentence][s.measure] += 1
        rows, quoted = a.results["sentiment"].rows, a.quoted_words
        if not rows:
            return {}
        numbers = [r["sentence"] for r in rows]
        out = {"article_id": [a.article.id] * len(rows)}
        out.update((k, [r[k] for r in rows]) for k in rows[0] if k != "text")
        counts = [per[i] for i in numbers]
        out.update((kind, [c[kind] for c in counts]) for kind in self._per_sentence)
        out["quoted_words"] = [quoted[i] if i < len(quoted) else 0 for i in numbers]
        out["text"] = [r["text"] for r in rows]
        return out

    def _match_columns(self, a: ArticleAnalysis) -> Columns:
        """One row per span, body then headline, with the columns of :data:`MATCH_COLUMNS`."""
        described = self._described
        spans = [*a.spans(), *a.headline_spans()]
        about = [described.get((s.measure, s.entry)) or self._describe(s.measure, s.entry) for s in spans]
        return {"article_id": [a.article.id] * len(spans), "measure": [s.measure for s in spans],
                "category": [s.category for s in spans], "entry": [s.entry for s in spans],
                "start": [s.start for s in spans], "end": [s.end for s in spans],
                "sentence": [s.sentence for s in spans], "text": [s.text for s in spans],
                "detail": [s.detail for s in spans], "voice": [s.voice for s in spans],
                "speaker": [s.speaker for s in spans], "source_start": [s.source_start for s in spans],
                "source_end": [s.source_end for s in spans], "explanation": [e for e, _, _ in about],
                "neutral": [n for _, n, _ in about], "strength": [g for _, _, g in about]}

    def _describe(self, measure: str, term: str) -> tuple[str, str, str]:
        """``(explanation, neutral, strength)`` of a span's lexicon entry, as the matches table shows them
        (empty for a measure without a lexicon); remembered per entry (a lexicon's entries are finite)."""
        lexicon = self._by_measure.get(measure)
        if lexicon is None:
            return ("", "", "")
        entry = lexicon.entry(term)
        about = self._described[(measure, term)] = (entry.explanation, "; ".join(entry.neutral), entry.strength)
        return about

    def _actor_rows(self, a: ArticleAnalysis) -> list[dict]:
        sentiment = {r["sentence"]: r for r in a.results["sentiment"].rows}
        loaded_by_sentence = defaultdict(list)
        for s in a.results["loaded"].spans:
            loaded_by_sentence[s.sentence].append(s.text)
        verbs_by_sentence = defaultdict(list)
        for s in a.results["sourcing"].spans:
            if s.measure == "reporting_verbs":
                verbs_by_sentence[s.sentence].append(s.text)
        mentions = defaultdict(list)
        for s in a.results["actors"].spans:
            mentions[(s.entry, s.category)].append(s)
        rows = []
        for (actor, category), spans in sorted(mentions.items()):
            sentences = sorted({s.sentence for s in spans})
            loaded = [t for i in sentences for t in loaded_by_sentence[i]]
            rows.append({
                "article_id": a.article.id, "actor": actor, "category": category, "mentions": len(spans),
                "mentions_per_1000": per_1000(len(spans), a.n_words), "sentences": len(sentences),
                "sentence_ids": " ".join(map(str, sentences)),
                "vader_compound_mean": _mean([sentiment[i]["vader_compound"] for i in sentences]),
                "textblob_polarity_mean": _mean([sentiment[i]["textblob_polarity"] for i in sentences]),
                "loaded_terms": len(loaded), "loaded_list": "; ".join(loaded),
                "reporting_verbs": "; ".join(v for i in sentences for v in verbs_by_sentence[i]),
                "aliases_seen": "; ".join(sorted({s.text for s in spans})),
            })
        return rows


def _mean(values: list[float]) -> float:
    """The mean of ``values`` (at least one), exactly as :func:`statistics.fmean` gives it (fsum / n)."""
    return fsum(values) / len(values)


def _relabel(result: MeasureResult, label: Callable) -> MeasureResult:
    """``result`` with ``label`` applied to every span (voices are set in this one place)."""
    if type(result) is not MeasureResult:  # a subclass may add fields: the generic copy keeps them
        return replace(result, spans=tuple(map(label, result.spans)))
    # the constructor itself: ``dataclasses.replace`` reads every field anew each call (8 a document)
    return MeasureResult(result.name, tuple(map(label, result.spans)), result.values, result.n_words, result.rows)


def load_lexicons(config: Config, kinds: tuple[str, ...] = ()) -> dict[str, Lexicon]:
    """The lexicons ``config`` names, by kind (all kinds, or those in ``kinds``), each merged with the user's
    extra lexicons of its kind, exactly as the analysis uses them; builds no measure."""
    kinds = kinds or LEXICON_KINDS
    files = {kind: [load_lexicon(p, kind) for p in getattr(config, kind)] for kind in kinds}
    for path in config.extra_lexicons:
        extra = load_lexicon(path)
        if extra.kind in files:
            files[extra.kind].append(extra)
    return {kind: merge(found) for kind, found in files.items()}


def analyzer_for(config: Config) -> Analyzer:
    """The process's analyzer for ``config`` and the measures registered now (built once for each)."""
    return _analyzer(config, registered())


@lru_cache(maxsize=4)
def _analyzer(config: Config, registered: tuple) -> Analyzer:
    return Analyzer(config)


def analyze(article: Article | str, config: Config | None = None) -> ArticleAnalysis:
    """Measure one article (or a plain string, analysed as an article with id ``text``)."""
    if isinstance(article, str):
        article = Article(id="text", text=article)
    return analyzer_for(config or Config()).analyze(article)


@dataclass
class Tables:
    """The tidy tables of a corpus run plus what produced them.

    ``articles``: one row per article, every measure's values. ``sentences``: one row per sentence with its
    sentiment scores and counts of spans. ``matches``: one row per span (measure, category, entry, offsets,
    text, explanation, neutral alternatives). ``actors``: one row per actor and article. ``versions``: the
    package, libraries and lexicons used. ``not_scored``: one row per article left out because of its
    language (``NOT_SCORED_COLUMNS``); such articles are in no other table. ``voices``: one row per region
    of other people's words (``VOICE_COLUMNS``; layer 0 quotations and scare quotes, 1 reported clauses;
    None when the tables came from somewhere that did not record them).
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    matches: pd.DataFrame
    actors: pd.DataFrame
    versions: dict = field(default_factory=dict)
    not_scored: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=NOT_SCORED_COLUMNS))
    voices: pd.DataFrame | None = None

    def not_scored_warning(self) -> str:
        """A warning naming the articles left out because of their language; '' when there are none."""
        by_language = ~self.not_scored["reason"].astype(str).str.startswith(TOO_LONG)
        pairs = zip(self.not_scored["article_id"][by_language], self.not_scored["language"][by_language])
        return language_warning(pairs)

    def save(self, folder: str | Path) -> list[Path]:
        """Write each table as CSV into ``folder`` (formula-like text neutralised, each file written under a
        temporary name first: :func:`analysis.csvio.write_csv`); returns the files written."""
        from .csvio import write_csv

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return [write_csv(getattr(self, name), folder / f"{name}.csv")
                for name in ("articles", "sentences", "matches", "actors", "not_scored")]


def analyze_corpus(corpus: Iterable[Article], config: Config | None = None, workers: int = 1,
                   progress: Callable[[int, int], None] | None = None, scheduler: str = "") -> Tables:
    """Measure every article; ``workers`` > 1 uses that many processes, each building its analyzer once;
    ``scheduler`` (``tcp://host:8786``) analyses the batches on that Dask cluster's workers instead.

    ``progress(done, total)`` is called as articles finish. Returns :class:`Tables` (every row in memory;
    for corpora of any size use :func:`analysis.store.analyze_into`, which writes batches as they finish).
    """
    from .batches import Job, Plan, run

    config = config or Config()
    articles = list(corpus)
    if not isinstance(workers, int) or workers < 1:
        raise ParameterError("workers", f"got {workers!r}", "a whole number of processes, 1 or more")
    workers = min(workers, max(1, len(articles)))
    size = 25 if workers == 1 else max(1, min(100, len(articles) // (workers * 4) or 1))
    plan = Plan(workers=workers, scheduler=scheduler, batch_size=size)
    batches = [[(None, a) for a in articles[i:i + size]] for i in range(0, len(articles), size)]
    order = {id(batch): n for n, batch in enumerate(batches)}
    finished: dict[int, dict[str, Columns]] = {}
    done = 0
    for batch, rows in run(batches, Job(config), plan):
        finished[order[id(batch)]] = rows
        done += len(batch)
        if progress:
            progress(done, len(articles))
    collected = {name: {} for name in ("articles", "sentences", "matches", "actors", "not_scored", "voices")}
    for n in sorted(finished):
        for name, table in collected.items():
            append(table, finished[n].get(name, {}))
    analyzer = analyzer_for(config)
    if not collected["articles"] and collected["not_scored"]:
        raise nothing_scored(as_rows(collected["not_scored"]), config.languages)
    return Tables(
        articles=pd.DataFrame(collected["articles"]),
        sentences=pd.DataFrame(collected["sentences"]),
        matches=pd.DataFrame(collected["matches"], columns=MATCH_COLUMNS),
        actors=pd.DataFrame(collected["actors"]),
        versions=versions(analyzer),
        not_scored=pd.DataFrame(collected["not_scored"], columns=NOT_SCORED_COLUMNS),
        voices=pd.DataFrame(collected["voices"], columns=VOICE_COLUMNS),
    )


def versions(analyzer: Analyzer | None = None) -> dict:
    """Versions of the package, the libraries and the lexicons (see :mod:`analysis.provenance`)."""
    return describe((analyzer or analyzer_for(Config())).lexicons)
