"""An excerpt's text as paragraphs of non-overlapping segments, each listing the events covering it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from excerpt.models import Excerpt, Label, Paragraph
from excerpt.structure import paragraphs_of
from page.wording import anchor
from timeline.models import Event

STORY = Label.story.value
# A label's value and the words shown for it (none for the story), by member: looked up per paragraph.
LABELS = {m: (m.value, "" if m.value == STORY else m.value.replace("_", " ")) for m in Label}


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
    """Segments of one paragraph, cut at every evidence boundary and pin inside it (spans: clipped to the
    paragraph, in order of their start, as passages makes them)."""
    p_start, p_end = p.start, p.end
    cuts = {p_start, p_end}
    for start, end, _ in spans:
        if p_start < start < p_end:
            cuts.add(start)
        if p_start < end < p_end:
            cuts.add(end)
    cuts.update(pos for pos in pins if p_start <= pos <= p_end)
    ordered = sorted(cuts)
    out = []
    # A span covers a segment [a, b) when it starts at or before a and ends after a (every span end inside
    # the paragraph is a cut, so it then ends at b or later). The spans come in order of their start: each
    # joins the open ones as the sweep passes its start and leaves after its end, so a segment reads only
    # the spans open there, in the same order (reading every span of the paragraph per segment took a
    # minute for one paragraph of 20,000 events: bench/hostile.py, "10,000 dates in one text").
    opened: list[tuple[int, int, str]] = []
    nxt, count = 0, len(spans)
    a = ordered[0]
    for b in ordered[1:]:
        here = tuple(pins[a]) if a in pins else ()
        while nxt < count and spans[nxt][0] <= a:
            opened.append(spans[nxt])
            nxt += 1
        if opened:
            opened = [span for span in opened if span[1] > a]
        covering = tuple([eid for _, _, eid in opened])
        out.append(Segment(body[a:b], covering, here))
        a = b
    # The paragraph's end: only a pin that could not sit inside any text lands here.
    if a == p_end and a in pins:
        out.append(Segment("", (), tuple(pins[a])))
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
    paras = _paragraphs(excerpt)
    if not paras:
        return ()
    body = excerpt.body
    n = len(body)
    starts = [p.start for p in paras]
    ends = [p.end for p in paras]
    count = len(paras)
    # Each pin and each span goes to its paragraphs by bisection: linear in the text, not paragraphs x events.
    # Most paragraphs hold neither: their dict and list are made only when something lands there.
    pins: list[dict[int, list[Pin]] | None] = [None] * count
    inside: list[list[tuple[int, int, str]] | None] = [None] * count
    if events:
        if numbered is None:
            numbered = numbers(events)
        start_set = set(starts)
        clipped = []
        for e in events:
            ev = e.evidence
            clipped.append((min(ev.start, n), min(ev.end, n), e))
        for start, end, e in sorted(clipped, key=lambda c: numbered[c[2].id]):
            pos = _pin_position(start, end, paras, ends, starts)
            own = anchors.get(e.id) if anchors else None
            if own is None:
                own = anchor("ev-", e.id)
            pin = Pin(e.id, own + "-src", "#" + own, numbered[e.id], e.summary)
            # A pin at a paragraph boundary belongs to the paragraph that starts there, not the one ending.
            k = bisect_left(ends, pos)
            while k < count and starts[k] <= pos:
                if pos < ends[k] or (pos == ends[k] and pos not in start_set):
                    at = pins[k]
                    if at is None:
                        at = pins[k] = {}
                    at.setdefault(pos, []).append(pin)
                    break
                k += 1
        for s, e, eid in sorted([(start, end, ev.id) for start, end, ev in clipped]):
            k = bisect_right(ends, s)  # the first paragraph ending after the span starts
            while k < count and starts[k] < e:
                p_start, p_end = starts[k], ends[k]
                here = inside[k]
                if here is None:
                    here = inside[k] = []
                here.append((s if s > p_start else p_start, e if e < p_end else p_end, eid))
                k += 1
    out = []
    for k, p in enumerate(paras):
        label, label_text = LABELS[p.label]
        spans, at = inside[k], pins[k]
        if spans is None and at is None:  # most paragraphs hold no evidence: one plain run
            segments = (Segment(body[p.start:p.end]),) if p.start < p.end else ()
        else:
            segments = _split(p, body, spans or [], at or {})
        out.append(ParagraphView(segments, label, label_text, p.reason))
    return tuple(out)
