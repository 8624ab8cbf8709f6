"""The ``latest`` pointers: one for the newest report of any name and one per run name, never a failure."""
from __future__ import annotations

import shutil

import pytest

from conftest import FIXTURE_NOTEBOOKS, run_cli, tree_snapshot

from analysis.report.run.runner import list_reports


def _report(out, name):
    return run_cli("report", "--out", str(out), "--notebook-dir", str(FIXTURE_NOTEBOOKS), "--notebooks", "01",
                   "--name", name)


@pytest.mark.slow
def test_each_run_name_has_its_own_latest_and_a_real_latest_folder_is_left_alone(tmp_path):
    out = tmp_path / "reports"
    done = _report(out, "weekly")
    assert done.returncode == 0, done.stderr
    [weekly] = list_reports(out)
    assert (out / "latest").resolve() == weekly and (out / "latest-weekly").resolve() == weekly

    # someone copied the reports with cp -rL: latest is now a real folder
    (out / "latest").unlink()
    shutil.copytree(weekly, out / "latest")
    copied = tree_snapshot(out / "latest")
    done = _report(out, "ad-hoc")
    assert done.returncode == 0, done.stderr
    assert f"{out / 'latest'} is a real folder, not a link, so it was left as it is" in done.stderr
    adhoc = next(r for r in list_reports(out) if r != weekly)
    assert list_reports(out) == sorted([weekly, adhoc])  # the copied folder is not taken for a report
    assert tree_snapshot(out / "latest") == copied and not (out / "latest").is_symlink()
    assert (out / "latest-ad-hoc").resolve() == adhoc
    assert (out / "latest-weekly").resolve() == weekly  # the scheduled run's pointer is not moved
    # no stray .latest-* link; beside the reports and pointers, each name's store and its lock file
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [weekly.name, adhoc.name, "latest", "latest-weekly", "latest-ad-hoc", "store-weekly", "store-ad-hoc",
         ".store-weekly.lock", ".store-ad-hoc.lock"])
