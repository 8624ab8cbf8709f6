"""Plain senses of loaded words (analysis/lexicons/plain_senses.yaml), named events, and the strengths of 2026.12.06.2.

Each pair of sentences was written and read by a person: the first uses the word in a sense that passes no
judgement (a role in fiction, a physical description, the name of an offence, a clinical term, the name of an
event), and the expected list is empty; the second uses the same word as the writer's own judgement, and the
word is still found, with the strength a careful editor of straight news would give it.
"""
from __future__ import annotations

import pytest

from analysis.pipeline import analyze
from conftest import loaded


@pytest.mark.parametrize("plain, judging, expected", [
    # roles in fiction and myth, dreams, hobbies
    ("The article recalled the Greek hero Perseus.", "Critics hailed the senator as a hero.",
     [("hero", "hero", "strong")]),
    ("The villain of the film is a banker.", "The banker is the villain here.", [("villain", "villain", "strong")]),
    ("He has suffered nightmares since the war.", "The new rules are a nightmare for commuters.",
     [("nightmare", "nightmare", "mild")]),  # the newsroom idiom for a hard situation (mild since 2026.12.06.4)
    ("He is a fitness fanatic.", "The fanatics stormed the hall.", [("fanatics", "fanatic", "strong")]),
    ("The Loch Ness monster returned to the news.", "The dictator is a monster.",
     [("dictator", "dictator", "strong"), ("monster", "monstrous", "strong")]),
    # physical senses
    ("Drivers faced treacherous roads overnight.", "The senator's treacherous move angered allies.",
     [("treacherous", "traitor", "strong")]),
    ("The volcano spewed ash for days.", "He spewed lies on cable news.", [("spewed", "spew", "strong")]),
    ("The car spun around and hit a tree.", "The White House spun the report.", [("spun", "spin", "strong")]),
    ("Farmers slaughtered cattle for the festival.", "Troops slaughtered civilians.",
     [("slaughtered", "slaughter", "strong")]),
    ("Offices were swamped with calls.", "Towns were swamped by migrants.", [("swamped", "swamped", "strong")]),
    ("It was a vicious cycle of debt.", "The vicious attack shocked the town.", [("vicious", "vicious", "strong")]),
    ("A vicious pit bull bit the boy.", "The campaign turned vicious.", [("vicious", "vicious", "strong")]),
    ("He walked out into brilliant sunshine.", "It was a brilliant strategy.",
     [("brilliant", "brilliant", "strong")]),
    ("The plant had a reactor meltdown.", "He had a meltdown on stage.", [("meltdown", "tantrum", "strong")]),
    ("Police are investigating a phone scam targeting seniors.", "The tax bill is a scam.",
     [("scam", "scam", "strong")]),
    ("The school was evacuated after a hoax call.", "The report is a hoax.", [("hoax", "hoax", "strong")]),
    ("Allied troops liberated the camps in 1945.", "The rebels liberated the city.",
     [("rebels", "rebel", "mild"), ("liberated", "liberate", "strong")]),
    ("Police said he faked his own death.", "The footage was faked.", [("faked", "fake", "strong")]),
    ("The village lies about 10 miles north of the capital.", "He lies about his taxes.",
     [("lies about", "lie", "strong")]),
    ("Dancers staged a flash mob at the station.", "A mob attacked the station.", [("mob", "mob", "mild")]),
    # (a brutal beating or assault is the mild entry "brutal attack" since round 19: test_senses_round19.py)
    ("She was brutally honest about the risks.", "The army brutally suppressed the protests.",
     [("brutally", "brutal", "strong")]),
    ("The body was covered up with a blanket.", "Officials covered up the abuse.",
     [("covered up", "cover-up", "strong")]),
    ("The play is about the Salem witch hunts.", "The inquiry is a witch hunt.",
     [("witch hunt", "witch hunt", "strong")]),
    # names of offences, legal and clinical terms
    ("He was convicted of treason in 1950.", "Obama's treason must be punished.",
     [("treason", "traitor", "strong")]),
    ("He faces animal cruelty charges.", "The policy is cruel.", [("cruel", "cruel", "strong")]),
    ("The company was sued for deceptive practices.", "The deceptive ad misled voters.",
     [("deceptive", "deceptive", "strong")]),
    ("He was found not guilty by reason of insanity.", "The plan is insanity.",
     [("insanity", "unhinged", "strong")]),
    ("Doctors diagnosed paranoid schizophrenia.", "The president is paranoid.",
     [("paranoid", "unhinged", "strong")]),
    ("Sometime after 2009, he illegally re-entered the United States.",
     "The government is illegally indoctrinating children.",
     [("illegally", "illegal", "strong"), ("indoctrinating", "indoctrinate", "strong")]),
    ("He has the right to be free from unlawful search and seizure.", "The search was unlawful.",
     [("unlawful", "unlawful", "strong")]),
    ("Marijuana remains illegal under the 1970 Controlled Substances Act.",
     "The settlements are illegal under international law.", [("illegal", "illegal", "strong")]),
    ("Trump accused Cohen of lying to the special counsel.", "Cohen lied about the payments.",
     [("lied", "lie", "strong")]),
    # someone's admiration, a colloquial quantity, an idiom of behaviour, obituary language
    ("He flashed signs reminiscent of his political hero, former President Richard Nixon.",
     "The firefighters are heroes.", [("heroes", "hero", "strong")]),
    ("He is in a tremendous amount of debt.", "The rally was tremendous.", [("tremendous", "amazing", "strong")]),
    ("The audience laughed hysterically.", "The media reacted hysterically.",
     [("hysterically", "hysteria", "strong")]),
    ("She leaves her beloved husband and two sons.", "The beloved leader waved.",
     [("beloved", "beloved", "strong")]),
    # a word mentioned, defined or used to introduce a name
    ("He never used the word racist.", "He is a racist.", [("racist", "racist", "strong")]),
    ('The term "deep state" typically refers to a shadow government of officials.',
     "A shadow government of officials runs the country.", [("shadow government", "deep state", "strong")]),
    ("The word thug has a history.", "He used the word racist and called them thugs.",
     [("thugs", "thug", "strong")]),
    ("The practice, dubbed ballot harvesting by critics, is legal in California.",
     "The senator is known as brilliant.", [("brilliant", "brilliant", "strong")]),
    ("He flashed signs reminiscent of his political hero, Richard Nixon.", "Nixon is our hero.",
     [("hero", "hero", "strong")]),
    ("Troops patrol the so-called Demilitarized Zone.", 'The so-called "experts" were wrong.',
     [("so-called", "so-called", "strong")]),
    # an event known by its name
    ("Police said the Las Vegas massacre left 58 dead.", "Soldiers carried out a massacre in the village.",
     [("massacre", "massacre", "strong")]),
    ("Survivors of the Tiananmen Square massacre gathered.", "The bombing was a massacre.",
     [("massacre", "massacre", "strong")]),
])
def test_a_plain_sense_is_dropped_and_the_judging_sense_kept(plain, judging, expected):
    assert loaded(plain) == []
    assert loaded(judging) == expected


