"""Stance rules on a table of fresh sentences (tests/parity/stance_cases.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parity.stance import Stance, stances_in

CASES = tomllib.loads((Path(__file__).parent / "stance_cases.toml").read_text(encoding="utf-8"))["case"]


def _show(stances: list[Stance]) -> list[str]:
    return [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in stances]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_stance_case(case):
    got = stances_in(case["text"], tuple(case.get("actor_sides", [])), case.get("people", {}))
    assert _show(got) == case["expect"]


def test_opposite_polarity_on_one_target_from_overlapping_sides_conflicts():
    (blame,) = stances_in("Russia blamed Washington for the escalation.")
    (no_blame,) = stances_in("Neither Moscow nor Beijing criticised the United States.")
    assert blame.conflicts_with(no_blame) and no_blame.conflicts_with(blame)
    assert no_blame.label() == "Russia+China not blame US"
    (other_target,) = stances_in("Neither Moscow nor Beijing criticised Kyiv.")
    assert not blame.conflicts_with(other_target)
    (other_side,) = stances_in("Britain did not blame Washington.")
    assert not blame.conflicts_with(other_side)


def test_a_bloc_overlaps_its_members():
    (europe,) = stances_in("The Europeans have so far refrained from condemning Tehran's latest step.")
    (e3,) = stances_in("France, Germany and the UK condemned Iran's move as inconsistent with the deal.")
    assert europe.sides == ("EU",) and europe.polarity == "negative"
    assert europe.conflicts_with(e3) and e3.conflicts_with(europe)
    (other,) = stances_in("Japan condemned Iran's move.")
    assert not europe.conflicts_with(other)


def test_denials():
    from parity.stance import denies

    assert denies("Britain's Ministry of Defence denied that any shots had been fired at the ship.")
    assert denies("Beijing dismissed reports of a naval base as fabricated.")
    assert not denies("The ministry said warning shots had been fired at the ship.")


@pytest.mark.parametrize("text, expect", [
    ("India declined to take Beijing's side in the border row.", ["India|support|China|negative"]),
    ("Brazil took Caracas's side at the summit.", ["Brazil|support|Venezuela|positive"]),
    ("Germany reaffirmed its support for Kyiv on Friday.", ["Germany|support|Ukraine|positive"]),
    ("Japan voiced backing for Manila after the collision.", ["Japan|support|Philippines|positive"]),
])
def test_taking_a_side_and_support_for_name_their_target(text, expect):
    assert _show(stances_in(text)) == expect


@pytest.mark.parametrize("text, expect", [
    # A stance noun as the object of a verb of deliberation: talked over, not taken (stance.toml [topics]).
    ("EU envoys are due to discuss more support for Moldova at their meeting in Luxembourg.", []),
    ("The cabinet is weighing backing for the Kenyan-led mission to Haiti.", []),
    ("The assembly will debate a motion condemning Azerbaijan.", []),
    # Not the object: a stance taken after a conjunction or in its own clause.
    ("Austria is considering sanctions and condemned Belarus on Monday.", ["Austria|blame|Belarus|positive"]),
    ("Lisbon discussed the crisis for hours, then backed Morocco's plan.", ["Portugal|support|Morocco|positive"]),
])
def test_a_stance_talked_over_is_not_taken(text, expect):
    got = [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in stances_in(text)]
    assert got == expect


@pytest.mark.parametrize("text, expect", [
    # Solidarity is backing; quote marks may stand between a phrase's words.
    ('Foreign Minister Ana Lopes said Lisbon stood "in solidarity" with Madrid.', ["Portugal|support|Spain|positive"]),
    ("Ottawa expressed solidarity with Copenhagen on Monday.", ["Canada|support|Denmark|positive"]),
    # Calling on both neighbours takes no side, as calling on both sides does.
    ("Oman urged both neighbours to show restraint.", ["Oman|neutral|*|positive"]),
    # A relative clause after the subject names no side of it ...
    ("Oman, which has hosted talks with Iran for years, called for restraint.", ["Oman|neutral|*|positive"]),
    # ... unless it takes a stance of its own.
    ("Qatar, which has backed Turkey, urged calm.", ["Qatar|support|Turkey|positive", "Qatar+Turkey|neutral|*|positive"]),
])
def test_solidarity_neighbours_and_relative_clauses(text, expect):
    assert _show(stances_in(text)) == expect
