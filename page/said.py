"""The sentence an event was read from, as its timeline line shows it: the evidence marked, the rest clipped."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from excerpt.models import Excerpt
from excerpt.structure import paragraphs_of

AROUND = 18  # words of the sentence kept on each side of the evidence
LONGEST = 60  # words of evidence shown whole; a longer one keeps its head and tail
HEAD, TAIL = 40, 14
CUT = "\u2026"


@dataclass(slots=True)
class Said:
    """The evidence's sentence in three parts: words before it, the evidence itself, words after it."""

    before: str
    exact: str
    after: str

    @property
    def text(self) -> str:
        """The whole line as shown, without marks (to tell whether a quote is already on it)."""
        return self.before + self.exact + self.after


class Sentences:
    """One excerpt's sentence spans, to find the sentences that hold an evidence span."""

    __slots__ = ("body", "ends", "starts")

    def __init__(self, excerpt: Excerpt) -> None:
        paragraphs = excerpt.paragraphs
        if not any(p.sentences for p in paragraphs):
            # A run keeps paragraphs without their sentences (page.context asks only on pages of few sources, so
            # splitting again here costs little): the same splitter, as passages.py does without paragraphs.
            paragraphs = tuple(paragraphs_of(excerpt.body, excerpt.title, excerpt.author))
        spans = sorted((s.start, s.end) for p in paragraphs for s in p.sentences)
        self.body = excerpt.body
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def said(self, start: int, end: int) -> Said:
        """The sentences from the one holding `start` to the one holding `end`, evidence marked."""
        body = self.body
        first, last = self._sentence(start), self._sentence(max(start, end - 1))
        left = self.starts[first] if first is not None and self.starts[first] <= start else start
        right = self.ends[last] if last is not None and self.ends[last] >= end else end
        return Said(before=_tail(body[left:start]), exact=_middle(body[start:end]), after=_head(body[end:right]))

    def _sentence(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and self.ends[i] > offset else None


def _flat(text: str) -> str:
    # A sentence may run over a line break of the saved text: shown on one line, as it reads.
    return " ".join(text.split())


def _tail(text: str) -> str:
    """The last words before the evidence, a space kept before it when the text had one."""
    words = text.split()
    if not words:
        return ""
    space = " " if text[-1].isspace() else ""
    shown = " ".join(words[-AROUND:])
    return (CUT + " " if len(words) > AROUND else "") + shown + space


def _head(text: str) -> str:
    """The first words after the evidence, a space kept after it when the text had one."""
    words = text.split()
    if not words:
        return ""
    space = " " if text[0].isspace() else ""
    shown = " ".join(words[:AROUND])
    return space + shown + (" " + CUT if len(words) > AROUND else "")


def _middle(text: str) -> str:
    """The evidence, whole up to LONGEST words, else its first and last words around a cut."""
    words = text.split()
    if len(words) <= LONGEST:
        return _flat(text)
    return " ".join(words[:HEAD]) + f" {CUT} " + " ".join(words[-TAIL:])
