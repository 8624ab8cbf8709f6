"""Page 04 reads from a report run's store only what the comparison reads (no sentence text, no match
explanations, the voice regions of the articles whose text it reads), and compares exactly as with every
column and every region in memory."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis.compare import COMPARED_TABLES, UNREAD_COLUMNS, CompareOptions, compare, compared_measures
from analysis.errors import ParameterError
from analysis.paths import SEED_ARTICLES
from analysis.pipeline import analyze_corpus
from analysis.report.pages import session
from analysis.store import RunStore, RunTables, Stream, analyze_into


@pytest.fixture()
def stored(tmp_path, monkeypatch):
    """The seed articles analysed into a store, as a report run leaves them for its kernels."""
    folder = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, folder)
    store = RunStore(tmp_path / "store")
    record = analyze_into(store, Stream(folder))
    monkeypatch.setenv(session.STORE_ENV, str(store.path))
    monkeypatch.setenv(session.RUN_ENV, record["id"])
    return folder, store, record["id"]


def test_the_comparison_from_what_page_04_reads_equals_the_comparison_of_everything(stored, monkeypatch):
    folder, _, _ = stored
    with monkeypatch.context() as patch:
        patch.setattr(session, "analyze_corpus", lambda *a, **k: pytest.fail("analysed again"))
        corpus, tables = session.load(folder, only=COMPARED_TABLES, measures=compared_measures(),
                                      leave_out=UNREAD_COLUMNS)
    assert "text" not in tables.sentences.columns and "explanation" not in tables.matches.columns
    assert tables.actors.empty and isinstance(tables.voices, session.StoredVoices)
    everything = analyze_corpus(corpus)  # the settings the store was analysed with
    assert not everything.voices.empty  # the seeds have quotations: the regions matter to the comparison
    options = CompareOptions(n_boot=200)
    read, full = compare(corpus, tables, options=options), compare(corpus, everything, options=options)
    assert read.summary == full.summary and len(read.finding_list) == len(full.finding_list) > 0
    for name, table in full.tables().items():
        pd.testing.assert_frame_equal(read.tables()[name].reset_index(drop=True), table.reset_index(drop=True),
                                      check_dtype=False, obj=name)


def test_voices_of_some_articles_are_those_rows_of_the_whole_table_in_the_runs_order(stored):
    _, store, run_id = stored
    with RunTables(store, run_id) as run:
        whole = run.table("voices")
        some = run.table("voices", articles=["original", "neutral"])
        none = run.table("voices", articles=["no such article"])
    expected = whole[whole["article_id"].isin(["original", "neutral"])].reset_index(drop=True)
    assert len(expected) > 0 and set(expected["article_id"]) == {"original", "neutral"}
    pd.testing.assert_frame_equal(some, expected)
    assert none.empty and list(none.columns) == list(whole.columns)
    pd.testing.assert_frame_equal(session.StoredVoices(store.path, run_id).of(["original", "neutral"]), expected)


def test_tables_not_asked_for_are_not_read_and_an_unknown_column_is_refused(stored):
    _, store, run_id = stored
    with RunTables(store, run_id) as run:
        tables = run.tables(only=("matches",), leave_out={"matches": ("explanation", "detail")})
        assert tables.voices is None and tables.sentences.empty and len(tables.matches) == run.count("matches")
        assert "explanation" not in tables.matches.columns and "text" in tables.matches.columns
        with pytest.raises(ParameterError, match="'sentences' has no column 'explanation'"):
            run.table("sentences", leave_out=("explanation",))


def test_a_measure_column_can_be_left_out_and_pages_leave_out_only_what_they_do_not_read(stored):
    from analysis.report.pages.views import UNREAD

    _, store, run_id = stored
    with RunTables(store, run_id) as run:
        whole = run.table("sentences")
        for page, columns in UNREAD.items():
            for table, left in columns.items():
                frame = run.table(table, leave_out=left)
                assert not set(left) & set(frame.columns), page
        kept = run.table("sentences", leave_out=UNREAD["03"]["sentences"])
        assert list(kept.columns) == ["article_id", "sentence", "text"]  # what attributions() reads
        pd.testing.assert_frame_equal(kept, whole[["article_id", "sentence", "text"]])
        with pytest.raises(ParameterError, match="'sentences' has no column '_row'"):
            run.table("sentences", leave_out=("_row",))


def test_page_03_reads_only_the_sentences_attributions_lie_in_and_lists_the_same_attributions(stored, monkeypatch):
    from analysis.report.pages.views import UNREAD, attributions

    folder, store, run_id = stored
    with monkeypatch.context() as patch:
        patch.setattr(session, "analyze_corpus", lambda *a, **k: pytest.fail("analysed again"))
        corpus, read = session.load(folder, only=("sentences", "matches"), leave_out=UNREAD["03"],
                                    sentences_of=("attributions",))
    everything = analyze_corpus(corpus)
    cited = everything.matches.loc[everything.matches["measure"] == "attributions", ["article_id", "sentence"]]
    every = set(zip(everything.sentences["article_id"], everything.sentences["sentence"]))
    pairs = set(map(tuple, cited.values.tolist())) & every  # a headline's attribution lies in no sentence
    assert 0 < len(read.sentences) == len(pairs) < len(every)
    assert set(zip(read.sentences["article_id"], read.sentences["sentence"])) == pairs
    pd.testing.assert_frame_equal(attributions(read.matches, read.sentences),
                                  attributions(everything.matches, everything.sentences))
    analysed = session.analyze(corpus, only=("sentences", "matches"), sentences_of=("attributions",))
    pd.testing.assert_frame_equal(analysed.sentences[["article_id", "sentence", "text"]], read.sentences)
    with RunTables(store, run_id) as run, pytest.raises(ParameterError, match="applies to the sentences"):
        run.table("matches", sentences_of=("attributions",))


def test_the_stored_voices_reader_names_the_type_it_returns():
    """Its return annotation names pandas' DataFrame, which the module imports: documentation tools and
    editors that resolve annotations (``typing.get_type_hints``) read it instead of failing on ``pd``."""
    import typing

    assert typing.get_type_hints(session.StoredVoices.of)["return"] is pd.DataFrame
