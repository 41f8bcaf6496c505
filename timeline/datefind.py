"""Find date phrases in text (never from non-date words such as the verb 'may')."""

from __future__ import annotations

from timeline.dates import DateMention


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], offsets into text, in order."""
    return []
