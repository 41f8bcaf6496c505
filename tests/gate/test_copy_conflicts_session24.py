"""Session 24 (pstatus24): the conflicts an editor must judge are between witnesses, not between a wire and its copy.

The status rule reads origin groups before differences (parity/status.py): a reprint that says "eight" where its
wire says "seven" is a copying slip, and the wire's claim is still corroborated by an independent "seven"
(tests/data/dev24-status, `sarstoon`). checks.py and the page did not: a conflicting claim's copy link that differed
was listed as a conflict ("differs from <the copy>"), needed a verdict of its own before the claim counted as judged,
was counted in the page's glance as a second conflict and named in the badge as a contradicting source. And a claim
conflicting only through its copy (one copied sentence, linked as one agreeing telling: `status.through_copies`) was
flagged with no source named, and no verdict on the copy's conflict settled it.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from gate.parity_checks import unjudged_conflicts
from page.context import build_context
from parity.models import ClaimLink, Difference, Relation, Status
from tests.page import story


def _link(event: str, *, agrees: bool, independent: bool, attribute: str | None = None,
          relation: str = "same_event") -> dict[str, Any]:
    differences = [{"attribute": attribute, "here": "7", "there": "8"}] if attribute else []
    return {"event": event, "excerpt": event.split("-")[0], "relation": relation, "agrees": agrees,
            "independent": independent, "differences": differences}


def _claim(event: str, status: str, links: list[dict[str, Any]], verdict: dict | None = None) -> dict[str, Any]:
    return {"event": event, "excerpt": event.split("-")[0], "status": status, "links": links, "verdict": verdict}


def _ctx(claims: list[dict[str, Any]]) -> SimpleNamespace:
    """What unjudged_conflicts reads of the gate's context (no event located: no file positions)."""
    return SimpleNamespace(claims=claims, strict=False, cache={}, raw_event=lambda _: None, excerpts={})


# The wire (ap) and its reprint (sun) tell one detention; an independent paper (am) tells another count.
WIRE = "ap-000001"
REPRINT = "sun-000002"
PAPER = "am-000003"


def _problems(claims: list[dict[str, Any]]) -> dict[str, str]:
    return {f.event: f.problem for f in unjudged_conflicts(_ctx(claims))}


def test_a_copys_slip_is_not_listed_as_a_conflict():
    """Old code: "(differs from am-000003, sun-000002 on count, date)"."""
    claims = [_claim(WIRE, "conflicting", [_link(PAPER, agrees=False, independent=True, attribute="date"),
                                           _link(REPRINT, agrees=False, independent=False, attribute="count")])]
    # Session 27: the message quotes words and both values (none here: the record holds no event of these ids).
    assert _problems(claims) == {WIRE: f"conflicting claim without an editor's verdict: ap differs from am ({PAPER}) "
                                       "(date: 7 here, 8 there)"}


def test_a_verdict_on_the_independent_conflict_settles_the_claim():
    """Old code: the copy's slip waited for a verdict of its own, so the claim stayed unjudged."""
    verdict = {"here": PAPER, "there": WIRE, "decision": "accept_there", "note": "seven per the ministry"}
    claims = [_claim(WIRE, "conflicting", [_link(PAPER, agrees=False, independent=True, attribute="count"),
                                           _link(REPRINT, agrees=False, independent=False, attribute="count")]),
              _claim(PAPER, "conflicting", [_link(WIRE, agrees=False, independent=True, attribute="count")], verdict)]
    assert _problems(claims) == {}


def test_a_conflict_through_a_copy_names_the_source_and_the_copy():
    """Old code: "conflicting claim without an editor's verdict", no source named."""
    claims = [_claim(REPRINT, "conflicting", [_link(WIRE, agrees=True, independent=False)]),
              _claim(WIRE, "conflicting", [_link(REPRINT, agrees=True, independent=False),
                                           _link(PAPER, agrees=False, independent=True, attribute="count")])]
    assert _problems(claims)[REPRINT] == (f"conflicting claim without an editor's verdict: sun differs from am "
                                          f"({PAPER}) (count: 7 here, 8 there), through its copy {WIRE}")


def test_a_verdict_on_the_copys_conflict_settles_the_claim_told_through_it():
    """Old code: the reprint stayed unjudged (only a verdict on the reprint itself settled it, and one on the pair
    reprint ~ paper would name a link the record does not hold)."""
    verdict = {"here": WIRE, "there": PAPER, "decision": "accept_here"}
    claims = [_claim(REPRINT, "conflicting", [_link(WIRE, agrees=True, independent=False)]),
              _claim(WIRE, "conflicting", [_link(REPRINT, agrees=True, independent=False),
                                           _link(PAPER, agrees=False, independent=True, attribute="count")], verdict)]
    assert _problems(claims) == {}


def test_the_page_counts_and_names_only_independent_conflicts():
    """Old code: the glance counted the copy's slip as a second conflict and the badge named the copy."""
    xs, tl, par = story.record()
    (says,) = [e for e in tl.events if e.excerpt == "br2" and e.date.phrase == "on Monday"]
    reprint = xs[1].model_copy(update={"id": "cp0", "outlet": "Reprint Desk"})
    copied = says.model_copy(update={"id": "cp0-000000", "excerpt": "cp0"})
    slip = ClaimLink(event=copied.id, excerpt="cp0", relation=Relation.same_event, agrees=False, independent=False,
                     differences=[Difference(attribute="count", here="7", there="8")])
    claims = [c.model_copy(update={"links": [*c.links, slip]}) if c.excerpt == "nm1" and c.status == Status.conflicting
              else c for c in par.claims]
    before = build_context(xs, tl, par).glance
    ctx = build_context([*xs, reprint], tl.model_copy(update={"events": [*tl.events, copied]}),
                        par.model_copy(update={"claims": claims}))
    assert (ctx.glance.conflicts, ctx.glance.conflicts_waiting) == (before.conflicts, before.conflicts_waiting) == (1, 1)
    (claim,) = [c for sc in ctx.claims if sc.source == "nm1" for c in sc.claims if c.status == "conflicting"]
    assert claim.badge == "contradicted by Baltic Report"
