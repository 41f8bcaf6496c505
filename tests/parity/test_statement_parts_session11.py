"""Session 11 (pe2e): one known speaker's statements whose sentences are worded alike (similarity >= SPEAKERS_SIM), each
summary a fragment of what was said, are two parts of one statement, whose summaries need share no word
(score._one_statement_parts); another speaker, or words apart, are not (fresh sentences, among their story's claims)."""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import claims_for, event, record

RECS = [record("e1", "Morning Wire", "2024-03-07"), record("e2", "Evening Post", "2024-03-07"),
        record("e3", "Third Daily", "2024-03-07")]
STORY = [
    ("Militia rockets hit a base near the airport on Tuesday.", "other", None, "2024-03-05",
     "rockets hit a base near the airport on Tuesday"),
    ("The defence ministry said two soldiers were wounded.", "statement", "Jordan", None,
     "Jordan said: two soldiers were wounded"),
]
GUARDS = ("The Revolutionary Guards said in a statement that the strike avenged the martyred general and warned the Great "
          "Satan.", "statement", "Iran", None, "Iran said in a statement: the martyred general")


def _relation(one: tuple, other: tuple) -> Relation | None:
    """The relation of two (text, kind, actor, day, summary) rows of two sources, among their story's claims."""
    def make(excerpt: str, row: tuple):
        text, kind, actor, day, summary = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=summary)
    (fa, fb, *_), claims = claims_for(RECS, [make("e1", one), make("e2", other)] + [make("e3", r) for r in STORY])
    got = score_pair(fa, fb, build_index(claims))
    return got.relation if got else None


def test_two_parts_of_one_statement() -> None:
    other = ("In a statement, the Revolutionary Guards warned the Great Satan that the strike avenged the martyred "
             "general.", "statement", "Iran", None, "Iran warned: the Great Satan")
    assert _relation(GUARDS, other) == Relation.same_event


@pytest.mark.parametrize("other", [
    # another speaker
    ("In a statement, Iraq's government warned that the strike on its soil violated its sovereignty.", "statement",
     "Iraq", None, "Iraq warned: violated its sovereignty"),
    # one speaker, words apart
    ("Iran's foreign ministry summoned the Swiss envoy, who represents US interests, over the drone flights.",
     "statement", "Iran", None, "Iran summoned: the Swiss envoy"),
])
def test_not_one_statement(other: tuple) -> None:
    assert _relation(GUARDS, other) != Relation.same_event
