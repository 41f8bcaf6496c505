"""Scoring of the single-sentence case tables (breadth_cases.toml, gap_cases.toml): one tally for both."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict


@dataclass
class Tally:
    """Counts over a table: found = an event's evidence overlaps the gold anchor; kind = one of those has
    the gold kind; actor = one of those has the gold actor (gold events that name one)."""

    gold: int = 0
    found: int = 0
    kind: int = 0
    with_actor: int = 0
    actor: int = 0
    false_alarms: list[str] = field(default_factory=list)  # events of sentences that hold none
    stray: list[str] = field(default_factory=list)  # events overlapping no gold event of their kind


def load_cases(path: Path) -> list[dict]:
    """The table's [[case]] entries."""
    return tomllib.loads(path.read_text(encoding="utf-8"))["case"]


def _overlaps(event, start: int, end: int) -> bool:
    return event.evidence.start < end and event.evidence.end > start


@cache
def tally(path: Path, prefix: str) -> Tally:
    """Extract every case (ids prefix + number, all published 2021-06-10) and count against its gold."""
    t = Tally()
    for i, case in enumerate(load_cases(path)):
        text = case["text"]
        events = extract_strict(make_excerpt(text, published="2021-06-10", id=f"{prefix}{i:03d}"))
        if not case["events"]:
            t.false_alarms += [f"{text[:60]!r}: {e.kind.value} {e.evidence.exact!r}" for e in events]
            continue
        spans = []
        for g in case["events"]:
            start = text.index(g["anchor"])
            end = start + len(g["anchor"])
            spans.append((start, end, g["kind"]))
            hits = [e for e in events if _overlaps(e, start, end)]
            t.gold += 1
            t.found += bool(hits)
            t.kind += any(e.kind.value == g["kind"] for e in hits)
            if g.get("actor"):
                t.with_actor += 1
                t.actor += any((e.actor or "").casefold() == g["actor"].casefold() for e in hits)
        t.stray += [f"{text[:60]!r}: {e.kind.value} {e.evidence.exact!r}" for e in events
                    if not any(kind == e.kind.value and _overlaps(e, s, x) for s, x, kind in spans)]
    return t
