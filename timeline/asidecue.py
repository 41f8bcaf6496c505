"""Where a clause's cues of mood and time start: after a who/which/whose aside set off by commas between its subject and
its verb ("The general, who will visit Paris next week, expelled two diplomats on Monday": the aside's "will" is its
own plan, not the expulsion's; session 18). The aside must close with its comma before the verb."""

from __future__ import annotations

import re

# ", who ... ," / ", which ... ," / ", whose ... ,": an aside of one clause, no sentence break inside.
ASIDE_RE = re.compile(r",\s+(?:who|which|whose)\b[^,;:.()]{2,160}?,")


def cue_start(lower: str, start: int, verb: int) -> int:
    """The offset after the last who/which aside that closes between start and the verb at `verb`, else start."""
    if lower.find(", wh", start, verb) < 0:
        return start
    at = start
    for m in ASIDE_RE.finditer(lower, start, verb):
        if m.end() <= verb:
            at = m.end()
    return at
