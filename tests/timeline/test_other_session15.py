"""Gold events in sentences where the tool finds nothing, and missed acts of kind "other" (session 15, helper other15; issue 4).

Fresh sentences written from general knowledge about other crises, outlets and eras (never a corpus's text). Each row:
the anchor lies in an event of the row's kind, by the row's actor (None: not checked). Negative rows hold no more events
of the kinds named than allowed.

The table: every required gold event missed whose sentence yields NO event, every missed gold event of kind `other`
and every `other` read as another kind, on the declassified sets (heldout13, new this session; heldout7, heldout10,
heldout12), by SHAPE, from `python -m timeline.evaluate --corpus tests/data/heldoutN -v` and a per-sentence check of
the extracted events at main c360e1f. n = declassified / dev (eval, gaps, gaps2, heldout, heldout2, heldout3, heldout4,
fresh6, dev11-*, dev12-*: the same lists). Statements missed with no event in their sentence (4 / 7) are helper
stmt15's; acts read only as the statement reporting them (R) helper actsay15's.

| shape                                                                          | n      | examples (excerpt: anchor)                 |
|--------------------------------------------------------------------------------|--------|--------------------------------------------|
| P  a passive in the reporter's own clause with a day of its own and no trigger | 9 / 3  | hn-03 "On Tuesday he was received at the   |
|    word: blocked by a pronoun subject, a participle of a state with a particle |        | State Department by X", pj-04 "was broken  |
|    ("broken up"), an irregular participle no list held ("found"), the future   |        | up by police on Sunday", yp-04 "were found |
|    auxiliary ("will be closed at noon on Friday"), own_not_acts with an agent  |        | in the rubble the next day", ex-01/ex-02   |
|    ("migrants were moved by Belarusian authorities"); others: coordinated with |        | "will be closed/shut at noon on Friday",   |
|    no subject ("and ... was shown four sites"), reported or in a which-clause  |        | lb-04, im-01, pj-01, pj-02; dev12-kinds    |
|    ("had been ordered back", "would be handed over", "being handed back")      |        | bl-03, heldout3 kr-02 ("in May 2018")      |
| T  travel of a person, aircraft or expedition, no visit read: a plan ("was due | 13 / 1 | hn-03 "was due to fly home to X this       |
|    to fly home", "will return to X in early September", "is due to leave X by  |        | evening", ar-02 "will return to St. ...",  |
|    sea"), a surname or an untitled traveller, an aside or pronoun before the   |        | hn-02 "Zelaya, whose ..., later flew to",  |
|    verb, an aircraft as subject ("landed at", "circled the airport"), "led a   |        | lb-04 "led a team of inspectors to",       |
|    team of inspectors to", "flew to X and met Y" (one clause, one event)       |        | yp-04 "flew to Seoul on Sunday and met"    |
| N  an act told as a noun with its own day or month after its object ("follows  | 5 / 2  | yp-01/yp-04 "the sinking of X in March",   |
|    the sinking of X in March", "The loss of X on 29 November ended", "the      |        | fj-04 "The loss of a Black Hawk ... on 29  |
|    Christmas Day grounding of", "a second ruling ... followed a month later")  |        | November", im-01, jk-01                    |
| S  an act in a subordinate, relative or participle clause ("after the military | 6 / 5  | hn-02 "after the military closed down",    |
|    closed down channels", "a week after soldiers bundled him out", ", who spent |        | hn-01 "a week after soldiers bundled",     |
|    Friday on the telephone", ", meeting in Rabat yesterday,", "killed when     |        | pj-04 x2, im-04, hn-01 "returned ... on    |
|    their helicopter went down last week")                                       |        | Friday"; dev: eq-03, pi-02 x3, ch-03       |
| O  an organisation's measure against a member or partner: "suspended Honduras",| 4 / 0  | hn-02 "The OAS had unanimously suspended   |
|    "suspended its military cooperation", "has cut joint military activities"   |        | Honduras", hn-01 x2, hn-02 (sanction->     |
|    (gold sanction; none or `other`)                                            |        | other)                                     |
| A  an agreement told by "agreed to <verb>" or a noun ("agreed to keep the      | 3 / 1  | pj-04, im-01 (->deployment), im-02         |
|    islet free of troops", "an understanding reached with the help of")          |        | (->statement); dev12-kinds gx-03 truce     |
| R  an act told before its attribution or in reported words, read only as the   | 8 / 9  | pj-01 "detained six Moroccan marines, the  |
|    statement (actsay15's)                                                      |        | Defence Ministry said", hn-01, hn-02, ...  |
| V  a verb no list holds, of perception, protest or plain deed ("heard          | 4 / 6  | yp-04 "heard artillery fire", yp-03 "took  |
|    artillery fire", "took a prompt powerful physical action", "marched on      |        | a ... physical action", im-03, sw-02;      |
|    parliament", "was back in Nicaragua")                                       |        | dev: "took samples", "presented fragments" |
| X  spun copy ("refuse ... accessibility to", "were offered 72 hrs to leave")   | 2 / 0  | ex-02 x2                                   |
| K  other read as another kind ("have left by ferry" ship_movement, "watched    | 3 / 6  | yp-04, zp-03 x2                            |
|    the final phase" statement, "firing rockets towards spectators" launch)     |        |                                            |

The still-blind sets' counts agree on the first shape: `--verb-classes` at main c360e1f, act verb passive gold / missed:
heldout9 17/6, heldout11 22/10, heldout14 16/2, heldout5 15/1; modal (plans) missed 3, 3, 1, 4.

Fixed this session (rows below): T (travel.py: a verb of movement and a named place, "home" or a craft left, with a
day of its own; data/travel.toml); S in part (meetaside.py: "X, meeting in Y on Z," a sitting; data/meetaside.toml);
P (actfirst.own_passives: "will be" passives planned; "he/she/they" with an agent
after "by"; a state's participle with a particle, "broken up"; irregular participles "found", "sworn", ...; people
moved by a named agent; "received/hosted/greeted by X" a meeting; data: actfirst.toml more_participles,
moved_by_agent, received).
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import ActRow, check_row, kinds_found, make_excerpt, missed_cases
from timeline.events import extract_strict

PUBLISHED = "2023-03-10"  # a Friday

R = Row = ActRow

# P: acts told in the passive in the reporter's own clause with a day of their own, that no trigger word reads.
PASSIVES = [
    # the future auxiliary: a plan with its day
    R("The two trade offices will be closed at noon on Monday.", "other", "will be closed at noon on Monday", None,
      "planned", "2023-03-13"),
    R("The border post at Lasva will be shut on Thursday, the interior ministry said.", "other",
      "will be shut on Thursday", None, "planned|reported_claim"),
    # a participle of a state that a particle makes an act
    R("A sit-in outside the French embassy in Bamako was broken up by riot police on Sunday.", "other",
      "was broken up by riot police on Sunday", None, None, "2023-03-05"),
    R("The two activists were taken away by plainclothes officers on Tuesday.", "other",
      "were taken away by plainclothes officers", None, None, "2023-03-07"),
    # irregular participles no list held
    R("The bodies of three fishermen were found on a beach near Tumbes on Wednesday.", "other",
      "were found on a beach near Tumbes", None, None, "2023-03-08"),
    R("The general was sworn in as interim president on Thursday.", "other", "was sworn in as interim president",
      None, None, "2023-03-09"),
    # a pronoun subject with a named agent after "by": a reception is a meeting
    R("On Tuesday he was received at the Elysee Palace by President Emmanuel Macron.", "meeting",
      "he was received at the Elysee Palace by President Emmanuel Macron", "Emmanuel Macron", None, "2023-03-07"),
    R("The Ukrainian foreign minister was hosted by Sultan Haitham bin Tariq in Muscat on Monday.", "meeting",
      "was hosted by Sultan Haitham bin Tariq"),
    R("They were detained by border guards near Narva on Saturday.", "other", "were detained by border guards"),
    # people moved by a named agent (never forces sent: negatives)
    R("On Monday, some 300 asylum seekers were moved by Polish authorities from the camp to a school in Bialystok.",
      "other", "were moved by Polish authorities", "Poland", None, "2023-03-06"),
]

# T: travel of people, aircraft and expeditions in the reporter's own clause, with a day of its own, that no visit
# read (a surname or untitled traveller, an aircraft, a plan, a place after "home"/"empty-handed").
TRAVEL = [
    R("Guaido was due to fly home to Caracas this evening.", "other", "was due to fly home to Caracas", None,
      "planned", "2023-03-10"),
    R("The envoy, Jean-Yves Le Drian, returned empty-handed from Beirut on Thursday.", "other",
      "returned empty-handed from Beirut on Thursday", None, None, "2023-03-09"),
    R("On 4 March, a Royal Air Force A400M carrying 30 tonnes of tents and medical supplies landed at Adana airport.",
      "other", "landed at Adana airport", None, None, "2023-03-04"),
    R("The freed aid worker walked off a plane in Rome late Thursday.", "other", "walked off a plane in Rome", None,
      None, "2023-03-09"),
    R("Rafael Grossi led a team of IAEA inspectors to Zaporizhzhia on Wednesday.", "other",
      "led a team of IAEA inspectors to Zaporizhzhia", None, None, "2023-03-08"),
    R("The research expedition will return to Murmansk in early October.", "other",
      "will return to Murmansk in early October", None, "planned"),
    R("The first charter flight from Khartoum is due to take off on Saturday with 150 passengers.", "other",
      "is due to take off on Saturday", None, "planned", "2023-03-11"),
    # a voyage: a ship word as subject, or "by sea"
    R("The two icebreakers are due to start the voyage home on Sunday.", "ship_movement",
      "are due to start the voyage home on Sunday", None, "planned", "2023-03-12"),
    R("The last of the chemical weapons is due to leave Latakia by sea next week.", "ship_movement",
      "is due to leave Latakia by sea next week", None, "planned"),
]

# S (in part): a sitting told by a participle aside after its members, with a day of its own, beside the main verb.
SITTINGS = [
    R("Arab League foreign ministers, meeting in Cairo on Sunday, condemned the blockade of the port.", "meeting",
      "meeting in Cairo on Sunday", None, None, "2023-03-05"),
    R("The defence chiefs of Sweden and Finland, meeting in Stockholm yesterday for the first time since the vote, agreed "
      "to pool their air forces.", "meeting", "meeting in Stockholm yesterday", None, None, "2023-03-09"),
    R("Gulf leaders, gathered in Riyadh on Tuesday, called for an immediate ceasefire.", "meeting",
      "gathered in Riyadh on Tuesday", None, None, "2023-03-07"),
    R("NATO envoys, meeting in emergency session on Thursday, approved the deployment of AWACS planes.", "meeting",
      "meeting in emergency session on Thursday", None, None, "2023-03-09"),
]

# N (in part): an act told as a noun with its own month after a present verb of sequence ("It also follows the sinking
# of X in March"); V (in part): unnamed doers of plain deeds no subject list held ("navy divers", "engineers").
NOUNS_AND_DOERS = [
    R("It also follows the sinking of the patrol boat Shaheed in June, which killed 12 sailors.", "other",
      "the sinking of the patrol boat Shaheed in June", None, None, "2022-06-01"),
    R("The crackdown comes after the seizure of the tanker Advantage Sweet in April.", "other",
      "the seizure of the tanker Advantage Sweet in April"),
    R("Norwegian navy divers recovered the second flight recorder on Friday.", "other",
      "recovered the second flight recorder", "Norway", None, "2023-03-10"),
    R("Italian engineers dismantled the radar on Wednesday.", "other", "dismantled the radar", "Italy", None,
      "2023-03-08"),
]

MISSED: dict[str, str] = {}

NEGATIVES = [
    # forces or people sent are a deployment's or no act, agent or not
    ("Divers were sent to recover the wreckage on Tuesday.", ["other"], 0),
    ("Extra police units were sent to the border by the interior ministry on Tuesday.", ["other"], 0),
    # states, makeup and judgement told in the passive are no act
    ("The delegation was made up of six ministers on Monday.", ["other"], 0),
    ("The talks were seen as a breakthrough on Monday.", ["other"], 0),
    ("The minister was widely criticised by the opposition on Monday.", ["other", "meeting"], 0),
    # a reception with no agent and no day is no meeting; a letter received is none either
    ("The ambassador was received warmly.", ["meeting", "other"], 0),
    ("The letter was received by the ministry on Monday.", ["meeting"], 0),
    # "by" that names no agent
    ("The ferry was overtaken by events on Monday.", ["meeting"], 0),
    # a hypothetical or a condition in the future passive is no plan with its day
    ("The two compounds would be closed on Friday if the talks failed.", ["other"], 0),
    ("The crossing will not be reopened on Friday, officials said.", ["other"], 0),
    # T: idioms of movement with no named place or home are no travel
    ("The junta came to power in 2021 and returned to the negotiating table on Monday.", ["other"], 0),
    ("The economy took off on Monday.", ["other"], 0),
    ("Inflation returned to normal levels on Tuesday.", ["other"], 0),
    # travel of the past with only a year is background; a who/which clause's travel is its head's background
    ("Orban flew to Moscow in 2019 to meet the president.", ["other"], 0),
    ("The tanker, which had left Novorossiysk on 2 March, anchored off Piraeus on Thursday.", ["other"], 0),
    # travel told in a speaker's words is the speaker's claim, read elsewhere
    ('"Our delegation will fly to Geneva on Monday," the spokesman said.', ["other"], 0),
    # S: a participle aside with no day of its own, or after a clause's verb (its object's), is no sitting of its own here
    ("Arab League ministers, meeting in Cairo, condemned the blockade.", ["meeting"], 0),
    ("The spokesman said the envoys, meeting in Doha on Monday, had made progress.", ["meeting"], 0),
    # N, V: a present of sequence before a practice or a plan is no act; experts' beliefs and habits are none
    ("The inquiry follows standard practice.", ["other"], 0),
    ("The summit comes after talks on the release of the tanker in April.", ["other"], 0),
    ("Experts believed the talks would fail.", ["other"], 0),
    ("Scientists have long studied the glacier.", ["other"], 0),
]


def _events(text: str) -> list:
    return extract_strict(make_excerpt(text, published=PUBLISHED))


@pytest.mark.parametrize("row", missed_cases(PASSIVES, MISSED))
def test_a_passive_of_the_reporters_own_clause_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize(("text", "kinds", "most"), NEGATIVES, ids=[n[0][:48] for n in NEGATIVES])
def test_no_false_passive_act_is_read(text: str, kinds: list[str], most: int) -> None:
    found = kinds_found(_events(text), kinds)
    assert len(found) <= most, found


def test_a_future_passive_with_a_condition_is_no_plan() -> None:
    """"will be closed on Friday if the talks fail": the act hangs on the condition, it is not planned."""
    found = [e for e in _events("The two compounds will be closed on Friday if the talks fail.") if e.kind.value == "other"]
    assert found and all(e.modality.value == "conditional" for e in found), [(e.modality.value, e.evidence.exact)
                                                                            for e in found]


@pytest.mark.parametrize("row", missed_cases(TRAVEL, MISSED))
def test_travel_in_the_reporters_own_clause_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(SITTINGS, MISSED))
def test_a_sitting_told_by_a_participle_aside_is_read(row: Row) -> None:
    check_row(_events(row.text), row)


@pytest.mark.parametrize("row", missed_cases(NOUNS_AND_DOERS, MISSED))
def test_a_noun_act_after_a_sequence_verb_or_an_unnamed_doer_is_read(row: Row) -> None:
    check_row(_events(row.text), row)
