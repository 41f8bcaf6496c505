"""A day phrase that leads a clause before its subject, set off by a comma ("On Monday, the president inspected the
troops", "Late on Tuesday, Russian forces ..."): where the subject starts after it (session 13, helper swallow13)."""

from __future__ import annotations

import re

from timeline.datefind import date_at
from timeline.thatholes import IRREGULAR_PAST

UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
# Words a leading day phrase may open with that the date finder leaves out of it ("late on Tuesday", "early Monday").
LEAD_WORD_RE = re.compile(r"\s*(?:(?:late|early|earlier|later|also|then|and|but)\s+)*", re.IGNORECASE)
COMMA_RE = re.compile(r"\s*,\s*")


def after_lead_day(masked: str, c0: int, c1: int) -> int:
    """Where the subject of clause masked[c0:c1] starts after a leading day phrase and its comma, else c0."""
    lead = LEAD_WORD_RE.match(masked, c0, c1)
    at = lead.end() if lead else c0
    day = date_at(masked, at, c1)  # find_dates(masked, at, c1)'s mention starting at `at`, read alone
    if day is None or day.kind in UNUSABLE_DATE_KINDS:
        return c0
    comma = COMMA_RE.match(masked, day.end, c1)
    return comma.end() if comma is not None else c0  # no comma: "On Tuesday the ministry ..." may be a clause's own


# Session 23: "Speaking in Canberra on Monday night, the Prime Minister said ...", "Returning to Islamabad on Saturday,
# Mr Aziz told reporters ...": a participle opening the sentence with a preposition after it, up to the comma before
# the speaker, is where and when the words were said (the statement's own setting), never words the speaker reports.
# Not a gerund subject with a verb of its own ("Fighting in the north continued on Monday, the army said").
PARTICIPLE_LEAD_RE = re.compile(r"\s*[A-Z][a-z]{2,}ing\s+(?:in|to|at|on|from|after|before|during|aboard|outside|inside"
                                r"|with|near|into|for)\b[^,;:()\"“”]{2,90}?,\s*")
NOT_PARTICIPLE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should"
                               r"|[a-z]{3,}ed)\b")


def participle_lead_end(masked: str, start: int, stop: int) -> int | None:
    """Where a leading participle phrase and its comma end in masked[start:stop] ("Speaking in X on Monday, "), else
    None (no such lead, or its words hold a finite verb)."""
    m = PARTICIPLE_LEAD_RE.match(masked, start, stop)
    if m is None:
        return None
    words = masked[m.start():m.end()]
    if NOT_PARTICIPLE_RE.search(words) or any(w in IRREGULAR_PAST for w in re.findall(r"[a-z]+", words)):
        return None
    return m.end()
