"""The lesson series in ``notebooks/teaching/``: student notebooks built from the solution notebooks, and
the small helpers the lessons call.

The solution notebooks in ``notebooks/teaching/solutions/`` are the only source. ``python -m analysis.teaching.lessons
build`` writes the student version of each next to the solutions' folder (``notebooks/teaching/``): every
cell tagged ``solution`` is replaced by a "Your turn" cell (tagged ``your-turn``):

* a **code** cell keeps its leading comment lines (the instructions) and each assignment with an empty value
  of the same shape (``""``, ``[]``, a dict with the same keys and empty values, ``None`` for numbers and
  anything else); a comment ``# student: EXPR`` at the end of an assignment gives the student's value instead;
* a **markdown** cell (a model answer) becomes an empty answer box.

``python -m analysis.teaching.lessons check`` exits 1 when a committed student notebook differs from a fresh build.
"""
from __future__ import annotations

import argparse
import ast
import copy
import io
import re
import shutil
import sys
import tokenize
import zipfile
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from ..errors import AnalysisError
from ..report.params import check_parameters as _check_parameters
from ..paths import LEXICON_DIR, SEED_ARTICLES, TEACHING_DIR

SOLUTIONS_DIR = TEACHING_DIR / "solutions"
DATA_DIR = TEACHING_DIR / "data"
LESSON_PATTERN = re.compile(r"^\d\d_\w+\.ipynb$")
SOLUTION_TAG = "solution"
YOUR_TURN_TAG = "your-turn"
ANSWER_BOX = "✏️ **Your answer** (double-click this cell to write here):\n\n"
STUDENT_COMMENT = re.compile(r"#\s*student:\s*(?P<expr>.+?)\s*$")


# ------------------------------------------------------------------ building the student versions

def lesson_sources(source: str | Path = SOLUTIONS_DIR) -> list[Path]:
    """The solution notebooks (``NN_name.ipynb``) in ``source``, in lesson order."""
    return sorted(p for p in Path(source).glob("*.ipynb") if LESSON_PATTERN.match(p.name))


def _blank(node: ast.expr, source: str, indent: str = "") -> str:
    """An empty value of the same shape as ``node``: ``""`` for text, ``[]`` for a list (one empty dict for a
    list of dicts), the same keys with empty values for a dict, ``None`` for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return '""'
    if isinstance(node, ast.List) and node.elts and isinstance(node.elts[0], ast.Dict):
        return f"[\n{indent}    {_blank(node.elts[0], source, indent + '    ')},\n{indent}]"
    if isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.ListComp)):
        return "[]"
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        if not node.keys:
            return "{}"
        inner = indent + "    "
        items = [f"{inner}{ast.get_source_segment(source, k)}: {_blank(v, source, inner)},"
                 for k, v in zip(node.keys, node.values)]
        return "{\n" + "\n".join(items) + f"\n{indent}}}"
    return "None"


def _student_values(source: str) -> dict[int, str]:
    """``{line number: EXPR}`` for each ``# student: EXPR`` comment in ``source``."""
    found = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            m = STUDENT_COMMENT.match(token.string)
            if m:
                found[token.start[0]] = m.group("expr")
    return found


