"""Article ids that are names of JavaScript properties (``__proto__``, ``constructor``, ``toString``) open their
own article in the article browser, not "[object Object]" or a function's source (issue 25, item 7)."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus import Article
from analysis.pipeline import analyze_corpus
from analysis.report.pages.browser import write_browser

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]
IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]


def test_ids_that_are_javascript_property_names_open_their_article(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    corpus = [Article(id=i, title=f"Title of {i}", text=f"Officials said the plan for {i} was a disaster.",
                      outlet="Daily", language="en") for i in IDS]
    page_path = write_browser(tmp_path, corpus, analyze_corpus(corpus))
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                      args=["--no-sandbox", "--disable-gpu"])
        try:
            page = chromium.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            for i in IDS:
                page.goto(page_path.as_uri() + "#a=" + i)
                try:
                    page.wait_for_function("t => document.getElementById('view').innerText.indexOf(t) >= 0",
                                           arg=f"Title of {i}", timeout=10_000)
                except sync_api.TimeoutError:
                    pass
                shown = page.inner_text("#view")
                assert f"Title of {i}" in shown and "[object Object]" not in shown, shown
            assert errors == []
        finally:
            chromium.close()
