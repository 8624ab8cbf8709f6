"""Loading articles: formats, encodings, ids and the errors a user sees. Files are made in tmp_path."""
from __future__ import annotations

import io
import os
import pickle
from pathlib import Path

import pytest

from analysis.corpus import Article, Corpus, CorpusWarning, CsvColumns, Problem, content_id, load_corpus
from analysis.errors import CorpusError, InputError

SEED = Path(__file__).resolve().parents[2] / "seeds" / "articles" / "original_4fd01be5.txt"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def load_one(path: Path, **options) -> Article:
    corpus = load_corpus(path, **options)
    assert len(corpus) == 1
    return corpus[0]


# --- text files and front matter -------------------------------------------------------------------------


def test_front_matter_fills_the_fields_and_the_rest_goes_to_meta(tmp_path):
    path = write(tmp_path / "piece.md", (
        "---\n"
        "title: Troops on standby\n"
        "outlet: The Intercept\n"
        "published: 2023-10-20\n"
        "url: https://example.org/a\n"
        "label: left\n"
        "story: gaza-troops\n"
        "author: Jane Doe\n"
        "tags: [war, us]\n"
        "---\n"
        "\n"
        "US troops are on standby.\n"
    ))
    article = load_one(path)
    assert article.id == "piece"
    assert article.title == "Troops on standby"
    assert article.outlet == "The Intercept"
    assert article.published == "2023-10-20"
    assert article.url == "https://example.org/a"
    assert (article.label, article.story) == ("left", "gaza-troops")
    assert article.text == "US troops are on standby."
    assert dict(article.meta) == {"author": "Jane Doe", "tags": ["war", "us"]}
    assert article.source_path == "piece.md"  # a file given directly: its name, no home folder


@pytest.mark.parametrize("written, expected", [
    ("2023-10-20 14:03:00", "2023-10-20"),      # YAML reads a datetime
    ("2023-10-20T14:03:00Z", "2023-10-20"),     # a datetime with a time zone
    ("'2023-10-20 14:03:00+02:00'", "2023-10-20"),  # a quoted string
    ("''", ""),                                  # unknown
])
def test_published_is_normalised_to_a_date(tmp_path, written, expected):
    path = write(tmp_path / "a.txt", f"---\npublished: {written}\n---\nText.\n")
    assert load_one(path).published == expected


def test_front_matter_id_replaces_the_file_name(tmp_path):
    path = write(tmp_path / "a.txt", "---\nid: 12345\n---\nText.\n")
    assert load_one(path).id == "12345"


def test_file_without_front_matter_has_empty_fields(tmp_path):
    path = write(tmp_path / "plain.txt", "Just text.\n--- not front matter\n")
    article = load_one(path)
    assert (article.title, article.outlet, article.published, dict(article.meta)) == ("", "", "", {})
    assert article.text == "Just text.\n--- not front matter"


def test_the_real_seed_file_loads():
    article = load_one(SEED)
    assert article.id == "original"
    assert article.text.startswith("US troops in Iraq")
    assert article.story == "us-troops-iraq-israel-2024" and article.language == "en"
    assert "\r" not in article.text and "\ufeff" not in article.text


def test_unreadable_date_is_an_error_on_its_line(tmp_path):
    path = write(tmp_path / "a.txt", "---\ntitle: x\npublished: 20 Oct 2023\n---\nText.\n")
    with pytest.raises(CorpusError, match="20 Oct 2023") as caught:
        load_corpus(path)
    assert caught.value.line == 3


def test_yes_no_value_for_a_text_field_is_refused(tmp_path):
    path = write(tmp_path / "a.txt", "---\noutlet: no\n---\nText.\n")  # YAML 1.1 reads `no` as False
    with pytest.raises(CorpusError, match="in quotes") as caught:
        load_corpus(path)
    assert caught.value.line == 2


def test_invalid_yaml_names_the_line_in_the_file(tmp_path):
    path = write(tmp_path / "a.md", "---\ntitle: ok\nauthor: a: b\n---\nText.\n")
    with pytest.raises(CorpusError, match="not valid YAML") as caught:
        load_corpus(path)
    assert caught.value.line == 3
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, InputError)


@pytest.mark.parametrize("front", ["title: [unclosed\nx: y", '- a list\n- of items', "just a sentence"])
def test_front_matter_that_is_not_a_mapping_or_not_yaml_is_refused(tmp_path, front):
    path = write(tmp_path / "a.md", f"---\n{front}\n---\nText.\n")
    with pytest.raises(CorpusError, match="front matter"):
        load_corpus(path)


