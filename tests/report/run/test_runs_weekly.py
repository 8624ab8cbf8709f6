"""Scheduled runs of one --name, through the command line users put in cron: three weeks of a small series
reuse the store, lead the front page with what changed, write changes.json and the series chart, and raise
an alert with exit code 5; earlier runs' deleted files, a renamed outlet and a params file pointing at a
missing store give a message and a report, never a traceback."""
from __future__ import annotations

import json
import shutil

import pytest
from conftest import FIXTURE_NOTEBOOKS, run_cli, write_article

from analysis.report.run.runner import list_reports

PLAIN = ("The council met in week {w} to discuss the {t} budget for the coming year. "
         "Members reviewed a report on {t} spending prepared by the finance office. "
         "The mayor said the proposal would be published next month for comment. "
         "Residents asked about road repairs and the library hours. "
         "A vote on the {t} plan is expected before the end of the quarter. ")
#: Loaded sentences in the writer's own voice (each holds two entries of the shipped lexicon).
LOADED = ("The reckless plan has been a disaster for the families it was meant to help. "
          "Critics were right to call the scheme a shameful betrayal of voters. "
          "It was an outrageous display of arrogance from a council that once promised better. ")
TOPICS = ("transport", "housing", "school", "water", "park", "health", "waste", "energy")
OUTLETS = ("Daily Ledger", "Evening Post")


def add_week(corpus, week: int, loaded: str = "", outlets=OUTLETS, per: int = 6) -> None:
    """Six articles per outlet for ``week``; the ``loaded`` outlet's carry loaded sentences."""
    for outlet in outlets:
        for i in range(per):
            topic = TOPICS[(i + week) % len(TOPICS)]
            body = PLAIN.format(w=week, t=topic) + (LOADED if outlet == loaded else "") + f"Article {i}.\n"
            write_article(corpus / f"w{week}-{outlet.split()[0].lower()}-{i}.md",
                          {"title": f"{outlet} on {topic}, week {week}", "outlet": outlet,
                           "published": f"2026-11-{week * 7:02d}"}, body)


def report(out, corpus, *extra):
    return run_cli("report", "--corpus", str(corpus), "--out", str(out), "--name", "weekly", "--notebook-dir",
                   str(FIXTURE_NOTEBOOKS), "--notebooks", "01", *extra)


def newest(out):
    return list_reports(out)[-1]


@pytest.mark.slow
def test_three_weeks_reuse_the_store_lead_with_what_changed_and_alert(tmp_path):
    corpus, out = tmp_path / "articles", tmp_path / "reports"
    params = tmp_path / "weekly.yaml"
    params.write_text("alerts:\n  writer_loaded_per_1000: 5\n")
    add_week(corpus, 1)
    first = report(out, corpus, "--params", str(params), "--alert")
    assert first.returncode == 0, first.stderr
    assert "analysed 12, reused 0" in first.stdout and "first run of this name" in first.stderr
    assert (out / "store-weekly" / "STORE.json").exists()

    add_week(corpus, 2)
    second = report(out, corpus, "--params", str(params), "--alert")
    assert second.returncode == 0, second.stderr
    assert "analysed 12, reused 12" in second.stdout and "12 new, 0 dropped" in second.stdout
    page = (newest(out) / "index.html").read_text(encoding="utf-8")
    assert "No rate changed by more than the run-to-run noise" in page

    add_week(corpus, 3, loaded="Daily Ledger")
    third = report(out, corpus, "--params", str(params), "--alert")
    assert third.returncode == 5, third.stderr  # published, and an alert passed its threshold
    target = newest(out)
    assert (out / "latest-weekly").resolve() == target.resolve()
    assert "analysed 12, reused 24" in third.stdout
    alert_lines = [line for line in third.stdout.splitlines() if line.startswith("alert:")]
    assert len(alert_lines) == 1 and alert_lines[0].startswith(
        "alert: Daily Ledger: loaded terms in the writer's own words rose from 0.00 to ")

    changes = json.loads((target / "changes.json").read_text(encoding="utf-8"))
    assert changes["previous"]["folder"] == list_reports(out)[-2].name
    assert changes["articles"]["new"] == 12 and changes["articles"]["dropped"] == 0
    assert ["Daily Ledger", "writer_loaded_per_1000"] in changes["flagged"]
    assert not any(group == "Evening Post" for group, _ in changes["flagged"])
    reckless = next(t for t in changes["terms"] if t["term"] == "reckless")
    assert reckless["group"] == "Daily Ledger" and reckless["what"] == "first time" and reckless["now"] == 6
    assert "The reckless plan has been a disaster" in reckless["contexts"][0]["text"]

    page = (target / "index.html").read_text(encoding="utf-8")
    assert page.index("Since the last run") < page.index("<h2>Pages</h2>")
    assert "Daily Ledger</strong>: loaded terms in the writer&#x27;s own words rose to" in page \
        or "Daily Ledger</strong>: loaded terms in the writer's own words rose to" in page
    assert (target / "figures" / "series-writer_loaded_per_1000.png").stat().st_size > 5000
    series = (target / "series.html").read_text(encoding="utf-8")
    assert series.count("<img") == 6 and "The last 3 runs of" in series


