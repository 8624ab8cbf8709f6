"""The one module that knows where things are. Paths are absolute; nothing here touches the disk."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The project checkout (the package is installed in editable mode from it).
PROJECT_DIR = PACKAGE_DIR.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
SEED_ARTICLES = SEEDS_DIR / "articles"
PARAMS_DIR = SEEDS_DIR / "params"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
TEACHING_DIR = NOTEBOOKS_DIR / "teaching"
REPORTS_DIR = PROJECT_DIR / "reports"
LEXICON_DIR = PACKAGE_DIR / "lexicons"
TEMPLATE_DIR = PACKAGE_DIR / "report" / "templates"
#: The actors file of the seeds' story (its leaders, capitals and institutions): ``Config``'s default.
SEED_ACTORS = LEXICON_DIR / "actors_us_iraq_israel.yaml"
#: The actors file for any other corpus: countries and international organisations by name only (the seeds'
#: file would put "White House", "Congress" or a "WASHINGTON" dateline under "United States").
GENERAL_ACTORS = LEXICON_DIR / "actors_general.yaml"


def default_actors(*corpus: str | os.PathLike) -> tuple[str, ...]:
    """The actors file(s) for an analysis or report of ``corpus`` (one or more paths) when none is given:
    :data:`SEED_ACTORS` when there is no corpus or it is the seeds' folder (however it is reached: a relative
    path, a trailing slash, a symbolic link), :data:`GENERAL_ACTORS` otherwise."""
    seeds = all(os.path.realpath(c) == str(SEED_ARTICLES) for c in corpus)
    return (str(SEED_ACTORS if seeds else GENERAL_ACTORS),)
