"""The record for other tools: timeline.csv for spreadsheets and timelinejs.json for TimelineJS."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import Any

from page import wording
from page.gcpause import gc_paused
from pipeline.jsonout import write_json_fields
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


class _Rows:
    """timeline.csv's rows, one per event; what a row takes from its source and its days is worked out once."""

    def __init__(self, sources: dict[str, ExcerptRecord]) -> None:
        self.sources = sources
        self.of_source: dict[str, tuple[str, str]] = {}  # a source's name and link
        self.days: dict[date | None, str] = {None: ""}

    def row(self, ev: Event) -> list[Any]:
        """One event's row, in CSV_COLUMNS order."""
        source = self.of_source.get(ev.excerpt)
        if source is None:
            x = self.sources.get(ev.excerpt)
            source = self.of_source[ev.excerpt] = (_cell(_source(ev, self.sources)), _cell(x.url if x else ""))
        d = ev.date
        days = self.days
        start, end = days.get(d.start), days.get(d.end)
        if start is None:
            start = days[d.start] = d.start.isoformat()  # type: ignore[union-attr] - None is in days
        if end is None:
            end = days[d.end] = d.end.isoformat()  # type: ignore[union-attr]
        return [
            ev.id, start, end, _cell(d.phrase), VALUES[ev.kind], VALUES[ev.modality], _cell(ev.actor),
            _cell(ev.actor_role), _cell(ev.summary), _cell(ev.quote.text if ev.quote else ""), *source,
            ev.evidence.start, ev.evidence.end, _cell(ev.evidence.exact),
        ]


class _CsvOut:
    """timeline.csv written a batch of rows at a time: the header first, then add(row) per event, then close()."""

    def __init__(self, write: Write) -> None:
        self.write = write
        self.buf = io.StringIO()
        # lineterminator "\r\n" is what RFC 4180 and spreadsheets expect; fixed, so bytes are stable.
        self.writer = csv.writer(self.buf, lineterminator="\r\n")
        self.writer.writerow(CSV_COLUMNS)
        self.rows = 0

    def add(self, row: list[Any]) -> None:
        self.writer.writerow(row)
        self.rows += 1
        if self.rows % ROWS_PER_WRITE == 0:
            self.write(self.buf.getvalue().encode("utf-8"))
            self.buf.seek(0)
            self.buf.truncate()

    def close(self) -> None:
        self.write(self.buf.getvalue().encode("utf-8"))


@gc_paused
def write_timeline_csv(write: Write, timeline: Timeline) -> None:
    """timeline.csv as UTF-8: a header and one row per event, in record order, written a batch at a time."""
    rows, out = _Rows({x.id: x for x in timeline.excerpts}), _CsvOut(write)
    for ev in timeline.events:
        out.add(rows.row(ev))
    out.close()


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


def intro(timeline: Timeline) -> dict[str, Any]:
    """timelinejs.json's title slide: how many events are dated, from which outlets."""
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
    return {"title": intro(timeline), "events": list(_slides(timeline))}


@gc_paused
def write_timelinejs(write: Write, timeline: Timeline) -> None:
    """timelinejs(timeline) as out/ writes JSON (pipeline.run.write_json), slide by slide."""
    write_json_fields(write, {"title": intro(timeline), "events": _slides(timeline)})


@gc_paused
def write_both(write_csv: Write, write_tjs: Write, excerpts: list[ExcerptRecord], events: Iterable[Event],
               title: dict[str, Any]) -> None:
    """timeline.csv and timelinejs.json (title: intro(timeline)) in one pass over the events, each read once."""
    # Why: the exports helper (pipeline/exports_helper.py) reads the events back from timeline.json one line at a
    # time; two passes would read and validate each twice, and holding them all would hold the record again.
    sources = {x.id: x for x in excerpts}
    rows, out = _Rows(sources), _CsvOut(write_csv)

    def slides() -> Iterator[dict[str, Any]]:
        for ev in events:
            out.add(rows.row(ev))
            if ev.date.dated:
                yield _slide(ev, sources)

    write_json_fields(write_tjs, {"title": title, "events": slides()})  # reads slides() to its end
    out.close()
