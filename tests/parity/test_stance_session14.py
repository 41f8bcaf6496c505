"""Session 14 (stance14): two sides' opposing claims of sovereignty over one place, fresh sentences of other crises.

A place told to be one state's ("the reef belongs to China") and another's ("the shoal is Philippine territory"), or
one owner asserted and denied, is one subject told two ways: a same_topic link whose stance differs. The same owner
told twice, or a people's nationality ("the sailors were Iranian"), is no such claim.
"""

from __future__ import annotations

import pytest

from parity.blocking import build_index, candidate_pairs
from parity.models import Relation
from parity.stance import SOVEREIGNTY, stances_in
from tests.parity.helpers import claims_for, event, record, scored

RECORDS = [record("a", "Outlet A", "2031-03-04"), record("b", "Outlet B", "2031-03-05")]

# (sentence, owner read, polarity): each must read as one claim of sovereignty.
READ = [
    ("The reef belongs to China, the foreign ministry spokesman said.", "China", "positive"),
    ('"The shoal is Philippine territory and will remain so," the defence secretary said.', "Philippines", "positive"),
    ("Buenos Aires insists the islands are Argentine.", "Argentina", "positive"),
    ("The Falklands are British, the prime minister told parliament.", "UK", "positive"),
    ("Seoul said the islets are clearly South Korean territory under international law.", "South Korea", "positive"),
    ("Tokyo said the islets were not South Korean territory.", "South Korea", "negative"),
    ("The enclave has always been Armenian, the envoy said.", "Armenia", "positive"),
    ("Rabat said the region is an integral part of Morocco.", "Morocco", "positive"),
]

# Sentences that claim no place for any state.
NOT_READ = [
    "The sailors were Iranian, officials said.",
    "The president is French.",
    "The ship was Panamanian-flagged, the coast guard said.",
    "The talks are British-led, a diplomat said.",
    "They were Chinese, the police said.",
    "The islands are disputed, the ministry said.",
]


@pytest.mark.parametrize(("text", "owner", "polarity"), READ, ids=[r[0][:40] for r in READ])
def test_a_claim_of_sovereignty_is_read(text: str, owner: str, polarity: str) -> None:
    found = [s for s in stances_in(text) if s.stance == SOVEREIGNTY]
    assert [(s.target, s.polarity) for s in found] == [(owner, polarity)]


@pytest.mark.parametrize("text", NOT_READ, ids=[t[:40] for t in NOT_READ])
def test_no_claim_of_sovereignty(text: str) -> None:
    assert not [s for s in stances_in(text) if s.stance == SOVEREIGNTY]


# (a, actor a, b, actor b): two sources, two sides, opposing claims on one place: must link, stance differs.
OPPOSING = [
    ('"The reef belongs to China," the spokeswoman Hua Ying told reporters in Beijing.', "Hua Ying",
     "The shoal is Philippine territory, the defence secretary Carlo Reyes said on Tuesday.", "Carlo Reyes"),
    ("Buenos Aires insists the islands are Argentine, the foreign minister said.", "Argentine foreign minister",
     '"The Falklands are British and will remain British," the prime minister told parliament.', "British prime minister"),
    ("Tokyo said the islets were Japanese territory.", "Japan",
     "Seoul said the islets are South Korean territory and summoned the envoy.", "South Korea"),
    ("The enclave has always been Armenian, the envoy said.", "Armenian envoy",
     "The enclave is not Armenian, the ministry in Baku said.", "Azerbaijan"),
]

# Pairs that must not link by this rule: the same owner told twice (agreeing), or no claim of a place.
NOT_OPPOSING = [
    ("Tokyo said the islets were Japanese territory.", "Japan",
     "The islets are Japanese, the chief cabinet secretary said.", "Japanese chief cabinet secretary"),
    ("The sailors were Iranian, officials said.", "officials",
     "The islets are Japanese, the chief cabinet secretary said.", "Japanese chief cabinet secretary"),
]


def _pair(a: str, actor_a: str, b: str, actor_b: str):
    return (event("a", a, actor=actor_a, day="2031-03-03"), event("b", b, actor=actor_b, day="2031-03-04"))