def test_unclosed_front_matter_is_refused(tmp_path):
    path = write(tmp_path / "a.md", "---\ntitle: x\nText that never got a closing line.\n")
    with pytest.raises(CorpusError, match="never closed") as caught:
        load_corpus(path)
    assert caught.value.line == 1


def test_python_tag_in_front_matter_is_refused_and_nothing_runs(tmp_path, capfd):
    marker = tmp_path / "ran"
    write(tmp_path / "echo.md", '---\n!!python/object/apply:os.system ["echo hi"]\n---\nText.\n')
    touch = f'!!python/object/apply:os.system ["touch {marker}"]'
    write(tmp_path / "touch.md", f"---\ntitle: x\nrun: {touch}\n---\nText.\n")
    for name, line in (("echo.md", 2), ("touch.md", 3)):
        with pytest.raises(CorpusError, match="tags are not allowed") as caught:
            load_corpus(tmp_path / name)
        assert caught.value.line == line
    assert "hi" not in capfd.readouterr().out
    assert not marker.exists()


# --- encodings and line ends ------------------------------------------------------------------------------


def test_utf8_byte_order_mark_is_stripped_and_front_matter_still_found(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf---\ntitle: T\n---\nCaf\xc3\xa9 text\n")
    article = load_one(path)
    assert article.title == "T"
    assert article.text == "Café text"


def test_cp1252_is_decoded_with_a_warning_naming_the_file(tmp_path):
    # 0x93/0x94 are cp1252's curly double quotes, 0x97 an em dash, 0xe9 "é": none is valid UTF-8 here.
    path = write(tmp_path / "windows.txt", b"He said \x93no\x94 \x97 caf\xe9.\r\n")
    with pytest.warns(CorpusWarning, match="not valid UTF-8; decoded as cp1252") as record:
        article = load_one(path)
    assert str(path) in str(record[0].message)
    assert article.text == "He said \u201cno\u201d \u2014 caf\u00e9."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_byte_order_mark(tmp_path, codec):
    text = "---\ntitle: Zoë\n---\nShe said \u201cyes\u201d.\r\n"
    data = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    article = load_one(write(tmp_path / "u16.txt", data))
    assert article.title == "Zoë"
    assert article.text == "She said \u201cyes\u201d."


def test_crlf_and_cr_line_ends_become_newlines(tmp_path):
    path = write(tmp_path / "dos.txt", b"---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\rLine three.\r\n")
    article = load_one(path)
    assert article.title == "T"
    assert article.text == "Line one.\nLine two.\nLine three."


def test_a_five_megabyte_single_line_loads_whole(tmp_path):
    line = "word " * 1_000_000  # 5,000,000 characters, no newline
    assert load_one(write(tmp_path / "long.txt", line)).n_chars == len(line.strip())
    assert load_one(write(tmp_path / "long.csv", f"title,text\nT,{line}\n")).n_chars == len(line.strip())
    assert load_one(write(tmp_path / "long.jsonl", f'{{"text": "{line}"}}\n')).n_chars == len(line.strip())


@pytest.mark.parametrize("content", ["", "   \n\t\n  ", "---\ntitle: only front matter\n---\n\n"])
def test_file_without_text_is_an_error_naming_it(tmp_path, content):
    path = write(tmp_path / "empty.txt", content)
    with pytest.raises(CorpusError, match="has no text") as caught:
        load_corpus(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"plain start\x00\x01\x02 then binary", "NUL"),
])
def test_binary_file_named_txt_is_refused(tmp_path, data, kind):
    path = write(tmp_path / "picture.txt", data)
    with pytest.raises(CorpusError, match="binary") as caught:
        load_corpus(path)
    assert kind in str(caught.value)
    assert "plain text" in str(caught.value)


# --- CSV ---------------------------------------------------------------------------------------------------


MEDIA_CLOUD_CSV = (
    "id,indexed_date,language,media_name,media_url,publish_date,title,url,text\n"
    "mc1,2023-10-21,en,The Intercept,theintercept.com,2023-10-20 14:03:00,Troops on standby,"
    'https://theintercept.com/a,"US troops in Iraq are ""on standby"".\nSecond line."\n'
    "mc2,2023-10-22,en,Fox News,foxnews.com,,Second,https://foxnews.com/b,Another text\n"
)


def test_media_cloud_csv_columns_are_mapped(tmp_path):
    corpus = load_corpus(write(tmp_path / "export.csv", MEDIA_CLOUD_CSV))
    first, second = corpus
    assert first.id == "mc1"
    assert first.outlet == "The Intercept"
    assert first.published == "2023-10-20"
    assert first.title == "Troops on standby"
    assert first.url == "https://theintercept.com/a"
    assert first.text == 'US troops in Iraq are "on standby".\nSecond line.'
    assert dict(first.meta) == {"indexed_date": "2023-10-21", "media_url": "theintercept.com"}
    assert first.language == "en"  # Media Cloud's language column fills the field
    assert (second.id, second.outlet, second.published) == ("mc2", "Fox News", "")


