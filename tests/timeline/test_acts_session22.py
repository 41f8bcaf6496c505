"""Session 22 (acts22): acts and their kinds on unseen text: the words no list held, read on heldout18 (declassified).

Table 1: every required gold act (statements apart: speak22's) that main 6139bf0 missed or mis-kinded on heldout18 (h18:
38 missed, 22 wrong kinds of which 12 "statement" for an act an attribution after it swallowed) and on the declassified sets
heldout9-17 (h9-17: 88 missed, 54 wrong kinds), read by hand with the events of each sentence, by cause (one each, the
first that applies; `timeline.evaluate -v`, `--by-kind`, `--shapes`, `--verb-classes --words`):

| cause                                                                                 | h18 miss/kind | h9-17 miss/kind | fixed here (h18) |
|---------------------------------------------------------------------------------------|---------------|-----------------|------------------|
| B  boats and ships moving by words no list held ("had headed home", "went home",       |   3 / 2       |   6 / 3         |  5               |
|    "gathered outside ... harbour", "appeared off", "is expected in ... harbour")        |               |                 |                  |
| N  an act told by its noun and "began" with its own time ("The shooting began          |   0 / 2       |   3 / 0         |  2               |
|    yesterday afternoon, ..., the French command said", "the offensive began on Sunday")  |               |                 |                  |
| R  relations broken or restored in the passive ("relations ... had been broken on      |   0 / 1       |   0 / 1         |  1               |
|    20 July", "Diplomatic relations, which X broke off ..., will be restored")          |               |                 |                  |
| M  a sitting ahead or held with an adverb or participle ("would probably meet Friday",  |   0 / 2       |   2 / 1         |  2               |
|    "is to resume its debate today", "ministers meeting on Monday agreed")              |               |                 |                  |
| L  troops that landed with an adverb no list held ("landed unopposed on the island")  |   1 / 0       |   0 / 0         |  1               |
| T  casualty tallies ("put their own losses at 21 dead", "At least 12 of them have      |   6 / 1       |   4 / 1         |  0 (see below)   |
|    died", "24 Cubans and 45 Grenadians had died")                                       |               |                 |                  |
| S  a state or standing force told, no verb of motion ("French troops are still in the  |   4 / 0       |   6 / 2         |  0               |
|    town", "some 7,000 men now held the base", "had ringed the base since Monday")      |               |                 |                  |
| C  clause shapes: a second predicate, relative and time clauses, a participle after   |   9 / 6       |  31 / 19        |  0               |
|    the act ("seizing the island's two airports"), a list                                |               |                 |                  |
| W  other words no list held ("took part in the landing", "was tabled by", "carried     |  15 / 8       |  36 / 27        |  0               |
|    the first 57 wounded to Havana", "issued 41 licences", "were flown out to", spun copy) |             |                 |                  |
| all                                                                                   |  38 / 22      |  88 / 54        | 11               |

T was left: the open golds count a tally as its own `other` event in heldout18 (7) but seldom elsewhere (session 21 found
", killing N" counted once in 18 places), so a tally reader would trade heldout18's recall for extras on the other sets.
Rows are fresh sentences (other crises, outlets and years); each row failed on main 6139bf0, each guard passed there.
The dev corpus `tests/data/dev22-acts` (turbot war 1995, Belize 1977; gold frozen before the first run) holds these shapes
in running copy: 82/100/80/88 on main, 98/100/96/94 with this session's rules.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_any, make_excerpt, shown
from timeline.events import extract

# (text, published, kind, anchor, actor or None (not checked), day or None (undated) or "" (not checked))
ROWS = [
    # B: boats with no type word and ships moving by words no list held
    ("By Sunday evening most of the Vietnamese boats had headed home.", "2014-05-13", "ship_movement",
     "most of the Vietnamese boats had headed home", None, "2014-05-11"),
    ("The Filipino boats went home on Tuesday after the standoff.", "2012-04-13", "ship_movement",
     "The Filipino boats went home on Tuesday", None, "2012-04-10"),
    ("Some 40 boats gathered off the reef on Friday.", "2016-07-18", "ship_movement",
     "Some 40 boats gathered off the reef on Friday", None, "2016-07-15"),
    ("When two Iranian patrol boats appeared off the island on Thursday, the tanker turned back.", "2019-07-20",
     "ship_movement", "two Iranian patrol boats appeared off the island on Thursday", None, "2019-07-18"),
    ("The damaged freighter is expected in port at Piraeus on Saturday.", "2019-07-10", "ship_movement",
     "The damaged freighter is expected in port at Piraeus on Saturday", None, "2019-07-13"),
    # N: an act's noun and "began" with a time of its own, before its attribution
    ("The chase began early on Sunday, the coastguard said.", "2016-04-05", "other",
     "The chase began early on Sunday", None, "2016-04-03"),
    ("The airlift began on Monday night, a defence ministry spokesman said in Paris.", "2013-01-16", "deployment",
     "The airlift began on Monday night", None, "2013-01-14"),
    # R: relations cut or restored in the passive
    ("The foreign minister confirmed that diplomatic relations with Qatar had been severed on Monday.", "2017-06-07",
     "other", "diplomatic relations with Qatar had been severed on Monday", None, "2017-06-05"),
    ("The Security Council said on Monday that consular ties with Belgrade would be restored on Friday.", "2008-03-12",
     "other", "consular ties with Belgrade would be restored on Friday", None, "2008-03-14"),
    # M: a sitting ahead with an adverb, a debate resumed, ministers meeting as a participle
    ("Diplomats said the Security Council would probably meet on Thursday.", "2011-03-15", "meeting",
     "the Security Council would probably meet on Thursday", None, "2011-03-17"),
    ("The General Assembly is to resume its debate on Friday.", "2011-03-15", "meeting",
     "The General Assembly is to resume its debate on Friday", None, "2011-03-18"),
    ("Arab League foreign ministers meeting in Cairo on Saturday agreed to suspend Syria.", "2011-11-14", "meeting",
     "Arab League foreign ministers meeting in Cairo on Saturday", None, "2011-11-12"),
    ("The meeting will be held in Vienna on Monday, diplomats said.", "2015-07-09", "meeting",
     "The meeting will be held in Vienna on Monday", None, "2015-07-13"),
    ("Mr Rutte had spoken to Curacao's Prime Minister Gilmar Pisas on Wednesday, his office said.", "2023-02-10",
     "meeting", "had spoken to Curacao's Prime Minister Gilmar Pisas on Wednesday", None, "2023-02-08"),
    ("Mr Rudd had spoken by telephone with Mr Obama on Monday.", "2009-03-25", "meeting",
     "had spoken by telephone with Mr Obama on Monday", None, "2009-03-23"),
    # W: forces that took part in an act of force, before its attribution
    # (with a day of its own the noun alone was read already: "took part in the assault on Sunday")
    ("More than 2,000 paratroopers, backed by helicopters, took part in the landing, the statement said.", "2021-09-08",
     "other", "More than 2,000 paratroopers, backed by helicopters, took part in the landing", None, None),
    # S: forces put on ground held ("Jamaica has put 150 soldiers on the island": heldout18), a deployment
    ("The army put 3,000 troops on the streets of the capital on Monday.", "2019-10-23", "deployment",
     "The army put 3,000 troops on the streets of the capital on Monday", None, "2019-10-21"),
    ("Estonia has put 200 soldiers on the island, the defence ministry said.", "2019-10-23", "deployment",
     "Estonia has put 200 soldiers on the island", None, None),
    # L: troops that landed "unopposed", a passive "had been told to" after
    ("A company of Dutch marines landed unopposed on the island on Tuesday and found no trace of the militia they had "
     "been told to expect.", "2004-06-10", "deployment",
     "A company of Dutch marines landed unopposed on the island on Tuesday", None, "2004-06-08"),
]




def test_acts22_start_and_the_act_that_opened_it_are_two() -> None:
    # "The X began ..., when Y opened fire on Z": two events (heldout18's gold), not one incident (actions._same_incident)
    text = "The shooting began yesterday morning, when rebel gunners opened fire on the airport, the army said."
    events = extract(make_excerpt(text + "\n", published="2016-04-05"))
    began = [e for e in held_any(events, text, "The shooting began") if e.kind.value == "other"]
    fired = [e for e in held_any(events, text, "opened fire on the airport") if e.kind.value == "other"]
    assert began and fired and not set(map(id, began)) & set(map(id, fired)), shown(events)


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS, ids=[r[3][:40] for r in ROWS])
def test_acts22_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# (text, kind, words): the non-act senses of the new words: no event of that kind holds the words.
NOT_ACTS = [
    ("Hundreds of protesters gathered outside the embassy on Friday.", "ship_movement", "gathered outside the embassy"),
    ("The delegates went home on Tuesday without a deal.", "ship_movement", "went home"),
    ("The frigate went down with all hands on Monday.", "ship_movement", "went down"),
    ("The new frigate is expected in service next year.", "ship_movement", "expected in service"),
    ("The minister is expected in Ankara on Monday.", "ship_movement", "expected in Ankara"),
    ("A ruling on the trawler is expected in the port city next month.", "ship_movement", "expected in the port city"),
    ("Thousands have fled since the fighting began.", "other", "the fighting began"),
    ("The talks began on Monday in Geneva.", "other", "The talks began"),
    ("Diplomatic relations were strained for years after the war.", "other", "Diplomatic relations were strained"),
    ("Ministers meeting the targets will be rewarded.", "meeting", "Ministers meeting the targets"),
    ("The two envoys were held in Vienna on Monday.", "meeting", "were held in Vienna"),
    ("The minister took part in the debate on Tuesday.", "other", "took part in the debate"),
    ("The court put the two soldiers on trial on Monday.", "deployment", "put the two soldiers on trial"),
    ("Speaking by telephone from Mogadishu, the rebel leader confirmed the retreat on Monday.", "meeting",
     "Speaking by telephone"),
    ("The incident reopened the debate on conscription.", "meeting", "reopened the debate"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS, ids=[r[2] for r in NOT_ACTS])
def test_acts22_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)


# Step 2 (data: military.toml ship_types, triggers.toml [[rare]] and the "at sea" row of [kinds] ship_movement): liners and
# a navy's "naval units" are ships; ships that refuel or take on fuel, put out from a port or came through a canal move
# (heldout16-17's "sailed from Southampton", "took on fuel from its own tankers", "were due to refuel at Ceuta", "since it
# put out from Sasebo", "came through the Suez Canal", heldout14's "began returning to port"); a stay told from its start
# ("had been at sea since March") is none; a text adopted by its count of votes is the body's act.
ROWS2 = [
    ("The liner Oriana, carrying two battalions, sailed from Portsmouth on Friday evening.", "2003-01-20",
     "ship_movement", "The liner Oriana, carrying two battalions, sailed from Portsmouth on Friday evening", None,
     "2003-01-17"),
    ("Naval units of both navies began returning to port on Saturday, diplomats said.", "1979-01-09", "ship_movement",
     "Naval units of both navies began returning to port on Saturday", None, "1979-01-06"),
    ("The carrier came through the Suez Canal this morning.", "1990-08-22", "ship_movement",
     "The carrier came through the Suez Canal this morning", None, "1990-08-22"),
    ("The flotilla took on fuel from its own tankers off the Libyan coast on Friday.", "2016-10-30", "ship_movement",
     "The flotilla took on fuel from its own tankers off the Libyan coast on Friday", None, "2016-10-28"),
    ("The destroyers were due to refuel at Gibraltar on Tuesday.", "2016-10-30", "ship_movement",
     "The destroyers were due to refuel at Gibraltar on Tuesday", None, "2016-11-01"),
    ("The trawler put out from Hull on Monday.", "2016-10-30", "ship_movement",
     "The trawler put out from Hull on Monday", None, "2016-10-24"),
    # a passive act told first beside another act of a later clause (actfirst.first_acts checks the passive's own clause)
    ("The operation on the island was completed yesterday at Port Maria, where the rebel garrison surrendered after "
     "firing on the frigate, the navy reported.", "2007-05-16", "other",
     "The operation on the island was completed yesterday at Port Maria", None, "2007-05-15"),
    # a text adopted by its count of votes (heldout18's "The resolution, adopted by 10 votes with France abstaining,")
    ("The resolution, adopted by 12 votes with Russia abstaining, called on both sides to withdraw.", "1999-06-11",
     "other", "The resolution, adopted by 12 votes", None, None),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS2, ids=[r[3][:40] for r in ROWS2])
def test_acts22_step2_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


NOT_ACTS2 = [
    ("The bombers refuelled from a tanker over the Baltic on Monday.", "ship_movement", "refuelled from a tanker"),
    ("The ministry put out a statement on Monday.", "ship_movement", "put out a statement"),
    ("The frigate had been at sea since March.", "ship_movement", "had been at sea"),
    ("The bill went through the committee stage on Monday.", "ship_movement", "went through the committee"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS2, ids=[r[2] for r in NOT_ACTS2])
def test_acts22_step2_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)