@pytest.mark.parametrize(("a", "actor_a", "b", "actor_b"), OPPOSING, ids=[r[0][:30] for r in OPPOSING])
def test_opposing_claims_link_with_a_stance_difference(a: str, actor_a: str, b: str, actor_b: str) -> None:
    ea, eb = _pair(a, actor_a, b, actor_b)
    got = scored(RECORDS, ea, eb)
    assert got is not None and got.relation == Relation.same_topic
    assert any(d.attribute == "stance" for d in got.differences)
    assert not got.agrees


@pytest.mark.parametrize(("a", "actor_a", "b", "actor_b"), OPPOSING, ids=[r[0][:30] for r in OPPOSING])
def test_opposing_claims_are_candidates(a: str, actor_a: str, b: str, actor_b: str) -> None:
    # Two owners are two stance keys: the claims must still meet in blocking.
    ea, eb = _pair(a, actor_a, b, actor_b)
    _, claims = claims_for(RECORDS, [ea, eb])
    assert candidate_pairs(claims, build_index(claims)) == [(0, 1)]


@pytest.mark.parametrize(("a", "actor_a", "b", "actor_b"), NOT_OPPOSING, ids=[r[0][:30] for r in NOT_OPPOSING])
def test_no_stance_difference_without_opposing_claims(a: str, actor_a: str, b: str, actor_b: str) -> None:
    ea, eb = _pair(a, actor_a, b, actor_b)
    got = scored(RECORDS, ea, eb)
    assert got is None or not any(d.attribute == "stance" for d in got.differences)


# What a thing is told to be, asserted by one side and denied by the other (session 14, the second shape).
CHARACTERISED = [
    ("The minister said the tariffs were not a reprisal but a routine review of trade rules.", "retaliation:tariffs",
     "negative"),
    ('The president said the tariffs were "clearly an act of retaliation" for the court ruling.', "retaliation:tariffs",
     "positive"),
    ("The opposition leader said the referendum was a sham.", "legitimate:referendum", "negative"),
    ("Observers said the referendum was free and fair.", "legitimate:referendum", "positive"),
    ("The spokesman said the sanctions aren't a punishment.", "retaliation:sanctions", "negative"),
]


@pytest.mark.parametrize(("text", "target", "polarity"), CHARACTERISED, ids=[r[0][:40] for r in CHARACTERISED])
def test_a_characterisation_is_read(text: str, target: str, polarity: str) -> None:
    from parity.stance import CHARACTERISATION

    found = [s for s in stances_in(text) if s.stance == CHARACTERISATION]
    assert [(s.target, s.polarity) for s in found] == [(target, polarity)]


CHARACTERISED_PAIRS = [
    # must link, stance differs: one concept on one thing, asserted and denied
    ("The trade minister Aiko Mori said the tariffs were not a reprisal but a routine review.", "Aiko Mori",
     'President Daniel Park said the tariffs were "clearly an act of retaliation" and urged their withdrawal.',
     "Daniel Park", True),
    ("The opposition leader Ilse Varga said the referendum was a sham.", "Ilse Varga",
     "The electoral commission chief Tomas Bauer said the referendum was legitimate.", "Tomas Bauer", True),
    # must not differ: one concept told alike; or two things
    ("The opposition leader Ilse Varga said the referendum was a sham.", "Ilse Varga",
     "The rights group head Petra Lind said the referendum was a farce.", "Petra Lind", False),
    ("The trade minister Aiko Mori said the tariffs were not a reprisal.", "Aiko Mori",
     "President Daniel Park said the sanctions were a reprisal.", "Daniel Park", False),
]


@pytest.mark.parametrize(("a", "actor_a", "b", "actor_b", "differs"), CHARACTERISED_PAIRS,
                         ids=[f"{r[0][:25]}~{r[2][:25]}" for r in CHARACTERISED_PAIRS])
def test_opposing_characterisations(a: str, actor_a: str, b: str, actor_b: str, differs: bool) -> None:
    ea, eb = _pair(a, actor_a, b, actor_b)
    got = scored(RECORDS, ea, eb)
    stance = got is not None and any(d.attribute == "stance" for d in got.differences)
    assert stance == differs
    if differs:
        assert got.relation == Relation.same_topic and not got.agrees
