"""Splitting a text into sentences: NLTK's Punkt with the abbreviations of news copy, and the repairs made
after it (a line break ends a sentence, save after a name with its own "!" when the next line opens in lower
case; a break after a dotted initialism that the next word continues is undone). :class:`analysis.text.Document` calls :func:`sentence_bounds` once per article."""
from __future__ import annotations

import re
from functools import lru_cache

#: Abbreviations that do not end a sentence (lower case, without the final period), as Punkt expects.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr pres st jr sr rev hon "
    "u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g etc vs inc corp co ltd no dept est approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig al "
    # titles before names in US news ("Del. Stacey Plaskett", "Sens. X and Y") and state abbreviations in
    # party labels ("(D-Wis.)")
    "del sens reps govs amb atty supt messrs gens ala ariz ark calif colo conn fla ga ill ind kan ky la md "
    "mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)


@lru_cache(maxsize=1)
def sentence_splitter() -> "PunktSentenceTokenizer":  # noqa: F821 - imported when first needed
    """NLTK's Punkt with our abbreviations; NLTK (0.2 s to import) is imported only when text is split, so
    a report page that only reads the store's tables never imports it.

    Punkt's own regular expressions are run without NLTK's per-call time limit (``nltk.redos``), which
    costs about as much as the matching itself: the same patterns on the same engine, so the same sentences.
    They are NLTK's fixed patterns, each linear in the text, and :data:`MAX_PIECE` bounds a piece's length."""
    from nltk.tokenize import punkt

    def plain(pattern):  # the compiled pattern inside NLTK's timed wrapper (itself with older NLTKs)
        return getattr(pattern, "_rx", pattern)

    class Vars(punkt.PunktLanguageVars):
        re_boundary_realignment = plain(punkt.PunktLanguageVars.re_boundary_realignment)

        def period_context_re(self):
            return plain(super().period_context_re())

        def _word_tokenizer_re(self):
            return plain(super()._word_tokenizer_re())

    non_punct, base = plain(punkt._re_non_punct), punkt.PunktToken

    class Token(base):
        __slots__ = ()
        _RE_ELLIPSIS, _RE_NUMERIC = plain(base._RE_ELLIPSIS), plain(base._RE_NUMERIC)
        _RE_INITIAL, _RE_ALPHA = plain(base._RE_INITIAL), plain(base._RE_ALPHA)
        is_non_punct = property(lambda self: non_punct.search(self.type))

    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params, lang_vars=Vars(), token_cls=Token)


#: Longest piece of text given to Punkt at once (characters); longer lines are first cut after a sentence
#: end. NLTK's guard, a time limit on each regex search, failed on lines of several megabytes; the engine's
#: splitter runs without it (:func:`sentence_splitter`), and the cut keeps every search short anyway.
MAX_PIECE = 20_000
_PIECE_END = re.compile(r"[.!?][\"')\]]*\s+")


def _pieces(line: str, base: int):
    """``(offset, text)`` pieces of a line, each at most about MAX_PIECE long, cut after sentence ends
    (or at a space, or anywhere, when a stretch has none)."""
    start = 0
    while len(line) - start > MAX_PIECE:
        window = line[start:start + MAX_PIECE]
        cut = 0
        for m in _PIECE_END.finditer(window):
            cut = m.end()
        if not cut:
            cut = window.rfind(" ") + 1 or MAX_PIECE
        yield base + start, line[start:start + cut]
        start += cut
    yield base + start, line[start:]


#: A sentence that Punkt ended after a dotted initialism it does not know (F.B.I., I.R.S., D.O.J.).
_INITIALISM_END = re.compile(r"(?:^|[\s(\"'\-])(?:[A-Za-z]\.){2,}[\"')]*$")
#: Words that really start a new sentence after an initialism ("... joined the F.B.I. He said").
SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you this that these those there but and or so yet in on at after before "
    "when while if as his her its their our my mr mrs ms dr".split()
)


def _continues(text: str, end: int, start: int) -> bool:
    """True when Punkt's break between ``end`` and ``start`` is no sentence end: the next piece opens with
    a closing bracket, a comma or a lower-case word ("Rep. Gwen Moore (D-Wis.) said"), or the break follows
    a dotted initialism and the next word does not look like a sentence start (a number, or a capitalised
    word that is not a common first word): "the F.B.I. Director James Comey said" is one sentence."""
    head = text[start:start + 40].lstrip("\"' ")
    if head[:1] in (")", ",", ";", ":") or head[:1].islower():
        return True
    if not _INITIALISM_END.search(text[max(0, end - 20):end]):
        return False
    word = re.match(r"\W*(\w+)", text[start:start + 40])
    if not word:
        return False
    first = word.group(1)
    return not first[:1].isupper() or first.lower() not in SENTENCE_STARTERS


#: A line ending with a capitalised word and its "!", as names have ("Democracy Now!", "Yahoo!", "Jeopardy!").
_NAME_BANG = re.compile(r"\b[A-Z][\w'.\-]*!$")
#: A line that continues the sentence before it: it opens with a lower-case word.
_LOWER_OPENING = re.compile(r"[a-z]")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs: every line is split by Punkt; a line break ends a sentence, save after a
    line that ends with a capitalised word and "!" (a name's own mark: "He spoke on Democracy Now!" / "that
    the plan was dead.") when the next line opens with a lower-case word: the "!" belongs to the name and the
    clause runs on (:data:`_NAME_BANG`); a break Punkt made after a dotted initialism is undone when the next
    word continues the sentence (inside a line, a lower-case word after any break continues it)."""
    splitter = sentence_splitter()
    bounds: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        first_of_line = len(bounds)
        if bounds and _LOWER_OPENING.match(line.group()) and _NAME_BANG.search(text, max(0, bounds[-1][1] - 80), bounds[-1][1]) \
                and text[bounds[-1][1]:line.start()].strip() == "":
            first_of_line -= 1  # the line goes on with the sentence the name's "!" seemed to end
        for base, piece in _pieces(line.group(), line.start()):
            for start, end in splitter.span_tokenize(piece):
                start, end = base + start, base + end
                if len(bounds) > first_of_line and _continues(text, bounds[-1][1], start):
                    bounds[-1] = (bounds[-1][0], end)
                else:
                    bounds.append((start, end))
    return bounds
