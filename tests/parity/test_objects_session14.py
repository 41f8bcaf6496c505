"""Session 14 (pobj14): parity compares what an act was done TO (parity/targets.py): one actor's two acts of one day told
apart only by their object are two acts ("seized a tanker" / "seized a fishing boat"), one object told in other words
("a foreign tanker" / "the vessel") still one. Fresh pairs end to end (target_pairs_session14.toml) and hand-built claims.

Shapes read on the declassified heldout7, heldout10 and heldout12 (`python -m parity.evaluate --eval X [--oracle] -v`,
main 3974c63): false and missed links where the object or target decides (h7/h10/h12; o = oracle, e = end to end).
| shape                                                                             | n | ids |
|-----------------------------------------------------------------------------------|---|-----|
| false same_event: one actor's acts of one day, other heads, a thing named in one   | 9 | h10 o ar-01 planted a flag ~ ar-02/04 reached the seabed (2); ar-01/03 the ship's arrival ~ ar-02/04 the dive (4); ar-01/03/02 dived, plunged, reached ~ ar-04 planted its flag (3) |
|   only (no target family reads "flag" or "seabed": left, heads told apart instead)  |   |     |
| false same_event: one actor's acts on two named people (dismissed X / swore in Y)   | 2 | h10 o fj-02/03 dismissed Prime Minister Qarase ~ fj-04 sworn in a military doctor, Senilagakali (the name stands after a comma: not read) |
| false same_event: two states' warships told by their subjects (the frigate Yavuz    | 1 | h12 o im-02 ~ im-03 (whose ships is the subject's demonym, not a target) |
|   sailed / 10 Greek warships were in the area)                                      |   |     |
| false same_event: a barrage at the island and another side's drill firing shells    | 3 | h7 e yp-01/02 fired 170 shells ~ yp-03 firing dozens of shells inside the territorial waters; yp-03 ~ yp-04 fired 200 shells at the island (actors read apart or unknown: the rule needs one actor) |
|   inside the waters                                                                  |   |     |
| missed same_event: one target in other words (compounds ~ properties, services ~    | 5 | h7 o ex-01/02 deny access to two compounds ~ ex-03 closing two properties (2); ex-01/02 sanctions on intelligence services ~ ex-03 five GRU officers (2); ex-01 kicking out diplomats ~ ex-04 the diplomats were ordered out (the same target family: not what misses them) |
|   GRU officers; the diplomats ordered out)                                          |   |     |
| missed same_topic with the state table of timeline (wt-lead fab2aef): a state that | 2 | h10 o+e fj-02/03 will meet to consider suspending Fiji ~ fj-04 the Commonwealth suspended Fiji (plan_on_its_day: a state is no word of their own) |
|   is the act's object left the words two claims share                               |   |     |

The one-actor, two-targets shape is rare in these three sets (none of their gold links has two acts of one actor told apart by
targets alone: `targets_apart` fires on no gold link of any dev set's oracle events); the fresh pairs below hold it, and a strict xfail
of session 10 ("boarded a Taiwanese fishing boat" / "expelled a Philippine research vessel", one coast guard, one day) now passes.
"""

from __future__ import annotations

import pytest

from parity.models import Relation
from parity.targets import act_targets, targets_apart
from tests.parity.helpers import check_pair, event, pair_param, pair_rows, record, scored

ROWS = pair_rows("target_pairs_session14.toml")


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


@pytest.mark.parametrize(("summary", "want"), [
    ("Iran: seized a foreign tanker in the Gulf on Sunday", {("vessel", "tanker")}),
    ("Iran: seized the vessel on Sunday", {("vessel", "generic")}),
    ("seized two dhows carrying weapons off the coast", {("vessel", "fishing")}),
    ("European Union: sanctioned three banks accused of financing the junta.", {("bodies", "bank")}),
    ("European Union: sanctioned the defence minister and two generals.", {("people", "generic")}),
    # "into the sea" is aimed at no one; "at the patrol boat" is the target; the missiles are the means.
    ("North Korea: fired two missiles into the sea on Tuesday", {("sea", "generic")}),
    ("North Korea: fired at a South Korean patrol boat on Tuesday", {("vessel", "military")}),
    # A passive act's target is its subject.
    ("The diplomats were ordered out on December 28", {("people", "generic")}),
    ("kicking out 35 Russian diplomats", {("people", "generic")}),
    # A state beside a thing says whose it is; alone it is the object.
    ("Houthis: fired a missile at a US destroyer in the Red Sea", {("vessel", "military")}),
    ("Japan: summoned China's ambassador on Monday", {("people", "generic")}),
    ("Britain: sanctioned Russia over the poisoning", {("state", "Russia")}),
    # No verb, or nothing of a family after it: no target known.
    ("the seizure of the tanker", set()),
    ("two Mir submersibles reached the seabed 4,302 metres down", set()),
    ("Russia: said it would respond", set()),
])
def test_act_targets(summary: str, want: set) -> None:
    """The targets of an act's predicate, each a (family, kind) of targets.toml; a passive's subject; none unknown."""
    assert set(act_targets(summary)) == want


@pytest.mark.parametrize(("a", "b", "apart"), [
    ({("vessel", "tanker")}, {("vessel", "fishing")}, True),
    ({("vessel", "tanker")}, {("vessel", "generic")}, False),  # "the vessel": the tanker told again
    ({("bodies", "bank")}, {("people", "generic")}, True),
    ({("sea", "generic")}, {("vessel", "military")}, True),
    ({("vessel", "cargo"), ("people", "generic")}, {("people", "generic")}, False),  # one target in common
    ({("state", "Russia")}, {("state", "Belarus")}, True),
    ({("state", "Iran")}, {("bodies", "bank")}, False),  # "sanctioned Iran" / "sanctioned Iranian banks": two scales
    (set(), {("vessel", "tanker")}, False),  # a target unknown tells nothing
])
def test_targets_apart(a: set, b: set, apart: bool) -> None:
    """Two target sets are two things when no target of one may be one of the other's (one family, one kind or generic)."""
    assert targets_apart(frozenset(a), frozenset(b)) is apart


R = [record("oa-01", "Alpha Wire", "2023-05-01"), record("ob-01", "Beta Agency", "2023-05-01")]


def _seizure(excerpt: str, text: str, actor: str | None = "Iran", kind: str = "other"):
    return event(excerpt, text, kind, actor=actor, day="2023-04-30", summary=f"{actor}: {text}" if actor else text)


def test_one_actors_two_seizures_of_one_day() -> None:
    """One actor, one head, one day, a tanker and a fishing boat: two acts, no same_event."""
    got = scored(R, _seizure("oa-01", "seized a foreign tanker in the Gulf on Sunday"),
                 _seizure("ob-01", "seized a fishing boat near Bushehr on Sunday"))
    assert got is None or got.relation != Relation.same_event


def test_one_seizure_told_with_a_generic_target() -> None:
    """"a foreign tanker" and "the vessel": one target in other words, one act."""
    got = scored(R, _seizure("oa-01", "seized a foreign tanker in the Gulf on Sunday"),
                 _seizure("ob-01", "seized the vessel on Sunday after a collision"))
    assert got is not None and got.relation == Relation.same_event

