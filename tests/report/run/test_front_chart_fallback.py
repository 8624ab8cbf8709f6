"""The front page's chart is drawn by a kernel once its pages ran; when no kernel could, the runner draws the
same chart itself."""
from __future__ import annotations

import types
from concurrent.futures import Future

import pandas as pd

from analysis.report.run import runner
from analysis.report.run.publish import front_chart

ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Star", "Post"], "n_words": [100, 120],
                         "loaded_per_1000": [10.0, 0.0], "loaded_war_per_1000": [10.0, 0.0]})


def _run(tmp_path):
    return types.SimpleNamespace(tmp=tmp_path, per_notebook={"04": {"group_by": "outlet"}})


def test_the_runner_draws_the_chart_when_no_kernel_did(tmp_path):
    failed = Future()
    failed.set_exception(RuntimeError("no kernel"))
    html = runner._front_chart(_run(tmp_path), types.SimpleNamespace(articles=ARTICLES), failed)
    assert html == front_chart({"parameters": {"04": {"group_by": "outlet"}}}, ARTICLES)
    assert html.startswith("<figure><img src=\"data:image/png;base64,")


def test_the_chart_a_kernel_drew_is_read_and_its_file_removed(tmp_path):
    (tmp_path / ".front-chart.html").write_text("<figure>drawn by the kernel</figure>", encoding="utf-8")
    done = Future()
    done.set_result(None)
    assert runner._front_chart(_run(tmp_path), None, done) == "<figure>drawn by the kernel</figure>"
    assert not (tmp_path / ".front-chart.html").exists()