def stub_source(source: str) -> str:
    """The student's version of a solution cell's code (see the module docstring)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    student = _student_values(source)
    out: list[str] = []
    for stmt in tree.body:
        above = []
        i = stmt.lineno - 2
        while i >= 0 and lines[i].lstrip().startswith("#"):
            above.insert(0, lines[i])
            i -= 1
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
            continue
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        names = " = ".join(ast.get_source_segment(source, t) for t in targets)
        value = student.get(stmt.end_lineno) or _blank(stmt.value, source)
        out.extend(above)
        out.append(f"{names} = {value}")
    if not out or not out[0].lstrip().lower().startswith("# your turn"):
        out.insert(0, "# Your turn: fill in the value(s) below, then run the cell and the check after it.")
    return "\n".join(out)


def student_cell(cell):
    """The "Your turn" cell that replaces a cell tagged ``solution`` (same id, tag ``your-turn``)."""
    import nbformat

    tags = [YOUR_TURN_TAG if t == SOLUTION_TAG else t for t in cell.metadata.get("tags", [])]
    if cell.cell_type == "code":
        new = nbformat.v4.new_code_cell(stub_source(cell.source))
    else:
        new = nbformat.v4.new_markdown_cell(ANSWER_BOX)
    new.id = cell.id
    new.metadata = copy.deepcopy(cell.metadata)
    new.metadata["tags"] = tags
    return new


def student_version(nb, name: str = ""):
    """A copy of the solution notebook ``nb`` with every ``solution`` cell replaced and no outputs."""
    new = copy.deepcopy(nb)
    cells = []
    for cell in new.cells:
        if SOLUTION_TAG in cell.metadata.get("tags", []):
            cells.append(student_cell(cell))
            continue
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    new.cells = cells
    new.metadata["lesson"] = {"student_version_of": f"solutions/{name}" if name else "solutions/",
                              "edit": "Edit the solution notebook and run: python -m analysis.teaching.lessons build"}
    return new


def render(path: Path) -> str:
    """The text of the student notebook built from the solution notebook at ``path``."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    student = student_version(nb, path.name)
    nbformat.validate(student)
    return nbformat.writes(student) + "\n"


def build(out: str | Path = TEACHING_DIR, source: str | Path = SOLUTIONS_DIR,
          zip_name: str = "") -> list[Path]:
    """Write the student version of every solution notebook in ``source`` into ``out``; with ``zip_name``,
    also pack them (and the lessons' data folder) into ``out/zip_name`` to hand out. Returns the files."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in lesson_sources(source):
        target = out / path.name
        target.write_text(render(path), encoding="utf-8")
        written.append(target)
    if zip_name:
        archive = out / zip_name
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in written:
                zf.write(path, f"lessons/{path.name}")
        written.append(archive)
    return written


def stale(out: str | Path = TEACHING_DIR, source: str | Path = SOLUTIONS_DIR) -> list[str]:
    """Names of the student notebooks in ``out`` that are missing or differ from a fresh build."""
    differ = []
    for path in lesson_sources(source):
        target = Path(out) / path.name
        if not target.exists() or target.read_text(encoding="utf-8") != render(path):
            differ.append(path.name)
    return differ


def main(argv: list[str] | None = None) -> int:
    """``build [--out DIR] [--zip NAME]`` or ``check``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.teaching.lessons",
                                     description="Build the student lessons from the solution notebooks.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the student notebooks (default: notebooks/teaching/)")
    b.add_argument("--out", default=str(TEACHING_DIR), help="folder for the student notebooks")
    b.add_argument("--zip", default="", metavar="NAME",
                   help="also pack them into NAME (e.g. lessons.zip) in --out")
    sub.add_parser("check", help="exit 1 if a committed student notebook differs from a fresh build")
    args = parser.parse_args(argv)
    if args.command == "check":
        differ = stale()
        for name in differ:
            print(f"{name}: out of date; run python -m analysis.teaching.lessons build", file=sys.stderr)
        return 1 if differ else 0
    for path in build(args.out, zip_name=args.zip):
        print(path)
    return 0


# ------------------------------------------------------------------ what the lessons call

def check_parameters(namespace: dict) -> dict:
    """The lessons' parameter check: :func:`analysis.report.params.check_parameters` (which also accepts a lesson
    run again in the same kernel)."""
    return _check_parameters(namespace)


def corpus_path(corpus: str) -> str:
    """The corpus a lesson reads: ``corpus``, or the project's seed articles when it is empty."""
    return corpus or str(SEED_ARTICLES)


