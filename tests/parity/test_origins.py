"""Shared origins: spun copies, reprints through an agency, and independent reporting."""

from __future__ import annotations

from parity.blocking import build_index, candidate_pairs
from parity.claims import claims_of
from parity.origins import find_origins, jaccard, shingles
from tests.parity.helpers import event, record, timeline

WIRE = ["Russia says it opposes a US push for further isolation of Belarus after the forced landing.",
        "The Foreign Ministry stated that new sanctions would be a big mistake and would hurt ordinary people.",
        "Moscow will consider further steps if the USA presses ahead, the ministry added."]
SPUN = ["Russian Federation says it opposes a USA thrust for additional isolation of Belarus after the forced landing.",
        "The Foreign Ministry declared that new sanctions would be a huge error and would hurt ordinary people.",
        "Kremlin will consider extra steps if the United States presses ahead, the ministry added."]
OTHER = ["Lithuania's foreign minister said the forced landing of the airliner was state terrorism.",
         "European leaders agreed on Monday to close their airspace to Belarusian airlines.",
         "Belarus's opposition leader urged the West to free the detained journalist."]


def test_spun_copy_shingles_like_its_source_and_quotes_do_not_count():
    for wire, spun in zip(WIRE, SPUN, strict=True):
        assert jaccard(shingles(wire), shingles(spun)) >= 0.5, spun
    for wire, other in zip(WIRE, OTHER, strict=True):
        assert jaccard(shingles(wire), shingles(other)) < 0.2
    quoted = '"We regard this negatively and will respond," the spokeswoman told a briefing in Moscow.'
    same_quote = 'Zakharova, asked about the sanctions on Thursday, said: "We regard this negatively and will respond."'
    assert jaccard(shingles(quoted), shingles(same_quote)) < 0.2


def _record(texts_by_excerpt, vias=None):
    recs, evs = [], []
    for ex, texts in texts_by_excerpt.items():
        recs.append(record(ex, f"Outlet {ex}", "2021-05-25"))
        for t in texts:
            evs.append(event(ex, t, day="2021-05-24", actor="Russia", via=(vias or {}).get(ex)))
    claims = claims_of(timeline(recs, evs))
    return claims, find_origins(claims, candidate_pairs(claims, build_index(claims)))


def test_a_spun_copy_is_one_origin_with_its_source():
    claims, origins = _record({"w1": WIRE, "w2": SPUN, "w3": OTHER})
    assert origins.copy_root == {"w1": "w1", "w2": "w1"}
    groups = origins.groups()
    assert [g.excerpts for g in groups] == [["w1", "w2"]]
    assert groups[0].basis.startswith("near-duplicate text")
    pos = {c.event.evidence.exact: i for i, c in enumerate(claims)}
    assert origins.dependent(pos[WIRE[2]], pos[SPUN[0]])  # any two claims of copies are one witness
    assert not origins.dependent(pos[WIRE[0]], pos[OTHER[0]])


def test_one_agency_named_by_two_outlets_is_one_origin():
    texts = {"a1": ["Belarus forced the airliner to land in Minsk, state news agency Itar-Tass reported."],
             "a2": ["Belarusian jets escorted the Ryanair plane to Minsk, TASS said."],
             "a3": ["The Ryanair plane landed in Minsk after a bomb alert, officials said."]}
    claims, origins = _record(texts, vias={"a1": "state news agency Itar-Tass", "a2": "TASS"})
    (group,) = origins.groups()
    assert group.name == "TASS" and group.excerpts == ["a1", "a2"]
    assert group.basis == "attribution: TASS; state news agency Itar-Tass"
    assert origins.dependent(0, 1) or origins.dependent(1, 0)
    ids = {c.excerpt: i for i, c in enumerate(claims)}
    assert origins.dependent(ids["a1"], ids["a2"])
    assert not origins.dependent(ids["a1"], ids["a3"])
