"""same_topic links as the page shows them: which source told of a subject first, and when each was written.

A later_development status sits on the earlier claim only (record-format.md); the later claim of the pair is
"only here" when no other source tells that event. The page says on it which sources told of the subject
before ("earlier on this topic: <outlet>, <day>"), and lists same_topic links apart from same_event ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from excerpt.models import Excerpt
from page import wording
from parity.claims import written_on
from parity.models import Claim, ClaimLink, Relation

EARLIER = "earlier"
LATER = "later"
# A matrix cell of a source that tells of a row's subject at another time, not of its event.
TOPIC_STATE = "same_topic"
# Worded apart from the "later" of a later_development cell: relative to the row's claim that links it.
TOPIC_CELL_WORDS: dict[str, str] = {EARLIER: "on topic, earlier", LATER: "on topic, later", "": "on topic"}
TOPIC_MEANING = ("the source tells of this subject at another time, earlier or later (a plan and what came of it, "
                 "what followed), not of this event")


class Written:
    """When each source was written (as_of, else published: as parity's status rule reads it), and labels of it."""

    def __init__(self, excerpts: Iterable[Excerpt]) -> None:
        self._spans: dict[str, tuple[date, date] | None] = {x.id: written_on(x.as_of, x.published) for x in excerpts}
        self._labels: dict[str, str] = {}

    def order(self, here: str, there: str) -> str:
        """EARLIER when there's source was written before here's began, LATER when after it ended, else ""."""
        a, b = self._spans.get(here), self._spans.get(there)
        if a is None or b is None:
            return ""
        if b[1] < a[0]:
            return EARLIER
        if b[0] > a[1]:
            return LATER
        return ""

    def label(self, excerpt_id: str) -> str:
        """The day (or month, or year) a source was written, as an editor writes it; "" when unknown."""
        found = self._labels.get(excerpt_id)
        if found is None:
            span = self._spans.get(excerpt_id)
            if span is None:
                found = ""
            elif span[0] == span[1]:
                found = wording.day_label(span[0], False)
            else:
                found = wording.span_label(*span).removeprefix("sometime in ")
            self._labels[excerpt_id] = found
        return found


def topic_links(claim: Claim) -> Iterator[ClaimLink]:
    """The claim's same_topic links."""
    same_topic = Relation.same_topic
    return (lk for lk in claim.links if lk.relation == same_topic)


def earlier_links(claim: Claim, written: Written) -> list[ClaimLink]:
    """The claim's same_topic links to sources written before its own, one per source, in link order."""
    seen: set[str] = set()
    out = []
    for lk in topic_links(claim):
        if lk.excerpt not in seen and written.order(claim.excerpt, lk.excerpt) == EARLIER:
            seen.add(lk.excerpt)
            out.append(lk)
    return out


def topic_lines(claim: Claim, written: Written) -> list[ClaimLink]:
    """The agreeing same_topic links a claims list spells out: earlier sources first, then by source."""
    rank = {EARLIER: 0, LATER: 1, "": 2}
    return sorted((lk for lk in topic_links(claim) if lk.agrees),
                  key=lambda lk: (rank[written.order(claim.excerpt, lk.excerpt)], lk.excerpt, lk.event))


def topic_cells(claims: Sequence[Claim | None], present: Iterable[str], written: Written
                ) -> dict[str, tuple[str, str]]:
    """Per source not in a matrix row, the first event it links to the row's claims on the same topic and
    whether it was written before or after the claim that links it: excerpt -> (event, order)."""
    out: dict[str, tuple[str, str]] = {}
    skip = set(present)
    for claim in claims:
        if claim is None:
            continue
        for lk in topic_links(claim):
            if lk.excerpt not in skip and lk.excerpt not in out:
                out[lk.excerpt] = (lk.event, written.order(claim.excerpt, lk.excerpt))
    return out
