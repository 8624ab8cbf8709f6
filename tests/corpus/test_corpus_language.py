"""Each article's language, and no English scores for articles in other languages (issue 13, item 5).

The German, French and Russian articles were written for these tests; each says the same as the English one.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from analysis.corpus import Article, LanguageWarning, detect_language, load_corpus
from analysis.errors import CorpusError, ParameterError
from analysis.pipeline import Config, analyze, analyze_corpus

ENGLISH = (
    "The government announced new sanctions against the country on Tuesday. The foreign minister said the "
    "measures were a response to recent attacks in the border region, which he called illegal. Critics in "
    "the opposition said the steps may not go far enough and reportedly want a harder line. Talks with the "
    "allies will continue next week in Brussels."
)
GERMAN = (
    "Die Regierung hat am Dienstag neue Sanktionen gegen das Land angekündigt. Der Außenminister sagte, die "
    "Maßnahmen seien eine Antwort auf die jüngsten Angriffe im Grenzgebiet, die er als illegal bezeichnete. "
    "Kritiker in der Opposition halten die Schritte für unzureichend und fordern eine härtere Linie. Die "
    "Gespräche mit den Verbündeten sollen in der kommenden Woche in Brüssel fortgesetzt werden."
)
FRENCH = (
    "Le gouvernement a annoncé mardi de nouvelles sanctions contre le pays. Le ministre des Affaires "
    "étrangères a déclaré que ces mesures répondaient aux récentes attaques dans la région frontalière, "
    "qu'il a qualifiées d'illégales. L'opposition juge ces décisions insuffisantes et réclame une ligne plus "
    "ferme. Les discussions avec les alliés doivent reprendre la semaine prochaine à Bruxelles."
)
RUSSIAN = (
    "Во вторник правительство объявило о новых санкциях против страны. Министр иностранных дел заявил, что "
    "эти меры стали ответом на недавние нападения в приграничном районе, которые он назвал незаконными. "
    "Оппозиция считает эти шаги недостаточными и требует более жёсткой линии. Переговоры с союзниками "
    "продолжатся на следующей неделе в Брюсселе."
)


def write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def four_languages(tmp_path) -> Path:
    for name, text in (("en", ENGLISH), ("de", GERMAN), ("fr", FRENCH), ("ru", RUSSIAN)):
        write(tmp_path / f"{name}.txt", f"---\ntitle: Sanctions ({name})\noutlet: Example\n---\n{text}\n")
    return tmp_path


@pytest.mark.parametrize("text, code", [(ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr"), (RUSSIAN, "ru")])
def test_the_language_of_each_article_is_detected(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "12 34 56", "Troops on standby", "— 2024-01-30 —"])
def test_too_little_text_gives_an_unknown_language(text):
    assert detect_language(text) == ""


def test_loading_gives_each_article_its_language_and_one_warning_naming_the_others(four_languages):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(four_languages)
    assert {a.id: a.language for a in corpus} == {"de": "de", "en": "en", "fr": "fr", "ru": "ru"}
    warned = [str(w.message) for w in caught if issubclass(w.category, LanguageWarning)]
    assert len(warned) == 1
    assert warned[0].startswith("3 article(s) are not in English (de: 1, fr: 1, ru: 1): de, fr, ru.")
    assert "left out of rates and comparisons" in warned[0]


def test_articles_in_other_languages_get_no_english_scores(four_languages):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        corpus = load_corpus(four_languages)
    tables = analyze_corpus(corpus)
    assert list(tables.articles["article_id"]) == ["en"]
    assert tables.articles.loc[0, "language"] == "en"
    assert set(tables.matches["article_id"]) == {"en"}  # "illegal" is matched in English only
    assert "illegal" in set(tables.matches["text"].str.lower())
    assert set(tables.sentences["article_id"]) == {"en"}
    assert tables.articles.loc[0, "hedges_count"] >= 2  # "may", "reportedly"
    not_scored = tables.not_scored.set_index("article_id")
    assert dict(not_scored["language"]) == {"de": "de", "fr": "fr", "ru": "ru"}
    assert not_scored.loc["de", "reason"] == "language 'de' is not a scored language (en)"
    assert not_scored.loc["ru", "title"] == "Sanctions (ru)"
    assert tables.not_scored_warning().startswith("3 article(s) are not in English (de: 1, fr: 1, ru: 1)")


def test_the_not_scored_table_is_saved_beside_the_others(four_languages, tmp_path_factory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        tables = analyze_corpus(load_corpus(four_languages))
    out = tmp_path_factory.mktemp("out")
    tables.save(out)
    lines = (out / "not_scored.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "article_id,title,outlet,published,language,source_path,reason"
    assert len(lines) == 4


def test_one_german_article_analyzed_directly_is_not_scored():
    result = analyze(Article(id="de", text=GERMAN, language=detect_language(GERMAN)))
    assert result.results == {} and result.values() == {}
    assert result.article.language == "de"
    assert "'de' is not a scored language" in result.not_scored
    english = analyze(Article(id="en", text=ENGLISH, language="en"))
    assert english.not_scored == "" and english.values()["loaded_count"] == 1  # "illegal"


def test_every_language_is_scored_when_the_user_asks(four_languages):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        corpus = load_corpus(four_languages)
    tables = analyze_corpus(corpus, Config(languages=("*",)))
    assert sorted(tables.articles["article_id"]) == ["de", "en", "fr", "ru"]
    assert tables.not_scored.empty
    tables = analyze_corpus(corpus, Config(languages=("en", "de")))
    assert sorted(tables.articles["article_id"]) == ["de", "en"]


def test_the_language_given_by_the_user_wins(tmp_path):
    path = write(tmp_path / "a.txt", f"---\nlanguage: EN-gb\n---\n{GERMAN}\n")
    article = load_corpus(path)[0]
    assert article.language == "en"
    rows = write(tmp_path / "rows.csv", f'id,language,text\nr1,de-AT,"{ENGLISH}"\nr2,,"{FRENCH}"\n')
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        assert [a.language for a in load_corpus(rows)] == ["de", "fr"]


def test_a_language_that_is_not_a_code_is_refused_on_its_line(tmp_path):
    path = write(tmp_path / "a.txt", f"---\ntitle: T\nlanguage: Deutsch!\n---\n{GERMAN}\n")
    with pytest.raises(CorpusError, match="language 'Deutsch!' is not a language code") as caught:
        load_corpus(path)
    assert caught.value.line == 3
    assert "ISO 639-1" in caught.value.hint


def test_a_corpus_with_no_english_article_stops_with_a_clear_error(tmp_path):
    write(tmp_path / "de.txt", GERMAN)
    write(tmp_path / "ru.txt", RUSSIAN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)
        corpus = load_corpus(tmp_path)
    with pytest.raises(CorpusError, match=r"none of its 2 article\(s\) is in a scored language \(en\); found "
                                          r"de: 1, ru: 1") as caught:
        analyze_corpus(corpus)
    assert "languages=('*',)" in caught.value.hint


@pytest.mark.parametrize("languages", [(), ("english",), ("e1",), 5])
def test_config_languages_must_be_codes(languages):
    with pytest.raises(ParameterError, match="languages"):
        Config(languages=languages)
