"""Session 23 (pstatus23): claim statuses on unseen text.

Not saying is not denying. The timeline files "X did not confirm that Y crossed the border" (and "did not say whether",
"has not commented on") as a denied statement, and the act inside it as a denied act; parity read both as denials, so
an independent source telling the crossing became `conflicting` (a polarity difference on a link the gold lacks:
dev23-status, `adre`). A claim told only as not confirmed or not said (stance.toml [unconfirmed]: a negator, then a verb
of telling, in a statement's frame or right before an act's evidence; no denial verb) is now no witness for or against
the act it names (`claims.unconfirmed`, `status.derive_status`); two such tellings are still one remark.

Also: ANTARA writes its own name in capitals ("JAKARTA (ANTARA) -"), so a wire crediting "the state news agency
Antara" with an interview that ANTARA's own story carries was taken for a second witness (agencies.toml).

Fresh sentences below: invented states, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.build import build_parity
from parity.claims import claims_of, unconfirmed
from parity.models import Status
from tests.parity.helpers import record, timeline
from timeline.models import Event, Evidence

CROSSED = "Bolivian troops crossed the Pilcomayo near Villamontes on Sunday, residents said."
CROSSED_TOO = "Soldiers from Bolivia crossed the river Pilcomayo near Villamontes on Sunday, the Paraguayan army said."


def _in(excerpt: str, body: str, part: str, kind: str, *, summary: str, modality: str = "asserted",
        polarity: str = "positive", actor: str | None = "Bolivia", day: str | None = "2034-05-07") -> Event:
    """An event whose evidence is part of body (the first place it stands)."""
    from tests.parity.helpers import event

    start = body.index(part)
    made = event(excerpt, part, kind, actor=actor, day=day, modality=modality, polarity=polarity, summary=summary)
    return made.model_copy(update={"evidence": Evidence.of(body, start, start + len(part))})


def _statuses(third_body: str, third: list[Event]) -> dict[str, Status]:
    """Statuses of two independent tellings of one crossing beside a third source's events."""
    recs = [record("a", "La Razon", "2034-05-08"), record("b", "ABC Color", "2034-05-08"),
            record("c", "Reuters", "2034-05-08")]
    a = _in("a", CROSSED, "Bolivian troops crossed the Pilcomayo near Villamontes on Sunday", "other",
            summary="Bolivia: crossed the Pilcomayo near Villamontes on Sunday")
    b = _in("b", CROSSED_TOO, "Soldiers from Bolivia crossed the river Pilcomayo near Villamontes on Sunday", "other",
            summary="Bolivia: crossed the river Pilcomayo near Villamontes on Sunday")
    bodies = {"a": CROSSED, "b": CROSSED_TOO, "c": third_body}
    parity = build_parity(timeline(recs, [a, b, *third]), None, bodies)
    names = {a.id: "a", b.id: "b"} | {ev.id: f"c{k}" for k, ev in enumerate(third)}
    return {names[c.event]: c.status for c in parity.claims}


NOT_CONFIRMED = "A spokesman for the Bolivian army did not confirm that its troops had crossed the Pilcomayo near Villamontes."
DENIED = "A spokesman for the Bolivian army denied that its troops had crossed the Pilcomayo near Villamontes."


def _told(body: str, verb: str) -> list[Event]:
    """The statement of body and the act inside it, as the timeline files them: both denied."""
    act = "its troops had crossed the Pilcomayo near Villamontes"
    return [_in("c", body, body.rstrip("."), "statement", summary=f"Bolivia {verb}: {act}", modality="denied",
                polarity="negative", day=None),
            _in("c", body, act, "other", summary="Bolivia: crossed the Pilcomayo near Villamontes", modality="denied",
                polarity="negative", day=None)]


def test_an_act_not_confirmed_by_a_third_source_is_still_corroborated():
    """Old code: the two tellings of the crossing were conflicting (a polarity difference with the unconfirmed act)."""
    got = _statuses(NOT_CONFIRMED, _told(NOT_CONFIRMED, "did not confirm"))
    assert got["a"] == got["b"] == Status.corroborated
    assert got["c0"] == got["c1"] == Status.single_source


def test_a_denial_still_conflicts():
    got = _statuses(DENIED, _told(DENIED, "denied"))
    assert Status.conflicting in (got["a"], got["b"])


@pytest.mark.parametrize(("body", "verb", "expect"), [
    ("Asuncion did not say whether its troops had crossed the Pilcomayo near Villamontes.", "not say", True),
    ("The ministry declined to comment on whether its troops had crossed the Pilcomayo near Villamontes.",
     "declined to comment on", True),
    ("The army has not immediately confirmed that its troops had crossed the Pilcomayo near Villamontes.",
     "has not immediately confirmed", True),
    # Guards: a denial verb is a denial.
    ("The army denied that its troops had crossed the Pilcomayo near Villamontes.", "denied", False),
    ("The army rejected reports that its troops had crossed the Pilcomayo near Villamontes.", "rejected reports", False),
])
def test_what_is_told_only_as_not_said(body, verb, expect):
    """Old code: no such reading (every claim negated by its frame was a denial)."""
    events = _told(body, verb)
    records = [record("c", "Reuters", "2034-05-08")]
    claims = claims_of(timeline(records, events))
    statement = next(c for c in claims if c.kind == "statement")
    assert unconfirmed(statement) is expect


def test_an_act_after_a_cue_in_its_own_words_is_no_unconfirmed_telling():
    """The cue must end right before the act's evidence ("did not confirm that <act>"), not sit anywhere before it."""
    body = "The army did not say much, but its troops had crossed the Pilcomayo near Villamontes."
    act = "its troops had crossed the Pilcomayo near Villamontes"
    ev = _in("c", body, act, "other", summary="Bolivia: crossed the Pilcomayo", modality="denied", polarity="negative")
    (claim,) = claims_of(timeline([record("c", "Reuters", "2034-05-08")], [ev]))
    assert not unconfirmed(claim)


def test_a_cue_opening_the_acts_own_evidence_frames_it():
    """The timeline may read "Tass did not say the plane had been shot down." as the act "shot down", its evidence the
    whole sentence: the cue before the summary's words, no clause break between, frames it (old code: a denial, and the
    other sources' telling of the shootdown conflicting; dev22-links)."""
    body = "The agency did not say the airliner had been shot down."
    ev = _in("c", body, body, "other", summary="shot down.", modality="denied", polarity="negative", actor=None)
    (claim,) = claims_of(timeline([record("c", "Reuters", "2034-05-08")], [ev]))
    assert unconfirmed(claim)
    broken = "The agency did not say much; the airliner had been shot down."
    ev = _in("c", broken, broken, "other", summary="shot down.", modality="denied", polarity="negative", actor=None)
    (claim,) = claims_of(timeline([record("c", "Reuters", "2034-05-08")], [ev]))
    assert not unconfirmed(claim)


def test_antara_in_capitals_is_the_agency():
    """Old code: 'ANTARA' (its own dateline) and 'Antara' (a wire's credit) were two origins."""
    assert lexicon.agency("ANTARA") == lexicon.agency("the state news agency Antara") == "Antara"
