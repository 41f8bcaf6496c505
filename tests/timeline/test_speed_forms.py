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


def test_a_model_built_from_every_field_is_the_one_model_construct_makes() -> None:
    from timeline.models import DateResolution, Event, Evidence, Kind, Modality, Quote

    body = "Russia said on Monday it would hold drills."
    fields = dict(id="x-1", excerpt="x", kind=Kind.statement, actor="Russia", actor_role=None, participants=["NATO"],
                  summary="Russia said", quote=Quote(text="it would", direct=False), modality=Modality.asserted,
                  via=None, date=DateResolution(phrase="on Monday", basis="b"), evidence=Evidence.of(body, 0, 11),
                  place=None, objects=["drills"], count=None, polarity="positive", tense="past")
    want, got = Event.model_construct(**fields), Event.built(**dict(reversed(fields.items())))
    assert got == want and list(got.__dict__) == list(want.__dict__)
    assert got.model_fields_set == want.model_fields_set and got.__pydantic_extra__ is None
    assert got.model_dump_json() == want.model_dump_json()
    # Built twice, the field names are one shared set (as Lean shares them for validated models).
    assert Event.built(**fields).__pydantic_fields_set__ is got.__pydantic_fields_set__
    # A field left out: model_construct's own way, defaults and all.
    short = {k: v for k, v in fields.items() if k != "objects"}
    assert Event.built(**short) == Event.model_construct(**short) and Event.built(**short).objects == []
