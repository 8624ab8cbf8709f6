"""Material that runs over the lines after its introduction (analysis/voice.py, analysis/attribution.py).

Texts that set each sentence on a line of its own cannot tell a paragraph from a line, so reproduced
material (an edict, a statement, a transcript, an interview, a quotation of several paragraphs) runs over
several lines. Each construction has a made-up text a person read, with a phrase inside the material (not
the writer's) and one in the writer's next lines (the writer's: the material must not swallow them).
"""
from __future__ import annotations

import pytest

from conftest import voice_of as voice


def lines(*sentences: str) -> str:
    """One sentence a line, blank lines between (as the propaganda corpus sets its articles)."""
    return "\n\n".join(sentences)


EDICT = lines("The council met in the spring of 1402.", "Its members argued for a week.",
              "In the end the governor issued this edict:", "The rebels are traitors to the crown.",
              "Their lands will be taken and their houses burned.", "No mercy will be shown to them.",
              "Such brutal orders were common at the time.", "The edict was repealed in 1410.")

STATEMENT = lines("The mayor spoke on Monday.", "The committee met twice.", "The company said in a statement:",
                  "The lawsuit is a baseless smear.", "Its claims will be defeated in court.",
                  'Critics called the statement "hollow."', "The disastrous plan went ahead anyway.",
                  "The council voted on Friday.")

TRANSCRIPT = lines("The preacher spoke in a video posted last week.",
                   "Following is a transcript: Preacher Omar: \u201cThey are liars.", "Their history is a fraud.",
                   "Who said \u201cpeace\u201d?", "The traitors said it.", "Their enemies will be destroyed.",
                   "Article posted with permission from the author", "The dishonest preacher is wrong.")

INTERVIEW = lines("The host spoke to the author last week.", "XY: Welcome to the show.",
                  "It is a pleasure to have you.", "How did the book start?", "AB: It started as a joke.",
                  "Then it became serious.", "XY: The critics were brutal.", "They called it a disgrace.",
                  "But the readers were amazing.", "Click here to listen to the interview.",
                  "The pathetic critics have apologised since.")

PROPHECY = lines("The monk warned his brothers of the trials to come:", "\u201cBe brave, my brothers.",
                 "The times will be hard.", "The wicked will prosper.",
                 "\u201cA false shepherd will rise, and by his cunning lead many astray.", "Many will follow him.",
                 "Keep the faith to the end.\u201d", "The shameful book was printed in 1882.")


@pytest.mark.parametrize("text, phrase, expected", [
    # an edict after "issued this edict:" runs over the next three lines, not the writer's comment after it
    (EDICT, "traitors", "statement"), (EDICT, "burned", "statement"), (EDICT, "mercy", "statement"),
    (EDICT, "brutal", "writer"),
    # a statement after "said in a statement:" stops at the line where the writer quotes a critic
    (STATEMENT, "smear", "statement"), (STATEMENT, "defeated", "statement"), (STATEMENT, "disastrous", "writer"),
    # a transcript runs on (through its own quotations and attributions) to the outlet's credit line
    (TRANSCRIPT, "liars", "statement"), (TRANSCRIPT, "fraud", "statement"), (TRANSCRIPT, "traitors", "statement"),
    (TRANSCRIPT, "destroyed", "statement"), (TRANSCRIPT, "dishonest", "writer"),
    # interview lines: the lines after the last label are its speaker's until the call to listen
    (INTERVIEW, "pleasure", "statement"), (INTERVIEW, "disgrace", "statement"), (INTERVIEW, "amazing", "statement"),
    (INTERVIEW, "pathetic", "writer"),
    # a quotation of several paragraphs, each reopened, broken into lines, closed on its last line
    (PROPHECY, "wicked", "quote"), (PROPHECY, "cunning", "quote"), (PROPHECY, "faith", "quote"),
    (PROPHECY, "shameful", "writer"),
])
def test_material_over_several_lines(text, phrase, expected):
    assert voice(text, phrase) == expected


