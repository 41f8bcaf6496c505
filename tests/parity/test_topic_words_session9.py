"""Session 9: words alone make two claims naming their actors one subject only at STRONG_TOPIC_SIM (0.45, was 0.35):
two states' own acts told in stock words are no subject (topic_words_session9.toml, fresh sentences); with a doer
unknown the old 0.35 holds (an unknown doer's acts may be one thing's story: a cable cut, then repaired)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parity.blocking import build_index
from parity.score import STRONG_TOPIC_SIM, UNKNOWN_DOER_TOPIC_SIM, score_pair, similarity
from tests.parity.helpers import claims_for, event, record

PAIRS = tomllib.loads((Path(__file__).parent / "topic_words_session9.toml").read_text(encoding="utf-8"))["pair"]


def _scored(a: dict, b: dict, actors: bool = True):
    """The pair's similarity and score, the actors given or left unknown."""
    recs = [record("t1", "Harbour Wire", a["day"]), record("t2", "Capital Times", b["day"])]
    ea = event("t1", a["text"], a["kind"], actor=a["actor"] if actors else None, day=a["day"], summary=a["summary"])
    eb = event("t2", b["text"], b["kind"], actor=b["actor"] if actors else None, day=b["day"], summary=b["summary"])
    (fa, fb), claims = claims_for(recs, [ea, eb])
    index = build_index(claims)
    return similarity(fa, fb, index), score_pair(fa, fb, index)


@pytest.mark.parametrize("row", PAIRS, ids=[r["name"] for r in PAIRS])
def test_stock_words_of_two_states_acts_are_no_subject(row: dict) -> None:
    sim, got = _scored(row["a"], row["b"])
    # The row tests the threshold: alike enough for the old one, not for the new.
    assert UNKNOWN_DOER_TOPIC_SIM <= sim < STRONG_TOPIC_SIM
    assert got is None


def test_the_same_words_with_doers_unknown_still_link() -> None:
    # Only known actors raise the bar: the words of a row, told of no doer, still link (with no doer to tell two
    # drills apart, one day's shift even makes them one event).
    for row in PAIRS:
        sim, got = _scored(row["a"], row["b"], actors=False)
        assert UNKNOWN_DOER_TOPIC_SIM <= sim < STRONG_TOPIC_SIM
        assert got is not None, row["name"]
