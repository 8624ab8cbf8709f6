"""Comparisons between groups of articles (by outlet, label, story or period) that state their uncertainty.

:func:`compare` runs every part and returns a :class:`Comparison`; each part can be used alone:

* :mod:`.groups`: which group each article is in, :class:`CompareOptions`, the small-sample caveat;
* :mod:`.rates`: every measure per group with a bootstrap interval, differences and permutation tests;
* :mod:`.words`: distinguishing words and phrases (log-odds with an informative Dirichlet prior) in context;
* :mod:`.substitution`: which side of each loaded / neutral pair each group uses;
* :mod:`.actors`: actor framing per group; :mod:`.trends`: measures per period;
* :mod:`.voice`: who speaks in each match (the writer's own voice is the default of every rate);
* :mod:`.stories`, :mod:`.within`: stories covered by several groups, their shared vocabulary, the wording
  side by side, and differences estimated within stories;
* :mod:`.housestyle`: honorifics, outlet names, bylines and boilerplate removed before words are scored;
* :mod:`.summary`: the table of every measure and the plain-language summary.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import OutputError, ParameterError
from .actors import actor_framing, top_actors
from .collecting import fewer_full_collections
from .groups import CompareOptions, assign_groups, caveat, group_table
from .housestyle import FILTERS, find_house_style
from .rates import FAMILIES, REST_LABEL, RateComparison, metrics_for, sentence_units
from .resample import bootstrap_sums, holm, percentile_interval, permutation_p, permutation_sums
from .substitution import loaded_lexicon, substitution_pairs, substitution_table
from .stories import mark_shared, relative_rates, shared_vocabulary, side_by_side, story_membership
from .findings import comparison_findings
from .summary import findings, plain_summary, summary_table
from .trends import trends
from .sample import sample_note, text_sample
from .voice import (OTHERS_WORDS, QUOTED, deciding, has_voice, quoted_tokens_by_article, stored_regions,
                    token_voices, with_voice, words_per_sentence)
from .within import StoryRates
from .words import distinguishing_words, documents, log_odds, read_background

__all__ = [
    "COMPARED_MEASURES", "COMPARED_TABLES", "UNREAD_COLUMNS", "FAMILIES", "FILTERS", "REST_LABEL", "CompareOptions", "Comparison", "RateComparison",
    "StoryRates", "compared_measures",
    "actor_framing", "headline_table", "shared_vocabulary", "side_by_side", "story_membership",
    "assign_groups", "bootstrap_sums", "caveat", "compare", "distinguishing_words", "documents",
    "group_table", "holm", "log_odds", "loaded_lexicon", "metrics_for", "percentile_interval",
    "permutation_p", "permutation_sums", "plain_summary", "read_background", "sentence_units",
    "substitution_pairs", "substitution_table", "summary_table", "top_actors", "trends", "write_tables",
]


@dataclass
class Comparison:
    """Every table of a comparison of ``by`` groups (see each module for the columns).

    ``groups``: one row per group (articles, words, resampling unit, caveat). ``estimates``: every measure
    per group with its interval. ``differences``: each pair (and each group against the rest) per measure,
    within stories when there are stories (``design`` says how). ``words``: distinguishing words.
    ``substitutions``: loaded / neutral pairs. ``actors``: actor framing. ``trends``: measures per period
    (empty without dates). ``stories``: article id -> story, for stories two or more groups cover (empty:
    no stories). ``shared``: each story's shared vocabulary. ``side_by_side``: per story, the groups' wording
    side by side. ``relative``: each article against the rest of its story. ``headlines``: each article's
    headline and the loaded terms in it. ``house_style``: words removed before scoring words, by kind.
    ``voice_given``: whether the engine gave each match its voice (else every match counts as the
    writer's). ``finding_list``: what the report says, as :class:`.findings.Finding` data; ``summary``: the
    plain-language summary written from them (Markdown); ``findings`` their figures as a table.
    ``evidence``: the compared measures' matches with each one's group and story (where the findings'
    words and spans come from). ``text_note``: how many articles' text the word-level parts read when they
    read a sample ('' when all; see :mod:`.sample`). ``empty_reason``: why nothing could be compared ('' when
    something was).
    """

    by: str
    options: CompareOptions
    membership: pd.Series
    groups: pd.DataFrame
    estimates: pd.DataFrame
    differences: pd.DataFrame
    words: pd.DataFrame
    substitutions: pd.DataFrame
    actors: pd.DataFrame
    trends: pd.DataFrame
    stories: pd.Series = field(default_factory=lambda: pd.Series(dtype=object))
    design: str = "articles pooled (no stories)"
    shared: pd.DataFrame = field(default_factory=pd.DataFrame)
    side_by_side: pd.DataFrame = field(default_factory=pd.DataFrame)
    relative: pd.DataFrame = field(default_factory=pd.DataFrame)
    headlines: pd.DataFrame = field(default_factory=pd.DataFrame)
    house_style: dict = field(default_factory=dict)
    voice_given: bool = False
    summary: str = ""
    findings: pd.DataFrame = field(default_factory=pd.DataFrame)
    text_note: str = ""
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)
    finding_list: list = field(default_factory=list)
    empty_reason: str = ""

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by its CSV name (``comparison_<name>.csv``), the reader's wide tables included."""
        return {
            "groups": self.groups, "summary": summary_table(self.estimates, self.options.confidence),
            "estimates": self.estimates, "differences": self.differences, "distinguishing_words": self.words,
            "substitution_pairs": self.substitutions,
            "substitution_table": substitution_table(self.substitutions), "actor_framing": self.actors,
            "trends": self.trends, "shared_vocabulary": self.shared, "side_by_side": self.side_by_side,
            "relative_to_story": self.relative, "headlines": self.headlines, "findings": self.findings,
        }


def write_tables(tables: dict[str, pd.DataFrame], folder: str | Path,
                 prefix: str = "comparison_") -> list[Path]:
    """Write each table as ``<folder>/<prefix><name>.csv`` (UTF-8, no index, formula-like text
    neutralised by :func:`analysis.csvio.write_csv`); returns the paths written relative to the folder's
    parent (``tables/comparison_trends.csv``): a report prints them, and the absolute path of the folder a
    run works in means nothing once the report is published."""
    from ..csvio import write_csv

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in tables.items():
            path = folder / f"{prefix}{name}.csv"
            write_csv(table, path)
            written.append(path.relative_to(folder.parent))
    except OSError as exc:
        raise OutputError(f"{folder}: the tables cannot be written ({exc.strerror}); "
                          "pass another tables_dir or fix the folder's permissions") from None
    return written


def _field(articles: pd.DataFrame, name: str) -> dict[str, str]:
    if name not in articles.columns:
        return {}
    values = articles[name].astype(object).where(articles[name].notna(), "").astype(str)
    return dict(zip(articles["article_id"].astype(str), values))


def headline_table(corpus, groups: pd.Series, stories: pd.Series, lexicon, matches=None) -> pd.DataFrame:
    """Each article's headline (its title), its group and story, and the loaded terms in it: headlines are
    reported beside the body, never mixed into body rates. The terms are the engine's own headline matches
    (``matches`` rows of voice ``headline``) when it gives voices, else the title is read with ``lexicon``."""
    from ..text import Document

    stored = None
    if matches is not None and has_voice(matches):
        part = matches[(matches["measure"] == "loaded") & (matches["voice"] == "headline")]
        stored = part.groupby("article_id", sort=False)["text"].agg(list).to_dict()
    rows = []
    for a in corpus:
        article_id = str(a.id)
        if article_id not in groups.index or not a.title:
            continue
        found = (stored.get(article_id, []) if stored is not None
                 else [s.text for s in lexicon.find(Document(a.title))])
        rows.append({"group": groups[article_id], "story": stories.get(article_id, ""), "article_id": article_id,
                     "headline": a.title, "loaded terms": ", ".join(found)})
    return pd.DataFrame(rows, columns=["group", "story", "article_id", "headline", "loaded terms"])


def _readings(docs: dict, tables) -> dict | None:
    """Per article id, the voice of each word in a quoted voice or in someone else's words (:data:`QUOTED`,
    :data:`OTHERS_WORDS`: all the comparison asks; see :mod:`.voice`), from the regions the analysis stored;
    None when the tables hold none (then the matches' own quotation regions are used). The comparison never
    analyses an article again. Regions of a layer after every such voice's (names, subheadings) are not read."""
    voices = getattr(tables, "voices", None)
    if hasattr(voices, "of"):  # a report run's store: only the regions of the articles whose text is read
        voices = voices.of(docs)
    read = (*QUOTED, *OTHERS_WORDS)
    if voices is not None and {"layer", "voice"} <= set(voices.columns) and len(voices):
        layers = voices["layer"].to_numpy()[voices["voice"].isin(read).to_numpy()]
        voices = voices[voices["layer"].to_numpy() <= (layers.max() if len(layers) else -1)]
    stored = stored_regions(voices)
    if stored is None or not has_voice(tables.matches):
        return None
    return {a: token_voices(d, deciding(stored.get(a, []), read)) for a, d in docs.items()}


def _nothing(by: str, options: CompareOptions, reason: str) -> Comparison:
    """A comparison of nothing, saying why."""
    from .actors import ACTOR_COLUMNS
    from .rates import DIFFERENCE_COLUMNS
    from .substitution import SUBSTITUTION_COLUMNS
    from .trends import TREND_COLUMNS
    from .words import WORDS_COLUMNS

    estimates = pd.DataFrame(columns=["group", "family", "measure", "label", "unit", "value", "low", "high",
                                      "articles", "sentences", "words", "writer_words", "resampled", "caveat"])
    result = Comparison(by=by, options=options, membership=pd.Series(dtype=object),
                        groups=pd.DataFrame(columns=["group", "articles"]), estimates=estimates,
                        differences=pd.DataFrame(columns=DIFFERENCE_COLUMNS),
                        words=pd.DataFrame(columns=WORDS_COLUMNS),
                        substitutions=pd.DataFrame(columns=SUBSTITUTION_COLUMNS),
                        actors=pd.DataFrame(columns=ACTOR_COLUMNS), trends=pd.DataFrame(columns=TREND_COLUMNS),
                        design="nothing compared", empty_reason=reason)
    result.findings = findings(result)
    result.summary = reason
    return result


#: The measures whose matches a comparison reads (a page that compares loads only these from the store).
#: ``quotes`` marks whole quotations, the regions of other people's words when the engine has no reading.
COMPARED_MEASURES = ("loaded", "hedges", "boosters", "sources", "reporting_verbs", "actors", "quotes")


#: What a comparison reads of a run's tables besides ``articles`` (see
#: :func:`analysis.report.pages.session.load`): the voice regions only of the articles whose text it reads,
#: and no column it never reads (the sentences' text and the matches' explanations, details, neutral
#: alternatives and speakers are half of a large run's memory).
COMPARED_TABLES = ("sentences", "matches")
UNREAD_COLUMNS = {"sentences": ("text",),
                  "matches": ("explanation", "detail", "neutral", "speaker", "source_start", "source_end")}


def compared_measures() -> tuple[str, ...]:
    """:data:`COMPARED_MEASURES` and the span kinds of every figure a measure declares for the comparison
    (``Compared.spans`` in the registry; read when called, so a measure added from outside counts)."""
    from ..measures.registry import compared

    return tuple(dict.fromkeys([*COMPARED_MEASURES, *(c.spans for c in compared() if c.spans)]))


def compare(corpus, tables, by: str = "outlet", options: CompareOptions | None = None, config=None,
            background: str = "", last_weeks: int = 0, story_by: str = "story") -> Comparison:
    """Compare the articles of ``corpus`` (analysed into ``tables``) grouped by the field ``by``.

    ``config`` is the :class:`~analysis.pipeline.Config` the tables were made with (its loaded-terms lexicon
    gives the substitution pairs); ``background`` an optional word-frequency file for the log-odds prior;
    ``last_weeks`` limits the trend to the last N weeks of the corpus (0: all); ``story_by`` the articles'
    field that says which story each reports (stories that two or more groups cover are compared within).
    Loaded terms, hedges, boosters and sources count the writer's own voice (see :mod:`.voice`).
    """
    with fewer_full_collections():  # it makes millions of objects that live as long as it does
        return _compare(corpus, tables, by, options or CompareOptions(), config, background, last_weeks, story_by)


def _compare(corpus, tables, by: str, options: CompareOptions, config, background: str, last_weeks: int,
             story_by: str) -> Comparison:
    from ..pipeline import Config


    if tables.articles.empty or "n_words" not in tables.articles.columns:
        return _nothing(by, options, "No article was scored (none is in a language the measures read, or none "
                                     "has text), so there is nothing to compare.")
    membership = assign_groups(tables.articles, by, options.period)
    if story_by and story_by not in tables.articles.columns:
        raise ParameterError("story_by", f"the articles have no field {story_by!r}",
                             "'story' (the default), another field of the articles, or '' for no stories")
    matches = with_voice(tables.matches)
    docs = documents(corpus, set(text_sample(membership, options)), getattr(tables, "sentences", None))
    readings = _readings(docs, tables)
    quoted = quoted_tokens_by_article(docs, matches, readings=readings)
    stories = (story_membership(tables.articles, membership, story_by) if story_by and story_by != by
               else pd.Series(dtype=object))
    shared = shared_vocabulary(matches, stories, membership)
    matches = mark_shared(matches, stories, shared)
    # the engine stores each sentence's quoted words (store schema 2): then every article counts, not a sample
    stored = has_voice(tables.matches) and "quoted_words" in tables.sentences.columns
    units = sentence_units(tables, matches, None if stored else
                           {a: words_per_sentence(docs[a], t) for a, t in quoted.items() if t}, stored=stored)
    metrics = metrics_for(tables, stories=len(stories) > 0)
    if len(stories):
        rates = StoryRates(units, membership, stories, metrics, by, options)
        design = rates.design()
    else:
        rates, design = RateComparison(units, membership, metrics, by, options), "articles pooled (no stories)"
    outlets = _field(tables.articles, "outlet") or {a: str(g) for a, g in membership.items()}
    style = find_house_style(docs, outlets, _field(tables.articles, story_by), names=membership.unique())
    skip = {a: style.skip.get(a, set()) | quoted.get(a, set()) for a in docs}
    prior = read_background(background) if background else None
    words = distinguishing_words(docs, membership, options, prior, skip, stories if len(stories) else None)
    lexicon = loaded_lexicon(config or Config())
    others = quoted_tokens_by_article(docs, matches, OTHERS_WORDS, readings)  # direct quotations, scare quotes
    substitutions = substitution_pairs(docs, tables, membership, lexicon, stories=stories, skip=others)
    per_article = units.groupby("article_id")[sorted({c for m in metrics for c in (m.numerator, m.denominator)})].sum()
    # a trend follows each group over time; when the groups are periods themselves, it follows outlets
    series = membership if by != "published" else assign_groups(tables.articles, "outlet")
    result = Comparison(
        by=by, options=options, membership=membership, groups=group_table(tables, membership, by, options),
        estimates=rates.estimates(), differences=rates.differences(), words=words,
        substitutions=substitutions, actors=actor_framing(docs, tables, membership, by, options),
        trends=trends(tables, units, series, metrics, by, options, last_weeks), stories=stories,
        design=design, shared=shared, side_by_side=side_by_side(docs, matches, stories, membership,
                                                                 {str(a.id): a.title for a in corpus}),
        relative=relative_rates(per_article, stories, membership, metrics[:1]),
        headlines=headline_table(corpus, membership, stories, lexicon,
                                 matches if has_voice(tables.matches) else None),
        house_style=dict(style.found), voice_given=has_voice(tables.matches),
        text_note=sample_note(len(docs), len(membership), options),
    )
    return _said(result, matches, tables.articles)


def _said(result: Comparison, matches: pd.DataFrame, articles: pd.DataFrame) -> Comparison:
    """``result`` with what it says: its evidence (the compared matches with group and story), its findings,
    their table and the plain-words summary."""
    membership = result.membership
    if membership.nunique() < 2:
        result.empty_reason = (f"All {len(membership):,} articles are in one {result.by}, so there are no groups "
                               "to compare; the pages describe the articles one by one.")
    result.evidence = _evidence(matches, membership, result.stories)
    result.finding_list = comparison_findings(result, articles)
    result.findings = findings(result)
    result.summary = plain_summary(result)
    return result


def _evidence(matches: pd.DataFrame, membership: pd.Series, stories: pd.Series) -> pd.DataFrame:
    """The compared measures' matches of the grouped articles, with each one's ``group`` and ``story``. The
    rows are copied only when some are left out (a page reads only the compared measures' matches, and a
    large run's are hundreds of megabytes)."""
    kept = matches["measure"].isin(compared_measures())
    if not kept.all():
        matches = matches[kept]
    out = matches.assign(group=matches["article_id"].map(membership), story=matches["article_id"].map(stories))
    grouped = out["group"].notna()
    return out if grouped.all() else out[grouped]
