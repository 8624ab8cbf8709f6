"""The front page and the article browser, written from analysed tables (no notebooks run): the finding
first, each claim linked to its spans, seed-only text only for the seeds, and data that cannot act on a page
(bare URLs, Markdown, right-to-left overrides, `$` in chart labels, extreme dates)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from analysis.compare import CompareOptions, compare
from analysis.compare.findings import read_findings, write_findings
from analysis.compare.wording import sentence
from analysis.paths import SEED_ARTICLES
from analysis.display import charts
from analysis.report.pages import views as tb
from analysis.report.run.publish import write_index
from analysis.report.pages.session import load

RLO = "\u202e"


def manifest(corpus: Path, group_by: str = "outlet") -> dict:
    return {"folder": "20260101T000000Z-test", "started": "2026-01-01T00:00:00.123456+00:00", "seconds": 1.5,
            "corpus": str(corpus), "inputs": [], "skipped": [], "warnings": [],
            "parameters": {"01_loaded_terms": {"group_by": group_by}},
            "notebooks": [{"notebook": "01_loaded_terms", "status": "ok", "seconds": 1.0}]}


def front(tmp_path: Path, corpus: Path, group_by: str = "outlet") -> tuple[BeautifulSoup, Path]:
    docs, tables = load(corpus)
    # page 04 writes the findings the front page prints (tables/findings.json)
    write_findings(compare(docs, tables, group_by, CompareOptions(n_boot=200)), tmp_path / "tables", group_by)
    pages = []
    for name in ("01_loaded_terms", "02_sentiment", "03_hedging_and_sourcing", "04_comparison_report"):
        (tmp_path / f"{name}.html").write_text("<html></html>", encoding="utf-8")
        pages.append(tmp_path / f"{name}.html")
    index = write_index(tmp_path / "index.html", manifest(corpus, group_by), tables, pages, corpus=docs)
    return BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser"), tmp_path


@pytest.fixture(scope="module")
def seeds_front(tmp_path_factory):
    return front(tmp_path_factory.mktemp("front"), SEED_ARTICLES)


def test_the_front_page_leads_with_the_most_loaded_text_and_why(seeds_front):
    soup, folder = seeds_front
    assert soup.h1.get_text() == "Framing report: what stands out"
    lede = " ".join(soup.find("p", class_="lede").get_text(" ", strip=True).split())
    assert lede.startswith("The article with the most strong loaded terms is US troops in Iraq 'on standby'")
    # its rate is the articles table's strong terms in the writer's voice: 5 in the original's 456 words
    articles = load(SEED_ARTICLES)[1].articles.set_index("article_id")
    assert f"{articles.loc['original', 'strong_per_1000']:.1f} per 1,000 words in the writer's own voice" in lede
    assert "“client state”" in lede
    assert soup.find("p", class_="lede").a["href"] == "browser/index.html#a=original"
    # the finding comes before the run's details
    text = soup.body.get_text(" ")
    assert text.index("most strong loaded terms") < text.index("About this run") < text.index("20260101T000000Z-test")


def test_the_front_page_prints_page_04s_findings_word_for_word(seeds_front):
    soup, folder = seeds_front
    found, meta = read_findings(folder / "tables")
    items = {int(li["value"]): " ".join(li.get_text(" ").split()) for li in soup.select(".findings li")}
    differences = [k for k, f in enumerate(found, 1) if f.kind == "difference"]
    assert differences and set(differences) <= set(items)
    for k, f in enumerate(found, 1):
        if k in items:
            assert items[k].startswith(" ".join(sentence(f, "outlet").split()))
    loaded = next(items[k] for k, f in enumerate(found, 1) if f.measure == "strong_per_1000" and f.kind == "difference")
    assert loaded.startswith("Original (outlet unknown) wrote more strong loaded terms (words that judge, such as "
                             "slurs and charged labels) than Neutral rewrite (written for this project) in the "
                             "same stories:")
    assert "counting the writer's own words only" in loaded


def test_every_claim_links_to_the_words_behind_it(seeds_front):
    soup, folder = seeds_front
    claims = soup.select(".findings li")
    assert claims
    index_js = (folder / "browser" / "index.js").read_text(encoding="utf-8")
    listed = json.loads(index_js[index_js.index("(") + 1: index_js.rindex(")")])
    groups = {listed["values"][row[7]] for row in listed["articles"]}
    measures = {m for m, _ in listed["measures"]}
    from urllib.parse import unquote

    for li in claims:
        words = [a for a in li("a") if a.get_text() == "see the words"]
        articles = [a for a in li("a") if a.get_text().startswith("article ")]
        page = [a for a in li("a") if a.get_text() == "how it is measured"]
        assert page and (folder / page[0]["href"]).exists()
        for a in articles:
            assert unquote(re.match(r"^browser/index\.html#a=(.+)$", a["href"]).group(1)) in {
                "original", "neutral", "official"}
        if not words:  # sentiment has no spans to show; its page explains it
            assert "tone" in li.get_text() or articles or "Words" in li.find_previous("h3").get_text()
            continue
        group, measure = re.match(r"^browser/index\.html#g=(.+)&m=(\w+)$", words[0]["href"]).groups()
        assert unquote(group) in groups and measure in measures


def test_the_browser_holds_every_article_with_its_marks(seeds_front):
    _, folder = seeds_front
    index, part = (_script_data(folder / "browser" / name) for name in ("index.js", "part-0001.js"))
    articles = {a[0]: a for a in part["articles"]}  # [id, title, date line, text, dropped, marks]
    assert sorted(articles) == ["neutral", "official", "original"]
    _, title, meta, text, _, flat = articles["original"]
    marks, start = {}, 0
    for at in range(0, len(flat), 5):  # start after the previous start, length, kind, popup, voice
        start += flat[at]
        tip = index["tips"][flat[at + 3]] if flat[at + 3] >= 0 else part["tips"][-1 - flat[at + 3]]
        marks[text[start:start + flat[at + 1]]] = (index["kinds"][flat[at + 2]][0], tip)
    measure, tip = marks["client state"]
    assert measure == "loaded" and tip.startswith("+loaded term")  # the page puts the words back in front
    assert "Neutral alternative: ally; partner" in tip
    assert meta.endswith("id original") and title
    assert (folder / "browser" / "index.html").read_text(encoding="utf-8").count("load('index.js')") == 1


def _script_data(path: Path) -> dict:
    """The JSON a browser data file hands to its function (``frmIndex({...});``)."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1: text.rindex(")")])


