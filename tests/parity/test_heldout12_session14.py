"""Session 14 (plink14): parity on heldout12 (declassified this session), read under `python -m parity.evaluate
--eval tests/data/heldout12 [--oracle] -v --why` and `--bridge -v`: TABLE below; fresh pairs (link_pairs_session14.toml,
end to end) and hand-built claims for the rules made for its largest parity-side classes.
"""

from __future__ import annotations

import pytest

from parity.lexicon import content_words
from parity.models import Relation
from tests.parity.helpers import check_pair, event, pair_param, pair_rows, record, scored

ROWS = pair_rows("link_pairs_session14.toml")


def test_table_shape() -> None:
    """Every rule's must-link rows have must-not-link rows beside them."""
    assert sum(r["relation"].split("|")[0] in ("none", "not_same_event") for r in ROWS) >= len(ROWS) // 3


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


@pytest.mark.parametrize("text", ["an understanding reached with the help of Russia", "the deal brokered by Qatar",
                                  "an agreement reached in Doha", "Turkey brokered a deal between them",
                                  "the accord brokered by the envoy", "a truce deal reached overnight"])
def test_accord_forms_read_as_agreed(text: str) -> None:
    """An accord told by its noun and a passive or by its broker is the "agreed" head, and no arrival ("reached")."""
    words = content_words(text)
    assert "agre" in words and "arriv" not in words


@pytest.mark.parametrize(("text", "arrival"), [("the convoy reached the crossing", True),
                                               ("the talks reached a deadlock", True),
                                               ("they agreed on a truce", False)])
def test_reached_still_an_arrival_elsewhere(text: str, arrival: bool) -> None:
    """Only an accord's passive leaves "reached": a convoy reaching a crossing is still an arrival."""
    assert ("arriv" in content_words(text)) is arrival


@pytest.mark.parametrize("text", ["were ordered back to their bases", "the unit was ordered back to barracks",
                                  "ordered back to their ships"])
def test_ordered_back_is_a_withdrawal(text: str) -> None:
    """Forces "ordered back" are withdrawn (paraphrases.toml withdraw)."""
    assert "withdraw" in content_words(text)


@pytest.mark.parametrize("text", ["convicted in a closed trial", "will hold a closed session on Thursday",
                                  "at a closed hearing", "in closed court"])
def test_private_sittings_are_no_closure(text: str) -> None:
    """A trial, hearing or session held in private is no closure (paraphrases.toml in_private)."""
    assert "closur" not in content_words(text)


@pytest.mark.parametrize("text", ["Russia closed the consulate", "the border crossing was shut",
                                  "the closure of the embassy"])
def test_closures_still_read(text: str) -> None:
    """A closure of a place is still one."""
    assert "closur" in content_words(text)


R = [record("ga-01", "Gamma Wire", "2021-06-02"), record("gb-01", "Delta Agency", "2021-06-02")]


def test_ordered_back_and_withdrew_one_act() -> None:
    """"had been ordered back to their ships" and "withdrew the naval force it had sent": one state's one act."""
    a = event("ga-01", "the commandos landed on the islet had been ordered back to their ships", "other",
              actor="Greece", day="2021-06-02", summary="had been ordered back to their ships")
    b = event("gb-01", "the government withdrew the naval force it had sent to guard the islet", "other",
              actor="Greece", day="2021-06-02", summary="withdrew the naval force it had sent to guard the islet")
    got = scored(R, a, b)
    assert got is not None and got.relation == Relation.same_event


def _ships(actor: str, text: str, objects: tuple[str, ...] = ("warship",)):
    return event("ga-01" if actor == "Turkey" else "gb-01", text, "ship_movement", actor=actor,
                 day=("2021-05-29", "2021-06-01"), objects=objects, summary=text)


