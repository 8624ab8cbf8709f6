"""More rules that tell a loaded word's judging sense from its other senses by the sentence around it (the
rules for words of killing are in :mod:`analysis.measures.killing_senses`).

Beside :mod:`analysis.measures.senses` (names, lawsuits, mentions, named events) and the patterns of
``lexicons/plain_senses.yaml`` (plain senses right next to the word), :mod:`analysis.measures.loaded` drops a
match when one of these says the word is not the writer's verdict here. Each is a kind of English news usage,
written from general knowledge of news style, and pinned by made-up sentences (one where it applies, one where
it must not) in ``tests/measures/test_senses_round4.py``, ``test_senses_round8.py``, ``test_senses_round9.py``,
``test_senses_round13.py``, ``test_senses_round14.py`` and ``test_senses_round16.py``:

* :func:`negated_legal_finding`: *illegal* or *unlawful* right after a negation (*the payment was not illegal*,
  *is not necessarily unlawful*, *did nothing illegal*, *found no illegal activity*) states that something is
  within the law: a legal finding, not the writer's verdict of illegality, which the entry is about.
* :func:`negated_label`: a one-word adjective label right after *not* that follows *but* or a form of *be*
  (*shrewd but not stupid*, *the mayor is not corrupt*, *the plan isn't reckless*) denies the label: no one is
  called it. Only a word tagged as an adjective with no noun after it (*not corrupt officials* keeps it) and
  *not* straight before it (*not only stupid*, *not so stupid* keep it: there the label is given or graded).
* :func:`names_a_charge`: a legal label within the words that follow *charged with*, *convicted of*, *pleaded
  guilty to*, *counts of* ... up to the next comma is the name of the offence as the court or statute words it
  (*charged with being an illegal alien in possession of a firearm*, the wording of a federal charge), and past a
  comma that *and* or *or* follows when the label opens the next charge, no finite verb after it, the last
  charge of a list (*prosecuted for re-entry after deportation, and illegal alien possessing a firearm*; not
  *charged with fraud, and illegal aliens are ...*, a new clause). Only
  entries of the category ``legal_label`` and the legal entries of :data:`~analysis.measures.senses.LEGAL_CONTEXT`:
  an emotive word in the same place (*charged with the brutal murder*) is still the writer's.
* :func:`abstract_evil`: *evil* as an abstract noun, the subject at the head of a clause (*All the same, evil is
  part of ordinary life*; *Evil exists*), and *evils* before a general subject (*the evils we encounter*, *the
  evils that you face*) speak of evil as a force or of the harms of life, labelling no person, group or act:
  the moral essay's and the sermon's word, not the writer's verdict on anyone. *Evil* before a noun (*an evil
  regime*), after a determiner (*that evil*, *pure evil*) or as a predicate (*they are evil*) stays the label.
  So is *evil* as the predicate of a subject that is a universal word for things (*everything wrong is evil*,
  *anything that hurts a child is evil*, *nothing is evil in itself*): the moral category defined, no one
  labelled. *Whoever did this is evil* or *all who oppose us are evil* stays: it labels people.
  The pairs and idioms of the same abstract sense (*good and evil*, *a necessary evil*, *the lesser of two
  evils*, *the problem of evil*) are patterns in ``lexicons/plain_senses.yaml``.
* :func:`medical_sense`: *virulent* or *aggressive* in a sentence that names a disease, a germ or an outbreak
  (:data:`MEDICAL_WORDS`: *the pneumonic version, which spreads more easily and is more virulent*, *an aggressive
  tumour*) is the medical sense (severe, fast-spreading, fast-growing), not hostile speech or conduct. A
  metaphor in the same sentence (*virulent hatred that spread like a virus*) is lost with it, a rare case.
* :func:`so_called_term`: *so-called* that introduces a coined term is the newsroom way of presenting jargon,
  not distance: the term is glossed right after it (*so-called bump stocks, which let a rifle fire ...*,
  *so-called ghost guns (kits sold online)*, *so-called because they ...*, or an appositive after a comma:
  *so-called ghost nets, a kind of abandoned gear ...*), or set between dashes or in
  parentheses after the thing it names (*plans to print plastic rifles -- so-called ghost guns -- have ...*), or
  set in quotation marks right after it (*critics of so-called "right-to-work" laws*: the news way of marking an
  informal label as the name in use; the term is quoted as a name, not its holders mocked). Only a label in lower
  case: before a capitalised name in quotation marks (*the so-called "People's Front"*) *so-called* is the
  "self-styled" of a group's own name, a doubt of its claim, and stays. Never when the word after *so-called*
  names a claimed quality or standing (:data:`CLAIMED_QUALITIES`: *so-called experts*, *the so-called moderate
  rebels*, *so-called reforms*): that is the writer doubting the claim, the entry's sense. The same guard now
  applies to :func:`~analysis.measures.senses.mentioned`'s determiner rule (*the so-called peace process*).
* :func:`paired_orientation`: *homosexual* or *homosexuals* in a sentence that also says *heterosexual(s)*
  (*the survey asked heterosexuals and homosexuals alike*, *both heterosexual and homosexual couples*) is the
  descriptive term beside its counterpart, as a study or survey words it: no group is marked as deviant, which
  is the entry's sense. *The homosexuals are taking over the schools* (no counterpart) stays.
* :func:`generic_world_order`: *a new world order* written in lower case after *a* (*the treaty was meant to
  build a new world order after the war*) is the common phrase for a new international order, the statesman's
  and the historian's (George H. W. Bush's in 1990); the conspiracy theory's *New World Order* is a proper name,
  capitalised and usually after *the*, and stays (*the globalists' New World Order*, *a New World Order*).
* :func:`appearance_avoided`: a label after a verb of appearance that someone avoids or fears (*lest he look
  like a bully*, *careful not to appear weak or cowardly*, *did not want to seem arrogant*, *to avoid looking
  like a bully*, *for fear of being seen as a tyrant*) describes a look avoided: it labels no one, and the
  sentence says the person took care not to be that. *He looked like a bully* or *he appeared arrogant* (no
  avoidance) stays: there the writer gives the look.
* :func:`liberated_animal`: *liberate* with an animal as its object within a few words (*the president
  liberated Cheese, a large white bird, from the dinner table*; *volunteers liberated the trapped ducks*) is the
  plain or playful sense, a release: the entry's sense, one side's frame for taking a place, needs a place or
  a people. Not when the sentence names troops or another armed force (:data:`FORCES_WORDS`).
* :func:`denied_cause`: a loaded word in the predicate of a cause denied, *not because* or *isn't because* and a
  clause with its own verb (*It isn't because the firms are lying to the regulator; it is because the rules are
  vague*), is raised only to be set aside: no one is charged with it. Only up to the clause's end (a comma,
  semicolon, colon, bracket, dash or *but*: *not because they lied but because they cheated* keeps *cheated*), only
  after the clause's verb (*not because these corrupt firms are lying* keeps *corrupt*, presupposed, not denied), and
  not after *not only because* or *not just because*, which grant the cause.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..text import Document, Span

#: Words after which, with only :data:`_NEGATION_GAP` words between, *illegal* is denied (a legal finding).
NEGATIONS = frozenset("not n't never nothing no neither nor isn't wasn't aren't weren't wouldn't isnt wasnt "
                      "hardly".split())
#: Words that may stand between a negation and *illegal*: the copula and adverbs of degree or manner.
_NEGATION_GAP = frozenset("be been being is was are were necessarily technically strictly inherently actually "
                          "entirely per se in itself automatically legally explicitly clearly".split())
#: The entries whose denial is a legal finding.
LEGAL_PREDICATES = frozenset({"illegal", "unlawful"})

#: Word pairs (and single words) after which the next words, up to a comma, name a charge.
CHARGE_HEADS = frozenset({("charged", "with"), ("convicted", "of"), ("guilty", "to"), ("guilty", "of"),
                          ("acquitted", "of"), ("indicted", "on"), ("indicted", "for"), ("count", "of"),
                          ("counts", "of"), ("charge", "of"), ("charges", "of"), ("sentenced", "for"),
                          ("arrested", "for"), ("arrested", "on"), ("cleared", "of"), ("prosecuted", "for")})
#: At most this many words between the charging words and the legal label.
CHARGE_REACH = 8
#: Characters that end the name of a charge.
_CHARGE_END = frozenset(",;:()\u2014\u2013")

#: Words of a sentence that make a killing one by troops, police or another armed force (and a place
#: liberated one taken by force).
FORCES_WORDS = frozenset("troops soldiers army forces police officers militia militias militants military regime "
                         "security guards gunmen fighters rebels".split())

#: Verbs after which *evil*, at the head of a clause, is the abstract noun as a subject (*evil is part of life*).
ABSTRACT_VERBS = frozenset("is was exists existed exist dwells dwelt lurks lurked lives thrives triumphs triumphed "
                           "prevails prevailed has had will can cannot does did comes came isn't wasn't".split())
#: Words right before *evil* that open a clause (besides the sentence start and a comma, semicolon or colon).
_CLAUSE_OPENERS = frozenset("and but yet so because where when if though although since while".split())
#: Universal words for things that, heading a clause whose predicate is *evil*, define a moral category.
UNIVERSAL_THINGS = frozenset("everything anything whatever nothing".split())
#: Copulas between such a subject and the predicate *evil*.
_COPULAS = frozenset("is was are were be".split())
#: At most this many words between the universal word and the copula (*everything that hurts a child*).
_SUBJECT_REACH = 8

#: General subjects after *evils* (*the evils we encounter*): the harms people meet, no one labelled.
GENERAL_SUBJECTS = frozenset("we you i one".split())

#: Verbs of appearance before a label (*look like a bully*, *appear weak*, *be seen as a tyrant*).
APPEARANCE_VERBS = frozenset("look looks looked looking appear appears appeared appearing seem seems seemed seeming "
                             "sound sounds sounded sounding seen".split())
#: Words before a verb of appearance that make the look one avoided or feared (with *not ... to*, see
#: :func:`appearance_avoided`).
AVOIDANCE_WORDS = frozenset("lest avoid avoids avoided avoiding fear fearing feared afraid wary worried".split())
#: At most this many words between the verb of appearance and the label, and between the avoidance and the verb.
_LOOK_REACH, _AVOID_REACH = 4, 4
#: The only words that may stand between the verb of appearance and the label (*look like a*, *be seen as a*,
#: *appear too*), besides a word coordinated with the label (*arrogant or reckless*): the label is the look's
#: complement, not a word further on (*afraid of appearing soft on the brutal regime* keeps *brutal*).
_LOOK_GAP = frozenset("like a an as to be being too so very more overly rather somewhat quite or and".split())

#: Animals after *liberate* (within :data:`_OBJECT_REACH` words): a release, not a place taken.
ANIMAL_WORDS = frozenset("turkey turkeys bird birds animal animals dog dogs cat cats hen hens chicken chickens duck "
                         "ducks pig pigs cow cows horse horses goat goats sheep mink monkey monkeys beagle beagles "
                         "puppy puppies fish dolphin dolphins whale whales bear bears".split())
_OBJECT_REACH = 8

#: Words of a sentence that make *virulent* or *aggressive* medical.
MEDICAL_WORDS = frozenset(
    "plague plagues virus viruses bacteria bacterium bacterial strain strains infection infections infectious "
    "outbreak outbreaks epidemic epidemics pandemic pathogen pathogens disease diseases tumor tumors tumour tumours "
    "cancer cancers flu influenza pneumonic bubonic tuberculosis malaria cholera ebola measles vaccine vaccines "
    "antibiotic antibiotics infected contagious transmissible mutation mutations variant variants germ germs "
    "fungus fungal parasite parasites patients symptoms".split())
#: The words (as written, any case) that have a medical sense.
MEDICAL_SENSE_WORDS = frozenset({"virulent", "virulently", "aggressive", "aggressively"})

#: Words after *so-called* that name a claimed quality or standing: *so-called* before them doubts the claim.
CLAIMED_QUALITIES = frozenset(
    "expert experts expertise moderate moderates reform reforms reformer reformers peace justice progressive "
    "progressives liberal liberals conservative conservatives democracy democracies democratic free freedom "
    "fair fairness independent independence humanitarian refugee refugees victim victims rights equality "
    "scientist scientists science scholar scholars journalist journalists journalism news leader leaders "
    "president government elite elites intellectual intellectuals friends allies christian christians "
    "muslim muslims patriot patriots hero heroes activists activist protest protesters protestors "
    "compromise deal settlement truth facts evidence investigation election elections legitimate".split())
#: Words that, after a comma following the term, open its gloss.
_GLOSS_OPENERS = frozenset("which or meaning i.e where known named referring a an".split())


def token_of(doc: Document, offset: int) -> int:
    """Index of the word ``offset`` lies in (or the last word starting before it)."""
    return max(0, bisect_right(doc.token_starts, offset) - 1)


def negated_legal_finding(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`LEGAL_PREDICATES` after a negation (see the module docstring)."""
    if span.entry not in LEGAL_PREDICATES or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start) - 1
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    for _ in range(4):
        if k < first:
            return False
        if keys[k] in NEGATIONS or keys[k].endswith("n't"):
            return True
        if keys[k] not in _NEGATION_GAP:
            return False
        k -= 1
    return False


