"""One huge article is bounded in memory (issue 25, item 6): an article over MAX_ARTICLE_CHARS (5 million
characters) is not analysed but listed as not scored with a reason saying to split it; it is not called a
language problem, and the command line warns about it."""
from __future__ import annotations

import resource
import time

from analysis.__main__ import main
from analysis.batches import MAX_ARTICLE_CHARS
from analysis.corpus import Article
from analysis.pipeline import Config, analyze_corpus

LINE = "Officials said the so-called reform would devastate the regime's critics. "


def huge(n_chars: int) -> str:
    return (LINE * (n_chars // len(LINE) + 1))[:n_chars]


def test_a_50_mib_single_line_article_is_listed_not_analysed_in_bounded_time_and_memory():
    article = Article(id="huge", text=huge(50 * 1024 * 1024), language="en")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    rows = Config().analyzer().rows(article)
    assert time.monotonic() - started < 5
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024 < 500 * 2**20
    assert list(rows) == ["not_scored"]
    reason = rows["not_scored"][0]["reason"]
    assert reason.startswith("too long to analyse: its text has 52,428,800 characters, more than the 5,000,000")
    assert reason.endswith("split it into several articles")


def test_an_article_at_the_limit_is_analysed_and_one_over_it_is_not(monkeypatch):
    import analysis.batches as batches

    monkeypatch.setattr(batches, "MAX_ARTICLE_CHARS", 2000)
    corpus = [Article(id="at", text=huge(2000), language="en"), Article(id="over", text=huge(2001), language="en")]
    tables = analyze_corpus(corpus)
    assert list(tables.articles["article_id"]) == ["at"]
    assert list(tables.not_scored["article_id"]) == ["over"]
    assert tables.not_scored_warning() == ""  # not a language problem
    assert MAX_ARTICLE_CHARS == 5_000_000


def test_the_command_line_warns_about_an_article_too_long_to_analyse(tmp_path, monkeypatch, capsys):
    import analysis.batches as batches

    monkeypatch.setattr(batches, "MAX_ARTICLE_CHARS", 2000)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "long.txt").write_text(huge(3000), encoding="utf-8")
    (tmp_path / "articles" / "short.txt").write_text(LINE, encoding="utf-8")
    for extra in ([], ["--store", str(tmp_path / "store")]):
        assert main(["analyze", str(tmp_path / "articles"), "--out", str(tmp_path / "out"), "--quiet", *extra]) == 0
        err = capsys.readouterr().err
        assert "warning: long: too long to analyse: its text has 3,000 characters" in err, extra
