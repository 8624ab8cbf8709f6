"""House style: the words an outlet writes in every article whatever the story, removed before words are scored.

A distinguishing word should say something about how a story was told, not which outlet printed it. Before
the distinguishing words are counted, these are set aside (:data:`FILTERS` states them for the page):

* **honorifics** and abbreviated titles (:data:`HONORIFICS`: Mr, Ms, Mrs, Dr, Sen., Gov. ...), which some outlets
  print and others do not;
* **the outlets' own names**: every word of a group's name as the articles table gives it (``outlet``) where
  the text writes it with a capital, and a
  capitalised name after ``told`` (``told the Daily Ledger``) that recurs in one outlet's articles;
* **bylines and datelines**: a line that starts with ``By`` followed by capitalised names, a
  ``Reporting by ...`` / ``Editing by ...`` / ``Contributing ...`` line, and an opening place name in capitals
  followed by a dash (``WASHINGTON --``, ``LONDON (Reuters) -``);
* **boilerplate**: a sentence that recurs, word for word, in two or more of an outlet's articles on different
  stories (or in two articles when there are no stories): a newsletter line, a sign-off, a correction notice.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice

#: Titles printed before names by some outlets only (lower case, without the period).
HONORIFICS = frozenset("mr mrs ms dr mx messrs mme mlle".split()) | frozenset(
    # abbreviated titles of office and rank (house style: "Sen. Smith" in one outlet, "Senator Smith" in another)
    "sen sens rep reps gov gen lt col sgt capt adm cmdr maj pres supt jr sr".split())
#: What the page says was removed.
FILTERS = (
    "honorifics (Mr, Mrs, Ms, Dr, Mx) and abbreviated titles (Sen., Rep., Gov., Gen., Lt. ...)",
    "the outlets' own names, and a name after \"told\" that recurs in one outlet's articles",
    "bylines (\"By ...\", \"Reporting by ...\") and datelines (\"WASHINGTON -\")",
    "sentences repeated word for word in one outlet's articles on different stories (boilerplate)",
)
_BYLINE = re.compile(r"^\s*(?:by\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|&|,))*\s*$|"
                     r"\(?(?:reporting|writing|editing|additional reporting) by\b.*$|contributing:.*$)",
                     re.IGNORECASE | re.MULTILINE)
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'\s,-]{1,40}?(?:,\s*[A-Z][a-z]+\.?\s*\d{0,2})?\s*(?:\([^)\n]{1,40}\)\s*)?"
                       r"[-\u2013\u2014:]+\s+")
#: A dateline is looked for at the start of this many opening lines (a byline line may come first).
DATELINE_LINES = 2
_TOLD = re.compile(r"\btold\s+((?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})")


@dataclass
class HouseStyle:
    """Per article id, the word tokens set aside (indices into the document's tokens), and what was found.

    ``found`` maps a kind (``honorific``, ``outlet name``, ``byline or dateline``, ``boilerplate``) to how
    many words of it were removed from the whole corpus."""

    skip: dict[str, set[int]] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, article_id: str, tokens, kind: str) -> None:
        tokens = set(tokens) - self.skip.setdefault(article_id, set())
        self.skip[article_id] |= tokens
        self.found[kind] += len(tokens)


def _tokens_in(doc, start: int, end: int) -> range:
    return range(bisect.bisect_left(doc.token_starts, start), bisect.bisect_left(doc.token_starts, end))


_LINE_START = re.compile(r"^[ \t]*\S", re.MULTILINE)


def _opening_lines(text: str, n: int = DATELINE_LINES) -> list[int]:
    """Where the first ``n`` non-empty lines of ``text`` start (a dateline opens one of them)."""
    return [m.start() for m in islice(_LINE_START.finditer(text), n)]


def _sentence_key(doc, sentence) -> str:
    words = doc.norm_words()[sentence.first_token:sentence.last_token]
    return " ".join([w for w in map(str.lower, words) if not w[0].isdigit()])


def _where(keys: list[str], wanted: set[str]) -> list[int]:
    """Indexes of the words of ``keys`` that are in ``wanted``, in order (each word found by ``list.index``:
    the few wanted words an article holds are looked for in C, not word by word in Python)."""
    out = []
    for word in wanted.intersection(keys):
        k = keys.index(word)
        while True:
            out.append(k)
            try:
                k = keys.index(word, k + 1)
            except ValueError:
                break
    return sorted(out)


def _recurring(keys_by_article: dict[str, set[str]], outlet_of: dict[str, str],
               story_of: dict[str, str]) -> set[tuple[str, str]]:
    """(outlet, key) pairs seen in two or more of the outlet's articles, on different stories when known."""
    places = defaultdict(set)
    for article_id, keys in keys_by_article.items():
        place = story_of.get(article_id) or article_id
        for key in keys:
            places[(outlet_of.get(article_id, ""), key)].add(place)
    return {k for k, seen in places.items() if len(seen) >= 2}


def find_house_style(docs: dict, outlet_of: dict[str, str], story_of: dict[str, str] | None = None,
                     names=()) -> HouseStyle:
    """The house style of every document (see the module docstring).

    ``outlet_of`` maps article id to its outlet (or group), ``story_of`` to its story ('' or missing when
    none), ``names`` are further names to remove (the group names of a comparison)."""
    story_of = story_of or {}
    style = HouseStyle()
    name_words = {w.lower() for n in [*outlet_of.values(), *names] for w in re.findall(r"[^\W\d_]+", str(n))
                  if len(w) > 1} - {"the", "of", "and", "news"}
    names_as_keys = name_words | {f"{w}'s" for w in name_words}  # w.removesuffix("'s") in name_words
    sentences, told = {}, {}
    for article_id, doc in docs.items():
        keys, words = doc.keys(), doc.norm_words()  # keys end in no period (KEY_STRIP): an honorific is a key
        style.add(article_id, _where(keys, HONORIFICS), "honorific")
        style.add(article_id, [k for k in _where(keys, names_as_keys) if words[k][0].isupper()], "outlet name")
        for m in _BYLINE.finditer(doc.norm):
            style.add(article_id, _tokens_in(doc, m.start(), m.end()), "byline or dateline")
        for line in _opening_lines(doc.norm):
            head = _DATELINE.match(doc.norm, line)
            if head and re.sub(r"\([^)]*\)", "", head.group()).strip(" -:\u2013\u2014").isupper():
                style.add(article_id, _tokens_in(doc, head.start(), head.end()), "byline or dateline")
        sentences[article_id] = {_sentence_key(doc, s): s for s in doc.sentences if s.n_words >= 4}
        told[article_id] = {m.group(1).lower(): m for m in _TOLD.finditer(doc.norm)}
    repeated = _recurring({a: set(s) for a, s in sentences.items()}, outlet_of, story_of)
    said_to = _recurring({a: set(t) for a, t in told.items()}, outlet_of, story_of)
    for article_id, doc in docs.items():
        outlet = outlet_of.get(article_id, "")
        for key, s in sentences[article_id].items():
            if (outlet, key) in repeated:
                style.add(article_id, range(s.first_token, s.last_token), "boilerplate")
        for key, m in told[article_id].items():
            if (outlet, key) in said_to:
                style.add(article_id, _tokens_in(doc, m.start(), m.end()), "outlet name")
    return style
