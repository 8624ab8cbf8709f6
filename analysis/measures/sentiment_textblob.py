"""TextBlob's PatternAnalyzer on a list of words, with the library's steps and without its lazy lookups.

TextBlob's sentiment lexicon is a "lazy" dictionary: every ``word in lexicon`` and ``lexicon[word]`` goes
through two Python calls before reaching the dictionary. :func:`assess` runs the library's ``assessments``
and ``__call__`` (textblob 0.20.1, ``textblob/_text.py``) for a list of words, step for step, reading the
loaded dictionary directly, so it returns the library's scores and assessments exactly (checked on every
sentence by ``bench/throughput.py`` and the tests). With another textblob version the library itself runs.

The steps follow TextBlob's pattern-derived analyzer (Steven Loria and contributors, MIT licence), whose
lexicon and library stay a requirement: only its per-word lookup is repeated here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version

from ..tagging import TEXTBLOB_VERSION  # the textblob release whose ``assessments`` :func:`assess` repeats


def assess(words: list[str]):
    """What ``textblob.en.sentiment(words)`` gives for a list of lower-cased words: a ``Score``
    (polarity in [-1, 1], subjectivity in [0, 1], ``assessments``)."""
    pattern, lexicon = _library()
    if not _same_release():
        return lexicon(words)
    if _UNTAGGED[0] is not lexicon:
        len(lexicon)  # loads the lexicon the first time, as the library's first lookup does
    a = _assessments(lexicon, words, pattern)
    return pattern.Score(polarity=_avg([(w, p) for w, p, s, x in a]),
                         subjectivity=_avg([(w, s) for w, p, s, x in a]), assessments=a)


def assess_text(sentence: str):
    """What ``textblob.en.sentiment(sentence)`` gives for a sentence: TextBlob's own tokenizer splits it (its
    sentences joined, each token lower-cased, as the library's ``__call__`` does for a string), and
    :func:`assess` scores the words. For the sentences :func:`analysis.measures.sentiment.pattern_words`
    does not take (brackets, colons, dashes, ``!`` ...): the library's lookups were two thirds of their
    time."""
    if not _same_release():
        return _library()[1](sentence)
    return assess([w.lower() for w in " ".join(pattern_tokens(sentence)).split()])


def pattern_tokens(string: str) -> list[str]:  # noqa: C901 - the library's one function
    """TextBlob's ``find_tokens(string)`` (0.20.1) as its English parser calls it: the sentences of
    ``string``, each a string of tokens. The same steps, with the library's literal ``re.sub`` calls made
    as ``str.replace`` and its whitespace regexes as ``str.split`` (both give the same strings), and the
    words that need no punctuation split off passed on at once; about half the library's time."""
    pattern = _library()[0]
    punctuation, split_chars = _punctuation()
    abbreviations, replace = pattern.ABBREVIATIONS, pattern.replacements
    abbr1, abbr2, abbr3, eos = pattern.RE_ABBR1, pattern.RE_ABBR2, pattern.RE_ABBR3, pattern.EOS
    for a, b in list(replace.items()):  # the library's re.sub(a, b, string): literal patterns
        string = string.replace(a, b)
    string = (string.replace("\u201c", " \u201c ").replace("\u201d", " \u201d ").replace("\u2018", " \u2018 ")
              .replace("\u2019", " \u2019 ").replace("'", " ' ").replace('"', ' " '))
    string = string.replace("\r\n", "\n")
    if "\n\n" in string:
        string = _LINEBREAK.sub(" %s " % eos, string)
    tokens = []
    ends = punctuation + (".",)
    for t in string.split():  # the library's re.sub(r"\s+", " ") and TOKEN.findall(string + " ")
        if t[0] not in split_chars and t[-1] not in split_chars:
            tokens.append(t)
            continue
        tail = []
        while t.startswith(punctuation) and t not in replace:
            tokens.append(t[0])
            t = t[1:]
        while t.endswith(ends) and t not in replace:
            if t.endswith(punctuation):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if (t in abbreviations or abbr1.match(t) is not None or abbr2.match(t) is not None
                        or abbr3.match(t) is not None):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            tokens.append(t)
        tokens.extend(reversed(tail))
    sentences, i, j = [[]], 0, 0
    while j < len(tokens):
        if tokens[j] in ("...", ".", "!", "?", eos):
            while j < len(tokens) and tokens[j] in ("'", '"', "\u201d", "\u2019", "...", ".", "!", "?", ")", eos):
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break
                j += 1
            sentences[-1].extend(t for t in tokens[i:j] if t != eos)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    joined = (pattern.RE_SARCASM.sub("(!)", " ".join(s)) for s in sentences if len(s) > 0)
    return [pattern.RE_EMOTICONS.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s) for s in joined]


@lru_cache(maxsize=1)
def _punctuation() -> tuple[tuple[str, ...], frozenset[str]]:
    """TextBlob's punctuation marks that its tokenizer splits off a word's start (all but the period), and
    every mark it splits off a word's end: a word that neither starts nor ends with one passes as it is."""
    from textblob import _text as pattern

    return tuple(pattern.PUNCTUATION.replace(".", "")), frozenset(pattern.PUNCTUATION)


