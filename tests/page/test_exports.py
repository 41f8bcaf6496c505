"""timeline.csv and timelinejs.json: one row or slide per event, plain escaped text, stable bytes."""

from __future__ import annotations

import csv
import io
import json

from excerpt.models import Excerpt
from page.exports import CSV_COLUMNS, timeline_csv, timelinejs
from parity.models import Parity
from timeline.models import Timeline

Record = tuple[list[Excerpt], Timeline, Parity]


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_one_row_per_event_in_record_order(record: Record) -> None:
    tl = record[1]
    text = timeline_csv(tl)
    assert text.splitlines()[0].split(",") == list(CSV_COLUMNS)
    rows = _rows(text)
    assert [r["event_id"] for r in rows] == [e.id for e in tl.events]
    by_id = {r["event_id"]: r for r in rows}
    for ev in tl.events:
        row = by_id[ev.id]
        assert (int(row["evidence_start"]), int(row["evidence_end"])) == (ev.evidence.start, ev.evidence.end)
        assert row["evidence_exact"] == ev.evidence.exact
        assert row["date_start"] == (ev.date.start.isoformat() if ev.date.start else "")
    nm = next(r for r in rows if r["summary"].startswith("Niinist\u00f6") and r["source"].startswith("nm1"))
    assert nm["source"] == "nm1 (Nordic Monitor)"
    assert nm["url"] == "https://nordic-monitor.example/2023/10/pipeline"
    assert (nm["date_start"], nm["date_end"], nm["kind"], nm["actor"]) == (
        "2023-10-10", "2023-10-10", "statement", "Sauli Niinist\u00f6")
    assert nm["quote"] == "external activity"
    undated = [r for r in rows if not r["date_start"]]
    assert len(undated) == 2 and rows[-2:] == undated


def test_csv_keeps_hostile_text_and_defuses_formulas(record: Record) -> None:
    xs, tl, _ = record
    ev = tl.events[0].model_copy(update={"summary": "=HYPERLINK(\"http://x\")", "actor": "@SUM(A1)"})
    rows = _rows(timeline_csv(tl.model_copy(update={"events": [ev, *tl.events[1:]]})))
    assert rows[0]["summary"] == "'=HYPERLINK(\"http://x\")" and rows[0]["actor"] == "'@SUM(A1)"
    hostile = next(r for r in rows if r["source"].startswith("zz9"))
    assert hostile["summary"] == "</script><script>alert(5)</script> {{ 7*7 }} left port"
    assert hostile["url"] == "javascript:alert(1)"


def test_csv_is_deterministic(record: Record) -> None:
    assert timeline_csv(record[1]) == timeline_csv(record[1])
    assert timeline_csv(record[1]).endswith("\r\n")


def test_timelinejs_slides(record: Record) -> None:
    tl = record[1]
    data = timelinejs(tl)
    dated = [e for e in tl.events if e.date.dated]
    assert [s["unique_id"] for s in data["events"]] == [e.id for e in dated]
    assert "2 undated events are in timeline.csv only" in data["title"]["text"]["text"]
    week = next(s for s in data["events"] if s["unique_id"].startswith("br2") and "display_date" in s)
    assert week["start_date"] == {"year": 2023, "month": 10, "day": 2}
    assert week["end_date"] == {"year": 2023, "month": 10, "day": 8}
    assert week["display_date"] == "Sometime in the week of 2 Oct 2023"
    assert week["group"] == "Ship movement"
    assert {s["group"] for s in data["events"]} <= {"Statement", "Ship movement", "Deployment", "Other"}
    json.dumps(data)  # plain JSON data


def test_timelinejs_text_is_escaped_plain_text(record: Record) -> None:
    data = timelinejs(record[1])
    hostile = next(s for s in data["events"] if s["unique_id"].startswith("zz9"))
    assert hostile["text"]["headline"] == (
        "&lt;/script&gt;&lt;script&gt;alert(5)&lt;/script&gt; {{ 7*7 }} left port")
    body = hostile["text"]["text"]
    assert "&lt;img src=x onerror=alert(4)&gt;" in body and "Source: zz9 (&quot;&gt;&lt;img" in body
    for slide in data["events"]:
        for value in slide["text"].values():
            assert "<" not in value and ">" not in value


def test_timelinejs_headline_is_cut_at_a_word(record: Record) -> None:
    tl = record[1]
    ev = tl.events[0].model_copy(update={"summary": "word " * 40})
    data = timelinejs(tl.model_copy(update={"events": [ev]}))
    headline = data["events"][0]["text"]["headline"]
    assert headline.endswith("word\u2026") and len(headline) <= 101
