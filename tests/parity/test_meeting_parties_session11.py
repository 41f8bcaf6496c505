"""Session 11 (pe2e): two meetings tied only as one's actor named in the other's sentence (score._meeting_party), told on
other days, are a party's two meetings, not one meeting whose day the sources dispute (a false date conflict); on one
day they stay one meeting (fresh sentences, scored among other claims of their story)."""

from __future__ import annotations

from parity.blocking import build_index
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import claims_for, event, record

RECS = [record("e1", "Morning Wire", "2024-03-07"), record("e2", "Evening Post", "2024-03-07"),
        record("e3", "Third Daily", "2024-03-07")]
STORY = [
    ("The border standoff entered its third week on Wednesday.", "other", None, "2024-03-06"),
    ("Troops from both sides remained at the pass, officials said.", "statement", None, None),
]
MET = ("Defence Minister Lena Hartmann met the army chiefs and Foreign Minister Jonas Berg on Tuesday to review the "
       "situation.", "meeting", "Lena Hartmann", "2024-03-05")


def _scored(one: tuple, other: tuple):
    """score_pair of two (text, kind, actor, day) rows of two sources, among their story's other claims."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=text.rstrip("."))
    (fa, fb, *_), claims = claims_for(RECS, [make("e1", one), make("e2", other)] + [make("e3", r) for r in STORY])
    return score_pair(fa, fb, build_index(claims))


def test_party_other_day_is_another_meeting() -> None:
    other = ("Foreign Minister Jonas Berg, who spoke to his Chinese counterpart on Wednesday, urged calm to review the "
             "situation.", "meeting", "Jonas Berg", "2024-03-06")
    got = _scored(MET, other)
    assert got is None or got.relation != Relation.same_event


def test_party_one_day_is_one_meeting() -> None:
    other = ("Foreign Minister Jonas Berg joined the army chiefs at the defence ministry on Tuesday to review the "
             "situation.", "meeting", "Jonas Berg", "2024-03-05")
    got = _scored(MET, other)
    assert got is not None and got.relation == Relation.same_event and got.agrees
