"""Verbs of judging, apologising and sanctioning: "X criticized Y for ...", the voice layer's own example, and
its kin. Part of the voice layer (:mod:`analysis.voice`, through :func:`analysis.clauses.judged` and
:func:`analysis.charges.charge_at`); each rule is pinned both ways by a made-up sentence in
tests/text/test_voice_judging.py (and the older ones in test_voice_rules.py and test_voice_constructions.py).

The rule a careful reader applies: the verb's object names its target in the writer's words ("Police
condemned the attack": "the attack" is the writer's word); only the characterising complement is the
subject's, and the verb itself stays the writer's word, as a verb of saying does.

* judging with "for", accusing with "of": the charge from "for" or "of" on ("The senator criticized the
  governor for his reckless spending", "blamed the owners for the chaos", "accused the agency of a shameful
  cover-up"), also hailing, castigating, honouring and the phrasal "lashed out at", "railed against",
  "called out" with an object ("Activists called out the company for its shameful ..."; not "called out
  for help"); "for" belongs to the verb only before a second verb ("praising the deal and calling for ...":
  the "for" is calling's), and a length of time is no charge ("celebrated for hours"; "attacked the plan for
  years as a gamble": the "as" phrase);
* judging, praising or deriding "as": from "as" on ("The mayor condemned the attack as barbaric": "as
  barbaric" is the mayor's, "the attack" the writer's; "hailed the merger as a historic triumph",
  "derided the stadium as a vanity project"). Verbs of seeing ("sees the deal as a gamble") keep their object
  in the view: :mod:`analysis.clauses`;
* apologising "for": "The bishop apologized to the families for the shameful cover-up";
* an apology as a noun, and praise received "for" (:mod:`analysis.charges`): "The airline issued an apology
  for the chaotic delays" (the possessor or the subject of the verb before it: who issues or demands it; not
  "We owe readers an apology for ..."), "The coach won praise for his gritty tactics" (unnamed, as
  "came under fire for");
* asking forgiveness "for": "The archbishop asked (for) forgiveness for the cover-ups" (also begged, sought,
  pleaded); not "saw no forgiveness for";
* banning, rejecting or sanctioning "for" a stated reason: "The school board banned the novel for containing
  obscene passages", "suspended the striker for his racist abuse", "removed the post for allegedly
  spreading ..." -- a reason only as a clause in "-ing" or a possessive ("for three games", "for security
  reasons", "for hours" are no reason), and only when the subject is a source: a name, a pronoun or a group
  (:data:`GROUPS`; "The new law bans ..." states no one's reason). In the passive the agent after "by" gives
  the reason ("was banned by the county school district, in March 1998, for containing ..."), or no one named
  ("was banned for containing ..."). Acts that are not saying or judging ("sued the company for dumping ...",
  "voted", "signed") keep their "for" in the writer's voice;
* who judges: the subject; in a passive the agent after "by", cut where the charge begins ("was praised by
  unions for ...": "unions"), or no one named; a transitive verb of judging with "for", "as" or "of" straight
  after it and a noun before it is a reduced passive ("The storm blamed for the flooding ...": blamed by no
  one named, not by the storm).

A first-person subject outside a quotation stays the writer's (:func:`analysis.charges.charge_at`,
:func:`analysis.clauses.judged`). The trigger words are looked up in the one pass over the words of
:func:`analysis.clauses.judged`; each reads at most 16 words after it: linear time in the article's length.
"""
from __future__ import annotations

from .governing import REMEMBERING
from .hearsay import BE
from .speakers import source, token_at
from .text import Document