def work_folder(work: str) -> Path:
    """The folder a lesson writes into (created if missing), relative to the notebook's folder."""
    path = Path(work or "work").expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def article(corpus, article_id: str):
    """The article of ``corpus`` whose id is ``article_id``."""
    for article in corpus:
        if article.id == article_id:
            return article
    ids = ", ".join(a.id for a in corpus)
    raise AnalysisError(f"no article with id {article_id!r} in the corpus (ids: {ids})")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``: its non-empty lines, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def paragraph(corpus, article_id: str, starts_with: str) -> str:
    """The paragraph of article ``article_id`` that begins with ``starts_with`` (curly quotes and dashes may
    be typed plain)."""
    from ..text import NORMALISE

    for p in paragraphs(article(corpus, article_id).text):
        if p.translate(NORMALISE).startswith(starts_with.translate(NORMALISE)):
            return p
    raise AnalysisError(f"article {article_id!r} has no paragraph beginning {starts_with!r}")


def sentence(corpus, article_id: str, starts_with: str) -> str:
    """The sentence of article ``article_id`` that begins with ``starts_with``."""
    from ..text import NORMALISE, Document

    doc = Document(article(corpus, article_id).text)
    for i in range(len(doc.sentences)):
        text = doc.sentence_text(i).strip()
        if text.translate(NORMALISE).startswith(starts_with.translate(NORMALISE)):
            return text
    raise AnalysisError(f"article {article_id!r} has no sentence beginning {starts_with!r}")


def first_paragraphs(corpus, n: int = 1) -> pd.DataFrame:
    """The first ``n`` paragraphs of every article, one row each: article, outlet, opening."""
    rows = [{"article": a.id, "outlet": a.outlet, "opening": "\n\n".join(paragraphs(a.text)[:n])}
            for a in corpus]
    return pd.DataFrame(rows, columns=["article", "outlet", "opening"])


def pick_sentences(corpus, spec: dict[str, tuple[str, str]]) -> dict[str, str]:
    """``{key: sentence}`` for ``spec`` = ``{key: (article id, how the sentence begins)}``."""
    return {key: sentence(corpus, article_id, start) for key, (article_id, start) in spec.items()}


def show_sentences(sentences: dict[str, str]) -> pd.DataFrame:
    """A two-column table (number, sentence) to display."""
    return pd.DataFrame({"number": list(sentences), "sentence": list(sentences.values())})


def highlight_text(text: str, title: str = "", measures=("loaded",), lexicon: str = "") -> str:
    """A short text as escaped HTML with what ``measures`` found highlighted (``lexicon``: extra lexicon
    file(s) for the loaded terms)."""
    from ..corpus import Article
    from .explain import analyse_texts
    from ..report.highlight import article_html

    tables = analyse_texts({"text": text}, lexicon=lexicon)
    article = Article(id="text", text=text, title=title or "The text", outlet="")
    return tidy(article_html(article, tables.matches, measures=tuple(measures)), meta=False)


def tidy(fragment: str, meta: bool = True) -> str:
    """An :func:`~analysis.report.highlight.article_html` fragment made ready for a lesson: with ``meta=False``
    no outlet / date / id line (which says nothing about a text that is not an article)."""
    if not meta:
        fragment = re.sub(r'<div class="frm-hl-meta">[^<]*</div>', "", fragment, count=1)
    return fragment


def article_view(corpus, tables, article_id: str, measures=("loaded",)) -> str:
    """Article ``article_id`` of ``corpus`` as HTML with what ``measures`` found highlighted."""
    from ..report.highlight import article_html

    return tidy(article_html(article(corpus, article_id), tables.matches, measures=tuple(measures)))


def loaded_table(text: str, lexicon: str = "") -> pd.DataFrame:
    """Every loaded term found in ``text``: the words as written, the lexicon entry, its category, why it is
    loaded, and the neutral alternatives the lexicon suggests."""
    from .explain import analyse_texts

    matches = analyse_texts({"text": text}, lexicon=lexicon).matches
    loaded = matches[matches["measure"] == "loaded"]
    return pd.DataFrame({"words": loaded["text"], "entry": loaded["entry"],
                         "category": loaded["category"].str.replace("_", " "),
                         "why it is loaded": loaded["explanation"], "neutral alternatives": loaded["neutral"]}
                        ).reset_index(drop=True)


