"""A day told after an act's object and the names set off after it (session 22, dates22): "telephoned the Spanish premier,
Felipe Gonzalez, and the Commission's president, Jacques Santer, last night to explain the seizure": the clause split
at ", and" cut the act's words before its day; with no verb between them the day is the act's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.attributes import WORD_RE, _verbish

if TYPE_CHECKING:
    from timeline.dates import DateMention
    from timeline.drafts import Draft

# The stretch between the act's words and the day: appositions and noun phrases set off by commas, "and" between them,
# no clause mark (";", ":", a dash, a quote) and at most this many characters.
TAIL_RE = re.compile(r"(?:,\s+(?:and\s+)?[^,;:.!?()\[\]–—\"“”]{1,70}?)+,\s+")
TAIL_MAX = 160
# What follows the day: the sentence's end or a comma, or a purpose or setting ("last night to explain the seizure"),
# never a verb whose own day it is ("and on Friday flew to Warsaw").
AFTER_DAY_RE = re.compile(r"\s*(?:[.,;:!?]|$|(?:to|for|in|at|on|during|by|with|over|after|amid)\s)")
# Words that open a clause of their own in the tail (a relative pronoun, a subordinator).
CLAUSE_WORDS = frozenset({"who", "whom", "which", "that", "when", "where", "while", "after", "before", "as", "because",
                          "although", "though", "since", "until", "if", "said", "says", "told"})
USABLE_KINDS = frozenset({"relative", "absolute"})


def appositions_day(masked: str, dates: list[DateMention], drafts: list[Draft], e: int) -> None:
    """Give an act with no day of its own the day told right after the names set off after its words (rule above)."""
    for d in drafts:
        if d.mention is not None or d.inherit is not None or d.kind == "statement":
            continue
        day = next((x for x in dates if d.end <= x.start <= d.end + TAIL_MAX and x.end <= e), None)
        if day is None or day.kind not in USABLE_KINDS or any(o is not d and d.end <= o.pos < day.start for o in drafts):
            continue
        tail = TAIL_RE.fullmatch(masked, d.end, day.start)
        if tail is None or AFTER_DAY_RE.match(masked, day.end) is None:
            continue
        words = [w for w in WORD_RE.findall(masked, d.end, day.start)]
        if any(w in CLAUSE_WORDS or _verbish(w) for w in words):
            continue
        d.mention = day