#: Words before *not* after which an adjective is denied as a predicate (*but not stupid*, *is not corrupt*).
_DENIERS = frozenset("but is are was were be been being am 's 're".split())
_DENIED = frozenset("isn't wasn't aren't weren't".split())


def negated_label(doc: Document, span: Span) -> bool:
    """True when ``span`` is a one-word adjective denied by *not* after *but* or *be* (see the module docstring)."""
    k = token_of(doc, span.start)
    if not doc.sentences or doc.token_ends[k] != span.end or not doc.tags[k].startswith("JJ") or k < 2:
        return False
    keys, tags = doc.keys(), doc.tags
    if k + 1 < len(keys) and tags[k + 1].startswith("NN"):
        return False
    return keys[k - 1] in _DENIED or keys[k - 1] == "not" and (keys[k - 2] in _DENIERS or keys[k - 2].endswith("'s"))


def names_a_charge(doc: Document, span: Span, legal_entries) -> bool:
    """True when ``span`` (of category ``legal_label``, or an entry of ``legal_entries``) lies within
    :data:`CHARGE_REACH` words after one of :data:`CHARGE_HEADS`, with no comma or dash between (but a comma
    before *and* or *or*, which adds a charge to the list) and no finite verb (*prosecuted for fraud and keeps lying
    to voters* keeps *lying to*)."""
    if span.category != "legal_label" and span.entry not in legal_entries or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    for j in range(k - 1, max(first, k - CHARGE_REACH - 1), -1):
        gap = doc.norm[doc.token_ends[j]:doc.token_starts[j + 1]]
        if any(c in _CHARGE_END for c in gap):
            # past ", and" only when the label opens the next charge, with no finite verb after it
            listed = gap.strip() == "," and keys[j + 1] in ("and", "or") and j + 2 == k
            if not listed or _finite_after(doc, span):
                return False
        if j > first and (keys[j - 1], keys[j]) in CHARGE_HEADS:
            return True
        if doc.tags[j] in ("VBD", "VBZ", "VBP", "MD"):  # a finite verb starts the writer's clause (round 19)
            return False
    return False


