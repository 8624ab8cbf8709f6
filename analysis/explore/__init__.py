"""Exploring a run store in JupyterLab: rates per group, any word's use with its contexts, an article with its
highlights, read through DuckDB (``notebooks/explore.ipynb``, docs/lab.md).

    from analysis.explore import open_explorer, explorer
    ex = open_explorer("reports/latest/store")
    explorer(ex, by="outlet", measure="loaded", voice="writer", phrase="regime")
"""
from .open import open_explorer
from .query import Explorer
from .views import article_html, explorer, rates_html, search_html

__all__ = ["Explorer", "article_html", "explorer", "open_explorer", "rates_html", "search_html"]
