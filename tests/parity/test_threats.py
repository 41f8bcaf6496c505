"""A threat worded without act words and the act that carries it out (Idlib, February 2020)."""

from __future__ import annotations

from parity.blocking import build_index
from parity.claims import claims_of
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import event, record, timeline

RECS = [record("x1", "Ankara Wire", "2020-02-27"), record("x2", "Levant Digest", "2020-03-01")]
THREAT = event("x1", "Ankara vowed a response to the Syrian government on Thursday after 33 soldiers died in Idlib.",
               actor="Turkey", role="presidency", day="2020-02-27", summary="Ankara vowed a response")


def _scored(act):
    claims = claims_of(timeline(RECS, [THREAT, act]))
    fa, fb = (next(c for c in claims if c.id == e.id) for e in (THREAT, act))
    return score_pair(fa, fb, build_index(claims))


def _act(text, day, actor="Turkey"):
    return event("x2", text, "other", actor=actor, day=day, summary=text.split(" on ")[0])


def test_a_later_act_of_the_threatening_side_against_the_threatened_party_is_same_topic():
    scored = _scored(_act("Turkish drones hit Syrian army depots near Saraqeb on Saturday.", "2020-02-29"))
    assert scored is not None and scored.relation == Relation.same_topic


def test_wrong_order_wrong_party_or_wrong_side_is_no_link():
    assert _scored(_act("Turkish drones hit Syrian army depots near Saraqeb on Saturday.", "2020-02-22")) is None
    assert _scored(_act("Turkish jets hit Kurdish militant depots in northern Iraq on Saturday.", "2020-02-29")) is None
    assert _scored(_act("Syrian jets hit Turkish observation posts near Saraqeb on Saturday.", "2020-02-29",
                        actor="Syria")) is None
