"""Session 12 (pe2e12): fresh claim pairs (link_pairs_e2e_session12.toml) read by extraction and parity end to end:
false links between what extraction found (two states' people counted) and links that must stay."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.parity.test_link_pairs_session8 import relations

ROWS = tomllib.loads((Path(__file__).parent / "link_pairs_e2e_session12.toml").read_text(encoding="utf-8"))["pair"]


def _param(row: dict):
    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
    return pytest.param(row, id=f"{row['anchor_a'][:30]}~{row['anchor_b'][:30]}", marks=marks)


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
