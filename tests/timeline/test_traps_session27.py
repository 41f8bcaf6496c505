"""Session 27 (kinds27, issue 4): never a date from a non-date word, years that are no date. heldout22, declassified this
session, showed the last date from a non-date word a blind set held: "reservists born in 1975-1979 will be called up"
dated 1975..1979. The general class, written fresh here (other crises, outlets and years): a year or a range of years
that says what someone or something is, not when the clause's act happened. The ruling (tests/data/eval/README.md,
"Years and ranges of years"): a range IS a date when an act is told as sitting in it ("Talks held in Vienna in 1962-63",
"occupied Afghanistan in 1979-89", "from 1996 to 2001"); it is none where it describes:
  a year of birth or a cohort ("born in 1980-1985", "born between 1990 and 1995", "born in the 1970s", "the class of
  2019"), a life or a term of office in brackets after a name ("Yulia Tymoshenko (2007-10)"), the period a budget or a
  plan covers ("the defence budget for 2021-22", "a plan for 2023-27"), a season or a fiscal year across two years
  ("the 2021/22 budget", "champions in the 2016/17 season"), a war or an occupation named by its years before its noun
  ("the 1914-18 war", "the 1979-89 occupation": a year qualifying a noun, as since session 6).
Round 2: a craft's or a body's making ("The tanker Nordic Star, built in 1985, ran aground", "commissioned in 1983",
"founded in 1989") and a full date of birth ("Vladimir Putin, born on 7 October 1952, met ..."); a range with a lead of
its own after "that" is the act's ("Officials said that in 1993-94 some 500,000 fled": "that" was read as a determiner).
Also a bug under the last: "Talks held in Vienna in 1962-63" was read as a determiner's year ("Vienna " ends in "a "),
so the talks went undated (datewords._is_modifier now wants the determiner as a whole word).

NEW: each row dated an event from its trap (or read a real interval wrong) on main 94147ff; FINDER: the finder read the
year as a date of the act (kind "absolute") on main 94147ff, a year qualifying a noun ("modifier") now.
"""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.timeline.events_helpers import make_excerpt
from tests.timeline.test_traps_session26 import _trap_dates
from timeline.datefind import find_dates
from timeline.events import extract_strict

# Each row dated an event from its trap on main 94147ff.
NEW = [
    # a year of birth or a cohort
    ("Reservists born in 1980-1985 will be called up in the eastern provinces, the defence ministry said.", "2016-04-03",
     "1980-1985"),
    ("Conscripts born in 2003 will be sent to the border districts, the general staff said.", "2021-11-10",
     "born in 2003"),
    ("The army will call up officers born in the 1970s, state television reported.", "2022-09-23", "1970s"),
    ("Cadets of the class of 2019 were sent to the front, the academy said.", "2014-08-20", "class of 2019"),
    # a term of office in brackets after a name
    ("The former prime minister, Yulia Tymoshenko (2007-10), called for sanctions against Moscow.", "2014-03-02",
     "2007-10"),
    # the period a budget covers
    ("Parliament approved the defence budget for 2021-22 after a stormy debate.", "2021-03-12", "2021-22"),
    ("The Knesset voted to cut the army's budget for 2004.", "2003-11-26", "budget for 2004"),
    # round 2: a craft's or a body's making, a birthday (each dated the act beside it on main 94147ff)
    ("The tanker Nordic Star, built in 1985, ran aground off Gotland.", "1993-04-06", "built in 1985"),
    ("The frigate Almirante Brown, commissioned in 1983, sailed for the South Atlantic.", "1982-04-06",
     "commissioned in 1983"),
    ("The Popular Front, founded in 1989, seized the town.", "1993-04-06", "founded in 1989"),
    ("Vladimir Putin, born on 7 October 1952, met the Chinese leader in Beijing.", "2014-05-21", "7 October 1952"),
]


@pytest.mark.parametrize(("text", "published", "trap"), NEW)
def test_no_date_from_years_that_describe(text, published, trap):
    assert _trap_dates(text, published, trap) == []