def _finite_after(doc: Document, span: Span) -> bool:
    """True when the word after ``span`` is a finite verb or a modal (*illegal aliens are ...*: a new clause)."""
    k = token_of(doc, span.end - 1) + 1
    return k < len(doc.tags) and doc.tags[k] in ("VBD", "VBP", "VBZ", "MD")


def sentence_keys(doc: Document, offset: int) -> list[str]:
    """The keys (lower-cased words) of the sentence ``offset`` lies in."""
    sentence = doc.sentences[doc.sentence_at(offset)]
    return doc.keys()[sentence.first_token:sentence.last_token]


def abstract_evil(doc: Document, span: Span) -> bool:
    """True when ``span`` is *evil* at the head of a clause before one of :data:`ABSTRACT_VERBS`, or *evils*
    before one of :data:`GENERAL_SUBJECTS` (after an optional *that*/*which*): the abstract noun (see the module
    docstring)."""
    word = span.text.lower()
    if word not in ("evil", "evils") or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    sentence = doc.sentences[doc.sentence_at(span.start)]
    if word == "evil" and _universal_subject(doc, k, sentence.first_token):
        return True
    if k + 1 >= sentence.last_token or not doc.norm[span.end:doc.token_starts[k + 1]].isspace():
        return False
    if word == "evils":
        j = k + 1 + (keys[k + 1] in ("that", "which"))
        return j < sentence.last_token and keys[j] in GENERAL_SUBJECTS
    if keys[k + 1] not in ABSTRACT_VERBS:
        return False
    if k == sentence.first_token:
        return True
    gap = doc.norm[doc.token_ends[k - 1]:span.start]
    return any(c in ",;:" for c in gap) or keys[k - 1] in _CLAUSE_OPENERS


