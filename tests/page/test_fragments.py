"""page/fragments.py prints exactly what the templates printed before it: same bytes, every input escaped."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import Template
from markupsafe import escape

from page import fragments
from page.context import build_context
from page.passages import ParagraphView, Pin, Segment
from page.render import environment
from page.said import Said
from page.views import BriefList, Cell, ClaimView, Copies, EventView, LinkLine, Mention, Ref, Row

REFERENCE = (Path(__file__).parent / "reference_fragments.html").read_text(encoding="utf-8")

# Short strings heavy in what HTML and jinja treat specially; empty often, so every optional branch is taken.
TEXT = st.text(st.sampled_from(list("aZ9 <>&\"'{}%#/=;\u00e9\u201c\n")), max_size=8)
NUMBER = st.integers(0, 12)
refs = st.builds(Ref, event=TEXT, href=TEXT, outlet=TEXT, excerpt=TEXT, day=TEXT)
events = st.builds(
    EventView, id=TEXT, anchor=TEXT, src_href=TEXT, number=NUMBER, kind=TEXT, kind_label=TEXT, modality=TEXT,
    modality_label=TEXT, actor=TEXT, actor_role=TEXT, participants=st.lists(TEXT, max_size=3).map(tuple),
    summary=TEXT, quote=TEXT, quote_direct=st.booleans(), via=TEXT, excerpt=TEXT, outlet=TEXT, source_href=TEXT,
    date_label=TEXT, phrase=TEXT, basis=TEXT, relative_to=TEXT, relative_href=TEXT, status=TEXT,
    status_text=TEXT, also=st.lists(refs, max_size=3).map(tuple), also_more=st.integers(0, 3),
    earlier=st.lists(refs, max_size=3).map(tuple), earlier_more=st.integers(0, 2),
    said=st.none() | st.builds(Said, before=TEXT, exact=TEXT, after=TEXT))
copies = st.builds(Copies, first=events, events=st.lists(events, min_size=1, max_size=3).map(tuple))
pins = st.builds(Pin, event=TEXT, anchor=TEXT, href=TEXT, number=NUMBER, summary=TEXT)
segments = st.builds(Segment, text=TEXT, events=st.lists(TEXT, max_size=3).map(tuple),
                     pins=st.lists(pins, max_size=2).map(tuple))
paragraphs = st.builds(ParagraphView, segments=st.lists(segments, max_size=4).map(tuple),
                       label=st.sampled_from(["story", "photo_caption", "<b>"]), label_text=TEXT, reason=TEXT)
lines = st.builds(LinkLine, ref=refs, agrees=st.booleans(), independent=st.booleans(),
                  relation=st.sampled_from(["same event", "same topic"]) | TEXT,
                  differences=st.lists(TEXT, max_size=3).map(tuple),
                  when=st.sampled_from(["", "earlier", "later"]) | TEXT)
claims = st.builds(ClaimView, event=TEXT, href=TEXT, summary=TEXT, date_label=TEXT, status=TEXT, badge=TEXT,
                   links=st.lists(lines, max_size=3).map(tuple), links_more=st.integers(0, 2), verdict=TEXT)
briefs = st.builds(BriefList, status=TEXT, label=TEXT,
                   events=st.lists(st.builds(Mention, number=NUMBER, href=TEXT), max_size=4).map(tuple))
cells = st.builds(Cell, state=TEXT, text=TEXT, href=TEXT)
rows = st.builds(Row, label=TEXT, date_label=TEXT, href=TEXT, cells=st.lists(cells, max_size=4).map(tuple),
                 sources=NUMBER)


@cache
def _reference_template() -> Template:
    return environment().from_string(REFERENCE)


def reference(part: str, items: Any, crowded: bool = False, columns: int = 0) -> str:
    """What the templates printed for these items (tests/page/reference_fragments.html)."""
    return _reference_template().render(part=part, items=items, crowded=crowded, columns=columns)


def fast(part: str, items: Any, crowded: bool = False, columns: int = 0) -> str:
    """The same items through page/fragments.py."""
    one = {"events": fragments.event, "copies": fragments.copies, "claims": fragments.claim,
           "briefs": fragments.brief, "matrix_rows": fragments.matrix_row}
    if part == "paragraphs":
        return str(fragments.paragraphs(items, crowded))
    if part == "matrix_items":
        return "".join(fragments.matrix_item(r, columns) for r in items)
    return "".join(one[part](x) for x in items)


@settings(max_examples=150, deadline=None)
@given(st.lists(events, max_size=3))
def test_events_as_the_template_printed_them(items: list[EventView]) -> None:
    assert fast("events", items) == reference("events", items)


@settings(max_examples=150, deadline=None)
@given(st.lists(copies, max_size=3))
def test_look_alikes_as_the_template_printed_them(items: list[Copies]) -> None:
    assert fast("copies", items) == reference("copies", items)


@settings(max_examples=150, deadline=None)
@given(st.lists(paragraphs, max_size=3), st.booleans())
def test_paragraphs_as_the_template_printed_them(items: list[ParagraphView], crowded: bool) -> None:
    assert fast("paragraphs", items, crowded) == reference("paragraphs", items, crowded)


@settings(max_examples=150, deadline=None)
@given(st.lists(claims, max_size=3), st.lists(briefs, max_size=2))
def test_claims_as_the_template_printed_them(items: list[ClaimView], brief: list[BriefList]) -> None:
    assert fast("claims", items) == reference("claims", items)
    assert fast("briefs", brief) == reference("briefs", brief)


@settings(max_examples=150, deadline=None)
@given(st.lists(rows, max_size=3), NUMBER)
def test_matrix_as_the_template_printed_it(items: list[Row], columns: int) -> None:
    assert fast("matrix_rows", items) == reference("matrix_rows", items)
    assert fast("matrix_items", items, columns=columns) == reference("matrix_items", items, columns=columns)


@given(st.text())
def test_the_escaper_is_markupsafes(text: str) -> None:
    assert fragments._esc(text) == str(escape(text))


HOSTILE = '<script>alert(1)</script>" onmouseover="x\' &amp; {{ 7*7 }}'


def test_input_never_becomes_markup() -> None:
    """Every text field of an event, filled with markup, reads back as that text and adds no element."""
    ref = Ref(event=HOSTILE, href=HOSTILE, outlet=HOSTILE, excerpt=HOSTILE)
    e = EventView(id=HOSTILE, anchor=HOSTILE, src_href=HOSTILE, number=1, kind=HOSTILE, kind_label=HOSTILE,
                  modality=HOSTILE, modality_label=HOSTILE, actor=HOSTILE, actor_role=HOSTILE,
                  participants=(HOSTILE,), summary=HOSTILE, quote=HOSTILE, quote_direct=True, via=HOSTILE,
                  excerpt=HOSTILE, outlet=HOSTILE, source_href=HOSTILE, date_label=HOSTILE, phrase=HOSTILE,
                  basis="", relative_to=HOSTILE, relative_href=HOSTILE, status=HOSTILE, status_text=HOSTILE,
                  also=(ref,), also_more=0)
    html = str(fragments.event(e)) + str(fragments.copies(Copies(first=e, events=(e, e))))
    assert "<script" not in html and "{{" in html
    doc = lxml.html.fragment_fromstring(f"<ol>{html}</ol>")
    assert not doc.xpath("//script") and not doc.xpath("//@onmouseover")
    assert set(doc.xpath("//@id | //@href")) == {HOSTILE}
    assert doc.xpath("//h4/text()") == [HOSTILE, HOSTILE] and f"s-{HOSTILE}" in doc.xpath("//span/@class")


def test_the_fixture_page_pieces_match(record: Any) -> None:
    """The fixture story, as few sources and as a crowded page, piece by piece."""
    xs, tl, par = record
    many = [x.model_copy(update={"id": f"{x.id}-{i:03d}"}) for i in range(40) for x in xs[:1]]
    for crowded, sources in ((False, xs), (True, xs + many)):
        ctx = build_context(sources, tl, par)
        assert ctx.crowded is crowded
        for day in ctx.groups:
            part, items = ("copies", day.copies) if crowded else ("events", day.events)
            assert fast(part, items) == reference(part, items)
        for t in ctx.texts:
            assert fast("paragraphs", t.paragraphs, crowded) == reference("paragraphs", t.paragraphs, crowded)
        for sc in ctx.claims:
            assert fast("claims", sc.claims) == reference("claims", sc.claims)
            assert fast("briefs", sc.brief) == reference("briefs", sc.brief)
        n = len(ctx.matrix.columns)
        assert fast("matrix_rows", ctx.matrix.rows) == reference("matrix_rows", ctx.matrix.rows)
        assert fast("matrix_items", ctx.matrix.rows, columns=n) == reference("matrix_items", ctx.matrix.rows, columns=n)
