"""Source texts split into non-overlapping segments with pins, non-story lines labelled."""

from __future__ import annotations

from excerpt.models import Excerpt, Label, Paragraph
from page.passages import passages
from timeline.models import Event, Evidence, event_id

BODY = (
    "Ankara said on Friday that the convoy crossed the border at dawn.\n\n"
    "Soldiers near Idlib. Photo: Omar Ali/AFP\n\n"
    "The ministry added that two more convoys were expected."
)


def _excerpt(paragraphs: tuple[Paragraph, ...] = ()) -> Excerpt:
    return Excerpt(id="t1", path="t1.txt", sha256="0" * 64, title="Convoy", outlet="Levant Post",
                   body=BODY, paragraphs=paragraphs)


def _para(text: str, label: Label = Label.story) -> Paragraph:
    start = BODY.index(text)
    return Paragraph(start=start, end=start + len(text), label=label, reason="test")


PARAS = (
    _para("Ankara said on Friday that the convoy crossed the border at dawn."),
    _para("Soldiers near Idlib. Photo: Omar Ali/AFP", Label.photo_caption),
    _para("The ministry added that two more convoys were expected."),
)


def _event(start: int, end: int, kind: str = "other") -> Event:
    exact = BODY[start:end]
    return Event(id=event_id("t1", kind, exact), excerpt="t1", kind=kind, summary=exact[:20],
                 evidence=Evidence.of(BODY, start, end))


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


def test_overlapping_spans_become_non_overlapping_segments() -> None:
    a = _event(*_span("Ankara said on Friday that the convoy crossed"), "statement")
    b = _event(*_span("the convoy crossed the border"), "other")
    paras = passages(_excerpt(PARAS), [a, b])
    segs = paras[0].segments
    # Text is kept whole and in order.
    assert "".join(s.text for s in segs) == BODY[PARAS[0].start : PARAS[0].end]
    covered = {s.text: s.events for s in segs}
    assert covered["Ankara said on Friday that "] == (a.id,)
    assert covered["the convoy crossed"] == tuple(sorted((a.id, b.id)))
    assert covered[" the border"] == (b.id,)
    assert covered[" at dawn."] == ()
    pins = [(p.event, s.text) for s in segs for p in s.pins]
    assert pins == [(a.id, "Ankara said on Friday that "), (b.id, "the convoy crossed")]


def test_pins_are_numbered_in_text_order_and_link_both_ways() -> None:
    late = _event(*_span("two more convoys were expected"))
    early = _event(*_span("crossed the border"))
    paras = passages(_excerpt(PARAS), [late, early])  # record order need not be text order
    pins = [p for para in paras for s in para.segments for p in s.pins]
    assert [(p.event, p.number) for p in pins] == [(early.id, 1), (late.id, 2)]
    assert pins[0].anchor == f"ev-{early.id}-src" and pins[0].href == f"#ev-{early.id}"


def test_non_story_paragraph_is_labelled() -> None:
    paras = passages(_excerpt(PARAS), [])
    assert [p.dimmed for p in paras] == [False, True, False]
    assert paras[1].label_text == "photo caption"
    assert paras[1].segments[0].text == "Soldiers near Idlib. Photo: Omar Ali/AFP"


def test_evidence_across_paragraphs_is_clipped_and_pinned_once() -> None:
    start = BODY.index("at dawn.")
    end = BODY.index("The ministry added") + len("The ministry")
    ev = _event(start, end)
    paras = passages(_excerpt(PARAS), [ev])
    marked = [s.text for p in paras for s in p.segments if s.events]
    assert marked == ["at dawn.", "Soldiers near Idlib. Photo: Omar Ali/AFP", "The ministry"]
    assert sum(len(s.pins) for p in paras for s in p.segments) == 1


def test_evidence_in_a_gap_pins_to_the_next_paragraph() -> None:
    gap = BODY.index("\n\nSoldiers")
    ev = _event(gap, gap + 2)  # only the blank line between two paragraphs
    paras = passages(_excerpt(PARAS), [ev])
    assert paras[1].segments[0].pins[0].event == ev.id
    assert not any(s.events for p in paras for s in p.segments)


def test_without_paragraphs_the_body_is_split_here() -> None:
    paras = passages(_excerpt(), [_event(*_span("Ankara"))])
    assert len(paras) == 3
    assert paras[0].segments[0].text == "Ankara" and paras[0].segments[0].pins
