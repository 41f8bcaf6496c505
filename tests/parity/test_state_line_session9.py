"""Session 9 (pstatus's request): one state's officials taking one stance on one target within a week tell the
state's line, linked same_topic however they word it ("blamed Washington" / "accused the United States"), where a
shared stance with next to no words in common is otherwise no link. Fresh sentences; filler claims make the words
the two share common in the record, as in a real one."""

from __future__ import annotations

from parity.blocking import build_index
from parity.models import Relation
from parity.score import WEAK_TOPIC_SIM, score_pair, similarity
from tests.parity.helpers import claims_for, event, record

RECS = [record("m1", "Steppe Wire", "2024-02-12"), record("m2", "Volga Daily", "2024-02-14"),
        record("m3", "Harbour Post", "2024-02-13")]
FILLER = [
    event("m3", "The United States said on Tuesday it blamed Tehran-backed militias for the attack on Tower 22.",
          actor="US", day="2024-02-13", summary="blamed Tehran-backed militias for the attack"),
    event("m3", "Washington accused Beijing of raising tensions in the South China Sea, the State Department said.",
          actor="US", day="2024-02-13", summary="accused Beijing of raising tensions"),
    event("m3", "The United States and Britain accused Tehran of supplying drones, officials said.",
          actor="US", day="2024-02-13", summary="accused Tehran of supplying drones"),
    event("m3", "Washington said the United States would keep its warships in the region.", actor="US",
          day="2024-02-13", summary="would keep its warships in the region"),
]


def _pair(text_a: str, role_a: str, text_b: str, role_b: str):
    a = event("m1", text_a, actor="Maria Zakharova", role=role_a, day="2024-02-12", summary=text_a.rstrip("."))
    b = event("m2", text_b, actor="Sergei Lavrov", role=role_b, day="2024-02-14", summary=text_b.rstrip("."))
    (fa, fb, *_), claims = claims_for(RECS, [a, b, *FILLER])
    index = build_index(claims)
    return similarity(fa, fb, index), score_pair(fa, fb, index)


def test_one_states_line_told_twice_in_other_words_links() -> None:
    sim, got = _pair("Russian Foreign Ministry spokeswoman Maria Zakharova blamed Washington for the escalation.",
                     "Russian Foreign Ministry spokeswoman",
                     "Russian Foreign Minister Sergei Lavrov accused the United States of provoking the crisis.",
                     "Russian Foreign Minister")
    assert sim < WEAK_TOPIC_SIM  # the words alone say too little: the rule links them
    assert got is not None and got.relation == Relation.same_topic


def test_two_states_officials_one_stance_in_other_words_stay_apart() -> None:
    sim, got = _pair("Chinese Foreign Ministry spokeswoman Mao Ning blamed Washington for the escalation.",
                     "Chinese Foreign Ministry spokeswoman",
                     "Russian Foreign Minister Sergei Lavrov accused the United States of provoking the crisis.",
                     "Russian Foreign Minister")
    assert sim < WEAK_TOPIC_SIM
    assert got is None
