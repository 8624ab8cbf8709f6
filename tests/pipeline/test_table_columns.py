"""The analysis hands its tables on as columns: the same rows, the same Arrow tables, as row dicts gave."""
from analysis import Article
from analysis.columns import append, as_rows, from_rows, n_rows
from analysis.pipeline import Analyzer
from analysis.store.schema import TABLES, to_arrow


def test_rows_with_different_columns_line_up_as_a_list_of_dicts_would():
    table = from_rows([{"a": 1, "b": "x"}])
    append(table, {"b": ["y", "z"], "c": [2.5, 3.5]})
    assert list(table) == ["a", "b", "c"]  # the order the columns first appear in
    assert as_rows(table) == [{"a": 1, "b": "x", "c": None}, {"a": None, "b": "y", "c": 2.5},
                              {"a": None, "b": "z", "c": 3.5}]
    assert n_rows(table) == 3 and n_rows({}) == 0
    append(table, {})  # an article without rows in this table adds nothing
    assert n_rows(table) == 3


def test_an_articles_columns_give_the_arrow_tables_its_row_dicts_gave():
    article = Article(id="a1", title="Officials slam the scheme",
                      text='The senator slammed the "reform" as a radical scheme, officials said. '
                           'Critics say it could fail.\nSmith told reporters the plan was reckless.')
    columns = Analyzer().columns(article)
    rows = {name: as_rows(table) for name, table in columns.items()}
    assert len(rows["matches"]) > 3 and len(rows["sentences"]) == 3 and rows["voices"]
    for name in TABLES:
        if rows.get(name):
            keyed_columns = {**columns[name], "key": ["k"] * n_rows(columns[name])}
            keyed_rows = [{**row, "key": "k"} for row in rows[name]]
            assert to_arrow(name, keyed_columns).equals(to_arrow(name, keyed_rows)), name
