"""Session 8: which date phrase dates which event, in fresh short paragraphs: statements and the acts they report
on other days (an act reported on Saturday happened by Saturday), accusations with their own day, anaphora chains
over paragraphs (weeks, weekends, "that day"), plans, spans, vague stretches, datelines and non-date words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import find_event, make_excerpt
from timeline.events import extract_strict

D = date
P = "2024-03-08"  # a Friday; Mon 4 .. Fri 8 March, the weekend before is 2-3 March, leap day Thu 29 February

# (body, published, words the event's evidence holds, kind, expected start, expected end); None = undated.
TABLE = [
    # a statement's day and the day of the act it reports
    ("Seoul's military said on Monday that North Korea had fired two cruise missiles on Saturday.", P,
     "military said", "statement", D(2024, 3, 4), D(2024, 3, 4)),
    ("Seoul's military said on Monday that North Korea had fired two cruise missiles on Saturday.", P,
     "fired two cruise missiles", "missile_test", D(2024, 3, 2), D(2024, 3, 2)),
    ("Japan's defence ministry said Monday the missile was fired Sunday.", P, "defence ministry said", "statement",
     D(2024, 3, 4), D(2024, 3, 4)),
    ("Japan's defence ministry said Monday the missile was fired Sunday.", P, "missile was fired", "missile_test",
     D(2024, 3, 3), D(2024, 3, 3)),
    ("The ministry said late on Saturday that two ships had been struck in the Red Sea on Friday.", P,
     "ministry said", "statement", D(2024, 3, 2), D(2024, 3, 2)),
    # written a week later: the Friday before Saturday's statement, not the day of writing
    ("The ministry said late on Saturday that two ships had been struck in the Red Sea on Friday.", P,
     "two ships had been struck", "other", D(2024, 3, 1), D(2024, 3, 1)),
    ("Two ships were struck in the Red Sea on Friday, the ministry said on Saturday.", P,
     "Two ships were struck", "other", D(2024, 3, 1), D(2024, 3, 1)),
    ("Two ships were struck in the Red Sea on Friday, the ministry said on Saturday.", P,
     "ministry said", "statement", D(2024, 3, 2), D(2024, 3, 2)),
    ("Poland's foreign ministry said on Tuesday it had summoned the Belarusian charge d'affaires on Thursday.", P,
     "summoned the Belarusian", "other", D(2024, 2, 29), D(2024, 2, 29)),
    ("Kyiv said on Wednesday it had struck a Russian landing ship in Crimea overnight.", P,
     "struck a Russian landing ship", "other", D(2024, 3, 5), D(2024, 3, 6)),
    ("Kyiv said on Wednesday it had struck a Russian landing ship in Crimea overnight.", P, "Kyiv said", "statement",
     D(2024, 3, 6), D(2024, 3, 6)),
    ("Ukraine's air force said on Saturday that Russia had launched 40 drones overnight.", P,
     "launched 40 drones", "missile_test", D(2024, 3, 1), D(2024, 3, 2)),
    ("Russian drones struck Kharkiv overnight into Tuesday, the governor said.", P, "struck Kharkiv", "other",
     D(2024, 3, 4), D(2024, 3, 5)),
    # ... but a time ahead of the statement stays ahead of it
    ("The ministry said on Monday that talks would be held on Thursday.", P, "talks would be held", "meeting",
     D(2024, 3, 7), D(2024, 3, 7)),
    ("Iran's navy seized a Greek tanker on Thursday, state media reported on Friday.", P,
     "seized a Greek tanker", "other", D(2024, 3, 7), D(2024, 3, 7)),
    ("Iran's navy seized a Greek tanker on Thursday, state media reported on Friday.", P,
     "state media reported", "statement", D(2024, 3, 8), D(2024, 3, 8)),
    ("Israeli jets struck a weapons depot in Syria, the army said on Wednesday.", P, "struck a weapons depot",
     "other", None, None),
    ("Israeli jets struck a weapons depot in Syria, the army said on Wednesday.", P, "army said", "statement",
     D(2024, 3, 6), D(2024, 3, 6)),
    ("Kim Jong Un oversaw the launch of a new missile on Wednesday, KCNA said on Thursday.", P,
     "launch of a new missile", "missile_test", D(2024, 3, 6), D(2024, 3, 6)),
    ("Kim Jong Un oversaw the launch of a new missile on Wednesday, KCNA said on Thursday.", P, "KCNA said",
     "statement", D(2024, 3, 7), D(2024, 3, 7)),
    ("Russia's defence ministry said on Tuesday its jets had intercepted a US drone over the Black Sea the "
     "previous day.", P, "intercepted a US drone", "other", D(2024, 3, 4), D(2024, 3, 4)),
    ("The army said on Monday that soldiers had shot down a drone a day earlier.", P, "shot down a drone", "other",
     D(2024, 3, 3), D(2024, 3, 3)),
    ("Lithuania said on Friday it would expel two Russian diplomats next week.", P, "Lithuania said", "statement",
     D(2024, 3, 8), D(2024, 3, 8)),
    # accusations: the day before "of <verb>ing" is the accuser's
    ("The Philippine coast guard accused Chinese ships on Tuesday of firing water cannon at a supply boat on "
     "Sunday.", P, "coast guard accused", "statement", D(2024, 3, 5), D(2024, 3, 5)),
    ("The Philippine coast guard accused Chinese ships on Tuesday of firing water cannon at a supply boat on "
     "Sunday.", P, "firing water cannon", "other", D(2024, 3, 3), D(2024, 3, 3)),
    ("Beijing accused Manila on Monday of ramming a Chinese vessel.", P, "Beijing accused", "statement",
     D(2024, 3, 4), D(2024, 3, 4)),
    ("Beijing accused Manila on Monday of ramming a Chinese vessel.", P, "ramming a Chinese vessel", "other",
     None, None),
    ("Armenia accused Azerbaijan on Wednesday of shelling its border villages on Tuesday.", P, "Armenia accused",
     "statement", D(2024, 3, 6), D(2024, 3, 6)),
    ("Armenia accused Azerbaijan on Wednesday of shelling its border villages on Tuesday.", P,
     "shelling its border villages", "other", D(2024, 3, 5), D(2024, 3, 5)),
    # settings and forms of the statement's own day
    ("Speaking on Sunday, the Turkish president said troops would stay in Syria.", P, "president said",
     "statement", D(2024, 3, 3), D(2024, 3, 3)),
    ("In a statement released late Sunday, the ministry said it had summoned the ambassador.", P, "ministry said",
     "statement", D(2024, 3, 3), D(2024, 3, 3)),
    ("The minister, who visited Kyiv last week, said on Saturday that more aid would come.", P, "said on Saturday",
     "statement", D(2024, 3, 2), D(2024, 3, 2)),
    ("\"We intercepted the drone yesterday,\" the general told reporters on Tuesday.", P, "told reporters",
     "statement", D(2024, 3, 5), D(2024, 3, 5)),
    ("\"They crossed the line yesterday,\" the minister said on Thursday.", P, "minister said", "statement",
     D(2024, 3, 7), D(2024, 3, 7)),
    ("Lavrov, who met Wang Yi in Beijing on Tuesday, said on Wednesday that the talks had gone well.", P,
     "said on Wednesday", "statement", D(2024, 3, 6), D(2024, 3, 6)),
    # anaphora over paragraphs
    ("China sent 30 warplanes toward Taiwan on Sunday.\n\nThe next day, Taiwan scrambled jets.", P,
     "scrambled jets", "deployment", D(2024, 3, 4), D(2024, 3, 4)),
    ("China began live-fire drills around Taiwan on 4 August. Japan said nine ballistic missiles were fired "
     "that day.", "2022-08-06", "nine ballistic missiles were fired", "missile_test", D(2022, 8, 4), D(2022, 8, 4)),
    ("Azerbaijani forces shelled Armenian positions on Monday.\n\nThe following day, Armenia's army said it had "
     "returned fire.", P, "army said", "statement", D(2024, 3, 5), D(2024, 3, 5)),
    ("Rebels seized the town on March 1.\n\nThat same week, the army sent reinforcements to the region.", P,
     "sent reinforcements", "deployment", D(2024, 2, 26), D(2024, 3, 3)),
    ("Hezbollah fired rockets at northern Israel on Saturday.\n\nThat weekend, Israeli jets struck targets in "
     "southern Lebanon.", P, "struck targets", "other", D(2024, 3, 2), D(2024, 3, 3)),
    ("The navy held drills on March 4.\n\nThe following weekend, the carrier sailed for the Gulf.", "2024-03-15",
     "sailed for the Gulf", "ship_movement", D(2024, 3, 9), D(2024, 3, 10)),
    ("Iran seized a tanker on Monday.\n\nThe navy will hold drills on Sunday.\n\nA day later, Britain summoned "
     "Iran's ambassador.", P, "summoned", "other", D(2024, 3, 5), D(2024, 3, 5)),
    ("Israel struck Rafah on Sunday.\n\nLater the same day, the destroyer left the port.", P, "left the port",
     "ship_movement", D(2024, 3, 3), D(2024, 3, 3)),
    ("Azerbaijani forces shelled Armenian positions on Monday. Two days later, Russian peacekeepers were deployed "
     "to the area.", P, "peacekeepers were deployed", "deployment", D(2024, 3, 6), D(2024, 3, 6)),
    ("North Korea fired a missile on Tuesday.\n\nThree days earlier, South Korea and the US had launched joint "
     "military drills.", P, "joint military drills", "military_exercise", D(2024, 3, 2), D(2024, 3, 2)),
    ("The frigate left Portsmouth on Monday.\n\nA week later, the frigate arrived in Gibraltar.", "2024-03-20",
     "arrived in Gibraltar", "ship_movement", D(2024, 3, 25), D(2024, 3, 25)),
    # relational phrases and clauses of another time
    ("On the eve of the summit on Thursday, North Korea fired a missile.", P, "fired a missile", "missile_test",
     D(2024, 3, 6), D(2024, 3, 6)),
    ("Hours after the vote on Tuesday, the army deployed troops to the capital.", P, "deployed troops",
     "deployment", D(2024, 3, 5), D(2024, 3, 5)),
    ("Days before the summit, Pyongyang fired two missiles.", P, "fired two missiles", "missile_test", None, None),
    ("In the run-up to the election, the navy held drills near the islands.", P, "held drills",
     "military_exercise", None, None),
    ("Police arrested 40 protesters before Tuesday's summit.", P, "arrested 40 protesters", "other", None, None),
    ("Police arrested 40 protesters before Tuesday's summit.", P, "summit", "meeting", D(2024, 3, 5),
     D(2024, 3, 5)),
    ("Monday's vote was postponed, and the army deployed troops on Tuesday.", P, "deployed troops", "deployment",
     D(2024, 3, 5), D(2024, 3, 5)),
    ("The envoy, who arrived in Tehran on Sunday, met the foreign minister on Monday.", P, "met the foreign",
     "meeting", D(2024, 3, 4), D(2024, 3, 4)),
    # plans and times ahead
    ("The Security Council is expected to vote on the resolution on Friday.", "2024-03-06", "vote", "meeting",
     D(2024, 3, 8), D(2024, 3, 8)),
    ("The two leaders will meet a week on Monday, the Kremlin said.", P, "will meet", "meeting", D(2024, 3, 18),
     D(2024, 3, 18)),
    ("Talks are due to resume in mid-March, diplomats said.", "2024-03-01", "Talks", "meeting", D(2024, 3, 11),
     D(2024, 3, 20)),
    ("Iran will hold naval drills at the turn of the year, state television reported.", "2023-11-20",
     "naval drills", "military_exercise", D(2023, 12, 21), D(2024, 1, 10)),
    ("The carrier will return to port in the new year, the navy said.", "2023-12-10", "return to port",
     "ship_movement", D(2024, 1, 1), D(2024, 4, 30)),
    ("NATO will hold the drills from March 4 to 14, the alliance said.", "2024-02-28", "hold the drills",
     "military_exercise", D(2024, 3, 4), D(2024, 3, 14)),
    ("Parliament will vote on the bill on Tuesday, the ministry said on Friday.", P, "ministry said", "statement",
     D(2024, 3, 8), D(2024, 3, 8)),
    ("Parliament will vote on the bill on Tuesday, the ministry said on Friday.", P, "vote on the bill", "meeting",
     D(2024, 3, 12), D(2024, 3, 12)),
    # periods, vague stretches, counted days
    ("The drills ended in the middle of last month, the ministry said.", P, "drills ended", "military_exercise",
     D(2024, 2, 11), D(2024, 2, 20)),
    ("Over the last two weeks, Chinese ships blocked three resupply missions.", P, "blocked three resupply",
     "ship_movement", D(2024, 2, 23), D(2024, 3, 8)),
    ("Chinese coast guard ships rammed a supply boat late last month, Manila said on Tuesday.", P,
     "rammed a supply boat", "other", D(2024, 2, 21), D(2024, 2, 29)),
    ("Ukrainian drones hit two refineries at the weekend, officials said on Monday.", P, "hit two refineries",
     "other", D(2024, 3, 2), D(2024, 3, 3)),
    ("Ukrainian drones hit two refineries at the weekend, officials said on Monday.", P, "officials said",
     "statement", D(2024, 3, 4), D(2024, 3, 4)),
    ("The destroyer docked in Split this past Sunday.", P, "docked in Split", "ship_movement", D(2024, 3, 3),
     D(2024, 3, 3)),
    ("Iranian boats harassed the tanker on the 3rd, the navy said on Thursday.", P, "harassed the tanker", "other",
     D(2024, 3, 3), D(2024, 3, 3)),
    ("The talks were held on February 26-27 in Geneva, the UN said.", P, "talks were held", "meeting",
     D(2024, 2, 26), D(2024, 2, 27)),
    ("Chinese ships have shadowed the frigate in recent days, the navy said.", P, "shadowed the frigate",
     "ship_movement", D(2024, 3, 1), D(2024, 3, 8)),
    ("Gunmen attacked a convoy two days ago, police said.", P, "attacked a convoy", "other", D(2024, 3, 6),
     D(2024, 3, 6)),
    ("A decade ago, Russia annexed Crimea.", "2024-03-18", "annexed Crimea", "other", D(2014, 1, 1),
     D(2014, 12, 31)),
    ("The drills, which began on Monday, ended on Wednesday, the navy said.", P, "ended on Wednesday",
     "military_exercise", D(2024, 3, 6), D(2024, 3, 6)),
    ("The Jan. 5 attack killed 12 soldiers, the ministry said on Thursday.", P, "ministry said", "statement",
     D(2024, 3, 7), D(2024, 3, 7)),
    # a day set off after a coarser period: the reading inside it, whatever the verb's tense
    ("NATO foreign ministers meet in Prague next week, on 30 and 31 May.", "2024-05-21", "foreign ministers meet",
     "meeting", D(2024, 5, 30), D(2024, 5, 31)),
    ("The drills took place last month, on 12 April, the navy said.", "2024-05-21", "drills took place",
     "military_exercise", D(2024, 4, 12), D(2024, 4, 12)),
    ("Talks were held in Doha last week, on Tuesday and Wednesday.", "2024-05-21", "Talks were held", "meeting",
     D(2024, 5, 14), D(2024, 5, 15)),
    # a month or day with no year in the one year its sentence names before it
    ("Last year, the frigate sailed to South Africa for joint drills with the Chinese navy in February.",
     "2024-06-12", "joint drills", "military_exercise", D(2023, 2, 1), D(2023, 2, 28)),
    ("In 2019, Iran seized a British-flagged tanker in July.", "2024-06-12", "seized a British-flagged tanker",
     "other", D(2019, 7, 1), D(2019, 7, 31)),
    ("Last year, Russia expelled two Moldovan diplomats on 5 March.", "2024-06-12", "expelled two Moldovan",
     "sanction", D(2023, 3, 5), D(2023, 3, 5)),
    ("North Korea fired a missile in 2017 and conducted a nuclear test in September.", "2024-06-12",
     "conducted a nuclear test", "nuclear_test", D(2017, 9, 1), D(2017, 9, 30)),
    ("In 2022, Russia invaded Ukraine, and in March it withdrew its troops from near Kyiv.", "2024-06-12",
     "withdrew its troops", "deployment", D(2022, 3, 1), D(2022, 3, 31)),
    ("North Korea fired a missile on 5 March, its first test this year.", "2024-06-12", "fired a missile",
     "missile_test", D(2024, 3, 5), D(2024, 3, 5)),
    # numeric and ordinal days, datelines, and non-date words beside real dates
    ("Turkish jets struck targets in northern Iraq on 02.03.2024, the ministry said.", P, "struck targets", "other",
     D(2024, 3, 2), D(2024, 3, 2)),
    ("The navy said Thursday a Chinese survey ship had entered its waters on the 3rd.", P, "entered its waters",
     "ship_movement", D(2024, 3, 3), D(2024, 3, 3)),
    ("SEOUL, March 8 (Yonhap) -- North Korea fired a ballistic missile into the sea on Friday, the Joint Chiefs "
     "of Staff said.", P, "fired a ballistic missile", "missile_test", D(2024, 3, 8), D(2024, 3, 8)),
    ("KYIV, March 8 (Reuters) - Russian drones struck Odesa overnight, the governor said.", P, "struck Odesa",
     "other", D(2024, 3, 7), D(2024, 3, 8)),
    ("MOSCOW, March 7. /TASS/. The Northern Fleet's frigate put to sea on Wednesday, the fleet said.", P,
     "put to sea", "ship_movement", D(2024, 3, 6), D(2024, 3, 6)),
    ("Under the 2018 law, the coast guard boarded the trawler on Tuesday.", P, "boarded the trawler", "other",
     D(2024, 3, 5), D(2024, 3, 5)),
    ("Iran breached Resolution 2231 when it tested a missile on Sunday, Britain said.", P, "tested a missile",
     "missile_test", D(2024, 3, 3), D(2024, 3, 3)),
    ("The Black Sea Fleet's 30th Division put to sea on Monday.", P, "put to sea", "ship_movement", D(2024, 3, 4),
     D(2024, 3, 4)),
    ("At 10:30 on Tuesday, the frigate entered the strait.", P, "entered the strait", "ship_movement",
     D(2024, 3, 5), D(2024, 3, 5)),
    ("Theresa May met the Irish prime minister in Dublin on Monday.", "2019-03-08", "met the Irish",
     "meeting", D(2019, 3, 4), D(2019, 3, 4)),
    ("Japan and the Philippines will sign a defence pact in July, officials said.", P, "sign a defence pact",
     "other", D(2024, 7, 1), D(2024, 7, 31)),
    ("The 20-year-old conscript was detained at the border on Thursday.", P, "detained", "other", D(2024, 3, 7),
     D(2024, 3, 7)),
]


def _row_id(row) -> str:
    values = row.values if hasattr(row, "values") else row  # a pytest.param row holds its values
    return f"{values[2]}|{values[0][:40]}"


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end"), TABLE, ids=[_row_id(t) for t in TABLE])
def test_event_dates(body, published, words, kind, start, end):
    ev = find_event(extract_strict(make_excerpt(body, published=published)), words, kind)
    assert (ev.date.start, ev.date.end) == (start, end), ev.date.basis
    assert ev.date.basis


def test_table_is_large():
    assert len(TABLE) >= 80
