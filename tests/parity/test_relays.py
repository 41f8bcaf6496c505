"""Two relays of different acts by one speaker are two statements (Gulf of Aden, March 2024)."""

from __future__ import annotations

from parity.blocking import build_index
from parity.claims import claims_of
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import event, record, timeline

RECS = [record("a1", "Aden Wire", "2024-03-05"), record("a2", "Red Sea Digest", "2024-03-08")]
DOWNED = "A French frigate shot down two drones over the Gulf of Aden, the US military said."
RAID = "A day later a US warship fired missiles at a radar site that had launched drones, US officials said."
DOWNED_SPUN = "A French frigate downed two drones above the Gulf of Aden, the US military stated."


def _pair(first, second):
    evs = [event("a1", first, "other", actor="France", summary=first.split(",")[0]),
           event("a1", first, actor="United States", summary="the US military said"),
           event("a2", second, "other", actor="United States", summary=second.split(",")[0]),
           event("a2", second, actor="United States", summary=second.split(", ")[-1].rstrip("."))]
    claims = claims_of(timeline(RECS, evs))
    said = [c for c in claims if c.kind == "statement"]
    assert all(c.attribution for c in said)
    return score_pair(said[0], said[1], build_index(claims))


def test_relays_of_two_acts_by_one_speaker_days_apart_are_not_one_statement():
    scored = _pair(DOWNED, RAID)
    assert scored is None or scored.relation != Relation.same_event


def test_relays_of_one_act_told_alike_are_one_statement():
    scored = _pair(DOWNED, DOWNED_SPUN)
    assert scored is not None and scored.relation == Relation.same_event
