"""Session 8: who did an act, as parity reads it. A doer is named before the act's verb, never by a demonym of its
object ("expelling 10 Russian diplomats" names no doer); two states' acts each naming its own doer are one act
(with a disputed doer) only on one day with one place or one specific thing (fresh sentences, many crises)."""

from __future__ import annotations

import pytest

from parity.models import Relation
from parity.score import doer_named
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("d1", "Capital Wire", "2024-05-10"), record("d2", "Harbour Post", "2024-05-11")]


@pytest.mark.parametrize("text, summary, actor, named", [
    # The summary opens its sentence: the words before its verb are its subject.
    ("expelling 10 Russian diplomats over the hacking", "expelling 10 Russian diplomats over the hacking", "Russia", False),
    ("detaining two Chinese trawlers off Palawan", "detaining two Chinese trawlers off Palawan", "China", False),
    ("sanctioned three Iranian drone makers on Tuesday", "sanctioned three Iranian drone makers", "Iran", False),
    ("shelled Armenian positions near Jermuk overnight", "shelled Armenian positions near Jermuk", "Armenia", False),
    ("Russian jets struck a market in Idlib on Sunday", "Russian jets struck a market in Idlib", "Russia", True),
    ("Turkish drones hit a convoy near Qamishli", "Turkish drones hit a convoy near Qamishli", "Turkey", True),
    ("Indian troops crossed the Line of Actual Control", "Indian troops crossed the Line of Actual Control", "India", True),
    ("Venezuelan soldiers detained two Guyanese miners", "Venezuelan soldiers detained two Guyanese miners",
     "Venezuela", True),
])
def test_doer_named_before_its_verb(text, summary, actor, named):
    (a,), _ = claims_for(RECS, [event("d1", text, "other", actor=actor, day="2024-05-09", summary=summary)])
    assert doer_named(a) is named


@pytest.mark.parametrize("one, other, same", [
    # Two states, two days, a generic thing shared (sanctions): two acts.
    (("Canada imposed sanctions on four Haitian gang leaders on Thursday.", "Canada", "2024-05-09"),
     ("France imposed sanctions on Haitian gang leaders on Friday.", "France", "2024-05-10"), False),
    (("Kenya expelled two Ugandan officials on Thursday.", "Kenya", "2024-05-09"),
     ("Tanzania expelled three Ugandan officials on Friday.", "Tanzania", "2024-05-10"), False),
    # One day, one place both name: one act told with another doer (a dispute on who did it).
    (("Israeli jets struck the Mezzeh airbase in Damascus on Thursday.", "Israel", "2024-05-09"),
     ("US aircraft struck the Mezzeh airbase in Damascus on Thursday.", "United States", "2024-05-09"), True),
])
def test_two_states_acts_each_naming_its_doer(one, other, same):
    a = event("d1", one[0], "other", actor=one[1], day=one[2], summary=one[0].rstrip("."))
    b = event("d2", other[0], "other", actor=other[1], day=other[2], summary=other[0].rstrip("."))
    got = scored(RECS, a, b)
    assert (got is not None and got.relation == Relation.same_event) is same, got
    if same:
        assert not got.agrees and "actor" in {d.attribute for d in got.differences}
