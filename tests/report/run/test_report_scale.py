"""A report's runner holds no table of matches: the front page and the article browser read them from the
run store, one browser part at a time, and mark exactly what the in-memory tables would."""
from __future__ import annotations

import pytest

from analysis.batches import Plan
from analysis.corpus import load_corpus
from analysis.paths import SEED_ARTICLES
from analysis.pipeline import Config, analyze_corpus
from analysis.report.pages import browser
from analysis.report.pages.browser import InOrder, write_browser
from analysis.report.pages.session import RUN_ENV, STORE_ENV, StoredMatches, store_run


def test_in_order_hands_each_part_its_own_rows_and_skips_rows_of_articles_already_passed():
    rows = [{"article_id": a, "n": n} for n, a in enumerate(["a", "a", "b", "a", "c", "d"])]
    reader = InOrder(rows)
    assert [r["n"] for r in reader(["a", "b"])] == [0, 1, 2, 3]
    # "a" again after "b": its part was written already, so the row is skipped, not given to "c"
    assert [r["n"] for r in reader(["c"])] == [4]
    assert reader(["x"]) == []  # an article with no marks: "d" stays for its own part
    assert [r["n"] for r in reader(["d"])] == [5]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    corpus = load_corpus(SEED_ARTICLES)
    record, env, tables = store_run(corpus, Config(), folder / "store", Plan(), folder / "tables")
    return corpus, env, tables


def test_the_runner_keeps_the_articles_and_leaves_the_matches_in_the_store(stored):
    corpus, env, tables = stored
    assert sorted(tables.articles["article_id"]) == sorted(a.id for a in corpus)
    assert tables.matches.empty and tables.sentences.empty


def test_the_browser_from_the_store_marks_what_the_tables_in_memory_mark(stored, tmp_path, monkeypatch):
    corpus, env, tables = stored
    monkeypatch.setattr(browser, "PART_SIZE", 1)  # one article per part: three reads from the stream
    write_browser(tmp_path / "memory", corpus, analyze_corpus(corpus))
    with StoredMatches(env[STORE_ENV], env[RUN_ENV]) as matches:
        write_browser(tmp_path / "store", corpus, tables, matches_of=matches.in_order())
        assert set(matches.of("original")["article_id"]) == {"original"}
    parts = sorted(p.name for p in (tmp_path / "memory" / "browser").glob("part-*.js"))
    assert parts == ["part-0001.js", "part-0002.js", "part-0003.js"]
    for name in parts:
        from_store = (tmp_path / "store" / "browser" / name).read_text(encoding="utf-8")
        assert from_store == (tmp_path / "memory" / "browser" / name).read_text(encoding="utf-8")
    index = (tmp_path / "store" / "browser" / "index.js").read_text(encoding="utf-8")
    assert index == (tmp_path / "memory" / "browser" / "index.js").read_text(encoding="utf-8")
    assert '["loaded","legal_label"' in index  # the seeds' loaded terms are among the kinds marked


def test_a_large_corpus_runs_its_notebooks_one_at_a_time():
    from analysis.report.run.options import ONE_KERNEL_ABOVE, RunOptions

    options = RunOptions(workers=2)
    assert options.kernels_for(ONE_KERNEL_ABOVE) == 2
    assert options.kernels_for(ONE_KERNEL_ABOVE + 1) == 1
    assert RunOptions(workers=1).kernels_for(10) == 1
