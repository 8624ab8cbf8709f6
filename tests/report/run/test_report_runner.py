"""The report runner, run the way users run it, asserting on what it wrote.

Most tests read the shared run of the fixture notebooks (``fixture_report`` in conftest.py, seconds); the
real suite in notebooks/ runs once (``suite_report``, marked slow).
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest
from conftest import (
    BROKEN_NOTEBOOKS, FIXTURE_NOTEBOOKS, copy_report, needs_suite, notebook_suite, parse_page, run_cli,
    tree_snapshot,
)

from analysis.pipeline import MATCH_COLUMNS
from analysis.errors import ParameterError
from analysis.report.run.params import declared_parameters
from analysis.paths import PROJECT_DIR, SEED_ARTICLES
from analysis.report.run.runner import RunOptions, list_reports, plan, run_report, suite

FIXTURE_PAGES = ("01_fixture", "02_display")
NETWORK = re.compile(r"^(https?:)?//", re.IGNORECASE)


def manifest_of(report: Path) -> dict:
    return json.loads((report / "manifest.json").read_text(encoding="utf-8"))


def assert_clean_page(page: Path) -> None:
    """A report page: no code cell shows its code, nothing is loaded from the network."""
    parts = parse_page(page)
    assert parts.code_inputs == 0, f"{page.name} shows the input of {parts.code_inputs} code cell(s)"
    remote = [u for u in parts.urls("script", "src") + parts.urls("link", "href") if NETWORK.match(u)]
    assert remote == [], f"{page.name} loads {remote}"
    text = page.read_text(encoding="utf-8")
    assert "check_parameters(globals())" not in text  # the code itself is not in the page
    assert "injected-parameters" not in text


# --- what a successful run writes ---------------------------------------------------------------------


def test_each_notebook_becomes_a_page_without_code_or_network(fixture_report):
    pages = sorted(p.stem for p in fixture_report.glob("*.html") if p.name != "index.html")
    assert pages == list(FIXTURE_PAGES)
    for stem in FIXTURE_PAGES:
        assert_clean_page(fixture_report / f"{stem}.html")
    # the outputs are there: the table of articles and the chart as an embedded PNG
    page = (fixture_report / "01_fixture.html").read_text(encoding="utf-8")
    assert "official" in page and "data:image/png;base64," in page
    assert (fixture_report / "figures" / "01_fixture-01.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_manifest_records_parameters_inputs_versions_and_timing(fixture_report):
    m = manifest_of(fixture_report)
    assert m["status"] == "ok" and m["folder"] == fixture_report.name
    assert m["parameters"] == {"01_fixture": {"corpus": str(SEED_ARTICLES), "top_n": 2},
                               "02_display": {"corpus": str(SEED_ARTICLES)}}
    inputs = {Path(i["path"]).name: i["sha256"] for i in m["inputs"]}
    assert inputs == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEED_ARTICLES.glob("*.txt")}
    versions = m["versions"]
    assert versions["framing-analysis"] and versions["python"] and versions["papermill"]
    assert {"pandas", "nltk", "textblob", "vaderSentiment"} <= set(versions["libraries"])
    loaded = versions["lexicons"]["loaded"]
    assert loaded["version"] and len(loaded["sha256"][0]) == 64 and loaded["entries"] > 0
    started, ended = datetime.fromisoformat(m["started"]), datetime.fromisoformat(m["ended"])
    assert started < ended and m["seconds"] > 0
    assert [(n["notebook"], n["status"]) for n in m["notebooks"]] == [(s, "ok") for s in FIXTURE_PAGES]
    assert all(0 < n["seconds"] < m["seconds"] for n in m["notebooks"])
    assert m["skipped"] == [] and m["articles"] == 3


def test_tables_are_written_with_their_columns(fixture_report):
    tables = {name: pd.read_csv(fixture_report / "tables" / f"{name}.csv")
              for name in ("articles", "sentences", "matches", "actors")}
    assert sorted(tables["articles"]["article_id"]) == ["neutral", "official", "original"]
    assert {"article_id", "title", "outlet", "n_words", "loaded_per_1000", "hedges_per_1000",
            "certainty_index", "vader_compound_mean", "textblob_subjectivity",
            "scare_quotes"} <= set(tables["articles"].columns)
    assert list(tables["matches"].columns) == MATCH_COLUMNS and len(tables["matches"]) > 0
    assert {"article_id", "sentence", "start", "end", "vader_compound", "textblob_polarity",
            "text"} <= set(tables["sentences"].columns)
    assert {"article_id", "actor", "mentions", "mentions_per_1000"} <= set(tables["actors"].columns)


def test_index_links_every_page_table_and_manifest(fixture_report):
    index = fixture_report / "index.html"
    links = parse_page(index).urls("a", "href")
    for stem in FIXTURE_PAGES:
        assert f"{stem}.html" in links
    for link in links:
        target = link.split("#")[0]  # links to the evidence carry a fragment (an article, a measure)
        assert (fixture_report / target).is_file(), f"index.html links to {link}, which is missing"
    assert "manifest.json" in links and "tables/matches.csv" in links
    assert list_reports(fixture_report.parent) == [fixture_report]
    assert (fixture_report.parent / "latest").resolve() == fixture_report


# --- parameters --------------------------------------------------------------------------------------


def test_unknown_parameter_is_refused_before_anything_runs(tmp_path):
    with pytest.raises(ParameterError) as err:
        run_report(RunOptions(params={"top_m": 3}, out=str(tmp_path), notebook_dir=str(FIXTURE_NOTEBOOKS)))
    assert "parameter 'top_m'" in str(err.value) and "top_n" in str(err.value)  # names it, lists the known
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name, value, accepts", [
    ("top_n", "many", "a whole number"),
    ("top_n", 2.5, "a whole number"),
    ("fail", "maybe", "true or false"),
    ("sleep", [1], "a number"),
])
def test_parameter_of_the_wrong_type_is_refused_before_anything_runs(tmp_path, name, value, accepts):
    with pytest.raises(ParameterError) as err:
        run_report(RunOptions(params={name: value}, out=str(tmp_path), notebook_dir=str(FIXTURE_NOTEBOOKS)))
    assert f"parameter {name!r}: got {value!r}" in str(err.value) and accepts in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_parameters_from_the_command_line_are_converted_and_paths_made_absolute(monkeypatch):
    monkeypatch.chdir(PROJECT_DIR)
    options = RunOptions(corpus="seeds/articles", params={"top_n": "4", "fail": "no"},
                         notebook_dir=str(FIXTURE_NOTEBOOKS))
    values = plan(options, suite(options))
    assert values["01_fixture"] == {"corpus": str(SEED_ARTICLES), "top_n": 4, "fail": False}


@pytest.mark.slow
def test_notebook_itself_rejects_a_wrong_parameter_when_run_directly(tmp_path):
    """papermill alone injects whatever it is given; the notebook's first cell stops with a clear message."""
    nb = FIXTURE_NOTEBOOKS / "01_fixture.ipynb"
    with pytest.raises(papermill.PapermillExecutionError) as err:
        papermill.execute_notebook(str(nb), str(tmp_path / "out.ipynb"), parameters={"top_n": "three"},
                                   cwd=str(nb.parent), kernel_name="python3", progress_bar=False)
    assert err.value.ename == "ParameterError"
    assert "parameter 'top_n': got 'three'; it accepts a whole number" in err.value.evalue


