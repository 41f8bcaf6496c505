"""Session 27 (acts27, issue 4): acts found, kinded and bounded on unseen text. heldout22 (declassified this session,
recall 81%, kind 93%) re-tabled by shape and cause, and the largest rule-shaped causes fixed; the two session-26 rules for
an order to go made one. Rows are fresh sentences about other crises, outlets and years (never a held-out set's text); the
dev corpus tests/data/dev27-acts (Russia-Georgia 2008, Djibouti-Eritrea 2008) tells the same shapes in whole excerpts.

The table: every act-side row of `python -m timeline.evaluate --corpus tests/data/heldout22 -v` at main 94147ff (a missed
act, an act read as another kind, an act swallowed by the statement beside it), by shape and cause.

| shape (why not read or not read right)                                                         | gold acts              | n |
|-------------------------------------------------------------------------------------------------|------------------------|---|
| D  forces put somewhere read as `other`, a meeting or not at all: "paratroopers secured the     | sl-01 x2, sl-02 x2,    | 12|
|    capital's airport" x2, "soldiers of the 1st Battalion ... landed at Lungi airport", "touched  | sl-03 x3, sl-04 x4,    |   |
|    down at Lungi", "will take over from 1st Battalion", "are coming ashore to take over" (a      | eb-03                  |   |
|    meeting's evidence ran over it), "will return to the United Kingdom", "will help to train and |                        |   |
|    equip", "bring most of them home", "troops are due by the end of the month", "has moved       |                        |   |
|    troops and armoured cars to Busia and Malaba" (cut in two at "and": a deployment and `other`) |                        |   |
| P  casualties, attacks, captives and evacuations told from the victims' side (a passive or a     | eb-02 x3, sl-01, sl-03 | 9 |
|    state): "Twenty Ugandan soldiers were killed", "were refuelled at Nairobi", "came under       | x2, sl-04 x2, eb-04    |   |
|    attack by a group of rebels", "have been flown out since 8 May", "some 200 are still held",   |                        |   |
|    "had lost nearly 600 men", "is holding some 500 peacekeepers hostage", "who was admitted to    |                        |   |
|    hospital on 3rd July"                                                                          |                        |   |
| S  an act in a statement's sentence matched by the statement or cut short: "the troops killed   | eb-01, eb-04 x3, sl-01 | 5 |
|    all seven hijackers and about 20 Ugandan soldiers" (the act ended at "and"), "At least 245    |                        |   |
|    Kenyans have been killed ..., according to", "whose body, according to diplomats, was found", |                        |   |
|    "militia pushed them back near Waterloo, military sources said", "fuel would continue to move |                        |   |
|    through Mombasa only against cash payment" (a sanction)                                        |                        |   |
| M  movements of people and craft: "came down on the village", "where they landed to cheering     | bk-04 x2, eb-01 x2,    | 6 |
|    crowds", "carrying 105 hostages", "began flying out British ... citizens on Monday" (a second | eb-04, sl-01           |   |
|    predicate after "landed ... and"), "agree to let aircraft fly over its territory", "preparing |                        |   |
|    to close its High Commission"                                                                  |                        |   |
| V  a vote or sitting ahead: "The Security Council is expected to vote next week"; "the air       | sl-04, bk-03           | 2 |
|    strikes carried out on 16 and 17 August" (a nominal with a reduced relative)                  |                        |   |
| O  an order to go: two rules for one shape (acts26's [[rare]] row in triggers.toml, kinds26's   | (h19 og-01, h21 og-01; | - |
|    `kindrules.ordered_out`), and the active "told X to leave the country" read by neither        | dev27-acts os-01)      |   |

Fixed here: O (step 1: the [[rare]] row is the one home; `kindrules.ordered_out` and its [ordered_out] table are gone; the
session-26 rows of test_acts_session26.py and test_kinds_session26.py pass unchanged).
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _events


def _acts(text: str, published: str) -> list:
    """Every event that is no statement."""
    return [e for e in _events(text, published) if e.kind.value != "statement"]


def _holding(acts: list, words: str) -> list:
    """The acts whose evidence holds the words (fails listing the acts found)."""
    hits = [e for e in acts if words in e.evidence.exact]
    assert hits, [(e.kind.value, e.evidence.exact) for e in acts]
    return hits


# Step 1 (O): an order to go has one home, triggers.toml's [[rare]] row (tried with `other`, before forces moved), which
# now reads the active order with whom it orders ("told the advisers to leave the country", "directed the technicians to
# quit the country") and "out of its territory". On main 94147ff the first two rows gave a statement only (the third
# was read there by the [[rare]] row already).
ORDERS = [
    ("The government told the Soviet advisers to leave the country.", "1977-11-14", "told the Soviet advisers to leave"),
    ("Georgia's Foreign Ministry told the Russian military attache to leave the country on Tuesday.", "2008-08-12",
     "told the Russian military attache to leave the country"),
    ("The military council directed all Libyan technicians to quit the country within a week.", "1981-05-07",
     "directed all Libyan technicians to quit the country"),
]


@pytest.mark.parametrize(("text", "published", "words"), ORDERS)
def test_an_active_order_to_go_is_the_order(text: str, published: str, words: str) -> None:
    hits = _holding(_acts(text, published), words)
    assert hits[0].kind.value in ("other", "sanction")


def test_a_foreign_force_ordered_out_of_its_territory_is_the_order() -> None:
    # "its territory" is the orderer's land: the Danes are ordered out, no deployment of theirs (held on main by
    # kindrules.ordered_out, now by the one row)
    acts = _acts("Bamako ordered the Danish special forces out of its territory on Monday.", "2022-01-26")
    assert [e.kind.value for e in acts] == ["other"], [(e.kind.value, e.evidence.exact) for e in acts]


# The rows kinds26 wrote for `kindrules.ordered_out` (test_kinds_session26.py ORDERED_OUT) hold with the one rule; these
# say it of whole acts: the order is `other` (a sanction for a state's agents), its doer the orderer (on main 94147ff the
# junta's order had the doer France, from the forces ordered out).
KINDS26 = [
    ("Khartoum ordered all Chadian military instructors and their families out of the country within a week.",
     "2006-04-18", "other", "Sudan"),
    ("The junta instructed all French soldiers to leave the country within a month.", "2022-02-20", "other", None),
    ("Kinshasa gave the Belgian consul 72 hours to leave the country.", "1990-06-14", "sanction",
     "Democratic Republic of Congo"),
]


@pytest.mark.parametrize(("text", "published", "kind", "doer"), KINDS26)
def test_people_ordered_out_keep_one_reading(text: str, published: str, kind: str, doer: str | None) -> None:
    acts = _acts(text, published)
    assert [(e.kind.value, e.actor) for e in acts] == [(kind, doer)], [(e.kind.value, e.actor) for e in acts]


# Guards of step 1: one's own forces told to go are a withdrawal (a deployment), words told to reporters give no second
# order, and people told to leave a field, their homes or politics give none.
def test_own_forces_ordered_out_stay_a_deployment() -> None:
    acts = _acts("Moscow ordered its troops out of the country on Friday.", "1989-02-17")
    assert [e.kind.value for e in acts] == ["deployment"]


NO_ORDER = [
    ("The minister told reporters the envoys had a week to leave the country.", "2018-03-15",
     "told reporters the envoys"),
    ("The coach told the players to leave the field.", "2019-05-02", "told the players"),
    ("Residents of the border villages were told to leave their homes.", "2020-07-14", "were told to leave"),
    ("The president told the nation to leave politics aside.", "2021-01-20", "told the nation"),
]


@pytest.mark.parametrize(("text", "published", "words"), NO_ORDER)
def test_words_told_give_no_order_to_go(text: str, published: str, words: str) -> None:
    acts = _acts(text, published)
    assert not [e for e in acts if words in e.evidence.exact], [(e.kind.value, e.evidence.exact) for e in acts]
