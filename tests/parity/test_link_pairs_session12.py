"""Session 12: fresh claim pairs (link_pairs_session12.toml) read by extraction and parity end to end, and the same
rule on hand-built claims: a statement telling its own side's deed as not done against the deed told done
(claims.told_not_done, score._another_doers_deed)."""

from __future__ import annotations

import pytest

from parity.claims import told_not_done
from parity.models import Relation
from parity.score import plan_on_its_day
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record, scored

ROWS = pair_rows("link_pairs_session12.toml")


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


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


P = [record("pa-01", "Alpha Wire", "2021-06-18"), record("pb-01", "Beta Paper", "2021-06-23")]


def _plan(text: str, summary: str, actor: str | None = "India", kind: str = "meeting", day: str = "2021-06-22"):
    return event("pa-01", text, kind, actor=actor, day=day, modality="planned", summary=summary)


def _done(text: str, summary: str, actor: str | None = None, kind: str = "meeting", day: str = "2021-06-22",
          excerpt: str = "pb-01"):
    return event(excerpt, text, kind, actor=actor, day=day, summary=summary)


def test_plan_and_its_day_told_in_a_later_source() -> None:
    """A plan for a day and, in a source written later, what was done that day at the place it named, whatever kind or
    doer each names: what the plan came to (same_topic; score.plan_on_its_day)."""
    plan = _plan("The army chief is expected to meet his counterpart at Chushul on Tuesday, officials said.",
                 "is expected to meet his counterpart at Chushul on Tuesday")
    done = _done("A disengagement accord was signed at Chushul on June 22.",
                 "A disengagement accord was signed at Chushul on June 22", kind="other")
    got = scored(P, plan, done)
    assert got is not None and got.relation == Relation.same_topic


def test_plan_and_a_meeting_of_other_people_there() -> None:
    """A meeting naming none of the planned meeting's parties, in its city that day, is other people's: no outcome."""
    plan = _plan("The army chief is expected to meet his counterpart at Chushul on Tuesday, officials said.",
                 "is expected to meet his counterpart at Chushul on Tuesday")
    done = _done("Local traders held a session at Chushul on June 22 to discuss the road.",
                 "held a session at Chushul on June 22")
    (fa, fb), _ = claims_for(P, [plan, done])
    assert not plan_on_its_day(fa, fb) and not plan_on_its_day(fb, fa)


def test_plan_and_another_states_deed_of_its_day() -> None:
    """Another known state's deed on the planned day is no outcome of the plan, whatever word both name."""
    plan = _plan("Parliament will vote on the proposal on Monday, the speaker said.", "will vote on the proposal",
                 actor="Ukraine", kind="other")
    done = _done("Council members voted down Moscow's proposal on Monday.", "voted down Moscow's proposal",
                 actor="United Nations", kind="other")
    (fa, fb), _ = claims_for(P, [plan, done])
    assert not plan_on_its_day(fa, fb) and not plan_on_its_day(fb, fa)


def test_plan_of_how_long_and_a_deed_within_it() -> None:
    """A plan of how long drills under way last ("due to run until Sunday") is carried out by none of their days' deeds."""
    plan = _plan("The drills at Penghu are due to run until Sunday.", "The drills at Penghu are due to run until Sunday",
                 actor="China", kind="military_exercise", day="2021-06-20")
    done = _done("Nine missiles were fired near Penghu on Sunday.", "Nine missiles were fired near Penghu on Sunday",
                 kind="missile_test", day="2021-06-20")
    (fa, fb), _ = claims_for(P, [plan, done])
    assert not plan_on_its_day(fa, fb) and not plan_on_its_day(fb, fa)


def test_plan_and_a_deed_of_its_day_in_one_news_cycle() -> None:
    """Told in sources written on one day, a plan and another deed of its day are two things, not a plan and its outcome."""
    plan = _plan("The army chief is expected to meet his counterpart at Chushul on Tuesday, officials said.",
                 "is expected to meet his counterpart at Chushul on Tuesday")
    done = _done("Indian and Chinese corps commanders held an eleven-hour session at Chushul on June 22.",
                 "corps commanders held an eleven-hour session at Chushul on June 22", excerpt="pc-01")
    (fa, fb), _ = claims_for([P[0], record("pc-01", "Gamma Agency", "2021-06-18")], [plan, done])
    assert not plan_on_its_day(fa, fb)


def test_plan_rule_itself_links_the_plan_and_its_day() -> None:
    """The rule, apart from the words' similarity: the plan and the session held at its place that day."""
    plan = _plan("The army chief is expected to meet his counterpart at Chushul on Tuesday, officials said.",
                 "is expected to meet his counterpart at Chushul on Tuesday")
    done = _done("Indian and Chinese corps commanders held an eleven-hour session at Chushul on June 22.",
                 "corps commanders held an eleven-hour session at Chushul on June 22")
    (fa, fb), _ = claims_for(P, [plan, done])
    assert plan_on_its_day(fa, fb) and plan_on_its_day(fb, fa)
