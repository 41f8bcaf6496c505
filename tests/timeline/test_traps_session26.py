"""Session 26 (kinds26, issue 4): never a date from a non-date word. The blind heldout22 showed one (unread: its trap
list is nobody's to see), so the classes a blind writer could use were written fresh here, many outlets and years, and
run through the whole extractor: a row fails when an event's date phrase lies inside its trap or holds it (the rule of
`timeline.evaluate.trap_error`, a year written in the trap may date the whole year). The trap corpus
tests/data/dev26-dates (gold committed first, 07e7fe3) went from 8 dates from non-date words to 0.

NEW (each row dated an event from its trap on main 10c42fc):
  a weekday as a first name (West and East African usage) at a sentence's or an apposition's start, after "the" or
  after a rank, an office or an honorific ("Sunday Okonjo, the police commissioner, said", "Major General Monday Tarka
  said", "Trade Minister Friday Jumbe said");
  an institution or a named event called by a weekday ("a Sunday school", "the Saturday Night Massacre");
  a paper named for any weekday ("The Sunday Nation", "The Friday Times"; session 7 listed Sunday's only);
  a place or a body named for a date ("the 6th of October Bridge", "26th of July Street", "the Jan. 6 committee", "the
  17 February Martyrs Brigade", "the May 18 uprising"): dates.toml [traps];
  a four-figure count with no comma after a year's lead ("a force of 2000 fighters", "a crowd of 2000
  demonstrators"): more [numbers] count_nouns; clock times with no mark ("a curfew from 1900 to 0500": a span to an
  earlier four-figure number, datewords._not_a_year).
The cost, accepted: a sentence opening on a bare weekday with a name after it and no comma ("Monday Israeli jets
struck again") reads the weekday as a name; news copy writes "On Monday, Israeli jets" (none in the open sets).

HELD (guards: no date from these on main 10c42fc, and none now): the issue's list ("may", "We", "a 70-year", "of the
three-hour", "the 2015" as a modifier, "No. 1", "Sept." in a title) and the classes beside it (weapons, hull and
resolution numbers, roads, counts, clock times, votes, ages, decades, regnal and unit ordinals, seasons as verbs,
named days and wars, papers), and real dates beside them that must still be read.
"""

from __future__ import annotations

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.datefind import find_dates
from timeline.evaluate import trap_error
from timeline.events import extract_strict


def _overlaps(text: str, phrase: str, trap: str) -> bool:
    """True when a date phrase shares characters with the trap in the text ("of 2000" and "2000 fighters")."""
    t0 = text.index(trap)
    t1 = t0 + len(trap)
    return bool(phrase) and any(at < t1 and t0 < at + len(phrase) for at in _all(text, phrase))


def _all(text: str, phrase: str) -> list[int]:
    """Every offset of phrase in text."""
    found, at = [], text.find(phrase)
    while at >= 0:
        found.append(at)
        at = text.find(phrase, at + 1)
    return found


def _trap_dates(text: str, published: str, trap: str) -> list[tuple[str, str, str]]:
    """(kind, phrase, start) of every event dated from the trap: evaluate's rule, or a phrase overlapping it."""
    events = extract_strict(make_excerpt(text + "\n", published=published))
    return [(e.kind.value, e.date.phrase or "", str(e.date.start)) for e in events if e.date.start is not None
            and (trap_error(e, [trap]) or _overlaps(text, (e.date.phrase or "").strip(), trap))]