def test_csv_without_id_column_numbers_the_rows(tmp_path):
    path = write(tmp_path / "sheet.csv", "title,body,label\nA,first text,left\nB,second text,right\n")
    corpus = load_corpus(path)
    assert [a.id for a in corpus] == ["sheet:1", "sheet:2"]
    assert [a.text for a in corpus] == ["first text", "second text"]  # "body" is a text fallback
    assert [a.label for a in corpus] == ["left", "right"]


def test_csv_columns_can_be_renamed(tmp_path):
    path = write(tmp_path / "own.csv", "headline,source,article\nH,BBC,The text.\n")
    article = load_one(path, columns=CsvColumns(title="headline", outlet="source", text="article"))
    assert (article.title, article.outlet, article.text) == ("H", "BBC", "The text.")


def test_csv_without_text_column_lists_the_columns(tmp_path):
    path = write(tmp_path / "meta.csv", "id,title,media_name\n1,A,CNN\n")
    with pytest.raises(CorpusError, match="has no text column") as caught:
        load_corpus(path)
    message = str(caught.value)
    assert "id, title, media_name" in message
    assert "CsvColumns(text=" in message
    assert str(path) in message


def test_csv_with_a_broken_quote_names_the_line(tmp_path):
    path = write(tmp_path / "broken.csv", 'id,text\n1,fine\n2,"never closed\n3,swallowed\n4,also\n')
    with pytest.raises(CorpusError, match="never closed") as caught:
        load_corpus(path)
    assert caught.value.line == 3


def test_csv_row_without_text_is_an_error_or_a_problem(tmp_path):
    path = write(tmp_path / "gaps.csv", "id,text\n1,first\n2,\n3,third\n")
    with pytest.raises(CorpusError, match="has no text") as caught:
        load_corpus(path)
    assert caught.value.line == 3
    corpus = load_corpus(path, skip_bad=True)
    assert [a.id for a in corpus] == ["1", "3"]
    assert [(p.path, p.line) for p in corpus.problems] == [(str(path), 3)]


# --- JSON Lines ------------------------------------------------------------------------------------------


def test_jsonl_fields_and_media_cloud_names(tmp_path):
    path = write(tmp_path / "feed.jsonl", (
        '{"id": "x1", "text": "One.", "title": "T", "outlet": "BBC", "published": "2024-03-01",'
        ' "topic": "war"}\n'
        "\n"
        '{"text": "Two.", "media_name": "CNN", "publish_date": "2024-03-02T10:00:00"}\n'
    ))
    first, second = load_corpus(path)
    assert (first.id, first.title, first.outlet, first.published) == ("x1", "T", "BBC", "2024-03-01")
    assert dict(first.meta) == {"topic": "war"}
    assert (second.id, second.outlet, second.published) == ("feed:3", "CNN", "2024-03-02")


def test_jsonl_bad_line_raises_or_becomes_one_problem(tmp_path):
    path = write(tmp_path / "feed.jsonl", '{"text": "good one"}\n{"text": "cut off\n{"text": "good two"}\n')
    with pytest.raises(CorpusError, match="not valid JSON") as caught:
        load_corpus(path)
    assert caught.value.line == 2
    corpus = load_corpus(path, skip_bad=True)
    assert [a.text for a in corpus] == ["good one", "good two"]
    assert len(corpus.problems) == 1
    assert corpus.problems[0].line == 2
    assert corpus.problems[0].message.startswith(f"{path}, line 2:")


# --- ids -------------------------------------------------------------------------------------------------


def test_duplicate_ids_name_both_sources(tmp_path):
    first = write(tmp_path / "a" / "story.txt", "First.")
    second = write(tmp_path / "b" / "story.md", "Second.")
    with pytest.raises(CorpusError, match="duplicate id 'story'") as caught:
        load_corpus([first, second])
    assert caught.value.path == str(second)
    assert str(first) in str(caught.value)
    corpus = load_corpus([first, second], skip_bad=True)
    assert [a.text for a in corpus] == ["First."]
    assert [p.path for p in corpus.problems] == [str(second)]


def test_duplicate_ids_inside_one_jsonl_name_both_lines(tmp_path):
    path = write(tmp_path / "f.jsonl", '{"id": 7, "text": "a"}\n{"id": "7", "text": "b"}\n')
    with pytest.raises(CorpusError, match=r"duplicate id '7': .*f\.jsonl, line 1") as caught:
        load_corpus(path)
    assert caught.value.line == 2


