"""Loaded terms: words and phrases that carry a judgement, by category.

Two rules sit on top of the lexicon. :data:`OTHER_SENSES`: some loaded words have a common second sense
in which they pass no judgement (*claimed responsibility*, *admitted to hospital*, *asylum claims*,
*the alleged gunman*, *a sanctions regime*, *conspiracy to commit fraud*, *the storm ripped through*). Each
such sense is written as a pattern of the lexicon language (``lexicons/FORMAT.md``); a loaded-term match that
lies inside a match of one of these patterns is dropped. The list holds only senses that are common in news
text and plainly not judgements: names of crimes and legal standards, statements of what a law says, and
physical, technical or commercial senses. :data:`NOUNS_AFTER_POSSESSIVE`: *claims* after a possessive
(*Trump's claims*) is the noun naming an assertion, as after *his* or *the*, and is dropped too. The rules that
read the sentence around a match (a proper name, a lawsuit or a ruling, the voice layer's name regions) are in
:mod:`analysis.measures.senses`.

Every match carries its entry's **strength** (``strong`` or ``mild``, see ``lexicons/README.md``); the
pipeline gives the rates ``strong_per_1000`` and ``mild_per_1000`` of the writer's own voice.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from ..lexicon import Entry, Lexicon
from ..text import Document, Span
from .base import Measure, MeasureResult
from .senses import legal_sense, written_as_a_name

_CLAIM = "claim|claims|claimed|claiming"
_ADMIT = "admit|admits|admitted|admitting"
#: Senses in which a loaded word is the plain word (pattern, reason). Applied to every loaded lexicon.
OTHER_SENSES: tuple[tuple[str, str], ...] = (
    (f"{_CLAIM} [the|a|an|his|her|their|its] responsibility|credit|victory|asylum|bankruptcy|benefits|"
     "damages|compensation|refund|refunds|seat|seats|title|titles|throne|crown|prize|gold|ownership|"
     "sovereignty",
     "claiming responsibility, a title, a seat or a benefit is an act, not an attribution of doubt"),
    (f"{_CLAIM} [the] [#] lives|life", "a disaster claims lives: a plain idiom for causing deaths"),
    ("asylum|insurance|benefit|benefits|compensation|damages|injury|disability|unemployment|jobless|tax|"
     "patent|legal|land|territorial|maritime|property|pension|warranty|expense|expenses claim|claims",
     "a claim for money or territory is a legal or administrative term"),
    (f"{_ADMIT} to|into [the] hospital|care|intensive|university|college|school|bar|union|club|party|program|"
     "programme|country|EU|NATO",
     "admitted to hospital, to a school or to an alliance: entry, not confession"),
    (f"is|are|was|were|be|been|being {_ADMIT}", "the passive (was admitted) is almost always entry"),
    ("concede|concedes|conceded|conceding [the|a] defeat|election|race|nomination|goal|goals|penalty",
     "conceding an election or a goal is the neutral word for accepting a result"),
    ("the|an|a|his|her|their|its|two|three|several alleged",
     "alleged before a noun (the alleged gunman) is the careful legal usage news style requires"),
    ("mob boss|bosses|ties|family|families|figure|figures|hit|lawyer|informant",
     "the Mob as organised crime is a name, not a judgement of a crowd"),
    ("sanctions|tax|visa|trade|regulatory|inspection|inspections|treatment|training|fitness|exercise|dietary|"
     "drug|currency|monitoring|verification|compliance|safety|testing|export|licensing|pension|welfare|"
     "medication|treaty|nonproliferation|climate regime|regimes",
     "a sanctions, tax or treatment regime is a system of rules"),
    ("by occupation", "occupation as a job"),
    ("all the rage", "a fashion idiom"),
    ("illegal drug|drugs|substance|substances|parking|dumping|fishing|logging|mining|gambling|firearm|"
     "firearms|gun|guns|weapon|weapons|possession|immigration|entry|crossing|crossings|search|searches",
     "illegal describing an act or an object rather than a person or an actor's legitimacy (AP style)"),
    ("make|makes|made|making|of false statement|statements",
     "making false statements is the name of a crime in US law (18 U.S.C. 1001), reported as a charge"),
    ("election|electoral|foreign|Russian|Russia's|pass|signal|radio|electromagnetic|electrical interference",
     "documented election interference and the technical senses are the standard terms"),
    ("the|a|his|her|their|its|these|those|such|this|that|any|no|new|similar claim|claims",
     "claim as a noun after a determiner names an assertion; the loaded word is the reporting verb claimed"),
    ("police brutality", "police brutality is the standard name of the issue"),
    ("extreme weather|heat|cold|temperatures|poverty|conditions|caution|sports|case|cases",
     "extreme weather, heat or poverty: extreme as a plain degree word"),
    ("provocative|controversial|contentious issue|issues|question|questions|topic|topics|subject",
     "a contentious issue is the plain name of a topic in dispute"),
    ("rips|ripped|ripping off|through|apart|up|open|out|away|down|from|across",
     "a storm ripped through, ripped apart, ripped off: tearing or cheating, not criticism"),
    ("the|a|two|three|four|five|six|several|multiple|twin|both|these|those|of|deadly|powerful|loud|huge|massive|"
     "large|big|separate|bomb|suicide|gas|coordinated|more|further|new|heard|after|following|two blasts",
     "blasts after a determiner, a number or an adjective are explosions"),
    ("blasts were|rocked|hit|shook|killed|struck|ripped|went|echoed|damaged|destroyed|injured|wounded|targeted",
     "blasts as the subject of a verb of damage or sound are explosions"),
    ("woke|awoke up|to|early|late|from|at|before|after|in|on|with|the|him|her|them|me|us|everyone|again|suddenly",
     "woke as the past tense of wake (woke up, woke to find)"),
    ("free radical|radicals", "free radicals in chemistry"),
    ("radical mastectomy|prostatectomy|hysterectomy|surgery|treatment", "radical as a surgical term"),
    ("harsh|harsher|harshest weather|winter|winters|climate|climates|sun|sunlight|light|terrain|environment|"
     "environments|cold|chemicals|desert|deserts|winds",
     "harsh weather, light or terrain: harsh as a physical description"),
    ("bitterly cold", "bitterly cold: the weather"),
    ("aggressive cancer|cancers|tumor|tumors|tumour|tumours|form|forms|treatment|treatments|therapy|therapies|"
     "chemotherapy|surgery|strain|strains|disease",
     "aggressive as a medical term for a fast-growing disease or an intensive treatment"),
    ("fake ID|IDs|identity|identities|passport|passports|document|documents|account|accounts|profile|profiles|"
     "currency|money|banknotes|bomb|bombs|gun|guns|weapon|weapons|blood|snow|fur|leather|meat|reviews|followers|"
     "website|websites|goods|products|pills|medicine|medicines|vaccine|vaccines|certificate|certificates|"
     "degree|degrees|diploma|diplomas|tan|jewelry|jewellery",
     "fake IDs, accounts or goods: counterfeit objects, described plainly"),
    ("malicious software|code|link|links|email|emails|attachment|attachments|activity|actor|actors|program|"
     "programs|website|websites|traffic|file|files|payload|app|apps|prosecution|intent|wounding|mischief",
     "malicious in computer security and in law (malicious prosecution, malicious wounding) is a technical term"),
    ("in bold", "printed in bold: the typeface"),
    # the names of crimes and legal standards, and statements of what a law says
    ("conspiracy to commit|defraud|obstruct|distribute|murder|kidnap|launder|import|possess|violate",
     "conspiracy to commit a crime is the name of the charge"),
    ("conspiracy charge|charges|count|counts|conviction|convictions|case|cases|trial|statute",
     "a conspiracy charge or case is the name of the charge"),
    ("criminal|seditious|civil conspiracy", "criminal and seditious conspiracy are names of offences"),
    ("illegal|unlawful to|for", "it is illegal to (or for a campaign to) ...: a statement of what a law forbids"),
    ("live|lives|living|lived|reside|resides|residing|resided|stay|stays|staying|stayed|work|works|working|"
     "worked|enter|enters|entering|entered|come|comes|coming|came|brought|cross|crosses|crossing|crossed|remain|"
     "remains|remaining|remained|there|here [in|into|to] [the] [country|US|U.S|United] [States] illegally",
     "living in the country illegally: the AP's own wording, illegal describing an act and not a person"),
    ("illegal border crossing|crossings|crossers|entry|entries|migration|immigration",
     "illegal border crossings: an act, described as AP style advises"),
    ("illegal|unlawful under [the] federal|state|current|existing|local|city|county|US|U.S|American|domestic "
     "law|laws|statute|statutes|code", "illegal under federal law: a statement of what a statute says (not "
     "under international law, a contested verdict)"),
    ("lying|lied|lie to [the] Congress|FBI|investigators|agents|prosecutors|federal|grand|a",
     "lying to Congress or to federal agents names the crime of false statements"),
    ("make|makes|made|making it illegal|unlawful", "a law that makes something illegal: what the law says"),
    ("petty crime|crimes|theft|thefts|thief|thieves|offence|offences|offense|offenses|larceny|cash|officer|"
     "officers|criminal|criminals",
     "petty crime and petty officer are legal and military terms"),
    ("negligent homicide|manslaughter|driving|supervision|hiring", "negligent homicide: the name of an offence"),
    ("criminally negligent", "criminal negligence is a legal standard"),
    ("reckless driving|endangerment|homicide|manslaughter|disregard",
     "reckless driving, endangerment and disregard are legal terms"),
    ("incompetent|incompetency to stand trial", "competence to stand trial is a legal finding"),
    ("mentally incompetent", "a legal finding about capacity"),
    ("sham marriage|marriages|wedding|weddings", "a sham marriage is the legal term for immigration fraud"),
    ("evade|evades|evaded|evading taxes|tax|arrest|capture|police|authorities|detection|sanctions",
     "evading taxes or arrest names an offence or an escape, not dodging a question"),
    # physical, technical and commercial senses
    ("horror film|films|movie|movies|genre|story|stories|novel|novels|fiction|franchise|writer|writers|show|"
     "series", "horror as a genre of fiction"),
    ("swarm|swarms of bees|locusts|insects|drones|mosquitoes|wasps|flies", "a swarm of insects or drones"),
    ("infested|infestation|infestations with|by|of rats|mice|bedbugs|termites|lice|mosquitoes|pests|insects|"
     "beetles|vermin|weeds", "an infestation of pests, described literally"),
    ("brutal|brutally cold|heat|winter|winters|weather|temperatures|hot",
     "brutal cold or heat: an intensifier of weather, not of violence"),
    ("raging fire|fires|wildfire|wildfires|blaze|blazes|inferno|river|rivers|storm|storms|floodwaters|waters|"
     "torrent|torrents|sea|seas", "a raging fire or river: a physical description"),
    ("soaring temperatures|heat|eagle|eagles|ceilings|cathedral|cathedrals|vocals|voice",
     "soaring heat or a soaring eagle: a physical description"),
    ("boast|boasts|boasted|boasting a|an|one|two|three|four|five|more|several|some|over|nearly|#",
     "a city boasts a museum: boast meaning has"),
    ("spin|spins|spun off|out", "a company spun off: a corporate term"),
    ("=Dodge", "Dodge, the car maker"),
    ("=Stonewall", "the Stonewall Inn and the Stonewall uprising"),
    ("bully pulpit", "the bully pulpit: a set phrase for the presidency's platform"),
    ("mock trial|trials|exam|exams|election|elections|up|ups|drill|drills|draft|drafts|interview|interviews|"
     "debate|debates|battle|battles|turtle|turtles", "a mock trial or exam: a practice run"),
    ("pap|cervical smear|smears", "a smear test"),
    ("smear test|tests", "a smear test"),
    ("birthday|holiday|Christmas|annual|anniversary|charity|launch|star|studded bash|bashes",
     "a birthday bash: a party"),
    ("slam|slams|slammed|slamming into|shut|against", "slammed into a wall, slammed shut: a physical impact"),
    ("grand slam|slams", "a grand slam in sport"),
    ("blasted|blasts off|open|through", "a rocket blasted off: a physical blast"),
    ("rigged with explosive|explosives|bomb|bombs|a|booby", "rigged with explosives: a physical sense"),
    ("proxy vote|votes|voting|statement|statements|fight|fights|battle|battles|adviser|advisers|advisor|"
     "advisors|advisory|firm|firms|season|server|servers|measure|measures|variable|variables|filing|filings|"
     "card|cards|materials|solicitation|solicitations", "proxy votes, proxy fights and proxy measures"),
    ("proxy for", "a proxy for: a stand-in measure"),
    ("historic|national|city|local|famous|architectural landmark|landmarks",
     "a historic landmark: a building or a place"),
    ("landmark status|building|buildings|designation|designations|site|sites|hotel|hotels|restaurant|tower",
     "landmark status: a building's protected designation"),
    ("stunt performer|performers|double|doubles|man|men|woman|women|pilot|pilots|driver|drivers|driving|"
     "coordinator|coordinators|work", "stunt work in film"),
    ("longtime|frequent|close|research|creative|musical|artistic|scientific|academic|fellow|former collaborator|"
     "collaborators", "a research or artistic collaborator: a co-worker, not a traitor"),
    ("tech|technology|internet|digital|computer savvy", "tech-savvy: a description of a skill"),
    ("colonial era|period|times|architecture|style|history|days|Williamsburg|Virginia|America|militia|"
     "militias|settlers|charter|legislature",
     "colonial as the name of a historical period"),
    ("apartheid era", "the apartheid era: the name of a historical period"),
    ("unfair labor|labour|trade|business|competition|dismissal|practice|practices",
     "unfair labor practice, unfair competition and unfair dismissal are legal terms"),
    ("predatory lending|lender|lenders|loan|loans|pricing|animal|animals|fish|species|bird|birds|insect|insects",
     "predatory lending and pricing are regulatory terms; predatory animals, biology"),
    ("=Noble", "Noble as a name (Barnes & Noble)"),
    ("noble gas|gases|metal|metals", "noble gases and metals in chemistry"),
    ("charismatic Christian|Christians|church|churches|movement|evangelical|evangelicals|Catholic|Catholics|"
     "renewal", "the charismatic movement in Christianity"),
    ("hot air balloon|balloons|balloonist|balloonists|ballooning", "a hot-air balloon"),
    ("howling wind|winds|gale|gales|storm|storms", "a howling wind: the weather"),
    ("in the lurch", "left in the lurch: an idiom for abandoned"),
    ("oil slick|slicks", "an oil slick"),
    ("slick road|roads|surface|surfaces|conditions|streets|highways|pavement", "slick roads: the weather"),
    ("abject poverty", "abject poverty: a standard term for extreme poverty"),
    ("corrosive chemical|chemicals|substance|substances|liquid|liquids|material|materials|acid|acids|gas|gases",
     "a corrosive chemical: a physical property"),
    ("poisonous snake|snakes|mushroom|mushrooms|plant|plants|gas|gases|chemical|chemicals|substance|substances|"
     "spider|spiders|fish|berries|frog|frogs", "a poisonous snake or plant: a physical property"),
    ("brute force", "brute force in computing and physics"),
    ("=Mavericks", "the Dallas Mavericks"),
    ("faux fur|leather|marble|wood|suede", "faux fur: imitation material"),
    ("slash|slashes|slashed|slashing his|her|their|the|a throat|throats|wrist|wrists|face|tire|tires|tyre|tyres|neck",
     "slashed a throat or a tyre: a knife attack or vandalism, described literally"),
    ("sellout crowd|crowds|show|shows|concert|concerts|tour|game|games|audience|audiences",
     "a sellout crowd: every ticket sold"),
    ("dog|pet|horse groomer|groomers", "a dog groomer: a trade"),
    ("right|left wing of", "the right wing of a building, an aircraft or a party: a part, not a label"),
    ("biased sample|samples|estimate|estimates|estimator|estimators|coin|results|measurement|measurements",
     "a biased sample or estimate in statistics"),
    ("bloody clothes|clothing|shirt|shirts|jacket|jeans|sock|socks|glove|gloves|towel|towels|sheet|"
     "sheets|bandage|bandages|nose|noses|lip|lips|mouth|knuckles|hand|hands|handprint|handprints|footprint|"
     "footprints|fingerprints|knife|knives|prop|props|mask|rag|rags|tissue|tissues|bedding|mattress|floor|"
     "wound|wounds|gauze|syringe|needle|needles",
     "bloody clothes, a bloody nose, a bloody prop: blood on a thing, described literally"),
    ("=Bloody Sunday|Monday|Mary|Marys|Friday|Saturday|Thursday", "Bloody Sunday, Bloody Mary: names"),
    ("war on terror|terrorism", "the war on terrorism: the name of a US policy since 2001"),
    ("counter|anti terrorism|terror|terrorist", "counter-terrorism names a field of policing and policy"),
    ("terrorism charge|charges|case|cases|investigation|investigations|statute|statutes|law|laws|offence|"
     "offences|offense|offenses|suspect|suspects|conviction|convictions|task",
     "terrorism charges and laws: the names of offences"),
    ("hero|heroes of the Soviet Union|Republic", "Hero of the Soviet Union: a title"),
)


#: Nouns that, like *claim* after *his* or *the* in :data:`OTHER_SENSES`, name an assertion rather than
#: judge it when a possessive stands before them (*Trump's claims*, *the agency's claim*).
NOUNS_AFTER_POSSESSIVE = frozenset({"claim", "claims"})


def _after_possessive(doc: Document, span: Span) -> bool:
    """True when the word before ``span`` is a possessive (*Trump's*, *officials'*)."""
    k = bisect_right(doc.token_ends, span.start) - 1
    if k < 0:
        return False
    before = doc.norm[doc.token_starts[k]:doc.token_ends[k]].lower()
    gap = doc.norm[doc.token_ends[k]:span.start].strip()
    return (before.endswith("'s") and gap == "") or (before.endswith("s") and gap == "'")


class LoadedTerms(Measure):
    """Loaded-term spans from a ``kind: loaded`` lexicon, minus the plain senses of :data:`OTHER_SENSES`
    and the nouns of :data:`NOUNS_AFTER_POSSESSIVE` after a possessive.

    Values: ``loaded_count``, ``loaded_per_1000`` (all loaded terms per 1,000 words, >= 0) and
    ``loaded_<category>_per_1000`` for every category of the lexicon.
    """

    name = "loaded"

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    @cached_property
    def _other_senses(self) -> Lexicon:
        entries = tuple(Entry(f"sense {i}", (pattern,), "other_sense", reason)
                        for i, (pattern, reason) in enumerate(OTHER_SENSES))
        return Lexicon("other_senses", "loaded", "", "", {"other_sense": "plain senses"}, entries)

    def find(self, doc: Document) -> list[Span]:
        """The lexicon's matches in ``doc`` that do not lie inside a plain sense of the word, a name or a
        legal context (see the module docstring and :mod:`analysis.measures.senses`)."""
        spans = self.lexicon.find(doc, self.name)
        if not spans:
            return spans
        plain = [(s.start, s.end) for s in self._other_senses.find(doc)]
        return [s for s in spans if not any(start <= s.start and s.end <= end for start, end in plain)
                and not (s.text.lower() in NOUNS_AFTER_POSSESSIVE and _after_possessive(doc, s))
                and not written_as_a_name(doc, s) and not legal_sense(doc, s)]

    def strength(self, span: Span) -> str:
        """The strength (``strong``/``mild``) of a loaded-term span's entry; ``""`` for an unknown entry."""
        try:
            return self.lexicon.entry(span.entry).strength
        except KeyError:
            return ""

    def measure(self, doc: Document) -> MeasureResult:
        spans = tuple(self.find(doc))
        result = MeasureResult(self.name, spans, n_words=doc.n_words)
        values = {"loaded_count": float(len(spans)), "loaded_per_1000": result.rate()}
        for category in self.lexicon.categories:
            values[f"loaded_{category}_per_1000"] = result.rate(category)
        return MeasureResult(self.name, spans, values, doc.n_words)


#: Rate columns that start with ``loaded_`` but are not a category's rate: every loaded term, and loaded
#: reporting verbs (the sourcing measure). Writer's-voice rates are named ``writer_loaded_per_1000``.
NOT_CATEGORY_RATES = frozenset({"loaded_per_1000", "loaded_reporting_verbs_per_1000"})


def loaded_categories(columns) -> list[str]:
    """The loaded-term categories, in lexicon order, read from an articles table's columns (``columns``:
    its column names): the ``loaded_<category>_per_1000`` rates this measure adds."""
    return [c[len("loaded_"):-len("_per_1000")] for c in columns
            if c.startswith("loaded_") and c.endswith("_per_1000") and c not in NOT_CATEGORY_RATES]

