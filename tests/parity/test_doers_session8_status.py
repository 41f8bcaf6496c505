"""Who a claim's act names as its doer (session 8, statuses): a thing that undergoes the act ("An American
drone fell into the sea") names its owner, not a doer (parity/data/doers.toml), so an actor difference against
the side that downed it is shown, not material; a doer's own state read as the place is compared with no place;
a casualty claim and its denial conflict seen from either side."""

from __future__ import annotations

import pytest

from parity.score import _place_is_a_doer, doer_named
from tests.parity.helpers import claims_for, event, record

RECS = [record("a", "Wire A", "2023-03-15"), record("b", "Paper B", "2023-03-15")]

# (sentence, summary, actor, doer named)
ROWS = [
    ("An American MQ-9 drone fell into the Black Sea on Tuesday.", "An American MQ-9 drone fell into the Black Sea", "United States", False),
    ("A Ukrainian cargo plane crashed near Kavala late on Saturday.", "A Ukrainian cargo plane crashed near Kavala", "Ukraine", False),
    ("An Iranian tanker caught fire off Jeddah on Friday.", "An Iranian tanker caught fire off Jeddah", "Iran", False),
    ("A Turkish patrol boat ran aground off Imia on Monday.", "A Turkish patrol boat ran aground off Imia", "Turkey", False),
    ("A British-flagged tanker came under attack off Hodeidah on Sunday.",
     "A British-flagged tanker came under attack off Hodeidah", "United Kingdom", False),
    ("Russian jets struck a market in Idlib on Monday.", "Russian jets struck a market in Idlib", "Russia", True),
    ("Chinese coast guard ships fired water cannon at a supply boat on Saturday.",
     "Chinese coast guard ships fired water cannon at a supply boat", "China", True),
    ("Indian troops crossed the Line of Actual Control on Monday night.",
     "Indian troops crossed the Line of Actual Control", "India", True),
]


@pytest.mark.parametrize(("text", "summary", "actor", "named"), ROWS, ids=[r[1] for r in ROWS])
def test_undergoers_name_no_doer(text, summary, actor, named):
    (claim,), _ = claims_for(RECS, [event("a", text, "other", actor=actor, summary=summary, day="2023-03-14")])
    assert doer_named(claim) is named


def test_a_doers_state_read_as_place_is_no_place():
    a = event("a", "A drone strike at Baghdad airport on Friday was carried out on the orders of the US president.",
              "other", actor="United States", place="United States", summary="A drone strike at Baghdad airport",
              day="2020-01-03")
    b = event("b", "A missile strike near Baghdad airport killed the commander on Friday.", "other",
              place="Baghdad", summary="A missile strike near Baghdad airport killed the commander", day="2020-01-03")
    c = event("b", "A missile strike near Erbil airport killed the commander on Friday.", "other",
              place="Erbil", summary="A missile strike near Erbil airport killed the commander", day="2020-01-03")
    (fa, fb, fc), _ = claims_for(RECS, [a, b, c])
    assert _place_is_a_doer(fa, fb) and not _place_is_a_doer(fb, fc)


def test_a_denied_casualty_conflicts_seen_from_either_side_when_both_are_undated():
    from parity.blocking import build_index
    from parity.score import score_pair
    recs = [record("a", "Agency A", "2021-03-02"), record("b", "Weekly B", "2021-03-09")]
    claim = event("a", "State television said at least 40 Saudi soldiers were killed in the raid.", "other",
                  summary="were killed", count="40")
    denial = event("b", "No Saudi soldiers were killed in the raid, the coalition said.", "other",
                   summary="were killed in the raid", modality="denied", polarity="negative")
    (fc, fd), claims = claims_for(recs, [claim, denial])
    index = build_index(claims)
    for here, there in ((fc, fd), (fd, fc)):
        got = score_pair(here, there, index)
        assert got is not None and not got.agrees and got.differences[0].attribute == "polarity"


@pytest.mark.parametrize(("text", "actor", "named"), [
    ("expelling 10 Russian diplomats", "Russia", False),  # the object's nationality, the doer outside the evidence
    ("struck Ukrainian positions near Bakhmut", "Ukraine", False),
    ("seized two Guyanese fishing boats", "Guyana", False),
    ("the Russian navy fired on the boats", "Russia", True),
    ("two Chinese warships sailed through the strait", "China", True),
    ("Israeli jets struck a convoy", "Israel", True),
])
def test_a_summary_opening_with_its_verb_names_no_doer(text, actor, named):
    (claim,), _ = claims_for(RECS, [event("a", text, "other", actor=actor, summary=text, day="2023-03-14")])
    assert doer_named(claim) is named
