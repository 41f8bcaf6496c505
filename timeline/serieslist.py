"""A series of one subject's acts set off by commas with no "and" + verb to close it ("cut ties on 25 August, closed
its airspace on 22 September, and now the gas"; "declared a curfew, shut the border"): each predicate its own clause."""

from __future__ import annotations

import re

# The object right after the series verb: an article, a possessive or a number ("closed its airspace", "seized two
# tankers"); a participle's phrase opens with a preposition instead ("..., backed by tanks", "based in Lviv").
OBJECT_AFTER_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|them|him|it|all|some|\d[\d,.]*|two|three|four|five|six|seven"
                             r"|eight|nine|ten|dozens|hundreds|several|diplomatic|military|full|new)\b")
# A speech verb that with an object is an act ("declared a state of emergency", "declared martial law").
DECLARED_ACT_RE = re.compile(r"declared\s+(?:a|an|martial|the|war|an?\s+[\w-]+)\b")


def object_follows(text: str, at: int) -> bool:
    """Whether an object noun phrase opens right after the series verb ending at `at`."""
    return OBJECT_AFTER_RE.match(text, at) is not None


def declared_act(text: str, at: int) -> bool:
    """Whether the reporting verb at `at` is a declaration with an object: an act, no reported words."""
    return DECLARED_ACT_RE.match(text, at) is not None
# Past forms the bare verb spells alike, which the "-ed" test misses: "cut ties on 25 August, closed ...".
SAME_PAST = frozenset({"cut", "shut", "hit", "quit", "split"})
