"""Hostile and broken corpus input (issue 11, items 4, 5, 12, 13): each ends with a clear error naming the
file and the fix, or with the file skipped and listed, in bounded time and memory. Files are made in tmp_path."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from analysis.corpus import MAX_FILE_BYTES, MAX_NESTING, load_corpus
from analysis.corpus import csvfile, jsonl
from analysis.errors import CorpusError


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def messages(corpus) -> list[str]:
    return [p.message for p in corpus.problems]


# --- YAML alias bombs and values quoted in messages (#4) --------------------------------------------------

BILLION_LAUGHS = (
    "---\n"
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
    "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
    "published: *h\n"
    "---\n"
    "Text of the article.\n"
)


def test_yaml_alias_bomb_in_front_matter_is_refused_at_its_first_anchor(tmp_path):
    path = write(tmp_path / "bomb.md", BILLION_LAUGHS)
    with pytest.raises(CorpusError, match="anchor") as caught:
        load_corpus(path)
    assert caught.value.line == 2  # the first line that defines an anchor
    assert "lol" not in str(caught.value)  # nothing was expanded into the message
    assert "plain 'key: value' lines" in caught.value.hint


def test_a_single_alias_is_refused_too_and_skip_bad_lists_it(tmp_path):
    write(tmp_path / "good.txt", "A good article.")
    write(tmp_path / "alias.txt", "---\ntitle: Troops\npublished: *when\n---\nText.\n")
    corpus = load_corpus(tmp_path, skip_bad=True)
    assert [a.id for a in corpus] == ["good"]
    assert len(corpus.problems) == 1 and "alias" in corpus.problems[0].message
    assert corpus.problems[0].line == 3


def test_a_huge_value_is_cut_short_in_the_error_message(tmp_path):
    path = write(tmp_path / "long.txt", "---\npublished: " + "9" * 50_000 + "x\n---\nText.\n")
    with pytest.raises(CorpusError, match="is not a date") as caught:
        load_corpus(path)
    assert len(str(caught.value)) < 500
    assert "..." in str(caught.value)


def test_front_matter_longer_than_its_bound_is_refused(tmp_path):
    body = "".join(f"key{i}: value\n" for i in range(10_000))  # about 140,000 characters
    path = write(tmp_path / "big.md", "---\n" + body + "---\nText.\n")
    with pytest.raises(CorpusError, match="not closed within 65,536 characters"):
        load_corpus(path)


def test_a_huge_duplicate_id_is_cut_short_in_the_message(tmp_path):
    long_id = "x" * 100_000
    path = write(tmp_path / "f.jsonl", json.dumps({"id": long_id, "text": "a"}) + "\n"
                 + json.dumps({"id": long_id, "text": "b"}) + "\n")
    with pytest.raises(CorpusError, match="duplicate id") as caught:
        load_corpus(path)
    assert len(str(caught.value)) < 500


# --- nesting (#12) ----------------------------------------------------------------------------------------


def test_yaml_nested_1100_levels_is_a_clear_error_not_a_recursion_error(tmp_path):
    path = write(tmp_path / "deep.md", "---\ntags: " + "[" * 1100 + "]" * 1100 + "\n---\nText.\n")
    with pytest.raises(CorpusError, match=f"nested more than {MAX_NESTING} levels deep") as caught:
        load_corpus(path)
    assert caught.value.line == 2


def test_json_nested_1100_levels_is_one_bad_record_that_skip_bad_skips(tmp_path):
    deep = '{"text": "deep", "x": ' + "[" * 1100 + "]" * 1100 + "}"
    very_deep = '{"text": "deeper", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = write(tmp_path / "f.jsonl", '{"text": "first"}\n' + deep + "\n" + very_deep + '\n{"text": "last"}\n')
    with pytest.raises(CorpusError, match="nested more than") as caught:
        load_corpus(path)
    assert caught.value.line == 2
    corpus = load_corpus(path, skip_bad=True)
    assert [a.text for a in corpus] == ["first", "last"]
    assert [p.line for p in corpus.problems] == [2, 3]


def test_json_nesting_just_over_the_bound_is_refused_and_at_the_bound_loads(tmp_path):
    def record(levels: int) -> str:  # the record itself is the first level
        return '{"text": "t", "x": ' + "[" * (levels - 1) + "]" * (levels - 1) + "}"

    path = write(tmp_path / "f.jsonl", record(MAX_NESTING) + "\n" + record(MAX_NESTING + 1) + "\n")
    corpus = load_corpus(path, skip_bad=True)
    assert [a.id for a in corpus] == ["f:1"]
    assert [p.line for p in corpus.problems] == [2]


# --- files of other formats (#5) --------------------------------------------------------------------------


def test_other_formats_in_a_folder_are_listed_with_how_to_convert_them(tmp_path):
    write(tmp_path / "story.txt", "The article.")
    write(tmp_path / "notes.docx", b"PK\x03\x04 word")
    write(tmp_path / "scan.pdf", b"%PDF-1.7")
    write(tmp_path / "old.rtf", "{\\rtf1 text}")
    write(tmp_path / "page.html", "<p>text</p>")
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n")  # not a document format: not listed
    corpus = load_corpus(tmp_path)  # listed even without skip_bad: they are never read
    assert [a.id for a in corpus] == ["story"]
    by_file = {Path(p.path).name: p.message for p in corpus.problems}
    assert sorted(by_file) == ["notes.docx", "old.rtf", "page.html", "scan.pdf"]
    assert "is a Word document (.docx), which is not read" in by_file["notes.docx"]
    assert "pandoc -t plain -o notes.txt notes.docx" in by_file["notes.docx"]
    assert "pdftotext -enc UTF-8 scan.pdf scan.txt" in by_file["scan.pdf"]
    assert "soffice --headless --convert-to txt:Text old.rtf" in by_file["old.rtf"]
    assert "pandoc -f html -t plain -o page.txt page.html" in by_file["page.html"]
    assert corpus.source_files == [str(tmp_path / "story.txt")]


def test_a_folder_of_only_other_formats_says_so(tmp_path):
    write(tmp_path / "a.docx", b"PK\x03\x04")
    write(tmp_path / "b.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    for skip_bad in (False, True):
        with pytest.raises(CorpusError, match=r"only 2 file\(s\) of other formats \(a\.docx, b\.doc\)") as caught:
            load_corpus(tmp_path, skip_bad=skip_bad)
        assert "Put the articles in this folder as plain text (.txt, UTF-8), converting these first; for " \
               "a.docx: Save it as plain text" in caught.value.hint


def test_a_word_file_given_directly_says_how_to_convert_it(tmp_path):
    with pytest.raises(CorpusError, match=r"Word document \(\.docx\)") as caught:
        load_corpus(write(tmp_path / "a.docx", b"PK\x03\x04"))
    assert "pandoc" in caught.value.hint


# --- special files, huge files, links (#12) ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_called_txt_is_refused_without_blocking(tmp_path):
    write(tmp_path / "a.txt", "The article.")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait forever for a writer
    corpus = load_corpus(tmp_path, skip_bad=True)
    assert [a.id for a in corpus] == ["a"]
    assert messages(corpus) == [f"{tmp_path / 'pipe.txt'}: is a named pipe (FIFO), not a file of text. "
                                "Point at regular files of articles only"]
    with pytest.raises(CorpusError, match="named pipe"):
        load_corpus(tmp_path / "pipe.txt")


def test_an_article_file_over_the_size_bound_is_refused_unread(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: takes no disk space
    with pytest.raises(CorpusError, match="article files over 50 MiB are refused") as caught:
        load_corpus(big)
    assert "one file per article, or give the articles as CSV or JSON Lines" in caught.value.hint


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_not_followed_and_with_follow_links_is_refused(tmp_path):
    corpus_dir = tmp_path / "news"
    write(corpus_dir / "a.txt", "The article.")
    (corpus_dir / "zero.txt").symlink_to("/dev/zero")
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus] == ["a"]
    assert messages(corpus) == [f"{corpus_dir / 'zero.txt'}: is a link to a file outside the corpus folder; "
                                "such links are not followed. Copy the file into the folder, or pass "
                                "--follow-links (in Python: load_corpus(..., follow_links=True))"]
    corpus = load_corpus(corpus_dir, follow_links=True, skip_bad=True)
    assert [a.id for a in corpus] == ["a"] and "is a device" in messages(corpus)[0]


def test_a_link_out_of_the_folder_is_read_only_when_asked(tmp_path):
    secret = write(tmp_path / "elsewhere" / "passwd", "root:x:0:0:root:/root:/bin/bash")
    corpus_dir = tmp_path / "news"
    write(corpus_dir / "a.txt", "The article.")
    (corpus_dir / "leak.txt").symlink_to(secret)
    (corpus_dir / "outside").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    corpus = load_corpus(corpus_dir)
    assert [a.id for a in corpus] == ["a"]
    assert all("root:x" not in a.text for a in corpus)
    assert sorted(Path(p.path).name for p in corpus.problems) == ["leak.txt", "outside"]
    followed = load_corpus(corpus_dir, follow_links=True)
    assert [a.id for a in followed] == ["a", "leak"]  # the folder link holds no article file


def test_links_inside_the_folder_are_followed_and_loops_are_listed(tmp_path):
    write(tmp_path / "a.txt", "The article.")
    (tmp_path / "same.txt").symlink_to(tmp_path / "a.txt")  # inside: read
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a folder loop: not walked
    for follow_links in (False, True):
        corpus = load_corpus(tmp_path, follow_links=follow_links)
        assert [a.id for a in corpus] == ["a", "same"]
        assert sorted((Path(p.path).name, p.message.split(": ", 1)[1]) for p in corpus.problems) == [
            ("broken.txt", "is a symbolic link that is broken. Remove the link or point it at a file"),
            ("loop1.txt", "is a symbolic link that loops (it points back to itself). Remove the link or point it at a file"),
            ("loop2.txt", "is a symbolic link that loops (it points back to itself). Remove the link or point it at a file"),
        ]


def test_a_folder_link_that_leads_back_into_the_corpus_is_walked_once(tmp_path):
    corpus_dir = tmp_path / "news"
    write(corpus_dir / "a.txt", "The article.")
    (tmp_path / "elsewhere").mkdir()
    write(tmp_path / "elsewhere" / "b.txt", "Another article.")
    (tmp_path / "elsewhere" / "back").symlink_to(corpus_dir, target_is_directory=True)
    (corpus_dir / "out").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    corpus = load_corpus(corpus_dir, follow_links=True)
    assert [a.id for a in corpus] == ["a", "out/b"]  # news/ is not walked again through back/
    assert corpus.problems == []


# --- where articles came from (#13) -----------------------------------------------------------------------


def test_source_path_is_relative_to_the_corpus_folder(tmp_path):
    home_like = tmp_path / "home" / "alice" / "news"
    write(home_like / "sub" / "a.txt", "The article.")
    write(home_like / "rows.csv", "id,text\nr1,A row.\n")
    corpus = load_corpus(home_like)
    assert [a.source_path for a in corpus] == ["news/rows.csv", "news/sub/a.txt"]
    assert corpus.source_files == [str(home_like / "rows.csv"), str(home_like / "sub" / "a.txt")]


# --- bounded records in streamed files --------------------------------------------------------------------


def test_a_csv_line_over_the_record_bound_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(csvfile, "MAX_RECORD_CHARS", 1000)
    path = write(tmp_path / "rows.csv", "id,text\n1,fine\n2," + "x" * 5000 + "\n")
    with pytest.raises(CorpusError, match="has a line longer than 1,000 characters") as caught:
        load_corpus(path)
    assert caught.value.line == 3


def test_an_unclosed_quote_in_a_huge_csv_stops_at_the_field_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(csvfile, "MAX_RECORD_CHARS", 1000)
    path = write(tmp_path / "rows.csv", 'id,text\n1,"never closed\n' + "more text\n" * 500)
    with pytest.raises(CorpusError, match="never closed") as caught:
        load_corpus(path)
    assert caught.value.line == 2


def test_a_jsonl_line_over_the_record_bound_is_one_bad_record(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_RECORD_CHARS", 1000)
    path = write(tmp_path / "f.jsonl", '{"text": "first"}\n{"text": "' + "x" * 5000 + '"}\n{"text": "last"}\n')
    corpus = load_corpus(path, skip_bad=True)
    assert [a.text for a in corpus] == ["first", "last"]
    assert [p.line for p in corpus.problems] == [2]
    assert "longer than 1,000 characters" in corpus.problems[0].message


def test_a_csv_with_a_hundred_thousand_columns_lists_only_some_in_the_error(tmp_path):
    header = ",".join(f"c{i}" for i in range(100_000))
    path = write(tmp_path / "wide.csv", header + "\n" + ",".join("v" for _ in range(100_000)) + "\n")
    with pytest.raises(CorpusError, match="has no text column") as caught:
        load_corpus(path)
    assert "and 99970 more" in str(caught.value)
    assert len(str(caught.value)) < 2000


@pytest.mark.slow
def test_a_million_row_csv_streams(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("id,title,text\n")
        handle.writelines(f"r{i},Row {i},Row {i} text.\n" for i in range(1_000_000))
    corpus = load_corpus(path)
    assert len(corpus) == 1_000_000
    assert (corpus[0].id, corpus[-1].id, corpus[-1].text) == ("r0", "r999999", "Row 999999 text.")