def test_content_id_is_the_start_of_sha256():
    # sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2 example)
    assert content_id("abc") == "ba7816bf8f01cfea"


# --- folders and paths -----------------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_order_skipping_hidden_and_readme(tmp_path):
    write(tmp_path / "b.txt", "B text")
    write(tmp_path / "a.md", "A text")
    write(tmp_path / "sub" / "c.txt", "C text")
    write(tmp_path / "sub" / "rows.csv", "title,text\nR,row text\n")
    write(tmp_path / "feed.jsonl", '{"id": "j1", "text": "J text"}\n')
    write(tmp_path / "README.md", "About this folder")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "x.txt", "hidden folder")
    write(tmp_path / "config.json", '{"text": "not an article"}')
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus] == ["a", "b", "j1", "sub/c", "sub/rows:1"]
    assert corpus.source_files == [str(tmp_path / n) for n in ("a.md", "b.txt", "feed.jsonl", "sub/c.txt",
                                                               "sub/rows.csv")]
    assert corpus.problems == []


def test_nonexistent_path(tmp_path):
    with pytest.raises(CorpusError, match="does not exist") as caught:
        load_corpus(tmp_path / "nowhere", skip_bad=True)
    assert caught.value.path == str(tmp_path / "nowhere")


def test_folder_without_articles_names_the_folder_and_the_extensions(tmp_path):
    write(tmp_path / "README.md", "Nothing here")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    for skip_bad in (False, True):
        with pytest.raises(CorpusError, match=r"\*\.txt, \*\.md, \*\.csv, \*\.jsonl") as caught:
            load_corpus(tmp_path, skip_bad=skip_bad)
        assert caught.value.path == str(tmp_path)


def test_unsupported_file_type_given_directly(tmp_path):
    with pytest.raises(CorpusError, match=r"is a \.tex file, which is not an article format"):
        load_corpus(write(tmp_path / "a.tex", "\\section{A}"))


def test_skip_bad_keeps_the_good_files_of_a_folder(tmp_path):
    write(tmp_path / "1.txt", "Good one.")
    bad = write(tmp_path / "2.txt", b"\x89PNG\r\n\x1a\n" + bytes(20))
    write(tmp_path / "3.txt", "Good two.")
    with pytest.raises(CorpusError, match="binary"):
        load_corpus(tmp_path)
    corpus = load_corpus(tmp_path, skip_bad=True)
    assert [a.id for a in corpus] == ["1", "3"]
    assert corpus.problems == [Problem(str(bad), None, corpus.problems[0].message)]
    assert "binary" in corpus.problems[0].message
    assert corpus.source_files == [str(tmp_path / "1.txt"), str(tmp_path / "3.txt")]  # read, so hashable


def test_skip_bad_still_raises_when_every_file_is_bad(tmp_path):
    write(tmp_path / "1.txt", "")
    write(tmp_path / "2.txt", "  \n")
    with pytest.raises(CorpusError, match="no article could be loaded: 2 problem") as caught:
        load_corpus(tmp_path, skip_bad=True)
    assert "has no text" in str(caught.value)


def test_input_files_are_only_opened_for_reading(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "---\ntitle: T\n---\nText.")
    write(tmp_path / "b.csv", "text\nRow.\n")
    write(tmp_path / "c.jsonl", '{"text": "Line."}\n')
    modes, flags = [], []
    real_open, real_os_open = io.open, os.open

    def recording_open(file, mode="r", *args, **kwargs):
        modes.append(mode)
        return real_open(file, mode, *args, **kwargs)

    def recording_os_open(path, flag, *args, **kwargs):
        flags.append(flag)
        return real_os_open(path, flag, *args, **kwargs)

    monkeypatch.setattr(io, "open", recording_open)
    monkeypatch.setattr(os, "open", recording_os_open)
    assert len(load_corpus(tmp_path)) == 3
    assert modes and all(set(mode) <= set("rbt") for mode in modes)
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    assert len(flags) == 3 and all(flag & writing == 0 for flag in flags)


# --- the data classes ------------------------------------------------------------------------------------


def test_article_and_corpus_behave_like_values_and_lists(tmp_path):
    article = Article(id="a", text="café", meta={"k": [1]})
    assert article.n_chars == 4  # characters, not UTF-8 bytes
    assert pickle.loads(pickle.dumps(article)) == article  # worker processes receive articles pickled
    assert hash(article) == hash(Article(id="a", text="café", meta={"k": [1]}))
    corpus = Corpus([article, Article(id="b", text="x")])
    assert len(corpus) == 2 and corpus[1].id == "b" and [a.id for a in corpus] == ["a", "b"]
    assert corpus.problems == [] and corpus.source_files == []