def lexicon_entries(terms) -> pd.DataFrame:
    """Entries of the shipped loaded-terms lexicon: term, patterns, category, explanation, neutral."""
    wanted = list(terms)
    entries = {e["term"]: e for e in _shipped_lexicon_data()["entries"]}
    rows = [{"term": t, "patterns": "; ".join(entries[t]["patterns"]), "category": entries[t]["category"],
             "explanation": entries[t]["explanation"], "neutral": "; ".join(entries[t]["neutral"])}
            for t in wanted if t in entries]
    return pd.DataFrame(rows, columns=["term", "patterns", "category", "explanation", "neutral"])


def categories_table() -> pd.DataFrame:
    """The loaded-term categories of the shipped lexicon with what each means, and how many entries it has."""
    counts = pd.Series([e["category"] for e in _shipped_lexicon_data()["entries"]]).value_counts()
    return pd.DataFrame([{"category": c, "what it means": d, "entries": int(counts.get(c, 0))}
                         for c, d in shipped_categories().items()])


#: Lesson 3: sentences to score yourself before looking at the tools.
SENTIMENT_SENTENCES = {
    "1": ("neutral", "The announcement came after"),
    "2": ("official", "Coalition and partner forces destroyed"),
    "3": ("official", "Officials firmly stressed"),
    "4": ("official", "America's commitment"),
    "5": ("original", "US troops in Iraq are"),
}


def score_table(sentences: dict[str, str], my_scores) -> pd.DataFrame:
    """Per sentence: your score, VADER's compound and TextBlob's polarity (all -1 .. 1), and the sentence."""
    from .explain import sentiment_summary

    mine = {str(k): v for k, v in (my_scores or {}).items()} if isinstance(my_scores, dict) else {}
    rows = []
    for key, text in sentences.items():
        tools = sentiment_summary(text)["score"].tolist()
        you = mine.get(key)
        rows.append({"number": key, "you": you if isinstance(you, (int, float)) else float("nan"),
                     "VADER": tools[0], "TextBlob": tools[1], "sentence": text})
    return pd.DataFrame(rows, columns=["number", "you", "VADER", "TextBlob", "sentence"])


#: Lesson 6: the sentences to annotate, as (article id, how the sentence begins).
ANNOTATION_SENTENCES = {
    "1": ("original", "US troops in Iraq are"),
    "2": ("official", "The documents clearly show"),
    "3": ("original", "IS was ultimately defeated"),
    "4": ("neutral", "The Biden administration kept"),
    "5": ("official", "The announcement came just days after"),
    "6": ("neutral", "The announcement came after"),
}
EXAMPLE_ANNOTATIONS = DATA_DIR / "example_annotations.csv"


def save_annotation(name: str, marks, folder: str | Path) -> Path:
    """Write one annotator's marks ``{sentence: [phrases]}`` as ``folder/annotations_<name>.csv`` in the
    format :func:`analysis.teaching.agreement.read_annotations` reads (a class's files can be put in one folder)."""
    import csv

    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", str(name)).strip("_") or "annotator"
    path = Path(folder) / f"annotations_{safe}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["annotator", "sentence", "phrases"])
        for key, phrases in by_text_key(marks).items():
            writer.writerow([name, key, "; ".join(phrases)])
    return path


def by_text_key(marks) -> dict[str, list[str]]:
    """An annotation ``{1: [...], "2": [...]}`` with every key as text (``{"1": [...], "2": [...]}``);
    a phrase given as text instead of a list becomes a one-item list."""
    if not isinstance(marks, dict):
        return {}
    return {str(k): ([v] if isinstance(v, str) else list(v or [])) for k, v in marks.items()}