def test_where_paragraphs_are_real_a_block_is_one_paragraph():
    # paragraphs of several sentences: the edict is the paragraph after the colon, the next is the writer's
    text = ("In the end the governor issued this edict:\n\nThe rebels are traitors. Their houses will burn.\n\n"
            "Such brutal orders were common at the time. Historians agree on this.")
    assert voice(text, "traitors") == "statement"
    assert voice(text, "brutal") == "writer"


def test_a_quotation_left_open_is_not_carried_into_a_line_that_opens_and_closes_its_own():
    # "a disaster" is never closed; after two lines of the writer's, a line opens and closes a new quotation:
    # the lines between stay the writer's
    text = lines("He called the plan \u201ca disaster.", "The regime fell on Monday.", "The markets were calm.",
                 "\u201cWe are ready,\u201d officials said.")
    assert voice(text, "regime") == "writer"
    assert voice(text, "ready") == "quote"


def test_an_interview_tail_is_no_longer_than_its_longest_answer():
    # the longest answer runs one line past its label: one line after the last label continues it
    text = lines("AB: The plan is a scam.", "It is a fraud.", "XY: It is not.", "AB: It is a disgrace.",
                 "It will fail.", "The senator's shameful vote came a day later.")
    assert voice(text, "fail") == "statement"
    assert voice(text, "shameful") == "writer"
    # answers of one line each: the line after the last label is the writer's
    text = lines("AB: The plan is a scam.", "XY: It is not.", "AB: It is a disgrace.",
                 "The senator's shameful vote came a day later.")
    assert voice(text, "shameful") == "writer"


# a passage named with a verb of saying or writing ("Take this quotation of ..., speaking ...:") is a block,
# as after "issued this edict:"; a writer's note ("Update: ...") ends it
QUOTATION = lines("Critics say the old sayings are forgeries.", "They never show it.",
                  "Take this quotation of the old bishop, for example, speaking in 1950 to the clergy of his town:",
                  "I fear for the young people of this town.", "The dangers which menace the faith are everywhere.",
                  "Update: The diocese has since confirmed the quotation.", "The shameful cover-up went on for years.")

ANALYSIS = lines("The former judge is a professor of law.", "He taught for twenty years.",
                 "He wrote an excellent analysis of the flaws of these new laws:",
                 "The seizure of property without any hearing.", "This is a brazen denial of due process.",
                 "Note: the judge retired in 2015.", "The disgraceful law was passed anyway.")

# a noun of a passage without a verb of saying: the writer's own column or analysis goes on in the writer's voice
OWN = lines("The bill passed on Friday.", "The vote was close.", "Here is my analysis of the flaws of these laws:",
            "The bill is a brazen attack on due process.", "I go into the trap in more detail in this column:",
            "The shameful vote will be remembered.", "The senators went home.")

# material set apart by a rule line after a line that announces a statement runs to the next rule line,
# over an elision line ("[...]")
RULED = lines("The bishop wrote a strong commentary last week.",
              "Below we present the main parts of his statement, in our own translation.", "-" * 40,
              "The plan to bless such unions is worthless.", "No bishop may approve it.", "[...]",
              "Such a blessing would be a grotesque error.", "-" * 40,
              "The disgraceful silence of the other bishops goes on.", "The council meets in May.")

# a rule line after a line that announces nothing (a statement mentioned is not one presented): the writer's
# lines after it stay the writer's
UNANNOUNCED = lines("The match ended in a draw.", "The club did not respond to a request for comment.", "-" * 20,
                    "The referee was a disgrace.", "The league said nothing.")


@pytest.mark.parametrize("text, phrase, expected", [
    (QUOTATION, "fear", "statement"), (QUOTATION, "menace", "statement"), (QUOTATION, "has since", "writer"),
    (QUOTATION, "shameful", "writer"),
    (ANALYSIS, "seizure", "statement"), (ANALYSIS, "brazen", "statement"), (ANALYSIS, "disgraceful", "writer"),
    (OWN, "brazen", "writer"), (OWN, "shameful", "writer"),
    (RULED, "worthless", "statement"), (RULED, "approve", "statement"), (RULED, "grotesque", "statement"),
    (RULED, "disgraceful", "writer"),
    (UNANNOUNCED, "disgrace", "writer"),
])
def test_passages_and_ruled_material(text, phrase, expected):
    assert voice(text, phrase) == expected


