"""A claim's counterpart in a copy of its origin lends it its independent links (status.through_copies): the
copies are one telling, so a second source's word on one is on all of them."""

from __future__ import annotations

import pytest

from parity.claims import claim_facts
from parity.models import Relation, Status
from parity.score import Scored
from parity.status import derive_status, through_copies
from tests.parity.helpers import event, record


def _scored(relation="same_event", agrees=True):
    return Scored(Relation(relation), 0.9, (), agrees)


@pytest.mark.parametrize("copy_links, want", [
    ([(2, _scored(), True, False)], Status.corroborated),
    ([(2, _scored(agrees=False), True, False)], Status.conflicting),
    ([(2, _scored("same_topic", agrees=False), True, False)], Status.conflicting),
    ([(2, _scored(), True, False), (3, _scored(agrees=False), True, False)], Status.conflicting),
    ([(2, _scored("same_topic"), True, False)], None),  # a later subject of the copy's is not this claim's
    ([(2, _scored(), False, False)], None),  # the copy's other copy is no second witness
    ([], None),
])
def test_a_copys_independent_links_tell_of_its_counterpart(copy_links, want):
    links = {0: [(1, _scored(), False, False)], 1: [(0, _scored(), False, True), *copy_links]}
    assert through_copies(links, {0: [1], 1: [0]}).get(0) == want


def test_only_counterparts_in_copies_lend_links():
    links = {0: [(1, _scored(), False, False)], 1: [(0, _scored(), False, True), (2, _scored(), True, False)]}
    assert through_copies(links, {}) == {}


def test_what_a_copy_lends_comes_before_the_claims_own_links():
    rec = record("a", "Wire", "2024-03-06")
    here = claim_facts(event("a", "Four sailors were hurt when the ship fired water cannon on Tuesday.", "other",
                             actor="China", day="2024-03-05"), 0, rec, {})
    assert derive_status(here, [], False, Status.conflicting) == Status.conflicting
    assert derive_status(here, [], True, Status.corroborated) == Status.corroborated
    assert derive_status(here, [], True) == Status.echo
