"""parity.evaluate.status_cause: each wrong status is named by what decided it (the `--why` status breakdown)."""

from __future__ import annotations

import pytest

from parity.evaluate import Score, status_cause
from parity.models import Claim, ClaimLink, Difference, Relation, Status


def _link(event: str, relation: str = "same_event", agrees: bool = True, independent: bool = True,
          differs: tuple[str, ...] = ()) -> ClaimLink:
    return ClaimLink(event=event, excerpt=event.split("-")[0], relation=Relation(relation), agrees=agrees,
                     independent=independent,
                     differences=[Difference(attribute=a, here="x", there="y") for a in differs])


def _claim(status: str, *links: ClaimLink) -> Claim:
    return Claim(event="a-1", excerpt="a", status=Status(status), links=list(links))


# (gold status, claim (None: not extracted), gold links {event: relation}, gold's differing ends, unextracted, cause)
ROWS = [
    ("corroborated", None, {"b-1": "same_event"}, set(), 0, "corroborated -> none: event not extracted"),
    ("corroborated", _claim("single_source"), {"b-1": "same_event"}, set(), 0,
     "corroborated -> single_source: no link found"),
    ("corroborated", _claim("single_source"), {}, set(), 1,
     "corroborated -> single_source: the gold's counterpart not extracted"),
    ("single_source", _claim("single_source"), {}, set(), 0, "single_source -> single_source: no link, none in the gold either"),
    ("corroborated", _claim("conflicting", _link("b-1", agrees=False, differs=("place",))), {"b-1": "same_event"}, set(), 0,
     "corroborated -> conflicting: a difference the gold does not list (place)"),
    ("corroborated", _claim("conflicting", _link("c-4", agrees=False, differs=("date", "actor"))), {"b-1": "same_event"},
     set(), 0, "corroborated -> conflicting: a link the gold lacks differs (actor,date)"),
    ("conflicting", _claim("corroborated", _link("b-1")), {"b-1": "same_event"}, {"b-1"}, 0,
     "conflicting -> corroborated: the gold's difference not seen"),
    ("conflicting", _claim("corroborated", _link("c-2")), {"b-1": "same_event"}, {"b-1"}, 0,
     "conflicting -> corroborated: the differing link not found"),
    ("echo", _claim("corroborated", _link("b-1")), {"b-1": "same_event"}, set(), 0,
     "echo -> corroborated: a copy taken for an independent witness"),
    ("single_source", _claim("corroborated", _link("c-9")), {}, set(), 0,
     "single_source -> corroborated: a same_event link the gold lacks"),
    ("corroborated", _claim("echo", _link("b-1", independent=False)), {"b-1": "same_event", "d-1": "same_event"}, set(), 1,
     "corroborated -> echo: only a copy's link found (the independent one not extracted)"),
    ("corroborated", _claim("later_development", _link("b-1", "same_topic")), {"b-1": "same_event"}, set(), 0,
     "corroborated -> later_development: found as same_topic"),
    ("later_development", _claim("echo", _link("b-1", independent=False)), {"d-2": "same_topic"}, set(), 0,
     "later_development -> echo: no same_topic link to the later source"),
    ("single_source", _claim("later_development", _link("e-3", "same_topic")), {}, set(), 0,
     "single_source -> later_development: a same_topic link the gold lacks"),
]


@pytest.mark.parametrize(("gold", "claim", "links", "differing", "lost", "cause"), ROWS)
def test_status_cause(gold, claim, links, differing, lost, cause) -> None:
    assert status_cause(gold, claim, links, differing, lost) == cause


def test_why_lines_count_wrong_statuses_by_cause() -> None:
    score = Score(name="all", status_right=3, status_total=5)
    score.status_why.update({"corroborated -> single_source: no link found": 2})
    lines = score.why_lines()
    assert "all      wrong statuses 2 of 5, by cause" in lines
    assert "       2  corroborated -> single_source: no link found" in lines
