"""Session 11 (pe2e): acts whose doer one source does not name, on one single day and told in words alike, are one act
(score._unknown_doer_one_day: with no doer to compare, the words and the day anchor it); other days, a statement, or
words apart are not (fresh sentences)."""

from __future__ import annotations

import pytest

from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("e1", "Morning Wire", "2024-03-06"), record("e2", "Evening Post", "2024-03-06")]


def _pair(one: tuple, other: tuple):
    """(text, kind, actor, day) rows as two events of two independent sources, scored from the first."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=text.rstrip("."))
    return scored(RECS, make("e1", one), make("e2", other))


ONE_ACT = [
    # one source names no doer, the other names one: the words and the day tie them
    (("A surveillance balloon entered Canadian airspace over the Yukon on Tuesday.", "other", None, "2024-03-05"),
     ("The craft crossed into Canadian airspace above the Yukon territory on Tuesday, officials said.", "other",
      "Canada", "2024-03-05")),
    # neither names a doer
    (("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
     ("A fuel depot outside Kherson caught fire after an explosion on Tuesday, emergency services said.", "other",
      None, "2024-03-05")),
    # an act head shared already anchored it (unchanged)
    (("Two farm workers were killed on Tuesday when a grain store in the village of Dolni Lom was hit.", "other", None,
      "2024-03-05"),
     ("A stray missile struck a grain store near Dolni Lom on Tuesday, local police said.", "other", None,
      "2024-03-05")),
]

NOT_ONE = [
    # other days: another explosion at one depot
    (("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
     ("A fuel depot outside Kherson caught fire after an explosion on Friday, emergency services said.", "other",
      None, "2024-03-01")),
    # a statement is compared as a statement
    (("A drone exploded near a fuel depot outside Kherson on Tuesday.", "other", None, "2024-03-05"),
     ("Ukraine's army said a fuel depot outside Kherson caught fire after an explosion on Tuesday.", "statement",
      "Ukraine", "2024-03-05")),
    # one day, words apart
    (("A cargo ship ran aground off the cape on Tuesday.", "other", None, "2024-03-05"),
     ("Coast guard divers searched the waters off the cape for a missing trawler on Tuesday.", "other", None,
      "2024-03-05")),
]


@pytest.mark.parametrize(("one", "other"), ONE_ACT)
def test_one_act(one: tuple, other: tuple) -> None:
    got = _pair(one, other)
    assert got is not None and got.relation == Relation.same_event


@pytest.mark.parametrize(("one", "other"), NOT_ONE)
def test_not_one_act(one: tuple, other: tuple) -> None:
    got = _pair(one, other)
    assert got is None or got.relation != Relation.same_event
