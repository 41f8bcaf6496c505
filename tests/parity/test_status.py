"""The one status rule, case by case, including which rule wins when several apply."""

from __future__ import annotations

from datetime import date

import pytest

from parity.build import build_parity
from parity.claims import claim_facts
from parity.models import ClaimLink, Relation
from parity.status import derive_status, written_later
from tests.parity.helpers import event, record, timeline

EARLY = record("e1", "Morning Post", "2018-06-01")
LATE = record("e2", "Evening Star", "2018-06-20")


def _facts(rec, day="2018-05-31"):
    ev = event(rec.id, f"Claim in {rec.id} about the summit in Singapore.", actor="Kim Jong Un", day=day)
    return claim_facts(ev, 0, rec, {})


def _link(relation="same_event", agrees=True, independent=True, excerpt="e2"):
    return ClaimLink(event=f"{excerpt}-000000", excerpt=excerpt, relation=Relation(relation), agrees=agrees,
                     independent=independent)


@pytest.mark.parametrize("links, status", [
    ([], "single_source"),
    ([("same_event", True, True)], "corroborated"),
    ([("same_event", True, False)], "echo"),
    ([("same_event", True, False), ("same_event", True, True)], "corroborated"),
    ([("same_event", True, True), ("same_event", False, True)], "conflicting"),
    ([("same_topic", False, True)], "conflicting"),
    ([("same_topic", True, True)], "later_development"),
    ([("same_topic", True, True), ("same_event", True, False)], "later_development"),
    ([("same_event", False, False)], "echo"),  # a copy that disagrees is a copying slip
    ([("same_event", False, False), ("same_event", True, True)], "corroborated"),
])
def test_status_rule(links, status):
    here, there = _facts(EARLY), _facts(LATE, day="2018-06-12")
    pairs = [(_link(r, a, i), there) for r, a, i in links]
    assert derive_status(here, pairs).value == status


def test_a_same_topic_link_to_an_earlier_source_is_not_a_later_development():
    here, there = _facts(LATE), _facts(EARLY)
    assert derive_status(here, [(_link("same_topic", excerpt="e1"), there)]).value == "single_source"


def test_written_later_needs_a_later_source_and_a_claim_not_dated_before():
    assert written_later(_facts(EARLY), _facts(LATE, day="2018-06-12"))
    assert not written_later(_facts(EARLY), _facts(LATE, day="2018-01-02"))
    assert not written_later(_facts(EARLY), _facts(record("e3", "Same Day", "2018-06-01")))
    month = record("e4", "Monthly", "", published="2018-06")
    assert _facts(month).written == (date(2018, 6, 1), date(2018, 6, 30))
    assert not written_later(_facts(month), _facts(LATE))  # June 20 is not after all of June


def test_no_link_but_a_copy_carrying_the_sentence_is_an_echo():
    here = _facts(EARLY)
    assert derive_status(here, [], echoed=True).value == "echo"
    assert derive_status(here, [(_link("same_event", True, True), _facts(LATE))], echoed=True).value == "corroborated"


def test_a_copy_whose_event_was_read_as_another_kind_still_makes_an_echo():
    text = "Turkish warships escorted the survey ship Oruc Reis south of Kastellorizo on Monday, the ministry said."
    recs = [record("c1", "Reuters", "2020-08-11"), record("c2", "Reuters", "2020-08-12")]
    act = event("c1", text, "ship_movement", actor="Turkey", day="2020-08-10",
                summary="escorted the survey ship Oruc Reis south of Kastellorizo")
    said = event("c2", text, actor="Turkey", role="ministry", day="2020-08-10", summary="the ministry said")
    parity = build_parity(timeline(recs, [act, said]), None, {"c1": text, "c2": text})
    assert {c.event: c.status.value for c in parity.claims}[act.id] == "echo"
