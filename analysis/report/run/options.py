"""What a report run is asked to do: its options, the notebooks it runs and the parameters each one gets.

Every path a run is given (the corpus, notebook and reports folders, and path parameters such as
``lexicon``) is made absolute from the folder the command was started in, once, before any work:
nothing later depends on the process's working folder.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.errors import ParameterError
from analysis.paths import NOTEBOOKS_DIR, REPORTS_DIR, SEED_ARTICLES
from analysis.report.run.params import coerce, declared_parameters

NOTEBOOK_PATTERN = re.compile(r"^\d\d_\w+\.ipynb$")
#: Parameters that hold paths: made absolute from the current folder before the notebooks, which run in
#: their own folder, get them. ``lexicon`` is a comma-separated list of paths.
PATH_PARAMETERS = ("corpus", "lexicon", "actors", "background", "tables_dir")
LIST_PARAMETERS = ("lexicon",)
#: The parameter through which a notebook writes its own tables; a run sets it to the report's
#: ``tables/`` folder unless it is given.
TABLES_PARAMETER = "tables_dir"


#: Past this many articles a report runs its notebooks one at a time (memory; see RunOptions.kernels_for).
ONE_KERNEL_ABOVE = 5000


@dataclass(frozen=True)
class RunOptions:
    """One report run.

    ``corpus``: articles to analyse (a folder, or a .csv / .jsonl file); ``params``: notebook parameters
    (each goes to the notebooks that declare it); ``notebooks``: names or name prefixes (empty: every
    numbered notebook in ``notebook_dir``); ``out``: the reports folder; ``name``: added to the report's
    folder name and to its ``latest-<name>`` pointer; ``progress``: print a line per notebook on stderr;
    ``workers``: notebooks run at once (1 or more; one at a time past :data:`ONE_KERNEL_ABOVE` articles, see
    :meth:`kernels_for`); ``store``: the run store to reuse and update ('': a new
    one inside the report, see docs/store.md); ``scheduler``: a Dask scheduler address (tcp://host:8786) to
    analyse on ('': local processes); ``follow_links``: read articles through links that point outside the
    corpus folder; ``series_runs``: earlier runs of this name read to say what changed since the last one
    (``changes.json``, see :mod:`analysis.report.run.changes`; 0: no comparison, the default for a run
    without ``--name``). Relative paths are taken from the current folder.
    """

    corpus: str = str(SEED_ARTICLES)
    params: dict = field(default_factory=dict)
    notebooks: tuple[str, ...] = ()
    out: str = str(REPORTS_DIR)
    name: str = "report"
    progress: bool = False
    workers: int = 2
    notebook_dir: str = str(NOTEBOOKS_DIR)
    store: str = ""
    scheduler: str = ""
    follow_links: bool = False
    series_runs: int = 0

    def kernels_for(self, articles: int) -> int:
        """Notebooks run at once for a corpus of ``articles``: ``workers``, or 1 past
        :data:`ONE_KERNEL_ABOVE` articles, where each kernel holds its page's rows (about 0.1 MB an article)
        and two at once would double the report's peak memory for little gain on a 2-core machine."""
        return 1 if articles > ONE_KERNEL_ABOVE else self.workers

    def absolute(self) -> RunOptions:
        """The same options with ``corpus``, ``out``, ``notebook_dir`` and every path parameter absolute."""
        params = {k: _absolute(k, v) for k, v in self.params.items()}
        return replace(self, corpus=_absolute("corpus", self.corpus), out=os.path.abspath(self.out),
                       notebook_dir=os.path.abspath(self.notebook_dir), params=params,
                       store=os.path.abspath(self.store) if self.store else "")


def suite(options: RunOptions) -> list[Path]:
    """The notebooks the run will execute, in order (``NN_name.ipynb`` files of ``notebook_dir``)."""
    folder = Path(os.path.abspath(options.notebook_dir))
    found = sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))
    if not found:
        raise ParameterError("notebook_dir", f"{folder} holds no report notebooks (NN_name.ipynb)",
                             "a folder of numbered notebooks such as notebooks/")
    if not options.notebooks:
        return found
    chosen = []
    for wanted in options.notebooks:
        match = [p for p in found if p.stem == wanted or p.stem.startswith(wanted) or p.name == wanted]
        if not match:
            raise ParameterError("notebooks", f"no notebook called {wanted!r}",
                                 "one of: " + ", ".join(p.stem for p in found))
        chosen.extend(m for m in match if m not in chosen)
    return chosen


def notebook_parameters(path: Path) -> dict[str, dict]:
    """``{name: {type, default, help}}`` of a notebook's parameters cell (see
    :func:`analysis.report.run.params.declared_parameters`)."""
    return declared_parameters(path)


def _absolute(name: str, value):
    """``value`` made absolute when ``name`` is a path parameter given as non-empty text (``..`` removed,
    symbolic links kept as given)."""
    if name not in PATH_PARAMETERS or not isinstance(value, str) or not value.strip():
        return value
    if name in LIST_PARAMETERS:
        return ",".join(os.path.abspath(p.strip()) for p in value.split(",") if p.strip())
    return os.path.abspath(value)


def plan(options: RunOptions, notebooks: list[Path]) -> dict[str, dict]:
    """The parameters each notebook gets, validated before anything runs; paths made absolute.

    Raises :class:`ParameterError` for a name no notebook declares or a value of the wrong type.
    """
    declared = {nb.stem: notebook_parameters(nb) for nb in notebooks}
    given = dict(options.params)
    given["corpus"] = options.corpus
    known = sorted({name for params in declared.values() for name in params})
    for name in given:
        if name not in known:
            raise ParameterError(name, "no notebook of this run has such a parameter",
                                 "one of: " + ", ".join(known))
    per_notebook = {}
    for stem, params in declared.items():
        values = {}
        for name, value in given.items():
            if name in params:
                values[name] = _absolute(name, coerce(name, value, params[name]["type"]))
        per_notebook[stem] = values
    return per_notebook


def with_tables_folder(per_notebook: dict[str, dict], notebooks: list[Path], folder: Path) -> dict[str, dict]:
    """``per_notebook`` with :data:`TABLES_PARAMETER` set to ``folder`` for every notebook that declares it
    and was not given one, so the tables a page shows are written into the report."""
    result = {}
    for nb in notebooks:
        values = dict(per_notebook[nb.stem])
        if TABLES_PARAMETER in notebook_parameters(nb) and not values.get(TABLES_PARAMETER):
            values[TABLES_PARAMETER] = str(folder)
        result[nb.stem] = values
    return result
