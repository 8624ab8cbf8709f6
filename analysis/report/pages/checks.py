"""Checks of notebook parameters against the data: each returns the value when it is usable and raises a
:class:`~analysis.errors.ParameterError` naming the parameter and what it accepts otherwise. The report
notebooks call them through :mod:`analysis.report.pages.views` (``tb.require_range(...)``)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.errors import ParameterError

#: Article fields a notebook can group and compare by (``group_by``).
GROUP_COLUMNS = ("outlet", "label", "story", "published", "title", "article_id")


def require_choice(name: str, value: str, choices: Sequence[str], what: str = "an accepted value") -> str:
    """``value`` if it is one of ``choices``; else a :class:`ParameterError` listing them."""
    if value not in choices:
        raise ParameterError(name, f"{value!r} is not {what}", "one of: " + ", ".join(choices))
    return value


def require_column(frame: pd.DataFrame | Sequence[str], name: str, value: str,
                   allowed: Sequence[str] = GROUP_COLUMNS) -> str:
    """``value`` if it is one of ``allowed`` and a column of ``frame`` (a table, or its column names:
    pass :data:`GROUP_COLUMNS` to check before any table exists); else a :class:`ParameterError`."""
    columns = frame.columns if isinstance(frame, pd.DataFrame) else frame
    return require_choice(name, value, [c for c in allowed if c in columns], "an article field to group by")


def require_subset(name: str, values: Iterable[str], choices: Iterable[str]) -> list[str]:
    """``values`` as a list if each is one of ``choices``; else a :class:`ParameterError` naming the first."""
    choices = list(choices)
    values = list(values)
    for value in values:
        if value not in choices:
            raise ParameterError(name, f"{value!r} is not known", "a list of: " + ", ".join(choices))
    return values


def require_range(name: str, value: float, low: float, high: float | None = None) -> float:
    """``value`` if ``low <= value`` (and ``<= high`` when given); else a :class:`ParameterError`."""
    if value < low or (high is not None and value > high):
        upper = f" and at most {high}" if high is not None else ""
        raise ParameterError(name, f"got {value!r}", f"a number of at least {low}{upper}")
    return value
