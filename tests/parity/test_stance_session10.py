"""Fresh stance sentences of session 10 (stance_cases_session10.toml): blame of an act whose doer stands in a
by-phrase after it ("condemned the strikes carried out by the US") is blame of that doer (stance._agent_target);
a by-phrase after no act, in another clause or of manner names no one."""

from __future__ import annotations

import tomllib

import pytest

from tests.parity.helpers import stances_shown
from tests.parity.status_table import HERE

TABLE = tomllib.loads((HERE / "stance_cases_session10.toml").read_text(encoding="utf-8"))["case"]


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["text"][:60], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in TABLE])
def test_fresh_agent_sentence(case: dict) -> None:
    assert stances_shown(case) == case["expect"]


def test_the_table_holds_blame_withheld_and_traps():
    assert sum(not c["expect"] for c in TABLE) >= 4
    assert any(e.endswith("|negative") for c in TABLE for e in c["expect"])
