"""Session 11 (pe2e): a generic topic both claims name (talks, sanctions: aliases.toml [policies]) is no anchor of one
event: with no actor known, two expected rounds of talks or two sanctions to come are not one event by that word alone;
one actor's sanction told twice still is (fresh sentences)."""

from __future__ import annotations

import pytest

from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("e1", "Morning Wire", "2024-03-06"), record("e2", "Evening Post", "2024-03-06")]


def _pair(one: tuple, other: tuple):
    """(text, kind, actor, day, modality) rows as two events of two independent sources, scored from the first."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day, modality = row
        return event(excerpt, text, kind, actor=actor, day=day, modality=modality, summary=text.rstrip("."))
    return scored(RECS, make("e1", one), make("e2", other))


NOT_ONE = [
    (("The two sides were expected to return to negotiations soon.", "meeting", None, ("2024-03-06", "2024-04-05"),
      "expected"),
     ("A fourth round of border talks is likely in the coming weeks.", "meeting", None, ("2024-03-06", "2024-04-20"),
      "expected")),
    (("New sanctions on the junta's oil sales are expected within weeks.", "sanction", None,
      ("2024-03-06", "2024-04-05"), "expected"),
     ("Further sanctions could follow in the coming weeks, diplomats said.", "sanction", None,
      ("2024-03-06", "2024-04-20"), "expected")),
]

ONE = [
    (("Serbia imposed sanctions on three Kosovo officials on Tuesday.", "sanction", "Serbia", "2024-03-05", "asserted"),
     ("Belgrade's sanctions against three officials from Pristina took effect on Tuesday.", "sanction", "Serbia",
      "2024-03-05", "asserted")),
]


@pytest.mark.parametrize(("one", "other"), NOT_ONE)
def test_generic_topic_no_anchor(one: tuple, other: tuple) -> None:
    got = _pair(one, other)
    assert got is None or got.relation != Relation.same_event


@pytest.mark.parametrize(("one", "other"), ONE)
def test_one_actor_still_one(one: tuple, other: tuple) -> None:
    got = _pair(one, other)
    assert got is not None and got.relation == Relation.same_event
