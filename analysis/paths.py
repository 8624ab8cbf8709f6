"""The one module that knows where things are. Paths are absolute; nothing here touches the disk."""
from __future__ import annotations

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
