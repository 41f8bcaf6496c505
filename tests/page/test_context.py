"""The page context: glance figures, source flags, day groups, claims, the matrix, and a gold file."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from excerpt.models import Excerpt
from page.context import build_context
from parity.models import Decision, Parity, Status, Verdict
from timeline.models import Timeline

GOLD = Path(__file__).parent / "gold" / "context.json"
Record = tuple[list[Excerpt], Timeline, Parity]


def _json(record: Record) -> str:
    ctx = build_context(*record)
    return json.dumps(dataclasses.asdict(ctx), ensure_ascii=False, indent=2) + "\n"


def test_gold_context(record: Record) -> None:
    """The whole context of the fixture record, as reviewed; regenerate with UPDATE_GOLD=1 on purpose."""
    got = _json(record)
    if os.environ.get("UPDATE_GOLD") == "1":
        GOLD.write_text(got, encoding="utf-8")
    assert got == GOLD.read_text(encoding="utf-8")


def test_glance(record: Record) -> None:
    g = build_context(*record).glance
    assert (g.sources, g.events, g.undated) == (4, 11, 2)
    assert (g.conflicts, g.conflicts_waiting, g.single_source) == (1, 1, 4)
    assert g.span == "1 Oct 2023 \u2013 31 Oct 2023"


def test_a_verdict_settles_the_conflict(record: Record) -> None:
    xs, tl, par = record
    claims = []
    for c in par.claims:
        if c.status == Status.conflicting and c.excerpt == "br2":
            c = c.model_copy(update={"verdict": Verdict(here=c.event, there=c.links[0].event,
                                                        decision=Decision.accept_there, note="Tuesday per AFP")})
        claims.append(c)
    ctx = build_context(xs, tl, par.model_copy(update={"claims": claims}))
    assert (ctx.glance.conflicts, ctx.glance.conflicts_waiting) == (1, 0)
    verdicts = [c.verdict for sc in ctx.claims for c in sc.claims if c.verdict]
    assert verdicts == ["accept there: Tuesday per AFP"]


def test_source_flags(record: Record) -> None:
    flags = {s.id: [f.code for f in s.flags] for s in build_context(*record).sources}
    assert flags == {"br2": ["republished"], "nm1": [], "wb3": ["month"], "zz9": ["missing"]}


def test_links_only_for_web_addresses(record: Record) -> None:
    urls = {s.id: s.url for s in build_context(*record).sources}
    assert urls["nm1"] == "https://nordic-monitor.example/2023/10/pipeline"
    assert urls["zz9"] is None  # javascript: is shown as text, never linked


def test_days_in_record_order_with_intervals_and_undated(record: Record) -> None:
    ctx = build_context(*record)
    labels = [d.label for d in ctx.groups]
    assert labels == ["sometime in October 2023", "sometime in the week of 2 Oct 2023", "Tue 3 Oct 2023",
                      "Sun 8 Oct 2023", "Mon 9 Oct 2023", "Tue 10 Oct 2023",
                      "sometime on the weekend of 14\u201315 Oct 2023", "Undated"]
    assert [len(d.events) for d in ctx.groups] == [1, 1, 1, 3, 1, 1, 1, 2]
    assert sum(len(d.events) for d in ctx.groups) == len(record[1].events)
    planned = [e for d in ctx.groups for e in d.events if e.modality == "planned"]
    assert [e.modality_label for e in planned] == ["planned"]


def test_claim_badges_and_differences(record: Record) -> None:
    ctx = build_context(*record)
    badges = {c.summary: (c.badge, [d for lk in c.links for d in lk.differences])
              for sc in ctx.claims if sc.source == "nm1" for c in sc.claims}
    assert badges["Niinist\u00f6 blames external activity for the pipeline damage"] == (
        "contradicted by Baltic Report", ["date: 10 Oct here, 9 Oct there"])
    assert badges["A ship's anchor dragged along the seabed"] == ("only here", [])
    wb = {c.summary: c.badge for sc in ctx.claims if sc.source == "wb3" for c in sc.claims}
    assert wb["Gasgrid says the pipeline was damaged on 8 October"] == "echo of one wire story (Wirebeat wire copy)"
    br = {c.summary: c.badge for sc in ctx.claims if sc.source == "br2" for c in sc.claims}
    # The wire copy in wb3 shares br2's origin, so only nm1 confirms.
    assert br["Gasgrid says the pipeline was damaged on 8 October"] == "confirmed by Nordic Monitor"


def test_matrix_rows_join_linked_claims(record: Record) -> None:
    m = build_context(*record).matrix
    assert [c.id for c in m.columns] == ["br2", "nm1", "wb3", "zz9"]
    assert all(len(r.cells) == len(m.columns) for r in m.rows)
    rows = {r.label: [c.state for c in r.cells] for r in m.rows}
    assert rows["Gasgrid says the pipeline was damaged on 8 October"] == [
        "corroborated", "corroborated", "echo", "absent"]
    assert rows["Niinist\u00f6 blames external activity for the pipeline damage"] == [
        "conflicting", "conflicting", "absent", "absent"]
    # same_topic links do not merge rows: the planned patrol and NATO's patrols stay two claims.
    assert rows["NATO to step up Baltic Sea patrols"] == ["absent", "absent", "single_source", "absent"]
    # 11 events: nm1's damage and Gasgrid lines with br2's and wb3's Gasgrid lines are one row, the two
    # Niinistö statements another, and the five single claims one row each.
    assert len(m.rows) == 7


def test_every_event_has_one_pin(record: Record) -> None:
    ctx = build_context(*record)
    pins = [p.event for t in ctx.texts for para in t.paragraphs for s in para.segments for p in s.pins]
    assert sorted(pins) == sorted(e.id for e in record[1].events)


def test_empty_parity_still_builds(record: Record) -> None:
    xs, tl, _ = record
    ctx = build_context(xs, tl, Parity(claims=[]))
    assert ctx.claims == () and all(e.status == "" for d in ctx.groups for e in d.events)
    assert ctx.glance.conflicts == 0
