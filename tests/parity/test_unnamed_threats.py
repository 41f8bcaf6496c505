"""Threats naming no party, joint strikes and drills whose end is declared (Syria, April 2018; Zapad, 2017)."""

from __future__ import annotations

from parity.blocking import build_index
from parity.claims import claims_of
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import event, record, timeline

RECS = [record("y1", "Paris Evening Wire", "2018-04-10"), record("y2", "Levant Observer", "2018-04-15"),
        record("y3", "Minsk Courier", "2017-09-14"), record("y4", "Baltic Monitor", "2017-09-21")]
# A speaker of no known side (no role given): the side is the one its sentence names before the cue.
THREAT = event("y1", 'Macron told a news conference on Tuesday that France and its partners "could" take action '
               "in the coming days.", actor="Emmanuel Macron", day="2018-04-10",
               summary="Macron told a news conference")


def _scored(a, b):
    claims = claims_of(timeline(RECS, [a, b]))
    fa, fb = (next(c for c in claims if c.id == e.id) for e in (a, b))
    return score_pair(fa, fb, build_index(claims))


def _act(text, summary, day, actor="United States", kind="other", excerpt="y2"):
    return event(excerpt, text, kind, actor=actor, day=day, summary=summary)


def test_a_joint_strike_soon_after_a_threat_naming_no_party_carries_it_out():
    strike = _act("American, British and French warplanes and ships hit three sites near Damascus and Homs early "
                  "on Saturday.", "hit three sites near Damascus and Homs", "2018-04-14")
    scored = _scored(THREAT, strike)
    assert scored is not None and scored.relation == Relation.same_topic


def test_no_attack_a_late_attack_or_another_sides_attack_is_no_link():
    port = _act("The French frigate Aquitaine arrived in Toulon on Saturday.", "arrived in Toulon", "2018-04-14",
                actor="France", kind="ship_movement")
    late = _act("French warplanes struck a depot near Raqqa on Saturday.", "struck a depot near Raqqa",
                "2018-05-05", actor="France")
    other = _act("Russian jets struck rebel positions near Idlib on Saturday.", "struck rebel positions near Idlib",
                 "2018-04-14", actor="Russia")
    for act in (port, late, other):
        assert _scored(THREAT, act) is None, act.summary


PLANNED = event("y3", "The joint drills, which involve some 12,700 troops, will continue through Wednesday, the "
                "Belarusian defence ministry said.", "military_exercise", actor="Belarus", modality="planned",
                day=("2017-09-14", "2017-09-20"), summary="will continue through Wednesday")
FIRED = event("y3", "Russian forces test-fired an Iskander missile as the joint drills went on.", "missile_test",
              actor="Russia", day="2017-09-18", summary="test-fired an Iskander missile")
OVER = event("y4", "The Belarusian defence ministry declared the manoeuvres over on Wednesday.", actor="Belarus",
             day="2017-09-20", summary="declared the manoeuvres over")


def test_a_declared_end_links_the_planned_drills_its_sentence_names():
    scored = _scored(PLANNED, OVER)
    assert scored is not None and scored.relation == Relation.same_topic


def test_another_kind_of_act_in_a_sentence_naming_drills_is_not_what_ended():
    assert _scored(FIRED, OVER) is None


SUMMIT_RECS = [record("z1", "Caspian Wire", "2017-01-20"), record("z2", "Anatolia Review", "2017-01-25")]
SUMMIT = event("z1", "Senior officials from Russia, Turkey and Iran will meet in Astana on Monday to discuss a truce "
               "in Syria, diplomats said.", "meeting", actor="Russia", modality="planned", day="2017-01-23",
               summary="will meet in Astana on Monday")


def _summit(statement):
    claims = claims_of(timeline(SUMMIT_RECS, [SUMMIT, statement]))
    fa, fb = (next(c for c in claims if c.id == e.id) for e in (SUMMIT, statement))
    return score_pair(fa, fb, build_index(claims))


def test_a_summit_announced_and_its_parties_statement_after_it_are_one_subject():
    joint = event("z2", "Russia, Turkey and Iran said on Tuesday they would jointly monitor the ceasefire.",
                  actor="Russia", day="2017-01-24", summary="Russia, Turkey and Iran said")
    scored = _summit(joint)
    assert scored is not None and scored.relation == Relation.same_topic


def test_a_statement_before_the_summit_or_by_a_party_alone_is_not_its_outcome():
    before = event("z2", "Russia, Turkey and Iran said on Sunday they hoped for progress.", actor="Russia",
                   day="2017-01-22", summary="Russia, Turkey and Iran said")
    alone = event("z2", "Iran said on Tuesday that Turkey must withdraw its forces.", actor="Iran",
                  day="2017-01-24", summary="Iran said")
    assert _summit(before) is None
    assert _summit(alone) is None
