"""The page context: glance figures, source flags, day groups, claims, the matrix, and a gold file."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from excerpt.models import Excerpt
from page.context import build_context, web_address
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
    assert labels == ["Sometime in October 2023", "Sometime in the week of 2 Oct 2023", "Tue 3 Oct 2023",
                      "Sun 8 Oct 2023", "Mon 9 Oct 2023", "Tue 10 Oct 2023",
                      "Sometime on the weekend of 14\u201315 Oct 2023", "Undated"]
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


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
    "vbscript:msgbox(1)", "//elsewhere.example/x", "file:///etc/passwd", "http://[::1", "",
])
def test_only_http_addresses_become_links(url: str) -> None:
    assert web_address(url) is None


def test_http_addresses_are_linked_as_given() -> None:
    assert web_address(" HTTPS://news.example/a?b=1&c=2 ") == "HTTPS://news.example/a?b=1&c=2"
    assert web_address("http://news.example/") == "http://news.example/"


@pytest.mark.parametrize(("published", "as_of", "codes"), [
    ("2019-05-02", None, []),
    ("2019-05-02", "2019-05-02", []),
    ("2019-05-09", "2019-05-02", ["republished"]),
    ("2019-05", None, ["month"]),
    ("2019", None, ["year"]),
    ("2019-06", "2019-05-30", ["republished", "month"]),  # the page gives a month; the text a day
    ("", "2019-05-02", ["missing"]),
    ("", None, ["missing"]),
])
def test_date_flags(record: Record, published: str, as_of: str | None, codes: list[str]) -> None:
    xs, tl, par = record
    x = xs[0].model_copy(update={"published": published, "as_of": as_of})
    flags = next(s for s in build_context([x], tl, par).sources).flags
    assert [f.code for f in flags] == codes
    if published == "2019-06":
        assert flags[1].text == "page dated by month only (2019-06); relative dates count from the written-on day"


def test_long_lists_are_cut_with_a_count(record: Record) -> None:
    """A claim carried by many sources names the first few and counts the rest, so the page stays small."""
    xs, tl, par = record
    (says,) = [e for e in tl.events if e.excerpt == "br2" and e.date.phrase == "on Monday"]
    copies = [xs[1].model_copy(update={"id": f"cp{i}", "outlet": f"Copy Desk {i}"}) for i in range(5)]
    events = [says.model_copy(update={"id": f"cp{i}-000000", "excerpt": f"cp{i}"}) for i in range(5)]
    claims = []
    for c in par.claims:
        if c.excerpt == "nm1" and c.status == Status.conflicting:
            link = c.links[0]
            extra = [link.model_copy(update={"event": e.id, "excerpt": e.excerpt}) for e in events]
            c = c.model_copy(update={"links": [link, *extra]})
        claims.append(c)
    ctx = build_context(xs + copies, tl.model_copy(update={"events": [*tl.events, *events]}),
                        par.model_copy(update={"claims": claims}))
    (claim,) = [c for sc in ctx.claims if sc.source == "nm1" for c in sc.claims if c.status == "conflicting"]
    assert claim.badge == "contradicted by Baltic Report, Copy Desk 0, Copy Desk 1 and 3 more"
    assert [lk.ref.outlet for lk in claim.links] == ["Baltic Report", "Copy Desk 0", "Copy Desk 1"]
    assert claim.links_more == 3
    (event,) = [e for d in ctx.groups for e in d.events if e.id == claim.event]
    assert len(event.also) == 3 and event.also_more == 3
