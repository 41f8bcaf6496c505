"""The one date resolver: a date phrase, an anchor day and a tense -> a day or an interval, with its basis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.models import DateResolution


@dataclass(frozen=True)
class Anchor:
    """The day relative dates resolve against; precision says whether only a month or year is known."""

    start: date | None  # first day the anchor could be
    end: date | None  # last day the anchor could be (== start for a full date)
    precision: str | None  # day | month | year | None (unknown)
    source: str | None  # as_of | published | None
    raw: str = ""

    @classmethod
    def from_value(cls, value: str | None, source: str | None) -> "Anchor":
        """An anchor from a YYYY-MM-DD, YYYY-MM, YYYY or empty string."""
        raise NotImplementedError


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in text: its offsets (into the text searched) and its phrase."""

    start: int
    end: int
    phrase: str
    kind: str  # absolute | relative | anaphoric | vague


def resolve(mention: DateMention, anchor: Anchor, tense: str,
            previous: tuple[str, DateResolution] | None = None) -> DateResolution:
    """Resolve one mention against an anchor, a tense (past|present|future), and the previous dated event."""
    raise NotImplementedError
