"""Session 11: which event an anaphor ("that day", "a day later") counts from when the sentence before dates a main
act and, in a relational clause ("two days after Y landed on 2 August"), an earlier background event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import find_event, make_excerpt
from timeline.events import extract_strict

D = date
P = "2021-03-20"  # a Saturday

# (body, published, words the event's evidence holds, kind, expected start, expected end, words the basis holds)
TABLE = [
    # the relational clause's event is background: "that day" is the main act's day
    ("Moscow began the naval drills on 12 March, three days after the defence ministers met in Minsk on 9 March. "
     "Kyiv said four cruise missiles were fired that day.", P, "missiles were fired", "missile_test",
     D(2021, 3, 12), D(2021, 3, 12), "'that day'"),
    ("The coast guard seized the trawler on 15 March, a day after its captain was warned by radio on 14 March. "
     "Two patrol boats were deployed that day, the agency said.", P, "patrol boats were deployed", "ship_movement",
     D(2021, 3, 15), D(2021, 3, 15), "'that day'"),
    ("Moscow began the naval drills on 12 March, three days after the defence ministers met in Minsk on 9 March. "
     "A day later, Kyiv fired two cruise missiles.", P, "fired two cruise missiles", "missile_test",
     D(2021, 3, 13), D(2021, 3, 13), "'A day later'"),
    # the background event keeps its own day
    ("Moscow began the naval drills on 12 March, three days after the defence ministers met in Minsk on 9 March. "
     "Kyiv said four cruise missiles were fired that day.", P, "ministers met", "meeting",
     D(2021, 3, 9), D(2021, 3, 9), "'on 9 March'"),
    # with no relational clause the last dated event is still the antecedent
    ("The defence ministers met in Minsk on 9 March. Moscow began the naval drills on 12 March. "
     "Kyiv said four cruise missiles were fired that day.", P, "missiles were fired", "missile_test",
     D(2021, 3, 12), D(2021, 3, 12), "'that day'"),
    ("Moscow began the naval drills on 12 March, and the defence ministers met in Minsk on 14 March. "
     "Kyiv said four cruise missiles were fired that day.", P, "missiles were fired", "missile_test",
     D(2021, 3, 14), D(2021, 3, 14), "'that day'"),
    # the relational clause told first: the main act comes last and is the antecedent anyway
    ("Three days after the defence ministers met in Minsk on 9 March, Moscow began the naval drills on 12 March. "
     "Kyiv said four cruise missiles were fired that day.", P, "missiles were fired", "missile_test",
     D(2021, 3, 12), D(2021, 3, 12), "'that day'"),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end", "basis"), TABLE)
def test_anaphor_antecedent(body, published, words, kind, start, end, basis):
    ev = find_event(extract_strict(make_excerpt(body, published=published)), words, kind)
    assert (ev.date.start, ev.date.end) == (start, end), ev.date.basis
    assert basis in ev.date.basis


S = "Hungary's foreign ministry summoned the Dutch ambassador on Tuesday. "  # Tue 16 March 2021, written Sat 20 March
# (body, words the statement's evidence holds, expected start, expected end, words the basis holds): an anaphor in a
# speech setting inside the reported words ("in a statement issued the same day") dates that statement
SETTINGS = [
    (S + "The Nordic foreign ministers reaffirmed their support for the sanctions in a statement issued the same day, "
     "the spokesman added.", "Nordic foreign ministers reaffirmed", D(2021, 3, 16), D(2021, 3, 16), "'the same day'"),
    (S + "The Nordic foreign ministers condemned the summons in a statement issued a day later.",
     "Nordic foreign ministers condemned", D(2021, 3, 17), D(2021, 3, 17), "'a day later'"),
    # a setting with a day of its own, as before
    (S + "Austria expressed concern in a statement on Thursday.", "Austria expressed concern",
     D(2021, 3, 18), D(2021, 3, 18), "'on Thursday'"),
]


@pytest.mark.parametrize(("body", "words", "start", "end", "basis"), SETTINGS)
def test_anaphor_in_speech_setting(body, words, start, end, basis):
    ev = find_event(extract_strict(make_excerpt(body, published=P)), words, "statement")
    assert (ev.date.start, ev.date.end) == (start, end), ev.date.basis
    assert basis in ev.date.basis
