"""Session 11 (pe2e): an act filed under "other" and one of a specific kind, tied only by their actor and a thing both
name (the ship both acts were aimed at), are two acts unless one act head, one place or words alike (similarity >=
OBJECT_TOPIC_SIM) tell one act; scored among other claims of their story, so that words weigh as in a record."""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import claims_for, event, record

RECS = [record("e1", "Morning Wire", "2024-03-06"), record("e2", "Evening Post", "2024-03-06"),
        record("e3", "Third Daily", "2024-03-06")]
STORY = [  # the story's other claims, from a third source
    ("China said the Australian frigate had entered its waters without permission.", "statement", "China", None, []),
    ("Australia summoned China's ambassador over the incident on Wednesday.", "other", "Australia", "2024-03-06", []),
    ("The frigate HMAS Toowoomba was sailing in international waters, Canberra said.", "statement", "Australia", None,
     ["hmas toowoomba"]),
    ("Chinese jets and warships have shadowed foreign navies in the strait for years.", "other", "China", None,
     ["warship"]),
]


def _relation(one: tuple, other: tuple) -> Relation | None:
    """The relation score_pair gives two (text, kind, actor, day, objects) rows of two sources, in their story."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day, objects = row
        return event(excerpt, text, kind, actor=actor, day=day, objects=tuple(objects), summary=text.rstrip("."))
    (fa, fb, *_), claims = claims_for(RECS, [make("e1", one), make("e2", other)] + [make("e3", r) for r in STORY])
    got = score_pair(fa, fb, build_index(claims))
    return got.relation if got else None


TWO_ACTS = [
    (("Chinese jets dropped flares near the Australian warship on Tuesday.", "other", "China", "2024-03-05",
      ["warship"]),
     ("China held naval drills in the strait this week to repel attacks by enemy warships.", "military_exercise",
      "China", ("2024-03-04", "2024-03-06"), ["warship"])),
    (("Chinese J-16 jets dropped flares in the path of a navy helicopter flying from the frigate on Tuesday.", "other",
      "China", "2024-03-05", ["warship"]),
     ("A PLA destroyer came within two nautical miles of the Australian warship as it sailed north.", "ship_movement",
      "China", None, ["warship"])),
]

ONE_ACT = [
    (("China fired two ballistic missiles into the strait on Tuesday.", "missile_test", "China", "2024-03-05",
      ["ballistic missile"]),
     ("Tuesday's launch of two ballistic missiles into the strait drew condemnation in Canberra.", "other", "China",
      "2024-03-05", ["ballistic missile"])),
]


@pytest.mark.parametrize(("one", "other"), TWO_ACTS)
def test_two_kinds_two_acts(one: tuple, other: tuple) -> None:
    assert _relation(one, other) != Relation.same_event


@pytest.mark.parametrize(("one", "other"), ONE_ACT)
def test_two_kinds_one_act(one: tuple, other: tuple) -> None:
    assert _relation(one, other) == Relation.same_event
