"""Session 11 (pe2e): between excerpts of one origin (a copy and its wire), two claims that are not one copied
sentence, worded apart (similarity < TOPIC_SIM) and tied only by their actor, are two claims (each has its own
counterpart in the copy); with one act head, object or place in common, or in independent sources, they stay one."""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.score import TOPIC_SIM, same_event_miss, similarity
from tests.parity.helpers import claims_for, event, record

RECS = [record("w1", "Harbour Wire", "2024-05-14"), record("w2", "Copy Digest", "2024-05-15")]


def _miss(one: tuple, other: tuple, dependent: bool) -> tuple[str | None, float]:
    """same_event_miss of two (text, kind, actor, day) rows of the two excerpts, and their similarity."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=text.rstrip("."))
    (fa, fb), claims = claims_for(RECS, [make("w1", one), make("w2", other)])
    sim = similarity(fa, fb, build_index(claims))
    return same_event_miss(fa, fb, sim, copied=False, dependent=dependent), sim


SPEAKER = "Ilse Marten"
TWO_CLAIMS = [
    # one minister's two remarks of one copy, told apart
    ((f"{SPEAKER} asked parliament to extend the state of emergency for 30 days.", "statement", SPEAKER, "2024-05-13"),
     (f"{SPEAKER} stated the emergency would certainly not mean a curfew in the capital.", "statement", SPEAKER,
      None)),
    # one state's two acts of one copy, told apart
    (("Estonia closed two border crossings to lorries on Monday.", "other", "Estonia", "2024-05-13"),
     ("Estonia moved extra guards and dogs to the border posts along the river.", "other", "Estonia", None)),
]


@pytest.mark.parametrize(("one", "other"), TWO_CLAIMS)
def test_copies_other_sentences_apart(one: tuple, other: tuple) -> None:
    got, sim = _miss(one, other, dependent=True)
    assert sim < TOPIC_SIM
    assert got == "a copy's other sentence"


@pytest.mark.parametrize(("one", "other"), TWO_CLAIMS[:1])
def test_independent_sources_still_one_speech(one: tuple, other: tuple) -> None:
    """The rule is the copies' only: the same pair in independent sources is not cut by it."""
    got, _ = _miss(one, other, dependent=False)
    assert got != "a copy's other sentence"


def test_copies_one_act_head_still_one() -> None:
    """One act head in both (a copy's sentence reworded, not copied) still makes one act."""
    one = ("Estonian police detained three men near the border on Monday.", "other", "Estonia", "2024-05-13")
    other = ("Three men were detained by Estonian police at the frontier.", "other", "Estonia", None)
    got, _ = _miss(one, other, dependent=True)
    assert got != "a copy's other sentence"
