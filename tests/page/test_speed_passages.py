"""page.passages: the segments of a paragraph, found by one sweep over its spans, are the ones the old
per-segment scan of every span gave (any spans, overlapping, nested, empty, at the edges, with pins)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from excerpt.models import Excerpt, Label, Paragraph
from page.passages import Pin, Segment, _split, passages
from timeline.models import Event, Evidence, event_id


def _split_reference(p: Paragraph, body: str, spans: list[tuple[int, int, str]],
                     pins: dict[int, list[Pin]]) -> tuple[Segment, ...]:
    """The split as it was before the sweep: every span tested for every segment."""
    cuts = {p.start, p.end}
    for start, end, _ in spans:
        if p.start < start < p.end:
            cuts.add(start)
        if p.start < end < p.end:
            cuts.add(end)
    cuts.update(pos for pos in pins if p.start <= pos <= p.end)
    ordered = sorted(cuts)
    out = []
    a = ordered[0]
    for b in ordered[1:]:
        here = tuple(pins[a]) if a in pins else ()
        out.append(Segment(body[a:b], tuple([eid for s, e, eid in spans if s <= a and e >= b]), here))
        a = b
    if a == p.end and a in pins:
        out.append(Segment("", (), tuple(pins[a])))
    return tuple(out)


BODY = "x" * 10 + "The fleet sailed on Monday; the ministry said it was routine. Talks follow." + "y" * 10
PARA = Paragraph(start=10, end=len(BODY) - 10, label=Label.story, reason="")


@st.composite
def _spans(draw):
    """Spans clipped to the paragraph and in order of their start, as passages makes them."""
    raw = draw(st.lists(st.tuples(st.integers(0, len(BODY)), st.integers(0, 40)), max_size=25))
    spans = sorted((s, min(s + n, len(BODY)), f"e{k}") for k, (s, n) in enumerate(raw))
    return [(max(s, PARA.start), min(e, PARA.end), eid) for s, e, eid in spans if s < PARA.end and e > PARA.start]


@settings(max_examples=300, deadline=None)
@given(spans=_spans(), pin_at=st.lists(st.integers(PARA.start, PARA.end), max_size=6))
def test_the_sweep_gives_the_reference_segments(spans, pin_at):
    pins = {pos: [Pin(f"p{pos}", f"ev-p{pos}-src", f"#ev-p{pos}", k + 1, "s")] for k, pos in enumerate(pin_at)}
    assert _split(PARA, BODY, spans, pins) == _split_reference(PARA, BODY, spans, pins)


def test_a_paragraph_of_many_events_gives_each_its_own_segment():
    # One line per event, 4,000 events in one paragraph (a hostile case has 20,000): the old scan read
    # every span for each of 8,000 segments; the sweep reads the open ones (no timing here: see bench/hostile.md).
    line = "Talks were held on 3 May, officials said. "
    body = line * 4000
    excerpt = Excerpt(id="big", path="big.txt", sha256="0" * 64, title="t", outlet="o", body=body,
                      paragraphs=(Paragraph(start=0, end=len(body), label=Label.story, reason=""),))
    events = [Event(id=event_id("big", "meeting", str(k)), excerpt="big", kind="meeting", summary="talks",
                    evidence=Evidence.of(body, k * len(line), k * len(line) + 25)) for k in range(4000)]
    (view,) = passages(excerpt, events)
    assert [s.events for s in view.segments if s.events] == [(ev.id,) for ev in events]
    assert [p.event for s in view.segments for p in s.pins] == [ev.id for ev in events]
