"""Someone's words or charge carried by a noun or an idiom rather than a verb of saying: criticism "for",
calls "to", an estimate "put at", a question "that has emerged", a worry "about how". Part of the voice
layer (:mod:`analysis.voice`, through :func:`analysis.clauses.judged`); each construction is pinned by a
made-up sentence in tests/text/test_voice_charges.py. The words that carry the report (the criticism, the
calls, "put the cost at") stay the writer's, as a reporting verb does; only what they govern is reported.

* criticism "for": "The mayor is taking heat from unions for caving to the reckless demands", "came under
  fire for his dumb remarks", "drew sharp criticism for ..." (the charge after "for" is the critics'; only an
  "-ing" verb, a possessive or a determiner after "for": "under fire for hours" is no charge). The critics
  named after "from" speak. Criticism is received, drawn, faced, won, earned, garnered and (since round 11b)
  attracted or invited: "The visit attracted fierce criticism for legitimising a brutal junta".
* calls "to" or "for" as a noun: "Calls to investigate the brutal crackdown were rejected", "Demands for his
  resignation grew" (what the calls ask for, up to the verb of the sentence the noun is the subject of).
* an estimate "put at": "The agency puts the cost at $5 billion, assuming no reckless spending" (the figure
  and its assumptions are the estimator's; also "pegged", "placed").
* a question someone raised: "One question that has emerged is whether the talks may collapse" (a verb of
  arising or asking between "question" and "is whether"); the writer's own "The question is whether ..."
  stays the writer's.
* a portrayal "of ... as": "Rubio repeated his characterization of the mayor as a bully" (the possessor
  speaks);
* a disputed question: "Not everyone agrees on who is a terrorist", "The owners differ over how the
  reckless deal was struck";
* an apology "for" as a noun: "The airline issued an apology for the chaotic delays", "the bishop's apology
  for ..." (its possessor, or the subject of the verb before it; not "We owe readers an apology for ...");
  praise received "for" is read as criticism is ("won praise for his gritty tactics");
* forgiveness asked "for" and a reason given "for" banning or sanctioning: :mod:`analysis.judging` (looked
  up here, in the same dispatch);
* an explanation someone gives, with "to": "Analysts attribute the slump to reckless lending", "others chalk it
  up to resistance from a notoriously stubborn board" (the cause after "to" is the subject's view; also
  "ascribe"); only in the active voice with a subject found before the verb: "The slump is often attributed to
  ..." and "a quotation attributed to Lincoln" stay the writer's;
* a slogan named by a noun of saying again and again (:data:`SLOGANS`: drumbeat, refrain, mantra, slogan,
  catchphrase, talking point, rallying cry), with "of" or "about" ("the White House's mantra of a reckless
  Congress"; a slogan is said without "the": "the drumbeat of the parade" names none) or after a dash or
  colon a few words on ("what the campaign has made a drumbeat this week -- a do-nothing Congress"): the
  slogan is its owner's words, or no one named, up to the verb of the sentence the noun is the subject of;
  "The refrain was heard all week" names none;
* a worry or doubt "about how", "about why", "about what" after an adjective of belief or a verb of speaking:
  "Parents are worried about how the cuts might hurt schools" (the subject's question; "whether" after
  "about" is :func:`analysis.hearsay.open_questions`).

A first-person subject outside a quotation stays the writer's. The trigger words are looked up in the one pass
over the words of :func:`analysis.clauses.judged`; the words around a trigger are read before its tags, and the
work around each is bounded: linear time in the article's length.
"""
from __future__ import annotations

from .hearsay import BE, FIRST_PERSON
from .quoting import clause_end
from .judging import PARDON, SANCTIONING, pardon, reason, subject_of
from .speakers import FINITE, main_subject
from .text import Document, Region

#: Nouns of criticism that take "for" and the charge ("taking heat for caving", "under fire for ...").
CRITICISM = frozenset("heat flak fire criticism backlash scorn ire grief condemnation praise plaudits acclaim "
                      "kudos".split())
#: Verbs (and "under") that put someone at the receiving end of :data:`CRITICISM`.
RECEIVING = frozenset("take takes took taken taking draw draws drew drawn drawing face faces faced facing "
                      "under win wins won winning earn earns earned earning receive receives received receiving "
                      "garner garners garnered garnering attract attracts attracted attracting invite invites invited "
                      "inviting".split())
