"""Word classes that govern a reported clause: the verbs, adjectives and nouns :mod:`analysis.clauses` looks
up in its one pass over an article's words (lower-cased word forms; each class with the construction it opens,
pinned by the sentences of tests/text/test_voice_rules.py and tests/text/test_voice_constructions.py).
"""
from __future__ import annotations

#: Verbs of naming: the words after them in their clause are the subject's label ("called the bill a ploy").
NAMING = frozenset("call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling "
                   "labelling brand brands branded branding term terms termed terming".split())
#: Verbs of pointing, with "to" and "as": "points to the long training as absurd" gives the characterisation from
#: "as" on to the subject, as "labels X as" does (:func:`analysis.viewpoints.pointed_as`).
POINTING = frozenset("point points pointed pointing".split())
#: Verbs of remembering and eulogising "as": "Friends remembered him as a gentle giant" (from "as" on, the mourners'
#: words, :data:`analysis.judging.PRAISING_AS`; with no "as", "remembered the flood", they govern nothing). In the
#: passive with no "by", "he will be remembered as a fool" is the writer's own forecast and governs nothing.
REMEMBERING = frozenset("remember remembers remembered eulogize eulogizes eulogized eulogise eulogises eulogised "
                        "mourn mourns mourned memorialize memorializes memorialized".split())
#: Verbs of seeing, presenting and portraying as: with "as" in the clause ("sees it as a betrayal", "derided
#: the stadium as a vanity project", "is seen by many as a gamble", "painted his rival as a spender"); verbs of
#: judging take "as" too ("attacked the incumbent as a coward"). Consider/deem need no "as". "Known as" is a
#: reputation reported from no one named ("Mr. Lee is known as a brilliant lawyer": the quality is others' view).
#: Remembering and eulogising "as" too (:data:`REMEMBERING`).
SEEING = frozenset("see sees saw seen view views viewed regard regards regarded perceive perceives perceived "
                   "portray portrays portrayed characterize characterizes characterized rate rates rated "
                   "describe describes described depict depicts depicted paint paints painted cast casts frame "
                   "frames framed tout touts touted hail hails hailed herald heralds heralded dismiss dismisses "
                   "dismissed deride derides derided decry decries decried bill bills billed identify identifies "
                   "identified known".split()) | REMEMBERING
#: Verbs of speaking about something, with "of" or "about" ("spoke of the neglect of the harbour", "talked
#: about the rigged draw"), and verbs of saying again or citing, with an object ("echoed claims by his
#: manager that ...", "cited reckless loans"; not "repeat": "repeated the experiment"): what they name is the
#: subject's topic or words, paraphrased.
SPEAKING_OF = frozenset("speak speaks spoke spoken speaking talk talks talked talking write writes wrote "
                        "written writing complain complains complained complaining".split())
CITING = frozenset("discuss discusses discussed discussing mention mentions mentioned mentioning reference "
                   "references referenced referencing echo echoes echoed echoing recite recites recited reciting "
                   "cite cites cited citing invoke invokes invoked invoking".split())
#: Verbs of lamenting and deploring, with an object ("lamented the decline of the old harbour", "bemoaned the
#: reckless spending", "decried the savage reprisals"): what one laments is named in one's own terms, as what
#: one speaks of is; not with "that" (a clause: any verb with "that") nor a pronoun object ("lamented it"). Blaming
#: too: "Parents who blame the reckless councils have it wrong" (whom one blames is named in one's own terms).
LAMENTING = frozenset("lament laments lamented lamenting bemoan bemoans bemoaned bemoaning deplore deplores "
                      "deplored deploring bewail bewails bewailed bewailing decry decries decried decrying blame "
                      "blames blamed blaming".split())
OBJECT_TAGS = frozenset("DT PDT JJ JJR JJS NN NNS NNP NNPS PRP PRP$ CD".split())
#: Verbs of urging someone to act, with an object and "to" and a verb ("urged Congress to act", "called on
#: Obama to retaliate"): the object and what it is urged to do are the subject's words.
URGING = frozenset("urge urges urged urging exhort exhorts exhorted implore implores implored encourage "
                   "encourages encouraged encouraging beg begs begged begging ask asks asked asking".split())
