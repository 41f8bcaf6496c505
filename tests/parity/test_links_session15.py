"""Session 15 (plink15): table to come."""

from __future__ import annotations

import pytest

from parity.acts import announces
from parity.blocking import build_index
from parity.lexicon import content_words, one_head
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record

ROWS = pair_rows("link_pairs_session15.toml")


@pytest.mark.parametrize("row", [pair_param(r) for r in ROWS])
def test_pair(row: dict) -> None:
    check_pair(row)


R = [record("sa-01", "Sahel Wire", "2021-03-11"), record("sb-01", "Cairo Agency", "2021-03-12")]
RELAY = "Egypt strongly condemned the raid on Wednesday, saying three border guards were killed near Rafah."


def _relay_pair(other_text: str, other_summary: str, actor: str = "Egypt", day: str = "2021-03-10"):
    relay = event("sa-01", RELAY, actor=actor and "Egypt", day="2021-03-10",
                  summary="Egypt strongly condemned the raid on Wednesday")
    act = event("sa-01", RELAY, "other", day="2021-03-10", summary="three border guards were killed")
    remark = event("sb-01", other_text, actor=actor, day=day, summary=other_summary)
    (fr, fa, fo), claims = claims_for(R, [relay, act, remark])
    return fr, fo, build_index(claims)


def test_relay_saying_what_the_remark_says_is_one_statement() -> None:
    """A relay of its sentence's act ("condemned the raid, saying three guards were killed") and one speaker's remark
    of that day sharing a word of their own ("condemned"): one statement (score._relay_says_it_too)."""
    fr, fo, index = _relay_pair("Cairo condemned what it called a cowardly raid on its border guards on Wednesday.",
                                "condemned what it called a cowardly raid")
    assert fr.attribution and not fo.attribution
    got = score_pair(fr, fo, index)
    assert got is not None and got.relation == Relation.same_event


@pytest.mark.parametrize(("text", "summary", "actor", "day"), [
    # Another day: one speaker condemns many things.
    ("Cairo condemned what it called a cowardly attack on Friday.", "condemned what it called a cowardly attack",
     "Egypt", "2021-03-12"),
    # Another speaker.
    ("Israel condemned what it called a cowardly attack on Wednesday.", "condemned what it called a cowardly attack",
     "Israel", "2021-03-10"),
    # No word of their own in common.
    ("Cairo said on Wednesday it would reinforce the crossing.", "it would reinforce the crossing", "Egypt",
     "2021-03-10"),
])
def test_relay_and_another_remark_stay_two(text: str, summary: str, actor: str, day: str) -> None:
    """Not of one day, not of one speaker, or no word of their own shared: a relay and a remark stay two statements."""
    fr, fo, index = _relay_pair(text, summary, actor, day)
    got = score_pair(fr, fo, index)
    assert got is None or got.relation != Relation.same_event


def test_relay_of_its_act_on_its_day_announces_nothing() -> None:
    """"The commander announced on Tuesday he had taken control of the country": a relay of its sentence's act on that
    act's single day, and another source's act of that day: the act links on its own, the frame announces nothing
    (acts.announces)."""
    text = "The army commander announced on Tuesday he had taken control of the country."
    said = event("sa-01", text, actor="Fiji", day="2021-03-09", summary="The army commander announced on Tuesday")
    act = event("sa-01", text, "other", actor="Fiji", day="2021-03-09", summary="he had taken control of the country")
    other = event("sb-01", "The military assumed executive authority on Tuesday, officials said.", "other",
                  actor="Fiji", day="2021-03-09", summary="The military assumed executive authority")
    (fs, _, fo), _ = claims_for(R, [said, act, other])
    assert fs.attribution
    assert not announces(fs, fo)
    # A statement of an act to come still announces it.
    plan = event("sa-01", "The army commander announced on Monday he would take control of the country.",
                 actor="Fiji", day="2021-03-08", summary="The army commander announced on Monday")
    (fp, fo2), _ = claims_for(R, [plan, other])
    assert announces(fp, fo2)


@pytest.mark.parametrize(("text", "head"), [("he had taken control of the country", "seized_pow"),
                                            ("the military assumed executive authority", "seized_pow"),
                                            ("army officers seized power in a coup", "seized_pow"),
                                            ("retook the rocky islet", "island"), ("recaptured the rugged isle", "island"),
                                            ("The interception of the freighter", "intercept"),
                                            ("Pyongyang demolished the office", "destroy"),
                                            ("troops blew up the bridge", "destroy"), ("the village was razed", "destroy")])
def test_word_groups(text: str, head: str) -> None:
    """Session 15's word groups (paraphrases.toml island, seized_power) as content_words reads them."""
    assert any(w.startswith(head) for w in content_words(text)), content_words(text)


@pytest.mark.parametrize("text", ["commandos took control of the tanker", "the takeover of the port",
                                  "the seizure of the vessel"])
def test_no_takeover_elsewhere(text: str) -> None:
    """A boarding told as "took control of" a ship, or "takeover" as a word, is no coup's takeover."""
    assert not any(w.startswith("seized_pow") for w in content_words(text))


def test_intercepted_and_diverted_one_head() -> None:
    """A ship intercepted and a ship diverted to a port name one head (paraphrases.toml [compatible])."""
    assert one_head(content_words("was diverted to the port of Busan"), content_words("the interception of the ship"))


def test_destroyed_and_shot_down_one_head() -> None:
    """An aircraft destroyed and one shot down name one head (paraphrases.toml [compatible]); a demolition and an
    arrest do not."""
    assert one_head(content_words("the drone was destroyed"), content_words("shot down a drone"))
    assert not one_head(content_words("blew up the house"), content_words("arrested two brothers"))