def _clause_head(doc: Document, j: int, first: int) -> bool:
    """True when token ``j`` opens a clause: the sentence's first token, after ``,;:`` or a clause opener."""
    return j == first or any(c in ",;:" for c in doc.norm[doc.token_ends[j - 1]:doc.token_starts[j]]) \
        or doc.keys()[j - 1] in _CLAUSE_OPENERS


def _universal_subject(doc: Document, k: int, first: int) -> bool:
    """True when token ``k`` (*evil*) follows a copula whose clause opens with one of :data:`UNIVERSAL_THINGS`
    at most :data:`_SUBJECT_REACH` words before it (*everything wrong is evil*)."""
    keys = doc.keys()
    if k - 1 <= first or keys[k - 1] not in _COPULAS:
        return False
    for j in range(k - 2, max(first, k - 2 - _SUBJECT_REACH) - 1, -1):
        if _clause_head(doc, j, first):
            return keys[j] in UNIVERSAL_THINGS
    return False


def appearance_avoided(doc: Document, span: Span) -> bool:
    """True when ``span`` follows one of :data:`APPEARANCE_VERBS` (at most :data:`_LOOK_REACH` words before it)
    that itself follows one of :data:`AVOIDANCE_WORDS`, or a *not* with *to* after it (*so as not to appear*,
    *did not want to look*), at most :data:`_AVOID_REACH` words before it, all in one clause of the sentence;
    only the words of :data:`_LOOK_GAP`, or a word before *or*/*and*, may stand between the verb and ``span``."""
    if not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    first = doc.sentences[doc.sentence_at(span.start)].first_token
    for a in range(k - 1, max(first, k - 1 - _LOOK_REACH) - 1, -1):
        if keys[a] in APPEARANCE_VERBS:
            window = keys[max(first, a - _AVOID_REACH):a]
            negated = [i for i, w in enumerate(window) if w == "not" or w.endswith("n't")]
            return bool(AVOIDANCE_WORDS.intersection(window)) or any("to" in window[i:] for i in negated)
        if _clause_head(doc, a + 1, first) or not (keys[a] in _LOOK_GAP or keys[a + 1] in ("or", "and")):
            return False
    return False


