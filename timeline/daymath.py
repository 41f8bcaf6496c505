"""Calendar arithmetic for the resolver, all with python-dateutil: weeks, months, their parts, nearest days."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import MO, SU, relativedelta

from timeline.datewords import lexicon


def fmt(day: date) -> str:
    """'Fri 2017-04-28' (weekday names from the data file, so no locale enters the record)."""
    return f"{lexicon()['weekdays']['names'][day.weekday()][:3]} {day.isoformat()}"


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of the week holding day."""
    monday = day + relativedelta(weekday=MO(-1))
    return monday, monday + relativedelta(weekday=SU(+1))


def month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a calendar month."""
    first = date(year, month, 1)
    return first, first + relativedelta(day=31)


def cut_at(start: date, end: date, d: date, tense: str) -> tuple[date, date]:
    """Past tense keeps the part of an interval up to d, future the part from d (only if it holds d)."""
    if start <= d <= end:
        if tense == "past":
            return start, d
        if tense == "future":
            return d, end
    return start, end


def part_of(start: date, end: date, unit: str, qualifier: str) -> tuple[date, date]:
    """The early / mid / late part or a half of a week, month or year (bounds: data/dates.toml [qualifiers])."""
    if not qualifier:
        return start, end
    if unit == "week":
        if qualifier == "mid":  # the middle of a week: Tuesday .. Thursday
            return start + timedelta(days=1), start + timedelta(days=3)
        if qualifier in ("early", "first_days"):
            return start, start + timedelta(days=2)
        return start + timedelta(days=3), end
    if unit == "month":
        lo, hi = lexicon()["qualifiers"]["month_days"][qualifier]
        if lo < 0:  # counted from the month's end ("the last week of April": its last seven days)
            last = start + relativedelta(day=31)
            return last + timedelta(days=lo + 1), last
        return start + relativedelta(day=lo), start + relativedelta(day=hi)
    if unit == "year" and qualifier in lexicon()["qualifiers"]["year_days"]:  # "the final days of 2023"
        (m1, d1), (m2, d2) = lexicon()["qualifiers"]["year_days"][qualifier]
        return start + relativedelta(month=m1, day=d1), start + relativedelta(month=m2, day=d2)
    if unit == "year":
        lo, hi = lexicon()["qualifiers"]["year_months"][qualifier]
        return start + relativedelta(month=lo), start + relativedelta(month=hi, day=31)
    if unit == "season" and qualifier in lexicon()["qualifiers"]["season_months"]:
        lo, hi = lexicon()["qualifiers"]["season_months"][qualifier]
        return start + relativedelta(months=lo - 1), start + relativedelta(months=hi, days=-1)
    return start, end


def nearest(candidates: list[date], d: date, tense: str, current: date | None) -> date | None:
    """The candidate on or before d (past), on or after d (future), or the current one (present)."""
    if tense == "past":
        return max((c for c in candidates if c <= d), default=None)
    if tense == "future":
        return min((c for c in candidates if c >= d), default=None)
    return current


def valid_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when the calendar has no such day (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def range_end(first: date, day2: int | None, month2: int | None = None) -> date:
    """The last day of a day range ("Sept. 3-5", "30 January to 2 February": next year's if month2 comes first), or first."""
    if day2 is not None and month2 is not None and month2 != first.month:
        year = first.year + (1 if month2 < first.month else 0)
        return valid_day(year, month2, day2) or date(year, month2, 1) + relativedelta(day=31)
    if day2 is None or day2 <= first.day:
        return first
    return valid_day(first.year, first.month, day2) or first + relativedelta(day=31)
