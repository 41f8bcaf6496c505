"""Session 10: fresh claim pairs (link_pairs_session10.toml) read by extraction and parity end to end: one event
told with a noun against its verb, actors named differently, a day against its week, one act read as a statement by
one source, plans and what came of them, and pairs that must not link (one actor's other acts on one day, one place
on other days, two states' own acts, one speaker on other subjects)."""

from __future__ import annotations

import pytest

from tests.parity.helpers import check_pair, pair_param, pair_rows

ROWS = pair_rows("link_pairs_session10.toml")


def test_table_shape() -> None:
    """At least 120 pairs, 40 of them pairs that must not be one event."""
    assert len(ROWS) >= 120
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= 40


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)
