"""Each notebook parameter that is also a field of an options object has the same default in both places,
so the defaults have one source: the options dataclass."""
from __future__ import annotations

import ast
from dataclasses import MISSING, fields
from pathlib import Path

import pytest

from analysis.compare.groups import CompareOptions
from analysis.paths import NOTEBOOKS_DIR
from analysis.report.run.params import declared_parameters

#: notebook name prefix -> the options objects whose defaults its parameters must repeat
OPTIONS = {"04": (CompareOptions,)}
REPORT_NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("0*.ipynb"))


def _defaults(cls) -> dict:
    return {f.name: f.default for f in fields(cls) if f.default is not MISSING}


@pytest.mark.parametrize("notebook", REPORT_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_defaults_equal_the_options_defaults(notebook: Path):
    declared = declared_parameters(notebook)
    compared = 0
    for cls in OPTIONS.get(notebook.name[:2], ()):
        for name, default in _defaults(cls).items():
            if name in declared:
                assert ast.literal_eval(declared[name]["default"]) == default, \
                    f"{notebook.name}: {name} defaults differ from {cls.__name__}.{name}"
                compared += 1
    if notebook.name.startswith("04"):
        assert compared >= 3, "notebook 04 should take seed, n_boot, top_n ... from CompareOptions"


def test_every_report_notebook_reads_the_seeds_by_default():
    for notebook in REPORT_NOTEBOOKS:
        corpus = ast.literal_eval(declared_parameters(notebook)["corpus"]["default"])
        assert (notebook.parent / corpus).resolve() == (NOTEBOOKS_DIR.parent / "seeds" / "articles").resolve()
