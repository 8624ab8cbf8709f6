"""Text splitting and the lexicon pattern language, with expectations checked by hand."""
from __future__ import annotations

import textwrap

import pytest

from analysis.errors import LexiconError
from analysis.lexicon import load_lexicon
from analysis.text import Document, per_1000


def test_offsets_point_into_the_original_text_after_normalising_quotes_and_dashes():
    text = "He called it \u201cno plans\u201d \u2013 Washington\u2019s ally.\u00a0Done."
    doc = Document(text)
    assert len(doc.norm) == len(text)
    assert doc.norm[13] == '"' and doc.norm[22] == '"'
    assert "-" in doc.norm and "\u2013" in doc.text
    assert doc.words() == ["He", "called", "it", "no", "plans", "Washington\u2019s", "ally", "Done"]


def test_sentences_respect_abbreviations_and_line_breaks():
    doc = Document("Gen. Smith met U.S. officials on Jan. 5 in Baghdad. They talked.\nHeadline without a stop\nNext.")
    texts = [doc.sentence_text(s.index) for s in doc.sentences]
    assert texts == ["Gen. Smith met U.S. officials on Jan. 5 in Baghdad.", "They talked.",
                     "Headline without a stop", "Next."]


def test_empty_and_whitespace_text_have_no_sentences_or_words():
    for text in ("", "   \n\t  "):
        doc = Document(text)
        assert doc.n_words == 0 and doc.sentences == ()
    assert per_1000(3, 0) == 0.0
    assert per_1000(3, 600) == 5.0


