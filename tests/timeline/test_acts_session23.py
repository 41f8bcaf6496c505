"""Session 23 (acts23): acts found and kinded on unseen text: the open sets' act misses and wrong kinds by cause.

Table 1: the required gold acts (statements apart: speak23's) that main 36537cb missed (107) or gave a wrong kind (53,
statements taken for acts included) on the open sets with most room (heldout9, heldout11, heldout16, heldout17,
heldout18), read by hand with the events of their sentences (`timeline.evaluate -v`), by cause (the first that applies):

| cause                                                                                        | missed | kind | fixed |
|----------------------------------------------------------------------------------------------|--------|------|-------|
| S  the act is told before or inside an attribution and only the statement holds its words     |      0 |   19 |     0 |
|    ("31 North Korean commandos slipped across the DMZ, ... said": speak23's trailing ", X said") |      |      |       |
| V  a verb no list holds ("had ringed the base", "was tabled by", "watched the scene", "were     |     42 |    2 |     0 |
|    recalled to Portsmouth", "answered with two gendarmerie boats", spun copy's "remembered")     |      |      |       |
| N  an act told by its noun ("the killing of Mr Bishop", "the August 1990 invasion", "the arrest  |      9 |    0 |     0 |
|    of 17 of its members", "Baghdad's troop movements in the first week of October")              |      |      |       |
| T  casualty tallies and counts ("put their own losses at 21 dead", "24 Cubans ... had died",     |      9 |    3 |     0 |
|    "as many as 80,000 Iraqi troops at the peak", "now numbers more than 40 ships")              |        |      |       |
| F  plans and expectations ("will arrive in Tunis on Monday", "are expected on station off       |     19 |    2 |     2 |
|    Jersey", "expected the session to be held Wednesday", "would begin pulling out")             |        |      |       |
| D  forces moving in a direction or where they stand ("are now heading back north", "has been     |      9 |    0 |     2 |
|    seen moving north", "were digging in", "French troops are still in the town")                 |        |      |       |
| K  a wrong kind of an act read ("closed its airspace to all Moroccan aircraft" and "turned off   |      0 |   19 |     0 |
|    the gas to Morocco" `other` for sanction, "sent most of its army to the northern border"     |        |      |       |
|    `other` for deployment, "adopted Resolution 1718" `other` for sanction)                       |        |      |       |
| A  a gold anchor over two clauses or a split incident ("He ordered the blockade when Paris did  |      5 |    0 |     0 |
|    not answer", "One American sailor was killed and three were wounded")                        |        |      |       |
| W  a who-, which- or participle clause ("Shinzo Abe, who arrived in Seoul for a summit",        |     14 |    8 |     0 |
|    "seizing the island's two airports", "which had been sent to the southern region recently")  |        |      |       |
| all                                                                                          |    107 |   53 |     4 |

S is the largest (speak23's this session); V, N and W are each spread over many words, one or two of a kind. Fixed here
(data: triggers.toml [visits] and [[rare]]): a person's trip ahead in the plain form ("will arrive in"), ships "expected
on station", forces in the progressive or seen moving in a direction (deployments); and extras' causes: rates that
"moved higher" (a ship word as a modifier) are no voyage, a voyage's or visit's tally of times is a history
(unasserted.tally), an order to stop or stay is no voyage. Tried, not kept (older rows of other test files file them
`other`, and there was no time to settle the convention): ports or an airspace closed to one state's craft as a sanction
(the eval README's ruling; heldout9 and heldout16 kind +3, but five rows of
test_acts_general/civil6/session7/other_session16/ vocabulary say `other`), gas cut to a state as a sanction (heldout9's
gold; session 6's rows say `other`; blind heldout8 e2e .48 -> .46), an army sent to a border as a deployment
(heldout17's gold; test_dates_session21's row says `other`). Rows are fresh sentences (other crises, outlets and years);
each row failed on main 36537cb, each guard passed there. The dev corpus `tests/data/dev23-acts` (the USS Stark 1987,
the Atlantique 1999; gold frozen before the first run) holds these shapes in running copy.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import check_clause_row, held_any, make_excerpt, shown
from timeline.events import extract

# (text, published, kind, anchor, actor or None (not checked), day or None (undated) or "" (not checked))
ROWS = [
    # F: a person's trip ahead told in the plain form ([visits]: "arrive" beside "arrived", "arrives", "arriving")
    ("Erik Solheim, the Norwegian mediator, will arrive in Colombo on Tuesday.", "2006-05-26", "meeting",
     "will arrive in Colombo on Tuesday", "Erik Solheim", "2006-05-30"),
    ("Foreign Minister Celso Amorim is to arrive in Tegucigalpa on Saturday, his office said.", "2009-07-08", "meeting",
     "Celso Amorim is to arrive in Tegucigalpa on Saturday", None, "2009-07-11"),
    # F: ships expected on station (a voyage ahead; ships "are on station" now are session 17's deployment)
    ("Three Australian frigates are expected on station off Dili by Friday.", "1999-09-21", "ship_movement",
     "Three Australian frigates are expected on station off Dili", None, ""),
    # D: forces told moving or heading in a direction, in the progressive or seen so
    ("Two Syrian armoured divisions are now heading back east, Israeli officials said.", "1982-06-15", "deployment",
     "Two Syrian armoured divisions are now heading back east", None, None),
    ("At least one Ethiopian brigade has been seen moving south towards the frontier.", "1977-08-04", "deployment",
     "one Ethiopian brigade has been seen moving south", None, None),
    ("Libyan armoured columns were seen heading south towards the Aouzou strip, French officials said.", "1987-08-20",
     "deployment", "Libyan armoured columns were seen heading south", None, None),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), ROWS, ids=[r[3][:40] for r in ROWS])
def test_acts23_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


# (text, kind, words): the non-act senses of the new words: no event of that kind holds the words.
NOT_ACTS = [
    ("The first aid convoy will arrive in the city when the road reopens.", "meeting", "will arrive in the city"),
    ("The storm is moving north towards the coast.", "deployment", "The storm is moving north"),
    ("Market forces are moving towards consolidation.", "deployment", "Market forces are moving"),
    ("The minister said the frigates are now on station in the Gulf.", "ship_movement", "are now on station"),
]

# Acts told again on a day, a comparison and an order to turn back stay acts (the tally and order guards' other senses).
KEPT = [
    ("Chinese coast guard ships entered the zone three times on Monday.", "2016-10-26", "ship_movement",
     "Chinese coast guard ships entered the zone three times on Monday", None, "2016-10-24"),
    ("The destroyer had been ordered to turn back and steam north toward Wonsan.", "1968-01-24", "ship_movement",
     "ordered to turn back and steam north", None, None),
]


@pytest.mark.parametrize(("text", "published", "kind", "anchor", "actor", "day"), KEPT, ids=[r[3][:40] for r in KEPT])
def test_acts23_kept(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    check_clause_row(text, published, kind, anchor, actor, day)


@pytest.mark.parametrize(("text", "kind", "words"), NOT_ACTS, ids=[r[2] for r in NOT_ACTS])
def test_acts23_not_an_act(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)


# Extras' causes fixed (each row failed on main 36537cb): prices or rates that "moved higher" beside a ship word are no
# voyage (dev23-acts' "Tanker rates moved higher on Wednesday"); an act told with a tally of its times (unasserted.toml
# [tally]); an order to stop or to stay (triggers.toml, the ship_movement "order" word).
EXTRAS = [
    ("Tanker rates moved higher on Wednesday.", "ship_movement", "Tanker rates moved higher"),
    ("Freight rates for container ships moved lower after the strike.", "ship_movement", "moved lower"),
    # a tally of an act's times is a history, no act of this story (heldout17: "have called at Ceuta more than 60 times")
    ("Soviet warships have called at Tartus more than 40 times since 1971.", "ship_movement", "called at Tartus"),
    ("The Greek prime minister has visited Ankara more than 30 times.", "meeting", "visited Ankara"),
    # an order to stop or to stay is no voyage ("the vessel had been ordered to stay at least 13 miles out")
    ("The survey ship had been ordered to remain outside the 12-mile limit.", "ship_movement",
     "ordered to remain outside"),
]


@pytest.mark.parametrize(("text", "kind", "words"), EXTRAS, ids=[r[2] for r in EXTRAS])
def test_acts23_extra_gone(text: str, kind: str, words: str) -> None:
    events = extract(make_excerpt(text + "\n", published="2016-05-20"))
    assert not [e for e in held_any(events, text, words) if e.kind.value == kind], shown(events)
