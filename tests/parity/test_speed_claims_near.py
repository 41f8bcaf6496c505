"""claims_of hands each statement only the acts and statements near its evidence (claims._Near): the same claims
as when every one of its excerpt is read (which was quadratic on one huge excerpt: bench/hostile.py, 20 MB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import claims as C
from tests.timeline.events_helpers import make_excerpt
from timeline.build import build_timeline
from timeline.events import extract

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


@pytest.fixture(scope="module")
def long_record():
    """Every eval excerpt's body as one long excerpt (many statements and acts, some sharing sentences)."""
    bodies = [e.body for story in sorted(p for p in EVAL.iterdir() if p.is_dir())
              for e in load_folder(story).excerpts]
    excerpt = make_excerpt("\n\n".join(bodies), published="2021-06-24", id="long")
    return build_timeline([excerpt], [extract(excerpt)])


def test_near_finds_every_overlapping_item_and_skips_far_ones():
    spans = [(0, 50), (10, 20), (60, 400), (100, 120), (130, 140), (500, 510)]
    near = C._Near(spans, lambda s: s)
    for start, end in [(15, 18), (100, 125), (0, 1), (505, 506), (405, 499), (139, 200)]:
        found = near.near(start, end)
        assert [s for s in spans if s[0] < end and start < s[1]] == [s for s in found if s[0] < end and start < s[1]]
    assert near.near(505, 506) == [(500, 510)]  # starts after 505 - 340, before 506: far spans never read
    assert C._Near([], lambda s: s).near(0, 10) == []


def test_claims_of_is_the_same_as_reading_every_act_of_the_excerpt(long_record, monkeypatch):
    windowed = C.claims_of(long_record)
    monkeypatch.setattr(C._Near, "near", lambda self, start, end: list(self.items))
    every = C.claims_of(long_record)
    assert windowed == every
    # The rules the window serves did fire: relays of acts, and stances read with their sentence's acts.
    assert sum(c.attribution for c in windowed) >= 5
    assert sum(bool(c.stances) for c in windowed if c.kind == "statement") >= 5
