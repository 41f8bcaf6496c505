"""Which date phrase dates which event in a sentence (timeline/events.py dating rules), as a table of fresh
sentences from several crises; and the resolver rules added with them (timeline/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import find_event, make_excerpt
from timeline.datefind import find_dates
from timeline.dates import Anchor, resolve
from timeline.events import extract_strict

D = date

# (body, published, words the event's evidence holds, kind, expected start, expected end); None = undated.
TABLE = [
    # a reported act first, its statement after: the act's date is not the statement's
    ("Sudanese paramilitaries shelled a market in El Fasher on Tuesday, killing nine people, local medics said.",
     "2024-05-16", "shelled a market", "other", D(2024, 5, 14), D(2024, 5, 14)),
    ("Sudanese paramilitaries shelled a market in El Fasher on Tuesday, killing nine people, local medics said.",
     "2024-05-16", "medics said", "statement", None, None),
    ("On 3 March, Azerbaijani troops fired on Armenian positions near Sotk, the Armenian defence ministry said.",
     "2023-03-10", "defence ministry said", "statement", None, None),
    # ... but a date in the frame itself is the statement's
    ("Venezuela deployed troops to the border, President Nicolas Maduro said on Sunday.",
     "2023-12-05", "Maduro said", "statement", D(2023, 12, 3), D(2023, 12, 3)),
    # a relative clause's date belongs to that clause, not to the present-tense "says" of its subject
    ("Guyana, which asked the International Court of Justice for help on 30 October, says its borders are settled.",
     "2023-12-01", "says its borders", "statement", None, None),
    # "after ... on Monday": the subordinate clause's date does not date the main act
    ("Lithuania expelled two Russian diplomats after Moscow closed its consulate in St Petersburg on Monday.",
     "2023-03-02", "expelled two Russian diplomats", "sanction", None, None),
    # ... but a "when" clause tells the same time: its date is the main act's too
    ("Two fishermen were injured when a Chinese coast guard ship fired water cannon at their boat on Sunday.",
     "2024-03-05", "fired water cannon", "other", D(2024, 3, 3), D(2024, 3, 3)),
    # a possessive date qualifies its noun ("last year's election"), not the sentence's act
    ("The EU imposed sanctions on Belarus over last year's election.",
     "2021-06-22", "imposed sanctions", "sanction", None, None),
    # "X on Friday, a day after Y": Y counts back from X's date
    ("Belarusian forces fired on a Polish patrol on Friday, a day after Belarus held military exercises near "
     "the border, officials said.",
     "2023-08-05", "held military exercises", "military_exercise", D(2023, 8, 3), D(2023, 8, 3)),
    ("Belarusian forces fired on a Polish patrol on Friday, a day after Belarus held military exercises near "
     "the border, officials said.",
     "2023-08-05", "fired on a Polish patrol", "other", D(2023, 8, 4), D(2023, 8, 4)),
    ("Belarusian forces fired on a Polish patrol on Friday, a day after Belarus held military exercises near "
     "the border, officials said.",
     "2023-08-05", "officials said", "statement", None, None),
    # ... counted from the act before it, not from its statement's date: an undated act leaves it undated
    ("Israel's army said on Monday it had struck 200 targets in Gaza, a day after Hamas fired rockets at Tel Aviv.",
     "2023-10-16", "Hamas fired rockets", "other", None, None),
    # ("overnight" is a date: the night before the text, so the act a day before it is a day earlier)
    ("Israel's army said on Monday it had struck 200 targets overnight, a day after Hamas fired rockets at Tel Aviv.",
     "2023-10-16", "Hamas fired rockets", "other", D(2023, 10, 14), D(2023, 10, 15)),
    # ... and the act before the phrase, with no date of its own, counts on from the clause's date
    ("Belarus fired on a Polish patrol two days after it held military exercises near the border on Tuesday.",
     "2023-08-05", "fired on a Polish patrol", "other", D(2023, 8, 3), D(2023, 8, 3)),
    # "and later <verb>": from the earlier act's day to the day of writing, said to be vague
    ("Philippine coast guard vessels intercepted a Chinese ship on Saturday and later sailed back to port.",
     "2024-03-05", "sailed back", "ship_movement", D(2024, 3, 2), D(2024, 3, 5)),
    # a day of a month told as a plan: the nearer reading, whatever the verb's tense
    ("The drills were due to begin on 12 March, the ministry said.",
     "2024-02-20", "due to begin", "military_exercise", D(2024, 3, 12), D(2024, 3, 12)),
    ("The summit, scheduled for 5 February, was postponed.",
     "2024-02-20", "summit", "meeting", D(2024, 2, 5), D(2024, 2, 5)),
    ("Georgia and Armenia were due to sign the transit accord in May, the ministry said.",
     "2024-04-26", "sign the transit accord", "other", D(2024, 5, 1), D(2024, 5, 31)),
    # ... an act told as done is never after the text: last year's March
    ("The drills began on 12 March.", "2024-02-20", "drills began", "military_exercise", D(2023, 3, 12), D(2023, 3, 12)),
    # a deadline ahead: any day from writing up to it
    ("Russia will send troops to the corridor by Sunday, the Kremlin said.",
     "2024-04-17", "send troops", "deployment", D(2024, 4, 17), D(2024, 4, 21)),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end"), TABLE,
                         ids=[f"{w}|{k}" for _, _, w, k, _, _ in TABLE])
def test_clause_dates(body, published, words, kind, start, end):
    ev = find_event(extract_strict(make_excerpt(body, published=published)), words, kind)
    assert (ev.date.start, ev.date.end) == (start, end), ev.date.basis
    assert ev.date.basis  # every date, and every undated event, says why


def test_past_anaphora_skips_a_plan_told_in_the_future():
    body = ("Prime Minister Nikol Pashinyan announced on Tuesday that Armenia will hold military exercises near "
            "the border on Friday.\n\n"
            "A day earlier, Azerbaijani forces fired on Armenian positions near Sotk.")
    ev = find_event(extract_strict(make_excerpt(body, published="2023-03-07")), "fired on Armenian", "other")
    assert (ev.date.start, ev.date.end) == (D(2023, 3, 6), D(2023, 3, 6)), ev.date.basis


def test_anaphora_counts_from_a_day_named_with_no_event_read():
    # the first sentence's verb is no reporting verb the extractor knows: its day still sets the story's time
    body = ("Venezuela's leader proclaimed on Sunday that Caracas would annex the Essequibo region next year.\n\n"
            "A day earlier, Guyana's army deployed troops to the border.")
    events = extract_strict(make_excerpt(body, published="2023-12-04"))
    ev = find_event(events, "deployed troops", "deployment")
    assert (ev.date.start, ev.date.end) == (D(2023, 12, 2), D(2023, 12, 2)), ev.date.basis
    assert "counted from 'on Sunday'" in ev.date.basis and ev.date.relative_to == "published"


def test_relational_basis_names_both_phrases():
    body = "Belarusian forces fired on a Polish patrol on Friday, a day after Belarus held military exercises."
    ev = find_event(extract_strict(make_excerpt(body, published="2023-08-05")), "held military", "military_exercise")
    assert ev.date.phrase == "a day after" and "counted from 'on Friday'" in ev.date.basis


def test_relational_without_the_other_date_is_undated_with_the_reason():
    body = "Ukraine fired drones at Crimea two days after the vote."
    ev = find_event(extract_strict(make_excerpt(body, published="2023-08-05")), "fired drones", "other")
    assert ev.date.start is None and "no date phrase" in ev.date.basis


def test_relational_with_a_noun_does_not_guess_from_the_last_event():
    # the story's previous event need not be the strike the phrase names
    body = "Russia fired missiles at Odesa on Monday.\n\nTwo days after the strike, Ukraine fired drones at Crimea."
    ev = find_event(extract_strict(make_excerpt(body, published="2023-08-05")), "fired drones", "other")
    assert ev.date.start is None


def test_later_as_an_adjective_is_no_date():
    body = ("Iran fired a missile on Monday. The talks were postponed to a later, unspecified date, the "
            "ministry said.")
    events = extract_strict(make_excerpt(body, published="2024-01-10"))
    assert all(e.date.phrase != "later," for e in events)


def test_and_later_without_an_earlier_event_is_undated():
    body = "Officials said the ship was stopped and later released."
    events = extract_strict(make_excerpt(body, published="2024-01-10"))
    assert all(e.date.start is None for e in events)


# Resolver rules (phrase, anchor, tense, start, end).
RESOLVER = [
    ("by Saturday", "2021-04-29", "future", D(2021, 4, 29), D(2021, 5, 1)),  # deadline ahead: anchor .. it
    ("by Saturday", "2021-04-29", "past", D(2021, 4, 24), D(2021, 4, 24)),  # "by Saturday, X had left": the day
    ("until Sunday", "2024-04-17", "future", D(2024, 4, 17), D(2024, 4, 21)),
    ("by 15 May", "2024-04-17", "future", D(2024, 4, 17), D(2024, 5, 15)),
    ("by June", "2024-04-17", "future", D(2024, 4, 17), D(2024, 6, 30)),
    ("since Wednesday", "2021-04-30", "past", D(2021, 4, 28), D(2021, 4, 28)),  # when it began, named in the basis
    ("since Wednesday", "2021-04-26", "present", D(2021, 4, 21), D(2021, 4, 21)),  # "has been shut since": back
    ("until Sunday", "2021-04-26", "present", D(2021, 4, 26), D(2021, 5, 2)),  # "is shut until Sunday": ahead
    ("ultimate week", "2017-09-04", "past", D(2017, 8, 28), D(2017, 9, 3)),  # spun "last week"
    ("subsequent week", "2017-09-04", "future", D(2017, 9, 11), D(2017, 9, 17)),  # spun "next week"
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "start", "end"), RESOLVER,
                         ids=[f"{p}|{t}" for p, _, t, _, _ in RESOLVER])
def test_resolver_rules(phrase, anchor, tense, start, end):
    (m,) = find_dates(phrase)
    got = resolve(m, Anchor.from_value(anchor, "published"), tense)
    assert (got.start, got.end) == (start, end), got.basis


def test_deadline_is_stated():
    (m,) = find_dates("by Saturday")
    got = resolve(m, Anchor.from_value("2021-04-29", "published"), "future")
    assert "deadline" in got.basis


@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ("a day after the boat collided", "a day after", "relational"),
    ("two weeks before the election", "two weeks before", "relational"),
    ("He had left two days before.", "two days before", "anaphoric"),
    ("The talks resumed the subsequent week.", "the subsequent week", "anaphoric"),  # spun "the following week"
    ("the subsequent day", "the subsequent day", "anaphoric"),
    ("Later, the ship left port.", "Later,", "anaphoric"),
    ("The navy seized the tanker and later released it.", "and later", "anaphoric"),
])
def test_new_phrases_found(text, phrase, kind):
    (m,) = find_dates(text)
    assert (m.phrase, m.kind) == (phrase, kind)


@pytest.mark.parametrize("text", ["at a later stage", "later talks", "a later date", "the later meeting"])
def test_later_adjective_not_found(text):
    assert find_dates(text) == []
