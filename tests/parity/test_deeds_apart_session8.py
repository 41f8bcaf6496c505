"""Session 8: one known actor's deed repeated (the same act heads) days apart, naming no specific thing in common, is
no one subject (score._two_deeds_apart); lasting acts (drills, deployments), plans and their deeds, developments told
by another head, an unknown doer's acts on one thing and a named ship still link (fresh sentences, many crises)."""

from __future__ import annotations

import pytest

from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("e1", "Morning Wire", "2024-03-02"), record("e2", "Evening Post", "2024-04-20")]


def _pair(one, other):
    """(text, kind, actor, day[, modality, objects]) rows as two events of the two sources."""
    def make(excerpt, row):
        text, kind, actor, day, *rest = row
        modality = rest[0] if rest else "asserted"
        objects = tuple(rest[1]) if len(rest) > 1 else ()
        return event(excerpt, text, kind, actor=actor, day=day, modality=modality, objects=objects,
                     summary=text.rstrip("."))
    return scored(RECS, make("e1", one), make("e2", other))


APART = [  # two deeds, no link
    (("Macron met Chinese President Xi Jinping in Paris on Monday.", "meeting", "Emmanuel Macron", "2024-03-01"),
     ("Macron met Ukrainian President Volodymyr Zelenskiy in Paris on Thursday.", "meeting", "Emmanuel Macron",
      "2024-04-18")),
    (("Nigerian troops freed 20 hostages in Zamfara state on Friday.", "other", "Nigeria", "2024-03-01"),
     ("Nigerian troops freed 14 hostages in Kaduna state on Tuesday.", "other", "Nigeria", "2024-04-16")),
    (("The Houthis attacked a Greek-owned bulk carrier in the Red Sea on Friday.", "other", "Houthis", "2024-03-01"),
     ("The Houthis attacked a Liberian-flagged container ship in the Red Sea on Thursday.", "other", "Houthis",
      "2024-04-18")),
    (("Pakistan test-fired a Fatah-II rocket on Friday.", "missile_test", "Pakistan", "2024-03-01"),
     ("Pakistan test-fired an Ababeel missile on Thursday.", "missile_test", "Pakistan", "2024-04-18")),
]

STILL = [  # one subject at two times: linked
    # drills told when they start and when they end (a lasting kind)
    (("China began large-scale drills around Taiwan on Monday.", "military_exercise", "China", "2024-03-01"),
     ("China ended its large-scale drills around Taiwan on Sunday.", "military_exercise", "China", "2024-04-14")),
    # a plan and the deed done later
    (("Kenya will deploy 1,000 police officers to Haiti next month.", "deployment", "Kenya", ("2024-04-01", "2024-04-30"),
      "planned"),
     ("The first 400 Kenyan police officers arrived in Haiti on Tuesday.", "deployment", "Kenya", "2024-04-16")),
    # a development told by another head weeks later ("seized" / "released"): one subject
    (("Houthi fighters seized the car carrier Galaxy Leader in the Red Sea on Friday.", "other", "Houthis", "2024-03-01"),
     ("The Houthis released the Galaxy Leader and its crew on Thursday.", "other", "Houthis", "2024-04-18")),
    # an unknown doer's acts on one thing (a cable cut, then repaired)
    (("The Estlink 2 power cable was damaged on Friday in the Gulf of Finland.", "other", None, "2024-03-01"),
     ("Repairs to the damaged Estlink 2 cable were completed on Thursday.", "other", None, "2024-04-18")),
    # one named ship told weeks apart
    (("The frigate HMS Richmond sailed through the Taiwan Strait on Friday.", "ship_movement", "United Kingdom",
      "2024-03-01", "asserted", ["hms richmond"]),
     ("HMS Richmond sailed through the Taiwan Strait again on Thursday.", "ship_movement", "United Kingdom",
      "2024-04-18", "asserted", ["hms richmond"])),
]


@pytest.mark.parametrize("one, other", APART)
def test_two_deeds_apart_are_not_one_subject(one, other):
    assert _pair(one, other) is None


@pytest.mark.parametrize("one, other", STILL)
def test_one_subject_at_two_times_still_links(one, other):
    got = _pair(one, other)
    assert got is not None and got.relation == Relation.same_topic, got


@pytest.mark.parametrize("obj, named", [
    ("uss carney", True), ("hwasong-15", True), ("su-27", True), ("hms richmond", True),
    ("police", False), ("warship", False), ("drone", False), ("ballistic missile", False), ("talks", False),
])
def test_a_named_thing_is_one_ship_or_model_not_a_kind(obj, named):
    from parity.score import _named_thing
    assert _named_thing(obj) is named


def test_a_kind_both_name_keeps_no_two_deeds_one_subject():
    # "police" (an extraction object) is a kind, not one thing: two detentions six weeks apart stay two deeds.
    got = _pair(("Guatemalan police detained 35 migrants near the border on Friday.", "other", "Guatemala", "2024-03-01",
                 "asserted", ["police"]),
                ("Guatemalan police detained 120 migrants in the capital on Thursday.", "other", "Guatemala", "2024-04-18",
                 "asserted", ["police"]))
    assert got is None
