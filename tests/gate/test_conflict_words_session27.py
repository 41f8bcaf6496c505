"""Session 27 (pstatus27): an unjudged conflict tells the editor what conflicts and where, without the JSON.

checks.py's finding read "conflicting claim without an editor's verdict (differs from am-000003 on count)": an event
id and an attribute name, so an editor had to open out/parity.json and out/timeline.json to learn which claim, which
source and which two figures. It now quotes the claim's own words and source, each source it differs from (outlet, event
id and words) and both values of each difference; a single-source finding names its outlet and words too. Fresh
sentences: an invented seizure on the Rio Coco (2049), no text of a held-out set.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from gate.parity_checks import single_source, unjudged_conflicts
from timeline.models import ExcerptRecord

WIRE, PAPER, RADIO, COPY = "wire-000001", "paper-000002", "radio-000003", "copy-000004"
WORDS = {
    WIRE: "Nicaraguan coast guards seized seven Honduran fishing boats on the Rio Coco on Tuesday, the navy said.",
    PAPER: "Nine boats were seized at the river mouth on Monday, fishermen told the paper.",
    RADIO: "The navy denied seizing any boats.",
    COPY: "Nicaraguan coast guards seized seven Honduran fishing boats on the Rio Coco on Tuesday, the navy said.",
}
OUTLETS = {"wire": "Agence Centroamericana", "paper": "La Tribuna", "radio": "Radio America", "copy": "Coco Digest"}


def _raw(event: str) -> dict[str, Any]:
    text = WORDS[event]
    return {"id": event, "excerpt": event.split("-")[0],
            "evidence": {"start": 0, "end": len(text), "exact": text, "prefix": "", "suffix": ""}}


def _record(excerpt: str) -> ExcerptRecord:
    return ExcerptRecord(id=excerpt, path=f"{excerpt}.txt", sha256="0" * 64, title="t", outlet=OUTLETS[excerpt],
                         published="2049-05-12")


def _ctx(claims: list[dict[str, Any]]) -> SimpleNamespace:
    """What the parity checks read of the gate's context: the claims, the record's events and sources."""
    return SimpleNamespace(claims=claims, strict=False, cache={}, excerpts={},
                           raw_event=lambda e: _raw(e) if e in WORDS else None,
                           records={x: _record(x) for x in OUTLETS})


def _link(event: str, *, agrees: bool = False, independent: bool = True,
          differences: tuple[tuple[str, str, str], ...] = ()) -> dict[str, Any]:
    return {"event": event, "excerpt": event.split("-")[0], "relation": "same_event", "agrees": agrees,
            "independent": independent,
            "differences": [{"attribute": a, "here": h, "there": t} for a, h, t in differences]}


def _claim(event: str, status: str, links: list[dict[str, Any]]) -> dict[str, Any]:
    return {"event": event, "excerpt": event.split("-")[0], "status": status, "links": links, "verdict": None}


def test_an_unjudged_conflict_quotes_both_sources_and_both_values():
    """Old code: "conflicting claim without an editor's verdict (differs from paper-000002 on count, date)"."""
    claims = [_claim(WIRE, "conflicting", [_link(PAPER, differences=(("count", "seven Honduran fishing boats",
                                                                       "Nine boats"),
                                                                      ("date", "2049-05-11", "2049-05-10")))])]
    (finding,) = unjudged_conflicts(_ctx(claims))
    assert finding.problem == (
        "conflicting claim without an editor's verdict: Agence Centroamericana: “Nicaraguan coast guards seized seven "
        "Honduran fishing boats on the Rio Coco on Tuesday …” differs from La Tribuna (paper-000002): “Nine boats were "
        "seized at the river mouth on Monday, fishermen told the paper.” (count: seven Honduran fishing boats here, "
        "Nine boats there; date: 11 May here, 10 May there)")


def test_each_source_it_differs_from_is_quoted():
    """Old code: "(differs from paper-000002, radio-000003 on count, polarity)": which source differed on what was lost."""
    claims = [_claim(WIRE, "conflicting", [_link(RADIO, differences=(("polarity", "asserted", "denied"),)),
                                           _link(PAPER, differences=(("count", "seven", "Nine"),))])]
    (finding,) = unjudged_conflicts(_ctx(claims))
    tail = finding.problem.split(" differs from ", 1)[1]
    assert tail == ("La Tribuna (paper-000002): “Nine boats were seized at the river mouth on Monday, fishermen told "
                    "the paper.” (count: seven here, Nine there), and from Radio America "
                    "(radio-000003): “The navy denied seizing any boats.” (polarity: asserted here, denied there)")


def test_a_conflict_through_a_copy_quotes_the_far_source_and_names_the_copy():
    claims = [_claim(COPY, "conflicting", [_link(WIRE, agrees=True, independent=False)]),
              _claim(WIRE, "conflicting", [_link(COPY, agrees=True, independent=False),
                                           _link(PAPER, differences=(("count", "seven", "Nine"),))])]
    problems = {f.event: f.problem for f in unjudged_conflicts(_ctx(claims))}
    assert problems[COPY].startswith("conflicting claim without an editor's verdict: Coco Digest: “Nicaraguan")
    assert problems[COPY].endswith("(count: seven here, Nine there), through its copy wire-000001")


def test_a_source_missing_from_the_record_is_named_by_its_id():
    """A record that lost an event still names the conflict by what it has (no words invented)."""
    claims = [_claim(WIRE, "conflicting", [_link("gone-000009", differences=(("count", "7", "8"),))])]
    (finding,) = unjudged_conflicts(_ctx(claims))
    assert finding.problem.endswith(" differs from gone (gone-000009) (count: 7 here, 8 there)")


def test_a_single_source_claim_names_its_outlet_and_words():
    """Old code: "only this source reports it" for every one of them."""
    (finding,) = single_source(_ctx([_claim(RADIO, "single_source", [])]))
    assert finding.problem == "only Radio America reports it: “The navy denied seizing any boats.”"
