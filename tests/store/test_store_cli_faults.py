"""Small faults of `analyze --store` (issue 25, item 7): an --out folder inside the store is refused before
anything is written; no ResourceWarning from a library is printed."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.__main__ import main
from analysis.paths import SEED_ARTICLES
from analysis.store import RunStore, RunTables


@pytest.mark.parametrize("inside", [".", "parts", "parts/x", "runs/csv"])
def test_an_out_folder_inside_the_store_is_refused(tmp_path, capsys, inside):
    store = tmp_path / "store"
    assert main(["analyze", str(SEED_ARTICLES), "--store", str(store), "--out", str(tmp_path / "csv"),
                 "--quiet"]) == 0
    before = sorted(p.relative_to(store) for p in store.rglob("*"))
    out = store / inside
    assert main(["analyze", str(SEED_ARTICLES), "--store", str(store), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"parameter 'out': {out.resolve()} is inside the run store {store.resolve()}" in err
    assert "a folder outside the store" in err
    assert sorted(p.relative_to(store) for p in store.rglob("*")) == before
    with RunTables(RunStore(store)) as run:
        assert run.count("articles") == 3


@pytest.mark.slow
def test_analyze_into_a_store_prints_no_resource_warning(tmp_path):
    done = subprocess.run([sys.executable, "-m", "analysis", "analyze", str(SEED_ARTICLES), "--store",
                           str(tmp_path / "store"), "--out", str(tmp_path / "csv"), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # in particular no "warning: unclosed file ... en-lexicon.txt"
