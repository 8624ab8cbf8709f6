"""The report notebooks 01-03 run top to bottom on the seeds from notebooks/, and show what they promise."""
from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import nbformat
import papermill
import pytest
from bs4 import BeautifulSoup

from analysis.paths import NOTEBOOKS_DIR, PROJECT_DIR, SEED_ARTICLES
from analysis.report.pages.session import load
from analysis.pysource import parse as parse_python

pytestmark = pytest.mark.slow

NOTEBOOKS = ("01_loaded_terms", "02_sentiment", "03_hedging_and_sourcing")
TITLES = {"01_loaded_terms": "# 01 · Loaded terms", "02_sentiment": "# 02 · Sentiment",
          "03_hedging_and_sourcing": "# 03 · Hedging and sourcing"}
SHARED = ("corpus", "group_by", "lexicon", "actors")
PARAMETER_LINE = re.compile(r"^(?P<name>\w+): (?P<type>\w+) = (?P<default>.+?)  # (?P<help>.+)$")


def run(name: str, folder: Path, **parameters) -> nbformat.NotebookNode:
    out = folder / f"{name}-{len(list(folder.iterdir()))}.ipynb"
    return papermill.execute_notebook(str(NOTEBOOKS_DIR / f"{name}.ipynb"), str(out),
                                      parameters=parameters, cwd=str(NOTEBOOKS_DIR), kernel_name="python3",
                                      progress_bar=False)


def failure(name: str, folder: Path, **parameters) -> papermill.PapermillExecutionError:
    with pytest.raises(papermill.PapermillExecutionError) as err:
        run(name, folder, **parameters)
    return err.value


def html_of(nb) -> BeautifulSoup:
    parts = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
             if "text/html" in o.get("data", {})]
    return BeautifulSoup("\n".join(parts), "html.parser")


def text_of(nb) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def table(soup: BeautifulSoup, caption: str) -> list[dict[str, str]]:
    """The rows of the table whose caption starts with ``caption``, as dicts of header -> cell text."""
    found = [t for t in soup.find_all("table") if t.caption and t.caption.get_text().startswith(caption)]
    assert found, f"no table captioned {caption!r}"
    head = [th.get_text(" ", strip=True) for th in found[0].thead.find_all("th")]
    return [dict(zip(head, (td.get_text(" ", strip=True) for td in tr.find_all(["td", "th"]))))
            for tr in found[0].tbody.find_all("tr")]


def pngs(nb) -> int:
    return sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def parameter_lines(name: str) -> list[re.Match]:
    nb = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    return [PARAMETER_LINE.match(line) for line in cell.source.splitlines()]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("notebooks")


@pytest.fixture(scope="module")
def executed(out_dir) -> dict[str, nbformat.NotebookNode]:
    return {name: run(name, out_dir) for name in NOTEBOOKS}


@pytest.fixture(scope="module")
def seeds():
    return load(SEED_ARTICLES)


# ------------------------------------------------------------------ how the notebooks are saved

@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_saved_thin_and_clean(name):
    nb = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith(TITLES[name] + "\n")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert [i for i, c in enumerate(code) if "parameters" in c.metadata.get("tags", [])] == [0]
    assert "check_parameters(globals())" in code[1].source and "load(" not in code[1].source
    for cell in code:
        tree = parse_python(cell.source)
        kinds = {type(n).__name__ for n in ast.walk(tree)}
        assert not kinds & {"FunctionDef", "AsyncFunctionDef", "ClassDef", "Lambda"}, cell.source
        assert "input(" not in cell.source and "pip install" not in cell.source
        assert all(len(line) <= 110 for line in cell.source.splitlines())


def test_every_notebook_declares_the_shared_parameters_alike():
    shared = {name: [m.group(0) for m in parameter_lines(name) if m.group("name") in SHARED]
              for name in NOTEBOOKS}
    assert all(m is not None for name in NOTEBOOKS for m in parameter_lines(name))
    assert [line.split(":")[0] for line in shared["01_loaded_terms"]] == list(SHARED)
    assert shared["01_loaded_terms"] == shared["02_sentiment"] == shared["03_hedging_and_sourcing"]
    assert 'corpus: str = "../seeds/articles"' in shared["01_loaded_terms"][0]