# The finder read these as the act's years (kind "absolute") on main 94147ff; now a year qualifying a noun.
FINDER = [
    ("Men born between 1990 and 1995 must report to enlistment offices by Friday, the decree says.",
     "between 1990 and 1995"),
    ("Former president Eduard Shevardnadze (1995-2003) urged the government to resume talks with Moscow.", "1995-2003"),
    ("Vladimir Putin, who was born in 1952, met the Chinese leader in Beijing.", "in 1952"),
    ("Veterans born in 1950 marched in Kabul on Saturday.", "in 1950"),
    ("Spartak Moscow, champions in the 2016/17 season, were thrown out of the competition.", "2016/17"),
    ("The 2021/22 budget was approved by parliament on Thursday.", "2021/22"),
]


@pytest.mark.parametrize(("text", "phrase"), FINDER)
def test_years_that_describe_qualify_a_noun(text, phrase):
    assert [(m.phrase, m.kind) for m in find_dates(text) if m.phrase == phrase] == [(phrase, "modifier")]


# Guards: no date from these on main 94147ff, and none now.
HELD = [
    ("A veteran of the 1914-18 war laid a wreath in Ypres.", "2018-11-11", "1914-18"),
    ("Survivors of the 1979-89 occupation protested in Kabul.", "2019-02-15", "1979-89"),
    ("The navy ordered six corvettes under the FY2024 budget.", "2023-05-04", "FY2024"),
    ("The cabinet adopted a plan for 2023-27 that doubles the number of frigates.", "2022-12-16", "2023-27"),
    ("The general, born 1948, flew to Moscow.", "2008-08-12", "born 1948"),
    ("Those aged 18-27 will be drafted first, the ministry said.", "2022-09-21", "18-27"),
]


@pytest.mark.parametrize(("text", "published", "trap"), HELD)
def test_held_years_stay_no_dates(text, published, trap):
    assert _trap_dates(text, published, trap) == []


def _dated(text: str, published: str) -> list[tuple[str, D | None, D | None, str]]:
    """(kind, start, end, phrase) of every event of the text."""
    events = extract_strict(make_excerpt(text + "\n", published=published))
    return [(e.kind.value, e.date.start, e.date.end, e.date.phrase or "") for e in events]


# Real intervals: an act told as sitting in the years. The first two and the last were read wrong on main 94147ff ("in 2008" alone;
# the talks undated: "Vienna " read as ending in the determiner "a"); the rest held and must hold.
REAL = [
    ("Troops deployed in 2008/09 have all returned home.", "2011-06-30", "deployment", D(2008, 1, 1),
     D(2009, 12, 31)),
    ("Talks held in Vienna in 1962-63 ended without a treaty.", "1964-02-01", "meeting", D(1962, 1, 1),
     D(1963, 12, 31)),
    ("UN troops served in Somalia in 1992-93, the ministry said.", "1995-03-03", "other", D(1992, 1, 1),
     D(1993, 12, 31)),
    ("The Soviet army occupied Afghanistan in 1979-89.", "2001-10-08", "other", D(1979, 1, 1), D(1989, 12, 31)),
    # round 2: a range with its own lead after "that" is no determiner's year (undated on main 94147ff)
    ("Officials said that in 1993-94 some 500,000 Azerbaijanis fled their homes.", "1995-05-12", "other",
     D(1993, 1, 1), D(1994, 12, 31)),
]


@pytest.mark.parametrize(("text", "published", "kind", "start", "end"), REAL)
def test_real_intervals_of_years_are_read(text, published, kind, start, end):
    assert any(k == kind and (s, e) == (start, end) for k, s, e, _ in _dated(text, published))


# The finder still reads these as the act's own years (held on main 94147ff).
REAL_FOUND = [
    ("The rebels held the town from 1996 to 2001.", "from 1996 to 2001"),
    ("In the 1990s the army shrank by half.", "In the 1990s"),
    ("He led the junta in 1975-1979, the paper said.", "in 1975-1979"),
    ("The veterans, who fought in the 1979-89 war, marched on Saturday.", "1979-89"),
]


@pytest.mark.parametrize(("text", "phrase"), REAL_FOUND)
def test_real_years_stay_absolute(text, phrase):
    assert [(m.phrase, m.kind) for m in find_dates(text) if m.phrase == phrase] == [(phrase, "absolute")]
