"""One known actor's only act of a kind on a day in each of two sources: one event, however each source words it.

Session 19 (plink19). Two sources telling one actor's move, test, meeting or sanction of one day often share no
word of their summaries ("had steamed north from its home port" / "a squadron of 12 warships was at sea off the
cape"; "will impose curbs on the neighbour's firms" / "would answer with steps of its own"). Words cannot tell
them; the record can: when neither source tells another act of that actor and kind on days that could be the
other's, each is the other's only possible counterpart. `score.same_event_miss` then waives its word and anchor
tests (never its refusals of two acts: other heads, targets, ships or moves apart, modality).

Not statements (a speaker says many things a day), nor "other" (the kind of every act no kind names: a seizure and
the fire drawn by the planes sent after it are one actor's two "other" acts of a day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from parity.acts import ACT_GAP_DAYS, day_gap
from parity.claims import ClaimFacts, same_actor

# Kinds of act one actor does once in a news day as a rule: a voyage, a deployment, a test, a meeting, a set of
# sanctions. Not drills (a drill's day holds many acts: "began its largest exercises" / "conducted live-fire shooting"),
# statements or "other" acts (many a day).
SOLE_KINDS = frozenset({"ship_movement", "deployment", "missile_test", "nuclear_test", "meeting", "sanction"})
SOLE_GAP_DAYS = ACT_GAP_DAYS  # days apart two sources may tell one act (a day's shift across time zones)
# Kinds whose acts are given their rivals: the sole kinds, and "other" (session 26): a day's several measures of one
# doer ("renounced its treaty", "ordered the advisers out", "cut its embassy's staff") are each a rival of the others
# (rival_acts), though an "other" act never counts as its actor's sole act of the day.
RIVAL_KINDS = SOLE_KINDS | {"other"}

Day = tuple[date, date] | None


def with_rivals(claims: Sequence[ClaimFacts]) -> list[ClaimFacts]:
    """Each act of a RIVAL_KINDS kind with a known actor, given the days of the other acts of its kind and actor in its
    excerpt (its rivals: any of them could be another source's counterpart)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        if c.kind in RIVAL_KINDS and c.actor is not None:
            groups.setdefault((c.excerpt, c.kind), []).append(i)
    out = list(claims)
    none: tuple[Day, ...] = ()
    for members in groups.values():
        for i in members:
            c = claims[i]
            days = tuple(claims[j].day for j in members if j != i and same_actor(claims[j].actor, c.actor))
            out[i] = replace(c, rivals=days or none)
    return out


def _may_be(rival: Day, day: Day) -> bool:
    """A rival act could be the act of that day: undated, or on days at most SOLE_GAP_DAYS from it."""
    gap = day_gap(rival, day)
    return gap is None or gap <= SOLE_GAP_DAYS


def sole_counterparts(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's acts of one SOLE_KINDS kind in two sources, on days at most SOLE_GAP_DAYS apart, neither
    source telling another act of that actor and kind that could be the other's: each other's only counterpart."""
    if a.rivals is None or b.rivals is None or a.kind != b.kind or a.excerpt == b.excerpt or a.kind not in SOLE_KINDS:
        return False
    if not same_actor(a.actor, b.actor):
        return False
    gap = day_gap(a.day, b.day)
    if gap is None or gap > SOLE_GAP_DAYS:
        return False
    return not any(_may_be(r, b.day) for r in a.rivals) and not any(_may_be(r, a.day) for r in b.rivals)


def rival_acts(a: ClaimFacts, b: ClaimFacts) -> bool:
    """One known actor's acts of one kind in two sources, on one day or with one undated, and either source telling
    another act of that actor and kind that could be the other's (session 26): the actor and the day then point at
    several acts, not at one; only what the acts were done to, their heads or their words can tell which is which."""
    if a.rivals is None or b.rivals is None or a.kind != b.kind or a.excerpt == b.excerpt:
        return False
    if not same_actor(a.actor, b.actor):
        return False
    gap = day_gap(a.day, b.day)
    if gap is not None and gap > 0:
        return False
    return any(_may_be(r, b.day) for r in a.rivals) or any(_may_be(r, a.day) for r in b.rivals)