# Each row dated an event from its trap on main 10c42fc.
NEW = [
    # a weekday as a first name
    ("Sunday Okonjo, the police commissioner, said the gunmen had fled into the forest.", "2019-03-12",
     "Sunday Okonjo"),
    ("Friday Mwale told parliament in Lilongwe that the border would reopen.", "2020-07-02", "Friday Mwale"),
    ("Major General Monday Tarka said the troops had withdrawn from the town.", "2018-11-20", "Monday Tarka"),
    ("The spokesman, Sunday Ede, said troops had recaptured Baga.", "2015-01-28", "Sunday Ede"),
    ("Chief Saturday Obi, a traditional ruler, said the village had been razed.", "2021-05-06", "Saturday Obi"),
    ("The rebel commander, known as Mr. Sunday, surrendered to the army.", "2016-04-14", "Mr. Sunday"),
    ("Trade Minister Friday Jumbe said the border with Zambia would stay shut.", "2021-03-09", "Friday Jumbe"),
    ("Defence Minister Monday Okoro said the troops had withdrawn from the border.", "2020-10-27", "Monday Okoro"),
    # a paper named for a weekday
    ("The Sunday Nation reported that the minister had resigned.", "2022-08-09", "Sunday Nation"),
    ("The Friday Times said the army had moved two brigades to the border.", "2019-02-27", "Friday Times"),
    ("Sunday Mail reported that the envoy had been recalled.", "2017-11-16", "Sunday Mail"),
    ("The Monday Gazette said the frigate had sailed from Walvis Bay.", "2023-05-10", "Monday Gazette"),
    # a place or a body named for a date
    ("Police closed the 6th of October Bridge to traffic.", "2013-07-05", "6th of October Bridge"),
    ("Riot police sealed off 26th of July Street in central Cairo.", "2013-07-05", "26th of July Street"),
    ("The Jan. 6 committee subpoenaed two former aides.", "2022-03-03", "Jan. 6 committee"),
    ("Fighters of the 17 February Martyrs Brigade seized the oil terminal.", "2014-03-11",
     "17 February Martyrs Brigade"),
    ("Veterans of the May 18 uprising met the president in Gwangju.", "2020-05-20", "May 18 uprising"),
    # an institution or a named event called by a weekday
    ("Gunmen attacked a Sunday school in the village of Kafin Koro, killing two teachers.", "2019-04-16",
     "Sunday school"),
    ("Senators recalled the Saturday Night Massacre in the debate.", "2018-04-12", "Saturday Night Massacre"),
    # a four-figure count with no comma
    ("A force of 2000 fighters attacked the garrison at Ras Kamboni.", "2012-09-28", "2000 fighters"),
    ("Security forces fired on a crowd of 2000 demonstrators in Khartoum.", "2021-01-24", "2000 demonstrators"),
    ("A convoy of 1900 trucks crossed into the enclave through Rafah.", "2024-02-12", "1900 trucks"),
    # clock times with no mark
    ("The army imposed a curfew from 1900 to 0500 across the province.", "2019-11-18", "1900"),
    ("Flights over the strait were halted from 2000 until 0600.", "2022-08-05", "2000"),
]


@pytest.mark.parametrize(("text", "published", "trap"), NEW)
def test_no_date_from_a_non_date_word(text, published, trap):
    assert _trap_dates(text, published, trap) == []


