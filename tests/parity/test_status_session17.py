"""Session 17 (ptopic17): same_topic links and the status a claim gets from them (`--oracle`).

Every wrong status under --oracle at session 17's start (main 87d82c8) on heldout11 (declassified this session), heldout9,
heldout13, heldout7, heldout10, heldout12 and the dev sets eval, gaps, gaps2, heldout, heldout2, heldout3, heldout4, fresh6,
dev12-links, dev16-standoff: 246 of 1,269 statuses, by the links around the claim (gold links missing, or found that the
gold lacks, by relation; a copy's link is no witness):

| cause                                                                                  | count | whose    |
|----------------------------------------------------------------------------------------|------:|----------|
| a same_event link missing or false (gold corroborated 90, conflicting 42, echo 8,       |   151 | plink17  |
|   single_source 7, later_development 4)                                                |       |          |
| a same_event and a same_topic link both missing                                         |    19 | both     |
| a same_topic link missing or false, alone:                                              |    68 | ptopic17 |
|   gold later_development (37): a plan and what came of it (a visit, a vote, a removal,  |       |          |
|   a deployment ended, a protest note handed, a speech given: 19); a threat and the act  |       |          |
|   or the answer (would respond / decided not to, will take action / ordered sanctions,  |       |          |
|   warned / blew up: 10); one speaker's or state's line told again in a later source     |       |          |
|   (said / affirmed, held back / stood by, the next measure: 8)                           |       |          |
|   gold conflicting (28): a stance and its opposite on one subject (blamed the gunboat / |       |          |
|   a piratical ramming by the frigate, mediator / sided with London, solely responsible /|       |          |
|   prepared to wreck it, did not seize power / a coup, supported / none, complained /    |       |          |
|   praised, restraint / condemned, voiced support / declined to take sides: 24); an act  |       |          |
|   and its denial told by a relay (violated airspace / insists it flew over open sea: 2);|       |          |
|   a drill's conflict unseen beside a false same_topic link (2)                          |       |          |
|   other gold statuses: a same_topic link the gold lacks (3)                             |       |          |
| the status rule given right links: a copy lent its mate's false same_event link (2);   |     8 | status   |
|   the gold's difference not seen (a place, "persons" / "prisoners": 2); a count the gold |       |          |
|   calls one figure (2); a planned meeting echoed with the gold's own same_topic link to |       |          |
|   a later source, gold echo where the written rule says later_development (2, as in     |       |          |
|   session 16: the gold against the rule, not changed)                                   |       |          |

Missed same_topic links by the test that failed (all 16 sets, --why): a relay (a statement only relaying its sentence's
act links by stance, denial or announcement only) 22, kinds differ 33 (other/statement 18), similarity < 0.05 27,
< 0.12 14, < 0.25 9, blocked (candidate limit 14, no shared key 10), found as same_event 7.

Step 1 (`parity.topics.plan_carried_out`): a threat or a plan of a measure and the doer's measure told done later: oracle
status heldout11 51 -> 53/87, heldout10 59 -> 60/73, heldout12 68 -> 69/87; blind sets unchanged; e2e unchanged.
Step 2 (`topics.TOLD_KINDS`): a plan of a note, a request or a speech and the deed told later in words of its own, also
when the plan is a relay (two words of their own: one, "drills", cost e2e links on heldout7/12); a named person's speech
to come and the person's words of its day (`topics._one_speech`): oracle status dev16-standoff 37 -> 38/43 (links R .57 ->
.65), heldout9 123 -> 124/163; blind oracle unchanged, e2e heldout5 (blind) 61 -> 62/122.
Step 3: a ship anchored and leaving (words.toml [trips]), a visit planned and its flight (`topics.trip_made`,
outcomes.toml "flew"), a vote planned for a day and the approval of that day (`topics._outcome_on_its_day`): oracle status
dev16-standoff 38 -> 39/43, heldout9 124 -> 125/163, heldout3 118 -> 119/133; blind oracle unchanged; e2e status
dev16-standoff 29 -> 30/43, heldout8 (blind) 71 -> 72/130 (one more false link there: P .67 -> .65, F1 .46 kept).
Step 4: one person's line on one named thing told again weeks later (`topics.persons_line`): oracle status heldout9
125 -> 126/163; blind oracle links heldout8 F1 .71 -> .72, statuses unchanged. Tried and taken out: a copy lent its
counterpart's later_development (dev heldout12 +1, heldout3 +1, blind heldout6 -1: the written rule gives a copy
later_development only by a link of its own, and a blind gold follows it); a person's side read from a title before the
name when no role is known ("Russian President X": heldout3 -1, nothing gained).
Step 5: a named person's plan and deed of one kind need one word of their own, and a source dated by month only is
written no earlier than the past deed it tells (as status.written_from): oracle heldout7 links F1 .74 -> .75, blind
heldout8 status 97 -> 98/130 (links F1 .72 kept, P .84 -> .85).
Step 6: a warning naming a thing and its side's act on it days later (`topics.warning_carried_out`): e2e dev12-links
links F1 .39 -> .43, status 23 -> 24/53 (oracle: the speaker's side comes from a role, which gold events lack); every
other oracle and e2e figure, blind ones included, unchanged.

Fresh sentences below: invented states, people and days, no text of a heldout set.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from parity.acts import one_trip
from parity.build import build_parity
from parity.models import Relation, Status
from parity.topics import PLAN_DEED_DAYS, persons_line, plan_carried_out, trip_made, warning_carried_out
from tests.parity.helpers import claims_for, event, record, scored, timeline
from timeline.models import ExcerptRecord

# ---------------------------------------------------------------- a plan or threat carried out (topics.plan_carried_out)

THREAT = "Ruritania will impose penalties on those responsible if the junta does not step down"
FROZE = "Ruritania froze the assets of four generals on 12 March"


def _pair(plan_text: str, deed_text: str, *, kind: str = "sanction", plan_actor: str = "Ruritania",
          deed_actor: str = "Ruritania", modality: str = "conditional", plan_day=None,
          deed_day="2031-03-12", written_b: str = "2031-03-20"):
    recs = [record("a", "Wire", "2031-03-02"), record("b", "Weekly", written_b)]
    plan = event("a", plan_text, kind, actor=plan_actor, modality=modality, day=plan_day)
    deed = event("b", deed_text, kind, actor=deed_actor, day=deed_day)
    return recs, plan, deed


def test_a_threat_and_its_doers_measure_told_later_are_one_subject():
    recs, plan, deed = _pair(THREAT, FROZE)
    got = scored(recs, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


def test_the_threat_gets_later_development_from_the_measure():
    recs, plan, deed = _pair(THREAT, FROZE)
    parity = build_parity(timeline(recs, [plan, deed]), None, {"a": THREAT, "b": FROZE})
    status = {c.event: c.status for c in parity.claims}
    assert status[plan.id] == Status.later_development
    assert status[deed.id] == Status.single_source  # the threat was told earlier: nothing followed the deed


@pytest.mark.parametrize("plan_text, deed_text, modality, kind", [
    # A plan of a named measure and the measure done, one word of their own in common (a stem: strike / striking).
    ("Kesland will start steps to strike Osterland off its list of trusted trading partners",
     "The Kesland cabinet approved striking Osterland off the list on 12 March", "planned", "sanction"),
    # A deployment planned and done.
    ("Kesland will send a mechanised brigade to the border region",
     "Kesland sent the mechanised brigade on 12 March", "planned", "deployment"),
])
def test_a_named_plan_and_the_deed_sharing_its_words_are_one_subject(plan_text, deed_text, modality, kind):
    recs, plan, deed = _pair(plan_text, deed_text, kind=kind, plan_actor="Kesland", deed_actor="Kesland",
                             modality=modality)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd) and plan_carried_out(cd, cp)
    # The same deed in words of its own is another measure of the package.
    other = event("b", "The Kesland cabinet approved new tariffs on 12 March", kind, actor="Kesland", day="2031-03-12")
    (cp, co), _ = claims_for(recs, [plan, other])
    assert not plan_carried_out(cp, co)


@pytest.mark.parametrize("plan_text, deed_text, changes", [
    # Done by the day the threat was told: what it spoke of, not what came of it.
    (THREAT, "Ruritania froze the assets of four generals on 1 March", {"deed_day": "2031-03-01"}),
    # Told in the same news cycle: the threat and another act of its days.
    (THREAT, FROZE, {"written_b": "2031-03-02", "deed_day": "2031-03-02"}),
    # Long after: another round of measures.
    (THREAT, "Ruritania froze the assets of four generals in May", {"deed_day": "2031-05-20",
                                                                      "written_b": "2031-05-25"}),
    # Another doer's measure.
    (THREAT, "Osterland froze the assets of four generals on 12 March", {"deed_actor": "Osterland"}),
    # An undated deed: the state of things the plan spoke of, not a deed done after it.
    (THREAT, "Ruritania's measures cover four generals", {"deed_day": None}),
    # A plan of one named measure and another measure of the package.
    ("Ruritania will also suspend ministerial visits to Borduria",
     "Ruritania is expelling 12 Bordurian diplomats, it said on 12 March", {"modality": "planned"}),
    # Two places named apart.
    ("Ruritania will deploy rocket batteries in Syldavia", "Ruritania deployed rocket batteries at Port Vlad",
     {"modality": "planned", "kind": "deployment"}),
])
def test_no_plan_carried_out(plan_text, deed_text, changes):
    recs, plan, deed = _pair(plan_text, deed_text, **changes)
    got = scored(recs, plan, deed)
    assert got is None or got.relation != Relation.same_topic or got.differences


def test_an_undated_threat_waits_at_most_plan_deed_days():
    last = date(2031, 3, 2) + timedelta(days=PLAN_DEED_DAYS)
    recs, plan, deed = _pair(THREAT, FROZE, deed_day=last.isoformat(), written_b="2031-05-30")
    assert scored(recs, plan, deed) is not None
    recs, plan, deed = _pair(THREAT, FROZE, deed_day=(last + timedelta(days=1)).isoformat(), written_b="2031-05-30")
    assert scored(recs, plan, deed) is None


# ---------------------------------------------------------------- plans of words and other acts (topics.TOLD_KINDS)

NOTE_PLAN = "Norway's foreign ministry said it would hand a protest note to the Danish embassy on Thursday"
NOTE_DONE = "On Thursday an envoy of Norway handed the Danish mission a formal protest note over the overflight"


def _told(plan_text: str, deed_text: str, *, plan_kind: str = "statement", deed_kind: str = "statement",
          plan_day="2031-03-06", deed_day="2031-03-06", written_a: str = "2031-03-06", written_b: str = "2031-03-07"):
    recs = [record("a", "Wire", written_a), record("b", "Weekly", written_b)]
    plan = event("a", plan_text, plan_kind, actor="Norway", modality="planned", day=plan_day)
    deed = event("b", deed_text, deed_kind, actor="Norway", day=deed_day)
    return recs, plan, deed


def test_a_note_to_be_handed_that_day_and_the_note_handed_told_next_day():
    recs, plan, deed = _told(NOTE_PLAN, NOTE_DONE)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd)
    parity = build_parity(timeline(recs, [plan, deed]), None, {"a": NOTE_PLAN, "b": NOTE_DONE})
    assert {c.event: c.status for c in parity.claims}[plan.id] == Status.later_development


def test_a_request_planned_and_told_undated_in_a_later_source():
    plan_text = "Norway would ask its allies to send more minesweepers to the bay"
    deed_text = "Two minesweepers arrived, days after Norway asked its allies for more minesweepers"
    recs, plan, deed = _told(plan_text, deed_text, plan_kind="other", plan_day=None, deed_day=None,
                             written_b="2031-03-12")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd)


@pytest.mark.parametrize("plan_text, deed_text, changes", [
    # Words of their own apart: another note of the week.
    (NOTE_PLAN, "Norway summoned the Danish charge d'affaires on Thursday", {}),
    # One word in common, a doer's drills: its plan to watch them and its navy's notice of others.
    ("Norway's king will observe part of the drills", "Norway announced its navy would hold further drills off Bodo",
     {"plan_kind": "other", "plan_day": None, "deed_day": "2031-03-09", "written_b": "2031-03-10"}),
    # A plan of no one day done on the day it was told: what it spoke of.
    ("Norway would hand further protest notes to the embassy in the coming weeks", NOTE_DONE,
     {"plan_day": ("2031-03-06", "2031-05-06")}),
    # Told in one news cycle.
    (NOTE_PLAN, NOTE_DONE, {"written_b": "2031-03-06"}),
    # An undated measure told in a later source: the state of things, not a deed done after the plan.
    ("Norway would send more troops to the border", "Norway's troops at the border number about 2,000",
     {"plan_kind": "deployment", "deed_kind": "deployment", "plan_day": None, "deed_day": None,
      "written_b": "2031-03-12"}),
])
def test_no_told_plan_carried_out(plan_text, deed_text, changes):
    recs, plan, deed = _told(plan_text, deed_text, **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_carried_out(cp, cd) and not plan_carried_out(cd, cp)


# ---------------------------------------------------------------- a named person's speech to come (topics._one_speech)

SPEECH_PLAN = "On Tuesday, President Anna Velk will address the members of the upper chamber"
SPEECH_DONE = "On 14 March Velk told lawmakers the border would stay shut"


@pytest.mark.parametrize("actor_b, day_b, written_b, linked", [
    ("Anna Velk", "2031-03-14", "2031-03-20", True),  # the speech given, told in a later source in other words
    ("Anna Velk", "2031-03-16", "2031-03-20", False),  # her words of another day
    ("Piet Dorn", "2031-03-14", "2031-03-20", False),  # another person's words of that day
])
def test_a_persons_speech_to_come_and_her_words_of_that_day(actor_b, day_b, written_b, linked):
    recs = [record("a", "Wire", "2031-03-13"), record("b", "Weekly", written_b)]
    plan = event("a", SPEECH_PLAN, actor="Anna Velk", modality="planned", day="2031-03-14")
    done = event("b", SPEECH_DONE, actor=actor_b, day=day_b)
    (cp, cd), _ = claims_for(recs, [plan, done])
    assert plan_carried_out(cp, cd) is linked


def test_a_states_statement_to_come_needs_words_of_its_own():
    # A state speaks through many offices in a day: its words of that day are not the one statement planned.
    recs = [record("a", "Wire", "2031-03-13"), record("b", "Weekly", "2031-03-20")]
    plan = event("a", "Denmark will announce its answer on Tuesday", actor="Denmark", modality="planned",
                 day="2031-03-14")
    done = event("b", "Denmark's defence ministry said on 14 March the patrols would go on", actor="Denmark",
                 day="2031-03-14")
    (cp, cd), _ = claims_for(recs, [plan, done])
    assert not plan_carried_out(cp, cd)


# ---------------------------------------------------------------- a stay, a trip, a vote: what came of them

def test_a_ship_anchored_and_the_ship_leaving_days_later_are_one_stay():
    # words.toml [trips]: "anchored" is one end of a stay as "arrived" is.
    recs = [record("a", "Wire", "2031-06-09"), record("b", "Weekly", "2031-06-17")]
    came = event("a", "The Danish survey ship 2207 anchored three miles from the reef", "ship_movement",
                 actor="Denmark", day="2031-06-07")
    went = event("b", "2207 left the reef on Sunday", "ship_movement", actor="Denmark", day="2031-06-14")
    (cc, cw), _ = claims_for(recs, [came, went])
    assert one_trip(cc, cw) and one_trip(cw, cc)
    got = scored(recs, came, went)
    assert got is not None and got.relation == Relation.same_topic


@pytest.mark.parametrize("deed_text, actor, linked", [
    ("Anna Velk flew there on 14 March", "Anna Velk", True),  # outcomes.toml: a trip planned, its flight told
    ("Piet Dorn flew there on 14 March", "Piet Dorn", False),  # another person's flight
    ("Anna Velk sued the paper on 14 March", "Anna Velk", False),  # another of her acts
])
def test_a_trip_planned_and_the_flight_told_later(deed_text, actor, linked):
    recs = [record("a", "Wire", "2031-03-12"), record("b", "Weekly", "2031-04-02")]
    plan = event("a", "Anna Velk is to travel to Lisbon on Tuesday for talks with the government", "meeting",
                 actor="Anna Velk", modality="planned", day="2031-03-14")
    deed = event("b", deed_text, "other", actor=actor, day="2031-03-14")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert trip_made(cp, cd) is linked


@pytest.mark.parametrize("deed_day, linked", [("2031-03-14", True), ("2031-03-15", False)])
def test_a_vote_planned_for_a_day_and_the_approval_of_that_day(deed_day, linked):
    # The plan names "the proposal", the deed what was approved: the day and the doer tie them.
    recs = [record("a", "Wire", "2031-03-14"), record("b", "Weekly", "2031-03-16")]
    plan = event("a", "The assembly will vote on the proposal", "other", actor="Kesland assembly",
                 modality="planned", day="2031-03-14")
    deed = event("b", "The assembly approved a state of emergency in five provinces", "other",
                 actor="Kesland assembly", day=deed_day)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd) is linked


def test_a_state_hosting_a_visit_makes_no_trip():
    # "will receive a delegation" is a visit by its visitors; the host state's plane landing is another act.
    recs = [record("a", "Wire", "2031-03-12"), record("b", "Weekly", "2031-04-02")]
    plan = event("a", "Denmark will receive a delegation of inspectors on Tuesday", "meeting", actor="Denmark",
                 modality="planned", day="2031-03-14")
    deed = event("b", "A Danish cargo plane landed at the inspectors' base on 14 March", "other", actor="Denmark",
                 day="2031-03-14")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not trip_made(cp, cd)


# ---------------------------------------------------------------- one person's line told again (topics.persons_line)

LINE_A = "Energy Minister Piet Dorn said this month that Kesland could instead meet its contracts through the Nordlink pipeline"
LINE_B = ("The minister, Piet Dorn, affirmed on Monday that Kesland will supply the southern market only through the "
          "Nordlink pipeline")


def _line(text_b: str = LINE_B, actor_b: str = "Piet Dorn", day_b: str = "2031-09-20", written_b: str = "2031-09-22"):
    recs = [record("a", "Wire", "2031-08-24"), record("b", "Weekly", written_b)]
    a = event("a", LINE_A, actor="Piet Dorn", day=("2031-08-01", "2031-08-31"))
    b = event("b", text_b, actor=actor_b, day=day_b)
    (ca, cb), claims = claims_for(recs, [a, b])
    from parity.blocking import build_index
    from parity.score import similarity
    return ca, cb, similarity(ca, cb, build_index(claims))


def test_one_persons_line_on_one_named_thing_told_again_weeks_later():
    ca, cb, sim = _line()
    assert persons_line(ca, cb, sim) and persons_line(cb, ca, sim)


@pytest.mark.parametrize("changes", [
    {"actor_b": "Anna Velk", "text_b": LINE_B.replace("Piet Dorn", "Anna Velk")},  # another person
    {"day_b": "2031-12-20", "written_b": "2031-12-22"},  # months later: another turn of events
    {"written_b": "2031-08-24", "day_b": "2031-08-24"},  # one news cycle
    {"text_b": "The minister, Piet Dorn, affirmed on Monday that Kesland will supply the southern market by sea"},
])
def test_no_persons_line(changes):
    ca, cb, sim = _line(**changes)
    assert not persons_line(ca, cb, sim)


# ---------------------------------------------------------------- a person's plan and its deed in a month-dated source

def _watch(deed_text: str, deed_kind: str = "other"):
    # The deed's source is dated by month only (published "2031-09"): written no earlier than the past deed it tells.
    recs = [record("a", "Wire", "2031-09-14"),
            ExcerptRecord(id="b", path="b.txt", sha256="0" * 64, title="Monthly story", outlet="Monthly",
                          published="2031-09")]
    plan = event("a", "President Anna Velk will observe part of the drills", "other", actor="Anna Velk",
                 modality="planned")
    deed = event("b", deed_text, deed_kind, actor="Anna Velk", day="2031-09-19")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    return cp, cd


def test_a_persons_plan_and_the_deed_of_one_kind_told_in_a_month_dated_source():
    cp, cd = _watch("Anna Velk watched the final phase at Grenvik on 19 September")
    assert plan_carried_out(cp, cd)


def test_a_persons_words_on_the_plans_subject_are_no_deed_of_it():
    cp, cd = _watch("Anna Velk called the drills a success", "statement")
    assert not plan_carried_out(cp, cd)


# ---------------------------------------------------------------- blame told as a predicate (stance.toml [predicates])

@pytest.mark.parametrize("text, blamed", [
    ('"Ruritania is solely responsible for the treaty\'s demise," the foreign minister said.', True),
    ("The minister said Ruritania was entirely responsible for the collapse of the talks.", True),
    ("The minister said Ruritania was responsible for border security.", False),  # a duty, no blame
])
def test_blame_for_a_treatys_end(text, blamed):
    from parity.stance import stances_in
    found = stances_in(text.replace("Ruritania", "Russia"), ("Norway",), {})
    assert any(s.stance == "blame" and s.target == "Russia" for s in found) is blamed


# ---------------------------------------------------------------- a warning carried out (topics.warning_carried_out)

WARNED = "Anna Velk, the Norwegian leader's sister, warned on Saturday that the useless border office would soon collapse"


@pytest.mark.parametrize("act_text, actor, day, linked", [
    # Her side's act on the thing she named, three days later.
    ("Norway blew up the joint border office on Tuesday", "Norway", "2031-06-16", True),
    # Another side's act on it.
    ("Sweden blew up the joint border office on Tuesday", "Sweden", "2031-06-16", False),
    # Before the warning: what it spoke of, not its outcome.
    ("Norway blew up the joint border office on Thursday", "Norway", "2031-06-11", False),
    # Her side's act on another thing.
    ("Norway closed the northern crossing on Tuesday", "Norway", "2031-06-16", False),
])
def test_a_warning_and_her_sides_act_on_the_thing_named(act_text, actor, day, linked):
    recs = [record("a", "Wire", "2031-06-14"), record("b", "Weekly", "2031-06-17")]
    warned = event("a", WARNED, actor="Anna Velk", role="Norwegian leader's sister", day="2031-06-13")
    act = event("b", act_text, "other", actor=actor, day=day)
    (cw, ca), _ = claims_for(recs, [warned, act])
    assert warning_carried_out(cw, ca) is linked
