"""A day phrase that leads a clause before its subject, set off by a comma ("On Monday, the president inspected the
troops", "Late on Tuesday, Russian forces ..."): where the subject starts after it (session 13, helper swallow13)."""

from __future__ import annotations

import re

from timeline.datefind import date_at

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
