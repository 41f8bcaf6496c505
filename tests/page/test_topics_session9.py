"""same_topic links on the page (session 9): the later claim of a pair says which source told of the subject first,
and the claims rows and the matrix show same_topic links apart from same_event ones and from "not mentioned"."""

from __future__ import annotations

import lxml.html
import pytest

from excerpt.models import Excerpt
from page.context import build_context
from page.render import render_page
from page.topics import EARLIER, LATER, Written
from parity.models import Claim, ClaimLink, Difference, Parity, Relation, Status
from tests.page.story import _event, _excerpt
from timeline.models import Event, ExcerptRecord, Timeline

WIRE = "The frigate Almirante Soto will make a port call in Valparaiso next week, the navy said on Monday.\n"
PAPER = "The frigate Almirante Soto docked in Valparaiso on Tuesday for a four-day visit.\n"
RADIO = "Defence Minister Ana Ruiz said on Tuesday the visit of the Almirante Soto showed the navy's reach.\n"
DIGEST = "Navy chiefs have disagreed for months over where the fleet should call this spring.\n"


def _excerpts() -> list[Excerpt]:
    return [
        _excerpt("w1", "Frigate to call at Valparaiso", "Andes Wire", WIRE, published="2024-03-04"),
        _excerpt("p2", "Almirante Soto docks", "Coastal Daily", PAPER, published="2024-03-12"),
        _excerpt("r3", "Minister hails visit", "Radio Sur", RADIO, published="2024-03-12"),
        _excerpt("d4", "Fleet digest", "Fleet Digest", DIGEST, published="2024-03"),
    ]


def _events(xs: list[Excerpt]) -> dict[str, Event]:
    w1, p2, r3, d4 = xs
    return {
        "plan": _event(w1, "ship_movement", "will make a port call in Valparaiso next week",
                       "The frigate Almirante Soto to call at Valparaiso", ("2024-03-11", "2024-03-17"),
                       modality="planned", tense="future"),
        "docked": _event(p2, "ship_movement", "docked in Valparaiso on Tuesday",
                         "The frigate Almirante Soto docks in Valparaiso", ("2024-03-12", "2024-03-12")),
        "hails": _event(r3, "statement", "Defence Minister Ana Ruiz said on Tuesday",
                        "Ana Ruiz hails the visit", ("2024-03-12", "2024-03-12"), actor="Ana Ruiz"),
        "quarrel": _event(d4, "statement", "Navy chiefs have disagreed for months",
                          "Navy chiefs disagree over port calls", actor="Navy chiefs"),
    }


def _link(e: Event, relation: str = "same_topic", agrees: bool = True,
          differences: tuple[Difference, ...] = ()) -> ClaimLink:
    return ClaimLink(event=e.id, excerpt=e.excerpt, relation=Relation(relation), agrees=agrees, independent=True,
                     differences=list(differences))


def _record() -> tuple[list[Excerpt], Timeline, Parity, dict[str, Event]]:
    xs = _excerpts()
    ev = _events(xs)
    modality = Difference(attribute="modality", here="planned", there="asserted")
    claims = [
        # The plan (written first) is the later_development; the docking, told later, is "only here" as an event.
        Claim(event=ev["plan"].id, excerpt="w1", status=Status.later_development,
              links=[_link(ev["docked"], differences=(modality,)), _link(ev["hails"])]),
        Claim(event=ev["docked"].id, excerpt="p2", status=Status.single_source,
              links=[_link(ev["plan"]), _link(ev["hails"]), _link(ev["quarrel"], agrees=False)]),
        Claim(event=ev["hails"].id, excerpt="r3", status=Status.single_source,
              links=[_link(ev["plan"]), _link(ev["docked"])]),
        Claim(event=ev["quarrel"].id, excerpt="d4", status=Status.single_source, links=[_link(ev["docked"])]),
    ]
    records = [ExcerptRecord(**x.model_dump(include=set(ExcerptRecord.model_fields))) for x in xs]
    timeline = Timeline(excerpts=records, events=sorted(ev.values(), key=Event.sort_key))
    return xs, timeline, Parity(claims=sorted(claims, key=lambda c: c.event)), ev


@pytest.mark.parametrize(("here", "there", "order"), [
    ("p2", "w1", EARLIER),  # written 4 March, before 12 March
    ("w1", "p2", LATER),
    ("p2", "r3", ""),  # the same day: neither came first
    ("p2", "d4", ""),  # a month-only source holding the day: unknown
    ("w1", "d4", ""),
    ("w1", "nowhere", ""),
])
def test_which_source_was_written_first(here: str, there: str, order: str) -> None:
    assert Written(_excerpts()).order(here, there) == order


@pytest.mark.parametrize(("xid", "label"), [("w1", "4 Mar 2024"), ("d4", "March 2024"), ("nowhere", "")])
def test_the_day_a_source_was_written(xid: str, label: str) -> None:
    assert Written(_excerpts()).label(xid) == label


def _views(ctx, ev: dict[str, Event]) -> dict[str, object]:
    return {v.id: v for g in ctx.groups for v in g.events if v.id in {e.id for e in ev.values()}}


