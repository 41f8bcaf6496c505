"""Session 20 (pstatus20): the statuses claims get, under --oracle and end to end, and the same_topic links that decide them.

Every wrong status at session 20's start (main ab9f0b1) on heldout16 (declassified this session), heldout14, heldout15,
heldout11, heldout9, heldout13, heldout7, heldout10, heldout12 and the dev sets eval, gaps, gaps2, heldout, heldout2,
heldout3, heldout4, fresh6, dev12-links, dev16-standoff (1,701 gold statuses), by the cause that decides it, under --oracle
(gold events) and end to end (extracted events; a status can be right there although its event's link is lost), and after
steps 1-6 (counted over `parity.evaluate -v --why`: each "status" line's cause, and the gold links missed that name the claim):

| cause (gold status)                                                        | oracle | after | e2e | after | whose   |
|----------------------------------------------------------------------------|-------:|------:|----:|------:|---------|
| corroborated: the agreeing same_event link missing (or only a copy's)      |     98 |    98 | 131 |   131 | plink20 |
| conflicting: the differing same_event link missing                         |     67 |    67 | 105 |   105 | plink20 |
| conflicting: the differing same_topic link missing: two sides' statements  |     50 |    49 |  45 |    44 | pstatus |
|   on one act (a yield or toll each counts otherwise, a hazard denied and   |        |       |     |       |         |
|   found, blame and a plea of self-defence: speakers of no known side, a    |        |       |     |       |         |
|   relay's words), a stance told in words no rule reads (measures backed   |        |       |     |       |         |
|   paragraphs after they were told: step 5)                                 |        |       |     |       |         |
| later_development: the same_topic link to the later source missing: a      |     39 |    33 |  40 |    38 | pstatus |
|   planned session and what it adopted that night or what was said at it   |        |       |     |       |         |
|   (steps 1, 2), a resolution or sanctions sought and adopted (step 3), a   |        |       |     |       |         |
|   person's act foretold and done (step 6), a plan told in other words (a   |        |       |     |       |         |
|   task force to be sent / sailed), a trip cut short                        |        |       |     |       |         |
| a link the gold lacks (a copy's, another act's), or a difference it lacks |     41 |    41 |  31 |    31 | plink20 |
| the link found with the other relation, or later / earlier read otherwise |     21 |    21 |  24 |    24 | both    |
| conflicting: the gold's difference not seen on a found link (a toll of     |     11 |     9 |  13 |    13 | pstatus |
|   people / of activists: step 4; a place in kilometres / nautical miles)   |        |       |     |       |         |
| echo: the copy's link missing; other                                       |      1 |     1 |   8 |     8 |         |
| e2e only: the event, or the counterpart deciding it, not extracted         |        |       | 217 |   217 | timeline|
| right                                                                      |  1,373 | 1,382 | 1,087 | 1,090 |       |

Oracle status after steps 1-6: heldout16 169->177/234 (link F1 .59->.66, differs 30/33->40/41), heldout2 61->62/68 (F1
.84->.83: two more same_topic links to the sentence-mates of the statement taking no side); end to end heldout16
140->141/234 (F1 .39->.41), heldout4 57->58/84 (F1 .62->.64), heldout2 53->54/68; blind heldout18 (written this session) oracle 74->75/141 (F1 .61->.62);
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

Step 6: a claim telling a named person's act to come ("the minister, X, is under mounting pressure to resign, MPs said";
words.toml [foretold]) and, in a source written later, that person's act of that word done within PLAN_DEED_DAYS ("X
resigned"): what came of it (topics.foretold_deed), same_topic, later_development for the foretelling.

Step 7: a planned meeting's parties are also the people its sentence names (acts._names_in), so "A and B were due to meet
on Friday" / "when A and B met on the 6th, they agreed ..." told later is its outcome (the eval README's rule on planned
meetings): heldout2 oracle links 62->63 of 74 (and one to the plan's spun copy, which the gold lacks), statuses unchanged.

Tried and dropped: a deployment of ships planned ("will send a naval task group") carried out by its doer's ships
sailing told later in a sentence naming two of the plan's words: +1 status on heldout16, but four links the golds lack
(two on heldout18, blind, whose oracle F1 fell .62->.61).

Fresh sentences below: invented states, bodies, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity.acts import meeting_outcome
from parity.build import build_parity
from parity.models import Relation, Status
from parity.score import count_difference
from parity.topics import _unshared, foretold_deed, plan_carried_out
from tests.parity.helpers import claims_for, event, record, scored, stances_of, timeline
from timeline.models import Evidence


def _assert_outcome(recs, plan, done, text_a: str, text_b: str) -> None:
    """done is the planned meeting's outcome: meeting_outcome holds, and the plan's status is later_development."""
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert meeting_outcome(cm, cs)
    parity = build_parity(timeline(recs, [plan, done]), None, {"a": text_a, "b": text_b})
    assert {c.event: c.status for c in parity.claims}[plan.id] == Status.later_development

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
    _assert_outcome(recs, plan, done, SESSION, outcome)


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


def _toll_difference(text_a: str, text_b: str):
    """count_difference of the two tolls' claims (None when they agree on the count)."""
    recs, a, b = _toll(text_a, text_b)
    (ca, cb), _ = claims_for(recs, [a, b])
    return count_difference(ca, cb, own=True)


