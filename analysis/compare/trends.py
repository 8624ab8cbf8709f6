"""Trends: every measure per period (week, month ...) and group, with intervals, for dated articles."""
from __future__ import annotations

import pandas as pd

from .groups import CompareOptions, check_period
from .rates import Metric, RateComparison
from .summary import interval, number

TREND_COLUMNS = ["period", "period_start", "group", "family", "measure", "label", "unit", "value", "low",
                 "high", "articles"]
_SEP = "\x1f"


def dated(articles: pd.DataFrame, last_weeks: int = 0) -> pd.DataFrame:
    """The articles with a publication date (``date`` column added), only those of the last ``last_weeks``
    weeks up to the newest date in the corpus when ``last_weeks`` > 0 (not up to today, so a rerun of the
    same corpus gives the same table)."""
    dates = pd.to_datetime(articles["published"].astype(str).where(articles["published"].astype(str) != ""),
                           errors="coerce")
    out = articles.assign(date=dates)[dates.notna()]
    if last_weeks and len(out):
        out = out[out["date"] > out["date"].max() - pd.Timedelta(weeks=last_weeks)]
    return out


def trends(tables, units: pd.DataFrame, groups: pd.Series, metrics: list[Metric], by: str,
           options: CompareOptions, last_weeks: int = 0) -> pd.DataFrame:
    """One row per period, group and measure: the pooled value with its bootstrap interval and the number
    of articles. Periods are ``options.period`` (``W`` weeks from Monday, ``M`` months). Empty (with the
    columns :data:`TREND_COLUMNS`) when no article has a date."""
    articles = dated(tables.articles, last_weeks)
    if articles.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    periods = articles["date"].dt.to_period(check_period(options.period))
    ids = articles["article_id"].astype(str)
    keys = pd.Series([f"{p}{_SEP}{groups[i]}" for p, i in zip(periods.astype(str), ids)],
                     index=ids.to_numpy())
    starts = dict(zip(periods.astype(str), periods.dt.start_time.dt.date))
    table = RateComparison(units, keys, metrics, by, options).estimates()
    split = table["group"].str.split(_SEP, n=1, expand=True)
    table = table.assign(period=split[0], group=split[1], period_start=split[0].map(starts))
    table = table.sort_values(["period_start", "group"], kind="stable").reset_index(drop=True)
    return table[TREND_COLUMNS]


def trend_table(trends: pd.DataFrame, measures: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Periods (rows) by group (columns) for each measure: ``value (low to high)`` cells."""
    rows = trends if measures is None else trends[trends["measure"].isin(measures)]
    if rows.empty:
        return pd.DataFrame(columns=["measure", "period"])
    cells = rows.assign(cell=[f"{number(v, u)} ({interval(lo, hi, u)}; {n} art.)" for v, lo, hi, u, n in
                              zip(rows["value"], rows["low"], rows["high"], rows["unit"], rows["articles"])])
    wide = cells.pivot_table(index=["label", "period"], columns="group", values="cell", aggfunc="first",
                             sort=False)
    wide.columns.name = None
    return wide.reset_index().rename(columns={"label": "measure"})