@pytest.mark.parametrize("text, expected", [
    # routine newsroom words of 2026.12.06.2: mild
    ("The disgraced former congressman was released.", [("disgraced", "disgraced", "mild")]),
    ("The agency has been plagued by delays.", [("plagued", "plagued", "mild")]),
    ("The project went terribly wrong.", [("terribly", "degree adverbs", "mild")]),
    ("Officials warned of Russian meddling in the election.", [("meddling", "meddling", "mild")]),
    # the adjectives that grade stay strong
    ("The movie was incredible.", [("incredible", "amazing", "strong")]),
    ("This is an outrageous demand.", [("outrageous", "outrageous", "strong")]),
    ("The decision sparked outrage.", [("outrage", "outrage", "mild")]),
    ("They have sinister motives.", [("sinister", "sinister", "strong")]),
    # labels and slogans added in 2026.12.06.2
    ("He warned of radical Islamic terrorism.", [("radical Islamic terrorism", "radical Islam", "strong")]),
    ("Democrats are staging a silent coup.", [("silent coup", "coup (as a label)", "strong")]),
    ("The army staged a coup.", []),
    ("The godless communists took over.", [("godless", "godless", "strong")]),
    ("The new law is Orwellian.", [("Orwellian", "Orwellian", "strong")]),
    ("Liberals will destroy America.", [("destroy America", "destroy (hyperbole)", "strong")]),
    ("The storm destroyed the town.", []),
    ("He called him a madman.", [("madman", "madman", "strong")]),
    ("Oddly, nobody came.", [("Oddly", "oddly", "mild")]),
    ("Ironically, nobody came.", [("Ironically", "ironically", "strong")]),
    ("Critics call it a police state.", [("police state", "police state", "strong")]),
    ("He warned of cultural Marxism.", [("cultural Marxism", "cultural Marxism", "strong")]),
    ("The neocons want war.", [("neocons", "neocon", "strong")]),
    ("He is a neoconservative.", [("neoconservative", "neoconservative", "mild")]),
    ("The attack was terrifying.", [("terrifying", "terrifying", "strong")]),
    ("Residents were terrified.", [("terrified", "reaction words", "mild")]),
    ("The murderous regime fell.", [("murderous", "bloodthirsty", "strong"), ("regime", "regime", "strong")]),
])
def test_strengths_of_the_new_and_split_entries(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("As expected, the bill passed.", []),                 # the outcome compared with a forecast
    ("Sales rose more than expected.", []),
    ("The talks are expected to resume on Monday.", ["expected"]),
    ("He believed in the cause.", []),                      # faith or support, not a guess
    ("Police believe the gunman acted alone.", ["believe"]),
    ("He is expected in court on Monday.", []),             # a scheduled appearance
])
def test_plain_senses_of_hedge_words(text, expected):
    assert [s.text for s in analyze(text).spans() if s.measure == "hedges"] == expected