@pytest.mark.slow
def test_report_cli_bad_parameter_exits_2_with_the_message(tmp_path):
    done = run_cli("report", "--out", str(tmp_path), "--notebook-dir", str(FIXTURE_NOTEBOOKS),
                   "-p", "top_n=lots")
    assert done.returncode == 2
    assert "parameter 'top_n': got 'lots'; it accepts a whole number" in done.stderr
    assert list(tmp_path.iterdir()) == []


# --- failures ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_failed_notebook_exits_3_keeps_earlier_reports_and_the_failed_notebook(fixture_report, tmp_path):
    out = tmp_path / "reports"
    earlier = copy_report(fixture_report, out)
    before = tree_snapshot(out)
    done = run_cli("report", "--out", str(out), "--notebook-dir", str(FIXTURE_NOTEBOOKS), "--notebooks", "01",
                   "-p", "fail=true")
    assert done.returncode == 3, done.stderr
    assert "notebook '01_fixture' failed at cell" in done.stderr and "failing on purpose" in done.stderr
    after = tree_snapshot(out)
    assert {k: v for k, v in after.items() if not k.startswith("failed")} == before
    assert list_reports(out) == [earlier] and (out / "latest").resolve() == earlier
    kept = list((out / "failed").glob("*/01_fixture.ipynb"))
    assert len(kept) == 1 and str(kept[0]) in done.stderr
    nb = nbformat.read(kept[0], as_version=4)
    banner = [c for c in nb.cells if c.cell_type == "markdown" and "An Exception was encountered" in c.source]
    assert banner, "papermill's error banner is missing from the kept notebook"
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors[0]["evalue"] == "failing on purpose"
    assert "01_fixture failed" in (kept[0].parent / "run.log").read_text(encoding="utf-8")