_LINEBREAK = re.compile(r"\n{2,}")


@lru_cache(maxsize=1)
def _library():
    """TextBlob's pattern module and its English sentiment lexicon, imported when first used (an import
    statement run for every sentence cost a Python-level call of the import system each time)."""
    from textblob import _text as pattern
    from textblob.en import sentiment as lexicon

    return pattern, lexicon


@lru_cache(maxsize=1)
def _same_release() -> bool:
    return version("textblob") == TEXTBLOB_VERSION


def _avg(assessments) -> float:
    """``avg`` inside the library's ``Sentiment.__call__`` with its default weight of 1."""
    s, n = 0, 0
    for words, score in assessments:
        w = 1
        s += w * score
        n += w
    return s / float(n or 1)


@lru_cache(maxsize=1)
def _emoticon_polarity() -> dict[str, float]:
    """Each emoticon of TextBlob's ``EMOTICONS`` in lower case with the polarity of the first group holding
    it, the group the library's walk over the groups in order stops at."""
    from textblob import _text as pattern

    found: dict[str, float] = {}
    for (_type, p), group in pattern.EMOTICONS.items():
        for emoticon in group:
            found.setdefault(emoticon.lower(), p)
    return found


#: The loaded lexicon and, for each word with scores for an untagged word, ``(polarity, subjectivity,
#: intensity, whether it is a modifier)`` (built once per process from the library's dictionary).
_UNTAGGED: list = [None, {}]


def _untagged(lexicon) -> dict[str, tuple]:
    """Each word of TextBlob's sentiment ``lexicon`` with scores for part of speech None (every word of
    0.20.1's lexicon has them): ``(p, s, i, modifies)``, ``modifies`` when the word has a modifier's tag
    (``RB``)."""
    if _UNTAGGED[0] is not lexicon:
        modifiers = lexicon.modifiers
        _UNTAGGED[1] = {w: (*entry[None], any(map(entry.__contains__, modifiers)))
                        for w, entry in dict.items(lexicon) if None in entry}
        _UNTAGGED[0] = lexicon
    return _UNTAGGED[1]


def _assessments(self, words: list[str], pattern) -> list[tuple]:  # noqa: C901 - the library's one function
    """``Sentiment.assessments(((w, None) for w in words), negation=True)`` with dictionary lookups."""
    negations, modifiers, labeler = self.negations, self.modifiers, self.labeler
    punctuation, emoticons = pattern.PUNCTUATION, _emoticon_polarity()
    known = _untagged(self)
    pos = None
    a = []
    m = None  # Preceding modifier (i.e., adverb or adjective).
    n = None  # Preceding negation (e.g., "not beautiful").
    for w in words:
        if w is None:
            continue
        found = known.get(w)  # the library's ``w in self and pos in self[w]``, then ``self[w][pos]``
        if found is not None:
            p, s, i, modifies = found
            if m is None:
                a.append(dict(w=[w], p=p, s=s, i=i, n=1, x=labeler.get(w)))
            if m is not None:
                a[-1]["w"].append(w)
                a[-1]["p"] = max(-1.0, min(p * a[-1]["i"], +1.0))
                a[-1]["s"] = max(-1.0, min(s * a[-1]["i"], +1.0))
                a[-1]["i"] = i
                a[-1]["x"] = labeler.get(w)
            if n is not None:
                a[-1]["w"].insert(0, n)
                a[-1]["i"] = 1.0 / a[-1]["i"]
                a[-1]["n"] = -1
            m = None
            n = None
            if modifies:  # the library's ``pos and pos in modifiers or any(map(self[w].__contains__, modifiers))``
                m = (w, pos)
            if w in negations:
                n = w
        else:
            if n is None and m is None and w.isalpha() and w not in negations:
                continue  # an unknown word with nothing pending: none of the steps below changes anything
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and (pos in modifiers or self.modifier(m[0])):
                a[-1]["w"].append(n)
                a[-1]["n"] = -1
                n = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and len(a) > 0:
                a[-1]["w"].append("!")
                a[-1]["p"] = max(-1.0, min(a[-1]["p"] * 1.25, +1.0))
            if w == "(!)":
                a.append(dict(w=[w], p=0.0, s=1.0, i=1.0, n=1, x=pattern.IRONY))
            if w.isalpha() is False and len(w) <= 5 and w not in punctuation:
                p = emoticons.get(w)  # the library walks every group, lower-casing each emoticon
                if p is not None:
                    a.append(dict(w=[w], p=p, s=1.0, i=1.0, n=1, x=pattern.MOOD))
    for i in range(len(a)):
        w = a[i]["w"]
        p = a[i]["p"]
        s = a[i]["s"]
        n = a[i]["n"]
        x = a[i]["x"]
        a[i] = (w, p * -0.5 if n < 0 else p, s, x)
    return a