@pytest.mark.parametrize("text_a, text_b", [
    ("Kestrian coast guards fired on the trawler, killing at least 12 people", "Eleven fishermen were killed in the attack"),
    ("The shelling of the market wounded 30 people, the mayor said", "26 civilians were wounded in the shelling"),
])
def test_a_toll_of_people_and_of_people_of_a_kind_differ_on_count(text_a, text_b):
    diff = _toll_difference(text_a, text_b)
    assert diff is not None and diff.attribute == "count"


@pytest.mark.parametrize("text_a, text_b", [
    # The dead and the wounded.
    ("Kestrian coast guards fired on the trawler, killing at least 12 people", "Eleven fishermen were wounded in the attack"),
    # One figure in both.
    ("The raid killed 9 people", "Nine activists were killed in the raid"),
])
def test_other_outcomes_or_one_figure_are_no_count_difference(text_a, text_b):
    assert _toll_difference(text_a, text_b) is None


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
    assert ("support", "Canada", "positive") in stances_of(*_freeze(), 1)


@pytest.mark.parametrize("changes", [
    # The act told before is no sanction: "the measures" name none of it.
    {"kind": "deployment"},
    # Two sides' sanctions told before: no one doer.
    {"other_side": "Russia"},
    # Dated on its own: it may be of another turn of events (session 19's rule).
    {"say_day": "2034-09-20"},
])
def test_no_doer_for_the_measures_when_unsure(changes):
    assert not any(st[:2] == ("support", "Canada") for st in stances_of(*_freeze(**changes), 1))


def test_the_backing_and_taking_no_side_told_by_another_source_conflict():
    recs, evs = _freeze()
    said = "Oslo declined to take sides, a Norwegian diplomat said."
    recs = recs + [record("f2", "Fjord Radio", "2034-09-04")]
    evs = evs + [event("f2", said, "statement", actor="Norway", summary="Oslo declined to take sides")]
    parity = build_parity(timeline(recs, evs), None, {"f1": FREEZE, "f2": said})
    status = {c.event: c.status for c in parity.claims}
    assert status[evs[1].id] == status[evs[2].id] == Status.conflicting



# ---------------------------------------------------------------- step 6: a person's act foretold, and done

FORETOLD = "The defence minister, Anders Holm, is under mounting pressure to resign, opposition MPs said"


def _foretold(said_text: str, deed_text: str, *, deed_actor: str = "Anders Holm", deed_day: str = "2035-03-03",
              written_b: str = "2035-03-04"):
    recs = [record("a", "Capital Wire", "2035-03-01"), record("b", "Evening Post", written_b)]
    said = event("a", said_text, "statement", actor="opposition", day="2035-03-01")
    deed = event("b", deed_text, "other", actor=deed_actor, day=deed_day)
    return recs, said, deed


