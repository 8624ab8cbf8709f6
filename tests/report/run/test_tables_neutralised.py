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


def _every_column_checked(path) -> bool:
    """The rule as first written: every column read, checked for numbers and neutralised cell by cell."""
    import pandas as pd

    from analysis.csvio import neutralise, write_atomic

    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        return False
    safe = frame.copy()
    for column in safe.columns:
        filled = safe[column][safe[column] != ""]
        if len(filled) and pd.to_numeric(filled, errors="coerce").notna().all():
            continue
        safe[column] = safe[column].map(neutralise)
    safe.columns = [neutralise(str(c)) for c in safe.columns]
    if safe.equals(frame) and list(safe.columns) == list(frame.columns):
        return False
    write_atomic(path, lambda tmp: safe.to_csv(tmp, index=False, encoding="utf-8"))
    return True


def test_looking_only_at_columns_with_a_formula_like_cell_writes_what_checking_every_column_writes(tmp_path):
    """``neutralise_csv_file`` skips the columns where no cell starts like a formula: on tables mixing
    numbers, negative numbers, formula-like text, ``nan``/``inf`` and empty cells it decides and writes the
    same bytes as the check of every column."""
    import random

    import pandas as pd

    from analysis.csvio import neutralise_csv_file

    cells = ["", "a", "-1", "-0.25", "=x", "+3", "@h", "1e5", "nan", "NaN", "inf", "-inf", "'=a", "\tq", "12",
             "x,y", 'q"t', "-", " -1", "1 ", "\r", "-1e-05"]
    rng = random.Random(7)
    changed = 0
    for i in range(300):
        names = [rng.choice(["a", "=b", "-c", "d"]) + str(j) for j in range(rng.randint(1, 4))]
        rows = [[rng.choice(cells if rng.random() < 0.5 else cells[:4]) for _ in names]
                for _ in range(rng.randint(0, 6))]
        first, second = tmp_path / f"{i}-a.csv", tmp_path / f"{i}-b.csv"
        pd.DataFrame(rows, columns=names).to_csv(first, index=False)
        second.write_bytes(first.read_bytes())
        expected = _every_column_checked(first)
        assert neutralise_csv_file(second) is expected, (names, rows)
        assert second.read_bytes() == first.read_bytes(), (names, rows)
        changed += expected
    assert 10 < changed < 290  # tables that change and tables that do not were both tried
