"""One trip's arrival and departure are one subject at two times (the lead's gold decision)."""

from __future__ import annotations

from parity.build import build_parity
from parity.models import Relation
from tests.parity.helpers import event, record, timeline

RECS = [record("t1", "Saigon Wire", "2018-03-06"), record("t2", "Pacific Ledger", "2018-03-10")]


def _links(events):
    parity = build_parity(timeline(RECS, events), None, {e.excerpt: e.evidence.exact for e in events})
    return {frozenset({c.event, link.event}): link for c in parity.claims for link in c.links}


def test_a_carriers_arrival_and_its_departure_are_same_topic_and_agree():
    came = event("t1", "The USS Carl Vinson docked in Da Nang on Monday, the first such visit since the war.",
                 "ship_movement", actor="United States", day="2018-03-05", place="Da Nang",
                 summary="USS Carl Vinson docked in Da Nang")
    went = event("t2", "The aircraft carrier left Da Nang on Friday after a five-day port call.",
                 "ship_movement", actor="United States", day="2018-03-09", place="Da Nang",
                 summary="aircraft carrier left Da Nang")
    link = _links([came, went])[frozenset({came.id, went.id})]
    assert link.relation == Relation.same_topic and link.agrees


def test_a_departure_before_the_arrival_or_from_another_port_is_no_trip():
    came = event("t1", "The USS Carl Vinson docked in Da Nang on Monday.", "ship_movement",
                 actor="United States", day="2018-03-05", place="Da Nang", summary="USS Carl Vinson docked in Da Nang")
    before = event("t2", "The carrier group left Guam in February.", "ship_movement", actor="United States",
                   day=("2018-02-01", "2018-02-28"), place="Guam", summary="carrier group left Guam")
    assert frozenset({came.id, before.id}) not in _links([came, before])
