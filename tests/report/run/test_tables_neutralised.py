"""The runner makes every table a notebook wrote safe to open in a spreadsheet, and reads again only the
tables in which some cell or column name may start like a formula."""
from __future__ import annotations

from analysis.report.run import publish


def _tables(folder):
    folder.mkdir()
    (folder / "plain.csv").write_text("term,count,share\nregime,3,0.25\n\"crisis, deepening\",2,1.5e3\n",
                                      encoding="utf-8")
    (folder / "formula.csv").write_text("title,count\n\"=HYPERLINK(\"\"http://evil\"\")\",1\n", encoding="utf-8")
    (folder / "negative.csv").write_text("article,score\na1,-0.25\na2,0.5\n", encoding="utf-8")
    (folder / "mixed.csv").write_text("note,value\nfine,1\n@handle,-2\n", encoding="utf-8")
    (folder / "quoted_tab.csv").write_text("a,b\n\"\tx\",1\n", encoding="utf-8")
    (folder / "matches.csv").write_text("text\n=1+1\n", encoding="utf-8")  # the store's export: never read
    return folder


def test_only_tables_that_may_hold_a_formula_are_read_again_and_those_are_neutralised(tmp_path, monkeypatch):
    folder = _tables(tmp_path / "tables")
    from analysis import csvio

    read = []

    real = csvio.neutralise_csv_file
    monkeypatch.setattr(csvio, "neutralise_csv_file", lambda path: (read.append(path.name), real(path))[1])
    publish.neutralise_tables(folder)
    assert sorted(read) == ["formula.csv", "mixed.csv", "negative.csv", "quoted_tab.csv"]
    assert "'=HYPERLINK" in (folder / "formula.csv").read_text(encoding="utf-8")
    assert (folder / "negative.csv").read_text(encoding="utf-8") == "article,score\na1,-0.25\na2,0.5\n"
    assert "'@handle" in (folder / "mixed.csv").read_text(encoding="utf-8")
    assert (folder / "plain.csv").read_text(encoding="utf-8").startswith("term,count,share\nregime,3,0.25")
    assert (folder / "matches.csv").read_text(encoding="utf-8") == "text\n=1+1\n"


def test_a_file_left_unread_is_one_the_full_check_would_not_change(tmp_path):
    from analysis.csvio import neutralise_csv_file

    folder = _tables(tmp_path / "tables")
    for path in sorted(folder.glob("*.csv")):
        if not publish._may_hold_a_formula(path):
            assert neutralise_csv_file(path) is False, path.name
    (folder / "latin1.csv").write_bytes("name\ncaf\xe9\n".encode("latin-1"))
    assert publish._may_hold_a_formula(folder / "latin1.csv")  # not UTF-8: read as a table, as before
