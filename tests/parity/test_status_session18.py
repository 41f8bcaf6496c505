"""Session 18 (ptopic18): same_topic links and the status a claim gets from them (`--oracle`).

Every wrong status under --oracle at session 18's start (main 4163886) on heldout15 (declassified this session), heldout11,
heldout9, heldout13, heldout7, heldout10, heldout12 and the dev sets eval, gaps, gaps2, heldout, heldout2, heldout3, heldout4,
fresh6, dev12-links, dev16-standoff: 251 of 1,432 statuses, by the links around the claim (a gold link missing, or a link
found that the gold lacks, that decides the status; a copy's link is no witness):

| cause                                                                                  | count | whose    |
|----------------------------------------------------------------------------------------|------:|----------|
| a same_event link missing or false                                                     |   170 | plink18  |
| a same_event and a same_topic link both missing or false                               |     5 | both     |
| a same_topic link missing or false, alone:                                             |    65 | ptopic18 |
|   gold conflicting (34): a stance and its opposite on one subject, told by two sides   |       |          |
|   or in words no stance rule reads (complained / praised the openness, blamed the      |       |          |
|   gunboat / a piratical ramming by the frigate, to mediate / sided with London, solely |       |          |
|   responsible / prepared to wreck it, acted in line with the Constitution / a coup,    |       |          |
|   voiced support / declined to take sides, called for restraint / the spokesman: 32);  |       |          |
|   an act and its denial in other words (violated the airspace / flying over            |       |          |
|   international waters, struck the propeller / never touched it: 2)                    |       |          |
|   gold later_development (29): a plan and what came of it (a mission to be completed / |       |          |
|   the last troops left, an election to be held / re-elected that day, a contract that  |       |          |
|   expires / the pipeline fell silent that day, to remain / left port, may release       |       |          |
|   footage / released a video, positioned to recover / recovered, a summit proposed /    |       |          |
|   to meet in Geneva: 12); a threat or an intent and the answer (would respond /        |       |          |
|   decided not to, will be met with a response / struck, you'll find out / called off,  |       |          |
|   countermeasures / will take the case to the WTO, would try to recover / began        |       |          |
|   searching, warned / blew up: 9); a line or a diplomacy told again (would not          |       |          |
|   recognise / also said it would not, held back / stood by, one spokesperson / another, |       |          |
|   spoke by telephone / spent days on the telephone, the next measure, a call for a     |       |          |
|   force / the council to authorise it: 8)                                              |       |          |
|   other gold statuses: a same_topic link the gold lacks (2: warned Manila / warned     |       |          |
|   Manila three times; a stance conflict read on a statement the gold corroborates)     |       |          |
| the status rule given right links: the gold's difference not seen (a place, a count: |    11 | status   |
|   5); a copy taken for a witness (2); a planned meeting echoed with the gold's own      |       |          |
|   same_topic link to a later source, gold echo where the written rule says             |       |          |
|   later_development (2, as in sessions 16 and 17: the gold against the rule, kept); a   |       |          |
|   crash and the loss it caused counted apart (2)                                       |       |          |

Step 1: a plan of an act ending and that act told ended (`topics._one_ending`, words.toml [endings]: "the mission would be
completed soon" / "the last troops left the country"); a state's plan for a day and, told later, the deed of that day of
a person whose side is not known (`score._state_and_unplaced_person` in `plan_on_its_day`: "the election will be held on
Sunday" / "re-elected president on Sunday").

Fresh sentences below: invented states, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity.build import build_parity
from parity.models import Relation, Status
from parity.score import plan_on_its_day
from parity.topics import plan_carried_out
from tests.parity.helpers import claims_for, event, record, scored, timeline
from timeline.models import DateResolution

# ---------------------------------------------------------------- a plan of an end, and the end (topics._one_ending)

END_PLAN = "Kesland's president said the mission of its peacekeepers in Osterland would be completed soon"


def _ending(plan_text: str, deed_text: str, *, deed_actor: str = "Kesland", deed_day: str | None = "2031-03-19",
            written_b: str = "2031-03-20", kind_b: str = "deployment"):
    recs = [record("a", "Wire", "2031-03-02"), record("b", "Weekly", written_b)]
    plan = event("a", plan_text, "deployment", actor="Kesland", modality="planned", day=("2031-03-02", "2031-06-01"))
    deed = event("b", deed_text, kind_b, actor=deed_actor, day=deed_day)
    return recs, plan, deed


@pytest.mark.parametrize("deed_text", [
    "The last Kesland troops left Osterland on Tuesday",
    "The withdrawal of the Kesland contingent began on Tuesday",
    "Kesland pulled out the final company of its peacekeepers on Tuesday",
    "Kesland's forces ended their deployment in Osterland on Tuesday",
])
def test_a_plan_of_an_end_and_the_end_told_later_are_one_subject(deed_text):
    recs, plan, deed = _ending(END_PLAN, deed_text)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd) and plan_carried_out(cd, cp)
    got = scored(recs, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


def test_the_plan_of_an_end_gets_later_development():
    deed_text = "The last Kesland troops left Osterland on Tuesday"
    recs, plan, deed = _ending(END_PLAN, deed_text)
    parity = build_parity(timeline(recs, [plan, deed]), None, {"a": END_PLAN, "b": deed_text})
    assert {c.event: c.status for c in parity.claims}[plan.id] == Status.later_development


@pytest.mark.parametrize("plan_text, deed_text, changes", [
    # No end told: more troops sent is no outcome of a plan to end the mission.
    (END_PLAN, "Kesland sent 300 more troops to the border region on Tuesday", {}),
    # Another doer's withdrawal.
    (END_PLAN, "The last Osterland troops left the buffer zone on Tuesday", {"deed_actor": "Osterland"}),
    # Told in the plan's own news cycle.
    (END_PLAN, "The last Kesland troops left Osterland on Tuesday", {"deed_day": "2031-03-02",
                                                                        "written_b": "2031-03-02"}),
    # An end of another kind of act: a meeting that ended is no end of the deployment.
    (END_PLAN, "Kesland's envoys ended their talks in Osterland on Tuesday", {"kind_b": "meeting"}),
])
def test_no_end_carried_out(plan_text, deed_text, changes):
    recs, plan, deed = _ending(plan_text, deed_text, **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_carried_out(cp, cd) and not plan_carried_out(cd, cp)


def test_an_end_named_only_in_the_plans_date_phrase_is_no_end():
    # "by the end of the month" is when, not what: a deployment planned then is not ended by a withdrawal.
    recs, plan, deed = _ending("Kesland will deploy two more battalions to Osterland by the end of the month",
                               "The last Kesland troops left on Tuesday")
    phrase = DateResolution(start=plan.date.start, end=plan.date.end, phrase="by the end of the month", basis="test",
                            relative_to="absolute")
    plan = plan.model_copy(update={"date": phrase, "summary": plan.summary})
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_carried_out(cp, cd)


# ---------------------------------------------------------------- a state's plan for a day, a person's deed of that day

def _runoff(deed_text: str, *, actor: str = "Ivan Brandt", role: str | None = None, day: str = "2031-05-09"):
    recs = [record("a", "Wire", "2031-05-07"), record("b", "Weekly", "2031-05-20")]
    plan = event("a", "Chile's presidential runoff will be held on Sunday", "other", actor="Chile",
                 modality="planned", day="2031-05-09")
    deed = event("b", deed_text, "other", actor=actor, role=role, day=day)
    return recs, plan, deed


def test_a_states_plan_for_a_day_and_a_persons_deed_of_that_day():
    recs, plan, deed = _runoff("Ivan Brandt, who won the presidential runoff on 9 May, named a new cabinet")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_on_its_day(cp, cd)
    got = scored(recs, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


@pytest.mark.parametrize("deed_text, changes", [
    # The person's side is known, another state's: its own runoff.
    ("Ivan Brandt, who won the presidential runoff on 9 May, named a new cabinet",
     {"role": "Peruvian president"}),
    # Another day.
    ("Ivan Brandt, who won the presidential runoff on 16 May, named a new cabinet", {"day": "2031-05-16"}),
    # No word of their own in common.
    ("Ivan Brandt opened a bridge over the river on 9 May", {}),
])
def test_no_plan_of_a_day_carried_out_by_a_person(deed_text, changes):
    recs, plan, deed = _runoff(deed_text, **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_on_its_day(cp, cd)


def test_a_states_meeting_to_come_and_a_persons_meeting_of_that_day_are_two_sittings():
    recs = [record("a", "Wire", "2031-05-07"), record("b", "Weekly", "2031-05-20")]
    plan = event("a", "The Chilean security council is expected to meet on Tuesday", "meeting", actor="Chile",
                 modality="expected", day="2031-05-09")
    deed = event("b", "Ivan Brandt presided over the first meeting of the new council on Tuesday", "meeting",
                 actor="Ivan Brandt", day="2031-05-09")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_on_its_day(cp, cd)