#: Nouns of apologising, with "for": "issued an apology for the chaotic delays", "the bishop's apology for
#: ..." (what is apologised for, named by the one who apologises or demands the apology).
APOLOGIES = frozenset("apology apologies".split())
#: Nouns of urging that are the subject of their sentence ("Calls to investigate ... were rejected").
CALLS = frozenset("calls demands appeals pleas".split())
#: Nouns of a figure someone estimates ("puts the cost at ...").
FIGURES = frozenset("figure cost costs number toll price total value damage damages loss losses tab bill "
                    "count".split())
PUTTING = frozenset("put puts putting pegged pegs peg places placed".split())
#: Verbs of arising or asking between "question" and "is whether" ("one question that has emerged is whether").
ARISING = frozenset("emerged arisen arose raised asked posed looming lingering".split())
#: Words before "about how/why/what" that make it someone's question ("worried about how ...").
WONDERING = frozenset("worried concerned unsure uncertain curious skeptical sceptical anxious nervous confused "
                      "talked talking spoke speaking wondered wondering asked asking".split())
_WH = frozenset("how why what".split())
#: Verbs of agreeing and disputing before "on", "about" or "over" and a question word: the question is a
#: matter of dispute, not the writer's statement ("not everyone agrees on who is a terrorist").
DISPUTING = frozenset("agree agrees agreed disagree disagrees disagreed differ differs differed".split())
#: Nouns of portraying, with "of" and "as": "his characterization of the mayor as a bully" (the "as" phrase
#: is the possessor's label).
PORTRAYALS = frozenset("characterization characterizations characterisation portrayal portrayals depiction "
                       "depictions description descriptions".split())
#: Verbs of explaining by a cause, with "to" ("others chalk it up to ...", "analysts attribute the slump to ...").
ATTRIBUTING = frozenset("attribute attributes attributed attributing ascribe ascribes ascribed ascribing chalk "
                        "chalks chalked chalking".split())
#: Nouns of a slogan repeated ("the administration's drumbeat -- a do-nothing Congress"); "point" and "cry" only
#: after the word that makes them one (:data:`_SLOGAN_FIRST`: "talking point", "rallying cry").
SLOGANS = frozenset("drumbeat drumbeats refrain refrains mantra mantras slogan slogans catchphrase catchphrases "
                    "point points cry cries".split())
_SLOGAN_FIRST = {"point": ("talking",), "points": ("talking",), "cry": ("rallying", "battle"),
                 "cries": ("rallying", "battle")}
#: Every word that may open one of the constructions (looked up in :func:`analysis.clauses.judged`'s one pass
#: over the words).
TRIGGERS = CRITICISM | CALLS | FIGURES | PORTRAYALS | DISPUTING | PARDON | SANCTIONING | APOLOGIES \
    | ATTRIBUTING | SLOGANS | frozenset(["question", "about"])
_AFTER_FOR = ("VBG", "PRP$", "DT", "POS")


def charge_at(doc: Document, k: int, sentence, breaks: list[int]) -> Region | None:
    """The reported region of the construction word ``k`` (one of :data:`TRIGGERS`) opens, or None."""
    keys = doc.keys()
    if k + 2 >= sentence.last_token:
        return None
    found = _criticism(doc, k, sentence) if keys[k] in CRITICISM else \
        _calls(doc, k, sentence) if keys[k] in CALLS else \
        _figure(doc, k, sentence) if keys[k] in FIGURES else \
        _question(doc, k, sentence) if keys[k] == "question" else \
        _portrayal(doc, k, sentence) if keys[k] in PORTRAYALS else \
        _dispute(doc, k) if keys[k] in DISPUTING else \
        pardon(doc, k, sentence) if keys[k] in PARDON else \
        _apology(doc, k, sentence) if keys[k] in APOLOGIES else \
        _explanation(doc, k, sentence) if keys[k] in ATTRIBUTING else \
        _slogan(doc, k, sentence) if keys[k] in SLOGANS else \
        reason(doc, k, sentence) if keys[k] in SANCTIONING else _about(doc, k, sentence)
    if found is None or found[1].lower() in FIRST_PERSON:
        return None
    first, speaker = found
    begin = doc.token_starts[first]
    end = clause_end(doc, begin, sentence.index, breaks)
    if keys[k] in CALLS or keys[k] in SLOGANS:
        end = _subject_end(doc, first, sentence, end)
    return Region(begin, end, "reported", speaker) if end > begin else None


