"""Answers of a reader of text spans remembered for the last text read, so a span asked for twice is read once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def per_text(read: Callable[[str, int, int], list[T]], doc: str) -> Callable[[str, int, int], list[T]]:
    """read(text, start, end) remembered by span for the last text seen (by identity); each caller gets a copy."""
    # One text at a time: the readers ask about one sentence's spans in turn, so older texts are never asked again.
    held: list[tuple[str | None, dict[tuple[int, int], list[T]]]] = [(None, {})]

    def remembered(text: str, start: int, end: int) -> list[T]:
        last = held[0]
        if last[0] is not text:
            last = held[0] = (text, {})
        got = last[1].get((start, end))
        if got is None:
            got = last[1][(start, end)] = read(text, start, end)
        return list(got)  # a copy: the caller's to change

    remembered.__doc__ = doc
    remembered.__wrapped__ = read  # type: ignore[attr-defined]
    return remembered
