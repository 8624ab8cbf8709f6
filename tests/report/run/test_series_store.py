"""Named runs: where their store lives, what happens to a store that cannot be used, reading earlier
reports whose files were deleted, and the front page's section (no notebook runs here)."""
from __future__ import annotations

import json

import pytest

from analysis.errors import ParameterError
from analysis.report.pages.changes import since_last_html
from analysis.report.run.series import (
    Schedule, earlier_reports, named_store, read_snapshot, schedule_settings,
)


def test_schedule_keys_leave_the_notebook_parameters_and_bad_alerts_are_refused(tmp_path):
    params, schedule = schedule_settings({"group_by": "outlet", "store": "runs/s",
                                          "alerts": {"writer_loaded_per_1000": 3}})
    assert params == {"group_by": "outlet"}
    assert schedule.store.endswith("runs/s") and schedule.alerts == {"writer_loaded_per_1000": 3}
    with pytest.raises(ParameterError, match="no measure 'loaded'.*one of: writer_loaded_per_1000"):
        schedule_settings({"alerts": {"loaded": 3}})
    with pytest.raises(ParameterError, match="a number of 0 or more"):
        schedule_settings({"alerts": {"hedges_per_1000": "high"}})


def test_a_named_run_keeps_its_store_beside_the_reports_and_fresh_starts_it_over(tmp_path):
    said = []
    path = named_store(tmp_path, "week ly", Schedule(), say=said.append)
    assert path == str(tmp_path / "store-week-ly") and (tmp_path / "store-week-ly" / "STORE.json").exists()
    (tmp_path / "store-week-ly" / "parts").mkdir(exist_ok=True)
    (tmp_path / "store-week-ly" / "parts" / "marker").write_text("x")
    assert named_store(tmp_path, "week ly", Schedule(), say=said.append) == path
    assert (tmp_path / "store-week-ly" / "parts" / "marker").exists() and said == []  # reused, nothing said
    named_store(tmp_path, "week ly", Schedule(), fresh=True, say=said.append)
    assert not (tmp_path / "store-week-ly" / "parts" / "marker").exists()
    assert said and "--fresh" in said[0]


def test_a_missing_store_named_in_the_params_file_is_made_with_a_message(tmp_path):
    said = []
    wanted = tmp_path / "elsewhere" / "store"
    assert named_store(tmp_path / "reports", "w", Schedule(store=str(wanted)), say=said.append) == str(wanted)
    assert (wanted / "STORE.json").exists()
    assert "does not exist; a new one is made there" in said[0]


def test_a_params_store_that_is_not_a_store_falls_back_to_one_inside_the_report(tmp_path):
    folder = tmp_path / "my-documents"
    folder.mkdir()
    (folder / "thesis.docx").write_text("precious")
    said = []
    assert named_store(tmp_path / "reports", "w", Schedule(store=str(folder)), say=said.append) == ""
    assert "cannot be used" in said[0] and "new store inside its report" in said[0]
    assert (folder / "thesis.docx").read_text() == "precious"


def test_a_store_written_by_a_newer_version_is_moved_aside_and_a_new_one_started(tmp_path):
    store = tmp_path / "store-w"
    store.mkdir()
    (store / "STORE.json").write_text(json.dumps({"format": "framing-analysis run store", "schema_version": 99}))
    said = []
    assert named_store(tmp_path, "w", Schedule(), say=said.append) == str(store)
    aside = [p for p in tmp_path.iterdir() if p.name.startswith(".store-w.unusable-")]
    assert len(aside) == 1 and json.loads((aside[0] / "STORE.json").read_text())["schema_version"] == 99
    assert "moved to" in said[0]


def _report(out, folder, name, articles_csv=None, changes=None):
    target = out / folder
    (target / "tables").mkdir(parents=True)
    (target / "manifest.json").write_text(json.dumps({"name": name, "status": "ok"}))
    if articles_csv is not None:
        (target / "tables" / "articles.csv").write_text(articles_csv)
    if changes is not None:
        (target / "changes.json").write_text(json.dumps(changes))
    return target


def test_earlier_reports_of_a_name_and_a_report_whose_files_were_deleted(tmp_path):
    csv = "article_id,outlet,n_words,hedges_per_1000\na,X,1000,10\nb,X,1000,30\n"
    old = _report(tmp_path, "20261101T060000Z-weekly", "weekly", csv)
    _report(tmp_path, "20261102T060000Z-other", "other", csv)
    lost = _report(tmp_path, "20261108T060000Z-weekly", "weekly")
    assert earlier_reports(tmp_path, "weekly") == [old, lost]
    snap, why = read_snapshot(old, "outlet")  # made before changes.json existed: rebuilt from its tables
    assert snap["all"]["X"]["hedges_per_1000"]["value"] == pytest.approx(20.0) and why == ""
    snap, why = read_snapshot(lost, "outlet")
    assert snap is None and "changes.json and tables/articles.csv cannot be read" in why


def test_the_section_escapes_what_the_articles_brought_in(tmp_path):
    row = {"group": "<script>alert(1)</script>", "measure": "hedges_per_1000", "name": "hedges",
           "unit": "per 1,000 words", "flagged": True, "change": 5.0, "noise": 1.0, "p": 0.0005, "p_limit": 0.001,
           "now": {"value": 9.0, "low": 7.0, "high": 11.0, "n": 6}, "then": {"value": 4.0, "low": 3.0,
                                                                          "high": 5.0, "n": 12}}
    changes = {"previous": {"folder": "20261101T060000Z-weekly"}, "rates": [row], "group_by": "outlet",
               "articles": {"now": 18, "new": 6, "dropped": 0, "new_examples": [{"title": "<b>x</b>"}]}}
    (tmp_path / "changes.json").write_text(json.dumps(changes))
    section = since_last_html(tmp_path)
    assert "<script>" not in section and "&lt;script&gt;" in section and "<b>x</b>" not in section
    assert "hedges rose to 9.0 (95% interval 7.0 to 11.0, 6 articles) in the new articles, from 4.0" in section
    assert "6 new article" in section
