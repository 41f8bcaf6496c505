"""The words the page uses: date and interval labels, kind, modality and status phrases, anchors."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.models import Kind, Modality

# Human names of event kinds, shown on the timeline, in the matrix and as TimelineJS groups.
KIND_LABELS: dict[str, str] = {
    Kind.statement.value: "Statement",
    Kind.ship_movement.value: "Ship movement",
    Kind.missile_test.value: "Missile test",
    Kind.nuclear_test.value: "Nuclear test",
    Kind.deployment.value: "Deployment",
    Kind.military_exercise.value: "Military exercise",
    Kind.meeting.value: "Meeting",
    Kind.sanction.value: "Sanction",
    Kind.other.value: "Other",
}

# Modalities the page flags next to an event; "asserted" is the plain case and gets no flag.
MODALITY_LABELS: dict[str, str] = {
    Modality.planned.value: "planned",
    Modality.expected.value: "expected",
    Modality.conditional.value: "conditional",
    Modality.denied.value: "denied",
    Modality.reported_claim.value: "relayed claim",
}

# What each relative_to value means, for the date's reasoning.
RELATIVE_TO_LABELS: dict[str, str] = {
    "as_of": "the day the text was written",
    "published": "the publication date",
    "absolute": "a full date in the text",
}

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INTERVAL_SEPARATORS = ("/", "..")
ANCHOR_SAFE = re.compile(r"[A-Za-z0-9.-]")
ANCHOR_ALL_SAFE = re.compile(r"[A-Za-z0-9.-]*")


def anchor(prefix: str, raw: str) -> str:
    """An HTML id from a prefix and an id from input; characters outside [A-Za-z0-9.-] are encoded."""
    if ANCHOR_ALL_SAFE.fullmatch(raw):
        return prefix + raw
    # Ids come from file names; spaces or quotes would make invalid ids and broken fragment links.
    out = [c if ANCHOR_SAFE.match(c) else f"_{ord(c):x}_" for c in raw]
    return f"{prefix}{''.join(out)}"


def day_label(day: date, weekday: bool = True) -> str:
    """A day as an editor writes it: 'Tue 10 Oct 2023'."""
    text = f"{day.day} {calendar.month_abbr[day.month]} {day.year}"
    return f"{calendar.day_abbr[day.weekday()]} {text}" if weekday else text


def _short_pair(start: date, end: date) -> tuple[str, str]:
    """Both ends of an interval, the first without what it shares with the second."""
    if start.year != end.year:
        return day_label(start, False), day_label(end, False)
    if start.month != end.month:
        return f"{start.day} {calendar.month_abbr[start.month]}", day_label(end, False)
    return f"{start.day}", day_label(end, False)


def span_label(start: date | None, end: date | None) -> str:
    """A day, or an interval as the text supports it: 'sometime in the week of 28 Aug 2017'."""
    if start is None or end is None:
        return "Undated"
    if start == end:
        return day_label(start)
    last_of_month = calendar.monthrange(end.year, end.month)[1]
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"sometime in {start.year}"
    if start.day == 1 and end.day == last_of_month and (start.year, start.month) == (end.year, end.month):
        return f"sometime in {calendar.month_name[start.month]} {start.year}"
    if start.weekday() == 0 and end - start == timedelta(days=6):
        return f"sometime in the week of {day_label(start, False)}"
    if start.weekday() == 5 and end - start == timedelta(days=1):
        first, second = _short_pair(start, end)
        return f"sometime on the weekend of {first}\u2013{second}"
    first, second = _short_pair(start, end)
    return f"sometime between {first} and {second}"


def heading_label(start: date | None, end: date | None) -> str:
    """span_label standing alone (a heading, a display date): 'Sometime in the week of 28 Aug 2017'."""
    label = span_label(start, end)
    return label[:1].upper() + label[1:]


def range_label(start: date, end: date) -> str:
    """A plain range for the glance: '2 Oct 2023 – 15 Oct 2023', or one day."""
    if start == end:
        return day_label(start, False)
    return f"{day_label(start, False)} \u2013 {day_label(end, False)}"


def _parse_day(value: str) -> date | None:
    return date.fromisoformat(value) if ISO_DAY.match(value) else None


def _date_value(value: str, with_year: bool) -> str:
    """An ISO day or interval from a parity difference, as a reader writes it."""
    for sep in INTERVAL_SEPARATORS:
        if sep in value:
            a, _, b = value.partition(sep)
            start, end = _parse_day(a.strip()), _parse_day(b.strip())
            if start and end:
                first, second = _short_pair(start, end)
                if not with_year and start.year == end.year:
                    second = second.rsplit(" ", 1)[0]
                joiner = "\u2013" if " " not in first else " \u2013 "
                return f"{first}{joiner}{second}"
    day = _parse_day(value)
    if day is None:
        return value
    return day_label(day, False) if with_year else f"{day.day} {calendar.month_abbr[day.month]}"


def _years(value: str | None) -> set[str]:
    return set(re.findall(r"\b(\d{4})-\d{2}-\d{2}\b", value or ""))


def difference_text(attribute: str, here: str | None, there: str | None) -> str:
    """One difference between two claims: 'date: 27 Apr here, 26 Apr there'."""
    if attribute == "date":
        # The year is left out when both sides are dated in the same one year, as an editor says it.
        years_here, years_there = _years(here), _years(there)
        with_year = not (years_here and years_there and len(years_here | years_there) == 1)
        here_text = _date_value(here, with_year) if here else "no date"
        there_text = _date_value(there, with_year) if there else "no date"
    else:
        here_text = here if here else "not stated"
        there_text = there if there else "not stated"
    return f"{attribute}: {here_text} here, {there_text} there"


def outlet_list(names: list[str], most: int = 0) -> str:
    """Names joined for a sentence: 'A', 'A and B', 'A, B and C'; beyond most, 'A, B, C and 4 more'."""
    if most and len(names) > most + 1:
        return f"{', '.join(names[:most])} and {len(names) - most} more"
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def clip_list(text: str, most: int) -> str:
    """A name listing items after a colon ('copied text: a, b, c, d, e') cut to the first few and a count."""
    head, sep, tail = text.rpartition(": ")
    items = tail.split(", ")
    if len(items) <= most + 1:
        return text
    return f"{head}{sep}{', '.join(items[:most])} and {len(items) - most} more"