def tool_annotation(sentences: dict[str, str]) -> dict[str, list[str]]:
    """What the loaded-terms lexicon marks in each sentence, as an annotation ``{number: [phrases]}``."""
    from .explain import analyse_texts

    matches = analyse_texts(sentences).matches
    loaded = matches[matches["measure"] == "loaded"]
    return {key: list(loaded.loc[loaded["article_id"] == key, "text"]) for key in sentences}


def agreement_html(sentences: dict[str, str], labels: pd.DataFrame, annotators: list[str]) -> str:
    """The sentences with each word shaded by how many of ``annotators`` marked it (the darker, the more;
    the small number is the count; hover for "marked by 2 of 5"), as escaped HTML."""
    import html

    from ..text import NORMALISE, WORD_RE

    n = max(1, len(annotators))
    parts = []
    for key, text in sentences.items():
        counts = labels.loc[labels["sentence"] == key, annotators].sum(axis=1).tolist()
        spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text.translate(NORMALISE))]
        out, pos = [], 0
        for (start, end), count in zip(spans, counts):
            word = html.escape(text[start:end], quote=True)
            out.append(html.escape(text[pos:start], quote=True))
            if count:
                shade = 0.15 + 0.75 * count / n
                out.append(f'<mark style="background: rgba(204, 102, 119, {shade:.2f}); color: inherit" '
                           f'title="marked by {count} of {n}">{word}<sup>{count}</sup></mark>')
            else:
                out.append(word)
            pos = end
        out.append(html.escape(text[pos:], quote=True))
        parts.append(f"<p><strong>{html.escape(str(key))}.</strong> {''.join(out)}</p>")
    names = ", ".join(html.escape(a) for a in annotators)
    return (f'<div style="line-height: 2; max-width: 60em">{"".join(parts)}'
            f'<p style="color:#555; font-size: 0.9em">Marked by (of {n}): {names}. The small number is how '
            "many marked the word.</p></div>")


def pair_table(labels: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """The 2 x 2 table of two annotators' word labels (loaded / not loaded), with totals."""
    rows = []
    for mine, name in ((1, "loaded"), (0, "not loaded")):
        part = labels[labels[a] == mine]
        both = int((part[b] == 1).sum())
        rows.append({a: name, f"{b}: loaded": both, f"{b}: not loaded": len(part) - both, "total": len(part)})
    rows.append({a: "total", f"{b}: loaded": int((labels[b] == 1).sum()),
                 f"{b}: not loaded": int((labels[b] == 0).sum()), "total": len(labels)})
    return pd.DataFrame(rows)


def agreement_summary(labels: pd.DataFrame, people: list[str], tool: str) -> pd.DataFrame:
    """How much the people agree with each other and with the tool: Krippendorff's alpha of the people,
    alpha of the people and the tool together, and the mean Cohen's kappa person-person and person-tool,
    each with Landis & Koch's word for it."""
    from itertools import combinations

    from .agreement import cohen_kappa, interpret, krippendorff_alpha

    def mean(values):
        values = [v for v in values if v == v]
        return sum(values) / len(values) if values else float("nan")

    rows = [
        ("alpha: people only", krippendorff_alpha([labels[p] for p in people])),
        ("alpha: people and the tool", krippendorff_alpha([labels[p] for p in [*people, tool]])),
        ("mean kappa: person with person", mean([cohen_kappa(list(labels[x]), list(labels[y]))
                                                 for x, y in combinations(people, 2)])),
        ("mean kappa: person with the tool", mean([cohen_kappa(list(labels[p]), list(labels[tool]))
                                                   for p in people])),
    ]
    return pd.DataFrame([{"measure": name, "value": value, "reads as": interpret(value)}
                         for name, value in rows])


#: PyYAML's C loader and dumper when it was built with libyaml (ten times faster), else the Python ones.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@lru_cache(maxsize=1)
def _shipped_lexicon_data() -> dict:
    return yaml.load((LEXICON_DIR / "loaded_terms.yaml").read_text(encoding="utf-8"), Loader=_LOADER)


def shipped_terms() -> set[str]:
    """The terms of the shipped loaded-terms lexicon."""
    return {str(e["term"]) for e in _shipped_lexicon_data()["entries"]}


def shipped_categories() -> dict[str, str]:
    """The loaded-term categories of the shipped lexicon, ``{name: description}``."""
    return dict(_shipped_lexicon_data()["categories"])


def lexicon_copy(entries, folder: str | Path) -> Path:
    """Your copy of the lexicon in ``folder``: the shipped entries plus ``entries`` when
    :func:`~analysis.teaching.exercises.check_lexicon_entries` accepts them, else the shipped entries alone (so the
    lesson goes on running); returns its path."""
    from .exercises import check_lexicon_entries

    usable = entries if check_lexicon_entries(entries).ok else []
    return write_lexicon(usable, folder)


def write_lexicon(entries, folder: str | Path, name: str = "my_loaded_terms.yaml",
                  with_shipped: bool = True) -> Path:
    """Write a copy of the shipped loaded-terms lexicon with ``entries`` (dicts with term, patterns,
    category, explanation, neutral) added at the end, as ``folder/name``; returns its path. With
    ``with_shipped=False`` the file holds the shipped categories and ``entries`` only.

    The file is not validated here: :func:`analysis.lexicon.load_lexicon` does that when it is used.
    """
    data = dict(_shipped_lexicon_data())
    data["name"] = "my_loaded_terms"
    data["description"] = ("A copy of the shipped loaded-terms lexicon with a student's entries at the end."
                           if with_shipped else "A student's own loaded terms.")
    data["entries"] = (list(data["entries"]) if with_shipped else []) + [dict(e) for e in (entries or [])]
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=110)
    path.write_text(text, encoding="utf-8")
    return path


