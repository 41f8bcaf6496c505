"""Session 15 (plink15): table to come."""

from __future__ import annotations

import pytest

from tests.parity.helpers import check_pair, pair_param, pair_rows

ROWS = pair_rows("link_pairs_session15.toml")


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)
