"""Metadata: empty or month-only publication dates, as_of far from published, unknown keys, future dates."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from excerpt.frontmatter import suggest
from excerpt.models import DATE_RE, Excerpt
from gate.context import Context
from gate.findings import Finding, Severity
from gate.locate import key_line

MAX_AS_OF_GAP_DAYS = 14  # a republication a week later is normal; a month apart is likely a wrong date
UNKNOWN_KEY_PREFIX = "unknown front-matter key"  # the loader's own warning for these; reported once, here


def date_interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a YYYY-MM-DD, YYYY-MM or YYYY date can be; None when empty."""
    m = DATE_RE.match(value or "")
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        day = date(year, int(m.group(2)), int(m.group(3)))
        return day, day
    if m.group(2):
        month = int(m.group(2))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def _finding(severity: Severity, check: str, excerpt: Excerpt, problem: str, fix: str,
             where: dict[str, Any]) -> Finding:
    return Finding(severity=severity, check=f"metadata.{check}", excerpt=excerpt.id, problem=problem, fix=fix,
                   **where)


def published_precision(ctx: Context) -> list[Finding]:
    """An empty publication date (a warning), or one giving only a month or a year."""
    out = []
    for ex in ctx.excerpts.values():
        if not ex.published:
            dated_by = f" (relative dates use as_of {ex.as_of})" if ex.as_of else ": relative dates cannot be resolved"
            fix = ('set published = "YYYY-MM-DD" from the saved page' if ex.format == "txt" else
                   "save the page with its article:published_time, or as .txt with a published date")
            out.append(_finding(Severity.warning, "published-empty", ex, f"publication date is empty{dated_by}",
                                fix, key_line(ex, "published")))
            continue
        if len(ex.published) == 10:
            continue
        span = "month" if len(ex.published) == 7 else "year"
        as_of = date_interval(ex.as_of)
        if as_of and as_of[0] == as_of[1]:
            # as_of gives the day the text was written, so relative dates still resolve to days.
            out.append(_finding(Severity.info, "published-partial", ex,
                                f"published '{ex.published}' gives only the {span}; relative dates use "
                                f"as_of {ex.as_of}", "give the full day if the saved page has it",
                                key_line(ex, "published")))
        else:
            out.append(_finding(Severity.warning, "published-partial", ex,
                                f"published '{ex.published}' gives only the {span}: every relative date "
                                f"becomes an interval", 'give the full day, or set as_of = "YYYY-MM-DD" to the '
                                "day the text was written", key_line(ex, "published")))
    return out


def as_of_gap(ctx: Context) -> list[Finding]:
    """as_of more than MAX_AS_OF_GAP_DAYS from any day the publication date can be."""
    out = []
    for ex in ctx.excerpts.values():
        published, as_of = date_interval(ex.published), date_interval(ex.as_of)
        if not published or not as_of:
            continue
        if as_of[1] < published[0]:
            gap, side = (published[0] - as_of[1]).days, "before"
        elif as_of[0] > published[1]:
            gap, side = (as_of[0] - published[1]).days, "after"
        else:
            continue
        if gap > MAX_AS_OF_GAP_DAYS:
            out.append(_finding(Severity.warning, "as-of-far", ex,
                                f"as_of {ex.as_of} is {gap} days {side} published {ex.published}",
                                "check both dates: as_of is the day the text was written",
                                key_line(ex, "as_of")))
    return out


def unknown_keys(ctx: Context) -> list[Finding]:
    """Front-matter keys the tool does not know, with the closest known key."""
    out = []
    for ex in ctx.excerpts.values():
        for key in sorted(ex.extra):
            hint = suggest(key)
            fix = f"did you mean '{hint}'?" if hint else "remove it, or move what it says into notes"
            out.append(_finding(Severity.warning, "unknown-key", ex, f"unknown front-matter key '{key}'", fix,
                                key_line(ex, key)))
    return out


def loader_warnings(ctx: Context) -> list[Finding]:
    """Other warnings the loader gave about an excerpt (unknown keys are reported above)."""
    return [_finding(Severity.warning, "excerpt-warning", ex, warning, "check the excerpt file", {"file": ex.path})
            for ex in ctx.excerpts.values() for warning in ex.warnings
            if not warning.startswith(UNKNOWN_KEY_PREFIX)]


def future_dates(ctx: Context) -> list[Finding]:
    """A publication or as_of date after today: a typo, or a clock that is wrong."""
    out = []
    for ex in ctx.excerpts.values():
        for key in ("published", "as_of"):
            value = getattr(ex, key)
            span = date_interval(value)
            if span and span[0] > ctx.today:
                out.append(_finding(Severity.error, "future-date", ex,
                                    f"{key} {value} is in the future (today is {ctx.today.isoformat()})",
                                    f"correct {key}", key_line(ex, key)))
    return out


def skipped_files(ctx: Context) -> list[Finding]:
    """Files in the excerpt folder that were not read as excerpts."""
    return [Finding(severity=Severity.info, check="metadata.skipped-file", file=path,
                    problem=f"not read: {reason}", fix="move it out of the excerpt folder, or rename it")
            for path, reason in ctx.skipped]


CHECKS = (published_precision, as_of_gap, unknown_keys, loader_warnings, future_dates, skipped_files)
