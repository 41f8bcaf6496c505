"""Direct quotations in a body: straight and curly marks, quotes left open across paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
# A straight mark opens a quote after these (or at the start of a paragraph); otherwise it closes.
OPEN_CONTEXT = " \t\n([{—–-:/"
MARK_RE = re.compile(f"[{re.escape(OPENERS + CLOSERS + STRAIGHT)}]")
# Trimmed from the ends of quoted words so quote.text reads as the words alone.
QUOTE_TRIM = " \t\n,;:"


@dataclass(frozen=True)
class QuoteSpan:
    """One direct quotation: mark offsets, the words inside, and whether it was closed."""

    open: int  # offset of the opening mark
    close: int  # offset just past the closing mark (or the paragraph end when left open)
    start: int  # first character of the quoted words
    end: int  # just past the quoted words
    closed: bool

    def words(self, body: str) -> tuple[int, int]:
        """Offsets of the quoted words without surrounding spaces and trailing commas."""
        s, e = self.start, self.end
        while s < e and body[s] in QUOTE_TRIM:
            s += 1
        while e > s and body[e - 1] in QUOTE_TRIM:
            e -= 1
        return s, e


def find_quotes(body: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every direct quotation in the given paragraph spans, in order."""
    out: list[QuoteSpan] = []
    for p_start, p_end in paragraphs:
        opened: int | None = None
        for m in MARK_RE.finditer(body, p_start, p_end):
            i, ch = m.start(), m.group(0)
            if ch in OPENERS:
                opened = i  # a second opener without a closer restarts the quote
            elif ch in CLOSERS:
                if opened is not None:
                    out.append(QuoteSpan(opened, i + 1, opened + 1, i, True))
                    opened = None
            elif opened is not None and body[opened] == STRAIGHT:
                out.append(QuoteSpan(opened, i + 1, opened + 1, i, True))
                opened = None
            elif opened is None and (i == p_start or body[i - 1] in OPEN_CONTEXT):
                opened = i
        if opened is not None and p_end - opened > 1:
            # Left open: by convention the quote runs on into the next paragraph.
            out.append(QuoteSpan(opened, p_end, opened + 1, p_end, False))
    return out


def mask_quotes(body: str, quotes: list[QuoteSpan]) -> str:
    """The body with quoted words blanked (same length), so speakers, dates and triggers are
    looked for only in the reporter's own words."""
    if not quotes:
        return body
    parts = []
    pos = 0
    for q in quotes:
        parts.append(body[pos : q.start])
        parts.append("".join("\n" if c == "\n" else " " for c in body[q.start : q.end]))
        pos = q.end
    parts.append(body[pos:])
    return "".join(parts)
