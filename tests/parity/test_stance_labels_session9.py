"""Fresh stance sentences of session 9 (stance_cases_session9_labels.toml): a label pinned on a state's act or words
("called the US move a provocation", "branded the sanctions illegal") blames that state; a label on an act naming no
state blames the act's doer on the record."""

from __future__ import annotations

import tomllib

import pytest

from parity import lexicon
from parity.stance import stances_in
from tests.parity.helpers import stances_shown
from tests.parity.status_table import HERE

TABLE = tomllib.loads((HERE / "stance_cases_session9_labels.toml").read_text(encoding="utf-8"))["case"]


def _param(case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["text"][:60], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in TABLE])
def test_fresh_label_sentence(case: dict) -> None:
    assert stances_shown(case) == case["expect"]


def _doers(*acts: tuple[str, str]) -> tuple[tuple[frozenset[str], str], ...]:
    return tuple((frozenset(lexicon.content_words(head)), side) for head, side in acts)


@pytest.mark.parametrize(("text", "doers", "expect"), [
    # The labelled act names no state: its doer on the record is blamed.
    ("Seoul called the launch a grave provocation.", _doers(("launch", "North Korea")), ["North Korea"]),
    ("Tokyo called it a clear violation of its airspace.", _doers(("intrusion", "Russia")), ["Russia"]),
    ("Athens described the survey as illegal.", _doers(("survey", "Turkey"), ("patrol", "Greece")), ["Turkey"]),
    # Two doers for a thing no head names: no one.
    ("Officials called the incident a dangerous escalation.",
     _doers(("shelling", "Armenia"), ("drone strike", "Azerbaijan")), []),
])
def test_a_label_on_an_act_blames_its_doer(text: str, doers, expect: list[str]) -> None:
    assert [s.target for s in stances_in(text, (), {}, doers)] == expect


def test_a_labelling_verb_alone_is_no_stance() -> None:
    assert stances_in("The minister called the meeting productive.") == []
    assert stances_in("Officials called in the ambassador on Monday.") == []