def liberated_animal(doc: Document, span: Span) -> bool:
    """True when ``span`` is *liberate* with one of :data:`ANIMAL_WORDS` within :data:`_OBJECT_REACH` words
    after it in its sentence, and none of :data:`FORCES_WORDS` in the sentence."""
    if span.entry != "liberate" or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.start)
    sentence = doc.sentences[doc.sentence_at(span.start)]
    if not FORCES_WORDS.isdisjoint(sentence_keys(doc, span.start)):
        return False
    return not ANIMAL_WORDS.isdisjoint(keys[k + 1:min(sentence.last_token, k + 1 + _OBJECT_REACH)])


def medical_sense(doc: Document, span: Span) -> bool:
    """True when ``span`` is one of :data:`MEDICAL_SENSE_WORDS` in a sentence with one of :data:`MEDICAL_WORDS`."""
    if span.text.lower() not in MEDICAL_SENSE_WORDS or not doc.sentences:
        return False
    return not MEDICAL_WORDS.isdisjoint(sentence_keys(doc, span.start))


def claimed_quality(word: str) -> bool:
    """True when ``word`` (a key) names a claimed quality or standing (:data:`CLAIMED_QUALITIES`)."""
    return word.strip("\"'\u201c\u201d\u2018\u2019") in CLAIMED_QUALITIES


