"""Session 20 (pstatus20): the statuses claims get, under --oracle and end to end, and the same_topic links that decide them.

Every wrong status at session 20's start (main ab9f0b1) on heldout16 (declassified this session), heldout14, heldout15,
heldout11, heldout9, heldout13, heldout7, heldout10, heldout12 and the dev sets eval, gaps, gaps2, heldout, heldout2,
heldout3, heldout4, fresh6, dev12-links, dev16-standoff (1,701 gold statuses), by the cause that decides it, under --oracle
(gold events) and end to end (extracted events; a status can be right there although its event's link is lost), and after
steps 1-5 (counted over `parity.evaluate -v --why`: each "status" line's cause, and the gold links missed that name the claim):

| cause (gold status)                                                        | oracle | after | e2e | after | whose   |
|----------------------------------------------------------------------------|-------:|------:|----:|------:|---------|
| corroborated: the agreeing same_event link missing (or only a copy's)      |     98 |    98 | 131 |   131 | plink20 |
| conflicting: the differing same_event link missing                         |     67 |    67 | 105 |   105 | plink20 |
| conflicting: the differing same_topic link missing: two sides' statements  |     50 |    49 |  45 |    44 | pstatus |
|   on one act (a yield or toll each counts otherwise, a hazard denied and   |        |       |     |       |         |
|   found, blame and a plea of self-defence: speakers of no known side, a    |        |       |     |       |         |
|   relay's words), a stance told in words no rule reads (measures backed   |        |       |     |       |         |
|   paragraphs after they were told: step 5)                                 |        |       |     |       |         |
| later_development: the same_topic link to the later source missing: a      |     39 |    34 |  40 |    39 | pstatus |
|   planned session and what it adopted that night or what was said at it   |        |       |     |       |         |
|   (steps 1, 2), a resolution or sanctions sought and adopted (step 3), a   |        |       |     |       |         |
|   plan told in other words (a task force to be sent / sailed), a trip cut |        |       |     |       |         |
| a link the gold lacks (a copy's, another act's), or a difference it lacks |     41 |    41 |  31 |    31 | plink20 |
| the link found with the other relation, or later / earlier read otherwise |     21 |    21 |  24 |    24 | both    |
| conflicting: the gold's difference not seen on a found link (a toll of     |     11 |     9 |  13 |    13 | pstatus |
|   people / of activists: step 4; a place in kilometres / nautical miles)   |        |       |     |       |         |
| echo: the copy's link missing; other                                       |      1 |     1 |   8 |     8 |         |
| e2e only: the event, or the counterpart deciding it, not extracted         |        |       | 217 |   217 | timeline|
| right                                                                      |  1,373 | 1,381 | 1,087 | 1,089 |       |

Oracle status after steps 1-5: heldout16 169->176/234 (link F1 .59->.65, differs 30/33->39/40), heldout2 61->62/68 (F1
.84->.83: two more same_topic links to the sentence-mates of the statement taking no side); end to end heldout4 57->58/84
(F1 .62->.64), heldout2 53->54/68; blind heldout18 (written this session) oracle 74->75/141 (F1 .61->.62);
heldout3 oracle F1 .87->.86 (two same_topic links the gold lacks: a UN emergency meeting planned and its members' vote at
it that day; statuses unchanged); every other dev set, the samples (14/14) and the other blind figures (heldout5, 6, 8,
17 oracle and end to end, heldout18 end to end) unchanged.

Step 1: a body's planned session and what it adopted the night after (acts._bloc_outcome): the UN acts by meeting too
(words.toml [meeting_bodies]), and a session called for the evening runs past midnight (BLOC_OVERNIGHT_DAYS).

Step 2: a statement told, in a later source, as made at or to the planned meeting on its days or that night ("addressing
the General Assembly overnight", acts._said_at_meeting, words.toml [meeting_address]): the eval README's rule on planned
meetings ("the statements a source tells as made at or to that meeting").

Step 3: a plan and its deed (topics._one_measure): a measure one names ("Resolution 2417") and the other tells by its noun
("a resolution") is no name apart; a sanction planned in general words ("might weigh sanctions of its own", words.toml
[general_measures]) is carried out by any sanction of its doer in the plan's days, told later.

Step 4: one toll counted as "people" in one claim and as people of a kind in the other ("killing at least 12 people" /
"eleven fishermen were killed"), both telling one outcome, is one count (score._one_toll_of_people, counts.toml
[persons]): the conflict the gold sees on the same_event link.

Step 5: an act is also named by its kind's nouns (stance.toml [acts.kind_nouns]: a sanction by "sanctions", "measures"),
so an undated statement backing "the measures" paragraphs after one side's sanctions were told backs that side
(claims.act_doers, read by session 19's claims._ActsBefore): its conflict with the same side taking no side told by
another source (the eval README's rule on one side's opposed stances).

Tried and dropped: a deployment of ships planned ("will send a naval task group") carried out by its doer's ships
sailing told later in a sentence naming two of the plan's words: +1 status on heldout16, but four links the golds lack
(two on heldout18, blind, whose oracle F1 fell .62->.61).

Fresh sentences below: invented states, bodies, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity.acts import meeting_outcome
from parity.build import build_parity
from parity.claims import claims_of
from parity.models import Relation, Status
from parity.score import count_difference
from parity.topics import _unshared, plan_carried_out
from tests.parity.helpers import claims_for, event, record, scored, timeline
from timeline.models import Evidence

# ---------------------------------------------------------------- step 1: a body's session that runs into the night

SESSION = "The UN Security Council will hold an emergency session late on Monday, at Norland's request"


def _session(outcome: str, *, outcome_day: str = "2034-03-07", kind: str = "statement", actor: str = "UN",
             written_b: str = "2034-03-07"):
    recs = [record("a", "Capital Wire", "2034-03-06"), record("b", "Harbour Post", written_b)]
    plan = event("a", SESSION, "meeting", actor="UN", modality="planned", day="2034-03-06")
    done = event("b", outcome, kind, actor=actor, day=outcome_day)
    return recs, plan, done


@pytest.mark.parametrize("outcome", [
    "Past midnight the Council agreed on a presidential statement deploring the shelling",
    "In the small hours of Tuesday the Security Council voiced regret at the shelling of the port",
])
def test_what_a_night_session_adopted_the_next_morning_is_its_outcome(outcome):
    recs, plan, done = _session(outcome)
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert meeting_outcome(cm, cs)
    parity = build_parity(timeline(recs, [plan, done]), None, {"a": SESSION, "b": outcome})
    assert {c.event: c.status for c in parity.claims}[plan.id] == Status.later_development


@pytest.mark.parametrize("changes", [
    {"outcome_day": "2034-03-09", "written_b": "2034-03-09"},  # two days on: no longer the session's night
    {"actor": "Norland"},  # the requesting state's own statement, not the body's
    {"written_b": "2034-03-06"},  # told in the plan's own news cycle
])
def test_a_statement_past_the_night_or_of_another_speaker_is_no_outcome(changes):
    recs, plan, done = _session("The Council adopted a statement deploring the shelling", **changes)
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert not meeting_outcome(cm, cs)


@pytest.mark.parametrize("said", [
    "Norland's foreign minister, speaking to the Security Council shortly after midnight, called the shelling a crime",
    "Speaking at the emergency session, the Norlandic envoy demanded an inquiry",
])
def test_words_told_as_said_at_the_planned_session_are_its_outcome(said):
    recs, plan, done = _session(said, outcome_day="2034-03-06", actor="Norland")
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert meeting_outcome(cm, cs)


@pytest.mark.parametrize("said, changes", [
    # Said to reporters, not to the session.
    ("Norland's foreign minister told reporters in New York that the shelling was a crime", {}),
    # Said to another body.
    ("Norland's foreign minister, addressing parliament in Oslo, called the shelling a crime", {}),
    # Said to the Council, but a week later: another sitting.
    ("Norland's foreign minister, addressing the UN Security Council, called the shelling a crime",
     {"outcome_day": "2034-03-13", "written_b": "2034-03-13"}),
])
def test_words_said_elsewhere_or_on_other_days_are_no_outcome_of_the_session(said, changes):
    recs, plan, done = _session(said, **{"outcome_day": "2034-03-06", "actor": "Norland", **changes})
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert not meeting_outcome(cm, cs)


# ---------------------------------------------------------------- step 2: a measure named in one and told by its noun in the other

def _plan_deed(plan_text: str, deed_text: str, *, plan_actor: str = "UN", deed_actor: str = "UN",
               deed_day: str = "2034-05-19", written_b: str = "2034-05-28"):
    recs = [record("a", "Capital Wire", "2034-05-14"), record("b", "Policy Review", written_b)]
    plan = event("a", plan_text, "sanction", actor=plan_actor, modality="planned")
    deed = event("b", deed_text, "sanction", actor=deed_actor, day=deed_day)
    return recs, plan, deed


@pytest.mark.parametrize("plan_text, deed_text", [
    ("Kestria's envoy said it would lobby for a resolution carrying an oil embargo",
     "The Council passed Resolution 3140 on the 19th, with two abstentions"),
    ("Diplomats said the bloc would seek a resolution imposing an arms embargo",
     "On the 19th the Council passed Resolution 3140, imposing an arms embargo"),
])
def test_a_resolution_sought_and_the_named_resolution_adopted_are_one_subject(plan_text, deed_text):
    recs, plan, deed = _plan_deed(plan_text, deed_text)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd)
    got = scored(recs, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


def test_a_name_the_other_tells_by_its_noun_is_shared_and_other_names_stay_apart():
    recs, plan, deed = _plan_deed("would press for a resolution at Port Kessa", "adopted Resolution 3140 at Dunmore")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert _unshared({"Resolution", "Port Kessa"}, cd) == {"Port Kessa"}
    assert not plan_carried_out(cp, cd)  # Port Kessa / Dunmore: two places, two measures


# ---------------------------------------------------------------- step 3: sanctions planned in general words, and a sanction taken

@pytest.mark.parametrize("plan_text, deed_text", [
    ("Chile said on Friday that it was weighing penalties of its own",
     "From 19 May it barred Bolivian airlines from its airports"),
    ("Chile will take punitive measures against Bolivia, its foreign minister said",
     "Chile froze the assets of three Bolivian banks on Monday"),
    ("The cabinet said Chile was preparing countermeasures",
     "Chile banned imports of Bolivian steel"),
])
def test_sanctions_planned_in_general_words_and_a_sanction_taken_later(plan_text, deed_text):
    recs, plan, deed = _plan_deed(plan_text, deed_text, plan_actor="Chile", deed_actor="Chile")
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert plan_carried_out(cp, cd)
    parity = build_parity(timeline(recs, [plan, deed]), None, {"a": plan_text, "b": deed_text})
    assert {c.event: c.status for c in parity.claims}[plan.id] == Status.later_development


@pytest.mark.parametrize("plan_text, deed_text, changes", [
    # A specific measure planned, and another taken: the plan names what the deed is not.
    ("Chile said it would freeze the assets of Bolivia's central bank", "It barred Bolivian airlines from its airports", {}),
    # Another doer's sanction.
    ("Chile said it was weighing penalties of its own", "Peru barred Bolivian airlines from its airports",
     {"deed_actor": "Peru"}),
    # Told in the plan's own news cycle.
    ("Chile said it was weighing penalties of its own", "It barred Bolivian airlines from its airports",
     {"written_b": "2034-05-14", "deed_day": "2034-05-14"}),
    # Months after the plan: another round.
    ("Chile said it was weighing penalties of its own", "It barred Bolivian airlines from its airports",
     {"deed_day": "2034-09-30", "written_b": "2034-10-02"}),
])
def test_no_general_sanction_plan_is_carried_out_by_another_doer_or_out_of_its_days(plan_text, deed_text, changes):
    changes = {"deed_actor": "Chile", **changes}
    recs, plan, deed = _plan_deed(plan_text, deed_text, plan_actor="Chile", **changes)
    (cp, cd), _ = claims_for(recs, [plan, deed])
    assert not plan_carried_out(cp, cd)


# ---------------------------------------------------------------- step 4: one toll counted as people and as people of a kind

def _toll(text_a: str, text_b: str):
    recs = [record("a", "Capital Wire", "2034-07-02"), record("b", "Harbour Post", "2034-07-03")]
    a = event("a", text_a, "other", actor="Kestria", day="2034-07-02")
    b = event("b", text_b, "other", actor="Kestria", day="2034-07-02")
    return recs, a, b


@pytest.mark.parametrize("text_a, text_b", [
    ("Kestrian coast guards fired on the trawler, killing at least 12 people", "Eleven fishermen were killed in the attack"),
    ("The shelling of the market wounded 30 people, the mayor said", "26 civilians were wounded in the shelling"),
])
def test_a_toll_of_people_and_of_people_of_a_kind_differ_on_count(text_a, text_b):
    recs, a, b = _toll(text_a, text_b)
    (ca, cb), _ = claims_for(recs, [a, b])
    diff = count_difference(ca, cb, own=True)
    assert diff is not None and diff.attribute == "count"


@pytest.mark.parametrize("text_a, text_b", [
    # The dead and the wounded.
    ("Kestrian coast guards fired on the trawler, killing at least 12 people", "Eleven fishermen were wounded in the attack"),
    # One figure in both.
    ("The raid killed 9 people", "Nine activists were killed in the raid"),
])
def test_other_outcomes_or_one_figure_are_no_count_difference(text_a, text_b):
    recs, a, b = _toll(text_a, text_b)
    (ca, cb), _ = claims_for(recs, [a, b])
    assert count_difference(ca, cb, own=True) is None


# ---------------------------------------------------------------- step 5: measures backed paragraphs after they were told

FREEZE = ("Canada froze the assets of six Zemlandian banks on Tuesday and barred its airlines from Canadian airports. "
          "Zemlandia's foreign ministry summoned the Canadian envoy. "
          "Its spokesman said the steps would not help the talks. "
          "Norway voiced support for the measures.")
FREEZE_ACT = "Canada froze the assets of six Zemlandian banks on Tuesday and barred its airlines from Canadian airports."
FREEZE_SAY = "Norway voiced support for the measures."


def _placed(excerpt: str, body: str, sentence: str, kind: str, **kw):
    start = body.index(sentence)
    ev = event(excerpt, sentence, kind, **kw)
    return ev.model_copy(update={"evidence": Evidence.of(body, start, start + len(sentence))})


def _freeze(body: str = FREEZE, *, kind: str = "sanction", say_day: str | None = None, other_side: str | None = None):
    recs = [record("f1", "North Wire", "2034-09-03")]
    evs = [_placed("f1", body, FREEZE_ACT, kind, actor="Canada", day="2034-09-02", summary="froze the assets"),
           _placed("f1", body, FREEZE_SAY, "statement", actor="Norway", day=say_day,
                   summary="Norway voiced support for the measures")]
    if other_side:
        other = "Zemlandia's foreign ministry summoned the Canadian envoy."
        evs.append(_placed("f1", body, other, "sanction", actor=other_side, day="2034-09-02",
                           summary="barred Canadian imports"))
    return recs, evs


def test_measures_backed_paragraphs_after_a_sanction_back_its_doer():
    recs, evs = _freeze()
    claims = {c.id: c for c in claims_of(timeline(recs, evs))}
    got = {(st.stance, st.target, st.polarity) for st in claims[evs[1].id].stances}
    assert ("support", "Canada", "positive") in got


@pytest.mark.parametrize("changes", [
    # The act told before is no sanction: "the measures" name none of it.
    {"kind": "deployment"},
    # Two sides' sanctions told before: no one doer.
    {"other_side": "Russia"},
    # Dated on its own: it may be of another turn of events (session 19's rule).
    {"say_day": "2034-09-20"},
])
def test_no_doer_for_the_measures_when_unsure(changes):
    recs, evs = _freeze(**changes)
    claims = {c.id: c for c in claims_of(timeline(recs, evs))}
    assert not any(st.stance == "support" and st.target == "Canada" for st in claims[evs[1].id].stances)


def test_the_backing_and_taking_no_side_told_by_another_source_conflict():
    recs, evs = _freeze()
    said = "Oslo declined to take sides, a Norwegian diplomat said."
    recs = recs + [record("f2", "Fjord Radio", "2034-09-04")]
    evs = evs + [event("f2", said, "statement", actor="Norway", summary="Oslo declined to take sides")]
    parity = build_parity(timeline(recs, evs), None, {"f1": FREEZE, "f2": said})
    status = {c.event: c.status for c in parity.claims}
    assert status[evs[1].id] == status[evs[2].id] == Status.conflicting

