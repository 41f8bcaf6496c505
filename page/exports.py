"""The record for other tools: timeline.csv for spreadsheets and timelinejs.json for TimelineJS."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Iterator
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import Any

from page import wording
from page.gcpause import gc_paused
from timeline.models import Event, ExcerptRecord, Kind, Modality, Timeline

CSV_COLUMNS = (
    "event_id", "date_start", "date_end", "date_phrase", "kind", "modality", "actor", "actor_role",
    "summary", "quote", "source", "url", "evidence_start", "evidence_end", "evidence_exact",
)
# A cell starting with one of these is run as a formula by spreadsheets (CSV injection); such text
# cells get a leading apostrophe, which spreadsheets show as plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADLINE_MAX = 100  # TimelineJS headlines are slide titles: longer summaries are cut at a word
ROWS_PER_WRITE = 1000  # CSV rows gathered before they are encoded and written

Write = Callable[[bytes], Any]
# Enum members' values by member: Enum.value is a Python descriptor, called twice per row.
VALUES: dict[Enum, str] = {m: m.value for enum in (Kind, Modality) for m in enum}


def _cell(value: str | None) -> str:
    text = value or ""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _source(ev: Event, sources: dict[str, ExcerptRecord]) -> str:
    x = sources.get(ev.excerpt)
    return f"{ev.excerpt} ({x.outlet})" if x else ev.excerpt


@gc_paused
def write_timeline_csv(write: Write, timeline: Timeline) -> None:
    """timeline.csv as UTF-8: a header and one row per event, in record order, written a batch at a time."""
    sources = {x.id: x for x in timeline.excerpts}
    # What a row takes from its source (its name and link) and its dates, worked out once per source and day.
    of_source: dict[str, tuple[str, str]] = {}
    days: dict[date | None, str] = {None: ""}
    buf = io.StringIO()
    # lineterminator "\r\n" is what RFC 4180 and spreadsheets expect; fixed, so bytes are stable.
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for k, ev in enumerate(timeline.events, start=1):
        source = of_source.get(ev.excerpt)
        if source is None:
            x = sources.get(ev.excerpt)
            source = of_source[ev.excerpt] = (_cell(_source(ev, sources)), _cell(x.url if x else ""))
        d = ev.date
        start, end = days.get(d.start), days.get(d.end)
        if start is None:
            start = days[d.start] = d.start.isoformat()  # type: ignore[union-attr] - None is in days
        if end is None:
            end = days[d.end] = d.end.isoformat()  # type: ignore[union-attr]
        writer.writerow([
            ev.id, start, end, _cell(d.phrase), VALUES[ev.kind], VALUES[ev.modality], _cell(ev.actor),
            _cell(ev.actor_role), _cell(ev.summary), _cell(ev.quote.text if ev.quote else ""), *source,
            ev.evidence.start, ev.evidence.end, _cell(ev.evidence.exact),
        ])
        if k % ROWS_PER_WRITE == 0:
            write(buf.getvalue().encode("utf-8"))
            buf.seek(0)
            buf.truncate()
    write(buf.getvalue().encode("utf-8"))


def timeline_csv(timeline: Timeline) -> str:
    """timeline.csv: a header and one row per event, in record order."""
    buf = io.BytesIO()
    write_timeline_csv(buf.write, timeline)
    return buf.getvalue().decode("utf-8")


def _plain(text: str) -> str:
    """Text for a TimelineJS field: TimelineJS renders these as HTML, so input is always escaped."""
    return html.escape(" ".join(text.split()), quote=True)


def _headline(ev: Event) -> str:
    text = " ".join(ev.summary.split())
    if len(text) > HEADLINE_MAX:
        text = text[:HEADLINE_MAX].rsplit(" ", 1)[0] + "\u2026"
    return _plain(text)


def _date(day: date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


@lru_cache(maxsize=4096)
def _display_date(start: date, end: date) -> str:
    """An interval as a slide shows it (many events share one)."""
    return _plain(wording.heading_label(start, end))


def _slide(ev: Event, sources: dict[str, ExcerptRecord]) -> dict[str, Any]:
    parts = []
    if ev.actor:
        parts.append(ev.actor + (f", {ev.actor_role}" if ev.actor_role else "") + ".")
    if ev.quote:
        parts.append(f"\u201c{ev.quote.text}\u201d" if ev.quote.direct else f"Reported: {ev.quote.text}")
    label = wording.MODALITY_LABELS.get(VALUES[ev.modality])
    if label:
        parts.append(f"({label})")
    parts.append(f"Source: {_source(ev, sources)}.")
    parts.append(f"Evidence: \u201c{ev.evidence.exact}\u201d")
    if ev.date.basis:
        parts.append(f"Date: {ev.date.basis}")
    slide: dict[str, Any] = {
        "start_date": _date(ev.date.start),
        "end_date": _date(ev.date.end),
        "text": {"headline": _headline(ev), "text": _plain(" ".join(parts))},
        "group": wording.KIND_LABELS.get(VALUES[ev.kind], VALUES[ev.kind]),
        "unique_id": ev.id,
    }
    if ev.date.start != ev.date.end:
        # TimelineJS would show the whole span as exact days; say what the text supports instead.
        slide["display_date"] = _display_date(ev.date.start, ev.date.end)
    return slide


def _intro(timeline: Timeline) -> dict[str, Any]:
    dated = sum(1 for ev in timeline.events if ev.date.dated)
    undated = len(timeline.events) - dated
    outlets = sorted({x.outlet for x in timeline.excerpts})
    intro = f"{dated} dated events from {len(outlets)} source{'s' if len(outlets) != 1 else ''}: "
    intro += ", ".join(outlets) + "."
    if undated:
        intro += f" {undated} undated event{'s are' if undated != 1 else ' is'} in timeline.csv only."
    return {"text": {"headline": "Timeline", "text": _plain(intro)}}


def _slides(timeline: Timeline) -> Iterator[dict[str, Any]]:
    sources = {x.id: x for x in timeline.excerpts}
    return (_slide(ev, sources) for ev in timeline.events if ev.date.dated)


@gc_paused
def timelinejs(timeline: Timeline) -> dict[str, Any]:
    """timelinejs.json: the dated events as TimelineJS slides (undated ones cannot be placed)."""
    return {"title": _intro(timeline), "events": list(_slides(timeline))}


@gc_paused
def write_timelinejs(write: Write, timeline: Timeline) -> None:
    """timelinejs(timeline) as out/ writes JSON (pipeline.run.write_json), slide by slide."""
    from pipeline.run import write_json_fields

    write_json_fields(write, {"title": _intro(timeline), "events": _slides(timeline)})