#: Verbs of judging someone, with "for" ("criticized Y for ...", "blamed Y for ...").
JUDGING = frozenset("criticize criticizes criticized criticise criticises criticised blame blames blamed fault "
                    "faults faulted praise praises praised attack attacks attacked slam slams slammed blast "
                    "blasts blasted condemn condemns condemned accuse accuses accused thank thanks thanked "
                    "credit credits credited chide chides chided scold scolds scolded lambaste lambasted "
                    "mock mocks mocked ridicule ridiculed denounce denounces denounced applaud applauds "
                    "applauded commend commends commended rebuke rebukes rebuked criticizing criticising blaming "
                    "faulting praising attacking slamming blasting condemning thanking crediting chiding scolding "
                    "lambasting mocking ridiculing denouncing applauding commending rebuking".split()) | frozenset("""
    hail hails hailed hailing herald heralds heralded heralding tout touts touted touting deride derides derided
    deriding decry decries decried decrying castigate castigates castigated castigating berate berates berated
    berating excoriate excoriates excoriated excoriating assail assails assailed assailing laud lauds lauded
    lauding reprimand reprimands reprimanded reprimanding censure censures censured censuring admonish
    admonishes admonished admonishing vilify vilifies vilified vilifying demonize demonizes demonized demonizing
    demonise demonises demonised demonising chastise chastises chastised chastising upbraid upbraids upbraided
    lampoon lampoons lampooned lampooning bash bashes bashed bashing taunt taunts taunted taunting ridicules
    lambastes lambasting lambast lambasts lambasted celebrate celebrates celebrated celebrating honor honors
    honored honoring honour honours honoured honouring""".split())
#: Phrasal verbs of judging: the verb, then the particle that makes it one ("lashed out at the mayor for ...",
#: "railed against the board for ...", "called out the senator for ..."); looked up by the verb.
PHRASAL = {**dict.fromkeys("lash lashes lashed lashing".split(), ("out", "at")),
           **dict.fromkeys("rail rails railed railing".split(), ("against",)),
           **dict.fromkeys("call calls called calling".split(), ("out",))}
#: Verbs of apologising, with "for": what one apologises for is named in one's own terms ("apologized to the
#: families for the shameful cover-up"), as with :data:`JUDGING`.
APOLOGISING = frozenset("apologize apologizes apologized apologizing apologise apologises apologised "
                        "apologising".split())
#: Verbs of accusing, with "of" ("accused the agency of hiding ...").
ACCUSING = frozenset("accuse accuses accused accusing".split())
#: Verbs of seeing (:data:`analysis.governing.SEEING`) that dismiss: like :data:`JUDGING`, their object names the
#: target in the writer's words and only the "as" phrase is the subject's ("dismissed the report as a smear"); so do
#: verbs of remembering and eulogising ("remembered him as a gentle giant": "him" stays the writer's).
PRAISING_AS = frozenset("dismiss dismisses dismissed".split()) | REMEMBERING
#: Words after "for" that make it no charge: a length of time ("attacked for hours", "praised for years").
_NO_CHARGE = frozenset("hours days weeks months years decades minutes ages long".split())
#: Nouns of pardon asked for, with "for": "asked forgiveness for the cover-ups" (what is named is the asker's
#: own confession, in the asker's terms, as with "apologized for").
PARDON = frozenset("forgiveness pardon".split())
#: Verbs of asking that take :data:`PARDON` ("begged forgiveness", "sought pardon", "asked for forgiveness").
ASKING = frozenset("ask asks asked asking beg begs begged begging seek seeks sought seeking plead pleads "
                   "pleaded pled request requests requested".split())
#: Verbs of banning, rejecting and sanctioning, with "for" and the stated reason: "The board banned the novel
#: for promoting obscene ideas" (the reason is the board's charge). Other acts ("sued", "voted", "signed")
#: are not here: their "for" is no one's words.
SANCTIONING = frozenset("""ban bans banned banning bar bars barred barring reject rejects rejected rejecting
    censor censors censored censoring suspend suspends suspended suspending expel expels expelled expelling
    fire fires fired firing sack sacks sacked sacking fine fines fined fining punish punishes punished punishing
    sanction sanctioned sanctioning discipline disciplined disciplining disqualify disqualifies disqualified
    disqualifying remove removes removed removing pull pulls pulled pulling block blocks blocked blocking
    boycott boycotts boycotted boycotting outlaw outlaws outlawed prohibit prohibits prohibited
    prohibiting""".split())
#: Head words of a group, body or organisation that can give a reason (besides named sources and pronouns):
#: "The school board banned ...", "Parents boycotted ..."; not "The law bans ...".
GROUPS = frozenset("""board boards council committee league school schools district system government ministry
    department agency court judge judges company firm church university college party union club police
    officials authorities regulators network platform site website publisher library libraries federation
    association commission administration city state county parents teachers activists critics group groups
    organizers organisers students team owners editors""".split())
