"""Fresh stance sentences of session 7 (stance_cases_session7.toml): taking no side in other words, with a
modifier inside the phrase ("called instead for dialogue", "urged maximum restraint"), backing and blame."""

from __future__ import annotations

import tomllib

import pytest

from parity.stance import stances_in
from tests.parity.helpers import stances_shown
from tests.parity.status_table import HERE

TABLE = tomllib.loads((HERE / "stance_cases_session7.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", TABLE, ids=[c["text"][:60] for c in TABLE])
def test_fresh_stance_sentence(case):
    assert stances_shown(case) == case["expect"]


@pytest.mark.parametrize("text", [
    "Moscow said the talks would be held again for a third time.",  # no phrase of taking no side
    "The ships were called again for inspection at the port.",
])
def test_a_modifier_makes_no_phrase_by_itself(text):
    assert stances_in(text) == []