MESSAGE = lines("The emperor ruled for twenty years.", "His governors feared him.",
                "In 718 the emperor sent out a message to the governors of the provinces:", "O you who rule!",
                "The rebels are nothing but vermin.", "They think that their revolt is just, but it is wicked.",
                "Such cruel words were common at the time.", "The governors obeyed.")
#: The same lines with no address: the writer's soft end (a reported clause) stops the message.
NO_ADDRESS = MESSAGE.replace("O you who rule!", "Be watchful.")


def test_a_message_opened_by_an_address_runs_over_its_own_reported_clauses():
    # the address "O you who ...!" opens a message: a clause it reports ("They think that ...") does not end it
    assert voice(MESSAGE, "vermin") == "statement"
    assert voice(MESSAGE, "wicked") == "statement"
    # three lines at most: the writer's comment after it is the writer's
    assert voice(MESSAGE, "cruel") == "writer"
    # without the address the line with the reported clause is where the writer may resume
    assert voice(NO_ADDRESS, "vermin") == "statement"
    assert voice(NO_ADDRESS, "wicked") != "statement"


EXCERPT = lines("The envoy flew home on Monday.", "His trip had been planned for months.", "The Daily Ledger reported:",
                "The envoy met the rebel leader and called the blockade a crime.",
                "According to the agency, the envoy said the talks would go on.",
                "\u201cWe will not give up,\u201d he said.",
                "He also blasted the sanctions and added, \u201cThey hurt the poor.\u201d",
                "This envoy is a shameless apologist for the rebels.", "The talks resume in May.")


def test_a_news_excerpt_runs_past_its_own_attributions_to_where_the_writer_resumes():
    # after "X reported:" the excerpt's lines that report in the third person are the excerpt's
    assert voice(EXCERPT, "blockade") == "statement"
    assert voice(EXCERPT, "blasted") == "statement"
    # the first line with no report of its own is the writer's again
    assert voice(EXCERPT, "shameless") == "writer"
    # a line in the first person, or one that names the report's source again, is the writer's
    first = EXCERPT.replace("He also blasted", "I think he blasted")
    assert voice(first, "blasted") != "statement"
    again = EXCERPT.replace("He also blasted", "The Daily Ledger noted that he blasted")
    assert voice(again, "blasted") != "statement"


TESTIMONY = lines("The council met on Tuesday.", "The budget was the first item.", "The session ran late.",
                  "Members argued for hours.", "Reporters filled the gallery.",
                  "The mayor rose and scolded the council for its delays.", "My office warned you about this.",
                  "Nothing was done.", "I wrote to you twice.", "I got no answer.",
                  "Your shameful neglect is plain.",
                  "The council adjourned without a vote.", "The disgraceful delay goes on.")


def test_first_person_testimony_pasted_into_a_third_person_text_is_its_speakers():
    assert voice(TESTIMONY, "warned") == "statement"
    assert voice(TESTIMONY, "Nothing") == "statement"
    assert voice(TESTIMONY, "shameful") == "statement"
    # the writer's third-person lines after it are the writer's
    assert voice(TESTIMONY, "disgraceful") == "writer"
    # a writer who says "I" elsewhere writes in the first person: the lines are the writer's own
    columnist = TESTIMONY.replace("The session ran late.", "I stayed until the session ended.")
    assert voice(columnist, "shameful") == "writer"
    # no line where the writer attributes before the run: nothing marks it as someone's
    plain = TESTIMONY.replace("The mayor rose and scolded the council for its delays.", "The mayor rose.")
    assert voice(plain, "shameful") == "writer"
    # a first-person quotation elsewhere does not make the writer a first-person writer
    quoted = TESTIMONY.replace("The session ran late.", "\u201cI am tired,\u201d one member said.")
    assert voice(quoted, "shameful") == "statement"
