"""Fresh cases (threat_plan_cases.toml): a threat is carried out by its side's later act against the party it
names, the threat in the statement's own clause; a plan is fulfilled at its place, on or after its day."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parity.acts import announces, carries_out
from parity.claims import claims_of
from parity.score import plan_and_outcome
from tests.parity.helpers import event, record, timeline

TABLE = tomllib.loads((Path(__file__).parent / "threat_plan_cases.toml").read_text(encoding="utf-8"))


def _event(row: list[str], kind: str, modality: str = "asserted"):
    excerpt, _, _, text, summary, actor, day, *place = row
    return event(excerpt, text, kind, actor=actor, day=day or None, summary=summary, modality=modality,
                 place=(place or [""])[0] or None, objects=("frigate",) if "frigate" in text else ())


def _facts(rows, events):
    recs = {r[0]: record(r[0], r[1], r[2]) for r in rows}
    claims = claims_of(timeline(list(recs.values()), events))
    return [next(c for c in claims if c.id == e.id) for e in events]


@pytest.mark.parametrize("case", TABLE["threat"], ids=lambda c: c["name"])
def test_a_threat_and_the_act_carrying_it_out(case):
    s, e = _facts([case["said"], case["done"]], [_event(case["said"], "statement"), _event(case["done"], "other")])
    assert carries_out(s, e) is case["link"]


@pytest.mark.parametrize("case", TABLE["plan"], ids=lambda c: c["name"])
def test_a_plan_and_the_act_fulfilling_it(case):
    kind = "ship_movement" if "frigate" in case["plan"][3] else "other"
    plan, done = _facts([case["plan"], case["done"]],
                        [_event(case["plan"], kind, "planned"), _event(case["done"], kind)])
    assert plan_and_outcome(plan, done) is case["link"]
    assert plan_and_outcome(done, plan) is case["link"]


@pytest.mark.parametrize("case", TABLE["announce"], ids=lambda c: c["name"])
def test_a_statement_of_an_act_to_come_and_the_act(case):
    s, e = _facts([case["said"], case["done"]], [_event(case["said"], "statement"), _event(case["done"], "other")])
    assert announces(s, e) is case["link"]
