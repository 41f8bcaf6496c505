"""Session 8: fresh claim pairs (link_pairs_session8.toml) read by extraction and parity end to end: one event in
other words, one subject at two times, and pairs that must not link (same actor, other acts; one place, other days)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parity.build import build_parity
from tests.parity.helpers import check_pair, pair_param
from tests.timeline.events_helpers import held_by, make_excerpt
from timeline.build import build_timeline
from timeline.events import extract

ROWS = tomllib.loads((Path(__file__).parent / "link_pairs_session8.toml").read_text(encoding="utf-8"))["pair"]


def relations(row: dict) -> set[str]:
    """The relations parity gives between the claims holding anchor_a and those holding anchor_b."""
    a = make_excerpt(row["a"], published=row["a_day"], id="pa-01", outlet="Alpha Wire", title="A story")
    b = make_excerpt(row["b"], published=row["b_day"], id="pb-01", outlet="Beta Times", title="B story")
    record = build_timeline([a, b], [extract(a), extract(b)])
    parity = build_parity(record, bodies={a.id: a.body, b.id: b.body})
    kinds = "|".join(k for k in ("statement", "ship_movement", "missile_test", "nuclear_test", "deployment",
                                 "military_exercise", "meeting", "sanction", "other"))
    mine = {e.id for e in held_by([e for e in record.events if e.excerpt == a.id], row["a"], kinds, row["anchor_a"])}
    theirs = {e.id for e in held_by([e for e in record.events if e.excerpt == b.id], row["b"], kinds, row["anchor_b"])}
    assert mine and theirs, [(e.excerpt, e.kind.value, e.summary) for e in record.events]
    return {link.relation.value for c in parity.claims if c.event in mine for link in c.links if link.event in theirs}


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)
