"""Page 04's Markdown text (the small-sample caveat, the findings) cleans user text like every other page
(issue 25, item 7): a bare URL in an outlet name is no live link, ``~~x~~`` strikes nothing, an apostrophe is an
apostrophe, markup stays text and bidirectional controls are shown."""
from __future__ import annotations

import pytest
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from analysis.compare.summary import md

CASES = {
    "see http://evil.example/x now": "see http://evil.example/x now",
    "~~struck~~ out": "~~struck~~ out",
    "O'Reilly Times": "O'Reilly Times",
    "<script>alert(1)</script>": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "[x](javascript:alert(1))": "[x](javascript:alert(1))",
    "**bold** _it_ `code` #tag a|b": "**bold** _it_ `code` #tag a|b",
    "Daily\u202eNews": "Daily[U+202E]News",
}


@pytest.mark.parametrize("raw", sorted(CASES))
def test_user_text_renders_as_itself(raw):
    rendered = markdown2html_mistune(f"- Fewer than 5 articles: {md(raw)}: 2.").strip()
    assert rendered == f"<ul>\n<li>Fewer than 5 articles: {CASES[raw]}: 2.</li>\n</ul>"


def test_the_tables_written_for_a_page_are_named_without_the_work_folder(tmp_path):
    import pandas as pd

    from analysis.compare import write_tables

    written = write_tables({"x": pd.DataFrame({"a": [1]})}, tmp_path / ".tmp-run-1234" / "tables")
    assert [str(p) for p in written] == ["tables/comparison_x.csv"]
    assert (tmp_path / ".tmp-run-1234" / "tables" / "comparison_x.csv").is_file()
