"""Blame told as the target's predicate ("believes Iran was behind the attack"): stance.toml [predicates]
(fresh sentences, none from a corpus)."""

from __future__ import annotations

import pytest

from parity.build import build_parity
from parity.stance import stances_in
from tests.parity.helpers import event, record, timeline


@pytest.mark.parametrize("text, expect", [
    ("The Dutch foreign minister said the Netherlands believes Syria is responsible for the chemical attack.",
     ["Netherlands|blame|Syria|positive"]),
    ("Ankara said it was almost certainly Iran behind the drone strikes, and that Iran was behind the raid.",
     ["Turkey|blame|Iran|positive"]),
    ("Officials in Canberra concluded that Beijing was probably behind the hacking of parliament's network.",
     ["Australia|blame|China|positive"]),
    ("Nairobi told the council that Mogadishu was to blame.", ["Kenya|blame|Somalia|positive"]),
    ("Seoul said it was highly likely that Pyongyang was responsible.", ["South Korea|blame|North Korea|positive"]),
    ("Tokyo said North Korea was not behind the cyberattack on its banks.", ["Japan|blame|North Korea|negative"]),
    ("Washington has refrained from saying Iran was behind the explosions on the tankers.",
     ["US|blame|Iran|negative"]),
    # No act named: a duty, a place or a position, not blame.
    ("Mexico is responsible for security along its side of the border.", []),
    ("Officials said Egypt was behind schedule on the pipeline.", []),
    ("Norway is behind the Swedish bid, its premier said.", []),
])
def test_predicate_blame(text, expect):
    got = [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in stances_in(text)]
    assert got == expect


def test_a_predicate_blame_conflicts_with_a_side_that_withholds_it():
    recs = [record("p1", "Harbour Post", "2019-06-14"), record("p2", "Capital Wire", "2019-06-15")]
    blames = event("p1", "The US envoy told the council that the United States believes Iran is responsible for "
                   "the attacks on the tankers.", actor="United States", summary="The US envoy told the council")
    withholds = event("p2", "Washington has so far refrained from blaming Iran for the attacks on the tankers.",
                      actor="United States", summary="Washington has so far refrained from blaming Iran")
    parity = build_parity(timeline(recs, [blames, withholds]), None, {"p1": blames.evidence.exact,
                                                                      "p2": withholds.evidence.exact})
    claims = {c.event: c for c in parity.claims}
    (link,) = claims[blames.id].links
    assert link.event == withholds.id and not link.agrees
    assert [d.attribute for d in link.differences][:1] == ["stance"]
    assert claims[blames.id].status.value == claims[withholds.id].status.value == "conflicting"
