"""Runs the fresh status case tables (status_cases*.toml): each case's claims become events on a
timeline, parity runs on it, and each claim's status is compared with the one its row expects."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parity.build import build_parity
from timeline.models import DateResolution, Event, Evidence, ExcerptRecord, Timeline, event_id

HERE = Path(__file__).parent
TABLES = sorted(HERE.glob("status_cases*.toml"))


@dataclass
class Result:
    """One case's expected and got statuses by claim key."""

    name: str
    category: str
    xfail: str
    expected: dict[str, str]
    got: dict[str, str]

    @property
    def right(self) -> int:
        """Claims whose status is the expected one."""
        return sum(self.got.get(k) == v for k, v in self.expected.items())


def cases() -> list[dict]:
    """Every case of every table."""
    return [case for path in TABLES for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]


def _day(value) -> DateResolution:
    if value is None:
        return DateResolution()
    start, end = (value, value) if isinstance(value, str) else value
    return DateResolution(start=date.fromisoformat(start), end=date.fromisoformat(end), phrase="case",
                          basis="case", relative_to="absolute")


def run_case(case: dict) -> Result:
    """Build the case's timeline, run parity and read each claim's status."""
    records = []
    for row in case["source"]:
        excerpt, outlet, written = row[:3]
        published = row[3] if len(row) > 3 else written
        records.append(ExcerptRecord(id=excerpt, path=f"{excerpt}.txt", sha256="0" * 64, title=f"{outlet} story",
                                     outlet=outlet, published=published, as_of=written or None))
    bodies: dict[str, str] = {r.id: "" for r in records}
    events, keys = [], {}
    for n, claim in enumerate(case["claim"]):
        body = bodies[claim["excerpt"]]
        start = len(body) + (1 if body else 0)
        body = f"{body} {claim['text']}" if body else claim["text"]
        bodies[claim["excerpt"]] = body
        ev = Event(id=event_id(claim["excerpt"], claim["kind"], claim["text"], n), excerpt=claim["excerpt"],
                   kind=claim["kind"], actor=claim.get("actor"), summary=claim.get("summary", claim["text"]),
                   modality=claim.get("modality", "asserted"), via=claim.get("via"), date=_day(claim.get("day")),
                   evidence=Evidence.of(body, start, start + len(claim["text"])), place=claim.get("place"),
                   objects=list(claim.get("objects", ())), count=claim.get("count"),
                   polarity=claim.get("polarity", "positive"))
        events.append(ev)
        keys[ev.id] = claim["key"]
    # Evidence was made against each body as it grew; remake it against the whole body.
    events = [e.model_copy(update={"evidence": Evidence.of(bodies[e.excerpt], e.evidence.start, e.evidence.end)})
              for e in events]
    timeline = Timeline(excerpts=records, events=sorted(events, key=lambda e: e.sort_key()))
    parity = build_parity(timeline, None, bodies)
    got = {keys[c.event]: c.status.value for c in parity.claims}
    expected = {c["key"]: c["status"] for c in case["claim"] if "status" in c}
    return Result(case["name"], case.get("category", ""), case.get("xfail", ""), expected, got)


def main() -> None:
    """Print each case's result and the total (python -m tests.parity.status_table)."""
    right = total = 0
    for case in cases():
        res = run_case(case)
        right += res.right
        total += len(res.expected)
        mark = "ok " if res.right == len(res.expected) else "BAD"
        print(f"{mark} [{res.category}] {res.name}: " + ", ".join(
            f"{k} {res.got.get(k)}" + ("" if res.got.get(k) == v else f" (want {v})") for k, v in res.expected.items()))
    print(f"status cases: {right}/{total} claims right")


if __name__ == "__main__":
    main()