def compare_texts(texts: dict[str, str], lexicon: str = "") -> pd.DataFrame:
    """One row per text: words, loaded terms (count, per 1,000 words, and which), mean VADER compound of its
    sentences (-1 .. 1) and TextBlob subjectivity (0 .. 1). ``lexicon``: extra lexicon file(s)."""
    from .explain import analyse_texts

    tables = analyse_texts({k: v for k, v in texts.items()}, lexicon=lexicon)
    loaded = tables.matches[tables.matches["measure"] == "loaded"]
    rows = []
    for r in tables.articles.itertuples(index=False):
        terms = loaded.loc[loaded["article_id"] == r.article_id, "text"]
        rows.append({"text": r.article_id, "words": r.n_words, "loaded terms": int(r.loaded_count),
                     "loaded per 1,000 words": r.loaded_per_1000, "which": "; ".join(terms),
                     "VADER mean": r.vader_compound_mean, "TextBlob subjectivity": r.textblob_subjectivity})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------ lesson 5: your own articles

ARTICLE_TEMPLATE = '''---
title: WRITE THE HEADLINE HERE
outlet: WRITE THE OUTLET'S NAME HERE
published: 2024-01-30
---
PASTE THE TEXT OF THE ARTICLE HERE.
'''

FOLDER_README = """# Your articles

Put the articles you want to compare in this folder, one .txt file per article, each starting with:

    ---
    title: The headline
    outlet: The outlet's name
    published: 2024-01-30
    ---
    The text of the article ...

In JupyterLab: open this folder in the file browser and drag files into it (or use the upload button).
The comparison groups articles by their outlet, so write the outlet the same way every time.
This README is not read as an article.
"""


