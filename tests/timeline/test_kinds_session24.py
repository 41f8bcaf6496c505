"""Session 24 (kinds24, issue 4): kinds right. The open sets' mis-kinds tabled by cause, the convention session 23
withdrew settled, and the largest data causes fixed. Rows are fresh sentences about other crises, outlets and years
(never a held-out set's text).

The table: every "kind X for Y" line of `python -m timeline.evaluate --corpus D -v` over the open sets (eval, gaps,
gaps2, heldout..heldout4, heldout7, heldout9-18, heldout20, fresh6, dev11-* .. dev24-*) at main e81a359 with step 1 of
test_dates_session24 (which moves no kind): 208 matched gold events of another kind, gold kind -> found kind.

| cause                                                                                        | pairs (gold -> found)                | n   |
|----------------------------------------------------------------------------------------------|--------------------------------------|-----|
| S  an act told in a statement's sentence and not read: the gold act matched the statement    | other->statement 51, sanction 11,    | 93  |
|    ("Iceland extended its fishing limit ... on October 15", "killed King Faisal II", "A      | deployment 11, ship_movement 8,      |     |
|    second battalion of Marines is scheduled to land tomorrow, a Navy spokesman said")        | meeting 8, missile_test 2, drills 2  |     |
| R  a statement whose attribution the tool missed, matched to an act read over it ("a U.S.    | statement->other 22, ship_movement 5,| 36  |
|    official said on Saturday" inside a deployment; "The Ministry of Defence announced" read  | meeting 5, deployment 3, drills 1    |     |
|    as the drills it announced)                                                               |                                      |     |
| C  the other/sanction convention: expulsions of diplomats (heldout4: 10; every open gold     | sanction->other 20, other->sanction 1| 22  |
|    accepts `sanction`, but ~60 older test rows say `other`), closures to one state's craft   | sanction->deployment 1               |     |
|    (heldout9, heldout16: settled here), gas cut, a resolution adopted, a ban taking effect   |                                      |     |
| F  forces: withdrawals, arrivals, "sent most of its army to the border", "has housed 800     | deployment<->other 13, deployment<-> | 21  |
|    personnel", an "airborne battle group" read as ships, warships "sent" to a place          | ship_movement 6, drills<->deploy 2   |     |
| D  ships: craft no word named ("ketch", "yacht", "tug"), ship verbs no list holds ("withdrew | ship_movement->other 11,             | 16  |
|    the corvette to its base", "took the same route", "began patrolling near the cable")      | other->ship_movement 5               |     |
| M  trips and gatherings: arrivals read as meetings (golds accept both in part), "Meetings of | other<->meeting 14                   | 14  |
|    protest were held", summonses                                                             |                                      |     |
| T  attacks and tests ("air samples ... had detected radioactive debris" as a nuclear test)  | missile_test->other 3, drills 2, 1   | 6   |

S and R are the reading of acts and speakers (acts24, speak24). Fixed here: C's closures (step 1: kindrules.closed_to_state;
heldout9 ma-04, dev23-acts' two rows), D's sailing craft (step 2: heldout20 rw-01, rw-04 x2), and two rows of S/R
(step 3: "Marines are scheduled to land tomorrow" as a deployment, heldout20 bt-01/bt-02; "announced that manoeuvres of
the troops of ... will begin tomorrow": the drills are the clause's, not the announcing, heldout20 bt-03 x2). Tried, not
kept: expulsions of diplomats as `sanction` (heldout4 +8 kinds, every open gold accepts it; ~60 rows of older test
files hold `other`: a convention change for the lead to rule on).

Precision (task 3), heldout17 (81%): its 55 extras at main e81a359 by cause (`-v`, "extra" lines; counts approximate where
a line could go two ways). E1 an act retold in a party's own account that the gold counts once (the KCNA version of the
boarding: "the enemy ship ran away", "fired upon our craft", "boarded the ship", "had intruded into our waters" x3,
"had captured an armed spy boat"): ~10. E2 words the gold does not count as statements (fears or concern voiced, "asked
for help", "hinted that", "welcomed", "insisted that", a quote's aside, "It said that ... had entered"): ~12. E3 states and
positions ("The ship was 25 miles off the coast" x2, "had been ordered to stay at least 13 miles out", "have taken up
their positions", "It was the first time", "had been broken so often"): ~7. E4 acts undone, feared or asked for ("the
stop had been cancelled", "the request has been withdrawn", "informed it of the cancellation" x2, "might stop
cooperating", "Iraq pull back every unit", "fears the flotilla was heading to Syria", "inventing a crisis"): ~8. E5 side
details (crowds on the cliffs at Dover, Kuwaitis at petrol stations, the crew repairing a cable, the pilot ejecting,
"which was asked on Tuesday to pass a message"): ~5. E6 one casualty tally split ("One American sailor was killed",
"three were wounded", "27 of the infiltrators had been killed", "one captured"): 4. E7 wrong-kind doubles of a gold act
("sailed ... to meet them" as a meeting, "the 261st meeting" as other): ~4. E8 a newspaper's index line ("City Council
to vote on 1968 budget, Page 3."): 1. None of them is one word or one rule: E1 and E2 are the reading of frames and acts
(speak24, acts24), E3/E4 the largest rule-shaped classes; not cut this session (no rule found that cut them without
recall risk in the time left).
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _events


def _kinds(text: str, published: str, words: str) -> list[str]:
    """The kinds of the events whose evidence holds the words (fails listing what was found)."""
    events = _events(text, published)
    hits = [e.kind.value for e in events if words in e.evidence.exact]
    assert hits, [(e.kind.value, e.evidence.exact) for e in events]
    return hits


# Step 1: an airspace, ports or waters closed to one named state's craft are a `sanction` (the eval README's ruling;
# each row was `other` on main e81a359).
CLOSED_TO_STATE = [
    ("Saudi Arabia shut its ports to Qatari-flagged vessels on Monday.", "2017-06-06", "shut its ports"),
    ("Turkey closed its airspace to Russian military and civilian flights bound for Syria on Tuesday.", "2016-04-08",
     "closed its airspace"),
    ("Georgia's ports were shut to Russian-flagged ships on Friday.", "2022-03-07", "ports were shut"),
    ("Egypt closed its airspace and seaports to all Qatari transport on Monday.", "2017-06-06", "airspace and seaports"),
    ("Lithuania closed its land borders, airspace and ports to Belarusian trucks and aircraft on Sunday.", "2021-08-10",
     "closed its land borders"),
]


@pytest.mark.parametrize(("text", "published", "words"), CLOSED_TO_STATE)
def test_a_space_closed_to_one_states_craft_is_a_sanction(text, published, words):
    assert _kinds(text, published, words) == ["sanction"]


# Step 1, guards (`other` on main e81a359 and still): closed to all, to foreign craft, for safety, to many states.
CLOSED_TO_ALL = [
    ("Jordan closed its airspace to all flights on Saturday night.", "2024-04-15", "closed its airspace"),
    ("Chile closed two ports to foreign trawlers on Monday.", "1995-03-10", "closed two ports"),
    ("The navy closed the port to shipping after the mines were found on Monday.", "1984-08-10", "closed the port"),
    ("Moscow closed its airspace to airlines from 36 countries on Monday.", "2022-03-01", "closed its airspace"),
    ("Oman closed its airspace to civilian traffic on Monday as the storm neared.", "2019-06-12", "closed its airspace"),
]


@pytest.mark.parametrize(("text", "published", "words"), CLOSED_TO_ALL)
def test_a_space_closed_to_all_stays_other(text, published, words):
    assert _kinds(text, published, words) == ["other"]


# Step 2: sailing craft are ships (military.toml ship_types): their voyages are ship movements (each row was `other` on
# main e81a359); guard: a seizure of one stays `other`.
SAILING = [
    ("The protest ketch Sirius sailed from Papeete for the test zone on Tuesday.", "1995-09-01", "sailed from Papeete"),
    ("A yacht carrying peace activists left Larnaca for Gaza on Monday.", "2008-08-26", "left Larnaca for Gaza"),
]


@pytest.mark.parametrize(("text", "published", "words"), SAILING)
def test_a_sailing_crafts_voyage_is_a_ship_movement(text, published, words):
    assert _kinds(text, published, words) == ["ship_movement"]


def test_a_yachts_seizure_stays_other():
    assert _kinds("The tycoon's yacht was seized in Gibraltar on Monday.", "2022-04-06", "was seized") == ["other"]


# Step 3: a landing ahead told with no place is a deployment; drills' own verb after whose drills they are; "announced
# that <drills>" gives the drills to the clause (each row failed on main e81a359: no deployment; the drills read on the
# announcing words, undated).
def test_a_landing_ahead_with_no_place_is_a_deployment():
    events = _events("A second company of Marines is scheduled to land tomorrow, a Navy spokesman said.", "1978-05-20")
    hits = [e for e in events if e.kind.value == "deployment"]
    assert [(str(e.date.start), e.modality.value) for e in hits] == [("1978-05-21", "planned")], events


def test_drills_announced_in_a_that_clause_are_the_clauses():
    events = _events("The defence ministry announced that manoeuvres of the troops of the Odessa and Kiev military "
                     "districts will begin tomorrow.", "1978-05-20")
    drills = [e for e in events if e.kind.value == "military_exercise"]
    assert [(e.evidence.exact[:10], str(e.date.start)) for e in drills] == [("manoeuvres", "1978-05-21")], events


def test_drills_by_a_fleet_with_their_own_verb():
    assert _kinds("Exercises by the Northern Fleet began on Monday in the Barents Sea.", "1978-05-20",
                  "Exercises by the Northern Fleet") == ["military_exercise"]


def test_a_plane_due_to_land_is_no_deployment():
    assert _events("The plane carrying the minister is due to land at noon.", "1978-05-20") == []


# Step 4: a rally is no meeting: "meetings of protest", "protest meetings", "mass meetings" held are `other` (the first
# row was a `meeting` on main e81a359); guard: a council's meeting held stays a meeting.
def test_meetings_of_protest_are_no_meeting():
    assert _kinds("Meetings of protest were held yesterday at factories in Leningrad.", "1968-08-22",
                  "Meetings of protest") == ["other"]


def test_a_councils_meeting_held_stays_a_meeting():
    assert _kinds("The meeting of the council took place in Addis Ababa on Monday.", "1977-11-16",
                  "The meeting of the council") == ["meeting"]