#: Adverbs of hearsay that may stand between "for" and the reason ("for allegedly taking bribes").
_HEARSAY = frozenset("allegedly reportedly supposedly".split())
#: Words after "as" that make it a conjunction ("cast his vote as he left"), not a characterisation.
_AS_CONJUNCTION = frozenset("he she it they we i you if though well soon long".split())
_TRANSITIVE = JUDGING | ACCUSING | PRAISING_AS
_BEFORE_PASSIVE = BE | frozenset("have has had".split())
_PRONOUNS = frozenset("he she they it".split())
_POSSESSIVES = frozenset("his her its their".split())


def as_at(keys: list[str], k: int, end: int) -> int:
    """Index of an "as" introducing a characterisation within seven words after verb ``k``, or -1: what the
    subject calls its object ("condemned the attack as barbaric": "as barbaric")."""
    return next((i for i in range(k + 1, min(end, k + 8))
                 if keys[i] == "as" and (i + 1 >= end or keys[i + 1] not in _AS_CONJUNCTION)), -1)


_RELATIVE = frozenset("who which whose whom".split())
_OBJECT_START = ("PRP$", "DT", "NNS", "NNPS", "NNP", "NN", "JJ", "PRP", "CD")


def naming_as(doc: Document, k: int, end: int) -> int:
    """Index of the "as" in "labels X as Y" after a verb of naming ``k``, or -1: an object (a noun phrase of
    at most seven words, or one with a relative clause set off by commas: "labels rivals, who oppose the
    plan on issues such as taxes, as cranks"), then "as" and not "such as"."""
    keys, tags = doc.keys(), doc.tags
    if k + 2 >= end or tags[k + 1] not in _OBJECT_START:
        return -1
    relative = False
    for i in range(k + 2, min(end - 1, k + 40)):
        comma = "," in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]]
        if comma and not relative and keys[i] in _RELATIVE:
            relative = True  # ", who ...": read on to the comma that closes it
            continue
        if relative and not comma:
            continue
        if keys[i] == "as" and keys[i - 1] != "such" and keys[i + 1] not in _AS_CONJUNCTION:
            return i
        if comma or i > k + 8 or tags[i] in ("VBD", "VBZ", "VBP", "MD") or keys[i] in ("and", "or"):
            return -1
        relative = False
    return -1


def charge_first(doc: Document, k: int, end: int) -> int:
    """Index of the first word of the charge of a verb of judging, apologising or accusing ``k`` ("for",
    "of" or "as"), or -1 when it has none before word ``end``."""
    keys = doc.keys()
    window = keys[k + 1:min(end, k + 8)]
    link = "of" if keys[k] in ACCUSING else "for"
    if link in window:
        at = k + 1 + window.index(link)  # "praising the deal and calling for ...": the "for" of the next verb
        if not any(w == "and" and doc.tags[k + 2 + i].startswith("VB") for i, w in enumerate(keys[k + 1:at])):
            if at + 1 < end and keys[at + 1] not in _NO_CHARGE and doc.tags[at + 1] != "CD":
                return at
    return as_at(keys, k, end)  # "attacked the plan for years as a gamble": the "as" phrase


def phrasal_at(keys: list[str], k: int) -> bool:
    """True when word ``k`` opens a phrasal verb of judging (:data:`PHRASAL`: "lashed out at") with an
    object after it."""
    particles = PHRASAL.get(keys[k], ())
    after = k + 1 + len(particles)  # an object after the particles: not "called out for help"
    return bool(particles) and tuple(keys[k + 1:after]) == particles and after < len(keys) \
        and keys[after] not in ("for", "to", "in", "on", "at", "of", "from")


