"""Reported clauses that a verb of naming, judging, seeing, believing, asking, promising, expressing or
knowing governs, found from part-of-speech tags: the ``reported`` regions the reporting-verbs lexicon alone
does not give (:mod:`analysis.voice` lists every rule with its sentence; tests/text/test_voice_rules.py and
tests/text/test_voice_constructions.py pin them).

One pass over the words of each sentence, constant work per word: linear time in the article's length.
"""
from __future__ import annotations

from .attribution import PARTICIPLES, Scope, overlapping
from .quoting import DETERMINERS, SPEECH_NOUNS, clause_end
from .speakers import kind as kind_of, main_subject, source as source_of
from .text import Document, Region, Span

#: Verbs of naming: the words after them in their clause are the subject's label ("called the bill a ploy").
NAMING = frozenset("call calls called calling dub dubs dubbed label labels labeled labelled brand brands branded "
                   "term terms termed".split())
#: Verbs of judging someone, with "for" ("criticized Y for ...", "blamed Y for ...").
JUDGING = frozenset("criticize criticizes criticized criticise criticises criticised blame blames blamed fault "
                    "faults faulted praise praises praised attack attacks attacked slam slams slammed blast "
                    "blasts blasted condemn condemns condemned accuse accuses accused thank thanks thanked "
                    "credit credits credited chide chides chided scold scolds scolded lambaste lambasted "
                    "mock mocks mocked ridicule ridiculed denounce denounces denounced applaud applauds "
                    "applauded commend commends commended rebuke rebukes rebuked".split())
#: Verbs of seeing as: with "as" in the clause ("sees it as a betrayal"); consider/deem need no "as".
SEEING = frozenset("see sees saw view views viewed regard regards regarded perceive perceives perceived "
                   "portray portrays portrayed characterize characterizes characterized rate rates rated "
                   "describe describes described".split())
CONSIDERING = frozenset("consider considers considered deem deems deemed".split())
#: Verbs of believing, fearing and hoping: the clause after them is the subject's view.
BELIEVING = frozenset("believe believes believed think thinks thought feel feels felt fear fears feared hope "
                      "hopes hoped expect expects expected worry worries worried suspect suspects suspected "
                      "doubt doubts doubted assume assumes assumed contend contends contended insist insists "
                      "predict predicts predicted stress stresses stressed emphasize emphasizes emphasized "
                      "reiterate reiterates reiterated".split())
#: Verbs of asking: with a question word ("wondered whether ...").
ASKING = frozenset("ask asks asked wonder wonders wondered question questions questioned".split())
QUESTION_WORDS = frozenset("whether if how why what when where who which".split())
#: Verbs of promising and threatening: with "to" ("vowed to harshly punish ...").
PROMISING = frozenset("vow vows vowed promise promises promised pledge pledges pledged threaten threatens "
                      "threatened swear swears swore".split())
#: Verbs of knowing and finding whose clause may follow without "that": "documents show he took a loss",
#: "one study found Trump would raise taxes" (a subject, then a verb within a few words).
KNOWING = frozenset("know knows knew show shows showed found finds find reveal reveals revealed indicate "
                    "indicates indicated estimate estimates estimated conclude concludes concluded".split())
#: "express" with a noun of attitude: "privately express reservations about ...".
EXPRESSING = frozenset("express expresses expressed voice voices voiced".split())
ATTITUDES = frozenset("concern concerns doubt doubts reservations worry worries fear fears hope hopes support "
                      "opposition skepticism scepticism frustration anger outrage dismay regret confidence "
                      "optimism alarm".split())
#: First-person subjects: outside a quotation the writer's own view, which reports no one.
FIRST_PERSON = frozenset("i we".split())


def _verb_at(doc: Document, k: int) -> bool:
    """True when word ``k`` is used as a verb: tagged so (or a plural noun right after a subject, which the
    tagger gives to "Jones fears"), not after a determiner, and, unless it is a participle in -ing ("after
    calling it"), not after a preposition or adjective ("reneging on promises")."""
    tags = doc.tags
    if k > 0 and tags[k] == "NNS" and tags[k - 1] in ("NNP", "NNPS", "PRP"):
        return True
    if not tags[k].startswith("VB") or k > 0 and doc.keys()[k - 1] in DETERMINERS:
        return False
    return tags[k] == "VBG" or k == 0 or tags[k - 1] not in ("IN", "DT", "PRP$", "POS", "JJ")


def _governs(keys: list[str], k: int, end: int) -> int:
    """Index of the first word of what verb ``k`` governs by its kind, or -1 when it governs nothing here."""
    key, nxt = keys[k], keys[k + 1] if k + 1 < end else ""
    if key in NAMING or key in CONSIDERING:
        return k + 1 if nxt and nxt not in ("for", "on", "off", "up", "in", "out", "to", "back") else -1
    if key in JUDGING:
        window = keys[k + 1:min(end, k + 8)]
        return k + 1 + window.index("for") if "for" in window else -1
    if key in SEEING:
        return k + 1 if "as" in keys[k + 1:min(end, k + 8)] else -1
    if key in BELIEVING:
        return k + 1 if nxt and nxt not in ("in", "to", "for", "so", "about", "of") else -1
    if key in ASKING:
        return k + 1 if nxt in QUESTION_WORDS else -1
    if key in PROMISING:
        return k + 1 if nxt == "to" else -1
    if key in PARTICIPLES:  # ", adding he would ...": the subject is the clause's (see judged)
        return k + 1 if nxt and nxt not in ("to", "for", "about", "on", "in", "of", "up", "out", "goodbye") else -1
    if key in EXPRESSING:
        return k + 1 if nxt in ATTITUDES or k + 2 < end and keys[k + 2] in ATTITUDES else -1
    return -1


