"""Faster forms of the timeline stage's steps give exactly what the plain forms give."""

from __future__ import annotations

import pytest

from bench.generate import generate
from timeline import lexicon as L

TEXTS = [
    "the navy fired a missile and the frigate left port; talks were held and a truce agreed.",
    # Overlapping gate words ("deploy" inside "redeployment"), a rare word alone (" hit"), one list's word
    # inside the other's ("relations", "ties", "tariffs" are in both), words at the very end.
    "redeployment of warships was hit by a ceasefire, relations and ties and tariffs; it was hit",
    "nothing here at all",
    "",
]


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    files = generate(12, seed=5)
    return [L.lowered(b.decode("utf-8")) for b in files.values()]


def test_one_pass_gives_both_lists_of_gate_hits(bodies: list[str]) -> None:
    for text in [L.lowered(t) for t in TEXTS] + bodies:
        assert L.all_hits(text) == (L.gate_hits(text), L.rare_hits(text))
    gates, rares = L.all_hits(L.lowered(TEXTS[1]))
    assert gates[0] and rares[0]  # the test text holds words of both lists
