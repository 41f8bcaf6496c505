"""An excerpt's text as paragraphs of non-overlapping segments, each listing the events covering it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from excerpt.models import Excerpt, Label, Paragraph
from excerpt.structure import paragraphs_of
from page.wording import anchor
from timeline.models import Event


@dataclass(frozen=True)
class Pin:
    """The mark where an event's evidence starts: target of the event's link, and link back to it."""

    event: str
    anchor: str  # ev-<id>-src: where the timeline links to
    href: str  # #ev-<id>: back to the event
    number: int  # the event's number within its source, shown in the mark
    summary: str


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same set of events (none when plain text)."""

    text: str
    events: tuple[str, ...] = ()
    pins: tuple[Pin, ...] = ()


@dataclass(frozen=True)
class ParagraphView:
    """One paragraph: its segments, and its label when it is not the story (shown dimmed)."""

    segments: tuple[Segment, ...]
    label: str = "story"
    label_text: str = ""
    reason: str = ""

    @property
    def dimmed(self) -> bool:
        """True for lines that are not the story: captions, credits, links, bios."""
        return self.label != Label.story.value


def _paragraphs(excerpt: Excerpt) -> Sequence[Paragraph]:
    if excerpt.paragraphs:
        return excerpt.paragraphs
    return paragraphs_of(excerpt.body, excerpt.title, excerpt.author)


def _pin_position(start: int, end: int, paras: Sequence[Paragraph]) -> int:
    """Where an event's pin goes: its first offset inside a paragraph, else the nearest paragraph."""
    for p in paras:
        lo = max(start, p.start)
        if lo < min(end, p.end) or (start == end and p.start <= start <= p.end):
            return lo
    # Evidence in a gap between paragraphs (or stale offsets): the next paragraph, else the last end.
    for p in paras:
        if p.start >= start:
            return p.start
    return paras[-1].end


def _split(p: Paragraph, body: str, spans: list[tuple[int, int, str]],
           pins: dict[int, list[Pin]]) -> tuple[Segment, ...]:
    """Segments of one paragraph, cut at every evidence boundary and pin inside it."""
    cuts = {p.start, p.end}
    for start, end, _ in spans:
        for pos in (start, end):
            if p.start < pos < p.end:
                cuts.add(pos)
    cuts.update(pos for pos in pins if p.start <= pos <= p.end)
    ordered = sorted(cuts)
    out = []
    for a, b in zip(ordered, ordered[1:] + [None], strict=True):
        here = tuple(pins.get(a, ()))
        if b is None:
            # The paragraph's end: only a pin that could not sit inside any text lands here.
            if here and a == p.end:
                out.append(Segment(text="", pins=here))
            continue
        covering = tuple(eid for start, end, eid in spans if start <= a and end >= b)
        out.append(Segment(text=body[a:b], events=covering, pins=here))
    return tuple(out)


def numbers(events: Sequence[Event]) -> dict[str, int]:
    """Each event's number within its source, in text order, as its pin shows it."""
    ordered = sorted(events, key=lambda e: (e.evidence.start, e.evidence.end, e.id))
    return {e.id: i for i, e in enumerate(ordered, start=1)}


def passages(excerpt: Excerpt, events: Sequence[Event]) -> tuple[ParagraphView, ...]:
    """The excerpt's paragraphs, evidence spans split into non-overlapping segments with pins."""
    paras = list(_paragraphs(excerpt))
    if not paras:
        return ()
    n = len(excerpt.body)
    spans = sorted(
        (min(e.evidence.start, n), min(e.evidence.end, n), e.id) for e in events
    )
    pins: dict[int, list[Pin]] = {}
    numbered = numbers(events)
    for e in sorted(events, key=lambda e: numbered[e.id]):
        number = numbered[e.id]
        start, end = min(e.evidence.start, n), min(e.evidence.end, n)
        pos = _pin_position(start, end, paras)
        pins.setdefault(pos, []).append(
            Pin(event=e.id, anchor=anchor("ev-", e.id) + "-src", href="#" + anchor("ev-", e.id),
                number=number, summary=e.summary)
        )
    # A pin at a paragraph boundary belongs to the paragraph that starts there, not the one ending.
    starts = {p.start for p in paras}
    out = []
    for p in paras:
        local = {pos: v for pos, v in pins.items()
                 if p.start <= pos < p.end or (pos == p.end and pos not in starts)}
        for pos in local:
            pins.pop(pos)
        inside = [(s, e, eid) for s, e, eid in spans if s < p.end and e > p.start]
        clipped = [(max(s, p.start), min(e, p.end), eid) for s, e, eid in inside]
        label = p.label.value
        out.append(ParagraphView(
            segments=_split(p, excerpt.body, clipped, local),
            label=label,
            label_text="" if label == Label.story.value else label.replace("_", " "),
            reason=p.reason,
        ))
    return tuple(out)
