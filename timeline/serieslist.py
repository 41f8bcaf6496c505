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
# After the predicate, a comma that closes it must lead to "and"/"then"/"but" (a series "A, B, and C"), else the words
# are an aside on the object before it ("seized the tanker, renamed the Talara, in April": one act, its day April).
SERIES_CLOSE_RE = re.compile(r"\s+(?:and|then|but)\b")


def goes_on(text: str, at: int, end: int) -> bool:
    """Whether the predicate opened at `at` runs to the sentence's end or to a comma before "and"/"then"/"but"."""
    comma = text.find(",", at, end)
    return comma < 0 or SERIES_CLOSE_RE.match(text, comma + 1, end) is not None