#: Verbs of proposing and demanding: their object is what the subject proposed ("has called for the repeal of
#: the law", "proposed jointly owned drones", "demanded his resignation"); "call", "push", "argue" and
#: "press" with "for".
PROPOSING = frozenset("propose proposes proposed proposing advocate advocates advocated advocating demand "
                      "demands demanded demanding recommend recommends recommended recommending".split())
FOR_PROPOSING = frozenset("call calls called calling push pushes pushed pushing argue argues argued arguing "
                          "press presses pressed pressing".split())
#: Adjectives of belief and feeling after a form of "be", with a clause: "Many farmers are afraid that
#: ...", "the coach was sure his team would win". "It" as their subject is no one ("it is certain that").
BELIEF_ADJECTIVES = frozenset("afraid sure confident convinced certain worried concerned hopeful adamant aware "
                              "skeptical sceptical optimistic pessimistic fearful doubtful insistent".split())
#: Nouns of believing, knowing and saying (besides :data:`analysis.quoting.SPEECH_NOUNS`) whose "that" clause
#: is someone's content: "a quiet admission that the bridge may collapse", "the idea that the vote was rigged".
#: Not "fact" or "evidence": the writer asserts what they introduce. "The narrative that the vote was rigged", "the
#: myth that ..." name someone's story, whatever the writer thinks of it: its content is not the writer's assertion.
BELIEF_NOUNS = frozenset("""belief beliefs view views idea ideas notion notions fear fears hope hopes concern
    concerns worry worries suspicion suspicions theory theories speculation assumption assumptions expectation
    expectations prediction predictions contention conviction acknowledgment acknowledgement admission
    admissions impression perception insinuation implication rumor rumors rumour rumours report reports
    finding findings conclusion assessment complaint complaints denial denials announcement position narrative
    narratives myth myths""".split())
#: Nouns of evidence: with "that" and a subject, negated ("found no proof that ...", "was unable to find
#: evidence that ..."), their clause is a claim tested and not borne out, no one's assertion (:mod:`analysis.clauses`).
EVIDENCE = frozenset("proof proofs evidence sign signs indication indications".split())
#: Words that negate a finding of evidence within five words before the noun ("no", "could not find", "unable").
NEGATING = frozenset("no not n't cannot never unable failed without".split())
CONSIDERING = frozenset("consider considers considered deem deems deemed".split())
#: Verbs of believing, fearing and hoping: the clause after them is the subject's view.
BELIEVING = frozenset("believe believes believed think thinks thought feel feels felt fear fears feared hope "
                      "hopes hoped expect expects expected worry worries worried suspect suspects suspected "
                      "doubt doubts doubted assume assumes assumed contend contends contended insist insists "
                      "predict predicts predicted stress stresses stressed emphasize emphasizes emphasized "
                      "reiterate reiterates reiterated".split())
#: Verbs of believing that also mean taking something on ("assume the obligations"): only with a clause.
TAKING_ON = frozenset("assume assumes assumed".split())
#: Verbs of asking: with a question word ("wondered whether ...").
ASKING = frozenset("ask asks asked wonder wonders wondered question questions questioned".split())
QUESTION_WORDS = frozenset("whether if how why what when where who which".split())
#: Verbs of describing and recounting: with "how" or "why" ("described how the abuse was covered up").
DESCRIBING = frozenset("describe describes described describing recount recounts recounted recounting "
                       "detail details detailed detailing".split())
#: "made it clear that ...": a form of "make", "it" optional, then one of these, then "that".
MADE = frozenset("make makes made making".split())
CLEAR = frozenset("clear plain".split())
#: Verbs of agreeing and hoping to act: with "to" and a verb ("agreed to rebuild the ravaged pier", "hopes to
#: offset the expected losses"): what the subject committed to or hopes for; not "agreed to a deal".
INTENDING = frozenset("agree agrees agreed hope hopes hoped".split())
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
