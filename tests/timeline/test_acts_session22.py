"""Session 22 (acts22): acts and their kinds on unseen text: the words no list held, read on heldout18 (declassified).

Table 1: every required gold act (statements apart: speak22's) that main 6139bf0 missed (38) or mis-kinded (20) on
heldout18 (declassified this session), read by hand with the events of its sentence (`timeline.evaluate -v`, `--by-kind`,
`--shapes`, `--verb-classes --words`), by cause (one each, the first that applies):

| cause                                                                                     | missed | kind | fixed |
|-------------------------------------------------------------------------------------------|--------|------|-------|
| B  boats and ships moving by words no list held ("had headed home", "went home",           |      6 |    2 |     3 |
|    "appeared off", "gathered outside ... harbour", "watched the scene", "were recalled to") |        |      |       |
| N  an act told by its noun and "began" with its own time ("The shooting began yesterday     |      0 |    2 |     2 |
|    afternoon, when ..., the French command said": the statement took its words)             |        |      |       |
| R  relations broken in the passive ("diplomatic relations ... had been broken on 20 July")  |      0 |    1 |     1 |
| M  sittings and calls ("would probably meet Friday", "is to resume its debate today", "had  |      0 |    4 |     4 |
|    spoken to Jersey's Chief Minister")                                                      |        |      |       |
| L  troops that landed ("landed unopposed on the island", "landed behind the Americans")      |      1 |    1 |     1 |
| T  casualty tallies ("put their own losses at 21 dead", "At least 12 of them have died")    |      6 |    1 |     0 |
| S  forces where they stand ("French troops are still in the town", "had ringed the base",   |      5 |    0 |     1 |
|    "some 7,000 men now held the base", "Jamaica has put 150 soldiers on the island")          |        |      |       |
| C  clause and evidence shapes (a participle series "seizing ... and fighting ...", an       |      8 |    5 |     0 |
|    apposition or who-clause subject, "since the killing of", a gold anchor over a when-clause) |      |      |       |
| W  other words no list held ("took part in the landing", "adopted by 10 votes", "was tabled |     12 |    4 |     2 |
|    by", "carried the first 57 wounded to Havana", "issued 41 licences", "answered with")     |        |      |       |
| all                                                                                       |     38 |   20 |    14 |

The same readings on the older declassified sets (heldout9-17, read the same way): heldout15's "the offensive began on
Sunday" (recall 88 -> 89%), heldout16's "He had spoken by telephone with Obama" and "sailed from Southampton" (the liner
Canberra; kind 90 -> 92%), heldout17's "took on fuel from its own tankers", "were due to refuel at Ceuta" (recall 83 ->
85%); heldout18 74/92/87/89 -> 76/92/92/91 (recall/precision/kind/dates), parity e2e .40/35% -> .44/38%. Blind sets'
summary lines unchanged.
T was left: heldout18's gold counts a tally as its own `other` event (7) but the other open golds seldom do (session 21
found ", killing N" counted once in 18 places), so a tally reader would trade heldout18's recall for extras elsewhere.
Rows are fresh sentences (other crises, outlets and years); each row failed on main 6139bf0, each guard passed there
(but "had been at sea", a guard of a narrowed old row). The dev corpus `tests/data/dev22-acts` (turbot war 1995, Belize
1977; gold frozen before the first run) holds these shapes in running copy: 82/100/80/88 on main, 98/100/96/94 here.
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
    ("Moscow withdrew its request for three of its warships to refuel in Valletta.", "ship_movement",
     "three of its warships to refuel"),
]


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS2, ids=[r[2] for r in NOT_ACTS2])
def test_acts22_step2_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)


# Step 3 (data: triggers.toml [[rare]] meeting): time spent with an office-holder is a meeting ("spent two hours yesterday
# with President Bourguiba": heldout18); time spent with a family or in a place is none.
ROWS3 = [
    ("The envoy spent an hour with the Prime Minister on Tuesday.", "2018-02-22", "meeting",
     "The envoy spent an hour with the Prime Minister on Tuesday", None, "2018-02-20"),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS3, ids=[r[3][:40] for r in ROWS3])
def test_acts22_step3_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


def test_acts22_time_with_a_family_is_no_meeting() -> None:
    text = "The envoy spent three days with his family in Nice."
    events = extract(make_excerpt(text + "\n", published="2018-02-22"))
    assert not [e for e in held_any(events, text, "spent three days with his family") if e.kind.value == "meeting"], \
        shown(events)
