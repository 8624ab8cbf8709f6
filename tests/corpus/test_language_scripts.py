"""Short paragraphs in another script are never scored as English (issue 25, item 7): the classifier is unsure
of a sentence or two of Chinese (probability 0.46-0.88, under the 0.90 threshold), yet text written mostly in
Han, kana, Hangul, Arabic or Cyrillic letters cannot be English."""
from __future__ import annotations

import pytest

from analysis.corpus import Article
from analysis.corpus.language import detect_language, is_scored
from analysis.pipeline import analyze_corpus

SHORT = {
    "zh": "北京今天下雨，交通拥堵严重。",
    "ja": "政府は昨日新しい政策を発表した。",
    "ko": "정부는 어제 새로운 정책을 발표했다.",
    "ar": "الحكومة أعلنت إجراءات جديدة اليوم",
    "ru": "Правительство объявило новые меры.",
}


@pytest.mark.parametrize("code", sorted(SHORT))
def test_a_short_paragraph_in_another_script_is_not_english(code):
    found = detect_language(SHORT[code])
    assert found == code
    assert not is_scored(found)


def test_english_with_a_name_in_another_script_is_still_english():
    assert detect_language("Xi Jinping (习近平) met officials in Beijing on Tuesday to discuss the trade talks, "
                           "which they said had been delayed.") == "en"


def test_a_short_chinese_article_is_listed_as_not_scored():
    corpus = [Article(id="zh", text=SHORT["zh"], language=detect_language(SHORT["zh"])),
              Article(id="en", text="Officials said on Tuesday that the plan would go ahead.", language="en")]
    tables = analyze_corpus(corpus)
    assert list(tables.articles["article_id"]) == ["en"]
    assert list(tables.not_scored["article_id"]) == ["zh"]
