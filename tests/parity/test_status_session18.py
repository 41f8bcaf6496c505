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
|   or in words no stance rule reads (a complaint / praise of one drill, a blame / a     |       |          |
|   charge against the other side, a mediator / one said to side with a party, a         |       |          |
|   takeover defended / called a coup, support voiced / sides declined, restraint urged  |       |          |
|   / a condemnation reported by a third party: 32); an act and its denial in other      |       |          |
|   words (an incursion / a flight said to be over open sea, a collision / contact       |       |          |
|   denied: 2)                                                                           |       |          |
|   gold later_development (29): a plan and what came of it (a mission to end / its      |       |          |
|   troops gone, a vote to be held / the winner that day, an accord to expire / a        |       |          |
|   supply cut that day, a ship to stay / leaving port, footage to be released / a video |       |          |
|   released, ships sent to recover / debris recovered, a summit proposed / its venue    |       |          |
|   and day: 12); a threat or an intent and the answer (a reply threatened / declined,   |       |          |
|   a response promised / a strike, retaliation hinted / called off, countermeasures /   |       |          |
|   an appeal to a trade body, a search promised / begun, a warning / a demolition: 9);  |       |          |
|   a line or a diplomacy told again (a recognition refused twice, criticism withheld /  |       |          |
|   an ally stood by, two spokespeople of one ministry, calls to both capitals, the next  |       |          |
|   measure, a call for a force / the council to authorise it: 8)                        |       |          |
|   other gold statuses: a same_topic link the gold lacks (2: one ministry's warnings    |       |          |
|   told again; a stance conflict read on a statement the gold corroborates)             |       |          |
| the status rule given right links: the gold's difference not seen (a place, a count:  |    11 | status   |
|   5); a copy taken for a witness (2); a planned meeting echoed with the gold's own      |       |          |
|   same_topic link to a later source, gold echo where the written rule says             |       |          |
|   later_development (2, as in sessions 16 and 17: the gold against the rule, kept); a   |       |          |
|   crash and the loss it caused counted apart (2)                                       |       |          |

