"""Paragraphs and sentences of a body as spans, each paragraph labelled story or non-story."""

from __future__ import annotations

import re

from excerpt.models import Label, Paragraph, Span

PARAGRAPH_BREAK = re.compile(r"(?:\r?\n)[ \t]*(?:\r?\n)+")


def paragraph_spans(body: str) -> list[Span]:
    """Spans of the paragraphs (text between blank lines), trimmed of surrounding whitespace."""
    spans = []
    pos = 0
    for m in list(PARAGRAPH_BREAK.finditer(body)) + [None]:
        end = m.start() if m else len(body)
        chunk = body[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append(Span(start=pos + lead, end=pos + trail))
        if m:
            pos = m.end()
    return spans


def sentence_spans(body: str, para: Span) -> list[Span]:
    """Sentence spans inside one paragraph (placeholder splitter: replaced by excerpt.sentences)."""
    return [Span(start=para.start, end=para.end)]


def paragraphs_of(body: str, title: str = "", author: str | None = None) -> list[Paragraph]:
    """Labelled paragraphs with their sentences."""
    out = []
    for i, span in enumerate(paragraph_spans(body)):
        text = body[span.start : span.end]
        label, reason = Label.story, ""
        if i == 0 and title and text.strip() == title.strip():
            label, reason = Label.headline, "first line repeats the title"
        out.append(Paragraph(start=span.start, end=span.end, label=label, reason=reason,
                             sentences=tuple(sentence_spans(body, span))))
    return out
