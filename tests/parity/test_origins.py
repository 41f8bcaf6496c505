"""Shared origins: spun copies, reprints through an agency, and independent reporting."""

from __future__ import annotations

from pathlib import Path

from parity.blocking import build_index, candidate_pairs
from parity.claims import claims_of
from parity.origins import COPY_CONTAINMENT, find_origins, in_order, jaccard, shingles, shingles_and_order
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


def _record(texts_by_excerpt, vias=None, credit=None, bodies=None):
    recs, evs = [], []
    for ex, texts in texts_by_excerpt.items():
        recs.append(record(ex, f"Outlet {ex}", "2021-05-25"))
        for t in texts:
            evs.append(event(ex, t, day="2021-05-24", actor="Russia", via=(vias or {}).get(ex)))
    claims = claims_of(timeline(recs, evs))
    return claims, find_origins(claims, candidate_pairs(claims, build_index(claims)), credit, bodies)


def test_a_spun_copy_is_one_origin_with_its_source():
    claims, origins = _record({"w1": WIRE, "w2": SPUN, "w3": OTHER})
    assert origins.excerpt_groups() == {"copied text: w1, w2": ["w1", "w2"], "copied text: w3": ["w3"]}
    groups = origins.groups()
    assert [g.excerpts for g in groups] == [["w1", "w2"]]
    assert groups[0].basis.startswith("near-duplicate text w1~w2")
    pos = {c.event.evidence.exact: i for i, c in enumerate(claims)}
    assert origins.dependent(pos[WIRE[2]], pos[SPUN[0]])  # any two claims of copies are one witness
    assert not origins.dependent(pos[WIRE[0]], pos[OTHER[0]])


def test_one_agency_named_by_two_outlets_is_one_origin():
    texts = {"a1": ["Belarus forced the airliner to land in Minsk, state news agency Itar-Tass reported."],
             "a2": ["Belarusian jets escorted the Ryanair plane to Minsk, TASS said."],
             "a3": ["The Ryanair plane landed in Minsk after a bomb alert, officials said."]}
    claims, origins = _record(texts, vias={"a1": "state news agency Itar-Tass", "a2": "TASS"})
    (group,) = [g for g in origins.groups() if g.basis.startswith("attribution")]
    assert group.name == "TASS" and group.excerpts == ["a1", "a2"]
    assert group.basis == "attribution: TASS; state news agency Itar-Tass"
    assert origins.dependent(0, 1) or origins.dependent(1, 0)
    ids = {c.excerpt: i for i, c in enumerate(claims)}
    assert origins.dependent(ids["a1"], ids["a2"])
    assert not origins.dependent(ids["a1"], ids["a3"])


def test_excerpts_credited_to_one_agency_are_one_witness_and_a_ministry_is_no_wire():
    texts = {"c1": ["Belarus forced the airliner to land in Minsk on Sunday."],
             "c2": ["A fighter jet escorted the plane to the capital after a bomb alert."],
             "c3": ["Lithuania's president called the landing an act of state terrorism."]}
    claims, origins = _record(texts, vias={"c3": "a Belarusian Foreign Ministry transcript"},
                              credit={"c1": "AFP", "c2": "AFP"})
    ids = {c.excerpt: i for i, c in enumerate(claims)}
    assert origins.dependent(ids["c1"], ids["c2"])
    assert not origins.dependent(ids["c1"], ids["c3"])
    names = [(g.name, g.excerpts, g.basis) for g in origins.groups()]
    assert names == [("AFP", ["c1", "c2"], "c1 credited to AFP; c2 credited to AFP"),
                     ("Belarusian Foreign Ministry transcript", ["c3"],
                      "attribution (speaker's channel, not a wire): a Belarusian Foreign Ministry transcript")]


def test_copies_found_from_whole_bodies():
    bodies = {"w1": " ".join(WIRE), "w2": " ".join(SPUN), "w3": " ".join(OTHER)}
    _, origins = _record({"w1": WIRE[:1], "w2": OTHER[1:2], "w3": OTHER[2:]}, bodies=bodies)
    assert origins.group["w1"] == origins.group["w2"] != origins.group["w3"]


SPIN = Path(__file__).parent.parent / "data" / "spin"


def test_a_heavily_spun_copy_is_found_by_its_word_order_and_an_independent_report_is_not():
    # spun.txt swaps most content words of wire.txt (few 3-shingles survive); indep.txt reports the
    # same event in its own words, with the same names, numbers and places.
    bodies = {name: (SPIN / f"{name}.txt").read_text(encoding="utf-8") for name in ("wire", "spun", "indep")}
    sh = {k: shingles(v, cached=False) for k, v in bodies.items()}
    assert len(sh["wire"] & sh["spun"]) / min(len(sh["wire"]), len(sh["spun"])) < COPY_CONTAINMENT
    _, origins = _record({"wire": WIRE[:1], "spun": OTHER[1:2], "indep": OTHER[2:]}, bodies=bodies)
    assert origins.group["wire"] == origins.group["spun"] != origins.group["indep"]
    assert [(a, b) for a, b, *_ in origins.copies] == [("spun", "wire")]


def test_word_order_check_is_a_share_of_the_shorter_text():
    vocab: dict[str, int] = {}
    a = shingles_and_order("Police boarded the tanker on Friday near the port, officials said.", vocab)[1]
    b = shingles_and_order("Police seized the ship on Friday close to the harbour, officials stated.", vocab)[1]
    assert 0.5 <= in_order(a, b) < 1.0
    assert in_order(a, a) == 1.0
    assert in_order(a, shingles_and_order("", vocab)[1]) == 0.0
    assert len(vocab) == len(set(vocab.values()))  # one id per word: equal ids only for equal words