def test_seed_only_text_appears_only_for_the_seeds(seeds_front, tmp_path):
    soup, _ = seeds_front
    assert "the seeds are one real news article and two rewrites" in soup.get_text()
    copy = shutil.copytree(SEED_ARTICLES, tmp_path / "my-articles")
    (tmp_path / "page").mkdir()
    other, _ = front(tmp_path / "page", copy)
    assert "seeds" not in other.get_text().lower()
    assert other.find("p", class_="lede") is not None  # the finding itself is there for any corpus


def test_one_group_says_there_is_nothing_to_compare(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(2):
        (corpus / f"a{i}.txt").write_text(f"---\noutlet: Same\n---\nThe brutal regime said {i} things.\n",
                                          encoding="utf-8")
    (tmp_path / "page").mkdir()
    soup, _ = front(tmp_path / "page", corpus)
    assert "All 2 articles are in one outlet, so there are no groups to compare" in soup.get_text()


# ------------------------------------------------------------------ data that must not act on a page

def hostile_corpus(folder: Path) -> Path:
    folder.mkdir()
    rows = [
        ("dollar", "$^^$ News", "$\\frac$ and $x^2$ title", "9999-12-31"),
        ("url", "https://evil.example/path", "Plain title", "0001-01-01"),
        ("md", "~~struck~~ **bold** Daily", f"Ev{RLO}lin title", "2024-01-02"),
    ]
    for name, outlet, title, date in rows:
        (folder / f"{name}.txt").write_text(
            f'---\noutlet: "{outlet}"\ntitle: "{title}"\npublished: "{date}"\nstory: s1\n---\n'
            "The brutal regime claimed, according to officials, that it would clearly win.\n", encoding="utf-8")
    return folder


def test_hostile_names_stay_plain_text_on_the_front_page_and_in_the_browser(tmp_path):
    corpus = hostile_corpus(tmp_path / "corpus")
    (tmp_path / "page").mkdir()
    soup, folder = front(tmp_path / "page", corpus)
    html = (folder / "index.html").read_text(encoding="utf-8")
    browser = "".join(p.read_text(encoding="utf-8") for p in (folder / "browser").glob("*.js"))
    # no link to the bare URL, no Markdown turned into markup, no right-to-left override left active
    assert not [a for a in soup("a") if "evil.example" in a.get("href", "")]
    assert "https://evil.example/path" in soup.get_text()
    assert soup.find_all(["del", "s", "strike", "em"]) == []
    assert "~~struck~~ **bold** Daily" in soup.get_text()
    assert RLO not in html and RLO not in browser and "\\u202e" not in browser.lower()
    assert "Ev[U+202E]lin title" in soup.get_text()
    # the chart on the page was drawn with the dollar signs as text (no mathtext error)
    assert soup.find("figure").img["src"].startswith("data:image/png;base64,")


def test_chart_labels_are_never_mathtext_and_extreme_dates_do_not_break_charts(tmp_path):
    corpus = hostile_corpus(tmp_path / "corpus")
    docs, tables = load(corpus)
    assert sorted(tables.articles["published"]) == ["0001-01-01", "2024-01-02", "9999-12-31"]
    groups = tb.group_labels(tables.articles, "outlet")
    figures = [
        charts.loaded_stacked(tb.loaded_rates(tables.articles, by="outlet")),
        charts.certainty_chart(tables.articles),
        charts.sentiment_distribution(tables.sentences, groups),
        charts.sentiment_arcs(tables.sentences, list(tables.articles["article_id"])),
        charts.sources_chart(tb.source_counts(tables.matches, list(tables.articles["article_id"]))),
        charts.actor_heatmap(tb.actor_sentiment(tables.actors)),
    ]
    for fig in figures:
        assert fig._repr_png_().startswith(b"\x89PNG")
    first = figures[0]
    labels = [t.get_text() for t in first.axes[0].get_yticklabels()]
    assert "$^^$ News" in labels  # shown as written, not as mathematics
    assert all(not t.get_parse_math() for t in first.findobj(lambda o: hasattr(o, "get_parse_math")))
