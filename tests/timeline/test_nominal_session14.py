"""Acts told as a noun with a month or a year of their own (session 14, timeline/actnouns.py and nominal.py): "the
downing of the airliner in July 2014", "last year's seizure of the freighter", "Iran's seizure of the tanker in July":
events dated by that whole month or year. Fresh sentences of other crises; negative rows: plans and talks about the act,
generic plural nouns, an act already told by its verb, a year-bearing month after a possessive doer (background)."""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import held_by, make_excerpt
from timeline.events import extract_strict

PUBLISHED = "2023-03-10"  # "in May" told in the past is May 2022; "in March" is March 2023 up to the 10th
LEAD = "Officials met in Geneva on Tuesday.\n\n"  # a sentence with no act noun, so nothing is told before

# (sentence, kind, actor or None (not checked), anchor, first day, last day)
ROWS = [
    ("Kyiv has not forgotten the sinking of the cruiser Moskva in April 2022.", "other", None,
     "the sinking of the cruiser Moskva", "2022-04-01", "2022-04-30"),
    ("Ankara demanded an apology for the downing of the airliner in July 2014.", "other", None,
     "the downing of the airliner", "2014-07-01", "2014-07-31"),
    ("The expulsion of four diplomats in October was the largest in a decade.", "sanction", None,
     "The expulsion of four diplomats", "2022-10-01", "2022-10-31"),
    ("Relations soured after the arrest of two journalists in May.", "other", None,
     "the arrest of two journalists", "2022-05-01", "2022-05-31"),
    ("Last year's seizure of the freighter by the coast guard strained relations.", "other", None,
     "seizure of the freighter", "2022-01-01", "2022-12-31"),
    ("The seizure in March of a fishing boat by the coast guard angered Hanoi.", "other", None,
     "The seizure in March", "2023-03-01", "2023-03-10"),
    ("Iran's seizure of the tanker in July was condemned by London.", "other", "Iran",
     "Iran's seizure of the tanker", "2022-07-01", "2022-07-31"),
    ("Monrovia recalled its envoy over the closure of the border crossing in early November.", "other", None,
     "the closure of the border crossing", "2022-11-01", "2022-11-10"),
    ("Following the detention of the trawler captain in September, Tokyo said little in public.", "other", None,
     "the detention of the trawler captain", "2022-09-01", "2022-09-30"),
]

# Sentences in which no act is read at the anchor (the matter of a plan or talks, a generic noun, a background year).
NEGATIVE = [
    ("Talks on the seizure of the tanker in March will resume next week.", "the seizure of the tanker"),
    ("Plans for the closure of the border in June were shelved.", "the closure of the border"),
    ("Sinkings have increased since March.", "Sinkings"),
    ("Iran's seizure of the tanker in July 2019 was condemned by London.", "Iran's seizure of the tanker"),
    ("The closure of the border in June would hurt trade.", "The closure of the border"),
    ("It was the twelfth drone attack on the refinery since October.", "the twelfth drone attack"),
    ("Turkey's seizure of the freighter since June has drawn protests.", "Turkey's seizure of the freighter"),
]


@pytest.mark.parametrize(("text", "kind", "actor", "anchor", "first", "last"), ROWS, ids=[r[3] for r in ROWS])
def test_act_noun_with_its_month_or_year(text: str, kind: str, actor: str | None, anchor: str, first: str,
                                         last: str) -> None:
    """The noun is an event of its kind, dated by the whole month or year it names."""
    body = LEAD + text
    events = extract_strict(make_excerpt(body, published=PUBLISHED))
    held = [e for e in held_by(events, body, kind, anchor) if e.date is not None]
    assert held, [(e.kind.value, e.evidence.exact, e.date) for e in events]
    assert any(str(e.date.start) == first and str(e.date.end) == last for e in held), \
        [(e.date.phrase, str(e.date.start), str(e.date.end)) for e in held]
    if actor is not None:
        assert any(e.actor == actor for e in held), [e.actor for e in held]


@pytest.mark.parametrize(("text", "anchor"), NEGATIVE, ids=[r[0][:40] for r in NEGATIVE])
def test_no_act_noun(text: str, anchor: str) -> None:
    """No act of force is read at a noun of plans, talks, habits or background."""
    body = LEAD + text
    events = extract_strict(make_excerpt(body, published=PUBLISHED))
    assert not held_by(events, body, "other", anchor), [(e.kind.value, e.evidence.exact) for e in events]


def test_no_second_event_for_an_act_told_by_its_verb() -> None:
    """A noun with its month after the same act told by its verb names that act again: one event, not two."""
    body = ("The coast guard seized the freighter Ocean Star on Monday.\n\n"
            "The seizure of the freighter in March was the third this year.")
    events = extract_strict(make_excerpt(body, published=PUBLISHED))
    assert not held_by(events, body, "other", "The seizure of the freighter"), \
        [(e.kind.value, e.evidence.exact) for e in events]
