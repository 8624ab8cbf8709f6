"""Pages that stay small at any corpus size: charts cap at a screenful, tables at a page with the rest in CSV,
highlights are a sample with the rest in the article browser, and every page says how much it shows."""
from __future__ import annotations

import base64
import csv
import json
import re
import struct

import numpy as np
import pandas as pd
import pytest
from pages_corpus import write_tiny_corpus

from analysis.display import charts
from analysis.report.pages.browser import PART_SIZE
from analysis.report.pages.evidence import sample, show

N = 20_000


def rates_frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({"legal_label": rng.uniform(0, 10, n), "emotive": rng.uniform(0, 5, n)},
                         index=pd.Index([f"a{i}" for i in range(n)], name="article_id"))
    frame["all"] = frame.sum(axis=1)
    return frame


def png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def test_a_chart_of_20000_articles_shows_the_highest_and_lowest_and_says_so():
    rates = rates_frame(N)
    fig = charts.loaded_stacked(rates)
    (ax,) = fig.axes
    assert len(ax.containers[0]) == charts.SCREENFUL
    assert ax.get_title(loc="left").replace("\n", " ").endswith("(the 15 highest and 15 lowest of 20,000)")
    drawn = [t.get_text() for t in ax.get_yticklabels()]
    top = rates["all"].sort_values(ascending=False)
    assert drawn[:15] == list(top.index[:15]) and drawn[15:] == list(top.index[-15:])
    width, height = png_size(fig._repr_png_())
    assert height < 2000 and width < 1500  # issue 11 #8: was 911 x 760,151 px


def test_certainty_and_source_charts_cap_too():
    rng = np.random.default_rng(2)
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(N)],
                             "hedges_per_1000": rng.uniform(0, 10, N), "boosters_per_1000": rng.uniform(0, 10, N),
                             "certainty_index": rng.uniform(-1, 1, N)})
    fig = charts.certainty_chart(articles)
    assert len(fig.axes[1].patches) == charts.SCREENFUL
    counts = pd.DataFrame(rng.integers(0, 5, (N, 2)), columns=["named", "anonymous"],
                          index=[f"a{i}" for i in range(N)])
    fig = charts.sources_chart(counts)
    assert len(fig.axes[0].containers[0]) == charts.SCREENFUL
    assert "(the 30 highest of 20,000)" in fig.axes[0].get_title(loc="left").replace("\n", " ")


def test_a_long_table_shows_a_page_and_writes_every_row(tmp_path):
    frame = pd.DataFrame({"article": [f"a{i}" for i in range(5000)], "count": range(5000),
                          "source": ["=HYPERLINK(\"http://x\")"] + ["plain"] * 4999})
    html = show(frame, "Counts", "counts", str(tmp_path), sort=["count"])
    rows = re.findall(r"<tr>", html)
    assert len(rows) == 1 + 30  # the header and 30 rows
    assert "(the first 30 of 5,000 rows. Sorted by count. Complete table: tables/counts.csv.)" in html
    assert "<td class=\"num\">4,999</td>" in html  # most first, whole numbers as whole numbers
    with (tmp_path / "counts.csv").open(encoding="utf-8") as fh:
        written = list(csv.reader(fh))
    assert len(written) == 5001 and written[0] == ["article", "count", "source"]
    assert "'=HYPERLINK(\"http://x\")" in [r[2] for r in written]  # never run as a formula


def test_the_highlighted_sample_is_the_most_and_least_and_says_why():
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(100)], "loaded_per_1000": range(100)})
    ids, why = sample(articles, "loaded_per_1000", 4, "loaded terms")
    assert ids == ["a99", "a98", "a1", "a0"]
    assert why == "the 2 with the most loaded terms and the 2 with the fewest"
    assert sample(articles.head(3), "loaded_per_1000", 4, "x") == (["a0", "a1", "a2"], "")


@pytest.mark.slow
def test_a_report_of_3000_tiny_articles_stays_small(tmp_path):
    from analysis.report.run.runner import RunOptions, run_report

    corpus = write_tiny_corpus(tmp_path / "tiny.jsonl", 3000)
    report = run_report(RunOptions(corpus=str(corpus), notebooks=("01", "02", "03"), out=str(tmp_path / "reports"),
                                   name="scale", progress=False))
    pages = sorted(report.glob("0*.html")) + [report / "index.html", report / "browser" / "index.html"]
    assert len(pages) == 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert len(text.encode()) < 2_500_000, f"{page.name} is {len(text) / 1e6:.1f} MB"
        for png in re.findall(r'src="data:image/png;base64,([^"]+)"', text):
            width, height = png_size(base64.b64decode(png[:64] + "=" * (-len(png[:64]) % 4)))
            assert height < 4000, f"{page.name}: a chart {width} x {height} px"
    loaded = (report / "01_loaded_terms.html").read_text(encoding="utf-8")
    assert "the first 30 of 3,000 rows" in loaded
    assert "Showing 10 of 3,000 articles: the 5 with the most loaded terms per 1,000 words" in loaded
    index = (report / "browser" / "index.js").read_text(encoding="utf-8")
    listed = json.loads(index[index.index("(") + 1: index.rindex(")")])["articles"]
    assert len(listed) == 3000
    parts = sorted((report / "browser").glob("part-*.js"))
    assert len(parts) == 3000 // PART_SIZE
    assert max(p.stat().st_size for p in parts) < 1_000_000
    front = (report / "index.html").read_text(encoding="utf-8")
    assert "3,000 articles" in front and "the first 20 of 3,000 rows" in front
