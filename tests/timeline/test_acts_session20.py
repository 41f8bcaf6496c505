"""Session 20 (acts20): acts and statements the record missed because no list held their verb, noun or speech form.

Table 1: every required gold event that main ab9f0b1 missed on heldout16 (h16, declassified this session: 38) and on the
older declassified sets (h14 20, h15 26, h11 26, h9 30, h13 17, h7 15, h10 10, h12 8: 152), each read by hand with the
events of its sentence (`timeline.evaluate -v` and each sentence's events), by why (one each, the first that applies):

| why the gold event was lost                                                    | h16 | h14 h15 h11 h9 h13 h7 h10 h12 | all |
|--------------------------------------------------------------------------------|-----|-------------------------------|-----|
| N  its act verb or noun is in no list (classes in Table 2)                      |  12 |   2   9   6  7   4  1   1   0 |  42 |
| V  a speech form no list holds (Table 2)                                        |   6 |   2   3   2  5   0  0   2   0 |  20 |
| K  the speaker not found ("Officials here insist", "said federation chairman X", |   2 |   3   3   5  1   0  0   0   0 |  14 |
|    "NATO's 29 members said", "according to a tally kept by", "Arms-control      |     |                               |     |
|    groups say", "according to Communique No. 8 of X")                           |     |                               |     |
| S  read as (part of) a statement: a plan, threat or request in reported words,  |   5 |   3   3   3  7   1  5   2   2 |  31 |
|    an act noun a statement names ("broadcast his promise to dismantle")          |     |                               |     |
| T  the statement was read, but another gold event of its sentence whose act no   |   5 |   0   1   2  1   2  1   0   1 |  13 |
|    list read took it ("<act no list holds>, officials said")                    |     |                               |     |
| G  a list holds it, a guard refused it ("is believed to be on station", "tried   |   1 |   1   0   1  1   0  0   0   0 |   4 |
|    to storm", an act noun after a preposition)                                  |     |                               |     |
| P  an agentless passive no reader takes ("reservists had been called up", "was   |   0 |   1   0   2  1   3  0   0   0 |   7 |
|    hailed and allowed through", "were lifted off by helicopter")                |     |                               |     |
| C  a clause or evidence shape (a second predicate after "and", a who/which/that  |   7 |   6   4   2  3   6  4   3   5 |  40 |
|    clause, a when/after clause, a sequel ", killing ...", a gapped second object)|     |                               |     |
| Z  spun copy ("damaged off relations", "remembered its ambassador", "mentioned") |   0 |   2   3   3  4   1  4   2   0 |  19 |
| (headline or caption: none)                                                     |     |                               |     |
| all                                                                             |  38 |  20  26  26 30  17 15  10   8 | 190 |

Table 2: the N and V rows by the class of the missing word (never the word alone):

| class                                                                                     | h16 | older | fixed here     |
|-------------------------------------------------------------------------------------------|-----|-------|----------------|
| N decisions and bodies' acts ("the decision to use force was taken", "agreed a consensus", |   0 |  11   | step 4: 1      |
|   "will hold an election", "is expected to approve", "extended its fishing limit",        |     |       |                |
|   "awarded to X by a court", "took action", "handed him full powers")                     |     |       |                |
| N travel, contact and presence ("aircraft were waiting at the airport", "is expected off", |   2 |   5   | step 2: 2      |
|   "arrives at", "is sending X to", "was back in", "on the telephone to", "circled")        |     |       |                |
| N places that change hands ("took the palace", "lost the town of", "abandoned the         |   1 |   5   | step 2: 2      |
|   capital", "drove X from Y", "recovered on <day>")                                      |     |       |                |
| N act nouns with a verb of course ("the offensive began", "the quarantine itself",       |   0 |   4   |                |
|   "some 120 flights", "the exercises on the streets")                                     |     |       |                |
| N expiry and silence ("the contract expires", "runs out", "fell silent")                  |   0 |   3   |                |
| N a force's surrender ("the garrison ... surrendered")                                    |   1 |   0   | step 1: 1      |
| N a life lost ("lost his life")                                                          |   1 |   0   | step 1: 1      |
| N trade cut off from a state ("agreed to ban all imports from X", "Imports from X were    |   2 |   0   | step 1: 2      |
|   also suspended")                                                                       |     |       |                |
| N a resolution told adopted by its number (a participle after its noun)                   |   1 |   0   | (0: its span)  |
| N ships that gather ("are to gather at"), a crowd that fills a square, checks of trucks   |   3 |   0   | steps 1-2: 3   |
|   at a crossing (step 2: the crowd and the checks)                                        |     |       |                |
| N a force's size ("now numbers more than 40 ships"), looting, fielding a missile          |   1 |   2   |                |
| V recounting and knowing ("the newspaper recalls", "The Herald understands", "which it    |   0 |   6   |                |
|   repeated", "made known", "now say", ", adding that")                                   |     |       |                |
| V speech by its occasion or medium ("went on state television to announce", "addressed    |   1 |   3   |                |
|   the Council", "broke his silence in a video address", "in a speech noting")            |     |       |                |
| V a stance ("gave the quarantine only cautious support", "sided with", "has called X 'Y'", |   1 |   3   | step 3: 1      |
|   "cited as proof")                                                                      |     |       |                |
| V estimates as claims ("put the yield at 5 to 15 kilotons")                               |   2 |   0   | step 1: 2      |
| V a confirmation withheld ("would not confirm the account", "did not confirm")            |   1 |   1   | step 1: 2      |
| V a paper's own piece ("carried an article titled")                                       |   1 |   0   | (0: see below) |
| V an instruction to deliver a note                                                        |   0 |   1   |                |

Of the T row, the acts no list held: troops "put ashore" by a ship and funeral prayers held (step 2: their statements
come back too), helicopters' troops that "descended onto" a ship inside a "when" clause, "His first round with X lasted five
hours" (a meeting told by its noun), two acts merged ("recalled X, called off Y").

Step 1 (data only: triggers.toml [[rare]], military.toml ship_verbs, speech.toml reporting_verbs and refusal_verbs): a
force's surrender ("the garrison, 200 men in all, surrendered", "the crew capitulated", "the defenders laid down their
arms"; never papers or seats surrendered); a life lost ("lost his life"; never "nearly lost his life"); trade cut off
from a state, active and passive ("agreed in Brussels to ban all imports from X", "Imports from X were also suspended";
never "imports fell", nor an infinitive after an order: "ordered the state oil firm to halt exports to X" stays the
order, as older rows hold); a resolution told adopted by its number; ships that gather at a place; captives handed over,
repatriated, deported or extradited (never power handed over, nor a demand "be handed over", nor after "and", where the
evidence came out too short for its anchor, nor a year as the captives: "In 2019, X repatriated citizens" keeps X the
doer); a paper's own article, commentary or editorial as its statement (a known agency with a day between it and its
verb, "Rodong Sinmun today carried an article", is still missed: frames' outlet path wants them adjacent); estimates
("put the death toll at 45") as claims; a confirmation withheld ("would not confirm", "did not confirm") as a refusal to
speak. Missed: h16 38 -> 30, h15 26 -> 25; no other declassified or dev set changed.

Step 2 (data only, rows below ROWS2): troops put ashore, funerals held, checks of trucks and cargo, a crowd that fills a
square, a ship expected off a port, places that change hands ("took the palace", "lost the town of", "abandoned the
capital", "fell to the rebels"), calls told as time on the telephone, a known outlet's own piece (outlet_verbs). Missed:
h16 30 -> 25 (and 2 kinds right), h15 25 -> 24, h13 17 -> 16; no other declassified or dev set changed.

Step 3 (data only, ROWS3): a response in measures promised ("would respond with 'adequate' measures", "would take resolute
countermeasures": a sanction, as "vowed to take countermeasures" was), joint drills with a state called off (defence ties
cut: a sanction; its statement comes back), a side taken ("have sided squarely with X": a statement). Missed: h16 25 -> 24
(and 1 kind right), h14 20 -> 19, h9 30 -> 29, h7 15 -> 14; no other set changed. Tried and dropped: texts and measures
that lapse or take effect ("the truce came into force at midnight"; in a "that" clause the evidence came out as the words
before it) and decisions told as taken ("the decision to use force was taken on Wednesday"): each added an extra on a
blind set (heldout6, heldout5) for one or two matches on the declassified ones.
Step 4 (data only, ROWS4): reservists called up (a deployment: "reservists had been called up in the southern
provinces", "called up 5,000 reservists") and power handed over in the passive or to a person ("power had been handed to
the army chief", "handed him full presidential powers"). Missed: h14 19 -> 18, h15 24 -> 23; no other set changed.

Rows are fresh sentences (invented names, places and days; other crises, outlets and years), with the non-act senses.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_any, make_excerpt, shown
from timeline.events import extract

# sentence, published, kind, anchor, actor ("" = unnamed, None = not checked), day ("" = not checked, None = undated)
ROWS = [
    # a force's surrender
    ("The rebel garrison, some 200 men in all, surrendered on Tuesday after a brief exchange of fire.", "2016-05-20",
     "other", "The rebel garrison, some 200 men in all, surrendered", None, "2016-05-17"),
    ("Government troops in the northern town surrendered to the insurgents on Monday.", "2016-05-20", "other",
     "Government troops in the northern town surrendered", None, "2016-05-16"),
    ("The crew of the patrol boat capitulated after a two-hour siege.", "1998-03-06", "other",
     "The crew of the patrol boat capitulated", None, ""),
    ("The last defenders of the fort laid down their arms on Wednesday.", "1998-03-06", "other",
     "laid down their arms", None, "1998-03-04"),
    # a life lost
    ("Lieutenant Arno Vesk lost his life in the exchange of fire on Sunday, the army said.", "2003-11-12", "other",
     "Arno Vesk lost his life", None, ""),
    ("Four Kaldoran sailors lost their lives when the corvette sank on 2 March.", "2003-11-12", "other",
     "Four Kaldoran sailors lost their lives", None, ""),
    # trade cut off from a state
    ("Imports from Valdivia were also suspended.", "2011-02-08", "sanction", "Imports from Valdivia were also suspended",
     None, None),
    ("The bloc's 27 members agreed in Brussels on Saturday to ban all imports from Valdivia.", "2011-02-08", "sanction",
     "agreed in Brussels on Saturday to ban all imports from Valdivia", None, "2011-02-05"),
    ("Exports of grain to Ruvia were halted on Monday.", "2011-02-08", "sanction", "Exports of grain to Ruvia were halted",
     None, "2011-02-07"),
    # a resolution named by its number, told adopted
    ("Resolution 2231, adopted on Saturday by the Security Council, demands an immediate ceasefire.", "2015-07-22",
     "other", "Resolution 2231, adopted on Saturday by the Security Council", None, "2015-07-18"),
    # ships that gather at a place
    ("The ships are to gather at Port Elim before heading on to the islands.", "1990-08-20", "ship_movement",
     "The ships are to gather at Port Elim", None, ""),
    ("Six frigates assembled off Cape Ruva on Monday, the navy said.", "1990-08-20", "ship_movement",
     "Six frigates assembled off Cape Ruva", None, ""),
    # captives handed over or sent home
    ("Forty detainees were handed over to Kaldoran officials at the border post on Friday.", "2019-04-14", "other",
     "Forty detainees were handed over to Kaldoran officials", None, "2019-04-12"),
    ("The 12 fishermen were repatriated through the Pelo crossing on Thursday.", "2019-04-14", "other",
     "The 12 fishermen were repatriated", None, "2019-04-11"),
    # a paper's own piece, an estimate, a confirmation withheld: statements of their speaker
    ("The party daily Narodna Zora today carried an article titled \"No retreat from the shoals\".", "2014-06-03",
     "statement", "Narodna Zora today carried an article", None, "2014-06-03"),
    ("Pravda on Monday published a commentary accusing Washington of lying.", "1983-09-07", "statement",
     "Pravda on Monday published a commentary", "Pravda", "1983-09-05"),
    ("Kaldor's defence minister, Ivo Sarin, put the death toll at 45.", "2014-06-03", "statement",
     "Ivo Sarin, put the death toll at 45", "Ivo Sarin", ""),
    ("The seismological institute in Oslo puts the yield at under one kiloton.", "2014-06-03", "statement",
     "puts the yield at under one kiloton", None, ""),
    ("The Foreign Ministry in Tarsk would not confirm the account.", "2014-06-03", "statement",
     "would not confirm the account", None, ""),
    ("The Pentagon did not confirm the strike on Monday.", "2014-06-03", "statement",
     "The Pentagon did not confirm the strike", None, "2014-06-02"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS, ids=[r[3][:40] for r in ROWS])
def test_acts20_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# (text, kind, words): the non-act senses of the new words: no event of that kind holds the words. ("handed over power" is
# guarded too, but another reader takes that phrase as an act already.)
NOT_ACTS = [
    ("The two men surrendered their passports to the court on Monday.", "other", "surrendered their passports"),
    ("The mayor nearly lost his life in the 1999 floods, he told the paper.", "other", "lost his life"),
    ("Imports fell by a third in March, the statistics office said.", "sanction", "Imports fell"),
    ("The ships' crews gathered at the quay on Sunday for the ceremony.", "ship_movement", "crews gathered at the quay"),
    ("Ankara demanded that the ships and the crews be handed over without delay.", "other", "be handed over"),
    ("The freighter carried a cargo of grain to Odessa.", "statement", "carried a cargo"),
    ("The sailors put the ship at anchor off the cape.", "statement", "put the ship at anchor"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS, ids=[r[2] for r in NOT_ACTS])
def test_acts20_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)


# Step 2 (data only: triggers.toml [[rare]], speech.toml outlet_verbs): troops put ashore, funerals held, checks of
# traffic at a border, a crowd that fills a square, a ship expected off a port, places that change hands, calls told as
# time on the telephone, a known outlet's own piece. Tried and dropped: speech told by its medium ("went on state
# television to announce", as reporting verbs): heldout15 +1, but where the infinitive's "to announce" was read already
# it made a second statement of the same words (an extra on heldout14).
ROWS2 = [
    ("The corvette, which put a company of marines ashore on the island last month, has not been heard from since.",
     "2016-05-20", "deployment", "which put a company of marines ashore on the island last month", None, "2016-04-01"),
    ("Funeral prayers will be held at the central mosque in Kerem on Friday, the governor's office said.", "2016-05-18",
     "other", "Funeral prayers will be held at the central mosque in Kerem on Friday", None, "2016-05-20"),
    ("The state funeral was held in Varna on Saturday.", "2016-05-20", "other", "The state funeral was held in Varna",
     None, "2016-05-14"),
    ("Customs officers began checking trucks on the bridge at Pelo within days of the blast.", "2016-05-20", "other",
     "Customs officers began checking trucks on the bridge at Pelo", None, ""),
    ("Border guards inspected dozens of lorries at the Kura crossing on Tuesday.", "2016-05-20", "other",
     "Border guards inspected dozens of lorries at the Kura crossing", None, "2016-05-17"),
    ("A crowd estimated at 50,000 filled the main square of Tarsk on Friday.", "2016-05-20", "other",
     "A crowd estimated at 50,000 filled the main square of Tarsk", None, "2016-05-20"),
    ("The freighter Aurora is expected off the coast this weekend.", "2016-05-18", "ship_movement",
     "The freighter Aurora is expected off the coast this weekend", None, "2016-05-21"),
    ("The day before, soldiers took the presidential palace in Kerem.", "2016-05-20", "other",
     "soldiers took the presidential palace", None, ""),
    ("Kaldoran jets bombed the airport on Monday and the rebels lost the town of Pelo on Wednesday.", "2016-05-20",
     "other", "the rebels lost the town of Pelo on Wednesday", None, "2016-05-18"),
    ("The militia abandoned the capital overnight.", "2016-05-20", "other", "The militia abandoned the capital", None, ""),
    ("The town of Kura fell to government troops on Sunday.", "2016-05-20", "other",
     "The town of Kura fell to government troops on Sunday", None, "2016-05-15"),
    ("The envoy spent much of Friday and Saturday on the telephone to Tarsk and Varna.", "2016-05-20", "meeting",
     "spent much of Friday and Saturday on the telephone to Tarsk and Varna", None, ""),
    # a known outlet speaks by its piece (speech.toml outlet_verbs); with a day between the outlet and its verb it is
    # still missed (strict xfail below)
    ("The Global Times ran an editorial on Friday calling the drills a warning.", "2016-05-20", "statement",
     "The Global Times ran an editorial on Friday", "Global Times", "2016-05-20"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS2, ids=[r[3][:40] for r in ROWS2])
def test_acts20_step2_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


NOT_ACTS2 = [
    ("The ruling party lost the election in March.", "other", "lost the election"),
    ("The minister took the decision on Monday after a long night.", "other", "took the decision"),
    ("Share prices fell to their lowest level in a decade.", "other", "fell to their lowest level"),
    ("The minister said on the telephone to reporters that talks would resume.", "meeting", "on the telephone to reporters"),
    ("A ruling on the ship is expected in June.", "ship_movement", "is expected in June"),
    ("Hundreds of patients filled the hospital wards.", "other", "filled the hospital wards"),
    ("The clerks began checking the ballots on Monday.", "other", "began checking the ballots"),
    ("The mourners talked of a funeral for weeks.", "other", "a funeral"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS2, ids=[r[2] for r in NOT_ACTS2])
def test_acts20_step2_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)


# Session 22 (speak22): read since frames.OUTLET_DAY_GAP_RE lets a day stand between a known outlet and its verb (the
# strict xfail passed: a plain row now).
def test_acts20_outlet_piece_with_a_day_between() -> None:
    check_clause_row("Xinhua on Monday published a commentary accusing Manila of provocation.", "2016-05-20",
                     "statement", "Xinhua on Monday published a commentary", None, "2016-05-16")


# Step 3 (data only: triggers.toml [[rare]], speech.toml reporting_verbs): a response in measures promised ("would respond
# with 'adequate' measures", "would take resolute countermeasures": a sanction, threatened), joint drills with a state
# called off (defence ties cut: a sanction), a side taken ("have sided squarely with X": a stance, a statement).
ROWS3 = [
    ("Kremlin spokesman Oleg Rinn said on Thursday that Moscow would respond with \"adequate\" measures.", "2016-12-30",
     "sanction", "Moscow would respond with", None, None),
    ("The spokesman said the Republic would respond with measures of its own against Kaldoran companies.", "2018-02-03",
     "sanction", "the Republic would respond with measures of its own", None, None),
    ("Beijing said it would take resolute countermeasures against the two firms.", "2020-07-15", "sanction",
     "it would take resolute countermeasures", None, None),
    ("Athens recalled its ambassador from Tarsk, called off two joint naval exercises with Kaldor and summoned the "
     "Kaldoran envoy, the foreign ministry said.", "2010-06-01", "sanction",
     "called off two joint naval exercises with Kaldor", None, None),
    ("Athens recalled its ambassador from Tarsk, called off two joint naval exercises with Kaldor and summoned the "
     "Kaldoran envoy, the foreign ministry said.", "2010-06-01", "statement", "the foreign ministry said", None, None),
    ("Qatar and the other Gulf monarchies have sided squarely with Rabat.", "2021-11-02", "statement",
     "have sided squarely with Rabat", None, None),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS3, ids=[r[3][:40] for r in ROWS3])
def test_acts20_step3_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


NOT_ACTS3 = [
    ("The government will respond with measures to protect farmers.", "sanction", "respond with measures to protect"),
    ("The army responded with force on Monday.", "sanction", "responded with force"),
    ("The navy called off the exercises because of the storm.", "sanction", "called off the exercises"),
    ("The court sided with the government in 2019.", "statement", "sided with the government"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS3, ids=[r[2] for r in NOT_ACTS3])
def test_acts20_step3_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)


# Step 4 (data only: triggers.toml [[rare]]): reservists called up (a deployment, passive or active) and power handed
# over in the passive or to a person (a transfer of power, `other`).
ROWS4 = [
    ("Kaldoran papers reported that reservists had been called up in the northern provinces.", "1978-12-22",
     "deployment", "reservists had been called up in the northern provinces", None, None),
    ("The army called up 5,000 reservists on Monday.", "2016-05-20", "deployment", "called up 5,000 reservists", None,
     "2016-05-16"),
    ("State television said power had been handed to the army chief, General Ivo Rask.", "2021-02-01", "other",
     "power had been handed to the army chief", None, None),
    ("The court ruled that the council had acted lawfully when it handed him full presidential powers on Tuesday.",
     "2009-03-19", "other", "handed him full presidential powers on Tuesday", None, "2009-03-17"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS4, ids=[r[3][:40] for r in ROWS4])
def test_acts20_step4_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


NOT_ACTS4 = [
    ("The coach called up three new players for the match.", "deployment", "called up three new players"),
    ("The minister said more power should be given to the regions.", "other", "power should be given to the regions"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS4, ids=[r[2] for r in NOT_ACTS4])
def test_acts20_step4_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)
