"""Session 7: which date phrase dates which event, in fresh short paragraphs (agency, broadcaster and paper
styles): British and US weekday forms, counted terms ahead, numeric dates, narrative anaphora chains,
relational phrases, quotes with their own "yesterday", and non-date words beside real dates."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import find_event, make_excerpt
from timeline.events import extract_strict

D = date

# (body, published, words the event's evidence holds, kind, expected start, expected end); None = undated.
TABLE = [
    # weekday forms around the act
    ("Iranian forces seized a British-flagged tanker in the Strait of Hormuz on Friday last, the foreign office "
     "said.", "2019-07-23", "seized a British-flagged tanker", "other", D(2019, 7, 19), D(2019, 7, 19)),
    ("North Korea fired two short-range missiles into the sea on Thursday local time, Seoul's military said.",
     "2019-07-26", "fired two short-range missiles", "missile_test", D(2019, 7, 25), D(2019, 7, 25)),
    ("North Korea fired a ballistic missile at 7:10 a.m. on Thursday (2210 GMT Wednesday), Japan's coast guard "
     "said.", "2022-11-18", "fired a ballistic missile", "missile_test", D(2022, 11, 17), D(2022, 11, 17)),
    ("Armenian and Azerbaijani forces exchanged fire late on Sunday, the two defence ministries said.",
     "2022-09-13", "exchanged fire", "other", D(2022, 9, 11), D(2022, 9, 11)),
    ("Israeli warplanes struck targets in Gaza in the early hours of Saturday, the army said.",
     "2023-04-09", "struck targets in Gaza", "other", D(2023, 4, 8), D(2023, 4, 8)),
    ("The Chinese aircraft carrier Shandong sailed through the Bashi Channel on Wednesday morning, Taiwan's "
     "defence ministry said.", "2023-04-07", "sailed through the Bashi Channel", "ship_movement",
     D(2023, 4, 5), D(2023, 4, 5)),
    # statements and the acts they report, each with its own day
    ("The Philippine coast guard said on Monday that Chinese vessels had blocked a resupply mission on "
     "Saturday.", "2023-08-08", "blocked a resupply mission", "ship_movement", D(2023, 8, 5), D(2023, 8, 5)),
    ("The Philippine coast guard said on Monday that Chinese vessels had blocked a resupply mission on "
     "Saturday.", "2023-08-08", "coast guard said", "statement", D(2023, 8, 7), D(2023, 8, 7)),
    ("Lithuania's foreign ministry said on Tuesday it had summoned the Belarusian charge d'affaires last week.",
     "2023-08-03", "foreign ministry said", "statement", D(2023, 8, 1), D(2023, 8, 1)),
    # a quote's own "yesterday" is the speaker's, never the reporter's day
    ("Lavrov told reporters on Friday: \"Yesterday we received their answer.\"", "2022-02-18",
     "Lavrov told reporters", "statement", D(2022, 2, 18), D(2022, 2, 18)),
    # counted terms ahead
    ("Russia will pull its troops back from the border within a week, the Kremlin said on Monday.",
     "2022-02-15", "Kremlin said", "statement", D(2022, 2, 14), D(2022, 2, 14)),
    ("The two navies will hold joint drills in the Arabian Sea in two weeks, officials said.",
     "2024-05-15", "joint drills", "military_exercise", D(2024, 5, 27), D(2024, 6, 2)),
    ("Iran's navy will hold drills near the Strait of Hormuz in three days' time, state television said.",
     "2024-05-15", "drills", "military_exercise", D(2024, 5, 18), D(2024, 5, 18)),
    # an ultimatum's term dates no act
    ("Moscow ordered two Estonian diplomats to leave Russia within a week, the ministry said.",
     "2024-05-15", "ministry said", "statement", None, None),
    # numeric and ordinal dates
    ("Turkey's navy began exercises in the eastern Mediterranean on 04.07.2019, the ministry said.",
     "2019-07-10", "began exercises", "military_exercise", D(2019, 7, 4), D(2019, 7, 4)),
    ("Ukrainian troops shelled the town on the 4th of July, residents said.",
     "2019-07-10", "shelled the town", "other", D(2019, 7, 4), D(2019, 7, 4)),
    # a narrative chain: each anaphoric phrase counts from the event just before it
    ("Houthi rebels attacked a tanker in the Red Sea on Tuesday. The following Friday, US warships shot down "
     "four drones.", "2024-05-20", "shot down four drones", "other", D(2024, 5, 17), D(2024, 5, 17)),
    ("Colombian troops clashed with rebels on March 3. Two days afterwards, the army deployed more troops to "
     "the region.", "2024-05-20", "deployed more troops", "deployment", D(2024, 3, 5), D(2024, 3, 5)),
    ("Guyana's president met Venezuela's leader on Thursday. A week on, Caracas deployed troops to the border.",
     "2024-05-20", "deployed troops", "deployment", D(2024, 5, 23), D(2024, 5, 23)),
    ("The EU imposed sanctions on Belarus on Monday. Three days after that, Minsk expelled the Polish consul.",
     "2024-05-16", "expelled the Polish consul", "sanction", D(2024, 5, 16), D(2024, 5, 16)),
    # relational: counted from the other clause's day
    ("Forty-eight hours after the election on Sunday, the army deployed troops to the capital.",
     "2024-05-16", "deployed troops", "deployment", D(2024, 5, 14), D(2024, 5, 14)),
    ("Hours after the summit ended on Friday, North Korea fired a ballistic missile.",
     "2024-05-16", "fired a ballistic missile", "missile_test", D(2024, 5, 10), D(2024, 5, 10)),
    ("Pakistan test-fired a cruise missile on Tuesday, just hours before the talks opened in Delhi.",
     "2024-05-16", "talks opened", "meeting", D(2024, 5, 14), D(2024, 5, 14)),
    # non-date words beside a real date
    ("North Korea test-fired a Hwasong-15 missile on Monday, KCNA said.",
     "2017-12-01", "test-fired a Hwasong-15", "missile_test", D(2017, 11, 27), D(2017, 11, 27)),
    ("NATO allies invoked Article 4 on Thursday after Russian jets violated Estonian airspace.",
     "2024-05-20", "invoked Article 4", "other", D(2024, 5, 16), D(2024, 5, 16)),
    # a month or day with its year named from the anchor's
    ("Serbia and Kosovo held talks in Brussels in June last year, the EU said.", "2024-05-16", "held talks",
     "meeting", D(2023, 6, 1), D(2023, 6, 30)),
    ("Japan will send a destroyer to the Middle East in March next year, the defence ministry said.",
     "2024-05-16", "send a destroyer", "deployment", D(2025, 3, 1), D(2025, 3, 31)),
    # a chain of three: each counts from the one just before it
    ("Thai troops shelled a Cambodian post on Monday. Two days later, Cambodia closed the border. The same day, "
     "Thailand recalled its ambassador.", "2025-01-10", "recalled its ambassador", "other",
     D(2025, 1, 8), D(2025, 1, 8)),
    # a possessive weekday dates its noun, not the statement
    ("Iran's foreign ministry condemned Wednesday's attack on its embassy in Damascus.", "2024-04-05",
     "condemned", "statement", None, None),
    # the eve of an undated event is no date
    ("On the eve of the summit, China's navy held drills in the Yellow Sea.", "2024-05-16", "held drills",
     "military_exercise", None, None),
    # a continuation takes its statement's day
    ("Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had failed. \"There is no basis for a deal,\" "
     "he added.", "2024-05-16", "he added", "statement", D(2024, 5, 14), D(2024, 5, 14)),
    # counted terms ahead of the anchor
    ("Chinese and Russian warships will begin joint patrols a week from Tuesday, Beijing said.",
     "2024-05-16", "joint patrols", "military_exercise", D(2024, 5, 28), D(2024, 5, 28)),
    ("The two leaders will meet in Ankara in two days' time, the presidency said.",
     "2024-05-16", "will meet", "meeting", D(2024, 5, 18), D(2024, 5, 18)),
    # numeric dates in the styles of other countries
    ("Poland's army began drills near the Belarus border on 12.05.2024, the ministry said.",
     "2024-05-16", "began drills", "military_exercise", D(2024, 5, 12), D(2024, 5, 12)),
    ("The ministry said the frigate had docked in Haifa on 5/13/2024.",
     "2024-05-16", "docked in Haifa", "ship_movement", D(2024, 5, 13), D(2024, 5, 13)),
    # a dateline in lower-case agency style is no act's date
    ("Berlin, May 15 (dpa) - Germany's navy sent a frigate to the Red Sea.",
     "2024-05-15", "sent a frigate", "deployment", None, None),
    # British weekday order, and "since the start of the year"
    ("Houthi rebels fired two missiles at a container ship on Sunday last, the US military said.",
     "2024-05-16", "fired two missiles", "other", D(2024, 5, 12), D(2024, 5, 12)),
    # a day just ahead told with a perfect verb is that day ahead, not a year back
    ("Greece has announced naval drills south of Crete on 2 and 3 September, the ministry said.",
     "2020-08-30", "naval drills", "military_exercise", D(2020, 9, 2), D(2020, 9, 3)),
    # "N days after <clause>" with the other clause in the present: counted back from the day of writing
    ("Five days after Chinese warships sailed through the Taiwan Strait, Taipei's forces are still on high alert.",
     "2024-05-16", "sailed through the Taiwan Strait", "ship_movement", D(2024, 5, 11), D(2024, 5, 11)),
    ("Two weeks after the junta seized power, the country remains under curfew.",
     "2023-08-10", "seized power", "other", None, None),  # a week counted from the present is loose
    # a month before a noun dates that noun's event, not the statement about it
    ("Lithuania's foreign minister on Tuesday criticised the August drills near the border.", "2024-09-05",
     "foreign minister", "statement", D(2024, 9, 3), D(2024, 9, 3)),
    # "according to X" as an aside inside the reported words: the act's date is not the statement's
    ("Serbian police, according to the Kosovo government, had blocked two border crossings since Tuesday.",
     "2024-05-16", "according to the Kosovo government", "statement", None, None),
    ("Azerbaijani forces, according to Armenia's defence ministry, shelled three villages on Sunday.",
     "2024-05-16", "shelled three villages", "other", D(2024, 5, 12), D(2024, 5, 12)),
    ("Azerbaijani forces, according to Armenia's defence ministry, shelled three villages on Sunday.",
     "2024-05-16", "according to Armenia", "statement", None, None),
    # a plan moved: the month it was moved to, not the superseded day
    ("The summit of Gulf leaders, originally scheduled for June 3, has been postponed to July.", "2024-05-16",
     "summit", "meeting", D(2024, 7, 1), D(2024, 7, 31)),
    # "responded on Friday by announcing sanctions": the act the by-phrase names takes the verb's day
    ("Beijing responded on Friday by announcing sanctions on two US defence firms.", "2023-03-10",
     "announcing sanctions", "sanction", D(2023, 3, 10), D(2023, 3, 10)),
    # a possessive day of the speech noun that speaks dates the statement; of another's speech, not
    ("Tuesday's statement by the Japanese foreign ministry said Tokyo would not accept the move.", "2024-05-16",
     "foreign ministry said", "statement", D(2024, 5, 14), D(2024, 5, 14)),
    ("In a Tuesday statement, the Egyptian foreign ministry said it would respond.", "2024-05-16",
     "foreign ministry said", "statement", D(2024, 5, 14), D(2024, 5, 14)),
    ("The Indian foreign ministry criticised Tuesday's statement by the Chinese embassy.", "2024-05-16",
     "criticised", "statement", None, None),
    # the eve of an event: the day before its day; the eve of an undated one: no date
    ("On the eve of the summit on Thursday, Chinese warships sailed through the Taiwan Strait.", "2024-05-16",
     "sailed through", "ship_movement", D(2024, 5, 15), D(2024, 5, 15)),
    ("Chinese warships sailed through the Taiwan Strait on Wednesday, on the eve of the summit.", "2024-05-16",
     "summit", "meeting", D(2024, 5, 16), D(2024, 5, 16)),
    # hours later: the same day
    ("North Korea fired a cruise missile on Sunday. Seven hours later, South Korea scrambled fighter jets.",
     "2024-05-16", "scrambled fighter jets", "deployment", D(2024, 5, 12), D(2024, 5, 12)),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end"), TABLE,
                         ids=[f"{w}|{k}" for _, _, w, k, _, _ in TABLE])
def test_event_dates(body, published, words, kind, start, end):
    ev = find_event(extract_strict(make_excerpt(body, published=published)), words, kind)
    assert (ev.date.start, ev.date.end) == (start, end), ev.date.basis
    assert ev.date.basis