@pytest.mark.parametrize("said_text, deed_text", [
    (FORETOLD, "Anders Holm resigned as defence minister on Tuesday"),
    ("Mr Holm is widely expected to step down before the vote, party officials said", "Holm stepped down on Tuesday"),
])
def test_a_persons_act_foretold_and_done_later_is_what_came_of_it(said_text, deed_text):
    recs, said, deed = _foretold(said_text, deed_text)
    (cs, cd), _ = claims_for(recs, [said, deed])
    assert foretold_deed(cs, cd) and not foretold_deed(cd, cs)
    parity = build_parity(timeline(recs, [said, deed]), None, {"a": said_text, "b": deed_text})
    assert {c.event: c.status for c in parity.claims}[said.id] == Status.later_development


@pytest.mark.parametrize("deed_text, changes", [
    # Another person resigned.
    ("Berit Lund resigned as trade minister on Tuesday", {"deed_actor": "Berit Lund"}),
    # Another act of the person.
    ("Anders Holm flew to Brussels on Tuesday", {}),
    # Told in the foretelling's own news cycle.
    ("Anders Holm resigned as defence minister on Tuesday", {"written_b": "2035-03-01", "deed_day": "2035-03-01"}),
    # Months later: no outcome of that pressure.
    ("Anders Holm resigned as defence minister on Tuesday", {"written_b": "2035-07-02", "deed_day": "2035-07-01"}),
])
def test_no_foretold_act_is_done_by_another_person_act_or_time(deed_text, changes):
    recs, said, deed = _foretold(FORETOLD, deed_text, **changes)
    (cs, cd), _ = claims_for(recs, [said, deed])
    assert not foretold_deed(cs, cd)


def test_another_event_of_the_foretelling_sentence_foretells_nothing():
    text = "The defence minister, Anders Holm, who met NATO envoys in Brussels last week, is under mounting pressure to resign"
    recs, said, deed = _foretold(text, "Anders Holm resigned as defence minister on Tuesday")
    trip = event("a", text, "meeting", actor="Anders Holm", day=("2035-02-19", "2035-02-25"),
                 summary="who met NATO envoys in Brussels last week")
    (ct, cd), _ = claims_for(recs, [trip, deed])
    assert not foretold_deed(ct, cd)


# ---------------------------------------------------------------- step 7: a meeting's parties named as people

SUMMIT = "Chilean President Tomás Varela and Bolivian President Rosa Quispe were due to meet on Friday in Arica"


def _summit(said: str, *, said_day: str = "2035-04-06", written_b: str = "2035-04-20", actor: str | None = None):
    recs = [record("a", "Andes Wire", "2035-04-05"), record("b", "Monthly Review", written_b)]
    plan = event("a", SUMMIT, "meeting", actor="Tomás Varela", modality="planned", day="2035-04-06")
    done = event("b", said, "statement", actor=actor, day=said_day)
    return recs, plan, done


def test_what_the_two_named_leaders_agreed_at_the_planned_meeting_is_its_outcome():
    said = "When Tomas Varela and Rosa Quispe met on 6 April, they agreed to reopen the border crossing"
    recs, plan, done = _summit(said)
    _assert_outcome(recs, plan, done, SUMMIT, said)


@pytest.mark.parametrize("said, changes", [
    # One of the parties only.
    ("Rosa Quispe said on 6 April that the border crossing would reopen", {}),
    # Both named, but a month on: no outcome of that meeting.
    ("When Tomas Varela and Rosa Quispe spoke on 9 May, they agreed to reopen the border crossing",
     {"said_day": "2035-05-09", "written_b": "2035-05-20"}),
    # Told in the plan's own news cycle.
    ("When Tomas Varela and Rosa Quispe met on 5 April, they agreed to reopen the border crossing",
     {"said_day": "2035-04-05", "written_b": "2035-04-05"}),
])
def test_one_party_another_month_or_one_news_cycle_is_no_outcome(said, changes):
    recs, plan, done = _summit(said, **changes)
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert not meeting_outcome(cm, cs)
