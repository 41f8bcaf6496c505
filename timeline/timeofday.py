"""A time of the day after "after" / "before" ("shortly after midnight", "after 1 a.m."), and "before" after a verb of
appearing ("appeared before a court"): a preposition, no clause."""

from __future__ import annotations

import re
from functools import cache

from timeline import lexicon as L


@cache
def time_after_re() -> re.Pattern[str]:
    """ "after"/"before" and a time of the day or a clock time right after it (data/timeofday.toml)."""
    data = L._load("timeofday")
    words = "|".join(re.escape(w) for w in sorted(data["words"], key=len, reverse=True))
    marks = "|".join(re.escape(m) for m in sorted(data["clock_marks"], key=len, reverse=True))
    return re.compile(rf"(?i:after|before)\s+(?:(?i:{words})\b|\d{{1,2}}(?:[:.]\d\d)?\s*(?:{marks})(?!\w)"
                      rf"|\d{{4}}\s+(?:{marks})(?!\w))")


@cache
def struggle_after_re() -> re.Pattern[str]:
    """ "after"/"before" a fight's or a wait's noun that ends its clause, after an article and up to two words ("after a
    three-hour fight") or after one adjective or none ("after heavy fighting"; data/timeofday.toml, session 28)."""
    data = L._load("timeofday")
    return re.compile(rf"(?i:after|before)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"|(?:\w+-(?:hour|minute|day|week|night)|{L.literal_alt(data['struggle_adjectives'])})\s+)?"
                      rf"(?:{L.literal_alt(data['struggle_nouns'])})"
                      rf"(?=\s*[,.;:)]|\s*$|\s+(?:{L.literal_alt(data['struggle_then'])})\b)")


@cache
def presence_before_re() -> re.Pattern[str]:
    """A verb of appearing right before the text's end ("appeared " before "before a court"; data/timeofday.toml)."""
    return re.compile(rf"\b(?i:{L.literal_alt(L._load('timeofday')['presence_verbs'])})\s+$")


@cache
def unit_before_re() -> re.Pattern[str]:
    """A unit of time right before the text's end ("The day " before "before,"; data/timeofday.toml anaphoric_units)."""
    return re.compile(rf"\b(?i:{L.literal_alt(L._load('timeofday')['anaphoric_units'])})\s+$")


# session 28: "the day before that," too (the same step back, told with its pronoun)
ADVERB_END_RE = re.compile(r"(?:after|before)(?:\s+that)?(?=\s*[,.;!?]|\s*$)")


def is_time_after(text: str, at: int) -> bool:
    """Whether the clause break at `at` is "after"/"before" a time of the day, or "before" after a verb of appearing
    ("appeared before a court": session 21), inside its clause; or the adverb ending "The day before," (session 27) or "the day before that," (session 28); or a
    fight's noun after an article ("took after a three-hour fight": session 28)."""
    if not text.startswith(("after", "before", "After", "Before"), at):
        return False
    if time_after_re().match(text, at) is not None or struggle_after_re().match(text, at) is not None:
        return True
    if ADVERB_END_RE.match(text, at) and unit_before_re().search(text, max(0, at - 16), at):
        return True
    return text.startswith("before", at) and presence_before_re().search(text, max(0, at - 20), at) is not None
