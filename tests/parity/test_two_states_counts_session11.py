"""Session 11: two states' acts counting one thing differently are each state's own act ("Washington expelled 10
Russian diplomats" / "Warsaw expelled three Russian diplomats"), not one act told with two doers and two figures
(score.same_event_miss: "two states' counts"); one incident told by the side that did it and the side it was done
to is still one event whose counts conflict (acts.from_either_side)."""

from __future__ import annotations

from parity.blocking import build_index
from parity.models import Relation
from parity.score import same_event_miss, similarity
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("c1", "Capital Wire", "2021-04-16"), record("c2", "Vistula Daily", "2021-04-16")]


def test_two_states_expulsions_counted_differently_are_two_acts() -> None:
    us = event("c1", "The United States is expelling 10 Russian diplomats, the White House said on Thursday.",
               "sanction", actor="US", day="2021-04-15", summary="expelling 10 Russian diplomats")
    poland = event("c2", "Poland expelled three Russian diplomats on Thursday in solidarity with Washington.",
                   "sanction", actor="Poland", day="2021-04-15", summary="Poland expelled three Russian diplomats")
    (a, b), claims = claims_for(RECS, [us, poland])
    assert same_event_miss(a, b, similarity(a, b, build_index(claims))) == "two states' counts"
    got = scored(RECS, us, poland)
    assert got is None or got.relation != Relation.same_event


def test_one_state_counted_differently_is_one_act_in_conflict() -> None:
    one = event("c1", "Russia expelled 10 US diplomats on Friday, the foreign ministry said.", "sanction",
                actor="Russia", day="2021-04-16", summary="Russia expelled 10 US diplomats")
    other = event("c2", "Moscow expelled 12 US diplomats on Friday in a tit-for-tat move.", "sanction",
                  actor="Russia", day="2021-04-16", summary="Moscow expelled 12 US diplomats")
    got = scored(RECS, one, other)
    assert got is not None and got.relation == Relation.same_event and not got.agrees


def test_one_incident_told_by_either_side_keeps_its_count_conflict() -> None:
    downed = event("c1", "Azerbaijani forces shot down two Armenian drones on Monday, Baku said.", "other",
                   actor="Azerbaijan", day="2021-04-12", summary="Azerbaijani forces shot down two Armenian drones")
    lost = event("c2", "Armenia lost one drone to Azerbaijani fire on Monday, Yerevan said.", "other",
                 actor="Armenia", day="2021-04-12", summary="Armenia lost one drone to Azerbaijani fire")
    (a, b), claims = claims_for(RECS, [downed, lost])
    assert same_event_miss(a, b, similarity(a, b, build_index(claims))) != "two states' counts"