def test_the_later_claim_names_the_earlier_source_and_its_day() -> None:
    xs, timeline, parity, ev = _record()
    views = _views(build_context(xs, timeline, parity), ev)
    docked = views[ev["docked"].id]
    assert [(r.outlet, r.day, r.href) for r in docked.earlier] == [
        ("Andes Wire", "4 Mar 2024", "#ev-" + ev["plan"].id)]
    assert docked.status_text == "only here; earlier on this topic in Andes Wire"
    # The plan itself was written first: nothing earlier, and its badge is the later development.
    plan = views[ev["plan"].id]
    assert plan.earlier == ()
    assert plan.status_text.startswith("later development in ")
    # A source of the same day, or of a month holding the day, is no earlier source.
    assert [r.outlet for r in views[ev["hails"].id].earlier] == ["Andes Wire"]
    assert views[ev["quarrel"].id].earlier == ()
    assert views[ev["quarrel"].id].status_text == "only here"


def test_claims_rows_list_same_topic_links_apart() -> None:
    xs, timeline, parity, ev = _record()
    rows = {c.event: c for sc in build_context(xs, timeline, parity).claims for c in sc.claims}
    docked = rows[ev["docked"].id]
    lines = [(ln.relation, ln.agrees, ln.when, ln.ref.outlet, ln.ref.day) for ln in docked.links]
    # The disagreement first (as before), then the agreeing same_topic links, earlier sources first.
    assert lines == [("same topic", False, "", "Fleet Digest", "March 2024"),
                     ("same topic", True, EARLIER, "Andes Wire", "4 Mar 2024"),
                     ("same topic", True, "", "Radio Sur", "12 Mar 2024")]
    plan = rows[ev["plan"].id]
    assert [(ln.when, ln.ref.outlet, ln.differences) for ln in plan.links] == [
        (LATER, "Coastal Daily", ("modality: planned here, asserted there",)), (LATER, "Radio Sur", ())]


def test_the_matrix_shows_same_topic_cells_apart_from_absent() -> None:
    xs, timeline, parity, ev = _record()
    matrix = build_context(xs, timeline, parity).matrix
    columns = [c.id for c in matrix.columns]
    rows = {r.href: dict(zip(columns, r.cells, strict=True)) for r in matrix.rows}
    docked = rows["#ev-" + ev["docked"].id]
    assert (docked["p2"].state, docked["p2"].text) == ("single_source", "only here")
    assert (docked["w1"].state, docked["w1"].text, docked["w1"].href) == (
        "same_topic", "on topic, earlier", "#ev-" + ev["plan"].id)
    assert (docked["r3"].state, docked["r3"].text) == ("same_topic", "on topic")
    plan = rows["#ev-" + ev["plan"].id]
    assert (plan["p2"].state, plan["p2"].text) == ("same_topic", "on topic, later")
    assert (plan["d4"].state, plan["d4"].href) == ("absent", "")


def test_a_same_event_cell_wins_over_a_same_topic_one() -> None:
    xs, timeline, parity, ev = _record()
    claims = [c if c.event != ev["hails"].id else c.model_copy(update={"links": [
        _link(ev["docked"], relation="same_event"), _link(ev["plan"])]}) for c in parity.claims]
    matrix = build_context(xs, timeline, parity.model_copy(update={"claims": claims})).matrix
    columns = [c.id for c in matrix.columns]
    rows = [dict(zip(columns, r.cells, strict=True)) for r in matrix.rows]
    row = next(r for r in rows if r["r3"].state == "single_source")
    # The docking is in the row itself (linked as one event), not a topic cell.
    assert (row["p2"].state, row["p2"].href) == ("single_source", "#ev-" + ev["docked"].id)
    assert row["w1"].state == "same_topic"


def test_the_page_prints_them() -> None:
    xs, timeline, parity, ev = _record()
    doc = lxml.html.fromstring(render_page(xs, timeline, parity, "0" * 64))
    item = doc.get_element_by_id("ev-" + ev["docked"].id)
    assert "earlier on this topic: Andes Wire, 4 Mar 2024" in item.text_content()
    assert item.xpath(".//a[text()='Andes Wire']/@href") == ["#ev-" + ev["plan"].id]
    topic = [li.text_content() for li in doc.xpath("//section[@id='claims-p2']//li[@class='topic']")]
    assert topic == ["earlier on this topic: Andes Wire, 4 Mar 2024", "also on this topic: Radio Sur, 12 Mar 2024"]
    later = doc.xpath("//section[@id='claims-w1']//li[@class='topic']")[0].text_content()
    assert later == "later on this topic: Coastal Daily, 12 Mar 2024 \u00b7 modality: planned here, asserted there"
    cells = doc.xpath("//table[@class='matrix']//td[@class='c-same_topic']/a/text()")
    assert "on topic, earlier" in cells and "on topic, later" in cells
    legend = doc.xpath("//dl[@class='legend']//span[@class='cell c-same_topic']/text()")
    assert legend == ["on topic"]
