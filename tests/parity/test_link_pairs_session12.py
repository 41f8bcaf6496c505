"""Session 12: fresh claim pairs (link_pairs_session12.toml) read by extraction and parity end to end, and the same
rule on hand-built claims: a statement telling its own side's deed as not done against the deed told done
(claims.told_not_done, score._another_doers_deed)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parity.claims import told_not_done
from parity.models import Relation
from tests.parity.helpers import event, record, scored
from tests.parity.test_link_pairs_session8 import relations

ROWS = tomllib.loads((Path(__file__).parent / "link_pairs_session12.toml").read_text(encoding="utf-8"))["pair"]


def _param(row: dict):
    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
    return pytest.param(row, id=f"{row['anchor_a'][:30]}~{row['anchor_b'][:30]}", marks=marks)


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


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


@pytest.mark.parametrize(("summary", "want"), [
    ("Russia insists: its pilots never touched the aircraft", {"pilot", "touch", "aircraft"}),
    ("Seoul insists its warship never tracked the plane with that radar", {"warship", "track", "radar"}),
    ("Iran said: we did not fire at the ship", {"fir", "ship"}),
    ("Kyiv said: its forces had not fired the missile", {"fir", "missil"}),
    ("Andrzej Duda said: there was no evidence that Russia had fired the missile", set()),
    ("John Kirby said: the interception was not the first", set()),
    ("Russia said: it would not tolerate this", set()),
    ("The ministry said: its ships will never leave the strait", set()),
])
def test_told_not_done(summary: str, want: set[str]) -> None:
    """A statement's own words tell its side's deed as not done, in the past (stance.toml [told_not_done]); not "no
    evidence", a thing that was not the first, or a refusal or threat ahead."""
    got = set(told_not_done(summary))
    assert want <= got if want else not got


R = [record("ta-01", "Alpha Wire", "2018-05-02"), record("tb-01", "Beta Agency", "2018-05-04")]


def test_own_deed_denied_conflicts_with_the_deed() -> None:
    """"X insists its jets never fired on the convoy" against "X's jets fired on the convoy": one subject, polarity."""
    deed = event("ta-01", "Azerbaijani jets fired on an Armenian convoy near the border on Tuesday, Yerevan said.",
                 "other", actor="Azerbaijan", day="2018-05-01", summary="Azerbaijani jets fired on an Armenian convoy")
    denial = event("tb-01", "Baku insists its jets never fired on the convoy.", actor="Azerbaijan",
                   summary="Baku insists its jets never fired on the convoy")
    got = scored(R, denial, deed)
    assert got is not None and got.relation == Relation.same_topic
    assert any(d.attribute == "polarity" for d in got.differences)


def test_own_deed_denied_says_nothing_of_another_doer() -> None:
    """""Baku insists its jets never fired on the convoy" denies nothing Armenia's jets did."""
    deed = event("ta-01", "Armenian jets fired on a convoy near the border on Tuesday, Baku said.",
                 "other", actor="Armenia", day="2018-05-01", summary="Armenian jets fired on a convoy")
    denial = event("tb-01", "Baku insists its jets never fired on the convoy.", actor="Azerbaijan",
                   summary="Baku insists its jets never fired on the convoy")
    got = scored(R, denial, deed)
    assert got is None or not any(d.attribute == "polarity" for d in got.differences)


def test_own_deed_denied_against_a_relay() -> None:
    """A deed told as not done links to the deed, not to another statement relaying it (that relay's act links on
    its own): no polarity conflict with the relay."""
    relay = event("ta-01", "Azerbaijani jets fired on an Armenian convoy near the border on Tuesday, the Armenian "
                  "defence ministry said.", actor="Armenia",
                  summary="Armenia said: Azerbaijani jets fired on an Armenian convoy near the border on Tuesday")
    denial = event("tb-01", "Baku insists its jets never fired on the convoy.", actor="Azerbaijan",
                   summary="Baku insists its jets never fired on the convoy")
    got = scored(R, denial, relay)
    assert got is None or not any(d.attribute == "polarity" for d in got.differences)