@pytest.mark.slow
def test_deleted_files_a_renamed_outlet_and_a_missing_store_give_messages_and_a_report(tmp_path):
    corpus, out = tmp_path / "articles", tmp_path / "reports"
    params = tmp_path / "weekly.yaml"
    params.write_text(f"store: {tmp_path / 'gone' / 'store'}\n")
    add_week(corpus, 1)
    first = report(out, corpus, "--params", str(params))
    assert first.returncode == 0, first.stderr
    assert "named in the params file does not exist; a new one is made there" in first.stderr
    assert (tmp_path / "gone" / "store" / "STORE.json").exists() and not (out / "store-weekly").exists()

    previous = newest(out)
    (previous / "changes.json").unlink()
    shutil.rmtree(previous / "tables")
    for path in corpus.glob("w1-evening-*.md"):  # the outlet is renamed
        path.write_text(path.read_text(encoding="utf-8").replace("Evening Post", "The Evening Post"),
                        encoding="utf-8")
    add_week(corpus, 2, outlets=("Daily Ledger", "The Evening Post"))
    second = report(out, corpus, "--params", str(params))
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    assert "changes.json and tables/articles.csv cannot be read" in second.stderr
    page = (newest(out) / "index.html").read_text(encoding="utf-8")
    assert "Since the last run" in page and "first run of this name that could be compared" in page

    for path in corpus.glob("*.md"):  # and renamed back
        path.write_text(path.read_text(encoding="utf-8").replace("The Evening Post", "Evening Post"),
                        encoding="utf-8")
    add_week(corpus, 3)
    third = report(out, corpus, "--params", str(params))
    assert third.returncode == 0, third.stderr
    changes = json.loads((newest(out) / "changes.json").read_text(encoding="utf-8"))
    assert any("if one was renamed" in note for note in changes["notes"])
    assert "if one was renamed" in (newest(out) / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_two_runs_of_one_name_at_once_share_the_store_without_damaging_it(tmp_path):
    import subprocess
    import sys

    from analysis.paths import PROJECT_DIR

    corpus, out = tmp_path / "articles", tmp_path / "reports"
    add_week(corpus, 1)
    command = [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out), "--name",
               "weekly", "--notebook-dir", str(FIXTURE_NOTEBOOKS), "--notebooks", "01"]
    procs = [subprocess.Popen(command, cwd=PROJECT_DIR, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in results]
    # the store's lock let one analyse while the other waited, then reused everything
    assert sorted("analysed 12, reused 0" in out_ for out_, _ in results) == [False, True]
    assert any("analysed 0, reused 12" in out_ for out_, _ in results)
    again = report(out, corpus)
    assert again.returncode == 0 and "analysed 0, reused 12" in again.stdout, again.stderr


@pytest.mark.slow
def test_the_readme_cron_line_reuses_last_weeks_work_and_leads_with_what_changed(tmp_path):
    import subprocess
    import sys

    from analysis.paths import PROJECT_DIR

    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    line = readme.split("```cron\n", 1)[1].split("```", 1)[0].strip()
    command = line.split(" && ", 1)[1].split(" >> ", 1)[0].split()[1:]  # after the venv's python
    assert command[:3] == ["-m", "analysis", "report"] and "--name" in command
    out = tmp_path / "reports"  # the only change: the reports go to a temporary folder
    runs = [subprocess.run([sys.executable, *command, "--out", str(out)], cwd=PROJECT_DIR, text=True,
                           capture_output=True, timeout=900) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], [r.stderr[-2000:] for r in runs]
    assert "reused 0" in runs[0].stdout and "analysed 0, reused 3" in runs[1].stdout
    page = (newest(out) / "index.html").read_text(encoding="utf-8")
    assert page.index("<h2>Since the last run</h2>") < page.index("<h2>Pages</h2>")
    assert "No new articles since the last run" in page
