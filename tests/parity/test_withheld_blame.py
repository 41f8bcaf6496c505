"""Restraint that stops short of blaming an act's doer, against a claim that it blamed them (Gaza, May 2021)."""

from __future__ import annotations

from parity.build import build_parity
from parity.claims import claims_of
from parity.stance import stances_in
from tests.parity.helpers import record, timeline
from timeline.models import DateResolution, Event, Evidence, event_id

STRIKES = "Israeli jets struck targets across Gaza overnight on Tuesday, the military said."
FILLER = "Schools in the south of the strip stayed shut and fuel ran short at the main power plant."
CALM = "Egypt called for calm, stopping short of condemning the strikes."
BODY = f"{FILLER}\n\n{STRIKES} {CALM}"
CLAIM = "Regional states, including Egypt, have condemned the Israeli aggression, the Hamas spokesman said."


def _event(excerpt, body, sentence, kind, actor, summary, day=None):
    start = body.index(sentence)
    dr = DateResolution(start=day, end=day, phrase="test", basis="test", relative_to="absolute") if day else DateResolution()
    return Event(id=event_id(excerpt, kind, sentence), excerpt=excerpt, kind=kind, actor=actor, summary=summary,
                 date=dr, evidence=Evidence.of(body, start, start + len(sentence)))


def _story():
    events = [_event("g1", BODY, STRIKES, "other", "Israel", "Israeli jets struck targets across Gaza", "2021-05-11"),
              _event("g1", BODY, CALM, "statement", "Egypt", "Egypt called for calm"),
              _event("g2", CLAIM, CLAIM, "statement", "Hamas", "the Hamas spokesman said")]
    recs = [record("g1", "Cairo Ledger", "2021-05-12"), record("g2", "Strip Radio", "2021-05-12")]
    return events, timeline(recs, events)


def test_stopping_short_of_condemning_after_a_call_for_calm_is_withheld_blame_of_the_calm_callers():
    got = stances_in(CALM, ("Egypt",), {}, ((frozenset({"strik"}), "Israel"),))
    assert ("Egypt",) in {s.sides for s in got if s.stance == "blame"}
    assert any(s.stance == "blame" and s.target == "Israel" and s.polarity == "negative" for s in got)


def test_the_act_of_the_sentence_before_gives_the_target_and_the_claims_conflict():
    events, tl = _story()
    calm = next(c for c in claims_of(tl) if c.id == events[1].id)
    assert any(s.stance == "blame" and s.target == "Israel" and s.polarity == "negative" for s in calm.stances)
    parity = build_parity(tl, bodies={"g1": BODY, "g2": CLAIM})
    status = {c.event: c.status.value for c in parity.claims}
    assert status[events[1].id] == status[events[2].id] == "conflicting"