def prepare_article_folder(folder: str | Path, start_with_seeds: bool = True) -> Path:
    """Create ``folder`` (with a README on the file format unless it has one); when it holds no article
    yet and ``start_with_seeds`` is true, copy the project's seed articles into it to start with."""
    from ..corpus import FOLDER_SUFFIXES

    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    if not (path / "README.md").exists():
        (path / "README.md").write_text(FOLDER_README, encoding="utf-8")
    has_articles = any(p.suffix.lower() in FOLDER_SUFFIXES and p.stem.lower() != "readme"
                       for p in path.rglob("*") if p.is_file())
    if start_with_seeds and not has_articles:
        for seed in sorted(SEED_ARTICLES.glob("*.txt")):
            shutil.copy2(seed, path / seed.name)
    return path


def save_article(text: str, folder: str | Path, name: str = "my_article.txt"):
    """Save a pasted article into ``folder`` as ``name`` if :func:`~analysis.teaching.exercises.check_article_text`
    accepts it; returns that check's :class:`~analysis.teaching.exercises.Feedback` (with where it was saved)."""
    from .exercises import Feedback, check_article_text

    feedback = check_article_text(text)
    if not feedback.ok:
        return Feedback(False, "Not saved: " + feedback.title, feedback.points)
    target = Path(folder) / name
    target.write_text(text.strip() + "\n", encoding="utf-8")
    return Feedback(True, feedback.title, (f"Saved as {target}.",))


def list_articles(folder: str | Path) -> pd.DataFrame:
    """The articles in ``folder`` as the report will read them: file, title, outlet, published, words; and
    one row per file that cannot be read, with the reason."""
    from ..corpus import load_corpus
    from ..errors import CorpusError

    columns = ["file", "title", "outlet", "published", "words"]
    try:
        corpus = load_corpus(folder, skip_bad=True)
    except CorpusError as exc:
        return pd.DataFrame([{"file": str(folder), "title": f"nothing readable: {exc}"}], columns=columns)
    rows = [{"file": Path(a.source_path).name, "title": a.title, "outlet": a.outlet, "published": a.published,
             "words": len(a.text.split())} for a in corpus]
    rows += [{"file": Path(p.path).name, "title": f"SKIPPED: {p}"} for p in corpus.problems]
    return pd.DataFrame(rows, columns=columns)


def report_link(report_folder: str | Path) -> str:
    """An HTML link to a report's index page, relative to the current folder when possible."""
    import html
    import os

    index = Path(report_folder) / "index.html"
    try:
        href = os.path.relpath(index)
    except ValueError:
        href = str(index)
    return (f'<p>Your report: <a href="{html.escape(href, quote=True)}" target="_blank">'
            f"{html.escape(href)}</a> (open it from the file browser if the link does not open).</p>")


def report_articles(report_folder: str | Path) -> pd.DataFrame:
    """The main figures per article of a published report (its ``tables/articles.csv``)."""
    columns = {"article_id": "article", "outlet": "outlet", "n_words": "words",
               "loaded_per_1000": "loaded / 1,000 words", "vader_compound_mean": "VADER mean",
               "hedges_per_1000": "hedges / 1,000", "boosters_per_1000": "boosters / 1,000",
               "anonymous_attributions": "anonymous sources", "scare_quotes": "scare quotes"}
    articles = pd.read_csv(Path(report_folder) / "tables" / "articles.csv", keep_default_na=False)
    return articles[list(columns)].rename(columns=columns)


def split_half_rates(sentences: pd.DataFrame) -> pd.DataFrame:
    """Loaded terms per 1,000 words in the first and the second half of each article's sentences, and the
    difference (second minus first): how much the rate moves inside one text."""
    rows = []
    for article, part in sentences.groupby("article_id", sort=False):
        part = part.sort_values("sentence")
        half = len(part) // 2
        rates = []
        for piece in (part.iloc[:half], part.iloc[half:]):
            words = piece["n_words"].sum()
            rates.append(1000 * piece["loaded"].sum() / words if words else 0.0)
        rows.append({"article": article, "first half": rates[0], "second half": rates[1],
                     "difference": rates[1] - rates[0]})
    return pd.DataFrame(rows, columns=["article", "first half", "second half", "difference"])


if __name__ == "__main__":
    sys.exit(main())
