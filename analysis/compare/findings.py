"""Findings as data: what the report says, before it is put into words.

A :class:`Finding` holds everything one sentence of the report says: what is compared (a measure, a word, a
pair of words), between which groups, in whose words (the writer's own or every voice), the figures with
their unit and interval, and the articles and spans that support it. :mod:`.wording` renders a finding as a
sentence; the front page, page 04's "In plain words" and its table are all written from the same findings
(``findings.json`` in a report's tables), so they cannot disagree, and :mod:`.audit` checks each sentence
against the texts and the tables.

:func:`comparison_findings` reads them off a :class:`~analysis.compare.Comparison`: for each measure the
registry marks ``headline`` the largest difference between two groups; substitution pairs whose two words
name the same thing in aligned sentences; each story's shared vocabulary as written; and the words that set
a group apart. Nothing is computed again: every figure is a cell of the comparison's tables.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import pandas as pd

from ..measures.registry import Compared, compared
from .groups import CONFIDENCE

#: The file a report's tables hold the findings in (beside ``comparison_*.csv``).
FINDINGS_FILE = "findings.json"
#: Findings of each kind at most.
SUBSTITUTIONS, SHARED, WORDS_PER_GROUP, EXAMPLES = 3, 3, 3, 2
#: A difference counts as clear when its interval leaves out zero and its p-value, after allowing for
#: every measure compared at once (Holm), is below this.
ALPHA = 0.05
NAN = float("nan")


@dataclass(frozen=True)
class Finding:
    """One thing the report says, as data.

    ``kind``: ``difference`` (a measure between two groups), ``substitution`` (one group's loaded word where
    another wrote a neutral one about the same thing), ``shared`` (words every group covering a story
    wrote), ``words`` (words one group uses more), ``no_words`` (none sets a group apart), ``most_loaded``
    (the article with most loaded terms). ``measure``: the compared figure's key (registry) or the kind.
    ``voice``: ``writer`` (quotations and reported speech left out), ``wording`` (the writer's voice and the
    reported speech the writer paraphrases) or ``all``. ``groups``: the groups named, the one said to have
    more first. ``values``: their values (``unit``), ``figure`` the difference said (first minus second,
    never negative for a difference; within stories the mean of the per-story differences), ``interval``
    its 95% interval, ``p``/``p_adjusted`` its permutation p-value before and after allowing for the
    measures compared (Holm), ``clear``: interval without zero and adjusted p below :data:`ALPHA`.
    ``stories``: how many stories the difference is measured within (0: articles pooled). ``words``: the
    words the sentence quotes, as written; ``counts`` how often each is used (per group for ``shared``);
    ``rates``: per-1,000-word rates the sentence gives (``words``: first group, second group per word).
    ``articles``: the supporting articles; ``spans``: (article id, start, end, voice) of the quoted words.
    ``evidence``: sentences shown as evidence, as written (a substitution pair's two sentences).
    """

    kind: str
    measure: str
    voice: str
    groups: tuple = ()
    values: tuple = ()
    figure: float = NAN
    interval: tuple = (NAN, NAN)
    unit: str = ""
    p: float = NAN
    p_adjusted: float = NAN
    clear: bool = False
    stories: int = 0
    story: str = ""
    words: tuple = ()
    counts: tuple = ()
    rates: tuple = ()
    articles: tuple = ()
    spans: tuple = ()
    evidence: tuple = ()
    test: str = ""

    def spec(self) -> Compared | None:
        """The registry's declaration of the compared figure (None for other kinds)."""
        return next((c for c in compared() if c.key == self.measure), None)


def _f(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return NAN


def _examples(evidence: pd.DataFrame, spec: Compared, group: str) -> tuple[tuple, tuple, tuple]:
    """(words, articles, spans): the commonest words the group wrote that the figure counts (as written,
    writer's voice), at most :data:`EXAMPLES`."""
    if evidence is None or evidence.empty or not spec.spans:
        return (), (), ()
    rows = evidence[(evidence["group"] == group) & (evidence["measure"] == spec.spans)
                    & (evidence["voice"] == "writer")]
    if spec.category:
        rows = rows[rows["category"] == spec.category]
    if spec.strength:
        rows = rows[rows["strength"] == spec.strength] if "strength" in rows.columns else rows.iloc[:0]
    if spec.spans == "loaded" and "shared" in rows.columns:
        rows = rows[~rows["shared"].astype(bool)]
    if rows.empty:
        return (), (), ()
    key = rows["text"].astype(str).str.lower()
    top = key.value_counts(sort=True).index[:EXAMPLES]
    words, spans = [], []
    for word in top:
        first = rows[key == word].iloc[0]
        words.append(str(first["text"]))
        spans.append((str(first["article_id"]), int(first["start"]), int(first["end"]), "writer"))
    return tuple(words), tuple(dict.fromkeys(s[0] for s in spans)), tuple(spans)


def difference_finding(diffs: pd.DataFrame, spec: Compared, stories: int,
                       evidence: pd.DataFrame | None = None) -> Finding | None:
    """The largest difference between two groups on one figure (rows of the differences table for that
    measure), the group with more first; None when no pair has a difference."""
    pairs = diffs[(diffs["comparison"] == "pair") & (diffs["measure"] == spec.key)].dropna(subset=["difference"])
    pairs = pairs[pairs["difference"].abs() > 0]
    if pairs.empty:
        return None
    r = pairs.loc[pairs["difference"].abs().idxmax()]
    sign = 1 if r["difference"] > 0 else -1
    hi, lo = (str(r["group_a"]), str(r["group_b"]))[::sign]
    low, high = sorted([sign * _f(r["low"]), sign * _f(r["high"])])
    p_adj = _f(r["p_holm"])
    clear = (low > 0 or high < 0) and not math.isnan(p_adj) and p_adj < ALPHA
    words, articles, spans = _examples(evidence, spec, hi)
    unpaired = str(r["test_unit"]).startswith("no story in common")
    return Finding("difference", spec.key, spec.voice, (hi, lo),
                   tuple(_f(v) for v in (r["value_a"], r["value_b"])[::sign]), abs(_f(r["difference"])),
                   (low, high), str(r["unit"]), _f(r["p_value"]), p_adj, bool(clear), 0 if unpaired else stories,
                   words=words, articles=articles, spans=spans, test=str(r["test_unit"]))


def substitution_findings(pairs: pd.DataFrame, limit: int = SUBSTITUTIONS) -> list[Finding]:
    """One finding per loaded term that one group wrote where another wrote a neutral alternative about the
    same thing, in aligned sentences of one story (rows with ``comparable``); the two sentences are the
    evidence."""
    if pairs is None or pairs.empty or "loaded_article" not in pairs.columns:
        return []
    out, seen = [], set()
    for r in pairs[pairs["comparable"].astype(bool)].itertuples(index=False):
        key = (r.story, r.term)
        if key in seen:
            continue
        seen.add(key)
        spans = ((str(r.loaded_article), int(r.loaded_start), int(r.loaded_end), "wording"),
                 (str(r.neutral_article), int(r.neutral_start), int(r.neutral_end), "wording"))
        out.append(Finding("substitution", "substitution", "wording", (r.loaded_group, r.neutral_group),
                           story="" if str(r.story).startswith("(") else str(r.story),
                           words=(str(r.loaded_word), str(r.neutral_word)),
                           articles=(str(r.loaded_article), str(r.neutral_article)), spans=spans,
                           evidence=(str(r.loaded_sentence), str(r.neutral_sentence))))
        if len(out) == limit:
            break
    return out


def shared_findings(shared: pd.DataFrame, evidence: pd.DataFrame | None,
                    limit: int = SHARED) -> list[Finding]:
    """Per story (those with the most matches first), the words of its shared vocabulary as written: every
    group covering the story wrote at least one of them (any voice)."""
    if shared is None or shared.empty or evidence is None or evidence.empty:
        return []
    out = []
    loaded = evidence[evidence["measure"] == "loaded"]
    for r in shared.sort_values("matches", ascending=False, kind="stable").head(limit).itertuples(index=False):
        rows = loaded[(loaded["story"] == r.story) & (loaded["entry"] == r.term)]
        if rows.empty:
            continue
        written = rows["text"].astype(str).str.lower()
        forms = tuple(dict.fromkeys(written))[:3]
        per_group = rows.groupby("group")["text"].size()
        spans = tuple((str(x.article_id), int(x.start), int(x.end), str(x.voice))
                      for x in rows.drop_duplicates("group").itertuples(index=False))
        out.append(Finding("shared", "shared", "all", tuple(per_group.index.astype(str)), story=str(r.story),
                           words=forms, counts=tuple(int(n) for n in per_group.to_numpy()),
                           articles=tuple(dict.fromkeys(s[0] for s in spans)), spans=spans))
    return out


def words_findings(words: pd.DataFrame, docs_of: dict[str, list[str]], voice: str,
                   per_group: int = WORDS_PER_GROUP, z_clear: float = 1.96) -> list[Finding]:
    """Per group, the words it uses clearly more than the others (|z| above ``z_clear``), with both
    rates; ``docs_of`` maps a group to its article ids (the articles that support the finding)."""
    if words is None or words.empty:
        return []
    from .rates import REST_LABEL

    kind = "group vs rest" if (words["comparison"] == "group vs rest").any() else "pair"
    out = []
    for (a, b), rows in words[words["comparison"] == kind].groupby(["group_a", "group_b"], sort=False):
        top = rows[(rows["favours"] == a) & (rows["z"].abs() > z_clear)].head(per_group)
        if top.empty:
            continue
        rates = tuple((_f(x), _f(y)) for x, y in zip(top["per_1000_a"], top["per_1000_b"]))
        out.append(Finding("words", "words", voice, (str(a), "" if b == REST_LABEL else str(b)),
                           words=tuple(str(t) for t in top["term"]), rates=rates,
                           articles=tuple(docs_of.get(str(a), ()))))
    if not out:
        out.append(Finding("no_words", "words", voice))
    return out


def most_loaded_finding(articles: pd.DataFrame, evidence: pd.DataFrame | None) -> Finding | None:
    """The article with the most strong loaded terms per 1,000 words in the writer's own voice
    (``strong_per_1000``; without strengths, all loaded terms: ``writer_loaded_per_1000``), its title and
    outlet, and the loaded words of that strength it wrote most (writer's voice); None when no article has one."""
    if articles is None or articles.empty or evidence is None or evidence.empty:
        return None
    column = next((c for c in ("strong_per_1000", "writer_loaded_per_1000") if c in articles), "")
    if not column:
        return None
    rates = pd.to_numeric(articles[column], errors="coerce").fillna(0.0)
    if float(rates.max()) <= 0:
        return None
    top = articles.loc[rates.sort_values(ascending=False, kind="stable").index[0]]
    article_id = str(top["article_id"])
    mine = evidence[(evidence["article_id"].astype(str) == article_id) & (evidence["measure"] == "loaded")
                    & (evidence["voice"] == "writer")]
    if column == "strong_per_1000" and "strength" in mine.columns:
        mine = mine[mine["strength"] == "strong"]
    if mine.empty:
        return None
    key = mine["text"].astype(str).str.lower()
    words, spans = [], []
    for word in key.value_counts(sort=True).index[:EXAMPLES + 1]:
        first = mine[key == word].iloc[0]
        words.append(str(first["text"]))
        spans.append((article_id, int(first["start"]), int(first["end"]), "writer"))
    title = str(top.get("title") or "") or article_id
    outlet = str(top.get("outlet") or "") if pd.notna(top.get("outlet")) else ""
    return Finding("most_loaded", column, "writer", (title, outlet), (float(rates[top.name]),),
                   unit="per 1,000 words in the writer's own voice", words=tuple(words), articles=(article_id,),
                   spans=tuple(spans))


def comparison_findings(result, articles: pd.DataFrame | None = None) -> list[Finding]:
    """Every finding of a :class:`~analysis.compare.Comparison` (and, given the ``articles`` table, the most
    loaded article first), in the order the report gives them."""
    found: list[Finding] = []
    top = most_loaded_finding(articles, getattr(result, "evidence", None))
    if top is not None:
        found.append(top)
    stories = int(result.stories.nunique()) if len(result.stories) else 0
    evidence = getattr(result, "evidence", None)
    if len(result.groups) > 1 and not result.differences.empty:
        for spec in compared():
            if spec.headline:
                f = difference_finding(result.differences, spec, stories, evidence)
                if f is not None and f.voice == "writer" and not result.voice_given:
                    f = replace(f, voice="unmarked")
                if f is not None:
                    found.append(f)
    found += substitution_findings(result.substitutions)
    found += shared_findings(result.shared, evidence)
    if len(result.groups) > 1:
        members = result.membership.groupby(result.membership.astype(str)).groups
        docs_of = {str(g): [str(i) for i in ids] for g, ids in members.items()}
        found += words_findings(result.words, docs_of, "writer" if result.voice_given else "all")
    return found


# ------------------------------------------------------------------------------------------ to and from JSON

def _plain(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def _tuple(value):
    if isinstance(value, list):
        return tuple(_tuple(v) for v in value)
    return NAN if value is None else value


def to_json(found: list[Finding], meta: dict | None = None) -> str:
    """The findings (and ``meta``: the grouping word, the design, the confidence) as JSON text."""
    items = [{k: _plain(v) for k, v in asdict(f).items()} for f in found]
    return json.dumps({"meta": meta or {}, "findings": items}, ensure_ascii=False, indent=1)


def from_json(text: str) -> tuple[list[Finding], dict]:
    """(findings, meta) read back from :func:`to_json`'s text."""
    data = json.loads(text)
    names = {f.name for f in fields(Finding)}
    found = [Finding(**{k: _tuple(v) if k not in ("kind", "measure", "voice", "unit", "story", "test") else v
                        for k, v in item.items() if k in names}) for item in data.get("findings", [])]
    return found, dict(data.get("meta", {}))


def write_findings(result, folder: str | Path, group_word: str = "") -> Path:
    """Write the comparison's findings as ``<folder>/findings.json`` (what the front page and the audit
    read); returns the path."""
    from ..errors import OutputError

    path = Path(folder) / FINDINGS_FILE
    meta = {"group_word": group_word or result.by, "design": result.design, "confidence": CONFIDENCE,
            "stories": int(result.stories.nunique()) if len(result.stories) else 0,
            "groups": [str(g) for g in result.groups["group"]] if "group" in result.groups else [],
            "voice_given": bool(result.voice_given), "empty_reason": getattr(result, "empty_reason", "")}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_json(list(result.finding_list), meta), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{path}: the findings cannot be written ({exc.strerror}); "
                          "pass another tables_dir or fix the folder's permissions") from None
    return path


def read_findings(folder: str | Path) -> tuple[list[Finding], dict] | None:
    """(findings, meta) from ``<folder>/findings.json``, or None when the file is absent or unreadable."""
    path = Path(folder) / FINDINGS_FILE
    try:
        return from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None


__all__ = ["Finding", "FINDINGS_FILE", "comparison_findings", "from_json", "read_findings", "to_json",
           "write_findings"]