def _criticism(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    keys, tags = doc.keys(), doc.tags
    if not any(keys[i] in RECEIVING for i in range(max(sentence.first_token, k - 6), k)):
        return None  # the words first: the tags (which tag the sentence) only when a verb is near
    j = k - 1
    while j > sentence.first_token and tags[j] in ("JJ", "DT", "RB") and k - j < 4:
        j -= 1  # "drew sharp criticism", "came under heavy fire", "took a lot of heat" (of: below)
    if keys[j] == "of" and j - 2 >= sentence.first_token and keys[j - 1] == "lot":
        j -= 3
    if keys[j] not in RECEIVING:
        return None
    speaker = ""
    for i in range(k + 1, min(sentence.last_token - 1, k + 18)):
        if any(c in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]] for c in ",;:()\""):
            return None
        if keys[i] == "from" and not speaker:
            speaker = _phrase(doc, i + 1, sentence.last_token)
        if keys[i] == "for" and (tags[i + 1] in _AFTER_FOR or keys[i + 1].endswith("ing")):
            return i + 1, speaker
    return None


def _apology(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    """After "for": what an apology is for, spoken by its possessor ("the bishop's apology for ...") or the
    subject of the verb before it ("The airline issued an apology for ...", "Critics demanded an apology
    for ..."), or by no one named."""
    keys, tags = doc.keys(), doc.tags
    window = keys[k + 1:min(sentence.last_token - 1, k + 5)]
    if "for" not in window or any(c in doc.norm[doc.token_ends[k]:doc.token_starts[k + 1 + window.index("for")]]
                                  for c in ",;:()\""):
        return None
    first = k + 2 + window.index("for")
    if any(w in FIRST_PERSON or w in ("our", "my") for w in keys[max(sentence.first_token, k - 6):k]):
        return None  # "We owe readers an apology for ...": the writer's own
    owner = _owner(doc, k)
    if owner:
        return first, owner
    j = k - 1
    while j > sentence.first_token and keys[j] in ("a", "an", "the", "public", "formal", "full", "official") \
            and k - j < 4:
        j -= 1
    return first, subject_of(doc, j) if j >= sentence.first_token and tags[j].startswith("VB") else ""


def _phrase(doc: Document, first: int, last: int) -> str:
    """The words from ``first`` up to "for" or the next verb: who the criticism comes from."""
    keys, tags = doc.keys(), doc.tags
    i = first
    while i < last and keys[i] != "for" and not tags[i].startswith("VB") and i - first < 12:
        i += 1
    return doc.text[doc.token_starts[first]:doc.token_ends[i - 1]] if i > first else ""


def _calls(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    keys, tags = doc.keys(), doc.tags
    if keys[k + 1] not in ("to", "for") or not tags[k].startswith("NN") and not _opens_clause(doc, k):
        return None
    if keys[k + 1] == "to" and (tags[k + 2] == "VB" or tags[k + 2] == "NN" and k + 3 < sentence.last_token
                                and keys[k + 3] in ("the", "a", "an", "his", "her", "its", "their")):
        return k + 1, _owner(doc, k)
    if keys[k + 1] == "for" and tags[k + 2] in ("DT", "PRP$", "NN", "NNS", "JJ", "NNP"):
        return k + 2, _owner(doc, k)
    return None


def _opens_clause(doc: Document, k: int) -> bool:
    """True for "calls" the tagger reads as a verb that opens its sentence or follows a comma with a finite verb
    later in the sentence ("For instance, calls to act were rejected"): a noun, the subject of that verb; not
    "Smith, a senator, calls for lower taxes", which has no verb after it."""
    sentence = doc.sentences[doc.sentence_at(doc.token_starts[k])]
    if k > sentence.first_token and "," not in doc.norm[doc.token_ends[k - 1]:doc.token_starts[k]]:
        return False
    return _subject_end(doc, k + 1, sentence, sentence.end) < sentence.end


def _owner(doc: Document, k: int) -> str:
    """The possessor before noun ``k`` ("the union's calls", "his calls"), or ""."""
    if k == 0:
        return ""
    word = doc.text[doc.token_starts[k - 1]:doc.token_ends[k - 1]]
    if word.endswith(("'s", "\u2019s")):  # "the union's calls": the union
        first = k - 2 if k > 1 and doc.tags[k - 2] == "DT" else k - 1
        return doc.text[doc.token_starts[first]:doc.token_ends[k - 1] - 2]
    return word if doc.tags[k - 1] == "PRP$" else ""


def _subject_end(doc: Document, first: int, sentence, end: int) -> int:
    """Where the calls' content ends when the noun is its sentence's subject: before the first finite verb
    outside a relative clause set off by commas ("Calls to investigate atrocities in the province, where
    rebels are fighting, were rejected": before ", were")."""
    tags, norm = doc.tags, doc.norm
    relative = False
    for i in range(first + 1, sentence.last_token):
        if doc.token_starts[i] >= end:
            break
        gap = norm[doc.token_ends[i - 1]:doc.token_starts[i]]
        if "," in gap:
            relative = doc.keys()[i] in ("where", "which", "who", "when", "whose", "whom")
            if not relative and tags[i] in ("VBD", "VBZ", "VBP", "MD"):
                return doc.token_ends[i - 1]
        if not relative and tags[i] in ("VBD", "VBZ", "VBP", "MD") and doc.keys()[i - 1] not in ("that", "who"):
            return doc.token_ends[i - 1]
    return end


def _figure(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    keys = doc.keys()
    j = k - 1
    if j > sentence.first_token and keys[j] in ("the", "its", "their", "his", "her", "our", "that", "this"):
        j -= 1
    if keys[k + 1] != "at" or j < sentence.first_token or keys[j] not in PUTTING:
        return None
    return k + 2, subject_of(doc, j)


def _question(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    keys = doc.keys()
    arisen = False
    for i in range(k + 1, min(sentence.last_token - 1, k + 8)):
        arisen = arisen or keys[i] in ARISING
        if keys[i] in ("is", "was", "remains") and keys[i + 1] == "whether":
            return (i + 1, "") if arisen else None
    return None


def _portrayal(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    keys = doc.keys()
    if keys[k + 1] != "of":
        return None
    for i in range(k + 2, min(sentence.last_token - 1, k + 9)):
        if any(c in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]] for c in ",;:()"):
            return None
        if keys[i] == "as":
            return i, _owner(doc, k)
    return None


def _dispute(doc: Document, k: int) -> tuple[int, str] | None:
    keys = doc.keys()
    if keys[k + 1] not in ("on", "about", "over") or keys[k + 2] not in _WH | {"who", "whether", "which"}:
        return None
    return k + 2, subject_of(doc, k)


def _about(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    keys = doc.keys()
    if keys[k + 1] not in _WH or k - 1 < sentence.first_token or keys[k - 1] not in WONDERING:
        return None
    return k + 1, subject_of(doc, k - 1) or main_subject(doc, k - 1, sentence.first_token)[2]




def _explanation(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    """After "to": the cause the subject of verb ``k`` (:data:`ATTRIBUTING`) gives, in the active voice."""
    keys, tags = doc.keys(), doc.tags
    if k > sentence.first_token and keys[k - 1] in BE or keys[k + 1] == "to" and tags[k] == "VBN":
        return None  # "is attributed to", "a remark attributed to Lincoln": no one's explanation named
    if not tags[k].startswith("VB") and not (keys[k].startswith("chalk") and keys[k + 1] in ("up", "it", "this")):
        return None
    for i in range(k + 1, min(sentence.last_token - 1, k + 8)):
        if any(c in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]] for c in ",;:()\"") or tags[i] in FINITE:
            return None
        if keys[i] == "to":
            if keys[k].startswith("chalk") and keys[i - 1] != "up" or tags[i + 1] == "VB":
                return None
            speaker = subject_of(doc, k)
            return (i + 1, speaker) if speaker else None
    return None


def _slogan(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    """The slogan a noun of :data:`SLOGANS` names: after "of"/"about", or after a dash or colon within eight
    words with no finite verb or other punctuation before it."""
    keys, tags = doc.keys(), doc.tags
    if keys[k] in _SLOGAN_FIRST and (k == sentence.first_token or keys[k - 1] not in _SLOGAN_FIRST[keys[k]]):
        return None
    if not tags[k].startswith("NN") and (k == sentence.first_token or tags[k - 1] not in ("DT", "PRP$", "POS")):
        return None  # "refrain" is a verb too: a noun after a determiner or a possessive
    if keys[k + 1] in ("of", "about") and (keys[k + 2] in ("a", "an") or tags[k + 2] in ("JJ", "NN", "NNS", "VBG")):
        return k + 2, _owner(doc, k)
    for i in range(k + 1, min(sentence.last_token - 1, k + 9)):
        gap = doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]]
        if "-" in gap or ":" in gap:
            return i, _owner(doc, k)
        if any(c in gap for c in ",;()\"") or tags[i] in FINITE:
            return None
    return None
