"""Session 10: fresh claim pairs (link_pairs_session10.toml) read by extraction and parity end to end: one event
told with a noun against its verb, actors named differently, a day against its week, one act read as a statement by
one source, plans and what came of them, and pairs that must not link (one actor's other acts on one day, one place
on other days, two states' own acts, one speaker on other subjects)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.parity.test_link_pairs_session8 import relations

ROWS = tomllib.loads((Path(__file__).parent / "link_pairs_session10.toml").read_text(encoding="utf-8"))["pair"]


def _param(row: dict):
    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
    return pytest.param(row, id=f"{row['anchor_a'][:30]}~{row['anchor_b'][:30]}", marks=marks)


def test_table_shape() -> None:
    """At least 120 pairs, 40 of them pairs that must not be one event."""
    assert len(ROWS) >= 120
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= 40


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    got = relations(row)
    want = row["relation"]
    if want == "none":
        assert not got
    elif want == "not_same_event":
        assert "same_event" not in got
    else:
        assert got & set(want.split("|")), got
