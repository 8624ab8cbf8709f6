"""Highlighted articles, keyword-in-context tables and charts, checked on hand-made input and the seeds."""
from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.display import charts, colors
from analysis.report.pages import highlight
from analysis.report.pages import views as tb
from analysis.corpus import Article
from analysis.errors import ParameterError
from analysis.lexicon import load_lexicon
from analysis.paths import LEXICON_DIR, SEED_ARTICLES
from analysis.display.labels import category_name
from analysis.report.pages.session import load

VOID = {"br", "img", "hr", "meta", "input", "link", "wbr", "col", "area", "base", "source"}


class Page(HTMLParser):
    """Records tags, attributes, text inside ``.frm-hl-text`` and every ``<mark>`` with its text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags, self.attrs = [], [], [], []
        self.marks, self._open_marks = [], []
        self.text, self._in_text = [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)
        if tag not in VOID:
            self.stack.append(tag)
        attrs = dict(attrs)
        if self._in_text or "frm-hl-text" in (attrs.get("class") or "").split():
            self._in_text += tag not in VOID
        if tag == "mark" and self._in_text:
            self._open_marks.append(len(self.marks))
            self.marks.append({**attrs, "text": ""})

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "mark" and self._open_marks:
            self._open_marks.pop()
        if self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        if self._in_text:
            self.text.append(data)
            for i in self._open_marks:
                self.marks[i]["text"] += data


def parse(markup: str) -> Page:
    page = Page()
    page.feed(markup)
    page.close()
    return page


def match_rows(article_id: str, spans: list[tuple], text: str) -> pd.DataFrame:
    """A hand-made matches table: spans are (start, end, measure, category, explanation, neutral)."""
    rows = [{"article_id": article_id, "measure": m, "category": c, "entry": text[s:e] or "x", "start": s,
             "end": e, "sentence": 0, "text": text[s:e], "detail": "", "explanation": x, "neutral": n}
            for s, e, m, c, x, n in spans]
    columns = ["article_id", "measure", "category", "entry", "start", "end", "sentence", "text", "detail",
               "explanation", "neutral"]
    return pd.DataFrame(rows, columns=columns)


@pytest.fixture(scope="module")
def seeds():
    return load(SEED_ARTICLES)


# ------------------------------------------------------------------ escaping

def test_text_title_outlet_and_tooltip_are_escaped():
    text = 'Before <script>alert(1)</script> and <img src=x onerror="alert(2)"> say "hi" & \'bye\'.'
    article = Article(id="x<y", text=text, title='<b onmouseover="steal()">Title</b>',
                      outlet='Outlet"><script>alert(3)</script>', published="2024-01-30")
    start = text.index("<img")
    end = text.index(">", start) + 1
    evil = '"><img src=y onerror=alert(4)> it\'s'
    matches = match_rows("x<y", [(start, end, "loaded", "emotive", evil, 'say "calm"; <i>x</i>')], text)
    markup = highlight.article_html(article, matches)
    page = parse(markup)
    assert page.errors == [] and page.stack == []
    assert not {"script", "img", "b", "i"} & set(page.tags)
    assert not {"onerror", "onmouseover"} & set(page.attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "Outlet&quot;&gt;&lt;script&gt;" in markup
    assert "&lt;b onmouseover=&quot;steal()&quot;&gt;" in markup
    assert "".join(page.text) == text
    (mark,) = page.marks
    assert mark["text"] == '<img src=x onerror="alert(2)">'
    assert evil in mark["data-tip"] and 'Neutral alternative: say "calm"; <i>x</i>' in mark["data-tip"]


# ------------------------------------------------------------------ spans

def test_seed_loaded_terms_are_marked_in_order_with_their_tooltips(seeds):
    corpus, tables = seeds
    original = next(a for a in corpus if a.id == "original")
    page = parse(highlight.article_html(original, tables.matches))
    assert page.errors == [] and page.stack == []
    m = tables.matches
    found = m[(m["article_id"] == "original") & (m["measure"] == "loaded")]
    assert [m["text"] for m in page.marks] == list(found.sort_values("start")["text"])
    assert [m["text"] for m in page.marks][:3] == ["client state", "raging", "boots on the ground"]
    client = page.marks[0]
    assert client["data-category"] == "legal_label"
    # the words written come first; the entry is named only when it differs, and then labelled as the entry
    assert client["data-tip"].startswith("\u201cclient state\u201d: loaded term (strong) · legal label\n")
    assert "Lexicon entry" not in client["data-tip"]
    assert client["data-tip"].endswith("Neutral alternative: ally; partner")
    assert "".join(page.text) == original.text
    assert "Original (outlet unknown) · date unknown (estimated 2024-01-30) · id original" in \
        highlight.article_html(original, tables.matches)


def test_categories_limit_the_marks(seeds):
    corpus, tables = seeds
    original = next(a for a in corpus if a.id == "original")
    page = parse(highlight.article_html(original, tables.matches, categories=["covert_framing"]))
    assert [m["text"] for m in page.marks] == ["dirty war", "sabotage"]


def test_articles_beyond_the_limit_are_counted_not_shown(seeds):
    corpus, tables = seeds
    markup = highlight.articles_html(corpus, tables.matches, limit=1)
    assert markup.count('<div class="frm-hl" ') == 1 and "2 more article(s) not shown" in markup
    assert highlight.articles_html(corpus, tables.matches).count('<div class="frm-hl" ') == 3


def test_nested_spans_are_drawn_inside_and_crossing_ones_are_left_out():
    text = "abcdefghij klmnop"
    spans = [(0, 10, "attributions", "named", "", ""), (0, 10, "hedges", "modal", "", ""),
             (3, 6, "boosters", "absolute", "", ""), (5, 12, "hedges", "modal", "", ""),
             (12, 12, "hedges", "modal", "", "")]
    article = Article(id="a", text=text, title="t")
    markup = highlight.article_html(article, match_rows("a", spans, text),
                                    measures=("attributions", "hedges", "boosters"))
    page = parse(markup)
    assert page.errors == [] and page.stack == []
    assert "".join(page.text) == text
    assert [(m["data-measure"], m["text"]) for m in page.marks] == [
        ("attributions", "abcdefghij"), ("hedges", "abcdefghij"), ("boosters", "def")]
    assert "2 match(es) overlapping another one are not highlighted" in markup


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet='ab <>&"\'\n', max_size=40).flatmap(lambda t: st.tuples(
    st.just(t), st.lists(st.tuples(st.integers(0, len(t)), st.integers(0, len(t))), max_size=8))))
def test_any_overlap_keeps_the_html_balanced_and_the_text_whole(case):
    text, pairs = case
    spans = [(min(a, b), max(a, b), "loaded", "emotive", "<x>", '"') for a, b in pairs]
    page = parse(highlight.article_html(Article(id="a", text=text), match_rows("a", spans, text)))
    assert page.errors == [] and page.stack == []
    assert "".join(page.text) == text
    kept, _ = highlight.nest(highlight.select(match_rows("a", spans, text), "a"))
    assert [m["text"] for m in page.marks] == [text[k.start:k.end] for k in kept]


# ------------------------------------------------------------------ keyword in context

def test_kwic_gives_the_context_of_a_known_seed_match(seeds):
    corpus, tables = seeds
    kwic = tb.kwic(tables.matches, tb.texts(corpus))
    row = kwic[kwic["term"] == "client state"].iloc[0]
    assert row["left"] == "…Israel if needed to support Washington’s top Middle Eastern"
    assert row["right"].startswith(". That’s according to documents seen by The Intercept")
    assert row["right"].endswith("…")
    assert (row["article"], row["category"], row["neutral"]) == ("original", "legal_label", "ally; partner")
    assert "dirty war" in set(kwic["term"])


def test_context_cuts_at_word_boundaries_and_marks_the_cut():
    text = "one two three four five"
    start = text.index("three")
    assert tb.context(text, start, start + 5, width=6) == ("…two", "four…")
    assert tb.context(text, 0, 3, width=100) == ("", "two three four five")
    assert tb.context("a\nb c", 2, 3, width=10) == ("a", "c")


def test_group_by_must_be_an_article_field(seeds):
    _, tables = seeds
    assert tb.require_column(tables.articles, "group_by", "label") == "label"
    with pytest.raises(ParameterError) as err:
        tb.require_column(tables.articles, "group_by", "colour")
    message = str(err.value)
    assert message.startswith("parameter 'group_by': 'colour'")
    assert "outlet, label, story, published" in message


def test_loaded_rates_pool_words_within_a_group():
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "n_words": [1000, 3000],
                             "loaded_emotive_per_1000": [4.0, 0.0],
                             "loaded_legal_label_per_1000": [0.0, 2.0]})
    rates = tb.loaded_rates(articles, by="outlet")
    assert rates.loc["X", "emotive"] == pytest.approx(1.0)  # 4 terms in 4,000 words
    assert rates.loc["X", "legal_label"] == pytest.approx(1.5)  # 6 terms in 4,000 words
    assert rates.loc["X", "all"] == pytest.approx(2.5)


def test_styled_tables_escape_cells():
    frame = pd.DataFrame({"left": ["<script>x</script>"], "term": ['a "b"']})
    markup = tb.styled(frame, right=["left"]).to_html()
    assert "<script>" not in markup and "&lt;script&gt;" in markup


def test_styled_tables_align_every_cell_with_one_rule():
    import re

    frame = pd.DataFrame({"period": [f"2024-W{i:02d}" for i in range(500)], "rate": [i / 7 for i in range(500)],
                          "left": ["context"] * 500})
    markup = tb.styled(frame, right=["left"]).to_html()
    table = re.search(r'<table id="(T_\w+)"', markup).group(1)
    rules = dict(re.findall(r"(#[^{]+)\{([^}]*)\}", markup))
    assert " ".join(rules[f"#{table} td "].split()) == "text-align: left; vertical-align: top;"
    assert " ".join(rules[f"#{table} th "].split()) == "text-align: left;"
    right = [k for k, v in rules.items() if "right" in v]  # the right-aligned column's 500 cells
    assert len(right) == 1 and right[0].count("_col2") == 500 and "_col0" not in right[0]
    assert markup.count("<td") == 1500 and markup.count(' id="') == 1 + 500  # the table's and col2's cells'
    assert "71.29" in markup  # 499 / 7, two places


# ------------------------------------------------------------------ charts

def test_stacked_loaded_chart_has_one_bar_per_article_and_category(seeds):
    _, tables = seeds
    rates = tb.loaded_rates(tables.articles)
    categories = tb.loaded_categories(tables.articles)
    shipped = load_lexicon(LEXICON_DIR / "loaded_terms.yaml").categories
    assert categories == list(shipped) and categories[:3] == ["legal_label", "actor_label", "covert_framing"]
    fig = charts.loaded_stacked(rates)
    (ax,) = fig.axes
    # categories by their display names (one table of them, in analysis/report/labels.py)
    assert [c.get_label() for c in ax.containers] == [category_name(c) for c in categories]
    assert [c.get_label() for c in ax.containers][:3] == ["legal label", "label for an actor", "covert framing"]
    assert all(len(c) == 3 for c in ax.containers)
    assert len(ax.patches) == 3 * len(categories)
    right_edges = [max(p.get_x() + p.get_width() for p in ax.patches
                       if round(p.get_y() + p.get_height() / 2) == i) for i in range(3)]
    assert right_edges == pytest.approx(list(tables.articles["loaded_per_1000"]))
    assert ax.get_xlabel() == "loaded terms per 1,000 words"
    assert isinstance(fig._repr_png_(), bytes) and fig._repr_png_()[:4] == b"\x89PNG"


def test_a_category_has_the_same_colour_in_charts_and_highlights(seeds):
    corpus, tables = seeds
    fig = charts.loaded_stacked(tb.loaded_rates(tables.articles))
    legal = fig.axes[0].containers[0]
    assert legal.get_label() == "legal label"
    colour = colors.category_color("legal_label")
    assert legal.patches[0].get_facecolor() == pytest.approx((0xCC / 255, 0x66 / 255, 0x77 / 255, 1.0))
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    original = next(a for a in corpus if a.id == "original")
    page = parse(highlight.article_html(original, tables.matches))
    assert page.marks[0]["data-category"] == "legal_label"
    assert f"rgba({r}, {g}, {b}, " in page.marks[0]["style"]


def test_sentiment_arcs_draw_two_lines_per_article(seeds):
    _, tables = seeds
    ids = list(tables.articles["article_id"])
    fig = charts.sentiment_arcs(tables.sentences, ids)
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title(loc="left") for ax in panels] == ["neutral", "official", "original"]
    for ax, n in zip(panels, tables.articles["n_sentences"]):
        lines = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
        assert [line.get_label() for line in lines] == ["VADER compound", "TextBlob polarity"]
        assert all(len(line.get_xdata()) == n for line in lines)


def test_sources_and_certainty_charts_match_the_tables(seeds):
    _, tables = seeds
    ids = list(tables.articles["article_id"])
    fig = charts.sources_chart(tb.source_counts(tables.matches, ids))
    (ax,) = fig.axes
    assert [c.get_label() for c in ax.containers] == ["named", "anonymous", "document", "pronoun", "unclear"]
    totals = [sum(c.patches[i].get_width() for c in ax.containers) for i in range(3)]
    # the chart counts the body's attributions; the official title's "Pentagon calls" is a headline row
    body = tables.matches[tables.matches["voice"] != "headline"]
    found = body[body["measure"] == "attributions"].groupby("article_id").size()
    assert totals == [found[i] for i in ids]
    left, right = charts.certainty_chart(tables.articles).axes
    assert len(left.patches) == 6 and len(right.patches) == 3
    assert [p.get_width() for p in right.patches] == pytest.approx(list(tables.articles["certainty_index"]))


def test_top_terms_chart_has_one_bar_per_term(seeds):
    _, tables = seeds
    top = tb.top_terms(tables.matches, n=5)
    assert list(top["lexicon entry"][:2]) == ["advise and assist", "terrorist"] and list(top["count"][:2]) == [4, 4]
    (ax,) = charts.top_terms_chart(top).axes
    assert len(ax.patches) == 5
    assert [t.get_text() for t in ax.get_yticklabels()] == list(top["lexicon entry"])


def test_actor_grid_writes_each_mean_and_hatches_actors_not_mentioned(seeds):
    _, tables = seeds
    grid = tb.actor_sentiment(tables.actors)
    assert list(grid.columns) == ["neutral", "official", "original"]
    assert grid.index[0] == "United States"
    (ax, _colorbar) = charts.actor_heatmap(grid).axes
    written = [t.get_text() for t in ax.texts]
    assert len(written) == int(grid.notna().sum().sum())
    assert len([p for p in ax.patches if p.get_hatch() == "///"]) == int(grid.isna().sum().sum())
    assert written[0] == f"{grid.iloc[0, 0]:+.2f}"


def test_sentiment_arcs_say_when_articles_are_left_out(seeds):
    _, tables = seeds
    fig = charts.sentiment_arcs(tables.sentences, list(tables.articles["article_id"]), limit=2)
    assert len([ax for ax in fig.axes if ax.get_visible()]) == 2
    # the panels are a chosen sample (evidence.sample), not necessarily the first ones: the title says how many
    assert fig.get_suptitle() == "Sentiment sentence by sentence (2 of 3 articles)"


def test_categories_after_the_ninth_are_hatched_and_not_coloured_like_the_first_nine():
    shipped = list(load_lexicon(LEXICON_DIR / "loaded_terms.yaml").categories)
    first, rest = shipped[:9], shipped[9:]
    assert [colors.category_color(c) for c in first] == list(colors.TOL_MUTED[:len(first)])
    assert all(colors.category_hatch(c) == "" for c in first)
    assert all(colors.category_hatch(c) == "///" for c in [*rest, "my_own_category"])
    assert not {colors.category_color(c) for c in rest} & set(colors.TOL_MUTED)
    assert colors.category_color("my_own_category") in colors.TOL_LIGHT


def test_parameter_checks_name_the_parameter_and_what_it_accepts():
    with pytest.raises(ParameterError, match=r"^parameter 'categories': 'nonsense' is not known; it accepts a "
                                             r"list of: emotive, legal_label$"):
        tb.require_subset("categories", ["emotive", "nonsense"], ["emotive", "legal_label"])
    assert tb.require_subset("categories", [], ["emotive"]) == []
    with pytest.raises(ParameterError, match=r"^parameter 'top_n': got 0; it accepts a number of at least 1$"):
        tb.require_range("top_n", 0, 1)
    assert tb.require_range("disagreement", 2.0, 0.0, 2.0) == 2.0
    with pytest.raises(ParameterError, match=r"at least 0.0 and at most 2.0$"):
        tb.require_range("disagreement", 2.5, 0.0, 2.0)
    with pytest.raises(ParameterError, match=r"^parameter 'group_by': 'colour' is not an article field"):
        tb.require_column(tb.GROUP_COLUMNS, "group_by", "colour")


def test_quoted_matches_are_drawn_apart_from_the_writers_own_words():
    text = 'He called it "a brutal regime" and the brutal winter went on.'
    first, second = text.index("brutal"), text.rindex("brutal")
    matches = match_rows("a", [(first, first + 6, "loaded", "emotive", "x", "harsh"),
                               (second, second + 6, "loaded", "emotive", "x", "harsh")], text)
    # without a voice column every match is the writer's
    plain = parse(highlight.article_html(Article(id="a", text=text), matches))
    assert [m["data-voice"] for m in plain.marks] == ["writer", "writer"]
    assert all("frm-quoted" not in m["class"] for m in plain.marks)
    voiced = parse(highlight.article_html(Article(id="a", text=text), matches.assign(voice=["quote", "writer"])))
    quoted, own = voiced.marks
    assert "frm-quoted" in quoted["class"].split() and "frm-quoted" not in own["class"].split()
    assert "someone else's words" in quoted["data-tip"] and "someone else's words" not in own["data-tip"]


def test_marks_are_focusable_and_numbered_for_print():
    text = "A brutal and brutal and raging day."
    spans = [(2, 8, "loaded", "emotive", "why", "harsh"), (13, 19, "loaded", "emotive", "why", "harsh"),
             (24, 30, "loaded", "emotive", "other", "angry")]
    markup = highlight.article_html(Article(id="a", text=text), match_rows("a", spans, text))
    page = parse(markup)
    assert [m["tabindex"] for m in page.marks] == ["0", "0", "0"]
    # the same explanation gets the same note; notes are listed once each, in order
    assert [m["data-n"] for m in page.marks] == ["1", "1", "2"]
    assert markup.count('<li id="a-a-') == 2 and page.marks[0]["aria-describedby"].endswith("-n1")
    assert "title" not in page.marks[0]  # no browser tooltip beside the popup


def test_sentiment_arcs_draw_each_article_s_scores_and_keep_every_text_inside_the_picture(seeds):
    _, tables = seeds
    every = list(tables.articles["article_id"])
    for ids, limit in ((every, 1), (every, None)):  # one panel under a long title, and a row of three
        fig = charts.sentiment_arcs(tables.sentences, ids, limit=limit)
        ids = ids[:limit]
        panels = [ax for ax in fig.axes if ax.get_visible()]
        for ax, article in zip(panels, ids):
            part = tables.sentences[tables.sentences["article_id"] == article].sort_values("sentence")
            vader, textblob = [line for line in ax.get_lines() if not line.get_label().startswith("_")]
            assert list(vader.get_ydata()) == list(part["vader_compound"])
            assert list(textblob.get_ydata()) == list(part["textblob_polarity"])
        fig._repr_png_()  # laid out by hand, drawn at the figure's own size: no text may fall outside it
        assert all(ax.get_ylim() == (-1.05, 1.05) for ax in panels)  # one scale for every panel
        assert [t.get_text() for t in panels[0].get_yticklabels()] == ["−1.0", "−0.5", "0.0", "0.5", "1.0"]
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.text import Text

        renderer = FigureCanvasAgg(fig).get_renderer()
        box = fig.bbox
        texts = [fig.get_suptitle(), "sentence position", "sentiment (-1 to 1)", "VADER compound",
                 "TextBlob polarity", *ids]
        texts = [t for t in fig.findobj(Text) if t.get_text() in texts and t.get_visible()]
        assert sorted({t.get_text() for t in texts}) == sorted({fig.get_suptitle(), "sentence position",
                                                                "sentiment (-1 to 1)", "VADER compound",
                                                                "TextBlob polarity", *ids})
        for text in texts:
            extent = text.get_window_extent(renderer)
            assert box.x0 <= extent.x0 and extent.x1 <= box.x1 and box.y0 <= extent.y0 and extent.y1 <= box.y1, \
                text.get_text()
