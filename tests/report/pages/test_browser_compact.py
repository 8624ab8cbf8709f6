"""The compact article browser (issue 26): each article drawn in the page from offsets and shared tables is
the same article, with the same marks, popups, legend and note, as :func:`article_html` writes it; the
explanations of lexicon entries are written once for the whole report; offsets hold for text with
characters outside the Basic Multilingual Plane and bidirectional controls."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, NavigableString
from conftest import HOSTILE, write_hostile_corpus

from analysis.corpus import Article, load_corpus
from analysis.measures.registry import browser_kinds
from analysis.paths import SEED_ARTICLES
from analysis.pipeline import analyze_corpus
from analysis.report.pages.browser import PART_SIZE, shown_text, write_browser
from analysis.report.pages.highlight import article_html

CHROMIUM = Path("/usr/bin/chromium")
#: Text a JavaScript string counts differently from Python (emoji: two UTF-16 units) and controls the
#: page shows as ``[U+202E]``, before, between and inside words the lexicons mark.
ODD = ("\U0001F600 Officials said the \u202eregime\u202c had carried out an illegal occupation \U0001F4A5, "
       "sources said. Critics called it a \"massacre\" \U0001F600\U0001F600 and the troops would probably stay, "
       "according to a senior official.")


def _data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1: text.rindex(")")])


def corpus() -> list[Article]:
    odd = [Article(id=f"odd-{i}", title=f"Odd {i} \U0001F600", text=ODD * (i + 1), outlet="Odd Times",
                   language="en") for i in range(2)]
    return list(load_corpus(SEED_ARTICLES)) + odd


def test_offsets_count_utf16_units_of_the_text_as_shown():
    text = "a\U0001F600b\u202ec"
    shown, where = shown_text(text, [1, 2, 3, 4])
    assert shown == "a\U0001F600b[U+202E]c"
    # the emoji is two units in JavaScript, the control eight characters once made visible
    assert where == {0: 0, 1: 1, 2: 3, 3: 4, 4: 12, 5: 13}
    assert shown_text("plain", [2]) == ("plain", {0: 0, 2: 2, 5: 5})


def test_every_explanation_is_written_once_and_an_article_costs_little_more_than_its_text(tmp_path):
    seeds = list(load_corpus(SEED_ARTICLES))
    copies = [Article(id=f"c{i}", title=a.title, text=a.text, outlet=a.outlet, language="en")
              for i in range(2 * PART_SIZE + 10) for a in seeds[i % len(seeds):][:1]]
    tables = analyze_corpus(copies)
    write_browser(tmp_path, copies, tables)
    files = sorted((tmp_path / "browser").glob("*.js"))
    assert len(files) == 1 + 3  # the index and three parts
    explanation = next(e for e in tables.matches.loc[tables.matches["measure"] == "loaded", "explanation"] if e)
    written = [p.name for p in files if explanation in p.read_text(encoding="utf-8")]
    assert written == ["index.js"]
    data = sum(p.stat().st_size for p in files)
    text = sum(len(a.text.encode()) for a in copies)
    assert data < 2 * text, f"{data / len(copies):.0f} bytes an article for {text / len(copies):.0f} of text"


def canonical(node) -> list:
    """An element's tree as nested lists (tag, attributes but the id, children), adjacent text merged."""
    out, texts = [], []
    for child in node.children:
        if isinstance(child, NavigableString):
            texts.append(str(child))
            continue
        if texts:
            out.append("".join(texts))
            texts = []
        attrs = {k: " ".join(v) if isinstance(v, list) else v for k, v in child.attrs.items() if k != "id"}
        out.append([child.name, sorted(attrs.items()), canonical(child)])
    if texts:
        out.append("".join(texts))
    return [x for x in out if x != ""]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_the_browser_draws_each_article_as_article_html_writes_it(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    articles = corpus() + list(load_corpus(write_hostile_corpus(tmp_path / "hostile")))
    tables = analyze_corpus(articles)
    page_path = write_browser(tmp_path, articles, tables)
    kinds = browser_kinds()
    assert any(p for a in articles for p in HOSTILE if p in a.text)
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                      args=["--no-sandbox", "--disable-gpu"])
        try:
            page = chromium.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_path.as_uri())
            page.wait_for_selector("#list li")
            marks = 0
            for article in articles:
                page.evaluate("id => { location.hash = 'a=' + encodeURIComponent(id); }", article.id)
                page.wait_for_function("t => { const m = document.querySelector('#view .frm-hl-meta');"
                                       " return m && m.textContent.endsWith(t); }", arg=f"id {article.id}")
                drawn = BeautifulSoup(page.inner_html("#view"), "html.parser")
                rows = tables.matches[tables.matches["article_id"] == article.id]
                written = BeautifulSoup(article_html(article, rows, kinds, style=False, footnotes=False),
                                        "html.parser")
                assert canonical(drawn) == canonical(written), article.id
                marks += len(drawn.select(".frm-hl-text mark"))
            assert marks > 100 and errors == []
            assert page.evaluate("typeof window.__pwned") == "undefined"
        finally:
            chromium.close()
