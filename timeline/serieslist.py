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


# Session 25 (acts25): a declaration of a measure frames.DECLARED_ACT_RE does not list, right after "declared" (at most
# 30 characters between): a state of emergency with a word inside ("a state of national emergency") and a zone a state
# claims or closes ("its own 200-mile zone"), read as an act by triggers.toml's last [[rare]] row; never words after "that"
# nor a stance on the measure ("declared its support for a buffer zone": a statement).
DECLARED_MEASURE_RE = re.compile(r"(?:(?!\bthat\b|support|opposition|backing|\bplans?\b|proposal|readiness|intention"
                                 r"|\bcalls?\b)[^.;:,]){0,30}?\b(?:state of (?:[\w-]+\s+){1,2}emergency|(?:exclusion|buffer"
                                 r"|security|fishing|economic|maritime|military|no-go|closed|\d+-mile|\d+-kilometre|\d+-kilometer"
                                 r"|\d+-nautical-mile)\s+zones?)\b")


def declared_measure(text: str, at: int, end: int) -> bool:
    """Whether the words right after "declared" (ending at `at`) name a measure declared: an act, no reported words."""
    return DECLARED_MEASURE_RE.match(text, at, end) is not None


def declared_act(text: str, at: int) -> bool:
    """Whether the reporting verb at `at` is a declaration with an object: an act, no reported words."""
    return DECLARED_ACT_RE.match(text, at) is not None
# Past forms the bare verb spells alike, which the "-ed" test misses: "cut ties on 25 August, closed ...".
SAME_PAST = frozenset({"cut", "shut", "hit", "quit", "split"})
