"""The engine's fast paths give exactly what the plain definitions give.

Each fast path (VADER's and TextBlob's scores without the libraries' repeated work, Punkt without NLTK's
time limits, lexicon scanning with its next-word filter, tags read sentence by sentence when first needed,
voice lookups, quoted words counted by word ranges, names walked through the capitalised words) is compared
here with a plain version written from its definition (the code as it was before the speed work, or the
library's own call), on the seeds, the story fixtures and sentences made to reach the edge cases; and the
tables of a corpus run must be the same, cell for cell, when the plain versions are put back in.
``bench/same_tables.py`` makes the same table comparison between two commits on the annotated BASIL and
PolNeAR articles.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis.matching as matching
import analysis.measures.sentiment as sentiment_module
import analysis.names as names_module
import analysis.voice as voice_module
from analysis import analyze_corpus, load_corpus
from analysis.measures.sentiment import fast_vader, vader
from analysis.paths import SEED_ARTICLES
from analysis.pipeline import Config, analyzer_for
from analysis.text import ABBREVIATIONS, Document, Region, Voices, tag_sentences

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
#: Sentences that reach the edges of the fast paths: hyphenated words tried from each part, possessives,
#: patterns whose next fixed word lies several words on (with a hyphenated word on the way), the end of the
#: text right after a word that starts patterns, titles before names, names opening a sentence.
EDGES = (
    'A senior U.S. official said the state-run media had called it a "regime". An unnamed official told '
    "reporters. An internal State Department memo and a two-page memo, written by a long-time aide, leaked. "
    "Pro-Israel and anti-war groups rallied; the Iran-backed militia's spokesman said so. "
    "Rep. Dave Brat of the House Freedom Caucus spoke. Officials in the Trump administration, an aide to a "
    "senior-level official and a high-ranking military official declined. Sources close to"
)


def corpus_texts() -> list[str]:
    articles = list(load_corpus(SEED_ARTICLES)) + list(load_corpus(STORIES))
    return [a.text for a in articles] + [EDGES]


@pytest.fixture(scope="module")
def analyzer():
    return analyzer_for(Config())


# --- plain versions, as the code was before the speed work ------------------------------------------

def plain_scan(matcher, doc: Document):
    """Every candidate pattern of a word tried in turn, the next word checked pattern by pattern."""
    norm, starts, ends = doc.norm, doc.token_starts, doc.token_ends
    keys = doc.keys()
    last = len(keys) - 1
    busy_until = 0
    hits, found = matcher._hits(doc)
    for k in hits:
        start = starts[k]
        if start < busy_until:
            continue
        key = keys[k]
        hyphenated = "-" in key
        following = keys[k + 1] if k < last and not hyphenated else None
        if following is not None and ("'" in following or "-" in following):
            following = None
        pieces = [(start, found[key])]
        if hyphenated:
            word = norm[start:ends[k]]
            pieces += [(start + j + 1, matcher._cached(matching._key(word[j + 1:])))
                       for j, ch in enumerate(word) if ch == "-"]
        for position, options in pieces:
            if position < busy_until:
                continue
            for _, regex, i, after in options:
                if after is not None and following is not None:
                    if after[0] == 1:
                        if following not in after[1] and not (after[2] and following.startswith(after[2])):
                            continue
                    elif not matching._may_follow(keys, k, after):
                        continue
                m = regex.match(norm, position)
                if m:
                    busy_until = m.end()
                    yield position, m.end(), i
                    break


def plain_tags(doc: Document) -> list[str]:
    """Every sentence tagged at once."""
    return tag_sentences([doc.words_of(s) for s in doc.sentences], doc.n_words)


def plain_at(regions: list[tuple[int, Region]], offset: int) -> Region | None:
    """The region of the first layer (in :data:`analysis.text.LAYERS` order) over ``offset``; ``regions``
    as :meth:`Voices.regions` gives them."""
    over = [(layer, region) for layer, region in regions if region.start <= offset < region.end]
    return min(over, key=lambda pair: pair[0])[1] if over else None


def plain_words_inside(voices: Voices, doc: Document) -> tuple[int, ...]:
    """Per sentence, its words whose start lies in a region that is not a subheading or a name."""
    def inside(k):
        region = voices.at(doc.token_starts[k])
        return region is not None and region.voice not in ("subheading", "name")
    return tuple(sum(inside(k) for k in range(s.first_token, s.last_token)) for s in doc.sentences)


def plain_names(doc: Document) -> list[Region]:
    """Every word of every sentence walked in turn."""
    norm, starts, ends = doc.norm, doc.token_starts, doc.token_ends
    words = [norm[s:ends[k]] for k, s in enumerate(starts)]
    opens = names_module._openings(doc)
    capitalised = names_module._capitalised
    inside = {w for k, w in enumerate(words) if w[:1].isupper() and k not in opens and capitalised(w)}
    out = []
    for sentence in doc.sentences:
        k = sentence.first_token
        while k < sentence.last_token:
            if not words[k][:1].isupper() or not capitalised(words[k]):
                k += 1
                continue
            j = k
            while j + 1 < sentence.last_token and norm[ends[j]:starts[j + 1]] in names_module._NAME_GAPS and (
                    capitalised(words[j + 1]) or words[j + 1] in names_module.NAME_LINKS
                    and j + 2 < sentence.last_token and capitalised(words[j + 2])
                    and not norm[ends[j + 1]:starts[j + 2]].strip()):
                j += 1
            title = j > k and words[k].lower() in ABBREVIATIONS
            known = names_module._known_name(words[k], inside)
            first = k + 1 if k in opens and not title and not known else k
            if first <= j:
                out.append(Region(starts[first], ends[j], "name", ""))
            k = j + 1
    return out


# --- each fast path against its plain version --------------------------------------------------------

def test_every_lexicon_finds_what_trying_every_candidate_finds(analyzer):
    lexicons = list(analyzer.lexicons.values())
    found = 0
    for text in corpus_texts():
        doc = Document(text)
        for lexicon in lexicons:
            fast = list(lexicon._matcher.scan(doc))
            assert fast == list(plain_scan(lexicon._matcher, doc)), (lexicon.kind, text[:60])
            found += len(fast)
    assert found > 300  # the corpus reaches the matcher: a comparison of empty lists would prove nothing


def test_the_edge_sentences_reach_the_next_word_filter(analyzer):
    """'a senior U.S. official', 'an unnamed official', 'state-run media' and the memo several words on are
    found (the sources lexicon's patterns that look one or more words ahead)."""
    doc = Document(EDGES)
    texts = [s.text for s in analyzer.lexicons["sources"].find(doc)]
    assert "A senior U.S. official" in texts and "An unnamed official" in texts
    assert "An internal State Department memo" in texts and "a two-page memo" in texts  # 3 and 2 words on
    assert "state-run media" in texts


def test_sentences_are_those_nltks_own_punkt_gives_with_its_time_limits():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from analysis.text import ABBREVIATIONS, _sentence_splitter
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    timed, ours = PunktSentenceTokenizer(params), _sentence_splitter()
    lines = [line for text in corpus_texts() for line in text.splitlines() if line.strip()]
    lines += ["He left... Then she came!! Did he? Yes.",
              "The U.S. Army. 5. Mr. Smith (D-Wis.) said 'no.' Then"]
    assert ours is not timed and len(lines) > 50
    for line in lines:
        assert list(ours.span_tokenize(line)) == list(timed.span_tokenize(line))


def test_tags_are_those_textblobs_english_parser_gives_each_sentence():
    from textblob.en import parser
    for text in corpus_texts():
        doc = Document(text)
        for s in doc.sentences:
            words = doc.words_of(s)
            if words:
                assert tag_sentences([words], len(words)) == [t for _, t in parser.find_tags(words)]


#: Sentences whose words reach each step of the tagger: a first word known only in lower case, the same
#: word first and later (tagged apart), capitalised unknown words, numbers, suffix rules, hyphens.
TAGGER_PATHS = (
    ["Will", "Smith", "said", "he", "will", "go"],
    ["Reportedly", ",", "the", "Zorblatt", "plan", "was", "fizzling", "quickly"],
    ["2,000", "$5", "3.5%", "10:30", "1/2", "-5"],
    ["Unflinching", "state-run", "groups", "organized", "ossify", "glass", "famous", "tactics"],
    ["the", "THE", "The", "iPhone", "McDonald's", "U.S."],
)


@pytest.mark.parametrize("words", TAGGER_PATHS)
def test_tags_remembered_word_by_word_are_textblobs(words):
    from textblob.en import parser
    assert tag_sentences([words], len(words)) == [t for _, t in parser.find_tags(words)]
    assert tag_sentences([words[1:], words], 2 * len(words) - 1) == (
        [t for _, t in parser.find_tags(words[1:])] + [t for _, t in parser.find_tags(words)])


def test_tags_read_in_any_order_are_those_of_tagging_every_sentence():
    for text in corpus_texts():
        doc = Document(text)
        tags = doc.tags
        assert [tags[k] for k in reversed(range(len(tags)))][::-1] == plain_tags(doc)
        assert len(tags) == doc.n_words and tags[-1] == plain_tags(doc)[-1]


def test_tags_with_stored_bounds_that_leave_words_out_pad_like_before():
    """Sentence bounds from a store may leave words outside every sentence: the tags then follow each other
    sentence by sentence and end in NN, exactly as tagging every sentence at once gave them."""
    text = "Officials said the plan failed. Critics called it a sham. Nobody answered."
    doc = Document(text, bounds=[(0, 31), (60, len(text))])
    assert list(doc.tags) == plain_tags(doc)
    assert doc.tags[-1] == "NN" and doc.tags[:2] == plain_tags(doc)[:2]


def test_a_document_is_tagged_once_when_a_tag_is_first_read_and_its_tags_stay_as_they_are(monkeypatch):
    import analysis.tagging as tagging_module
    calls = []
    real = tagging_module.tag_sentences
    monkeypatch.setattr(tagging_module, "tag_sentences", lambda s, n: calls.append(s) or real(s, n))
    doc = Document("The vote was close. Senators said they would try again. The bill failed.")
    assert calls == []  # splitting tags nothing
    k = doc.sentences[1].first_token + 1  # "said"
    assert doc.tags[k] == "VBD" and len(calls) == 1 and [w[1] for w in calls[0]] == ["vote", "said", "bill"]
    assert doc.tags[doc.sentences[1].first_token] == "NNS" and list(doc.tags) == plain_tags(doc)
    assert len(calls) == 1
    for change in (lambda t: t.__setitem__(k, "NN"), lambda t: t.append("NN"), lambda t: t.sort()):
        with pytest.raises(TypeError, match="read-only"):
            change(doc.tags)
    assert doc.tags[k] == "VBD" and len(doc.tags) == doc.n_words


def test_voice_lookups_follow_the_layer_order(analyzer):
    checked = 0
    for text in corpus_texts():
        doc = analyzer.analyze(load_one(text)).document
        voices = doc.voices
        regions = voices.regions()
        for offset in range(0, len(text), 7):
            assert voices.at(offset) == plain_at(regions, offset)
            checked += voices.at(offset) is not None
        assert voices.words_inside_by_sentence(doc) == plain_words_inside(voices, doc)
    assert checked > 100


def test_quoted_words_counted_by_ranges_where_layers_overlap_and_touch():
    """Regions of the first three layers overlapping, touching and crossing sentences; a name inside a quote
    (the quote wins) and a subheading; and the fallback when a region of those layers has a name's voice."""
    doc = Document("Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu.")
    at = doc.text.index
    layers = ([Region(at("beta"), at("delta"), "quote"), Region(at("zeta"), at("theta"), "scare")],
              [Region(at("gamma"), at("Epsilon") + 3, "statement")],
              [Region(at("eta"), at("lambda"), "reported", "X")],
              [Region(0, len(doc.text), "subheading")],
              [Region(at("beta"), at("gamma"), "name")])
    voices = Voices(*layers)
    assert voices.words_inside_by_sentence(doc) == plain_words_inside(voices, doc) == (3, 4, 2)
    odd = Voices([Region(at("kappa"), at("mu"), "name")])
    assert odd.words_inside_by_sentence(doc) == plain_words_inside(odd, doc) == (0, 0, 0)


def test_names_walked_through_capitalised_words_are_those_of_every_word():
    regions = 0
    for text in corpus_texts():
        doc = Document(text)
        fast = names_module.names(doc)
        assert fast == plain_names(doc)
        regions += len(fast)
    doc = Document(EDGES)
    assert "Rep. Dave Brat" in [doc.text[r.start:r.end] for r in names_module.names(doc)]  # title kept
    assert regions > 50


# --- VADER's scores with its repeated work left out (analysis/measures/sentiment_vader.py) -------------

#: Sentences that reach each rule of VADER, with what VADER does there (read against its source, 3.3.2).
VADER_RULES = (
    ("The plan is good.", "positive"),  # a lexicon word
    ("The plan is not good.", "negative"),  # negation one word before
    ("The plan isn't very good.", "negative"),  # n't two words before, a booster between
    ("It was never so good.", "positive"),  # "never so" strengthens instead of negating
    ("It is without doubt good.", "positive"),  # "without doubt" keeps the valence
    ("There was no good answer.", "negative"),  # "no" before a lexicon word negates it
    ("There was no money or love.", "negative"),  # "no" three words before a lexicon word, with "or"
    ("It is the least bad option.", "positive"),  # "least" negates (not after "at" or "very")
    ("It was at least good.", "positive"),
    ("The plan is GOOD but the cost is bad.", "negative"),  # capitals among lower case; "but" weighs after
    ("THE PLAN IS GOOD.", "positive"),  # every word in capitals: no word stands out, no capitals bonus
    ("It was kind of good.", "positive"),  # "kind of" is not scored as "kind"
    ("It was sort of good.", "positive"),  # a dampening bigram
    ("It was the bomb.", "positive"),  # a special-case idiom ("bomb" alone is negative:)
    ("It is a bomb.", "negative"),
    ("This is a bad ass plan!!", "positive"),  # the idiom "bad ass" (1.5) at both words, exclamation marks
    ("We love it :) but it is bad.", "negative"),  # an emoticon kept whole
    ("We love it \U0001F600 so much.", "positive"),  # an emoji: replaced by its name (the library's path)
    ("", "neutral"),
)


@pytest.mark.parametrize("sentence, polarity", VADER_RULES)
def test_vader_without_repeated_work_gives_vaders_scores_at_each_rule(sentence, polarity):
    from analysis.measures.sentiment import polarity_class
    ours = fast_vader().polarity_scores(sentence)
    assert ours == vader().polarity_scores(sentence)
    assert polarity_class(ours["compound"]) == polarity


def test_vader_without_repeated_work_gives_vaders_scores_on_every_sentence():
    sentences = [d.sentence_text(s.index) for t in corpus_texts() for d in [Document(t)] for s in d.sentences]
    assert len(sentences) > 100
    for sentence in sentences:
        assert fast_vader().polarity_scores(sentence) == vader().polarity_scores(sentence)

#: Text where a one-word pattern's regex and its plain comparison could part: a word character just before
#: (``3.5abc``), hyphens, underscores and digits after, letters that ignoring case matches to ASCII ones
#: (the Kelvin sign, the long s, dotted capital I), accents, the end of the text.
ONE_WORD_EDGES = ("3.5slam slam-dunk Slams SLAM \u212aill kill \u017flam slam_ x slam2 slam\u00e9 \u00e9slam "
                  "U.S. u.s.a \u0130stanbul istanbul K\u212a bill's slam")


def test_one_word_patterns_match_as_their_regex_does():
    from analysis.matching import LazyRegex
    lexicons = analyzer_for(Config()).lexicons.values()
    one = [lazy for lx in lexicons for e in lx.entries for p in e.patterns if (lazy := LazyRegex(p)).word]
    assert len(one) > 1000
    by_first: dict[str, list] = {}
    for lazy in one:
        for word, _ in lazy.word[1]:
            by_first.setdefault(word[:1].lower(), []).append(lazy)
    checked = 0
    for text in corpus_texts() + [ONE_WORD_EDGES, ONE_WORD_EDGES.upper(), "Kill"]:
        norm = Document(text).norm
        for pos in range(len(norm)):
            for lazy in (by_first.get(norm[pos].lower(), ()) if norm[pos].isascii() else one):
                m = lazy.regex.match(norm, pos)
                assert lazy.match_end(norm, pos) == (None if m is None else m.end()), (lazy.pattern, pos)
                checked += m is not None
    assert checked > 300


# --- TextBlob's assessments read from its loaded dictionary (analysis/measures/sentiment_textblob.py) ------

#: Word lists that reach each rule of TextBlob's ``assessments``, with the sign of the polarity it gives.
TEXTBLOB_RULES = (
    (["a", "good", "plan"], 1),  # a known word
    (["not", "a", "good", "plan"], -1),  # a negation kept across a small word: "not good" is slightly bad
    (["a", "very", "good", "plan"], 1),  # a modifier ("very", an adverb) multiplies the next word
    (["really", "not", "good"], -1),  # a negation after a modifier
    (["very", "bad", "!"], -1),  # an exclamation mark strengthens the word before
    (["never", "terribly", "sad"], 1),  # a negation, then an "-ly" adverb the lexicon built from "terrible"
    (["it", "is", "(!)"], 0),  # irony: subjectivity 1, polarity 0
    (["so", ":)"], 1),  # an emoticon
    ([], 0),
)


@pytest.mark.parametrize("words, sign", TEXTBLOB_RULES)
def test_textblob_assessments_read_directly_are_textblobs_at_each_rule(words, sign):
    from textblob.en import sentiment as pattern_sentiment
    from analysis.measures.sentiment_textblob import assess
    own, ours = pattern_sentiment(list(words)), assess(list(words))
    assert (ours[0], ours[1], ours.assessments) == (own[0], own[1], own.assessments)
    assert (ours[0] > 0) - (ours[0] < 0) == sign


def test_textblob_assessments_read_directly_are_textblobs_on_every_sentence():
    from textblob.en import sentiment as pattern_sentiment
    from analysis.measures.sentiment import pattern_words
    from analysis.measures.sentiment_textblob import assess
    lists = [w for t in corpus_texts() for d in [Document(t)] for s in d.sentences
             if (w := pattern_words(d.sentence_text(s.index))) is not None]
    assert len(lists) > 100
    for words in lists:
        own, ours = pattern_sentiment(list(words)), assess(list(words))
        assert (ours[0], ours[1], ours.assessments) == (own[0], own[1], own.assessments)

def test_normalising_by_the_changed_characters_is_translate():
    from analysis.text import NORMALISE, normalise
    every = "".join(map(chr, NORMALISE))
    texts = corpus_texts() + [every, f"a{every}b \\]^-[ plain ascii", "",
                              "\u00e9t\u00e9 \u2014 caf\u00e9\u2019s"]
    for text in texts:
        assert normalise(text) == text.translate(NORMALISE)
    assert normalise("\u201cNo\u201d \u2014 it\u2019s") == '"No" - it\'s'


#: Sentences that take TextBlob's own tokenizer, each reaching a rule of its tokenizer or of the scores:
#: punctuation split off, an emoticon made of two tokens (": 3" becomes ":3", a smile), irony "(!)",
#: an exclamation mark after a known word, an ellipsis, a dash, a paragraph break.
TOKENIZER_PATHS = (
    "The vote was: 3 for, 2 against.",
    "A wonderful plan (!) they said.",
    "What a terrible day!",
    "Good... or not? Hardly — it was bad; very bad.",
    "Prices rose (sharply) in 2023: $5 more.",
    "Nice :) really.\n\nNot good.",
)


@pytest.mark.parametrize("sentence", TOKENIZER_PATHS)
def test_textblob_after_its_own_tokenizer_gives_its_scores(sentence):
    from textblob.en import sentiment as pattern_sentiment
    from analysis.measures.sentiment import pattern_words
    from analysis.measures.sentiment_textblob import assess_text
    own, ours = pattern_sentiment(sentence), assess_text(sentence)
    assert pattern_words(sentence) is None
    assert (ours[0], ours[1], ours.assessments) == (own[0], own[1], own.assessments)


def test_textblob_after_its_own_tokenizer_gives_its_scores_on_every_sentence():
    from textblob.en import sentiment as pattern_sentiment
    from analysis.measures.sentiment import pattern_words
    from analysis.measures.sentiment_textblob import assess_text
    sentences = [text for t in corpus_texts() for d in [Document(t)] for s in d.sentences
                 if pattern_words(text := d.sentence_text(s.index)) is None]
    assert len(sentences) > 20
    for sentence in sentences:
        own, ours = pattern_sentiment(sentence), assess_text(sentence)
        assert (ours[0], ours[1], ours.assessments) == (own[0], own[1], own.assessments)


#: Strings that reach each step of TextBlob's tokenizer: contractions, every kind of quote, line breaks (a
#: paragraph break ends a sentence), abbreviations of each kind, ellipses, marks on both ends of a word,
#: closing marks after a sentence end, and the emoticons and irony it joins back together.
TOKENIZE_EDGES = (
    "I don't think he'd've said 'no'. They're \u201cright\u201d, \u2018wrong\u2019 and \"odd\".",
    "First line\r\nsecond line\n\nA new paragraph.\n\n\nAnother. ",
    "Mr. Smith, T. De Smedt, the U.S. and e.g. etc. went (i.e. left).",
    "Wait... what?! Really.... (yes.) \"Done.\" 'Done.' Fine!)",
    "--hyphens-- and ((brackets)) [x] {y} `z` @user #tag $5. 50% ~ok | a=b c_d ^ & * +1 -1",
    "Great (!) and ( ! ) and :) and : ) and :-( and 8 ) and x D or ;-) fine.",
    "", "   ", "...", "'", "rock'n'roll isn't dead",
)


def test_textblobs_tokenizer_repeated_gives_its_tokens():
    from textblob._text import find_tokens
    from analysis.measures.sentiment_textblob import pattern_tokens
    pieces = list(TOKENIZE_EDGES) + list(TOKENIZER_PATHS) + corpus_texts()
    pieces += [d.sentence_text(s.index) for t in corpus_texts() for d in [Document(t)] for s in d.sentences]
    assert len(pieces) > 150
    for piece in pieces:
        assert pattern_tokens(piece) == find_tokens(piece), piece
    assert pattern_tokens("Great (!) and : ) fine.") == ["Great (!)", "and :) fine ."]  # "!" ends one


def test_textblob_scores_of_every_sentence_are_textblobs_whichever_path_it_takes():
    from textblob.en import sentiment as pattern_sentiment
    from analysis.measures.sentiment import _QUOTES, _unquoted, textblob_sentiment
    sentences = [d.sentence_text(s.index) for t in corpus_texts() for d in [Document(t)] for s in d.sentences]
    sentences += list(TOKENIZE_EDGES) + list(TOKENIZER_PATHS)
    for sentence in sentences:
        own, ours = pattern_sentiment(sentence), textblob_sentiment(sentence)
        assert (ours[0], ours[1], ours.assessments) == (own[0], own[1], own.assessments), sentence
        assert _unquoted(sentence) == sentence.translate(_QUOTES)


# --- the whole run: every table the same with the plain versions put back ---------------------------

def load_one(text: str):
    from analysis import Article
    return Article(id="edge", text=text)


def test_every_table_is_the_same_with_the_plain_versions(monkeypatch):
    articles = list(load_corpus(SEED_ARTICLES)) + list(load_corpus(STORIES))
    fast = analyze_corpus(articles)
    monkeypatch.setattr(matching.Matcher, "scan", plain_scan)
    monkeypatch.setattr(Document, "tags", property(_plain_tags_once))
    monkeypatch.setattr(Voices, "words_inside_by_sentence", plain_words_inside)
    monkeypatch.setattr(voice_module, "names", plain_names)
    monkeypatch.setattr(fast_vader(), "polarity_scores", vader().polarity_scores)
    from textblob.en import sentiment as pattern_sentiment
    monkeypatch.setattr(sentiment_module, "assess", pattern_sentiment)
    monkeypatch.setattr(sentiment_module, "assess_text", pattern_sentiment)
    plain = analyze_corpus(articles)
    assert len(fast.matches) > 100
    for name in ("articles", "sentences", "matches", "actors", "voices"):
        pd.testing.assert_frame_equal(getattr(fast, name), getattr(plain, name), check_exact=True, obj=name)


def _plain_tags_once(doc: Document) -> list[str]:
    if doc._tags is None:
        doc._tags = plain_tags(doc)
    return doc._tags
