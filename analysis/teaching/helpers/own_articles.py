"""Lesson 5 (compare outlets yourself): the students' folder of articles, saving a pasted article, running the
comparison report quietly in its own process, and a link to the report that opens inside JupyterLab.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

from analysis.paths import SEED_ARTICLES
from analysis.teaching.checks.classroom import check_article_text
from analysis.teaching.checks.feedback import Feedback


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
    from analysis.corpus import FOLDER_SUFFIXES

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
    """Save a pasted article into ``folder`` as ``name`` if :func:`~analysis.teaching.checks.classroom.check_article_text`
    accepts it; returns that check's :class:`~analysis.teaching.checks.feedback.Feedback` (with where it was saved)."""
    feedback = check_article_text(text)
    if not feedback.ok:
        return Feedback(False, "Not saved: " + feedback.title, feedback.points)
    target = Path(folder) / name
    target.write_text(text.strip() + "\n", encoding="utf-8")
    return Feedback(True, feedback.title, (f"Saved as {target}.",))


def list_articles(folder: str | Path) -> pd.DataFrame:
    """The articles in ``folder`` as the report will read them: file, title, outlet, published, words; and
    one row per file that cannot be read, with the reason."""
    from analysis.corpus import load_corpus
    from analysis.errors import CorpusError

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
    """An HTML link that opens a report's index page in a new browser tab.

    Inside JupyterLab the link goes through the server (see :mod:`.jupyter_link`): its ``lesson-reports``
    URL, where the report's own links work, or its ``/files/`` URL with a note on how to make them work.
    Elsewhere (a headless run, an HTML export) it is a ``file://`` link with the folder's full path.
    """
    import html

    from analysis.report.lab.links import report_url

    index = Path(report_folder).resolve() / "index.html"
    url, links_work = report_url(index)
    tip = (" From the file browser (right-click its <code>index.html</code>, <em>Open in New Browser Tab</em>) "
           "the page opens with a link to this address, where its links work.")
    if url and not links_work:
        tip = (" The report opens, but its links between pages need JupyterLab started with <code>make lab</code>"
               " (it enables the <code>analysis.report.lab.server</code> server extension); until then, "
               "open each page from the report's folder in the file browser.")
    if url:
        return (f'<p><a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">'
                f"<strong>Open your report in a new browser tab</strong></a> ({html.escape(index.parent.name)})."
                f"{tip}</p>")
    return (f'<p>Your report: <a href="{html.escape(index.as_uri(), quote=True)}" target="_blank">'
            f"{html.escape(str(index))}</a>. In JupyterLab, open it with the link this cell shows there, or "
            "right-click <code>index.html</code> in the file browser and choose <em>Open in New Browser "
            "Tab</em>.</p>")


def make_report(folder: str | Path, out: str | Path, notebooks=(), name: str = "my-comparison") -> Path:
    """Run the comparison report on the articles in ``folder`` into ``out`` (only ``notebooks``, e.g.
    ``["01_loaded_terms"]``, when given) and return the report's folder.

    The report runs in a process of its own (the project's ``python -m analysis report`` command), so its
    notebook kernels neither print into the lesson nor move the lesson kernel's working folder. Raises
    :class:`~analysis.errors.AnalysisError` with the command's message when the report cannot be made.
    """
    import subprocess
    import sys

    from analysis.errors import AnalysisError
    from analysis.teaching.helpers.widgets import FRONTEND_ENV

    out = Path(out).resolve()
    command = [sys.executable, "-m", "analysis", "report", "--corpus", str(Path(folder).resolve()),
               "--out", str(out), "--name", name, "--quiet"]
    if notebooks:
        command += ["--notebooks", *notebooks]
    env = {k: v for k, v in os.environ.items() if k != FRONTEND_ENV}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=str(out.parent))
    written = [line.split(" to ", 1)[1].strip() for line in done.stdout.splitlines()
               if line.startswith("report written to ")]
    if done.returncode != 0 or not written:
        problem = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
        raise AnalysisError("The report could not be made: " + " ".join(problem)
                            + f" (folder {folder}). Fix the file it names, then run this cell again.")
    return Path(written[0]).parent


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


