"""Session 14 (speed): a clause's leading day read alone (datefind.date_at) is the mention of the clause's whole
find_dates that starts there, at every word start of every sentence of several corpora and of date-led clauses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from timeline.datefind import date_at, find_dates
from timeline.leadday import UNUSABLE_DATE_KINDS, after_lead_day

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = [DATA / "eval" / "scs", DATA / "eval" / "bs", DATA / "gaps" / "kgtj", DATA / "dev12-clauses" / "bagh",
           DATA / "dev12-clauses" / "sat", DATA / "excerpts"]

# Clauses led by a day in many forms, a dateline, a year that qualifies a noun, traps, and dates cut by the clause end.
LED = [
    "On Monday, the president inspected the troops.",
    "Late on Tuesday, Russian forces shelled the town.",
    "MOSCOW, June 23 (Reuters) - Russia said on Friday it had expelled two diplomats.",
    "The 2015 deal, which Iran signed, collapsed.",
    "May 5, the ministry said, was the deadline.",
    "Sunday Times reporters said the ships left.",
    "Last week, the navy seized a tanker; on 3 March 2021, it let the crew go.",
    "Earlier this week, officials met in Baku.",
    "In October 2019, the army withdrew.",
    "On Tuesday and Wednesday last week, warships sailed through the strait.",
    "Two days later, the envoy was summoned.",
    "As soon as possible, talks resume.",
    "On 30 and 31 May",
    "",
]


def _cases() -> list[tuple[str, int, int]]:
    cases: list[tuple[str, int, int]] = []
    for text in LED:
        cases += [(text, m.start(), len(text)) for m in re.finditer(r"\S+", text)]
        cases += [(text, m.start(), min(len(text), m.start() + 9)) for m in re.finditer(r"\S+", text)]
    for folder in FOLDERS:
        for x in load_folder(folder).excerpts:
            for p in x.paragraphs:
                for s in p.sentences:
                    cases += [(x.body, s.start + m.start(), s.end) for m in re.finditer(r"\S+", x.body[s.start : s.end])]
    return cases


CASES = _cases()


def _plain(text: str, at: int, end: int):  # noqa: ANN202 - DateMention | None
    return next((d for d in find_dates(text, at, end) if d.start == at), None)


def test_date_at_equals_find_dates() -> None:
    found = 0
    for text, at, end in CASES:
        got = date_at(text, at, end)
        assert got == _plain(text, at, end), (text[at:end], at, end)
        found += got is not None
    assert len(CASES) > 3000 and found > 50  # the cases hold many leading dates, not only clauses without one


@pytest.mark.parametrize(("at", "end"), [(0, None), (5, 3), (-1, 10), (0, 0), (100, 200)])
def test_date_at_outside_the_text(at: int, end: int | None) -> None:
    text = "On Monday, the president inspected the troops."
    assert date_at(text, at, end) == next((d for d in find_dates(text, at, end) if d.start == at), None)


def test_after_lead_day_as_before() -> None:
    """after_lead_day as it read the clause's whole find_dates (session 13), for every case."""
    for text, at, end in CASES:
        lead = re.compile(r"\s*(?:(?:late|early|earlier|later|also|then|and|but)\s+)*", re.IGNORECASE).match(text, at, end)
        start = lead.end() if lead else at
        day = next((d for d in find_dates(text, start, end) if d.start == start and d.kind not in UNUSABLE_DATE_KINDS),
                   None)
        comma = re.compile(r"\s*,\s*").match(text, day.end, end) if day is not None else None
        assert after_lead_day(text, at, end) == (comma.end() if comma is not None else at)