def write(tmp_path, body: str, name: str = "lx.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


LOADED = """\
    kind: loaded
    name: test
    categories: {legal: labels, covert: hidden}
    entries:
      - term: illegal
        patterns: ["illegal*"]
        category: legal
        explanation: Declares unlawfulness as fact.
        neutral: [unauthorised]
        strength: strong
      - term: illegal occupation
        patterns: ["illegal occupation"]
        category: legal
        explanation: Calls a presence an unlawful occupation.
        neutral: [presence]
        strength: strong
      - term: client state
        patterns: ["client state*"]
        category: legal
        explanation: Presents an ally as a dependent.
        neutral: [ally]
        strength: strong
      - term: not confirm
        patterns: ["do|does|did not [explicitly] confirm*"]
        category: covert
        explanation: test of alternatives and optional words.
        neutral: [x]
        strength: strong
      - term: about number
        patterns: ["about #"]
        category: covert
        explanation: test of numbers.
        neutral: [x]
        strength: strong
      - term: US
        patterns: ["=US"]
        category: covert
        explanation: test of case-sensitive patterns.
        neutral: [x]
        strength: strong
"""


def found(lexicon, text):
    return [(s.entry, s.text) for s in lexicon.find(Document(text))]


def test_patterns_cover_inflections_phrases_case_and_word_boundaries(tmp_path):
    lx = load_lexicon(write(tmp_path, LOADED))
    assert found(lx, "It was Illegally done; its illegality; illegals.") == [
        ("illegal", "Illegally"), ("illegal", "illegality"), ("illegal", "illegals")]
    assert found(lx, "the illegal occupation of Syria") == [("illegal occupation", "illegal occupation")]
    assert found(lx, "a client-state and client  states") == [
        ("client state", "client-state"), ("client state", "client  states")]
    assert found(lx, "they do not explicitly confirm it, he did not confirm") == [
        ("not confirm", "do not explicitly confirm"), ("not confirm", "did not confirm")]
    assert found(lx, "about 2,000 troops, talk about it") == [("about number", "about 2,000")]
    assert found(lx, "US troops told us") == [("US", "US")]
    assert found(lx, "superillegal") == []


def test_spans_carry_sentence_index_and_original_text(tmp_path):
    lx = load_lexicon(write(tmp_path, LOADED))
    text = "First sentence.\nThe \u201cclient state\u201d again."
    (span,) = lx.find(Document(text), "loaded")
    assert text[span.start:span.end] == span.text == "client state"
    assert span.sentence == 1 and span.measure == "loaded" and span.category == "legal"


@pytest.mark.parametrize("body, message", [
    ("kind: loaded\ncategories: {a: b}\nentries:\n  - {term: x, patterns: [x], category: a, neutral: [y]}\n",
     "missing explanation"),
    ("kind: loaded\ncategories: {a: b}\nentries:\n  - {term: x, patterns: [x], category: zz, explanation: e, neutral: [y]}\n",
     "category 'zz' is not declared"),
    ("kind: loaded\ncategories: {a: b}\nentries:\n  - {term: x, patterns: [x], category: a, explanation: e}\n",
     "needs at least one neutral alternative"),
    ("kind: loaded\ncategories: {a: b}\nentries:\n  - {term: x, patterns: ['[x] y'], category: a, explanation: e, neutral: [y]}\n",
     "cannot be optional"),
    ("kind: hedges\ncategories: {a: b}\nentries:\n  - {term: x, patterns: 'a||b', category: a, explanation: e}\n",
     "empty alternative"),
    ("kind: wrong\nentries: []\n", "'kind:' must be one of"),
    ("kind: loaded\nentries: [\n", "is not valid YAML"),
    ("just text\n", "must be a YAML mapping"),
    ("kind: hedges\ncategories: {a: b}\nentries:\n  - {term: x, patterns: [x], category: a, explanation: e}\n"
     "  - {term: x, patterns: [y], category: a, explanation: e}\n", "each term must be unique"),
])
def test_a_broken_lexicon_names_the_file_and_entry(tmp_path, body, message):
    path = write(tmp_path, body, "mine.yaml")
    with pytest.raises(LexiconError) as err:
        load_lexicon(path)
    assert message in str(err.value)
    assert "mine.yaml" in str(err.value)


def test_an_entry_problem_names_the_entry(tmp_path):
    body = "kind: hedges\ncategories: {a: b}\nentries:\n  - {term: perhaps, patterns: [perhaps], category: a}\n"
    with pytest.raises(LexiconError) as err:
        load_lexicon(write(tmp_path, body))
    assert err.value.entry == "perhaps" and "'perhaps'" in str(err.value)


def test_python_tags_in_a_lexicon_are_refused(tmp_path):
    body = "kind: !!python/object/apply:os.system ['echo pwned > /tmp/pwned-lexicon']\nentries: []\n"
    with pytest.raises(LexiconError):
        load_lexicon(write(tmp_path, body))


def test_the_wrong_kind_of_lexicon_is_named(tmp_path):
    with pytest.raises(LexiconError, match="is a 'loaded' lexicon, but a 'hedges' lexicon is needed"):
        load_lexicon(write(tmp_path, LOADED), kind="hedges")


@pytest.mark.parametrize("sentence", [
    "I don't think it's good.", "It isn't bad, Mr. Smith said.", "Not a good-looking U.S. plan.",
    "He can't be really, truly happy.", "A. Smith was not very good.", "It was Jan. 5. Terrible.",
    "-5 degrees, very cold-", "DON'T be sad", "rock'n'roll is great", "\u201cAwful,\u201d she said \u2018quietly\u2019.",
    "What a wonderful day!", "Prices rose (sharply) in 2023: bad news.",
])
def test_textblob_scores_are_textblobs_own_whichever_path_the_words_take(sentence):
    """The engine skips TextBlob's tokenizer for ordinary prose; the scores and assessments must be the
    ones TextBlob gives for the sentence (the last two sentences take TextBlob's own path)."""
    from textblob.en import sentiment as pattern_sentiment
    from analysis.measures.sentiment import pattern_words, textblob_sentiment
    own, ours = pattern_sentiment(sentence), textblob_sentiment(sentence)
    assert (ours[0], ours[1], ours.assessments) == (own[0], own[1], own.assessments)
    assert (pattern_words(sentence) is None) == any(c in sentence for c in "!():")


def test_an_optional_phrase_with_a_space_inside_its_brackets_is_refused_when_the_lexicon_is_read(tmp_path):
    # "[long time]" would split into the literal words "[long" and "time]" and match nothing, silently
    path = tmp_path / "sources.yaml"
    path.write_text('name: s\nkind: sources\nversion: "1"\ndescription: d\ncategories: {anonymous_person: p}\n'
                    'entries:\n  - term: associates\n    patterns: ["a [long time] associate said"]\n'
                    '    category: anonymous_person\n    explanation: Unnamed associates.\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="unmatched bracket") as caught:
        load_lexicon(path)
    assert "sources.yaml" in str(caught.value) and "associates" in str(caught.value)


def test_the_shipped_sources_find_a_close_or_longtime_associate_speaking():
    from analysis.paths import LEXICON_DIR
    sources = load_lexicon(LEXICON_DIR / "sources.yaml")
    for text in ("A close associate said the deal was off.", "A longtime ally told reporters nothing.",
                 "One long time confidant says he will run.", "An associate said it was over."):
        assert [s.entry for s in sources.find(Document(text))] == ["associates"], text
    assert sources.find(Document("A close associate of the minister resigned.")) == []
    for text in ("a person with direct knowledge of the talks", "someone with first hand knowledge of it",
                 "an aide with knowledge of the plan"):
        assert [s.entry for s in sources.find(Document(text))][-1:] == ["people briefed on"], text
