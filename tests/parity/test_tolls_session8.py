"""Session 8: one toll told twice (score.one_toll): two sources' acts naming one outcome (the dead, the wounded) with
a count each, in one news cycle and at no place told otherwise, are one event whose counts are compared, however each
names the victims (sailors / servicemen / crew); fresh sentences, many crises."""

from __future__ import annotations

import pytest

from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("t1", "Coast Wire", "2024-08-13"), record("t2", "Capital Daily", "2024-08-13")]


def _scored(one: str, other: str, day_one: str | None = "2024-08-12", day_other: str | None = "2024-08-12",
            place_one: str | None = None, place_other: str | None = None):
    a = event("t1", one, "other", day=day_one, place=place_one, summary=one.rstrip("."))
    b = event("t2", other, "other", day=day_other, place=place_other, summary=other.rstrip("."))
    return scored(RECS, a, b)


ONE_TOLL = [  # (one, other, counts differ)
    ("Four Filipino crew members were injured in the collision.", "Two Philippine sailors were hurt in the incident.", True),
    ("Eleven civilians were killed in the shelling of the market.", "At least 11 people died when shells hit the market.", False),
    ("Nine fishermen were wounded near the reef.", "Seven of the boat's crew were injured near the reef.", True),
    ("Nine fishermen were wounded near the reef.", "Seven crew members were injured near the reef.", True),
]


@pytest.mark.parametrize("one, other, differ", ONE_TOLL)
def test_one_toll_told_twice_is_one_event(one, other, differ):
    got = _scored(one, other)
    assert got is not None and got.relation == Relation.same_event, got
    assert ("count" in {d.attribute for d in got.differences}) is differ


# Told undated by two sources written the same day, in words that share only the outcome.
UNDATED = [
    ("Three marines were wounded.", "Five servicemen were injured and taken to hospital in Odesa."),
    ("Two border guards were killed, the agency said.", "Four troops died overnight after heavy fighting along the frontier."),
    ("Twelve passengers were hurt.", "At least 15 people were injured as the ferry ran aground."),
]


@pytest.mark.parametrize("one, other", UNDATED)
def test_one_toll_told_undated_in_one_news_cycle(one, other):
    got = _scored(one, other, day_one=None, day_other=None)
    assert got is not None and got.relation == Relation.same_event, got
    assert not got.agrees and "count" in {d.attribute for d in got.differences}


@pytest.mark.parametrize("one, other, kwargs", [
    # tolls of two places, or a week apart, or the dead against the wounded: two events
    ("Five soldiers were killed in Kidal.", "Five soldiers were killed in Gao.", {"place_one": "Kidal", "place_other": "Gao"}),
    ("Three guards were wounded at the crossing.", "Six guards were wounded at the crossing.",
     {"day_one": "2024-08-02", "day_other": "2024-08-12"}),
    ("Two herders were killed in the clash.", "Fourteen herders were injured in the clash.", {}),
])
def test_other_tolls_are_not_one_event(one, other, kwargs):
    got = _scored(one, other, **kwargs)
    assert got is None or got.relation != Relation.same_event or "count" not in {d.attribute for d in got.differences}


@pytest.mark.parametrize("one, other", [
    ("the commander was martyred in the strike", "the commander was killed in the strike"),
    ("two soldiers lost their lives", "two soldiers died"),
    ("the activist was shot dead", "the activist perished"),
    ("nine crew sustained injuries", "nine crew were wounded"),
])
def test_outcomes_in_other_words_are_one_outcome(one, other):
    from parity import lexicon
    assert set(lexicon.content_words(one)) == set(lexicon.content_words(other))
