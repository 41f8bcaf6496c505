"""Dates: past events dated after their text was written, intervals ending before they start, lost anchors."""

from __future__ import annotations

from gate.context import Context, date_of
from gate.findings import Finding, Severity
from gate.locate import at_event
from gate.metadata import date_interval

EVENT_PREFIX = "event:"  # relative_to of a date resolved from the event before it ("a day earlier")


def _anchor(ctx: Context, excerpt_id: str) -> tuple[str, str] | None:
    """The (value, key) the record resolved this excerpt's relative dates against."""
    record = ctx.records.get(excerpt_id)
    if record is None:
        return None
    if record.as_of:
        return record.as_of, "as_of"
    if record.published:
        return record.published, "published"
    return None


def past_after_written(ctx: Context) -> list[Finding]:
    """A past-tense event cannot have happened after the day its text was written."""
    out = []
    spans: dict[str, tuple[tuple[str, str] | None, tuple | None]] = {}  # per excerpt: its anchor and that day's span
    for ev in ctx.events:
        d = date_of(ev)
        known = spans.get(ev["excerpt"])
        if known is None:
            anchor = _anchor(ctx, ev["excerpt"])
            known = spans[ev["excerpt"]] = (anchor, date_interval(anchor[0]) if anchor else None)
        anchor, span = known
        # ISO days compare as strings.
        if ev.get("tense", "past") != "past" or not d.get("start") or span is None or d["start"] <= span[1].isoformat():
            continue
        phrase = f" from '{d['phrase']}'" if d.get("phrase") else ""
        out.append(Finding(
            severity=Severity.error, check="dates.after-written", excerpt=ev["excerpt"], event=ev["id"],
            problem=f"past-tense event dated {d['start']}{phrase}, after its excerpt was written "
                    f"({anchor[1]} {anchor[0]})",
            fix=f"a past event falls on or before {span[1].isoformat()}: correct the date, or the excerpt's {anchor[1]}",
            **at_event(ctx, ev["id"])))
    return out


def start_after_end(ctx: Context) -> list[Finding]:
    """An interval that ends before it starts."""
    out = []
    for raw in ctx.raw_events:
        d = date_of(raw)
        if d.get("start") and d.get("end") and d["end"] < d["start"]:
            out.append(Finding(
                severity=Severity.error, check="dates.start-after-end", excerpt=raw["excerpt"], event=raw["id"],
                problem=f"date starts {d['start']}, after it ends {d['end']}",
                fix="run report.py to rebuild the record; do not edit out/ by hand", **at_event(ctx, raw["id"])))
    return out


def relative_to_missing(ctx: Context) -> list[Finding]:
    """A date resolved from another event ("a day earlier") names an event that is on the record."""
    on_record = ctx.event_ids()
    out = []
    for ev in ctx.events:
        rel = date_of(ev).get("relative_to") or ""
        if rel.startswith(EVENT_PREFIX) and rel[len(EVENT_PREFIX):] not in on_record:
            out.append(Finding(
                severity=Severity.error, check="dates.relative-to-missing", excerpt=ev["excerpt"], event=ev["id"],
                problem=f"dated relative to event {rel[len(EVENT_PREFIX):]}, which is not on the record",
                fix="run report.py to rebuild the record", **at_event(ctx, ev["id"])))
    return out


def undated_without_anchor(ctx: Context) -> list[Finding]:
    """A date phrase left undated because the excerpt gives no day to resolve it against."""
    out = []
    for ev in ctx.events:
        d = date_of(ev)
        if d.get("start") or not d.get("phrase") or _anchor(ctx, ev["excerpt"]) is not None:
            continue
        out.append(Finding(
            severity=Severity.warning, check="dates.no-anchor", excerpt=ev["excerpt"], event=ev["id"],
            problem=f"'{d['phrase']}' left undated: the excerpt has no published or as_of date",
            fix="set published (or as_of) in the excerpt's front matter, then run report.py",
            **at_event(ctx, ev["id"])))
    return out


CHECKS = (past_after_written, start_after_end, relative_to_missing, undated_without_anchor)