# Guards: no date from these words on main 10c42fc, and none now (the list and the classes beside it).
HELD = [
    ("Officials in Manila said on Friday the Chinese ships may return to the shoal.", "2012-04-13", "may"),
    ('"We will not back down," the defence minister said on Monday.', "2012-04-13", "We"),
    ("The two sides signed a 70-year lease on the port on Tuesday.", "2017-07-27", "a 70-year"),
    ("At the end of a three-hour meeting on Thursday, the ministers agreed to resume talks.", "2019-03-08",
     "three-hour"),
    ("Iran said on Wednesday that it would stop meeting the limits of the 2015 deal.", "2019-05-08", "the 2015"),
    ("The frigate No. 1 of the squadron left Sevastopol on Friday.", "2014-03-08", "No. 1"),
    ("Assistant Secretary Sept. Lin arrived in Hanoi on Monday.", "2019-05-08", "Sept."),
    ("Turkish F-16 jets struck Kurdish positions on Sunday.", "2019-10-14", "F-16"),
    ("Two B-52 bombers flew over the peninsula on Thursday.", "2017-12-08", "B-52"),
    ("A Type 055 destroyer sailed through the Tsushima Strait on Monday.", "2023-07-28", "Type 055"),
    ("Russian T-72 tanks were seen near Kharkiv on Tuesday.", "2022-02-24", "T-72"),
    ("Turkey took delivery of the first S-400 battery on Friday.", "2019-07-13", "S-400"),
    ("A Kh-47 missile struck the airfield on Saturday.", "2023-03-18", "Kh-47"),
    ("The destroyer USS Porter (DDG-78) entered the Black Sea on Sunday.", "2021-04-26", "DDG-78"),
    ("The Security Council renewed Resolution 1701's mandate on Thursday.", "2019-08-31", "Resolution 1701"),
    ("Troops closed Route 60 near Hebron on Tuesday.", "2019-08-31", "Route 60"),
    ("Russia has massed 1,200 troops near the border, Kyiv said on Monday.", "2021-04-12", "1,200 troops"),
    ("The missile was fired at 0600 GMT on Wednesday, the military said.", "2017-11-29", "0600 GMT"),
    ("The strike came at 13:00 local time on Tuesday.", "2017-11-29", "13:00"),
    ("The Council voted 14-0 on Tuesday to extend the mission.", "2019-07-20", "14-0"),
    ("The 73-year-old president flew to Moscow on Monday.", "2022-03-03", "73-year-old"),
    ("The alliance had not held such drills since the Sixties, the admiral said on Monday.", "2022-03-03", "Sixties"),
    ("King Abdullah the Second met the envoy on Monday.", "2022-03-03", "Second"),
    ("The 5th Fleet said on Thursday its ships had seized the dhow.", "2022-03-03", "5th Fleet"),
    ("Troops of the 101st Airborne arrived in Romania on Tuesday.", "2022-06-30", "101st Airborne"),
    ("The government may fall if the coalition splits, the analyst said on Monday.", "2022-07-06", "fall"),
    ("Hezbollah called a day of rage on Friday.", "2017-12-08", "day of rage"),
    ("Day One of the talks ended without a deal on Monday.", "2017-12-08", "Day One"),
    ("Veterans of the Six-Day War marched on Monday.", "2017-06-06", "Six-Day War"),
    ("The Sunday Times reported that the cabinet was split.", "2017-06-06", "Sunday Times"),
    ("The 14-day deadline set by the African Union expired on Sunday.", "2019-05-08", "14-day"),
    ("Troops patrolled the border 24/7, the ministry said on Tuesday.", "2023-11-22", "24/7"),
    ("Al-Qaeda has grown in Yemen since 9/11, the envoy said on Monday.", "2011-06-03", "9/11"),
    ("Leaders of the G-20 met in Osaka on Friday.", "2019-06-30", "G-20"),
    ("Mon insurgents attacked a police post near Mawlamyine, the army said.", "2021-02-10", "Mon"),
    ("The file nk_test_2016-09-09.pdf was leaked on Friday.", "2017-06-09", "nk_test_2016-09-09.pdf"),
    ("Troops dug in on the 38th parallel on Monday.", "2016-06-16", "38th parallel"),
    ("Ethnic tensions have festered since the 19th century, historians said.", "2016-06-16", "19th century"),
]


@pytest.mark.parametrize(("text", "published", "trap"), HELD)
def test_held_non_date_words_stay_no_dates(text, published, trap):
    assert _trap_dates(text, published, trap) == []


# Real dates beside the new traps are still read (each held on main 10c42fc and must hold).
REAL = [
    ("On Sunday Russian troops shelled the port of Mariupol.", "On Sunday"),
    ("The ministry said Monday that talks would resume in Geneva.", "Monday"),
    ("The rally was held at 11 p.m. Tuesday Washington time.", "Tuesday"),
    ("The Sunday, March 3, deadline passed without a deal.", "Sunday, March 3"),
    ("The talks ran from 1990 to 1995 without a result.", "from 1990 to 1995"),
    ("The Oct. 7 attack killed 1,200 people.", "Oct. 7"),
    ("Ministers agreed at Tuesday's meeting to extend the sanctions.", "Tuesday"),
]


@pytest.mark.parametrize(("text", "phrase"), REAL)
def test_real_dates_beside_the_traps_are_read(text, phrase):
    assert phrase in [m.phrase for m in find_dates(text)]
