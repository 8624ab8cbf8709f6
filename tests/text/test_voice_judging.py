"""The fifth step of the voice constructions (analysis/clauses.py, analysis/charges.py): "X criticized Y for
...", the issue's own example, and its kin: condemning, praising or deriding "as", apologising and asking
forgiveness "for", banning, rejecting or sanctioning "for" a stated reason.

Each sentence was made up for the test and read by a person, who decided whose words the marked phrase is;
the expectation is that reading, not the engine's output copied. The rule a careful reader applies: the verb's
object names the target in the writer's words ("condemned the attack": the attack is the writer's word); only
the characterising complement (the "as" phrase, the charge or reason after "for" or "of") is the subject's,
and only when the subject is a source (a person, a group, an organisation, a pronoun) or, in the passive, the
agent or no one named. Each construction has a sentence where it applies and one where it must not.
"""
from __future__ import annotations

import pytest

from conftest import voice_at as voice  # (voice, source) at the first character of a phrase


@pytest.mark.parametrize("text, phrase, expected", [
    # condemning, praising, deriding "as": the label is the subject's, the object the writer's naming
    ("The mayor condemned the attack as barbaric and cowardly.", "barbaric", ("reported", "The mayor")),
    ("The mayor condemned the attack as barbaric and cowardly.", "attack", ("writer", "")),
    ("The board hailed the merger as a historic triumph.", "historic", ("reported", "The board")),
    ("Critics have long decried the stadium as a vanity project.", "stadium", ("writer", "")),
    ("The senator criticized the governor as a reckless spender.", "reckless", ("reported", "The senator")),
    # ... with no complement, nothing moves: "police condemned the attack" leaves the attack the writer's
    ("Police condemned the brutal attack on the clinic.", "brutal", ("writer", "")),
    # verbs of seeing keep their object in the view: what one sees as a gamble is part of the view
    ("Many investors see the reckless merger as a gamble.", "reckless", ("reported", "Many investors")),
    # criticising, blaming, accusing: the charge after "for" or "of", not the person charged
    ("The senator criticized the governor for his reckless spending.", "reckless", ("reported", "The senator")),
    ("The senator criticized the governor for his reckless spending.", "governor", ("writer", "")),
    ("The union blamed the owners for the chaos at the plant.", "chaos", ("reported", "The union")),
    ("Critics accused the agency of a shameful cover-up.", "shameful", ("reported", "Critics")),
])
def test_judging_moves_only_the_characterising_complement(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # more verbs of praising and condemning with "for": hailing, castigating, honouring (passive: unnamed)
    ("The coach hailed the players for their heroic effort.", "heroic", ("reported", "The coach")),
    ("The coach hailed the players for their heroic effort.", "players", ("writer", "")),
    ("The union castigated the board for its callous layoffs.", "callous", ("reported", "The union")),
    ("The senator was honored for his heroic service.", "heroic", ("reported", "")),
    # phrasal verbs of judging, with an object after the particle
    ("The senator lashed out at the governor for his reckless spending.", "reckless", ("reported", "The senator")),
    ("Activists called out the company for its shameful labor practices.", "shameful", ("reported", "Activists")),
    ("The mayor railed against the council for its cowardly vote.", "cowardly", ("reported", "The mayor")),
    # a length of time after "for" is no charge; an "as" phrase after it still is
    ("Fans celebrated for hours after the stunning win.", "stunning", ("writer", "")),
    ("Critics attacked the plan for years as a reckless gamble.", "reckless", ("reported", "Critics")),
    # "called out for help": no object, no judging
    ("She called out for help from the ruined building.", "ruined", ("writer", "")),
    ("The storm lashed the coast for hours, flooding the ravaged town.", "ravaged", ("writer", "")),
])
def test_more_verbs_of_praising_and_condemning(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a passive of judging: the agent after "by" speaks, cut where the charge begins
    ("The minister was praised by unions for his heroic stand.", "heroic", ("reported", "unions")),
    # with no agent the charge is someone's, unnamed
    ("The firm was criticized for its reckless lending.", "reckless", ("reported", "")),
    # a reduced relative ("the storm [that was] blamed for"): blamed by no one named, not by the storm
    ("The storm blamed for the flooding hit the coast on Friday.", "flooding", ("reported", "")),
])
def test_passive_judging_is_spoken_by_its_agent_or_no_one(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # apologising "for": what is apologised for is named in the apologiser's terms
    ("The bishop apologized to the families for the shameful cover-up.", "shameful", ("reported", "The bishop")),
    ("The airline apologised on Tuesday for the chaotic delays.", "chaotic", ("reported", "The airline")),
    # asking forgiveness "for" (also "begged for forgiveness for")
    ("The archbishop asked forgiveness for the cover-ups within the order.", "cover-ups",
     ("reported", "The archbishop")),
    ("The bishop begged for forgiveness for the horrific abuse.", "horrific", ("reported", "The bishop")),
    # not: forgiveness that no one asked for, or the writer's first person
    ("The victims saw no forgiveness for the horrific abuse.", "horrific", ("writer", "")),
    ("We ask forgiveness for our careless errors.", "careless", ("writer", "")),
])
def test_apologies_and_forgiveness(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an apology as a noun: its possessor, or the subject of the verb before it (who issues or demands it)
    ("The airline issued an apology for the chaotic delays.", "chaotic", ("reported", "The airline")),
    ("The bishop's apology for the shameful cover-up was read aloud.", "shameful", ("reported", "The bishop")),
    ("Critics demanded an apology for the racist remarks.", "racist", ("reported", "Critics")),
    ("We owe readers an apology for the sloppy error.", "sloppy", ("writer", "")),
    # praise received "for", like criticism received "for": someone's, unnamed
    ("The coach won praise for his gritty tactics.", "gritty", ("reported", "")),
    ("The team won the cup for the third time after a brutal final.", "brutal", ("writer", "")),
])
def test_apology_and_praise_as_nouns(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # banning, rejecting or sanctioning "for" a stated reason (a clause or a possessive): the source's charge
    ("The school board banned the novel for containing obscene passages.", "obscene",
     ("reported", "The school board")),
    ("The league suspended the striker for his racist abuse of a referee.", "racist", ("reported", "The league")),
    ("The platform removed the post for allegedly spreading vicious lies.", "vicious",
     ("reported", "The platform")),
    ("The team rejected the offer for being an insulting lowball.", "insulting", ("reported", "The team")),
    # in the passive: the agent after "by", past a time phrase between commas; or no one named
    ("The book was banned by the county school district, in March 1998, for containing obscene passages.",
     "obscene", ("reported", "the county school district")),
    ("The book was banned for containing obscene passages.", "obscene", ("reported", "")),
])
def test_a_stated_reason_for_banning_is_the_banners(text, phrase, expected):
    assert voice(text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # "for" that is no reason: a time, a purpose, a quantity
    ("The city banned the rally for security reasons and for the sake of the brutal heat.", "brutal"),
    ("The league suspended the striker for three games after the ugly brawl.", "ugly"),
    ("Soldiers fired for hours at the crumbling fort.", "crumbling"),
    # a subject that is no source: a law states no reason of its own
    ("The new law bans vaping for being a reckless habit.", "reckless"),
    # acts that are not saying: the lawsuit's "for" stays the writer's
    ("She sued the company for dumping toxic waste.", "toxic"),
    # the writer's own first person
    ("We banned the novel for containing obscene passages.", "obscene"),
    # "the ban": a noun, not the act of a source
    ("The ban for containing obscene passages was lifted.", "obscene"),
])
def test_what_stays_the_writers(text, phrase):
    assert voice(text, phrase) == ("writer", "")


CLUB = ("The club promotes itself as a home for all fans and labels critics, who take other views on hot topics "
        "such as ticket prices, as traitors.\nYet the club keeps inviting a disgraced pundit to its dinners.")


@pytest.mark.parametrize("text, phrase, expected", [
    # a verb of naming with "as" that the tagger reads as a plural noun: the label is the subject's
    ("The party labels its opponents as cranks.", "cranks", ("reported", "The party")),
    # ... and one whose object carries a relative clause set off by commas: from "as" on
    (CLUB, "traitors", ("reported", "")),
    (CLUB, "critics", ("writer", "")),
    (CLUB, "disgraced", ("writer", "")),
    # a plural noun before "such as" is no verb of naming ("Party labels" read as a name and a verb before)
    ("Party labels such as moderate are a shameful dodge.", "shameful", ("writer", "")),
    ("The brands, which the chain sells, as usual carry shameful markups.", "shameful", ("writer", "")),
])
def test_a_verb_of_naming_with_as_gives_the_label_to_its_subject(text, phrase, expected):
    assert voice(text, phrase)[0] == expected[0]
