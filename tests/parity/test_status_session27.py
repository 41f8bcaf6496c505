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

from parity import lexicon
from parity.claims import claim_facts
from parity.models import ClaimLink, Relation
from parity.score import count_difference, denies_casualties
from parity.stance import stances_in
from parity.status import derive_status, done_early, written_later
from tests.parity.helpers import claims_for, event, record

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


# Counts in compound number words and counts of one party beside another's forces (session 27). heldout22: "Twenty
# Ugandan soldiers were killed" / "Thirty-five Ugandan soldiers were killed" agreed (no count read in "Thirty-five");
# heldout15: "some 4,000 Ethiopian troops and forces of the transitional government" / "up to 15,000 Ethiopian
# soldiers" agreed (the 4,000 read as a total of two kinds). Oracle: heldout22 163 -> 165, heldout15 78 -> 81 of 93;
# dev27-status e2e 82% -> 93%.

@pytest.mark.parametrize(("text", "expect"), [
    ("The gunboats fired on the post, killing twenty-three Guatemalan soldiers.", [("23", "twenty-three Guatemalan soldiers")]),
    ("Thirty-one fishermen were detained off Belize.", [("31", "Thirty-one fishermen")]),
    ("The navy held ninety-nine sailors.", [("99", "ninety-nine sailors")]),
    ("Twenty sailors were held.", [("20", "Twenty sailors")]),  # a plain tens word as before
    # Guards: an ordinal compound, a compound inside a longer hyphenated word, a tens word with no unit.
    ("It was the twenty-first incident this year.", []),
    ("The crews took part in a forty-five-minute drill.", []),
    ("The twenty-odd boats left at dawn.", []),
])
def test_a_count_in_compound_number_words_is_read(text, expect):
    """Old code: "twenty-three", "Thirty-one" were no count (words.toml [numbers] has no compounds, and a word joined by
    "-" was refused)."""
    assert [(value, shown) for value, _, shown in lexicon.counts_in(text)] == expect


def _act(excerpt: str, text: str, count: str):
    recs = {"a": record("a", "Prensa Libre", "2049-02-02"), "b": record("b", "Amandala", "2049-02-02")}
    ev = event(excerpt, text, "other", actor="Guatemala", day="2049-02-01", count=count)
    return claim_facts(ev, 0, recs[excerpt], {})


@pytest.mark.parametrize(("a", "b", "differs"), [
    (("Two gunboats fired on the Sarstoon post on Monday, killing twenty-three Belizean soldiers.", "twenty-three"),
     ("Gunboats struck the Sarstoon post on Monday, killing thirty-one Belizean soldiers and wounding 12 civilians.",
      "thirty-one"), True),
    (("Guatemalan sailors detained forty-two Belizean fishermen on Monday.", "forty-two"),
     ("Guatemalan sailors detained about forty Belizean fishermen on Monday.", "about forty"), False),  # one figure
    (("Some 2,000 Guatemalan troops and units of the national police crossed the river on Monday.", "2,000"),
     ("Up to 6,000 Guatemalan soldiers crossed the river on Monday.", "6,000"), True),
    # Guard: a total of two kinds and one of its parts stay apart ("300 boats and canoes" / "170 boats").
    (("Guatemala seized 300 boats and canoes on the river on Monday.", "300"),
     ("Guatemala seized 170 boats on the river on Monday.", "170"), False),
])
def test_counts_told_otherwise_differ(a, b, differs):
    """Old code: no difference in the first and third rows (no count read in "twenty-three" or "thirty-one", so the
    gunboats and the civilians were the only counts compared; "2,000 troops and units of the national police" read as a
    total of two kinds, never compared with the soldiers)."""
    got = count_difference(_act("a", *a), _act("b", *b), own=True)
    assert (got is not None) == differs


@pytest.mark.parametrize(("denial", "toll", "denies"), [
    ("No civilians were killed in Thursday's strikes on the Sarstoon camp.",
     "Twelve soldiers were killed in the strikes on the Sarstoon camp on Thursday.", False),
    ("No civilians were killed in Thursday's strikes on the Sarstoon camp.",
     "14 soldiers were killed in the strikes on the Sarstoon camp on Thursday.", False),
    # Guards: the same people denied and counted; people of no kind named on one side.
    ("No soldiers were killed in Thursday's strikes on the Sarstoon camp.",
     "14 soldiers were killed in the strikes on the Sarstoon camp on Thursday.", True),
    ("No one was killed in Thursday's strikes on the Sarstoon camp.",
     "14 soldiers were killed in the strikes on the Sarstoon camp on Thursday.", True),
])
def test_people_of_one_kind_denied_are_no_denial_of_another_kinds_toll(denial, toll, denies):
    """Old code: "No civilians were killed" denied "14 soldiers were killed" (a shared word, the camp, was enough); with
    compound number words read, "Eighty-nine soldiers" met the same fate."""
    recs = [record("a", "Amandala", "2049-02-04"), record("b", "Prensa Libre", "2049-02-04")]
    a = event("a", denial, "other", day="2049-02-02", modality="denied", polarity="negative",
              summary=denial.split(" in ")[0])
    b = event("b", toll, "other", day="2049-02-02", summary=toll.split(" in ")[0])
    (fa, fb), _ = claims_for(recs, [a, b])
    assert denies_casualties(fa, fb) == denies


@pytest.mark.parametrize(("text", "expect"), [
    # A leader or government no longer in power stands for no state: backing him is no support of the state.
    ("Nigeria threw its weight behind Niger's ousted president.", set()),
    ("Senegal backed the deposed government of Guinea-Bissau.", set()),
    ("Oman backed the exiled Yemeni president.", set()),
    # Guards: the state itself, its sitting president, a blame told beside the deposed leader.
    ("Nigeria backed Niger.", {("Nigeria", "support", "Niger")}),
    ("France backed Niger's president.", {("France", "support", "Niger")}),
    ("Nigeria condemned Niger over the ousted president.", {("Nigeria", "blame", "Niger")}),
])
def test_a_deposed_leader_is_no_target_for_his_state(text, expect):
    """Old code: "backed Niger's ousted president" was support of Niger (stance_cases_new.toml's row, wrong since it
    was written): the junta now rules Niger, and backing the man it ousted is a side taken against it."""
    assert {("+".join(s.sides), s.stance, s.target) for s in stances_in(text, ())} == expect