def _quoted_after(doc: Document, span: Span, k: int, last: int) -> bool:
    """True when a quotation mark opens right after ``span`` (token ``k`` its first word) and closes after one
    to four words of the sentence, all in lower case and none of them :data:`CLAIMED_QUALITIES`."""
    if doc.norm[span.end:doc.token_starts[k]].strip() not in ('"', "'"):
        return False
    for j in range(k, min(k + 4, last)):
        if claimed_quality(doc.keys()[j]) or not doc.norm[doc.token_starts[j]].islower():
            return False
        closing = doc.norm[doc.token_ends[j]:doc.token_starts[j + 1] if j + 1 < len(doc.token_starts) else None]
        if closing.lstrip()[:1] in ('"', "'"):
            return True
    return False


def so_called_term(doc: Document, span: Span) -> bool:
    """True when ``span`` is *so-called* before a term of one to four words that is glossed right after it
    (a parenthesis, a comma and one of :data:`_GLOSS_OPENERS`, or *because*), that stands between dashes or
    in parentheses after what it names, or that is set in quotation marks right after it, and the first word
    of the term is not one of :data:`CLAIMED_QUALITIES`."""
    if span.entry != "so-called" or not doc.sentences:
        return False
    keys, k = doc.keys(), token_of(doc, span.end - 1) + 1
    last = doc.sentences[doc.sentence_at(span.start)].last_token
    if k >= last or claimed_quality(keys[k]):
        return False
    if _quoted_after(doc, span, k, last):
        return True
    before = doc.norm[doc.token_ends[k - 2]:span.start].strip() if k >= 2 else ""
    for j in range(k, min(k + 4, last - 1)):
        gap = doc.norm[doc.token_ends[j]:doc.token_starts[j + 1]]
        if before in ("-", "--", "(") and gap.strip() in ("-", "--", ")", ")."):
            return True  # "plastic firearms -- so-called ghost guns -- have ...": the term names what precedes
        if "(" in gap or (gap.strip() == "" and keys[j + 1] == "because"):
            return True
        if gap.strip() == ",":
            return keys[j + 1] in _GLOSS_OPENERS
        if gap.strip():
            return False
    return False


#: The counterpart words whose presence in the sentence makes *homosexual(s)* the descriptive term.
COUNTERPARTS = frozenset({"heterosexual", "heterosexuals"})


def paired_orientation(doc: Document, span: Span) -> bool:
    """True when ``span`` is *homosexual(s)* in a sentence with one of :data:`COUNTERPARTS`."""
    if span.text.lower() not in ("homosexual", "homosexuals") or not doc.sentences:
        return False
    return not COUNTERPARTS.isdisjoint(sentence_keys(doc, span.start))


def generic_world_order(doc: Document, span: Span) -> bool:
    """True when ``span`` is *new world order* written all in lower case, right after the word *a*."""
    if span.text != "new world order" or not doc.sentences:
        return False
    k = token_of(doc, span.start)
    return k > 0 and doc.keys()[k - 1] == "a"


#: *not because* or *n't because* and a clause (not *not only because*, which grants the cause).
_DENIED_CAUSE = re.compile(r"(?:\bnot|n['\u2019]t)\s+because\b(?!\s+of\b)", re.I)
#: What ends a denied cause before a loaded word: punctuation of a clause's end, or *but* (*but because ...*).
_CAUSE_END = re.compile(r"[,;:.!?()\u2014\u2013]|\bbut\b|\s-{1,2}\s", re.I)
#: Verbs of a clause whose predicate a denied cause holds (the loaded word must come after one).
_CAUSE_VERBS = frozenset("is are was were be been being am has have had do does did".split())


def denied_cause(doc: Document, span: Span) -> bool:
    """True when ``span`` lies in the predicate of a cause denied by *not because* (see the module docstring)."""
    if not doc.sentences:
        return False
    before = doc.norm[doc.sentences[doc.sentence_at(span.start)].start:span.start]
    found = list(_DENIED_CAUSE.finditer(before))
    if not found or _CAUSE_END.search(before, found[-1].end()):
        return False
    first, k = token_of(doc, found[-1].end()) + 1, token_of(doc, span.start)
    return any(doc.keys()[i] in _CAUSE_VERBS or doc.tags[i] in ("VBZ", "VBP", "VBD", "MD") for i in range(first, k))
