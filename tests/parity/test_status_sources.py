"""Status cases that turn on the sources rather than the claims: a later source dated by month only,
and which links carry a claim to make an echo (fresh stories)."""

from __future__ import annotations

from parity.claims import claim_facts
from parity.models import ClaimLink, Relation
from parity.status import derive_status, written_from, written_later
from tests.parity.helpers import event, record

WIRE = record("w1", "Lagos Wire", "2021-09-09")
MONTHLY = record("m1", "Gulf of Guinea Review", "", published="2021-09")


def test_a_month_dated_source_reporting_an_act_after_the_plan_was_told_is_written_later():
    plan = event("w1", "Admiral Okafor will tour the naval base at Calabar this weekend, his office said.", "other",
                 actor="Nigeria", day=("2021-09-11", "2021-09-12"), modality="planned",
                 summary="Admiral Okafor will tour the naval base at Calabar")
    done = event("m1", "Admiral Okafor toured the naval base at Calabar on September 14 and 15.", "other",
                 actor="Nigeria", day=("2021-09-14", "2021-09-15"), summary="Admiral Okafor toured the naval base at Calabar")
    here, there = claim_facts(plan, 0, WIRE, {}), claim_facts(done, 1, MONTHLY, {})
    assert there.written[0].isoformat() == "2021-09-01"  # the month alone says nothing of order
    assert written_from(there).isoformat() == "2021-09-14"  # the tour it reports had begun by then
    assert written_later(here, there) and not written_later(there, here)
    link = ClaimLink(event=done.id, excerpt="m1", relation=Relation.same_topic, agrees=True, independent=True)
    assert derive_status(here, [(link, there)]).value == "later_development"


def test_a_month_dated_source_only_planning_an_act_is_not_known_to_be_later():
    plan = event("w1", "Admiral Okafor will tour the naval base at Calabar this weekend.", "other",
                 actor="Nigeria", day=("2021-09-11", "2021-09-12"), modality="planned")
    other_plan = event("m1", "Admiral Okafor is to visit Calabar on September 20.", "other", actor="Nigeria",
                       day="2021-09-20", modality="planned")
    here, there = claim_facts(plan, 0, WIRE, {}), claim_facts(other_plan, 1, MONTHLY, {})
    assert written_from(there).isoformat() == "2021-09-01"  # a plan may be told before its day
    assert not written_later(here, there)


def _facts(ev, rec, n=0):
    return claim_facts(ev, n, rec, {})


def _link(ev, relation, independent):
    return ClaimLink(event=ev.id, excerpt=ev.excerpt, relation=Relation(relation), agrees=True,
                     independent=independent)


def test_a_same_topic_link_to_a_copy_carries_nothing():
    here_ev = event("w1", "Gunboats fired on a fishing trawler near Bakassi in 1994.", "other", actor="Cameroon",
                    day=("1994-01-01", "1994-12-31"))
    copy_ev = event("w2", "Gunboats fired on a trawler near Bakassi on Tuesday.", "other", actor="Cameroon",
                    day="2021-09-07")
    copy = record("w2", "Lagos Wire", "2021-09-09")  # the same day: no later development either
    here = _facts(here_ev, WIRE)
    assert derive_status(here, [(_link(copy_ev, "same_topic", False), _facts(copy_ev, copy, 1))]).value == \
        "single_source"
    assert derive_status(here, [(_link(copy_ev, "same_event", False), _facts(copy_ev, copy, 1))]).value == "echo"


def test_a_claim_only_copies_carry_is_an_echo_beside_an_earlier_sources_claim_on_its_subject():
    here_ev = event("w1", "The navy seized the tanker off Bonny Island on Tuesday.", "other", actor="Nigeria",
                    day="2021-09-07")
    copy_ev = event("w2", "The navy seized the tanker off Bonny Island on Tuesday.", "other", actor="Nigeria",
                    day="2021-09-07")
    earlier_ev = event("e0", "The navy had tracked the tanker for a week.", "other", actor="Nigeria",
                       day=("2021-08-30", "2021-09-05"))
    copy, earlier = record("w2", "Lagos Wire", "2021-09-10"), record("e0", "Delta Times", "2021-09-06")
    links = [(_link(copy_ev, "same_event", False), _facts(copy_ev, copy, 1)),
             (_link(earlier_ev, "same_topic", True), _facts(earlier_ev, earlier, 2))]
    # The earlier source tells of the subject, not of the seizure: one witness carries the seizure.
    assert derive_status(_facts(here_ev, WIRE), links).value == "echo"
