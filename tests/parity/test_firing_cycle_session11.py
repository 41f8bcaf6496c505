"""Session 11 (pe2e): one actor's live-fire drill and its missile launch told undated in a source written on the drill's
day or the next (one news cycle) are one firing (acts.firing_of_two_kinds); told undated a week later, or a drill with
no firing words, they are not (fresh sentences)."""

from __future__ import annotations

from parity.models import Relation
from tests.parity.helpers import event, record, scored

DRILL = ("The Northern Fleet on Tuesday conducted live-fire shooting in the Barents Sea.", "military_exercise",
         "Russia", "2024-06-11")
LAUNCH = ("Russia launched two Kalibr cruise missiles at targets in the Barents Sea.", "missile_test", "Russia", None)


def _relation(written_b: str, drill: tuple = DRILL, launch: tuple = LAUNCH) -> Relation | None:
    """The relation of the drill (a source written on its day) to the launch told undated in a source written on
    written_b."""
    recs = [record("f1", "Morning Wire", "2024-06-11"), record("f2", "Evening Post", written_b)]

    def make(excerpt: str, row: tuple):
        text, kind, actor, day = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=text.rstrip("."))
    got = scored(recs, make("f1", drill), make("f2", launch))
    return got.relation if got else None


def test_undated_launch_next_day_is_the_firing() -> None:
    assert _relation("2024-06-12") == Relation.same_event


def test_undated_launch_a_week_later_is_not() -> None:
    assert _relation("2024-06-19") != Relation.same_event


def test_drill_without_firing_words_is_not() -> None:
    drill = ("The Northern Fleet on Tuesday began anti-submarine manoeuvres in the Barents Sea.", "military_exercise",
             "Russia", "2024-06-11")
    assert _relation("2024-06-12", drill=drill) != Relation.same_event