@pytest.mark.slow
def test_kernel_that_dies_fails_the_run_with_exit_3(tmp_path):
    done = run_cli("report", "--out", str(tmp_path), "--notebook-dir", str(BROKEN_NOTEBOOKS))
    assert done.returncode == 3, done.stderr
    assert "notebook '01_kernel_dies' failed" in done.stderr
    assert list_reports(tmp_path) == [] and not (tmp_path / "latest").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["failed"]  # no half-written run is left
    assert len(list((tmp_path / "failed").glob("*/run.log"))) == 1


# --- the real suite ---------------------------------------------------------------------------------


def test_every_notebook_declares_parameters_papermill_can_read():
    """``papermill --help-notebook`` documents every parameter (it cannot parse some help comments)."""
    needs_suite()
    for nb in notebook_suite():
        declared = declared_parameters(nb)
        assert "corpus" in declared, f"{nb.name} has no corpus parameter"
        assert set(papermill.inspect_notebook(str(nb))) == set(declared), f"papermill misreads {nb.name}"
        assert all(p["help"] for p in declared.values()), f"{nb.name}: a parameter without a # help comment"
        assert all(p["type"] in ("str", "int", "float", "bool", "list") for p in declared.values())


@pytest.mark.slow
def test_the_real_suite_runs_on_the_seeds(suite_report):
    m = manifest_of(suite_report)
    stems = [nb.stem for nb in notebook_suite()]
    assert [(n["notebook"], n["status"]) for n in m["notebooks"]] == [(s, "ok") for s in stems]
    for stem in stems:
        assert_clean_page(suite_report / f"{stem}.html")
        assert list((suite_report / "figures").glob(f"{stem}-*.png")), f"{stem} shows no chart"
        executed = nbformat.read(suite_report / "notebooks" / f"{stem}.ipynb", as_version=4)
        errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert errors == []
    assert m["parameters"][stems[0]]["corpus"] == str(SEED_ARTICLES)


@pytest.mark.slow
def test_every_table_the_comparison_page_shows_is_in_tables(suite_report):
    """Notebook 04 writes its tables where the runner tells it: the report's tables/ folder."""
    m = manifest_of(suite_report)
    writers = [stem for stem, values in m["parameters"].items() if "tables_dir" in values]
    if not writers:
        pytest.skip("no notebook of the suite declares tables_dir")
    assert all(m["parameters"][stem]["tables_dir"] == "tables" for stem in writers)
    written = sorted(p.name for p in (suite_report / "tables").glob("comparison_*.csv"))
    assert "comparison_summary.csv" in written and "comparison_estimates.csv" in written, written
    for stem in writers:
        assert "tables_dir is empty" not in (suite_report / f"{stem}.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_bad_parameter_value_inside_a_notebook_exits_2(tmp_path):
    needs_suite()
    first = notebook_suite()[0]
    if "group_by" not in declared_parameters(first):
        pytest.skip(f"{first.name} has no group_by parameter")
    done = run_cli("report", "--out", str(tmp_path), "--notebooks", first.stem, "-p", "group_by=nonsense")
    assert done.returncode == 2, done.stderr
    assert "group_by" in done.stderr and "nonsense" in done.stderr
    assert list_reports(tmp_path) == []


def test_a_run_changes_nothing_in_notebooks_or_the_seeds(suite_run):
    """Notebooks and input files are only read: no checkpoints, outputs or caches appear next to them, and
    no byte or timestamp changes."""
    assert suite_run.after == suite_run.before
    for nb in notebook_suite():
        cells = nbformat.read(nb, as_version=4).cells
        assert not any(c.get("outputs") for c in cells if c.cell_type == "code"), f"{nb.name} has outputs"
