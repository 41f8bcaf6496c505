"""Session 11 (pe2e): fresh claim pairs (link_pairs_e2e_session11.toml) read by extraction and parity end to end:
false links between what extraction found (a short quote inside another speaker's long one) and links that must stay."""

from __future__ import annotations

import pytest

from tests.parity.helpers import check_pair, pair_param, pair_rows

ROWS = pair_rows("link_pairs_e2e_session11.toml")


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)
