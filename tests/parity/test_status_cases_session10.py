"""The session 10 status table (status_cases_session10.toml; its rows run with every table's in test_status_cases.py):
fresh multi-source cases of every status, echo and later_development included, each xfail naming its cause."""

from __future__ import annotations

import tomllib

from parity.models import Status
from tests.parity.status_table import HERE, run_case

TABLE = tomllib.loads((HERE / "status_cases_session10.toml").read_text(encoding="utf-8"))["case"]


def test_the_table_holds_every_status_in_80_cases_or_more():
    assert len(TABLE) >= 80
    wanted = {c["status"] for case in TABLE for c in case["claim"] if "status" in c}
    assert wanted == {s.value for s in Status}


def test_each_case_has_two_sources_or_two_claims_and_every_xfail_names_its_cause():
    for case in TABLE:
        assert len(case["claim"]) >= 2, case["name"]
        assert not case.get("xfail") or len(case["xfail"].split()) >= 4, case["name"]


def test_a_wire_its_reprint_and_an_independent_count_conflict_all_conflict():
    # The reprint has no link of its own to the independent outlet: its copy lends it (status.through_copies).
    case = next(c for c in TABLE if c["name"].startswith("a reprint and the wire against an independent report"))
    assert run_case(case).got == {"wire": "conflicting", "reprint": "conflicting", "aj": "conflicting"}
