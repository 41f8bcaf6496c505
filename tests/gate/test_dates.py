"""Dates: past events after the text was written, reversed intervals, lost relative anchors, no anchor."""

from __future__ import annotations

from typing import Any

from gate.findings import Finding, Severity
from tests.gate.conftest import Copy


def change_event(copy: Copy, event_id: str, change: Any) -> None:
    """Apply change to one event of timeline.json, as if someone edited the record."""
    data = copy.data("timeline.json")
    for raw in data["events"]:
        if raw["id"] == event_id:
            change(raw)
    copy.save("timeline.json", data)


def test_past_event_dated_after_its_text_was_written(copy: Copy) -> None:
    ev = copy.event("gulf", "seized a British-flagged oil tanker")
    change_event(copy, ev["id"], lambda raw: raw["date"].update(start="2019-07-26", end="2019-07-26"))
    assert copy.new() == [Finding(
        severity=Severity.error, check="dates.after-written", excerpt="gulf", event=ev["id"],
        problem="past-tense event dated 2019-07-26 from 'on Friday', after its excerpt was written (as_of 2019-07-21)",
        fix="a past event falls on or before 2019-07-21: correct the date, or the excerpt's as_of",
        **copy.where_in_file("gulf", "Iran's Revolutionary Guard seized"))]


def test_future_tense_after_the_text_is_fine(copy: Copy) -> None:
    ev = copy.event("gulf", "USS Boxer is scheduled")
    assert ev["date"]["start"] > "2019-07-21" and ev["tense"] == "future"
    assert not [f for f in copy.before if f.check.startswith("dates.")]


def test_date_that_ends_before_it_starts(copy: Copy) -> None:
    ev = copy.event("baltic", "collided with a fishing boat")
    change_event(copy, ev["id"], lambda raw: raw["date"].update(start="2019-07-14", end="2019-07-08"))
    assert copy.new() == [Finding(
        severity=Severity.error, check="dates.start-after-end", excerpt="baltic", event=ev["id"],
        problem="date starts 2019-07-14, after it ends 2019-07-08",
        fix="run report.py to rebuild the record; do not edit out/ by hand",
        **copy.where_in_file("baltic", "the ship had collided"))]


def test_relative_to_an_event_not_on_the_record(copy: Copy) -> None:
    ev = copy.event("gulf", "A day earlier")
    assert ev["date"]["relative_to"] == "event:" + copy.event("gulf", "seized a British-flagged")["id"]
    change_event(copy, ev["id"], lambda raw: raw["date"].update(relative_to="event:gulf-0a0a0a"))
    assert copy.new() == [Finding(
        severity=Severity.error, check="dates.relative-to-missing", excerpt="gulf", event=ev["id"],
        problem="dated relative to event gulf-0a0a0a, which is not on the record",
        fix="run report.py to rebuild the record", **copy.where_in_file("gulf", "A day earlier"))]


def test_relative_date_left_undated_for_lack_of_an_anchor(copy: Copy) -> None:
    copy.edit("corridor", 'published = "2023-08-16"', 'published = ""', rebuild=True)
    copy.snapshot()
    ev = copy.event("corridor", "defence ministry warned")
    change_event(copy, ev["id"], lambda raw: raw["date"].update(start=None, end=None, relative_to=None))
    assert copy.new() == [Finding(
        severity=Severity.warning, check="dates.no-anchor", excerpt="corridor", event=ev["id"],
        problem="'last month' left undated: the excerpt has no published or as_of date",
        fix="set published (or as_of) in the excerpt's front matter, then run report.py",
        **copy.where_in_file("corridor", "Russia's defence ministry warned"))]
