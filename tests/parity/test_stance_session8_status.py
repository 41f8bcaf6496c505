"""Fresh stance sentences of session 8 (stance_cases_session8_status.toml): protests lodged with a state and
representations made to it as blame, and blame withheld in other words."""

from __future__ import annotations

import tomllib

import pytest

from parity.stance import stances_in
from tests.parity.helpers import stances_shown
from tests.parity.status_table import HERE

TABLE = tomllib.loads((HERE / "stance_cases_session8_status.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", TABLE, ids=[c["text"][:60] for c in TABLE])
def test_fresh_stance_sentence(case):
    assert stances_shown(case) == case["expect"]


@pytest.mark.parametrize("text", [
    "Protesters gathered outside the embassy in Tokyo on Sunday.",  # a protest by crowds blames no state
    "The lawyers filed a motion with the court on Monday.",
])
def test_no_protest_phrase_no_blame(text):
    assert stances_in(text) == []
