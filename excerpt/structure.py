"""Paragraphs and sentences of a body as spans, each paragraph labelled story or non-story."""

from __future__ import annotations

import re

from excerpt.models import Label, Paragraph, Span
from excerpt.nonstory import classify, rules
from excerpt.sentences import sentence_spans

# "\r\n|\n", not "\r?\n", first: a pattern that starts with literals lets the engine skip to them (same matches).
PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\n)[ \t]*(?:\r?\n)+")


def _trimmed(body: str, start: int, end: int) -> Span | None:
    chunk = body[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    return Span(start=start + lead, end=start + trail) if trail > lead else None


def paragraph_spans(body: str) -> list[Span]:
    """Spans of the paragraphs (text between blank lines), trimmed of surrounding whitespace."""
    spans = []
    pos = 0
    for m in list(PARAGRAPH_BREAK.finditer(body)) + [None]:
        end = m.start() if m else len(body)
        span = _trimmed(body, pos, end)
        if span:
            spans.append(span)
        if m:
            pos = m.end()
    return spans


def split_inline(body: str, span: Span) -> list[tuple[Span, bool]]:
    """A paragraph cut around inline related-story links: (span, is_inline_link) pieces in order."""
    pieces: list[tuple[Span, bool]] = []
    pos = span.start
    for m in rules().inline_related.finditer(body, span.start, span.end):
        if m.start() == span.start and m.end() >= span.end:
            break  # the whole paragraph is the link: the line rules label it
        before = _trimmed(body, pos, m.start())
        if before:
            pieces.append((before, False))
        pieces.append((Span(start=m.start(), end=m.end()), True))
        pos = m.end()
    if not pieces:
        return [(span, False)]
    rest = _trimmed(body, pos, span.end)
    if rest:
        pieces.append((rest, False))
    return pieces


def paragraphs_of(body: str, title: str = "", author: str | None = None) -> list[Paragraph]:
    """Labelled paragraphs with their sentences; inline related links become their own paragraphs."""
    pieces = [piece for span in paragraph_spans(body) for piece in split_inline(body, span)]
    labels = classify([body[s.start : s.end] for s, _ in pieces], title=title, author=author)
    out = []
    for (span, inline), (label, reason) in zip(pieces, labels, strict=True):
        if inline:
            label, reason = Label.related_link, "inline-related: a '(Related: ...)' link inside a paragraph"
        out.append(Paragraph(start=span.start, end=span.end, label=label, reason=reason,
                             sentences=tuple(sentence_spans(body, span.start, span.end))))
    return out
