"""Evidence: each event's exact text still at its offsets; else moved (to where) or gone."""

from __future__ import annotations

import pytest

from gate.evidence import FIX_GONE, FIX_MOVED
from gate.findings import Finding, Severity
from gate.locate import relocate
from tests.gate.conftest import Copy
from timeline.models import Evidence


def only(new: list[Finding], group: str) -> list[Finding]:
    """The findings of one group; the rest of what is new must be the excerpt-edited error."""
    assert {f.check for f in new if not f.check.startswith(group)} <= {"freshness.excerpt-edited"}
    return [f for f in new if f.check.startswith(group)]


def test_text_inserted_before_the_events_moves_them(copy: Copy) -> None:
    events = [copy.event("corridor", "container ship left"), copy.event("corridor", "corridor is open"),
              copy.event("corridor", "defence ministry warned")]
    copy.edit("corridor", "Grain ships test Black Sea corridor\n\n", "Grain ships test the Black Sea corridor\n\n")
    expected = []
    for ev in events:
        start, end = ev["evidence"]["start"], ev["evidence"]["end"]
        expected.append(Finding(severity=Severity.error, check="evidence.moved", excerpt="corridor", event=ev["id"],
                                problem=f"evidence moved from {start}-{end} to {start + 4}-{end + 4}", fix=FIX_MOVED,
                                **copy.where_in_file("corridor", ev["evidence"]["exact"])))
    assert only(copy.new(), "evidence.") == sorted(expected, key=Finding.sort_key)


def test_reworded_evidence_is_gone(copy: Copy) -> None:
    ev = copy.event("corridor", "container ship left")
    # Same length, so the events after it stay in place.
    copy.edit("corridor", "A container ship left the port", "A container ship quit the port")
    assert only(copy.new(), "evidence.") == [
        Finding(severity=Severity.error, check="evidence.gone", excerpt="corridor", event=ev["id"],
                problem="evidence gone: 'A container ship left the port of Odesa on Wednesday' is no longer in "
                        "the excerpt", fix=FIX_GONE, **copy.where_in_file("corridor", "A container ship"))]


def test_unchanged_evidence_after_an_edit_elsewhere_is_not_reported(copy: Copy) -> None:
    copy.edit("gulf", "covers shipping and the Gulf", "covers shipping, ports and the Gulf")
    assert only(copy.new(), "evidence.") == []


@pytest.mark.parametrize(("body", "expected"), [
    # The same words twice: the prefix and suffix say which one the record meant.
    ("Intro. He said no. Later: He said no. End.", 26),
    # Context lost on both sides: the nearest occurrence to the old place.
    ("xx He said no yy ... zz He said no ww", 3),
    ("Nothing like it.", None),
])
def test_relocate_prefers_the_matching_context(body: str, expected: int | None) -> None:
    ev = Evidence(start=8, end=18, exact="He said no", prefix="Later: ", suffix=". End.")
    assert relocate(body, ev.exact, ev.prefix, ev.suffix, ev.start) == expected
