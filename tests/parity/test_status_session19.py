"""Session 19 (pstatus19): the statuses claims get under --oracle, and the same_topic links that decide them.

CAUSES (filled in below the steps).

Step 1: a voyage's return planned and, in a source written later, the return told (words.toml [homeward]: "will return
to their bases in the coming days" / "began returning to port at the weekend"): for ship movements and deployments a
return home ends the act as words.toml [endings] do (`topics._ends`), so `plan_carried_out` reads the return as what the
plan came to (same_topic; the plan gets later_development). Other kinds keep [endings] alone (talks "return" to a subject).

Fresh sentences below: invented states, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity.build import build_parity
from parity.models import Relation, Status
from parity.topics import plan_carried_out
from tests.parity.helpers import claims_for, event, record, scored, timeline

# ---------------------------------------------------------------- step 1: a return home planned, and the return

RETURN_PLAN = "Peru's frigates will return to their home ports in the coming days, naval sources said"


def _return(plan_text: str, deed_text: str, *, deed_actor: str = "Peru", deed_day: str | None = "2033-10-18",
            written_b: str = "2033-10-20", kind_a: str = "ship_movement", kind_b: str = "ship_movement",
            plan_day: tuple[str, str] | None = ("2033-10-09", "2033-10-23")):
    recs = [record("a", "Coast Gazette", "2033-10-09"), record("b", "Harbour Daily", written_b)]
    plan = event("a", plan_text, kind_a, actor="Peru", modality="planned", day=plan_day)
    deed = event("b", deed_text, kind_b, actor=deed_actor, day=deed_day)
    return recs, plan, deed


@pytest.mark.parametrize("deed_text", [
    "The Peruvian frigates began returning to port at the weekend",
    "The squadron sailed back to Callao on Saturday",
    "Peru's warships returned home on Saturday after five weeks at sea",
    "The frigates headed home on Saturday, leaving the strait",
])
def test_a_return_planned_and_the_return_told_later_are_one_subject(deed_text):
    recs, plan, deed = _return(RETURN_PLAN, deed_text)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd) and plan_carried_out(cd, cp)
    got = scored(recs, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


def test_troops_to_come_home_and_their_homecoming():
    # A deployment's return: deployments were a planned kind already; "home" now ends them too.
    recs, plan, deed = _return("Tarvia said its 400 peacekeepers would come home before the winter",
                               "The last Tarvian peacekeepers flew home on Saturday", deed_actor="Tarvia",
                               kind_a="deployment", kind_b="deployment", plan_day=None)
    plan = plan.model_copy(update={"actor": "Tarvia"})
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd)


def test_the_planned_return_gets_later_development():
    deed_text = "The Peruvian frigates began returning to port at the weekend"
    recs, plan, deed = _return(RETURN_PLAN, deed_text)
    parity = build_parity(timeline(recs, [plan, deed]), None, {"a": RETURN_PLAN, "b": deed_text})
    assert {c.event: c.status for c in parity.claims}[plan.id] == Status.later_development


@pytest.mark.parametrize("plan_text, deed_text, changes", [
    # Another doer's ships went home.
    (RETURN_PLAN, "The Chilean frigates began returning to port at the weekend", {"deed_actor": "Chile"}),
    # The plan is a voyage out, not its end: a return is no outcome of it.
    ("Peru's frigates will sail to the disputed strait in the coming days",
     "The Peruvian frigates began returning to port at the weekend", {}),
    # The deed is another voyage, not a return.
    (RETURN_PLAN, "The Peruvian frigates sailed into the strait on Saturday", {}),
    # Told in the plan's own news cycle.
    (RETURN_PLAN, "The Peruvian frigates began returning to port", {"deed_day": "2033-10-09",
                                                                      "written_b": "2033-10-09"}),
    # Done after the plan's days.
    (RETURN_PLAN, "The Peruvian frigates returned to port on Saturday", {"deed_day": "2033-11-26",
                                                                           "written_b": "2033-11-28"}),
    # Not a voyage: a return to talks or to a subject ends nothing.
    ("Peru will return to the table in the coming days",
     "Peru's envoy returned to the question of the border on Saturday",
     {"kind_a": "meeting", "kind_b": "meeting"}),
    # A voyage out planned, and "back" in another sense: no end planned, none carried out.
    ("Peru's frigates will push deeper into the strait in the coming days",
     "The Peruvian frigates pushed the trawlers back on Saturday", {}),
])
def test_no_return_carried_out(plan_text, deed_text, changes):
    recs, plan, deed = _return(plan_text, deed_text, **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_carried_out(cp, cd) and not plan_carried_out(cd, cp)