def test_papermill_help_lists_every_parameter_with_its_help():
    papermill_cli = str(PROJECT_DIR / ".venv" / "bin" / "papermill")
    result = subprocess.run([papermill_cli, "--help-notebook", "notebooks/01_loaded_terms.ipynb"],
                            cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    help_text = " ".join(result.stdout.split())
    lines = parameter_lines("01_loaded_terms")
    # tables_dir: where the page's complete tables go as CSV (a report run points it at tables/)
    assert [m.group("name") for m in lines] == [*SHARED, "top_n", "categories", "max_articles", "tables_dir"]
    for m in lines:
        assert f"{m.group('name')}: {m.group('type')}" in help_text
        assert " ".join(m.group("help").split()) in help_text


# ------------------------------------------------------------------ what they show

@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_with_defaults_and_shows_three_charts(executed, name):
    nb = executed[name]
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    assert pngs(nb) == 3
    assert "3 article(s), 1,492 words, 3 group(s) by outlet." in text_of(nb)


def test_loaded_terms_highlights_and_lists_the_seed_terms(executed, seeds):
    soup = html_of(executed["01_loaded_terms"])
    marks = {m.get_text(): m for m in soup.find_all("mark", attrs={"data-measure": "loaded"})}
    client = marks["client state"]
    assert client["data-category"] == "legal_label"
    assert "client state\u201d: loaded term (strong) · legal label" in client["data-tip"]
    assert "Neutral alternative: ally; partner" in client["data-tip"]
    kwic = table(soup, "Loaded terms in context")
    dirty = [r for r in kwic if r["term"] == "dirty war"]
    # categories by their display names (analysis/report/labels.py)
    assert len(dirty) == 1 and dirty[0]["article"] == "original" and dirty[0]["category"] == "covert framing"
    assert dirty[0]["left"].endswith("and a CIA") and dirty[0]["right"].startswith("in Syria from 2011")
    _, tables = seeds
    per_article = table(soup, "Loaded terms per 1,000 words, by category")
    rates = {r["article"]: float(r["total"]) for r in per_article}
    expected = tables.articles.set_index("article_id")["loaded_per_1000"].round(2).to_dict()
    assert rates == expected and rates["original"] == pytest.approx(1000 * 12 / 456, abs=0.01)


def test_loaded_terms_can_show_one_category(out_dir):
    soup = html_of(run("01_loaded_terms", out_dir, categories=["covert_framing"]))
    kwic = table(soup, "Loaded terms in context")
    assert sorted(r["term"] for r in kwic) == ["dirty war", "sabotage"]
    marks = soup.find_all("mark", attrs={"data-measure": "loaded"})
    assert [(m["data-category"], m.get_text()) for m in marks] == [("covert_framing", "dirty war"),
                                                                   ("covert_framing", "sabotage")]
    per_article = table(soup, "Loaded terms per 1,000 words, by category")
    assert list(per_article[0]) == ["article", "covert framing", "total"]


def test_sentiment_lists_disagreements_and_actors(executed, seeds):
    nb = executed["02_sentiment"]
    soup = html_of(nb)
    _, tables = seeds
    gaps = (tables.sentences["vader_compound"] - tables.sentences["textblob_polarity"]).abs()
    assert f"{int((gaps >= 0.5).sum())} sentence(s) with a gap of at least 0.5" in text_of(nb)
    rows = table(soup, "Sentences where VADER and TextBlob disagree most")
    shown = [float(r["gap"]) for r in rows]
    assert 0 < len(rows) <= 20 and min(shown) >= 0.5 and shown == sorted(shown, reverse=True)
    assert all(abs(float(r["vader"]) - float(r["textblob"])) >= 0.49 for r in rows)
    actors = table(soup, "Actors: mentions and the sentiment of their sentences")
    assert actors[0]["actor"] == "United States"
    markdown = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "regardless of framing" in markdown


def test_hedging_and_sourcing_shows_sources_quotes_and_marks(executed):
    soup = html_of(executed["03_hedging_and_sourcing"])
    quotes = table(soup, "Quotations")
    assert {"article": "original", "kind": "scare", "words": "2", "quote": "“on standby”"} in quotes
    sources = table(soup, "Attributions")
    local = [r for r in sources if r["source"] == "local media" and r["article"] == "original"]
    assert local and local[0]["kind"] == "anonymous" and local[0]["verb"] == "reported"
    certainty = {r["article"]: r for r in table(soup, "Hedges, boosters and certainty per article")}
    # the neutral rewrite hedges only with a condition and approximate figures, which are not epistemic
    # hedges: its certainty index is 0, not -1 (issue 13)
    assert certainty["neutral"]["boosters"] == "0" and certainty["neutral"]["certainty index"] == "0.00"
    scare = soup.find_all("mark", attrs={"data-measure": "quotes", "data-category": "scare"})
    assert "“on standby”" in [m.get_text() for m in scare]
    hedges = [m.get_text() for m in soup.find_all("mark", attrs={"data-measure": "hedges"})]
    assert "do not explicitly confirm" in hedges and "if needed" not in hedges  # if needed is a condition


# ------------------------------------------------------------------ parameters that cannot be used

def test_a_wrong_type_names_the_parameter(out_dir):
    err = failure("01_loaded_terms", out_dir, top_n="many")
    assert err.ename == "ParameterError"
    assert "parameter 'top_n': got 'many'; it accepts a whole number" in err.evalue


def test_an_unknown_parameter_is_refused(out_dir):
    err = failure("02_sentiment", out_dir, colour="red")
    assert err.ename == "ParameterError"
    assert "parameter 'colour': this notebook has no such parameter" in err.evalue
    assert "disagreement" in err.evalue


def test_group_by_lists_the_fields_it_accepts(out_dir):
    err = failure("03_hedging_and_sourcing", out_dir, group_by="colour")
    assert err.ename == "ParameterError"
    assert "parameter 'group_by': 'colour' is not an article field" in err.evalue
    assert "outlet, label, story, published" in err.evalue


# ------------------------------------------------------------------ from a number to its words

def test_term_counts_link_to_their_rows_in_context(executed):
    soup = html_of(executed["01_loaded_terms"])
    found = [t for t in soup.find_all("table") if t.caption and
             t.caption.get_text().startswith("The most frequent loaded terms")]
    rows = found[0].tbody.find_all("tr")
    assert rows
    for tr in rows:
        term, _, count = tr.find_all("td")[:3]  # term, category, count
        link = count.find("a")
        assert link is not None and link["href"].startswith("#kwic-")
        target = soup.find(id=link["href"][1:])
        assert target is not None and target.name == "tr", link["href"]
        # the row the count leads to shows that term (as written, so compare the entry's words loosely)
        written = target.find_all("td")[1].get_text(" ", strip=True).lower()
        assert written.split()[0][:4] in term.get_text(" ", strip=True).lower()


def test_articles_in_tables_link_to_their_highlighted_text(executed):
    soup = html_of(executed["01_loaded_terms"])
    per_article = [t for t in soup.find_all("table") if t.caption and
                   t.caption.get_text().startswith("Loaded terms per 1,000 words, by category")][0]
    links = [a["href"] for a in per_article.tbody.find_all("a")]
    assert len(links) == 3
    for href in links:
        target = soup.find(id=href[1:])
        assert target is not None and "frm-hl" in target["class"]


def test_side_by_side_sets_the_seed_outlets_next_to_each_other(executed):
    soup = html_of(executed["01_loaded_terms"])
    (side,) = [t for t in soup.find_all("table") if t.caption and
               t.caption.get_text().startswith("Story us-troops-iraq-israel-2024")]
    outlets = [th.find("a").get_text() for th in side.thead.find_all("th")[1:]]
    assert outlets == ["Neutral rewrite (written for this project)", "Official framing (written for this project)",
                       "Original (outlet unknown)"]
    rows = {tr.th.get_text(): [td.get_text() for td in tr.find_all("td")] for tr in side.tbody.find_all("tr")}
    # The neutral rewrite has "unlawful" only in reported speech ("the Syrian government says their presence is
    # unlawful"): the side-by-side view shows the writer's own words, so that cell is empty.
    assert rows["loaded terms: legal label"] == ["–", "–", "client state; illegally; illegal occupation"]
    assert "clearly" in rows["boosters: certainty adverb"][1]


def test_tables_dir_gets_every_row_of_the_tables_shown(out_dir, seeds):
    folder = out_dir / "tables-01"
    run("01_loaded_terms", out_dir, tables_dir=str(folder), top_n=2)
    _, tables = seeds
    loaded = tables.matches[tables.matches["measure"] == "loaded"]
    terms = (folder / "loaded_terms.csv").read_text(encoding="utf-8").splitlines()
    # the page shows 2 terms (top_n); the CSV has every entry found, with a human header
    assert len(terms) - 1 == loaded["entry"].nunique() > 2
    assert terms[0].startswith("lexicon entry,category,count,articles,words written")
    by_article = (folder / "loaded_by_article.csv").read_text(encoding="utf-8").splitlines()
    assert len(by_article) == 4 and by_article[0].startswith("article,legal label,")
