"""An excerpt's text as paragraphs of non-overlapping segments, each listing the events covering it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from excerpt.models import Excerpt, Label, Paragraph
from excerpt.structure import paragraphs_of
from page.wording import anchor
from timeline.models import Event

LABEL_VALUES = {m: m.value for m in Label}  # Enum.value is a Python descriptor: looked up per paragraph instead
STORY = Label.story.value


@dataclass(slots=True)
class Pin:
    """The mark where an event's evidence starts: target of the event's link, and link back to it."""

    event: str
    anchor: str  # ev-<id>-src: where the timeline links to
    href: str  # #ev-<id>: back to the event
    number: int  # the event's number within its source, shown in the mark
    summary: str


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same set of events (none when plain text)."""

    text: str
    events: tuple[str, ...] = ()
    pins: tuple[Pin, ...] = ()


@dataclass(slots=True)
class ParagraphView:
    """One paragraph: its segments, and its label when it is not the story (shown dimmed)."""

    segments: tuple[Segment, ...]
    label: str = "story"
    label_text: str = ""
    reason: str = ""

    @property
    def dimmed(self) -> bool:
        """True for lines that are not the story: captions, credits, links, bios."""
        return self.label != STORY


def _paragraphs(excerpt: Excerpt) -> Sequence[Paragraph]:
    if excerpt.paragraphs:
        return excerpt.paragraphs
    return paragraphs_of(excerpt.body, excerpt.title, excerpt.author)


def _pin_position(start: int, end: int, paras: Sequence[Paragraph], ends: list[int], starts: list[int]) -> int:
    """Where an event's pin goes: its first offset inside a paragraph, else the nearest paragraph.

    Paragraphs are in text order and do not overlap, so the first candidate is found by bisection.
    """
    if start < end:
        i = bisect_right(ends, start)  # the first paragraph ending after the evidence starts
        if i < len(paras) and paras[i].start < end:
            return max(start, paras[i].start)
    else:
        i = bisect_left(ends, start)  # an empty span: the first paragraph that holds its offset
        if i < len(paras) and paras[i].start <= start:
            return start
    # Evidence in a gap between paragraphs (or stale offsets): the next paragraph, else the last end.
    j = bisect_left(starts, start)
    return paras[j].start if j < len(paras) else paras[-1].end


def _split(p: Paragraph, body: str, spans: list[tuple[int, int, str]],
           pins: dict[int, list[Pin]]) -> tuple[Segment, ...]:
    """Segments of one paragraph, cut at every evidence boundary and pin inside it."""
    if not spans and not pins:  # most paragraphs hold no evidence: one plain run
        return (Segment(text=body[p.start:p.end]),) if p.start < p.end else ()
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


def passages(excerpt: Excerpt, events: Sequence[Event], numbered: dict[str, int] | None = None,
             anchors: dict[str, str] | None = None) -> tuple[ParagraphView, ...]:
    """The excerpt's paragraphs, evidence spans split into non-overlapping segments with pins.

    numbered (numbers(events)) and anchors (event id -> ev-<id>) may come from a caller that has them.
    """
    paras = list(_paragraphs(excerpt))
    if not paras:
        return ()
    n = len(excerpt.body)
    spans = sorted(
        (min(e.evidence.start, n), min(e.evidence.end, n), e.id) for e in events
    )
    starts = [p.start for p in paras]
    ends = [p.end for p in paras]
    # Each pin and each span goes to its paragraphs by bisection: linear in the text, not paragraphs x events.
    pins: list[dict[int, list[Pin]]] = [{} for _ in paras]
    if numbered is None:
        numbered = numbers(events)
    start_set = set(starts)
    for e in sorted(events, key=lambda e: numbered[e.id]):
        start, end = min(e.evidence.start, n), min(e.evidence.end, n)
        pos = _pin_position(start, end, paras, ends, starts)
        own = anchors.get(e.id) if anchors else None
        if own is None:
            own = anchor("ev-", e.id)
        pin = Pin(event=e.id, anchor=own + "-src", href="#" + own, number=numbered[e.id], summary=e.summary)
        # A pin at a paragraph boundary belongs to the paragraph that starts there, not the one ending.
        k = bisect_left(ends, pos)
        while k < len(paras) and paras[k].start <= pos:
            p = paras[k]
            if p.start <= pos < p.end or (pos == p.end and pos not in start_set):
                pins[k].setdefault(pos, []).append(pin)
                break
            k += 1
    inside: list[list[tuple[int, int, str]]] = [[] for _ in paras]
    for s, e, eid in spans:
        k = bisect_right(ends, s)  # the first paragraph ending after the span starts
        while k < len(paras) and paras[k].start < e:
            p = paras[k]
            inside[k].append((max(s, p.start), min(e, p.end), eid))
            k += 1
    out = []
    body = excerpt.body
    for k, p in enumerate(paras):
        label = LABEL_VALUES[p.label]
        out.append(ParagraphView(
            segments=_split(p, body, inside[k], pins[k]),
            label=label,
            label_text="" if label == STORY else label.replace("_", " "),
            reason=p.reason,
        ))
    return tuple(out)
