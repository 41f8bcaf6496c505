"""Kind rules for a trigger's hit (session 12): an interception is told beside the launch of what it stopped, civil or
habitual drills are no exercise, a noun after "any" is a rule for all of its kind. Word lists: data/kindrules.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("kindrules")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# An interception verb, then up to 80 characters with no clause break to the weapon named.
INTERCEPTION_AT_RE = re.compile(rf"(?:{_alt(_DATA['interception']['verbs'])})\b[^.;:]{{0,80}}$")
# A drill noun with a civil or habitual word in the few words before it.
CIVIL_DRILLS_RE = re.compile(rf"\b(?:{_alt(_DATA['drills']['civil'])})\s+(?:drills?|exercises?)\b")
HABIT_DRILLS_RE = re.compile(rf"\b(?:{_alt(_DATA['drills']['habit'])})\s+(?:[\w-]+\s+){{0,2}}(?:drills?|exercises?)\b")
ALL_OF_KIND_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['all_of_kind']['before'])})\s+$")
# The weapon words a launch participle opens with ("drones launched by", "missiles fired from").
WEAPON_FIRST_RE = re.compile(rf"(?:missiles?|rockets?|drones?|projectiles?|{L.MISSILE_ALT.lower()})\b")


def intercepted_weapon(lower: str, verb: int, t0: int) -> bool:
    """Whether an interception verb at verb stopped the weapon a launch participle at t0 names ("shot down three cruise
    missiles and several drones launched by X"): the interception is an act of its own beside that launch."""
    return WEAPON_FIRST_RE.match(lower, t0) is not None and INTERCEPTION_AT_RE.match(lower, verb, t0) is not None


def no_exercise(lower: str, t0: int, t1: int, dated: bool) -> bool:
    """Whether an exercise hit lower[t0:t1] names civil drills ("evacuation drills") or, with no day of its own,
    drills held as a habit ("has held regular drills"): no military exercise of the story."""
    a = max(0, t0 - 24)  # a noun's hit holds the noun alone: its modifiers stand before it
    return CIVIL_DRILLS_RE.search(lower, a, t1) is not None or (
        not dated and HABIT_DRILLS_RE.search(lower, a, t1) is not None)


def all_of_kind(lower: str, start: int, t0: int) -> bool:
    """Whether the trigger at t0 follows "any", "every", "each" or "no": a rule for all of a kind, not one act."""
    return ALL_OF_KIND_BEFORE_RE.search(lower, max(start, t0 - 8), t0) is not None
