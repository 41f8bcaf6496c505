"""timeline.build.build_timeline: records per excerpt, record order, stable ids, no-anchor warning."""

from __future__ import annotations

import json

import pytest

from excerpt.errors import UsageError
from tests.timeline.events_helpers import make_excerpt
from timeline.build import NO_ANCHOR_WARNING, build_timeline
from timeline.events import extract

A = ("Vietnam's foreign ministry said on Tuesday that a Chinese survey ship entered its exclusive economic "
     "zone on Sunday.\n\nThe ministry demanded that the vessel leave.")
B = ("Philippine President Ferdinand Marcos met Japanese Prime Minister Fumio Kishida in Manila on Friday. "
     "Two days earlier, a Chinese coast guard vessel fired a water cannon, Manila said.")
C = "North Korea fired a missile, the agency said."


def _three() -> list:
    return [make_excerpt(A, published="2023-11-09", id="010"),
            make_excerpt(B, published="2023-11-04", id="011"),
            make_excerpt(C, published="", id="012")]


def test_records_and_events_in_record_order() -> None:
    excerpts = _three()
    tl = build_timeline(excerpts)
    assert [r.id for r in tl.excerpts] == ["010", "011", "012"]
    keys = [e.sort_key() for e in tl.events]
    assert keys == sorted(keys)
    dated = [e for e in tl.events if e.date.dated]
    undated = [e for e in tl.events if not e.date.dated]
    assert dated and undated
    assert tl.events == dated + undated  # undated last
    assert [str(e.date.start) for e in dated] == sorted(str(e.date.start) for e in dated)


def test_precomputed_extraction_gives_the_same_record() -> None:
    excerpts = _three()
    assert build_timeline(excerpts) == build_timeline(excerpts, [extract(e) for e in excerpts])


def test_record_is_deterministic_json() -> None:
    a = json.dumps(build_timeline(_three()).to_json_dict(), ensure_ascii=False, indent=2)
    b = json.dumps(build_timeline(_three()).to_json_dict(), ensure_ascii=False, indent=2)
    assert a == b and '"schema": "timeline/1"' in a


def test_ids_survive_edits_to_other_excerpts() -> None:
    before = {e.id for e in build_timeline(_three()).events if e.excerpt == "010"}
    edited = _three()
    edited[1] = make_excerpt(B + " Beijing rejected the claim.", published="2023-11-04", id="011")
    after = {e.id for e in build_timeline(edited).events if e.excerpt == "010"}
    assert before == after and before


def test_no_anchor_is_said_in_the_record() -> None:
    tl = build_timeline(_three())
    warned = {r.id for r in tl.excerpts if NO_ANCHOR_WARNING in r.warnings}
    assert warned == {"012"}
    assert all(not e.date.dated for e in tl.events if e.excerpt == "012")


def test_mismatched_extraction_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="2 event lists for 3 excerpts"):
        build_timeline(_three(), [[], []])


def test_duplicate_ids_are_a_usage_error() -> None:
    ex = make_excerpt(C, id="020")
    with pytest.raises(UsageError, match="share an id: 020"):
        build_timeline([ex, ex])


def test_every_evidence_matches_its_body() -> None:
    excerpts = _three()
    bodies = {e.id: e.body for e in excerpts}
    for ev in build_timeline(excerpts).events:
        assert ev.evidence.matches(bodies[ev.excerpt])