def _bare_clause(doc: Document, k: int, end: int) -> bool:
    """True for a verb of knowing or finding followed by a clause without "that": a subject word, then a
    finite verb or modal within the next four words ("documents show he took", "found Trump would")."""
    tags = doc.tags
    if k + 2 >= end or tags[k + 1] not in _SUBJECT_TAGS or tags[k + 1] == "JJ":
        return False
    return any(tags[i] in ("MD", "VBD", "VBZ", "VBP") for i in range(k + 2, min(end, k + 6)))


_KINDS = NAMING | CONSIDERING | JUDGING | SEEING | BELIEVING | ASKING | PROMISING | EXPRESSING | PARTICIPLES
#: Verbs whose "that" clause is no one's content ("this means that ...", "make sure that ...").
NOT_CLAUSAL = frozenset("is are was were be been being has have had do does did make makes made ensure ensures "
                        "ensured mean means meant so such now given provided except seem seems seemed".split())
#: Tags of a word that opens a "that" clause: a subject ("that the plan", "that it", "that there").
_SUBJECT_TAGS = ("DT", "PRP", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "EX", "PRP$", "PDT")


def _clausal(doc: Document, k: int, end: int) -> bool:
    """True for a verb followed by "that" and a subject: the clause of a verb of finding, estimating or knowing
    ("The Tax Foundation estimates that it would ..."); the tagger's plural noun counts as a verb after a
    noun ("estimates", "notes")."""
    keys, tags = doc.keys(), doc.tags
    if k + 2 >= end or keys[k + 1] != "that" or keys[k] in NOT_CLAUSAL or tags[k + 2] not in _SUBJECT_TAGS:
        return False
    return tags[k].startswith("VB") or tags[k] == "NNS" and k > 0 and tags[k - 1] in ("NN", "NNP", "NNPS", "NNS")


def judged(doc: Document, breaks: list[int], verbs: list[Span], lexical: list[Span]) -> tuple[list, list]:
    """Attributions of verbs of naming, judging, seeing, believing, asking and promising and of verbs with a
    "that" clause (see the rules): the region runs from what the verb governs to the end of its clause and is
    spoken by the verb's subject. Returns ``(scopes, regions)``: new attributions, and the regions of verbs
    the reporting-verbs lexicon already counts ("described ... as"), which add a region but no attribution."""
    keys, out, regions = doc.keys(), [], []
    taken = {v.start for v in verbs}
    lex_starts = [x.start for x in lexical]
    for sentence in doc.sentences:
        for k in range(sentence.first_token, sentence.last_token - 1):
            if keys[k + 1] == "that" and keys[k] in SPEECH_NOUNS and doc.tags[k].startswith("NN"):
                begin = doc.token_starts[k + 1]  # "his claim that people would ...": the claim's content
                regions.append(Region(begin, clause_end(doc, begin, sentence.index, breaks), "reported", ""))
                continue
            if keys[k + 1] == "that" and _clausal(doc, k, sentence.last_token):
                first = k + 1
            elif keys[k] in KNOWING and _verb_at(doc, k) and _bare_clause(doc, k, sentence.last_token):
                first = k + 1
            elif keys[k] not in _KINDS or not _verb_at(doc, k):
                continue
            else:
                first = _governs(keys, k, sentence.last_token)
            if first < 0 or first >= sentence.last_token:
                continue
            verb = doc.span(doc.token_starts[k], doc.token_ends[k], "reporting_verbs", "judging", keys[k])
            start, end, speaker = source_of(doc, verb)
            if keys[k] in PARTICIPLES:
                if k == sentence.first_token or "," not in doc.norm[doc.token_ends[k - 1]:doc.token_starts[k]]:
                    continue  # only a participle after a comma hangs on the clause before it
                start, end, speaker = main_subject(doc, k, sentence.first_token)
            if speaker.lower() in FIRST_PERSON or start < 0 and k > sentence.first_token \
                    and keys[k - 1] in FIRST_PERSON:
                continue  # "I think ...": the writer's own view
            kind = kind_of(doc, start, end, speaker, overlapping(lexical, lex_starts, start, end)) \
                if start >= 0 else "unclear"
            begin = doc.token_starts[first]
            scope = Scope(verb, start, end, speaker, kind, begin, clause_end(doc, begin, sentence.index, breaks))
            if verb.start in taken:
                regions.append(Region(scope.start, scope.end, "reported", speaker))
            else:
                out.append(scope)
    return out, regions