@pytest.mark.parametrize("text", [
    # one made-up sentence for each plain sense of plain_senses.yaml not pinned above; a person read each and
    # checked that the loaded word in it passes no judgement
    "She went to the dentist about her crooked teeth.",
    "They rested in a shady spot by the river.",
    "Hikers were warned about venomous snakes.",
    "Doctors tracked a virulent strain of flu.",
    "Officers shot a rabid raccoon near the school.",
    "The runners set a blistering pace in the heat.",
    "The patient complained of a bloated stomach.",
    "The child was treated for a lazy eye.",
    "He was stopped for erratic driving.",
    "The circus tent went up on Friday.",
    "A rodeo clown distracted the bull.",
    "A fawn wandered into the garden.",
    "His shirt was smeared with blood.",
    "Firefighters bashed in the door.",
    "The slaughter plant closed last year.",
    "The butcher shop on Main Street reopened.",
    "The driver was charged after a road rage incident.",
    "The school was evacuated after a bomb hoax.",
    "Scam artists targeted the elderly.",
    "The court weighed whether the sentence was cruel and unusual.",
    "He was fined for careless driving.",
    "The store was fined for selling obscene material.",
    "His lawyers will pursue an insanity defense.",
    "The court found him legally insane.",
    "Doctors diagnosed narcissistic personality disorder.",
    "She was diagnosed with senile dementia.",
    "He was committed as a sexually violent predator.",
    "The attack was prosecuted as gay bashing.",
    "He faces treason charges.",
    "The play features a wicked witch.",
    "She wore a charm against the evil eye.",
    "The book describes mythical creatures.",
    "Monster trucks filled the stadium.",
    "He plays a comic book villain.",
    "She wrote a critically acclaimed novel.",
    "The firm was sued for unfair and deceptive practices.",
    "He was jailed for cruelty to a child.",
    "Soviet troops liberated the camp in January.",
])
def test_every_plain_sense_has_a_sentence(text):
    assert loaded(text) == []