def judge_speaker(doc: Document, k: int, begin: int, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """``(start, end, speaker)`` of verb ``k`` whose region begins at offset ``begin``, from the source phrase
    ``found``: a phrase that runs into the region is cut before it ("was praised by unions for ...":
    "unions"), and a reduced passive has no source ("The storm blamed for the flooding ...")."""
    start, end, speaker = found
    keys = doc.keys()
    if keys[k] in _TRANSITIVE and k + 1 < len(keys) and keys[k + 1] in ("for", "as", "of") and k > 0 \
            and keys[k - 1] not in _BEFORE_PASSIVE and doc.tags[k - 1].startswith("NN") \
            and doc.token_ends[k - 1] == doc.token_starts[k] - 1:
        return -1, -1, ""
    if 0 <= start < begin < end:
        end = start + len(doc.text[start:begin].rstrip(" ,"))
        speaker = doc.text[start:end]
    return start, end, speaker


def subject_of(doc: Document, k: int) -> str:
    """The speaker of word ``k`` read as a verb of saying (its source phrase), or ""."""
    return source(doc, doc.span(doc.token_starts[k], doc.token_ends[k], "reporting_verbs", "judging",
                                doc.keys()[k]))[2]


def pardon(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    """``(first word, speaker)`` of what someone asked forgiveness for, after "for" ("asked (for)
    forgiveness from the victims for ..."); None when no verb of :data:`ASKING` stands before noun ``k``."""
    keys = doc.keys()
    j = k - 2 if k - 2 >= sentence.first_token and keys[k - 1] == "for" else k - 1
    if j < sentence.first_token or keys[j] not in ASKING:
        return None
    at = _for_within(doc, k, sentence, 6)
    return (at + 1, subject_of(doc, j)) if at > 0 else None


def _for_within(doc: Document, k: int, sentence, words: int, commas: bool = False) -> int:
    """Index of the first "for" within ``words`` words after word ``k`` with no finite verb, colon,
    semicolon, bracket or quotation mark (nor, unless ``commas``, a comma) before it; -1 if none."""
    keys, tags = doc.keys(), doc.tags
    stops = ";:()\"\u201c\u201d" if commas else ",;:()\"\u201c\u201d"
    for i in range(k + 1, min(sentence.last_token - 1, k + 1 + words)):
        if any(c in doc.norm[doc.token_ends[i - 1]:doc.token_starts[i]] for c in stops) \
                or tags[i] in ("VBD", "VBZ", "VBP", "MD"):
            return -1
        if keys[i] == "for":
            return i
    return -1


def reason(doc: Document, k: int, sentence) -> tuple[int, str] | None:
    """``(first word, speaker)`` of the reason after "for" that a source gave for banning, rejecting or
    sanctioning (verb ``k``): a clause ("for containing", "for allegedly taking") or a possessive ("for its
    crude language"), when the subject is a source (a name, a pronoun, :data:`GROUPS`) or, in the passive,
    the agent after "by" or no one named. None otherwise."""
    keys, tags = doc.keys(), doc.tags
    window = keys[k + 1:min(sentence.last_token - 2, k + 17)]
    if "for" not in window:
        return None  # the words first: the tags (which tag the sentence) only when a reason may follow
    at = k + 1 + window.index("for")
    nxt = at + 2 if keys[at + 1] in _HEARSAY else at + 1
    if not (keys[nxt].endswith("ing") or keys[nxt] in _POSSESSIVES and keys[nxt + 1] != "own"):
        return None  # "banned for two years", "banned the rally for security reasons"
    if not tags[k].startswith("VB") or _for_within(doc, k, sentence, 16, commas=True) != at \
            or keys[nxt] not in _POSSESSIVES and tags[nxt] != "VBG":
        return None  # "the ban for ...": a noun; a verb or a colon before "for": another clause
    start, end, speaker = source(doc, doc.span(doc.token_starts[k], doc.token_ends[k], "reporting_verbs",
                                               "judging", keys[k]))
    if start < 0:
        passive = tags[k] == "VBN" and (k == 0 or keys[k - 1] not in ("have", "has", "had"))
        return (at + 1, "") if passive else None
    words = {w.lower().strip(".,'\"") for w in speaker.split()}
    named = any(tags[i] in ("NNP", "NNPS") for i in range(token_at(doc, start), token_at(doc, end)))
    return (at + 1, speaker) if named or words & GROUPS or speaker.lower() in _PRONOUNS else None
