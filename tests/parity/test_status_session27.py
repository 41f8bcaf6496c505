"""Session 27 (pstatus27): claim statuses on unseen text, read on heldout22 (declassified this session) and heldout18.

heldout22's wrong statuses by cause, main 94147ff, `parity.evaluate --eval tests/data/heldout22 -v --why` end to end /
with --oracle (229 gold statuses: 131 / 162 right):

    cause (gold -> got)                                                 e2e / oracle
    event not extracted (any status)                                     43 / -
    the gold's counterpart not extracted                                 17 / -
    conflicting, the differing link not found (-> single_source, echo)   13 / 32
    corroborated or later_development, no link found                     15 / 19
    a link the gold lacks or of another relation                          6 / 10
      of which a denial of complicity read as the act's denial            1 / 1
      ("denies that it let the planes refuel ... with its knowledge" / "the planes stopped at Nairobi to refuel")
    a count unseen on a link found                                        2 / 3
      of which a count in compound number words ("Thirty-five" / "Twenty")  - / 3
    only a copy's link found (-> echo)                                    2 / 2
    a plan's deed done early, not read as later (-> single_source)        - / 1

heldout18 (the lowest oracle status with gold events, 56%), 141 gold statuses, e2e / oracle wrong 77 / 62:

    cause (gold -> got)                                                 e2e / oracle
    event not extracted, or the gold's counterpart not                   38 / -
    conflicting, the differing link not found                            11 / 28
    a difference unseen on a link found                                   4 / 5
      ("met in Barbados" / "met in Castries": no place read for a town the gazetteer lacks, 2; "France responded by
      sending two boats" / "They are not there in answer to the British vessels", a motive denied, 3)
    corroborated or later_development, no link found                     14 / 13
    a false same_event link (a copy's claim to another act of the day)    3 / 8
    found as same_topic                                                   1 / 3
    only a copy's link found (-> echo)                                    4 / 4
    other (a later source's meeting not linked, a link the gold lacks)    2 / 1

As in sessions 24-26, nearly every row is a link missed, a link the gold lacks or an event not extracted: passed to
plink27 (requests-plink27.md) with these counts. What belongs to statuses here: the rule read a plan's deed told in a
later source as no later development when it came before the day or week set for it ("will take over from 1st Battalion"
next week / "are coming ashore to take over" two days before): the deed still follows the plan's telling
(`status.done_early`). dev27-status (gold written first): e2e 68% -> 82%, oracle 61% -> 68% with it; heldout22 oracle
162 -> 163; no other open set moved. Fresh sentences below: invented visits and meetings, no text of a held-out set.
"""

from __future__ import annotations

import pytest

from parity.claims import claim_facts
from parity.models import ClaimLink, Relation
from parity.status import derive_status, done_early, written_later
from tests.parity.helpers import event, record

PLAN_TOLD = record("p1", "Agencia Andina", "2048-04-08")  # a Wednesday
DEED_TOLD = record("d1", "El Comercio", "2048-04-16")


def _plan(modality: str = "planned", day: tuple[str, str] = ("2048-04-13", "2048-04-19")):
    ev = event("p1", "Peru's foreign minister will fly to La Paz next week for talks on the lake, her office said.",
               "meeting", actor="Rosa Quispe", day=day, modality=modality,
               summary="Rosa Quispe will fly to La Paz next week for talks on the lake")
    return claim_facts(ev, 0, PLAN_TOLD, {})


def _deed(day: str, rec=DEED_TOLD):
    ev = event(rec.id, f"Peru's foreign minister Rosa Quispe arrived in La Paz for talks on the lake ({day}).", "meeting",
               actor="Rosa Quispe", day=day, summary="Rosa Quispe arrived in La Paz for talks on the lake")
    return claim_facts(ev, 1, rec, {})


def _topic(there) -> list[tuple[ClaimLink, object]]:
    return [(ClaimLink(event=there.event.id, excerpt=there.excerpt, relation=Relation.same_topic, agrees=True,
                       independent=True), there)]


@pytest.mark.parametrize(("deed_day", "status"), [
    ("2048-04-11", "later_development"),  # Saturday: two days before the planned week, three after the plan was told
    ("2048-04-09", "later_development"),  # the day after the plan was told
    ("2048-04-15", "later_development"),  # within the planned week (the old rule too)
    ("2048-04-08", "single_source"),  # the plan's own day of writing: the deed may have come before its telling
    ("2048-04-02", "single_source"),  # before the plan was told: what went before it, not what it came to
])
def test_a_plans_deed_done_early_is_a_later_development(deed_day, status):
    """Old code: a deed dated before the plan's first day was no later development, however long after the plan was
    told ("will fly to La Paz next week" / "arrived in La Paz on Saturday": single_source)."""
    here, there = _plan(), _deed(deed_day)
    assert derive_status(here, _topic(there)).value == status


def test_only_a_plan_told_ahead_is_followed_early():
    """A condition is no plan told ahead ("would fly to La Paz if ..."), and a deed told first follows nothing."""
    assert not done_early(_plan("conditional"), _deed("2048-04-11"))
    assert done_early(_plan("expected"), _deed("2048-04-11"))
    deed, plan = _deed("2048-04-11"), _plan()
    assert not written_later(deed, plan) and not done_early(deed, plan)


def test_a_deed_in_a_source_written_before_the_plans_is_never_later():
    """The source order comes first: a deed told in an earlier source is no development of a later plan."""
    early = record("d0", "La Razon", "2048-04-07")
    assert derive_status(_plan(), _topic(_deed("2048-04-06", early))).value == "single_source"
