"""Session 10: a statement announcing an act links to it only when the statement has a day of its own (an undated one
is mostly the frame of its sentence's act, linked on its own); an act filed under "other" and one of a specific kind
are one act only when their actors agree (fresh cases: Baltic drills 2021, Horn of Africa naval visit 2022)."""

from __future__ import annotations

from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("n1", "Riga Morning Post", "2021-09-06"), record("n2", "Nordic Wire", "2021-09-10"),
        record("n3", "Gulf Coast Daily", "2022-03-14"), record("n4", "Red Sea Monitor", "2022-03-14")]
DRILLS = event("n2", "Lithuanian and Polish troops held joint drills near the Suwalki Gap on Thursday.",
               "military_exercise", actor="Lithuania", day="2021-09-09", summary="held joint drills near the Suwalki Gap")


def _said(day):
    return event("n1", "The Lithuanian defence ministry said the joint drills near the Suwalki Gap would begin on "
                 "Thursday.", actor="Lithuania", day=day, summary="the ministry said")


def test_a_dated_announcement_and_the_drills_are_one_subject():
    got = scored(RECS, _said("2021-09-06"), DRILLS)
    assert got is not None and got.relation == Relation.same_topic


def test_an_undated_announcement_is_no_link_to_the_drills_by_itself():
    assert scored(RECS, _said(None), DRILLS) is None


VISIT = event("n3", "Egyptian navy ships arrived at Port Sudan on Monday with a frigate.", "ship_movement",
              actor="Egypt", day="2022-03-14", objects=("frigate",), summary="arrived at Port Sudan")


def test_two_known_actors_acts_of_two_kinds_are_not_one_event():
    other = event("n4", "Eritrean navy ships shadowed the Egyptian frigate at Port Sudan on Monday.", "other",
                  actor="Eritrea", day="2022-03-14", objects=("frigate",),
                  summary="shadowed the Egyptian frigate at Port Sudan")
    got = scored(RECS, VISIT, other)
    assert got is None or got.relation != Relation.same_event


def test_an_act_filed_under_other_and_its_specific_kind_of_one_actor_are_one_event():
    other = event("n4", "Egypt's navy brought a frigate to Port Sudan on Monday.", "other", actor="Egypt",
                  day="2022-03-14", objects=("frigate",), summary="brought a frigate to Port Sudan")
    got = scored(RECS, VISIT, other)
    assert got is not None and got.relation == Relation.same_event


THREAT_RECS = [record("n5", "Levant Daily", "2024-04-02"), record("n6", "Gulf Wire", "2024-04-14")]
ANSWER = event("n6", "Iran launched drones and missiles at Israel on Saturday.", "other", actor="Iran",
               day="2024-04-13", summary="launched drones and missiles at Israel")


def test_a_threat_with_its_day_inside_the_cue_is_carried_out_by_the_later_attack():
    # "vowed on Tuesday to respond": news English puts the day between the cue's verb and its infinitive.
    for said in ("Iran vowed on Tuesday to respond to the strike on its consulate, blaming Israel.",
                 "Iran warned late on Tuesday of a response to Israel over the strike."):
        threat = event("n5", said, actor="Iran", day="2024-04-02", summary=said.rstrip("."))
        got = scored(THREAT_RECS, threat, ANSWER)
        assert got is not None and got.relation == Relation.same_topic, said
