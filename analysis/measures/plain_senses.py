"""Plain senses of loaded words: patterns around a loaded word in which it passes no judgement.

:class:`analysis.measures.loaded.LoadedTerms` drops a loaded-term match that lies inside a match of one of
these patterns (the lexicon language of ``lexicons/FORMAT.md``). Each pattern comes with its reason. The list
holds only senses that are common in news text and plainly not judgements: names of crimes and legal
standards, statements of what a law says, clinical terms, and physical, technical or commercial senses (*the
storm ripped through*, *a vicious cycle*, *treacherous roads*, *a phone scam*). Rules that read the sentence
around a match (names, lawsuits, named events) are in :mod:`analysis.measures.senses`. Every pattern is pinned
by a made-up sentence in ``tests/measures/test_loaded_senses.py`` or ``tests/measures/test_plain_senses.py``.
"""
from __future__ import annotations

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
    ("people|immigrants|migrants|those|anyone|someone|who|is|are|was|were|be|been|being [_] in the country|US|U.S|"
     "United [States] illegally",
     "people who are in the country illegally: the AP's wording for presence, an act and not a person"),
    ("illegal border crossing|crossings|crossers|entry|entries|migration|immigration",
     "illegal border crossings: an act, described as AP style advises"),
    ("illegal|unlawful under [the] federal|state|current|existing|local|city|county|US|U.S|American|domestic "
     "law|laws|statute|statutes|code", "illegal under federal law: a statement of what a statute says (not "
     "under international law, a contested verdict)"),
    ("lying|lied|lie to [the] Congress|FBI|investigators|agents|prosecutors|federal|grand|a|authorities|police",
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
    # roles in fiction and myth, dreams, hobbies (version 2026.12.06.2)
    ("Greek|Roman|Norse|Trojan|Homeric|mythical|mythological|epic|action|comic|tragic hero|heroes|heroine|heroines",
     "a Greek or an action hero: a figure of myth or fiction, not praise"),
    ("hero|heroes|heroine|heroines|villain|villains of|in the|a|this|his|her|their film|movie|story|novel|book|play|"
     "series|show|opera|tale|myth|legend|saga|game|comic|comics", "the hero or villain of a story: a role in fiction"),
    ("comic|book|cartoon|movie|film|Disney|Marvel|horror villain|villains", "a villain in fiction"),
    ("monster truck|trucks|movie|movies|film|films|energy|jam|jams|hit|hits", "a monster truck or a monster hit"),
    ("sea|mythical|legendary|Ness|cookie|Frankenstein's monster|monsters", "a monster of legend or fiction"),
    ("have|has|had|having|suffer|suffers|suffered|suffering|recurring|recurrent nightmares|nightmare",
     "nightmares as bad dreams"),
    ("mythical creature|creatures|beast|beasts|animal|animals|land|kingdom|king|hero|heroes|figure|figures|bird|"
     "city", "a mythical creature: a figure of legend"),
    ("sports|fitness|health|football|baseball|basketball|soccer|golf|car|music|film|movie|jazz|gym|exercise|"
     "computer|tech|gadget fanatic|fanatics", "a fitness or sports fanatic: an enthusiast, described plainly"),
    ("wicked witch|witches|stepmother|queen|sense", "a wicked witch or a wicked sense of humour: fairy tales, play"),
    ("evil eye|spirit|spirits|twin|twins|queen|stepmother|witch|witches|wizard|sorcerer",
     "the evil eye, evil spirits: folklore and fiction"),
    # physical senses of words that also judge
    ("treacherous road|roads|conditions|terrain|water|waters|sea|seas|journey|journeys|crossing|crossings|climb|"
     "path|paths|mountain|mountains|pass|ice|current|currents|slope|slopes|trek|route|routes|trail|trails|weather|"
     "footing", "treacherous roads or waters: dangerous ground, described physically"),
    ("crooked teeth|tooth|smile|grin|line|lines|nose|picture|frame|finger|fingers|path|street|streets|spine",
     "crooked teeth or lines: bent, described physically"),
    ("shady spot|spots|tree|trees|area|areas|lane|lanes|street|streets|garden|gardens|side|porch|grove|park|patch",
     "a shady tree or spot: in the shade"),
    ("brilliant sunshine|sun|sunlight|light|blue|white|red|green|yellow|color|colors|colour|colours|star|stars|"
     "flash|glow", "brilliant light or colour: bright"),
    ("dismal science", "the dismal science: a byname of economics"),
    ("venomous snake|snakes|spider|spiders|fish|jellyfish|insect|insects|bite|bites|sting|stings|species|creature|"
     "creatures|animal|animals|lizard|lizards|scorpion|scorpions", "a venomous snake: a physical property"),
    ("virulent strain|strains|virus|viruses|disease|diseases|bacteria|bacterium|infection|infections|pathogen|"
     "pathogens|form|forms|flu|influenza|outbreak", "a virulent strain: a medical term for a severe infection"),
    ("rabid dog|dogs|animal|animals|bat|bats|raccoon|raccoons|fox|foxes|skunk|skunks|cat|cats|coyote|coyotes",
     "a rabid dog: an animal with rabies"),
    ("vicious cycle|cycles|circle|circles", "a vicious cycle: the plain name of a self-reinforcing process"),
    ("vicious dog|dogs|animal|animals|pitbull|pitbulls", "a vicious dog: a dangerous animal"),
    ("vicious pit bull|bulls", "a vicious dog: a dangerous animal"),
    ("blistering heat|pace|speed|sun|temperatures|serve|serves|fastball|start",
     "blistering heat or pace: weather and sport"),
    ("bloated stomach|stomachs|belly|bellies|body|bodies|corpse|corpses|carcass|carcasses|abdomen",
     "a bloated stomach: swollen, described physically"),
    ("lazy eye|river|Susan", "a lazy eye, a lazy river: names of things"),
    ("erratic driving|heartbeat|heartbeats|heart|rhythm|weather|orbit|flight|pulse",
     "erratic driving or heartbeat: a police or medical description"),
    ("circus performer|performers|tent|tents|act|acts|animal|animals|elephant|elephants|troupe|ring|rings|school|"
     "train|clown|clowns|ringmaster|show|shows", "a circus tent or performer: the circus itself"),
    ("rodeo|circus|birthday|party|class clown|clowns", "a rodeo clown, the class clown: a performer or a role"),
    ("clown fish|costume|costumes|makeup|nose|noses|suit|suits", "clown fish, a clown costume: things"),
    ("a|the|baby|young|newborn|orphaned|spotted fawn|fawns", "a fawn: a young deer"),
    ("spew|spews|spewed|spewing smoke|ash|lava|oil|water|gas|gases|fumes|debris|sewage|flames|fire|steam|mud|"
     "chemicals|pollution|pollutants|exhaust|rocks|sparks|toxic", "a volcano spewed ash: a physical emission"),
    ("smeared|smearing|smears with|in blood|paint|mud|feces|faeces|ink|lipstick|makeup|grease|oil|dirt|chocolate|"
     "butter|excrement", "smeared with blood or paint: a physical smear"),
    ("bashed|bashing|bash in", "bashed in a door: physical violence, described literally"),
    ("bashed|bashing his|her|their|the|a head|heads|skull|face|door|window|windows|car",
     "bashed his head: physical violence, described literally"),
    ("spun around|round|out|into|on|away|wildly|back|sideways|gold|yarn|yarns|silk|wool|cotton",
     "the car spun around, spun silk: turning or textiles"),
    ("car|vehicle|plane|truck|wheel|wheels|ball|top spun", "the car spun: turning"),
    ("slaughter|slaughters|slaughtered|slaughtering cattle|cows|pigs|hogs|sheep|goats|chickens|poultry|livestock|"
     "animals|lambs|birds|turkeys|horses|camels|cattle", "slaughtering cattle: killing animals for meat"),
    ("ritual|halal|kosher|humane slaughter", "halal or kosher slaughter: a practice named plainly"),
    ("slaughter plant|plants|facility|facilities|house|houses|line|lines", "a slaughter plant"),
    ("local|family|halal|kosher|neighborhood|neighbourhood|village butcher|butchers", "the local butcher: a trade"),
    ("butcher shop|shops|knife|knives|block|blocks|paper|counter|counters", "a butcher shop: a trade"),
    ("swamped|swarmed|inundated with|by calls|requests|orders|applications|work|emails|letters|fans|reporters|"
     "journalists|photographers|media|supporters|customers|shoppers|visitors|tourists|patients|questions|messages|"
     "complaints|inquiries", "swamped with calls, swarmed by reporters: busy, described plainly"),
    ("road rage", "road rage: the plain name of aggressive driving"),
    ("nuclear|reactor|core|financial|market|markets|stock|economic|banking|housing|subprime|credit meltdown|meltdowns",
     "a reactor meltdown; a financial meltdown: the standard name of a failure or a crash"),
    ("hoax call|calls|caller|callers|bomb|bombs|threat|threats|alert|alerts", "a hoax call: a false alarm, named plainly"),
    ("bomb hoax|hoaxes", "a bomb hoax: a false alarm, named plainly"),
    ("phone|telephone|email|online|internet|lottery|romance|investment|Ponzi|IRS|tax|text|robocall|crypto|"
     "cryptocurrency|charity|sweepstakes|grandparent|impostor|imposter|phishing scam|scams",
     "a phone or investment scam: a fraud, named plainly"),
    ("scam artist|artists|victims|victim|calls|call|targeting|targeted|targets",
     "scam artists, scam victims: a fraud, named plainly"),
    ("Allied|Soviet|Union troops|forces|soldiers|army liberated",
     "Allied troops liberated the camps: the standard historical word"),
    ("liberated|liberating [the] [concentration|death|Nazi|prison] camp|camps", "liberated the camps: history"),
    # legal and clinical terms
    ("animal cruelty", "animal cruelty: the name of an offence"),
    ("cruelty to animals|children", "cruelty to animals: the name of an offence"),
    ("cruelty to a|an child|animal", "cruelty to a child: the name of an offence"),
    ("cruel and unusual", "cruel and unusual punishment: the Eighth Amendment's words"),
    ("deceptive practice|practices|advertising|marketing|trade|business|acts|conduct|sales|labeling|labelling",
     "deceptive practices and advertising: terms of consumer-protection law"),
    ("unfair and|or deceptive", "unfair and deceptive practices: a term of consumer-protection law"),
    ("careless driving|handling|discharge", "careless driving: the name of an offence"),
    ("obscene material|materials|images|matter|content|phone|gesture|gestures|exposure",
     "obscene material: a term of obscenity law, or a plain description"),
    ("by reason of insanity", "not guilty by reason of insanity: a verdict"),
    ("insanity defense|defence|plea|pleas", "the insanity defence: a legal term"),
    ("legally|criminally|clinically insane", "legally insane: a legal or clinical finding"),
    ("temporary insanity", "temporary insanity: a legal term"),
    ("paranoid schizophrenia|schizophrenic|schizophrenics|personality|delusions|psychosis|disorder",
     "paranoid schizophrenia: a clinical term"),
    ("delusional disorder", "delusional disorder: a clinical term"),
    ("narcissistic personality disorder|disorders|traits", "narcissistic personality disorder: a clinical term"),
    ("senile dementia|plaque|plaques", "senile dementia: a medical term"),
    ("sexually violent predator|predators", "a sexually violent predator: a legal designation"),
    ("gay|queer bashing", "gay bashing: the name of a hate crime"),
    ("treason charge|charges|trial|trials|case|cases|law|laws", "charges of treason: the name of an offence"),
    ("charged|convicted|accused|guilty|indicted|executed|tried|arrested for|of [high] treason",
     "convicted of treason: the name of an offence"),
    ("beloved wife|husband|mother|father|son|daughter|grandmother|grandfather|brother|sister|family|dog|cat|pet|"
     "friend|friends|children|grandchildren|aunt|uncle|partner", "her beloved husband: the family language of an "
     "obituary, not praise of a public figure"),
    ("lying|lied|lie to [the] special counsel|counsel|investigators", "lying to the special counsel: the crime of "
     "false statements"),
    ("illegally|unlawfully enter|enters|entered|entering|reenter|reenters|reentered|reentering|cross|crosses|"
     "crossed|crossing|came|come|comes|coming [into|to] [the] country|US|U.S|United|America|border",
     "he illegally entered the country: a person's act, described as AP style advises (not an army illegally "
     "entering another state, the contested verdict)"),
    ("illegally|unlawfully re enter|enters|entered|entering [the] country|US|U.S|United|America|border",
     "he illegally re-entered the United States: a person's act, described as AP style advises"),
    ("illegally|unlawfully obtained|obtaining|possessed|possessing|sold|selling|carried|carrying|dumped|dumping|"
     "purchased|bought|imported|importing|exported|exporting|voted|registered|downloaded|parked|hunting|fishing|"
     "logging|employed|employing|hired|hiring|transported|transporting|smuggled|smuggling",
     "he illegally possessed a gun, illegally voted: a person's act against a statute, described as AP advises"),
    ("unlawful|illegal search|searches|seizure|seizures|detention|detentions|arrest|arrests|entry|killing|"
     "discrimination|termination|imprisonment|restraint|assembly", "unlawful search and seizure, unlawful "
     "detention: the names of legal wrongs"),
    ("tremendous amount|amounts|number|numbers|deal", "a tremendous amount: a colloquial measure of quantity"),
    ("laugh|laughs|laughed|laughing|cry|cries|cried|crying|sob|sobbed|sobbing|scream|screamed|screaming "
     "hysterically", "laughed hysterically: laughed uncontrollably, an idiom of behaviour"),
    ("his|her|their [political|childhood|personal|boyhood|girlhood|longtime|lifelong|sporting|musical] "
     "hero|heroes|heroine|idol", "his political hero: the person someone else admires, reported (not my or our hero, the writer's own)"),
    ("critically acclaimed", "critically acclaimed: how critics received a work, a fact about its reception"),
    ("faked|faking|fake his|her|their|its own death|deaths|kidnapping|injury|injuries|illness|suicide",
     "faked his own death: a fraud, described plainly"),
    ("lies|lie|lay about|some|roughly|approximately|nearly|just # miles|kilometers|kilometres|km|feet|meters|metres",
     "the town lies about 10 miles north: a location"),
    ("lies|lie|lying to the north|south|east|west|northeast|northwest|southeast|southwest",
     "the town lies to the north: a location"),
    ("flash mob|mobs", "a flash mob: a staged public gathering"),
    ("like crazy", "selling like crazy: an idiom of degree"),
    ("insane asylum|asylums", "the insane asylum: a historical name of an institution"),
    ("brutally|brutal honest|honesty|frank|frankly|candid", "brutally honest: blunt, an idiom"),
    ("covered|covering|cover|covers up with|in [a|the|their|his|her] blanket|blankets|sheet|sheets|tarp|tarps|"
     "towel|towels|jacket|coat|clothes|clothing|makeup|paint|snow|dirt|sand|scarf",
     "covered up with a blanket: covered, literally"),
    ("Salem|medieval|historical|European|colonial witch hunt|hunts|trials",
     "the Salem witch hunts: the historical persecution itself"),
    # 2026.12.06.3: literal, technical and legal senses of strong entries, from general knowledge of news style
    ("illegitimate child|children|son|sons|daughter|daughters|birth|births|offspring",
     "an illegitimate child: born outside marriage, a legal status"),
    ("anti|post apartheid", "the anti-apartheid movement: the name of South Africa's system, historical"),
    ("apartheid South Africa", "apartheid South Africa: the name of the system, historical"),
    ("propaganda ministry|minister|department|chief|poster|posters", "a propaganda ministry or poster: an "
     "institution or an artefact"),
    ("counter propaganda", "counter-propaganda: the name of a kind of campaign"),
    ("roof|ceiling|floor|tunnel|tunnels|mine|wall|walls|building|ground|house|road cave|caves|caved|caving in",
     "the roof caved in: a collapse, literally"),
    ("anti|cyber|school|workplace bullying", "anti-bullying, school bullying: the name of a social problem"),
    ("dead giveaway", "a dead giveaway: an idiom for a sign"),
    ("handout photo|photos|picture|pictures|image|images|video|videos|footage", "a handout photo: a picture "
     "released by an organisation"),
    ("left|right|his|her|a|strained|pulled|injured|tight hamstring|hamstrings",
     "a pulled hamstring: the muscle, in sports news"),
    ("hamstring injury|injuries|strain|strains|tear|tears|muscle|muscles|problem|problems|issue|issues|surgery",
     "a hamstring injury: the muscle, in sports news"),
    ("the|a|gun|rifle|weapon muzzle|muzzles", "the muzzle of a gun or a dog: the object, not silencing"),
    ("muzzle flash|flashes|velocity|brake|brakes", "muzzle velocity: a term of firearms"),
    ("strong arm robbery|robberies", "strong-arm robbery: the name of an offence"),
    ("the|a|freight|passenger|national|state|private|local|old railroad|railroads",
     "the railroad: the railway, not forcing a measure through"),
    ("railroad track|tracks|crossing|crossings|company|companies|worker|workers|industry|station|stations|line|"
     "lines|bridge|car|cars|tycoon|tycoons|ties|strike|engineer|engineers|safety|yard|yards",
     "railroad tracks: the railway"),
    ("sucker punch|punched|punches|punching", "a sucker punch: an unprovoked blow, the standard description"),
    ("knee jerk", "a knee-jerk reaction: an idiom for a reflex"),
    ("opportunistic infection|infections|pathogen|pathogens|feeder|feeders", "an opportunistic infection: a "
     "medical term"),
    ("perverse incentive|incentives", "a perverse incentive: a term of economics"),
    ("zealously guard|guards|guarded|guarding|protect|protects|protected|protecting|represent|represents|"
     "represented|representing|defend|defends|defended|defending", "zealously guarded: an idiom of care; "
     "zealous representation is a lawyer's duty"),
    ("zealous advocacy|advocate|representation", "zealous advocacy: a lawyer's professional duty"),
    ("cold blooded animal|animals|reptile|reptiles|creature|creatures|vertebrates", "cold-blooded reptiles: "
     "biology"),
    ("flimsy boat|boats|raft|rafts|dinghy|dinghies|tent|tents|shelter|shelters|structure|structures|material|"
     "materials|plastic|construction|door|doors", "flimsy boats and tents: physical description"),
    ("unbearable heat|pain|cold", "unbearable heat or pain: physical description"),
    ("oppressive heat|humidity", "oppressive heat: weather"),
    ("irrational number|numbers", "an irrational number: mathematics"),
    ("homosexual act|acts|activity|conduct|sex|relations|intercourse|behavior|behaviour",
     "homosexual acts: AP keeps homosexual for sexual activity and legal contexts"),
    ("Holocaust denier|deniers|denial", "a Holocaust denier: the standard name of the position"),
    ("anti semitic attack|attacks|attacker|attackers|gunman|assailant|incident|incidents|graffiti|vandalism",
     "anti-Semitic incidents: the category police and monitoring groups count"),
    ("antisemitic attack|attacks|attacker|attackers|gunman|assailant|incident|incidents|graffiti|vandalism",
     "antisemitic incidents: the category police and monitoring groups count"),
    ("submersible|sub|vessel|building|buildings|star|stars imploded|implodes|imploding", "the submersible "
     "imploded: a physical collapse"),
    ("catastrophic implosion", "a catastrophic implosion: a physical collapse"),
    ("prey|preys|preyed|preying on|upon fish|insects|rodents|birds|mice|rats|livestock|deer|seals|smaller|small",
     "hawks prey on rodents: animals hunting"),
    ("brave the|a|an|their|his|her|its|freezing|frigid|cold|rain|snow|heat|elements|weather|crowds|storm|storms|"
     "winds|lines|traffic|accusations|criticism|threats|danger|dangers|gunfire|bullets|ridicule|backlash|scorn|"
     "hostility|reprisals|arrest|jail|prison", "to brave the cold, to brave accusations: the verb (to face), not "
     "praise"),
    ("illegal|unlawful in [the|most|many|some|all|every|several|those|these|that|this] jurisdiction|jurisdictions|"
     "state|states|country|countries|county|counties|city|cities|nation|nations", "illegal in most states: what "
     "the law of a place says"),
    ("military dictatorship|dictatorships", "a military dictatorship: the standard name of a form of government"),
    ("democracies and dictatorships", "democracies and dictatorships: kinds of government, in general"),
    ("dictatorships and democracies", "dictatorships and democracies: kinds of government, in general"),
)