def test_two_states_warships_are_each_sides_own() -> None:
    """Turkey's and Greece's warships sent on overlapping days, each naming its doer and only the kind "warship"
    in common: two acts, not one with a disputed doer."""
    got = scored(R, _ships("Turkey", "Turkey sent three warships from Aksaz"),
                 _ships("Greece", "Greece had 10 warships in the area"))
    assert got is None or got.relation != Relation.same_event


def test_two_states_one_named_ship_still_one_act() -> None:
    """A named ship both name (not a kind) still anchors one act told with a disputed doer."""
    got = scored(R, _ships("Turkey", "Turkey sent the frigate Yavuz to the islets", ("frigate yavuz",)),
                 _ships("Greece", "Greece said the frigate Yavuz sailed to the islets", ("frigate yavuz",)))
    assert got is not None and got.relation == Relation.same_event


A = [record("ac-01", "Caucasus Wire", "2021-11-17"), record("ad-01", "Moscow Agency", "2021-11-17")]


def _accord(excerpt: str, text: str, summary: str, actor: str | None, day: str):
    return event(excerpt, text, "other", actor=actor, day=day, summary=summary)


def test_accord_told_by_each_party_is_one() -> None:
    """"Armenia and Azerbaijan agreed ... to pull back" and "under an understanding reached with the help of Russia"
    told by the other party: one accord (score._one_accord), not two states' own acts."""
    a = _accord("ac-01", "Armenia and Azerbaijan agreed on Wednesday to pull back their troops from the border",
                "agreed on Wednesday to pull back their troops", "Armenia", "2021-11-17")
    b = _accord("ad-01", "Azerbaijani and Armenian troops will pull back under an understanding reached with the "
                "help of Russia, Baku said on Wednesday", "an understanding reached with the help of Russia",
                "Azerbaijan", "2021-11-17")
    got = scored(A, a, b)
    assert got is not None and got.relation == Relation.same_event


def test_accord_told_by_its_broker_is_one_and_its_days_compared() -> None:
    """"the deal brokered by the Russian president on Tuesday night" and "agreed early on Wednesday" naming the
    broker: one accord whose days differ (a date conflict, as the heldout12 gold has it)."""
    a = _accord("ac-01", "Armenia and Azerbaijan agreed early on Wednesday to a ceasefire after calls by Vladimir "
                "Putin", "agreed early on Wednesday to a ceasefire", "Armenia", "2021-11-17")
    b = _accord("ad-01", "The truce deal brokered by Vladimir Putin on Tuesday night held", "the truce deal "
                "brokered by Vladimir Putin on Tuesday night", "vladimir putin", "2021-11-16")
    got = scored(A, a, b)
    assert got is not None and got.relation == Relation.same_event
    assert any(d.attribute == "date" for d in got.differences)


def test_accord_of_a_party_not_named_there_is_none() -> None:
    """An accord whose doer the other's sentence does not name ("Georgia agreed to ..." / "an agreement reached
    between Baku and Yerevan"): no party in common, no one accord."""
    a = _accord("ac-01", "Georgia agreed on Wednesday to open a new border crossing", "agreed on Wednesday to open "
                "a new border crossing", "Georgia", "2021-11-17")
    b = _accord("ad-01", "Azerbaijani and Armenian troops will pull back under an agreement reached in Sochi",
                "an agreement reached in Sochi", "Azerbaijan", "2021-11-17")
    got = scored(A, a, b)
    assert got is None or got.relation != Relation.same_event


def test_accords_weeks_apart_are_two() -> None:
    """One pair of parties' accords a month apart: two accords, not one told with two days."""
    a = _accord("ac-01", "Armenia and Azerbaijan agreed on 17 October to exchange prisoners", "agreed on 17 October "
                "to exchange prisoners", "Armenia", "2021-10-17")
    b = _accord("ad-01", "Azerbaijani and Armenian troops will pull back under an understanding reached with the "
                "help of Russia, Baku said on Wednesday", "an understanding reached with the help of Russia",
                "Azerbaijan", "2021-11-17")
    got = scored(A, a, b)
    assert got is None or got.relation != Relation.same_event
