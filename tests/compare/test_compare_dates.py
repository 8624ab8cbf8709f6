"""Page 04's trend chart draws any date a corpus may hold (issue 11, bad input #11): matplotlib's own date
axis only covers years 1 to 9999 and its margins pushed 0001-01-01 and 9999-12-31 outside it."""
import io

import pandas as pd

from analysis.compare.charts import trend_chart


def test_trend_chart_draws_the_first_and_last_dates_matplotlib_knows():
    rows = []
    for group, start, value in (("A", "0001-01-01", 10.0), ("A", "2024-01-29", 12.0),
                                ("B", "2024-01-29", 4.0), ("B", "9999-12-27", 6.0)):
        rows.append({"measure": "loaded_per_1000", "group": group, "period_start": start, "value": value,
                     "low": value - 1, "high": value + 1, "label": "Loaded terms", "unit": "per 1,000 words"})
    chart = trend_chart(pd.DataFrame(rows), ["loaded_per_1000"])
    chart.savefig(io.BytesIO(), format="png")  # drawing is where matplotlib refused the dates
    (ax,) = [a for a in chart.axes if a.get_visible()]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0001-01-01", "2024-01-29", "9999-12-27"]
