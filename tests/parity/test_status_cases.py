"""The fresh status tables (status_cases*.toml, run by status_table.py): every claim gets the status the
gold rule gives it; a case marked xfail names what is still missed, and fails loudly once it passes."""

from __future__ import annotations

import pytest

from parity.stance import stances_in
from tests.parity.status_table import HERE, cases, run_case

CASES = cases()


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["name"], marks=pytest.mark.xfail(reason=c["xfail"], strict=True) if c.get("xfail") else ())
    for c in CASES])
def test_status_case(case):
    res = run_case(case)
    assert res.got == {**res.got, **res.expected}


def test_the_tables_cover_every_category():
    categories = {c.get("category") for c in CASES}
    assert {"count", "date", "polarity", "stance", "plan", "later", "echo", "corroborated", "single",
            "plan-outcome"} <= categories


def test_fresh_stance_sentences():
    import tomllib
    table = tomllib.loads((HERE / "stance_cases_session6.toml").read_text(encoding="utf-8"))["case"]
    for case in table:
        found = stances_in(case["text"], tuple(case.get("actor_sides", [])), case.get("people", {}))
        got = [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in found]
        assert got == case["expect"], case["text"]


def _plan_and_deed(deed_day="2023-01-10", deed_written="2023-01-12", deed_actor="Congress of Peru",
                   deed_text="Congress approved the state of emergency in three southern regions late on Tuesday."):
    from parity.claims import claim_facts
    from tests.parity.helpers import event, record

    plan = event("a", "Congress will vote on the state of emergency in three southern regions later on Tuesday.",
                 "other", actor="Congress of Peru", day="2023-01-10", modality="planned",
                 summary="will vote on the state of emergency")
    deed = event("b", deed_text, "other", actor=deed_actor, day=deed_day,
                 summary=deed_text.split(" in ")[0].removeprefix("Congress "))
    return (claim_facts(plan, 0, record("a", "Lima Wire", "2023-01-10"), {}),
            claim_facts(deed, 1, record("b", "Andes Review", deed_written), {}))


def test_what_a_plan_came_to_needs_a_later_source_the_actor_a_shared_word_and_a_near_day():
    from parity.acts import follows

    assert follows(*_plan_and_deed())
    assert not follows(*reversed(_plan_and_deed()))  # the deed does not follow from itself
    assert not follows(*_plan_and_deed(deed_written="2023-01-10"))  # told the same day: not written later
    assert not follows(*_plan_and_deed(deed_actor="Bolivia"))
    assert not follows(*_plan_and_deed(deed_day="2023-03-20", deed_written="2023-03-21"))  # months on
    assert not follows(*_plan_and_deed(deed_text="Congress approved the budget in a late sitting on Tuesday."))
