"""The date resolver's rules, as a table: phrase + anchor + tense -> day or interval (see timeline/dates.py)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from timeline.datefind import find_dates
from timeline.dates import NO_ANCHOR, Anchor, DateMention, resolve
from timeline.models import DateResolution

D = date
MON = "2017-09-04"  # a Monday
FRI = "2017-04-28"  # a Friday
THU = "2017-11-30"  # a Thursday, last day of a month
THU2 = "2019-06-13"  # a Thursday mid-month
LEAP = "2020-02-29"  # a Saturday, leap day
MAR1 = "2020-03-01"  # a Sunday, the day after a leap day
SUN = "2021-01-03"  # a Sunday, first week of a year


def mention(phrase: str) -> DateMention:
    """The finder must report the whole phrase as one mention: finder and resolver share one grammar."""
    found = find_dates(phrase)
    assert [m.phrase for m in found] == [phrase], found
    return found[0]


def day(anchor: str) -> Anchor:
    return Anchor.from_value(anchor, "as_of")


# (phrase, anchor, tense, expected start, expected end); None, None = undated
TABLE = [
    # weekdays: past = on or before the anchor, future = on or after, present = the anchor's week
    ("Monday", MON, "past", D(2017, 9, 4), D(2017, 9, 4)),
    ("Monday", MON, "future", D(2017, 9, 4), D(2017, 9, 4)),
    ("Sunday", MON, "past", D(2017, 9, 3), D(2017, 9, 3)),
    ("Sunday", MON, "future", D(2017, 9, 10), D(2017, 9, 10)),
    ("Sunday", MON, "present", D(2017, 9, 10), D(2017, 9, 10)),
    ("late on Friday", MON, "past", D(2017, 9, 1), D(2017, 9, 1)),
    ("on Thursday", FRI, "past", D(2017, 4, 27), D(2017, 4, 27)),
    ("on Wednesday", FRI, "past", D(2017, 4, 26), D(2017, 4, 26)),
    ("Friday", FRI, "future", D(2017, 4, 28), D(2017, 4, 28)),
    ("Saturday", FRI, "present", D(2017, 4, 29), D(2017, 4, 29)),
    ("Monday", THU2, "present", D(2019, 6, 10), D(2019, 6, 10)),
    ("Monday", THU2, "future", D(2019, 6, 17), D(2019, 6, 17)),
    ("next Friday", FRI, "past", D(2017, 5, 5), D(2017, 5, 5)),
    ("last Friday", FRI, "past", D(2017, 4, 21), D(2017, 4, 21)),
    ("this Friday", FRI, "past", D(2017, 4, 28), D(2017, 4, 28)),
    ("on Wednesday", THU, "past", D(2017, 11, 29), D(2017, 11, 29)),
    ("Monday", SUN, "future", D(2021, 1, 4), D(2021, 1, 4)),
    ("Monday", SUN, "past", D(2020, 12, 28), D(2020, 12, 28)),
    ("Monday night", SUN, "past", D(2020, 12, 28), D(2020, 12, 28)),
    # single days named from the anchor
    ("yesterday", MON, "past", D(2017, 9, 3), D(2017, 9, 3)),
    ("tomorrow", THU, "future", D(2017, 12, 1), D(2017, 12, 1)),
    ("the day after tomorrow", THU, "future", D(2017, 12, 2), D(2017, 12, 2)),
    ("the day before yesterday", THU, "past", D(2017, 11, 28), D(2017, 11, 28)),
    ("last night", SUN, "past", D(2021, 1, 2), D(2021, 1, 2)),
    ("tonight", THU2, "future", D(2019, 6, 13), D(2019, 6, 13)),
    # weeks are Monday-Sunday
    ("last week", MON, "past", D(2017, 8, 28), D(2017, 9, 3)),
    ("last week", SUN, "past", D(2020, 12, 21), D(2020, 12, 27)),
    ("next week", MON, "future", D(2017, 9, 11), D(2017, 9, 17)),
    ("this week", MON, "past", D(2017, 9, 4), D(2017, 9, 4)),
    ("this week", SUN, "past", D(2020, 12, 28), D(2021, 1, 3)),
    ("this week", THU2, "future", D(2019, 6, 13), D(2019, 6, 16)),
    ("this week", LEAP, "present", D(2020, 2, 24), D(2020, 3, 1)),
    ("earlier this week", FRI, "past", D(2017, 4, 24), D(2017, 4, 28)),
    ("Earlier this week", FRI, "past", D(2017, 4, 24), D(2017, 4, 28)),
    ("later this week", FRI, "future", D(2017, 4, 29), D(2017, 4, 30)),  # session 22: after the day of writing
    ("late last week", MON, "past", D(2017, 8, 31), D(2017, 9, 3)),
    ("earlier in the week", THU2, "past", D(2019, 6, 10), D(2019, 6, 13)),
    ("by the end of the year", THU2, "future", D(2019, 6, 13), D(2019, 12, 31)),  # a deadline: any day up to it
    ("by the end of the year", THU2, "past", D(2019, 9, 1), D(2019, 12, 31)),
    ("the past week", THU2, "past", D(2019, 6, 6), D(2019, 6, 13)),
    ("in the past 24 hours", THU2, "past", D(2019, 6, 12), D(2019, 6, 13)),
    # weekends by tense
    ("this weekend", FRI, "future", D(2017, 4, 29), D(2017, 4, 30)),
    ("this weekend", MON, "past", D(2017, 9, 2), D(2017, 9, 3)),
    ("this weekend", MON, "future", D(2017, 9, 9), D(2017, 9, 10)),
    ("this weekend", LEAP, "past", D(2020, 2, 29), D(2020, 2, 29)),
    ("this weekend", LEAP, "future", D(2020, 2, 29), D(2020, 3, 1)),
    ("this weekend", SUN, "present", D(2021, 1, 2), D(2021, 1, 3)),
    ("over the weekend", THU2, "past", D(2019, 6, 8), D(2019, 6, 9)),
    ("at the weekend", THU2, "future", D(2019, 6, 15), D(2019, 6, 16)),
    ("last weekend", MON, "past", D(2017, 9, 2), D(2017, 9, 3)),
    ("last weekend", SUN, "past", D(2020, 12, 26), D(2020, 12, 27)),
    ("next weekend", THU2, "future", D(2019, 6, 22), D(2019, 6, 23)),
    # months and years as calendar periods
    ("last month", MON, "past", D(2017, 8, 1), D(2017, 8, 31)),
    ("last month", SUN, "past", D(2020, 12, 1), D(2020, 12, 31)),
    ("next month", LEAP, "future", D(2020, 3, 1), D(2020, 3, 31)),
    ("earlier this month", THU, "past", D(2017, 11, 1), D(2017, 11, 30)),
    ("later this month", THU2, "future", D(2019, 6, 14), D(2019, 6, 30)),  # session 22: after the day of writing
    ("last year", SUN, "past", D(2020, 1, 1), D(2020, 12, 31)),
    ("next year", THU, "future", D(2018, 1, 1), D(2018, 12, 31)),
    ("this year", THU, "future", D(2017, 11, 30), D(2017, 12, 31)),
    ("this year", THU, "present", D(2017, 1, 1), D(2017, 12, 31)),
    ("earlier this year", THU2, "past", D(2019, 1, 1), D(2019, 6, 13)),
    ("late last year", THU2, "past", D(2018, 9, 1), D(2018, 12, 31)),
    ("early next year", THU2, "future", D(2020, 1, 1), D(2020, 4, 30)),
    # a month with no year
    ("in October", THU, "past", D(2017, 10, 1), D(2017, 10, 31)),
    ("in October", THU, "future", D(2018, 10, 1), D(2018, 10, 31)),
    ("in November", THU, "future", D(2017, 11, 30), D(2017, 11, 30)),
    ("in June", THU2, "past", D(2019, 6, 1), D(2019, 6, 13)),
    ("in December", THU, "past", D(2016, 12, 1), D(2016, 12, 31)),
    ("in December", THU, "future", D(2017, 12, 1), D(2017, 12, 31)),
    ("in December", SUN, "past", D(2020, 12, 1), D(2020, 12, 31)),
    ("last November", THU, "past", D(2016, 11, 1), D(2016, 11, 30)),
    ("next November", THU, "past", D(2018, 11, 1), D(2018, 11, 30)),
    ("in early October", THU, "past", D(2017, 10, 1), D(2017, 10, 10)),
    ("mid-October", THU, "past", D(2017, 10, 11), D(2017, 10, 20)),
    ("at the end of October", THU, "past", D(2017, 10, 21), D(2017, 10, 31)),
    ("in May", THU2, "past", D(2019, 5, 1), D(2019, 5, 31)),
    ("in the last week of May", THU2, "past", D(2019, 5, 25), D(2019, 5, 31)),  # its last seven days
    # a day with no year
    ("April 27", THU, "past", D(2017, 4, 27), D(2017, 4, 27)),
    ("April 27", THU, "future", D(2018, 4, 27), D(2018, 4, 27)),
    ("27 April", THU, "past", D(2017, 4, 27), D(2017, 4, 27)),
    ("December 25", THU, "past", D(2016, 12, 25), D(2016, 12, 25)),
    ("Sept. 3", MON, "past", D(2017, 9, 3), D(2017, 9, 3)),
    ("Sept. 3-5", MON, "past", D(2017, 9, 3), D(2017, 9, 5)),
    ("June 20", THU2, "present", D(2019, 6, 20), D(2019, 6, 20)),
    ("February 29", MAR1, "past", D(2020, 2, 29), D(2020, 2, 29)),
    ("February 29", MAR1, "future", D(2024, 2, 29), D(2024, 2, 29)),
    ("on the 27th", THU, "past", D(2017, 11, 27), D(2017, 11, 27)),
    ("on the 27th", THU, "future", D(2017, 12, 27), D(2017, 12, 27)),
    ("on the 30th", LEAP, "past", D(2020, 1, 30), D(2020, 1, 30)),
    ("on the 30th", LEAP, "future", D(2020, 3, 30), D(2020, 3, 30)),
    ("on the 30th", LEAP, "present", None, None),  # February 2020 has no 30th
    # counted from the anchor
    ("three days ago", THU, "past", D(2017, 11, 27), D(2017, 11, 27)),
    ("two weeks ago", THU, "past", D(2017, 11, 13), D(2017, 11, 19)),
    ("three months ago", THU2, "past", D(2019, 3, 1), D(2019, 3, 31)),
    ("two years ago", THU2, "past", D(2017, 1, 1), D(2017, 12, 31)),
    # vague, bounded by data/dates.toml
    ("Just days ago", THU, "past", D(2017, 11, 24), D(2017, 11, 29)),
    ("days ago", MON, "past", D(2017, 8, 29), D(2017, 9, 3)),
    ("weeks ago", THU, "past", D(2017, 10, 19), D(2017, 11, 23)),
    ("in recent weeks", MON, "past", D(2017, 8, 7), D(2017, 9, 4)),
    ("recently", THU, "past", D(2017, 10, 31), D(2017, 11, 30)),
    ("soon", THU, "future", D(2017, 11, 30), D(2017, 12, 30)),
    ("in the coming days", THU, "future", D(2017, 11, 30), D(2017, 12, 7)),
    # explicit years: the anchor does not matter
    ("April 27, 2017", SUN, "future", D(2017, 4, 27), D(2017, 4, 27)),
    ("27 April 2017", SUN, "past", D(2017, 4, 27), D(2017, 4, 27)),
    ("Monday, April 24, 2017", SUN, "past", D(2017, 4, 24), D(2017, 4, 24)),
    ("in June 2015", SUN, "past", D(2015, 6, 1), D(2015, 6, 30)),
    ("in 2015", SUN, "future", D(2015, 1, 1), D(2015, 12, 31)),
    ("in late 2016", SUN, "past", D(2016, 9, 1), D(2016, 12, 31)),
    ("in the second half of 2024", SUN, "past", D(2024, 7, 1), D(2024, 12, 31)),
    ("the first half of March", THU2, "past", D(2019, 3, 1), D(2019, 3, 15)),
    ("1950-53", SUN, "past", D(1950, 1, 1), D(1953, 12, 31)),
    ("from 2001 to 2003", SUN, "past", D(2001, 1, 1), D(2003, 12, 31)),
    ("the 1990s", SUN, "past", D(1990, 1, 1), D(1999, 12, 31)),
    ("2017-09-04", SUN, "past", D(2017, 9, 4), D(2017, 9, 4)),
    ("Sept. 3-5, 2017", SUN, "past", D(2017, 9, 3), D(2017, 9, 5)),
    ("February 30, 2017", SUN, "past", None, None),  # no such day
    # a month- or year-only anchor: the interval of every possible answer
    ("on Wednesday", "2017-12", "past", D(2017, 11, 29), D(2017, 12, 27)),
    ("last week", "2017-12", "past", D(2017, 11, 20), D(2017, 12, 24)),
    ("yesterday", "2017-12", "past", D(2017, 11, 30), D(2017, 12, 30)),
    ("in October", "2017-12", "past", D(2017, 10, 1), D(2017, 10, 31)),
    ("Monday", "2017", "past", D(2016, 12, 26), D(2017, 12, 25)),
    ("last year", "2017", "past", D(2016, 1, 1), D(2016, 12, 31)),
    # no anchor: relative dates are undated, absolute ones still resolve
    ("Monday", "", "past", None, None),
    ("in recent weeks", "", "past", None, None),
    ("in June 2015", "", "past", D(2015, 6, 1), D(2015, 6, 30)),
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "start", "end"), TABLE,
                         ids=[f"{p}|{a or 'none'}|{t}" for p, a, t, _, _ in TABLE])
def test_table(phrase, anchor, tense, start, end):
    got = resolve(mention(phrase), day(anchor), tense)
    assert (got.start, got.end) == (start, end), got.basis
    assert got.phrase == phrase
    assert got.basis.startswith(f"'{phrase}'")


def test_table_is_large():
    assert len(TABLE) >= 60


@pytest.mark.parametrize(("phrase", "tense", "anchor", "basis"), [
    ("on Thursday", "past", FRI, "'on Thursday', past tense, written Fri 2017-04-28 -> Thu 2017-04-27"),
    ("last week", "past", MON, "'last week', written Mon 2017-09-04 -> week Mon 2017-08-28 .. Sun 2017-09-03"),
    ("Monday", "past", MON, "'Monday', past tense, written Mon 2017-09-04 -> Mon 2017-09-04 (same day)"),
    ("this weekend", "future", FRI,
     "'this weekend', future tense, written Fri 2017-04-28 -> weekend Sat 2017-04-29 .. Sun 2017-04-30"),
    ("Just days ago", "past", THU, "'Just days ago', written Thu 2017-11-30 -> vague: 6 days before to 1 day "
                                   "before, Fri 2017-11-24 .. Wed 2017-11-29"),
    ("in October", "past", THU, "'in October', past tense, written Thu 2017-11-30 -> month 2017-10-01 .. 2017-10-31"),
    ("in June 2015", "past", THU, "'in June 2015', absolute -> month 2015-06-01 .. 2015-06-30"),
    ("on Wednesday", "past", "2017-12", "'on Wednesday', past tense, written in 2017-12 (month only, any day "
                                        "2017-12-01 .. 2017-12-31) -> any of Wed 2017-11-29 .. Wed 2017-12-27 "
                                        "(Wed 2017-12-27 if written on or after 2017-12-27)"),
    ("on March 5", "past", "2024-03", "'on March 5', past tense, written in 2024-03 (month only, any day "
                                      "2024-03-01 .. 2024-03-31) -> Tue 2024-03-05"),  # days just ahead read ahead
    ("December 25", "past", "2017", "'December 25', past tense, written in 2017 (year only, any day "
                                    "2017-01-01 .. 2017-12-31) -> Mon 2017-12-25 (a date without a year is "
                                    "the current one in news style; Sun 2016-12-25 if written before 2017-12-18)"),
])
def test_basis_says_how(phrase, tense, anchor, basis):
    assert resolve(mention(phrase), day(anchor), tense).basis == basis


def test_relative_to_names_the_anchor_source():
    m = mention("Monday")
    assert resolve(m, Anchor.from_value(MON, "published"), "past").relative_to == "published"
    assert resolve(m, Anchor.from_value(MON, "published"), "past").basis.startswith("'Monday', past tense, published Mon")
    assert resolve(m, Anchor.from_value(MON, "as_of"), "past").relative_to == "as_of"
    assert resolve(mention("in 2015"), Anchor.from_value(MON, "as_of"), "past").relative_to == "absolute"


def test_no_anchor_says_why():
    got = resolve(mention("last week"), Anchor.from_value(None, None), "past")
    assert not got.dated and got.relative_to is None
    assert got.basis == f"'last week': {NO_ANCHOR}"


def test_unknown_tense_counts_as_past():
    assert resolve(mention("Sunday"), day(MON), "conditional").start == D(2017, 9, 3)


def test_modifier_year_says_it_qualifies_a_noun():
    [m] = [x for x in find_dates("complying with the 2015 deal") if x.kind == "modifier"]
    got = resolve(m, day(THU), "past")
    assert (got.start, got.end, got.relative_to) == (D(2015, 1, 1), D(2015, 12, 31), "absolute")
    assert "qualifying a noun" in got.basis


def test_weekday_that_does_not_match_the_date_is_noted():
    got = resolve(mention("Tuesday, April 24, 2017"), day(SUN), "past")
    assert got.start == D(2017, 4, 24)
    assert "is not a Tuesday" in got.basis
    got = resolve(mention("Tuesday, April 24"), day(FRI), "past")
    assert got.start == D(2017, 4, 24) and "2017-04-24 is not a Tuesday" in got.basis
    assert "is not a" not in resolve(mention("Monday, April 24"), day(FRI), "past").basis


def test_since_and_until_are_named_in_the_basis():
    assert "(marks when something began)" in resolve(mention("since Monday"), day(FRI), "past").basis
    assert "(marks a deadline or an end)" in resolve(mention("by the end of 2022"), day(FRI), "past").basis
    assert resolve(mention("since Monday"), day(FRI), "past").start == D(2017, 4, 24)


def test_this_october_follows_tense_like_in_october():
    assert resolve(mention("this June"), day(THU2), "past").end == D(2019, 6, 13)


THURSDAY = ("002-abc123", DateResolution(start=D(2017, 4, 27), end=D(2017, 4, 27), phrase="on Thursday",
                                          basis="...", relative_to="as_of"))
LAST_WEEK = ("000-def456", DateResolution(start=D(2017, 8, 28), end=D(2017, 9, 3), phrase="last week",
                                          basis="...", relative_to="as_of"))
JAN31 = ("009-aaaaaa", DateResolution(start=D(2017, 1, 31), end=D(2017, 1, 31), basis="...", relative_to="absolute"))


@pytest.mark.parametrize(("phrase", "previous", "start", "end"), [
    ("A day earlier", THURSDAY, D(2017, 4, 26), D(2017, 4, 26)),
    ("the day before", THURSDAY, D(2017, 4, 26), D(2017, 4, 26)),
    ("the previous day", THURSDAY, D(2017, 4, 26), D(2017, 4, 26)),
    ("the next day", THURSDAY, D(2017, 4, 28), D(2017, 4, 28)),
    ("the following day", THURSDAY, D(2017, 4, 28), D(2017, 4, 28)),
    ("a day later", THURSDAY, D(2017, 4, 28), D(2017, 4, 28)),
    ("two days later", THURSDAY, D(2017, 4, 29), D(2017, 4, 29)),
    ("the same day", THURSDAY, D(2017, 4, 27), D(2017, 4, 27)),
    ("later that day", THURSDAY, D(2017, 4, 27), D(2017, 4, 27)),
    ("hours later", THURSDAY, D(2017, 4, 27), D(2017, 4, 27)),
    ("a week later", THURSDAY, D(2017, 5, 4), D(2017, 5, 4)),
    ("the following week", THURSDAY, D(2017, 5, 1), D(2017, 5, 7)),
    ("a day later", LAST_WEEK, D(2017, 8, 29), D(2017, 9, 4)),
    ("a month later", JAN31, D(2017, 2, 28), D(2017, 2, 28)),
    ("days later", THURSDAY, D(2017, 4, 28), D(2017, 5, 3)),
    ("the following month", JAN31, D(2017, 2, 1), D(2017, 2, 28)),
    ("the year before", JAN31, D(2016, 1, 1), D(2016, 12, 31)),
    ("later that year", LAST_WEEK, D(2017, 1, 1), D(2017, 12, 31)),
])
def test_anaphoric_moves_the_previous_event(phrase, previous, start, end):
    got = resolve(mention(phrase), day(""), "past", previous)
    assert (got.start, got.end) == (start, end)
    assert got.relative_to == f"event:{previous[0]}"
    assert previous[0] in got.basis


def test_anaphoric_without_a_previous_dated_event_is_undated():
    got = resolve(mention("A day earlier"), day(FRI), "past")
    assert not got.dated and "none is dated before it" in got.basis
    undated = ("002-000000", DateResolution(basis="no anchor"))
    got = resolve(mention("the next day"), day(FRI), "past", undated)
    assert not got.dated and "002-000000" in got.basis and "undated" in got.basis


def test_unknown_phrase_is_undated_not_an_error():
    got = resolve(DateMention(0, 5, "banana", "relative"), day(FRI), "past")
    assert not got.dated and "not a date phrase" in got.basis


@pytest.mark.parametrize(("value", "start", "end", "precision"), [
    ("2017-09-04", D(2017, 9, 4), D(2017, 9, 4), "day"),
    ("2017-12", D(2017, 12, 1), D(2017, 12, 31), "month"),
    ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month"),
    ("2017", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("2017-09-04T10:30:00Z", D(2017, 9, 4), D(2017, 9, 4), "day"),
    ("", None, None, None),
    (None, None, None, None),
    ("2017-02-30", None, None, None),
    ("next Tuesday", None, None, None),
])
def test_anchor_from_value(value, start, end, precision):
    a = Anchor.from_value(value, "published")
    assert (a.start, a.end, a.precision) == (start, end, precision)
    assert a.source == ("published" if precision else None)


# Gold for the three samples, read sentence by sentence (dates checked in ../shared/seeds/SOURCES.toml):
# every date phrase in each body, in order, with the tense of its clause and the right day or interval.
# "A day earlier" in 002 follows the Putin-Abe talks "on Thursday" (the first phrase), given as previous.
SAMPLES = {
    "000": [("Monday", "past", D(2017, 9, 4), D(2017, 9, 4)),
            ("last week", "past", D(2017, 8, 28), D(2017, 9, 3)),
            ("last week", "past", D(2017, 8, 28), D(2017, 9, 3)),
            ("in recent weeks", "past", D(2017, 8, 7), D(2017, 9, 4))],
    "002": [("on Thursday", "past", D(2017, 4, 27), D(2017, 4, 27)),
            ("earlier this week", "past", D(2017, 4, 24), D(2017, 4, 28)),
            ("A day earlier", "past", D(2017, 4, 26), D(2017, 4, 26)),
            ("Earlier this week", "past", D(2017, 4, 24), D(2017, 4, 28)),
            ("earlier this week", "past", D(2017, 4, 24), D(2017, 4, 28)),
            ("on Thursday", "past", D(2017, 4, 27), D(2017, 4, 27)),
            ("on Wednesday", "past", D(2017, 4, 26), D(2017, 4, 26)),
            ("this weekend", "future", D(2017, 4, 29), D(2017, 4, 30))],
    "003": [("on Wednesday", "past", D(2017, 11, 29), D(2017, 11, 29)),
            ("on Wednesday", "past", D(2017, 11, 29), D(2017, 11, 29)),
            ("on Wednesday", "past", D(2017, 11, 29), D(2017, 11, 29)),
            ("in October", "past", D(2017, 10, 1), D(2017, 10, 31)),
            ("2015", "past", D(2015, 1, 1), D(2015, 12, 31)),
            ("Just days ago", "past", D(2017, 11, 24), D(2017, 11, 29))],
}


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_samples_gold(sample):
    raw = (Path(__file__).parents[2] / "excerpt" / "samples" / f"{sample}.txt").read_text(encoding="utf-8")
    _, front, body = raw.split("+++", 2)
    meta = tomllib.loads(front)
    anchor = Anchor.from_value(meta.get("as_of") or meta.get("published"), "as_of" if meta.get("as_of") else "published")
    found = find_dates(body)
    assert [m.phrase for m in found] == [g[0] for g in SAMPLES[sample]]
    first = None
    for m, (_, tense, start, end) in zip(found, SAMPLES[sample], strict=True):
        got = resolve(m, anchor, tense, first)
        assert (got.start, got.end) == (start, end), got.basis
        first = first or ("first", got)


JAN15 = "2020-01-15"  # a Wednesday in the middle of a northern winter


@pytest.mark.parametrize(("phrase", "tense", "start", "end"), [
    ("last summer", "past", D(2019, 6, 1), D(2019, 8, 31)),
    ("in the fall", "past", D(2019, 9, 1), D(2019, 11, 30)),
    ("during the winter", "past", D(2019, 12, 1), D(2020, 1, 15)),  # the winter holding the anchor, cut
    ("this coming winter", "past", D(2020, 1, 15), D(2020, 2, 29)),
    ("next spring", "past", D(2020, 3, 1), D(2020, 5, 31)),
    ("last winter", "past", D(2018, 12, 1), D(2019, 2, 28)),
    ("in late autumn", "past", D(2019, 11, 1), D(2019, 11, 30)),
    ("in the spring", "future", D(2020, 3, 1), D(2020, 5, 31)),
    ("in the spring of 2015", "past", D(2015, 3, 1), D(2015, 5, 31)),
    ("fall 2016", "past", D(2016, 9, 1), D(2016, 11, 30)),
    ("winter 2015", "past", D(2015, 1, 1), D(2015, 12, 31)),  # Jan-Feb or Dec 2015: the year holds both
])
def test_seasons(phrase, tense, start, end):
    got = resolve(mention(phrase), day(JAN15), tense)
    assert (got.start, got.end) == (start, end), got.basis


@pytest.mark.parametrize("text", ["The Arab Spring and the Summer Olympics.", "The fall of Kabul.",
                                  "They will spring into action.", "Prices fall sharply.", "a winter coat"])
def test_season_words_that_are_not_dates(text):
    assert find_dates(text) == []