Step 1: a plan of an act ending and that act told ended (`topics._one_ending`, words.toml [endings]: "the task would be
finished within weeks" / "the final units departed"); a state's plan for a day and, told later, the deed of that day of a
person whose side is not known, not a meeting (`topics.state_and_unplaced_person` in `score.plan_on_its_day`: "the runoff
will be held on Sunday" / "Y, who won the runoff on Sunday"). Oracle status heldout9 126->127/163, heldout4 70->71/84.

Step 2: a plan or threat and, told later, its doer's decision on it sharing a word of the plan (`topics.plan_decided`,
words.toml [decisions]: "would answer with firm steps" / "chose not to answer in kind"; what was planned, not a threat's
condition; what was decided, after its "to", not where). Oracle status heldout7 112->113/146, dev12-links 37->38/53.
Tried and taken out: a statement telling an act its side means to do and that side's act told later with the intent's
verb ("said it may publish the recordings" / "published a video": fresh6 +1, a blind set one false link and one status
less).

Step 3: a side's statement denying contact by its own and that side's deed of contact on one thing, on days that meet
(`topics.denies_own_deed`, words.toml [contact]: "insists its boat never touched the trawler" / "rammed the trawler's
stern"): a polarity conflict, same_topic (tests/data/eval/README.md, Denials: the golds file a denying statement so, 20
pairs of 20). Oracle status fresh6 26->29/34; e2e fresh6 24->25/34. Tried and taken out: blame as a side taken against a
neutral statement of that side (a blind set lost two links); a person's line told again by a word of their summaries
alone (dev heldout7 lost a status, blind sets lost links).

Step 5: a body's line (an organisation's, not a person's) told again in a later source by a word of their own in both
summaries, not one of speaking (`topics.persons_line`, BODY_WORDS: "would not recognise a junta" / "also said it would not
recognise the new leader"): oracle status heldout15 67->68/93.

Tried and taken out besides: a drill planned to last some days and told ended within them, early (plink18's adc49b1
makes that relation in score.drill_phases); organisations of states acting within their planned meeting's days as blocs
do (a dev set, two false links: a vote on the agenda that day the gold leaves unlinked); a plan of one single day and a
deed of that day whose sentence names the plan's word (heldout9 +1 status, two blind sets two false links each).

Blind sets, oracle and e2e, unchanged by every step.

Fresh sentences below: invented states, people and days, no text of a heldout set.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from parity.build import build_parity
from parity.models import Relation, Status
from parity.score import plan_on_its_day
from parity.topics import (
    LINE_SIM,
    PLAN_DEED_DAYS,
    denies_own_deed,
    persons_line,
    plan_carried_out,
    plan_decided,
)
from tests.parity.helpers import assert_one_subject, claims_for, event, record, scored, timeline
from timeline.models import DateResolution

# ---------------------------------------------------------------- a plan of an end, and the end (topics._one_ending)

END_PLAN = "Kesland's president said the task of its peacekeepers in Osterland would be finished within weeks"


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
    assert_one_subject(*_ending(END_PLAN, deed_text))


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
    deed = event("b", "Ivan Brandt chaired the opening sitting of the new council on Tuesday", "meeting",
                 actor="Ivan Brandt", day="2031-05-09")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_on_its_day(cp, cd)


# ---------------------------------------------------------------- a plan and the decision on it (topics.plan_decided)

THREAT_TEXT = "Chile would answer the expulsion of its consul with firm steps, the ministry said"


def _decided(deed_text: str, *, plan_text: str = THREAT_TEXT, plan_kind: str = "sanction", deed_actor: str = "Chile",
             deed_day: str | None = None, written_b: str = "2031-04-06"):
    recs = [record("a", "Wire", "2031-04-02"), record("b", "Weekly", written_b)]
    plan = event("a", plan_text, plan_kind, actor="Chile", modality="expected")
    deed = event("b", deed_text, "other", actor=deed_actor, day=deed_day)
    return recs, plan, deed


@pytest.mark.parametrize("deed_text, changes", [
    ("Chile chose not to answer in kind", {}),
    # Its president, whose side the record does not know, decides for the state.
    ("Ivan Brandt chose not to answer in kind", {"deed_actor": "Ivan Brandt"}),
    # A plan weighed and shelved, in other words.
    ("Chile has shelved its plans to move troops into the buffer zone",
     {"plan_text": "Chile was weighing a plan to move troops into the buffer zone", "plan_kind": "deployment"}),
])
def test_a_plan_and_its_doers_decision_told_later_are_one_subject(deed_text, changes):
    recs, plan, deed = _decided(deed_text, **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_decided(cp, cd) and plan_decided(cd, cp)
    got = scored(recs, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


@pytest.mark.parametrize("deed_text, changes", [
    # No decision told: another act of the doer's.
    ("Chile answered a letter from the union", {}),
    # A decision on another matter.
    ("Chile chose to recall its ambassador to Peru", {}),
    # Another state's decision.
    ("Peru chose not to answer in kind", {"deed_actor": "Peru"}),
    # Told in the plan's own news cycle.
    ("Chile chose not to answer in kind", {"written_b": "2031-04-02"}),
    # Long after the plan's days: a decision on another round.
    ("Chile chose not to answer in kind",
     {"deed_day": (date(2031, 4, 2) + timedelta(days=PLAN_DEED_DAYS + 5)).isoformat(), "written_b": "2031-06-01"}),
    # A word of the threat's condition is no word of what was threatened.
    ("Ivan Brandt ruled out army intervention",
     {"plan_text": "Chile will impose tariffs on the junta's firms if the army seizes control", "deed_actor": "Ivan Brandt"}),
    # Where a decision was taken is not what was decided: a meeting planned and a decision taken at another.
    ("Chile chose at its meeting yesterday to join the fisheries convention",
     {"plan_text": "Chilean officials had agreed to meet the inspectors on Saturday", "plan_kind": "meeting"}),
])
def test_no_decision_on_the_plan(deed_text, changes):
    recs, plan, deed = _decided(deed_text, **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_decided(cp, cd)


# ---------------------------------------------------------------- a side denies its own deed (topics.denies_own_deed)

DENIAL = "The Danish navy insists its patrol boat never touched the trawler"


def _denial(deed_text: str, *, denial: str = DENIAL, actor: str = "Denmark", day: str = "2031-06-01"):
    recs = [record("a", "Wire", "2031-06-02"), record("b", "Weekly", "2031-06-04")]
    deed = event("a", deed_text, "other", actor=actor, day=day)
    said = event("b", denial, actor="Denmark", modality="denied", polarity="negative")
    return recs, said, deed


@pytest.mark.parametrize("deed_text", [
    "A Danish patrol boat rammed the trawler's stern on Sunday",
    "A Danish patrol boat struck the fishing boat on Sunday, damaging its hull",
])
def test_a_sides_denial_of_contact_and_its_deed_of_contact_conflict(deed_text):
    recs, said, deed = _denial(deed_text)
    (cs, cd), _ = claims_for(recs, [said, deed])
    assert denies_own_deed(cs, cd) and not denies_own_deed(cd, cs)
    got = scored(recs, deed, said)
    assert got is not None and got.relation == Relation.same_topic and not got.agrees
    assert "polarity" in {d.attribute for d in got.differences}
    parity = build_parity(timeline(recs, [said, deed]), None, {"a": deed_text, "b": DENIAL})
    status = {c.event: c.status for c in parity.claims}
    assert status[said.id] == status[deed.id] == Status.conflicting


@pytest.mark.parametrize("deed_text, changes", [
    # Another deed of the side's that day, no contact: what it does not deny.
    ("A Danish patrol boat escorted the trawler out of the zone on Sunday", {}),
    # Another side's deed.
    ("A Swedish patrol boat rammed the trawler's stern on Sunday", {"actor": "Sweden"}),
    # Another thing: the denial names a trawler, the deed a buoy no family holds, nor an object.
    ("A Danish patrol boat struck a marker buoy on Sunday", {}),
    # Weeks before the denial: another incident.
    ("A Danish patrol boat rammed the trawler's stern", {"day": "2031-04-01"}),
    # A denial of something else: no contact denied.
    ("A Danish patrol boat rammed the trawler's stern on Sunday",
     {"denial": "The Danish navy insists its patrol boat never entered Swedish waters"}),
])
def test_no_denial_of_the_sides_deed(deed_text, changes):
    recs, said, deed = _denial(deed_text, **changes)
    (cs, cd), _ = claims_for(recs, [said, deed])
    assert not denies_own_deed(cs, cd)


# ---------------------------------------------------------------- a body's line told again (topics.persons_line)

def _line(first: str, again: str, *, actor: str = "Andean Community"):
    recs = [record("a", "Wire", "2031-09-03"), record("b", "Weekly", "2031-09-24")]
    said = event("a", first, actor=actor, day=("2031-08-25", "2031-08-31"))
    again_said = event("b", again, actor=actor, day="2031-09-23")
    return recs, said, again_said


def test_a_bodys_line_told_again_by_a_word_of_its_own():
    recs, said, again = _line("The Andean Community had warned last week that it would not recognise a junta",
                              "The Andean Community also said it would not recognise the new leader")
    (ca, cb), _ = claims_for(recs, [said, again])
    assert persons_line(ca, cb, LINE_SIM) and persons_line(cb, ca, LINE_SIM)


@pytest.mark.parametrize("first, again, actor", [
    # A person's two statements sharing a word and no proper name: not enough (a person speaks on many things).
    ("Ivan Brandt had warned last week that he would not recognise a junta",
     "Ivan Brandt also said he would not recognise the new leader", "Ivan Brandt"),
    # A body's two statements sharing only words of speaking.
    ("The Andean Community said last week it was alarmed", "The Andean Community also said it was hopeful",
     "Andean Community"),
])
def test_no_line_by_a_shared_word(first, again, actor):
    recs, said, again_said = _line(first, again, actor=actor)
    (ca, cb), _ = claims_for(recs, [said, again_said])
    assert not persons_line(ca, cb, LINE_SIM)
