"""Session 11: two summaries naming one proper name that is no state, demonym, actor, day, month or body ("toward the
Iranian port of Bandar Abbas" / "escorted to Bandar Abbas port") anchor two claims as told of one place
(score._one_named_place); the claims are still one event only when the rest of the same-event rule holds."""

from __future__ import annotations

from unittest import mock

import pytest

from parity import score
from parity.blocking import build_index
from parity.models import Relation
from parity.score import _one_named_place, same_event_miss, similarity
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("p1", "Gulf Wire", "2019-07-20"), record("p2", "Harbour Post", "2019-07-20")]


def _pair(summary_a: str, summary_b: str, actor_a: str | None = None, actor_b: str | None = None):
    a = event("p1", f"Officials said the ship {summary_a}.", "other", actor=actor_a, day="2019-07-19", summary=summary_a)
    b = event("p2", f"Reports said the vessel {summary_b}.", "other", actor=actor_b, day="2019-07-19", summary=summary_b)
    (ca, cb), _ = claims_for(RECS, [a, b])
    return ca, cb


@pytest.mark.parametrize(("a", "b", "want"), [
    ("steered toward the Iranian port of Bandar Abbas", "was escorted to Bandar Abbas port", True),
    ("met in Bali in November", "their meeting in Bali in November 2022", True),
    ("fired on the convoy on Monday", "struck the bridge on Monday", False),  # a day is no place
    ("a Foreign Ministry spokesman said", "the Foreign Ministry protested", False),  # a body is no place
    ("Iranian boats approached the tanker", "Iranian forces seized the tanker", False),  # a demonym is a side
    ("entered the Strait of Hormuz", "left the Gulf of Oman", False),
])
def test_one_named_place(a: str, b: str, want: bool) -> None:
    assert _one_named_place(*_pair(a, b)) is want


def test_the_actors_name_is_no_place() -> None:
    """A name that is an actor's (a person's surname) tells who, not where."""
    assert not _one_named_place(*_pair("Smith visited Kyiv", "Smith arrived by train", "john smith", "john smith"))


def test_one_port_told_two_ways_is_one_event() -> None:
    """Told undated by one source (no day in common), the port named in both summaries is their only anchor."""
    steered = event("p1", "Commandos steered the captured tanker toward the Iranian port of Bandar Abbas late on "
                    "Friday, according to maritime trackers.", "ship_movement", actor="Iran", day="2019-07-19",
                    summary="steered toward the Iranian port of Bandar Abbas")
    escorted = event("p2", "The British-flagged vessel was escorted to Bandar Abbas port, state television reported.",
                     "ship_movement", summary="was escorted to Bandar Abbas port")
    (a, b), claims = claims_for(RECS, [steered, escorted])
    index = build_index(claims)
    sim = similarity(a, b, index)
    assert same_event_miss(a, b, sim) is None
    with mock.patch.object(score, "_one_named_place", lambda x, y: False):
        assert same_event_miss(a, b, sim) == "no anchor"


def test_one_place_two_sides_acts_are_two_events() -> None:
    struck = event("p1", "Ukrainian drones struck the port of Sevastopol on Friday, officials said.", "other",
                   actor="Ukraine", day="2019-07-19", summary="Ukrainian drones struck the port of Sevastopol")
    left = event("p2", "Russian warships left the port of Sevastopol on Friday, the agency said.", "ship_movement",
                 actor="Russia", day="2019-07-19", summary="Russian warships left the port of Sevastopol")
    got = scored(RECS, struck, left)
    assert got is None or got.relation != Relation.same_event


def test_one_place_days_apart_are_two_events() -> None:
    first = event("p1", "Jets bombed the market in Idlib on Friday, rescuers said.", "other", day="2019-07-19",
                  summary="Jets bombed the market in Idlib")
    later = event("p2", "Jets bombed a hospital in Idlib on Tuesday, rescuers said.", "other", day="2019-07-30",
                  summary="Jets bombed a hospital in Idlib")
    got = scored(RECS, first, later)
    assert got is None or got.relation != Relation.same_event
