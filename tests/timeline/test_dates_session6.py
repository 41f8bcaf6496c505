"""Session 6: a table of fresh date phrases as news English writes them (wires, state agencies, broadcasters,
papers), each found in a short sentence and resolved against an anchor and a tense; and non-date words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import check_no_dates, check_resolved, found_date
from timeline.datefind import find_dates
from timeline.dates import Anchor, resolve
from timeline.models import DateResolution

D = date
W = "2024-05-15"  # a Wednesday
F = "2023-09-08"  # a Friday
M = "2022-02-28"  # a Monday, last day of a month
S = "2025-01-05"  # a Sunday, first week of a year
T = "2021-11-18"  # a Thursday

# (sentence, anchor, tense, the phrase found, expected start, expected end); None, None = undated.
TABLE = [
    # parts of a named day do not move it
    ("Israeli jets struck targets in southern Lebanon Wednesday night, the army said.", W, "past",
     "Wednesday night", D(2024, 5, 15), D(2024, 5, 15)),
    ("Gunmen stormed a police post early Thursday, local officials said.", F, "past",
     "early Thursday", D(2023, 9, 7), D(2023, 9, 7)),
    ("The convoy came under fire late Sunday near the border.", M, "past", "late Sunday", D(2022, 2, 27), D(2022, 2, 27)),
    ("The minister flew to Ankara on Tuesday morning.", W, "past", "on Tuesday morning", D(2024, 5, 14), D(2024, 5, 14)),
    ("Talks dragged on into Saturday evening.", S, "past", "Saturday evening", D(2025, 1, 4), D(2025, 1, 4)),
    ("Parliament will vote Friday afternoon.", T, "future", "Friday afternoon", D(2021, 11, 19), D(2021, 11, 19)),
    ("The blasts were heard in the early hours of Monday.", W, "past", "Monday", D(2024, 5, 13), D(2024, 5, 13)),
    ("The ferry sank before dawn on Friday.", F, "past", "on Friday", D(2023, 9, 8), D(2023, 9, 8)),
    ("Rescuers reached the site late on Saturday.", M, "past", "late on Saturday", D(2022, 2, 26), D(2022, 2, 26)),
    ("The spokesman said earlier Thursday that no decision had been taken.", T, "past", "Thursday",
     D(2021, 11, 18), D(2021, 11, 18)),
    # overnight: the night before the text (the night of the day before and the anchor day)
    ("Russian drones struck Kharkiv overnight, the regional governor said.", W, "past", "overnight",
     D(2024, 5, 14), D(2024, 5, 15)),
    ("Overnight, the coalition carried out more than a dozen strikes.", F, "past", "Overnight",
     D(2023, 9, 7), D(2023, 9, 8)),
    ("Several military units were put on alert overnight.", M, "past", "overnight", D(2022, 2, 27), D(2022, 2, 28)),
    ("The curfew will stay in force overnight.", T, "future", "overnight", D(2021, 11, 18), D(2021, 11, 19)),
    ("Fighting raged overnight into Sunday.", S, "past", "overnight into Sunday", D(2025, 1, 4), D(2025, 1, 5)),
    # day words
    ("The prime minister told parliament this morning that the talks had failed.", W, "past", "this morning",
     D(2024, 5, 15), D(2024, 5, 15)),
    ("The foreign minister is due to arrive this afternoon.", F, "future", "this afternoon", D(2023, 9, 8), D(2023, 9, 8)),
    ("The envoy will brief the council this evening.", M, "future", "this evening", D(2022, 2, 28), D(2022, 2, 28)),
    ("Protesters gathered outside the embassy last night.", S, "past", "last night", D(2025, 1, 4), D(2025, 1, 4)),
    ("The ministry said yesterday it had lodged a protest.", T, "past", "yesterday", D(2021, 11, 17), D(2021, 11, 17)),
    ("Voting began today in the disputed region.", W, "past", "today", D(2024, 5, 15), D(2024, 5, 15)),
    ("The summit opens tomorrow in Brussels.", F, "future", "tomorrow", D(2023, 9, 9), D(2023, 9, 9)),
    ("The talks will resume the day after tomorrow.", M, "future", "the day after tomorrow", D(2022, 3, 2), D(2022, 3, 2)),
    ("The strike happened the day before yesterday.", S, "past", "the day before yesterday", D(2025, 1, 3), D(2025, 1, 3)),
    ("Tonight the president will address the nation.", T, "future", "Tonight", D(2021, 11, 18), D(2021, 11, 18)),
    # weekdays named with a modifier
    ("The tanker was boarded last Thursday.", W, "past", "last Thursday", D(2024, 5, 9), D(2024, 5, 9)),
    ("The frigate docked last Friday.", F, "past", "last Friday", D(2023, 9, 1), D(2023, 9, 1)),
    ("The envoy will return next Tuesday.", W, "future", "next Tuesday", D(2024, 5, 21), D(2024, 5, 21)),
    ("The bill goes to a vote this coming Monday.", S, "future", "this coming Monday", D(2025, 1, 6), D(2025, 1, 6)),
    ("The ceasefire collapsed this past Saturday.", M, "past", "this past Saturday", D(2022, 2, 26), D(2022, 2, 26)),
    ("The drills end this Sunday.", T, "future", "this Sunday", D(2021, 11, 21), D(2021, 11, 21)),
    # a weekday of a named week
    ("The two leaders spoke by phone on Thursday last week.", W, "past", "on Thursday last week",
     D(2024, 5, 9), D(2024, 5, 9)),
    ("Inspectors visited the plant Monday last week.", F, "past", "Monday last week", D(2023, 8, 28), D(2023, 8, 28)),
    ("The talks will open on Tuesday next week.", T, "future", "on Tuesday next week", D(2021, 11, 23), D(2021, 11, 23)),
    ("The ship left port on Wednesday of last week.", M, "past", "on Wednesday of last week", D(2022, 2, 23),
     D(2022, 2, 23)),
    ("Ministers meet on Friday of next week.", W, "future", "on Friday of next week", D(2024, 5, 24), D(2024, 5, 24)),
    ("The rebels withdrew on Monday this week.", T, "past", "on Monday this week", D(2021, 11, 15), D(2021, 11, 15)),
    # a week or weeks ago, counted to a day
    ("A week ago today, the first convoy crossed the border.", W, "past", "A week ago today", D(2024, 5, 8), D(2024, 5, 8)),
    ("The vessel was seized two weeks ago today.", F, "past", "two weeks ago today", D(2023, 8, 25), D(2023, 8, 25)),
    ("The militia seized the town a week ago Friday.", T, "past", "a week ago Friday", D(2021, 11, 5), D(2021, 11, 5)),
    ("The strike happened two weeks ago Sunday.", W, "past", "two weeks ago Sunday", D(2024, 4, 28), D(2024, 4, 28)),
    # session 20: "a week ago" is the day seven days back, as "a week ago today" (was the week of 21-27 February)
    ("The talks were held a week ago.", M, "past", "a week ago", D(2022, 2, 21), D(2022, 2, 21)),
    ("The blockade began three weeks ago.", S, "past", "three weeks ago", D(2024, 12, 9), D(2024, 12, 15)),
    ("Two days ago, the navy reported a second sighting.", T, "past", "Two days ago", D(2021, 11, 16), D(2021, 11, 16)),
    ("The mission launched 10 days ago.", W, "past", "10 days ago", D(2024, 5, 5), D(2024, 5, 5)),
    ("A month ago, few expected a deal.", F, "past", "A month ago", D(2023, 8, 1), D(2023, 8, 31)),
    ("Six months ago the port was still open.", M, "past", "Six months ago", D(2021, 8, 1), D(2021, 8, 31)),
    ("A year ago, the two sides were still talking.", S, "past", "A year ago", D(2024, 1, 1), D(2024, 12, 31)),
    ("The week before last, rebels seized the town.", W, "past", "The week before last", D(2024, 4, 29), D(2024, 5, 5)),
    ("The month before last, the envoy resigned.", F, "past", "The month before last", D(2023, 7, 1), D(2023, 7, 31)),
    ("A fortnight ago, the rebels withdrew.", T, "past", "A fortnight ago", D(2021, 11, 1), D(2021, 11, 7)),
    ("Two years ago this month, the war began.", M, "past", "Two years ago this month", D(2020, 2, 1), D(2020, 2, 29)),
    ("Over the past fortnight, 30 ships were stopped.", W, "past", "Over the past fortnight", D(2024, 5, 1),
     D(2024, 5, 15)),
    ("The summit is scheduled for the week of June 10.", W, "future", "the week of June 10", D(2024, 6, 10),
     D(2024, 6, 16)),
    ("Talks held in the week of 3 June 2019 failed.", S, "past", "in the week of 3 June 2019", D(2019, 6, 3),
     D(2019, 6, 9)),
    ("The attack took place on the night of May 3-4.", W, "past", "of May 3-4", D(2024, 5, 3), D(2024, 5, 4)),
    ("Ankara's ultimatum of March 12 expired.", W, "past", "of March 12", D(2024, 3, 12), D(2024, 3, 12)),
    ("The rebels advanced through August 28.", F, "past", "through August 28", D(2023, 8, 28), D(2023, 8, 28)),
    # hours from the anchor
    ("The missile was fired 48 hours ago, officials said.", W, "past", "48 hours ago", D(2024, 5, 13), D(2024, 5, 13)),
    ("The alert was raised 24 hours ago.", F, "past", "24 hours ago", D(2023, 9, 7), D(2023, 9, 7)),
    ("The ship docked hours ago.", T, "past", "hours ago", D(2021, 11, 17), D(2021, 11, 18)),
    ("More than 30 strikes were reported in the past 48 hours.", M, "past", "in the past 48 hours", D(2022, 2, 26),
     D(2022, 2, 28)),
    ("Strikes on the port continued in the past 72 hours.", T, "past", "in the past 72 hours", D(2021, 11, 15),
     D(2021, 11, 18)),
    # weeks
    ("The shelling intensified over the weekend.", W, "past", "over the weekend", D(2024, 5, 11), D(2024, 5, 12)),
    ("The protests spread at the weekend.", M, "past", "at the weekend", D(2022, 2, 26), D(2022, 2, 27)),
    ("The leaders will meet at the weekend.", T, "future", "at the weekend", D(2021, 11, 20), D(2021, 11, 21)),
    ("Fighting flared last weekend.", F, "past", "last weekend", D(2023, 9, 2), D(2023, 9, 3)),
    ("The crews will rotate next weekend.", W, "future", "next weekend", D(2024, 5, 25), D(2024, 5, 26)),
    ("The tanker was spotted during the weekend.", M, "past", "during the weekend", D(2022, 2, 26), D(2022, 2, 27)),
    ("The talks broke down early in the week.", F, "past", "early in the week", D(2023, 9, 4), D(2023, 9, 6)),
    ("The drills are due to end late in the week.", M, "future", "late in the week", D(2022, 3, 3), D(2022, 3, 6)),
    ("The talks resumed later in the week.", T, "past", "later in the week", D(2021, 11, 18), D(2021, 11, 21)),
    ("Earlier in the week, the navy had denied the report.", T, "past", "Earlier in the week", D(2021, 11, 15),
     D(2021, 11, 18)),
    ("Late last week the coast guard escorted the trawler out.", W, "past", "Late last week", D(2024, 5, 9),
     D(2024, 5, 12)),
    ("Early next week the envoy travels to Riyadh.", F, "future", "Early next week", D(2023, 9, 11), D(2023, 9, 13)),
    ("The funds are due at the end of the week.", W, "future", "at the end of the week", D(2024, 5, 16),
     D(2024, 5, 19)),
    ("The fleet sailed this week.", W, "past", "this week", D(2024, 5, 13), D(2024, 5, 15)),
    ("The report was published last week.", S, "past", "last week", D(2024, 12, 23), D(2024, 12, 29)),
    ("Earlier this week, Seoul summoned the envoy.", F, "past", "Earlier this week", D(2023, 9, 4), D(2023, 9, 8)),
    ("The inspectors are expected later this week.", M, "future", "later this week", D(2022, 3, 1), D(2022, 3, 6)),
    # months
    ("The talks collapsed late last month.", W, "past", "late last month", D(2024, 4, 21), D(2024, 4, 30)),
    ("The ban took effect early last month.", F, "past", "early last month", D(2023, 8, 1), D(2023, 8, 10)),
    ("The port reopened earlier this month.", T, "past", "earlier this month", D(2021, 11, 1), D(2021, 11, 18)),
    ("The election is due later this month.", W, "future", "later this month", D(2024, 5, 16), D(2024, 5, 31)),
    ("A new round is planned for early next month.", M, "future", "early next month", D(2022, 3, 1), D(2022, 3, 10)),
    ("The sanctions were extended last month.", S, "past", "last month", D(2024, 12, 1), D(2024, 12, 31)),
    ("The minister will visit next month.", W, "future", "next month", D(2024, 6, 1), D(2024, 6, 30)),
    ("Earlier in the month, the army had denied the claim.", F, "past", "Earlier in the month", D(2023, 9, 1),
     D(2023, 9, 8)),
    ("Later in the month, the envoy returned.", T, "past", "Later in the month", D(2021, 11, 18), D(2021, 11, 30)),
    ("At the end of last month, the fleet returned to base.", F, "past", "At the end of last month", D(2023, 8, 21),
     D(2023, 8, 31)),
    ("By the end of next month the troops will have left.", W, "future", "By the end of next month", D(2024, 5, 15),
     D(2024, 6, 30)),
    ("The sanctions will be imposed by the end of the month.", W, "future", "by the end of the month",
     D(2024, 5, 15), D(2024, 5, 31)),
    ("The mission will stay until the end of the year.", F, "future", "until the end of the year", D(2023, 9, 8),
     D(2023, 12, 31)),
    ("By the end of the month, the fleet had returned.", W, "past", "By the end of the month", D(2024, 5, 21),
     D(2024, 5, 31)),
    # a month by name
    ("The ceasefire was agreed in mid-March.", W, "past", "in mid-March", D(2024, 3, 11), D(2024, 3, 20)),
    ("Talks are set to resume in mid-June.", W, "future", "in mid-June", D(2024, 6, 11), D(2024, 6, 20)),
    ("The strikes began in late January.", M, "past", "in late January", D(2022, 1, 21), D(2022, 1, 31)),
    ("The deal was signed in early August.", F, "past", "in early August", D(2023, 8, 1), D(2023, 8, 10)),
    ("The blockade has lasted since January.", W, "past", "since January", D(2024, 1, 1), D(2024, 1, 31)),
    ("The talks have been frozen since last October.", M, "past", "since last October", D(2021, 10, 1), D(2021, 10, 31)),
    ("The troops were sent in the first week of June.", W, "past", "in the first week of June", D(2023, 6, 1),
     D(2023, 6, 7)),
    ("The ships returned in the last week of April.", W, "past", "in the last week of April", D(2024, 4, 24),
     D(2024, 4, 30)),
    ("The drills were held in the second week of August.", F, "past", "in the second week of August", D(2023, 8, 8),
     D(2023, 8, 14)),
    ("The army will pull back by the end of March.", M, "future", "by the end of March", D(2022, 2, 28), D(2022, 3, 31)),
    ("The committee met at the beginning of December.", S, "past", "at the beginning of December", D(2024, 12, 1),
     D(2024, 12, 10)),
    ("The vote is expected in October.", T, "future", "in October", D(2022, 10, 1), D(2022, 10, 31)),
    ("The vessel was detained in October.", T, "past", "in October", D(2021, 10, 1), D(2021, 10, 31)),
    ("Relations soured last September.", W, "past", "last September", D(2023, 9, 1), D(2023, 9, 30)),
    ("Elections are due next April.", F, "future", "next April", D(2024, 4, 1), D(2024, 4, 30)),
    ("The envoy will visit in the second half of June.", W, "future", "in the second half of June", D(2024, 6, 16),
     D(2024, 6, 30)),
    ("Exports fell throughout February.", M, "past", "throughout February", D(2022, 2, 1), D(2022, 2, 28)),
    ("Shipments resumed during March.", W, "past", "during March", D(2024, 3, 1), D(2024, 3, 31)),
    ("The ministry said in May that it would respond.", F, "past", "in May", D(2023, 5, 1), D(2023, 5, 31)),
    ("The patrols continued until March.", W, "past", "until March", D(2024, 3, 1), D(2024, 3, 31)),
    ("The army aims to withdraw by end-June.", W, "future", "by end-June", D(2024, 5, 15), D(2024, 6, 30)),
    ("Talks stalled at end-March.", W, "past", "end-March", D(2024, 3, 21), D(2024, 3, 31)),
    ("The plant will open by end-2025.", W, "future", "by end-2025", D(2025, 9, 1), D(2025, 12, 31)),
    ("Attacks rose in the first quarter of 2024.", W, "past", "in the first quarter of 2024", D(2024, 1, 1),
     D(2024, 3, 31)),
    ("The deal is due by the third quarter of 2024.", W, "future", "by the third quarter of 2024", D(2024, 7, 1),
     D(2024, 9, 30)),
    # a day of a month, US and European order, abbreviations
    ("The envoy arrived Sept. 5 for talks.", F, "past", "Sept. 5", D(2023, 9, 5), D(2023, 9, 5)),
    ("The envoy arrived on Sept 5 for talks.", F, "past", "on Sept 5", D(2023, 9, 5), D(2023, 9, 5)),
    ("The envoy arrived on 5 September for talks.", F, "past", "on 5 September", D(2023, 9, 5), D(2023, 9, 5)),
    ("The envoy arrived on the 5th of September.", F, "past", "on the 5th of September", D(2023, 9, 5), D(2023, 9, 5)),
    ("The envoy arrived on September 5th.", F, "past", "on September 5th", D(2023, 9, 5), D(2023, 9, 5)),
    ("The envoy arrived on 5th September.", F, "past", "on 5th September", D(2023, 9, 5), D(2023, 9, 5)),
    ("The summit was moved to Jan 20.", S, "future", "Jan 20", D(2025, 1, 20), D(2025, 1, 20)),
    ("The strike on Mar 3 killed four.", W, "past", "on Mar 3", D(2024, 3, 3), D(2024, 3, 3)),
    ("The tanker was seized on Feb. 14.", M, "past", "on Feb. 14", D(2022, 2, 14), D(2022, 2, 14)),
    ("The drills ran from Aug. 21-25.", F, "past", "from Aug. 21-25", D(2023, 8, 21), D(2023, 8, 25)),
    ("The forum takes place on 12-14 June.", W, "future", "on 12-14 June", D(2024, 6, 12), D(2024, 6, 14)),
    ("Clashes broke out on Dec. 24.", S, "past", "on Dec. 24", D(2024, 12, 24), D(2024, 12, 24)),
    ("The ship was last seen on December 30.", S, "past", "on December 30", D(2024, 12, 30), D(2024, 12, 30)),
    ("The deadline is January 15.", S, "future", "January 15", D(2025, 1, 15), D(2025, 1, 15)),
    ("The hostages were freed on Nov. 2.", T, "past", "on Nov. 2", D(2021, 11, 2), D(2021, 11, 2)),
    ("The talks were held on Tuesday, May 7.", W, "past", "on Tuesday, May 7", D(2024, 5, 7), D(2024, 5, 7)),
    ("The treaty was signed on Thursday, 7 September.", F, "past", "on Thursday, 7 September", D(2023, 9, 7),
     D(2023, 9, 7)),
    ("The ship docked on Thurs., Nov. 11.", T, "past", "on Thurs., Nov. 11", D(2021, 11, 11), D(2021, 11, 11)),
    # holidays on a fixed day
    ("Russian missiles struck Kharkiv on Christmas Day.", S, "past", "on Christmas Day", D(2024, 12, 25),
     D(2024, 12, 25)),
    ("The truce began on New Year's Eve.", S, "past", "on New Year's Eve", D(2024, 12, 31), D(2024, 12, 31)),
    ("Unions will march on May Day.", W, "future", "on May Day", D(2025, 5, 1), D(2025, 5, 1)),
    ("The parade was held on Bastille Day 2019.", W, "past", "on Bastille Day 2019", D(2019, 7, 14), D(2019, 7, 14)),
    ("Shelling paused on Orthodox Christmas.", S, "past", "on Orthodox Christmas", D(2024, 1, 7), D(2024, 1, 7)),
    ("The ceasefire holds until New Year's Day.", W, "present", "until New Year's Day", D(2024, 5, 15),
     D(2025, 1, 1)),
    ("Fighting paused on Christmas\nDay.", S, "past", "on Christmas\nDay", D(2024, 12, 25), D(2024, 12, 25)),
    ("The road has been closed since mid-March.", W, "past", "since mid-March", D(2024, 3, 11), D(2024, 3, 20)),
    ("The army will withdraw by mid-June.", W, "future", "by mid-June", D(2024, 5, 15), D(2024, 6, 20)),
    ("Troops will stay until the end of June.", W, "future", "until the end of June", D(2024, 5, 15), D(2024, 6, 30)),
    ("Ministers met Saturday-Sunday in Doha.", W, "past", "Saturday-Sunday", D(2024, 5, 11), D(2024, 5, 12)),
    ("Fighting flared this past weekend.", W, "past", "this past weekend", D(2024, 5, 11), D(2024, 5, 12)),
    ("The frigate docked in Souda Bay on June 20.", W, "past", "on June 20", D(2023, 6, 20), D(2023, 6, 20)),
    # a bare ordinal day
    ("Voting ended on the 27th.", W, "past", "on the 27th", D(2024, 4, 27), D(2024, 4, 27)),
    ("The ship left on the 5th, officials said.", F, "past", "on the 5th", D(2023, 9, 5), D(2023, 9, 5)),
    ("The delegation returns on the 21st.", T, "future", "on the 21st", D(2021, 11, 21), D(2021, 11, 21)),
    ("The embargo runs until the 30th.", W, "future", "until the 30th", D(2024, 5, 15), D(2024, 5, 30)),
    ("The deadline was extended to the 20th.", M, "future", "to the 20th", D(2022, 3, 20), D(2022, 3, 20)),
    ("The road has been shut since the 3rd.", W, "past", "since the 3rd", D(2024, 5, 3), D(2024, 5, 3)),
    ("Troops must leave by the 15th.", F, "future", "by the 15th", D(2023, 9, 8), D(2023, 9, 15)),
    # two days, and spans of days
    ("Talks were held on May 11 and 13.", W, "past", "on May 11 and 13", D(2024, 5, 11), D(2024, 5, 13)),
    ("The two sides met on 4 and 5 September.", F, "past", "on 4 and 5 September", D(2023, 9, 4), D(2023, 9, 5)),
    ("Talks were held between 3 and 5 May.", W, "past", "between 3 and 5 May", D(2024, 5, 3), D(2024, 5, 5)),
    ("The drills ran from 21 to 25 August.", F, "past", "from 21 to 25 August", D(2023, 8, 21), D(2023, 8, 25)),
    ("The exercise runs from May 20 to May 24.", W, "future", "from May 20 to May 24", D(2024, 5, 20), D(2024, 5, 24)),
    ("The drills ran from August 28 to September 2.", F, "past", "from August 28 to September 2", D(2023, 8, 28),
     D(2023, 9, 2)),
    ("The talks ran from 30 January to 2 February.", M, "past", "from 30 January to 2 February", D(2022, 1, 30),
     D(2022, 2, 2)),
    ("The drills will run Dec. 2-6.", T, "future", "Dec. 2-6", D(2021, 12, 2), D(2021, 12, 6)),
    ("Talks were held from Monday to Wednesday.", T, "past", "from Monday to Wednesday", D(2021, 11, 15),
     D(2021, 11, 17)),
    ("The drills will run from Tuesday to Thursday.", W, "future", "from Tuesday to Thursday", D(2024, 5, 21),
     D(2024, 5, 23)),
    ("The two presidents met on Monday and Tuesday.", F, "past", "on Monday and Tuesday", D(2023, 9, 4), D(2023, 9, 5)),
    ("Inspectors will visit on Thursday and Friday.", M, "future", "on Thursday and Friday", D(2022, 3, 3), D(2022, 3, 4)),
    ("Protests were held on Saturday and Sunday.", W, "past", "on Saturday and Sunday", D(2024, 5, 11), D(2024, 5, 12)),
    ("The army said it had fired on Tuesday and Wednesday last week.", W, "past", "on Tuesday and Wednesday last week",
     D(2024, 5, 7), D(2024, 5, 8)),
    ("Inspectors will visit on Monday and Tuesday next week.", T, "future", "on Monday and Tuesday next week",
     D(2021, 11, 22), D(2021, 11, 23)),
    ("The strikes went on from Friday through Sunday.", M, "past", "from Friday through Sunday", D(2022, 2, 25),
     D(2022, 2, 27)),
    # years, seasons, decades
    ("The base was built in the spring of 2014.", W, "past", "in the spring of 2014", D(2014, 3, 1), D(2014, 5, 31)),
    ("The talks stalled in the summer of 2019.", F, "past", "in the summer of 2019", D(2019, 6, 1), D(2019, 8, 31)),
    ("Veterans of the 1950-53 war met in Seoul.", W, "past", "1950-53", D(1950, 1, 1), D(1953, 12, 31)),
    ("The two sides fought in 1962.", F, "past", "in 1962", D(1962, 1, 1), D(1962, 12, 31)),
    ("The base has been closed since 2019.", M, "past", "since 2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("The strait has been contested since the 1990s.", T, "past", "since the 1990s", D(1990, 1, 1), D(1999, 12, 31)),
    ("The embassy reopened in mid-2023.", W, "past", "in mid-2023", D(2023, 5, 1), D(2023, 8, 31)),
    ("The line will be finished by late 2026.", F, "future", "by late 2026", D(2026, 9, 1), D(2026, 12, 31)),
    ("The mission began in March 2022.", S, "past", "in March 2022", D(2022, 3, 1), D(2022, 3, 31)),
    ("The pact was agreed on March 12, 2021.", W, "past", "on March 12, 2021", D(2021, 3, 12), D(2021, 3, 12)),
    ("The pact was agreed on 12 March 2021.", W, "past", "on 12 March 2021", D(2021, 3, 12), D(2021, 3, 12)),
    ("The drills were held last spring.", F, "past", "last spring", D(2023, 3, 1), D(2023, 5, 31)),
    ("Talks could resume in the autumn.", W, "future", "in the autumn", D(2024, 9, 1), D(2024, 11, 30)),
    ("The offensive stalled over the winter.", W, "past", "over the winter", D(2023, 12, 1), D(2024, 2, 29)),
    ("The port was mined in the early 1980s.", T, "past", "in the early 1980s", D(1980, 1, 1), D(1983, 12, 31)),
    ("The two navies held drills earlier this year.", W, "past", "earlier this year", D(2024, 1, 1), D(2024, 5, 15)),
    ("The plant will close later this year.", F, "future", "later this year", D(2023, 9, 9), D(2023, 12, 31)),
    ("The sanctions were imposed late last year.", M, "past", "late last year", D(2021, 9, 1), D(2021, 12, 31)),
    ("Elections are set for early next year.", T, "future", "early next year", D(2022, 1, 1), D(2022, 4, 30)),
    ("Earlier in the year, the army had mobilised reservists.", F, "past", "Earlier in the year", D(2023, 1, 1),
     D(2023, 9, 8)),
    ("At the start of the year the ports were still open.", W, "past", "At the start of the year", D(2024, 1, 1),
     D(2024, 4, 30)),
    # vague phrases, bounded
    ("The envoy has travelled to the region several times in recent months.", W, "past", "in recent months",
     D(2023, 11, 15), D(2024, 5, 15)),
    ("The two sides have traded fire in recent days.", F, "past", "in recent days", D(2023, 9, 1), D(2023, 9, 8)),
    ("A decision is expected in the coming weeks.", M, "future", "in the coming weeks", D(2022, 2, 28), D(2022, 4, 11)),
    ("The talks will resume soon, the ministry said.", T, "future", "soon", D(2021, 11, 18), D(2021, 12, 18)),
    ("The minister recently visited the front.", W, "past", "recently", D(2024, 4, 15), D(2024, 5, 15)),
    ("Only days ago the two sides were talking.", S, "past", "Only days ago", D(2024, 12, 30), D(2025, 1, 4)),
    ("Over the past week, drones hit three depots.", T, "past", "Over the past week", D(2021, 11, 11), D(2021, 11, 18)),
    ("The army will withdraw within days.", W, "future", "within days", D(2024, 5, 15), D(2024, 5, 22)),
    ("A verdict is expected in the next few days.", F, "future", "in the next few days", D(2023, 9, 8), D(2023, 9, 15)),
    # deadlines ahead
    ("Troops must leave the area by Friday, the council said.", W, "future", "by Friday", D(2024, 5, 15), D(2024, 5, 17)),
    ("The corridor will stay open until Sunday.", T, "future", "until Sunday", D(2021, 11, 18), D(2021, 11, 21)),
    ("The border remains closed until Monday.", W, "present", "until Monday", D(2024, 5, 15), D(2024, 5, 20)),
    ("The survey ship will work in the area until Sept. 12.", F, "future", "until Sept. 12", D(2023, 9, 8),
     D(2023, 9, 12)),
    # datelines of many agencies: the filing day, never an event's date
    ("SEOUL, Sept 3 (Yonhap) -- North Korea fired a ballistic missile.", F, "past", "Sept 3", D(2023, 9, 3),
     D(2023, 9, 3)),
    ("BEIJING, Nov. 2 (Xinhua) -- China said it opposed the move.", T, "past", "Nov. 2", D(2021, 11, 2), D(2021, 11, 2)),
    ("Tehran, Dec 5, IRNA -- Iran's foreign ministry condemned the strike.", S, "past", "Dec 5", D(2024, 12, 5),
     D(2024, 12, 5)),
]


PREV = ("001-aaaaaa", DateResolution(start=D(2024, 5, 9), end=D(2024, 5, 9), phrase="on Thursday", basis="...",
                                     relative_to="published"))  # the event before: Thursday 9 May 2024

# (sentence, the phrase found, expected start, expected end): counted from PREV, whatever the anchor
ANAPHORA = [
    ("The previous day, the navy had reported a sighting.", "The previous day", D(2024, 5, 8), D(2024, 5, 8)),
    ("A convoy had crossed the day before.", "the day before", D(2024, 5, 8), D(2024, 5, 8)),
    ("The night before, drones hit the port.", "The night before", D(2024, 5, 8), D(2024, 5, 8)),
    ("A day earlier, the ministry had denied it.", "A day earlier", D(2024, 5, 8), D(2024, 5, 8)),
    ("Two days earlier, the ship had left port.", "Two days earlier", D(2024, 5, 7), D(2024, 5, 7)),
    ("The next day, the envoy flew home.", "The next day", D(2024, 5, 10), D(2024, 5, 10)),
    ("The following morning, troops moved in.", "The following morning", D(2024, 5, 10), D(2024, 5, 10)),
    ("That night, the shelling resumed.", "That night", D(2024, 5, 9), D(2024, 5, 9)),
    ("The same evening, the cabinet met.", "The same evening", D(2024, 5, 9), D(2024, 5, 9)),
    ("Later that evening, the minister resigned.", "Later that evening", D(2024, 5, 9), D(2024, 5, 9)),
    ("Earlier that morning, sirens sounded.", "Earlier that morning", D(2024, 5, 9), D(2024, 5, 9)),
    ("Earlier in the day, police fired tear gas.", "Earlier in the day", D(2024, 5, 9), D(2024, 5, 9)),
    ("48 hours later, the ship was released.", "48 hours later", D(2024, 5, 11), D(2024, 5, 11)),
    ("Forty-eight hours later, the ship was released.", "Forty-eight hours later", D(2024, 5, 11), D(2024, 5, 11)),
    ("24 hours later, the border reopened.", "24 hours later", D(2024, 5, 10), D(2024, 5, 10)),
    ("Some 36 hours later, the talks collapsed.", "36 hours later", D(2024, 5, 10), D(2024, 5, 11)),
    ("Two hours later, a second blast hit.", "Two hours later", D(2024, 5, 9), D(2024, 5, 9)),
    ("An hour later, the jets returned.", "An hour later", D(2024, 5, 9), D(2024, 5, 9)),
    ("Hours earlier, the army had warned residents.", "Hours earlier", D(2024, 5, 9), D(2024, 5, 9)),
    ("Shortly afterwards, the embassy closed.", "Shortly afterwards", D(2024, 5, 9), D(2024, 5, 9)),
    ("Moments later, the drone exploded.", "Moments later", D(2024, 5, 9), D(2024, 5, 9)),
    # session 20: on the previous event's day, as "hours later" (fewer than 24 hours stay on the day); was 9 .. 10 May
    ("Within hours, the rebels had retaken the town.", "Within hours", D(2024, 5, 9), D(2024, 5, 9)),
    ("Within days, the blockade was lifted.", "Within days", D(2024, 5, 10), D(2024, 5, 16)),
    ("Three days later, the hostages were freed.", "Three days later", D(2024, 5, 12), D(2024, 5, 12)),
    ("Days later, a second tanker was seized.", "Days later", D(2024, 5, 10), D(2024, 5, 15)),
    ("A week later, the fleet sailed.", "A week later", D(2024, 5, 16), D(2024, 5, 16)),
    ("Two weeks later, the envoy returned.", "Two weeks later", D(2024, 5, 23), D(2024, 5, 23)),
    ("Weeks later, the ban was lifted.", "Weeks later", D(2024, 5, 16), D(2024, 6, 20)),
    ("A month later, the port reopened.", "A month later", D(2024, 6, 9), D(2024, 6, 9)),
    ("The following week, talks resumed.", "The following week", D(2024, 5, 13), D(2024, 5, 19)),
    ("The same week, Kyiv hit a refinery.", "The same week", D(2024, 5, 6), D(2024, 5, 12)),
    ("The previous week, the army had mobilised.", "The previous week", D(2024, 4, 29), D(2024, 5, 5)),
    ("In the same month, Tokyo lodged a protest.", "In the same month", D(2024, 5, 1), D(2024, 5, 31)),
    ("Later that month, the ceasefire collapsed.", "Later that month", D(2024, 5, 1), D(2024, 5, 31)),
    ("Later that year, the treaty was signed.", "Later that year", D(2024, 1, 1), D(2024, 12, 31)),
    ("The following year, the base closed.", "The following year", D(2025, 1, 1), D(2025, 12, 31)),
    ("A year earlier, the two sides had clashed.", "A year earlier", D(2023, 5, 9), D(2023, 5, 9)),
    ("A fortnight later, talks resumed.", "A fortnight later", D(2024, 5, 23), D(2024, 5, 23)),
]


@pytest.mark.parametrize(("text", "phrase", "start", "end"), ANAPHORA, ids=[p for _, p, _, _ in ANAPHORA])
def test_anaphora_counts_from_the_event_before(text, phrase, start, end):
    check_resolved(text, phrase, W, "past", start, end, PREV)


def test_within_hours_told_of_the_past_with_no_event_before_is_undated():
    got = resolve(found_date("Within hours, the rebels had retaken the town.", "Within hours"),
                  Anchor.from_value(W, "published"), "past")
    assert not got.dated and "none is dated before it" in got.basis
    ahead = resolve(found_date("The army will withdraw within days.", "within days"), Anchor.from_value(W, "published"),
                    "future")
    assert (ahead.start, ahead.end) == (D(2024, 5, 15), D(2024, 5, 22))


@pytest.mark.parametrize(("text", "anchor", "tense", "phrase", "start", "end"), TABLE,
                         ids=[f"{p}|{a}|{t}" for _, a, t, p, _, _ in TABLE])
def test_phrase_found_and_resolved(text, anchor, tense, phrase, start, end):
    check_resolved(text, phrase, anchor, tense, start, end)


DATELINE = [
    "SEOUL, Sept 3 (Yonhap) -- North Korea fired a ballistic missile.",
    "BEIJING, Nov. 2 (Xinhua) -- China said it opposed the move.",
    "Tehran, Dec 5, IRNA -- Iran's foreign ministry condemned the strike.",
    "Moscow, 5 June (TASS) - Russia's defence ministry said the drills had ended.",
    "KYIV, Ukraine, March 3 (AP) — Russian forces shelled the city.",
    "Sept 14 (Reuters) - The European Union agreed new sanctions on Thursday.",
    "ISLAMABAD, Jan. 9 (APP): Pakistan's foreign office summoned the envoy.",
    "Manila, Philippines, April 2 (PNA) -- The coast guard said the ship left.",
    "NEW DELHI, Aug 4 (IANS) India said it had lodged a protest.",
    "Pyongyang, September 4 (KCNA) -- The DPRK foreign ministry issued a statement.",
    "MOSCOW, June 23. /TASS/. Russia's Black Sea Fleet began drills.",
    "Kuala Lumpur, 15 May (Bernama) -- Malaysia summoned the Chinese envoy.",
    "Riyadh, Shawwal 12, 1445, April 21, 2024, SPA -- The Crown Prince received a phone call today.",
    "Tehran, 14 Azar 1402, 5 December 2023, IRNA -- Iran's navy launched a new destroyer.",
    "ABU DHABI, 15th May, 2024 (WAM) -- The UAE condemned the attack.",
    "KUWAIT, May 15 (KUNA) -- Kuwait's foreign ministry welcomed the truce.",
]


@pytest.mark.parametrize("text", DATELINE)
def test_agency_datelines_are_datelines(text):
    first = find_dates(text)[0]
    assert first.kind == "dateline", find_dates(text)
    assert all(m.kind != "absolute" for m in find_dates(text)), find_dates(text)


# Words that hold digits, month or weekday names but are no date of the sentence (no mention at all,
# or none but the listed phrases).
TRAPS = [
    ("Protesters may march on the capital.", []),
    ("Thousands will March through the city centre.", []),
    ("The army began a 24-hour ceasefire.", []),
    ("The talks were held under Section 5 of the accord.", []),
    ("The cabinet met at No. 10 Downing Street.", []),
    ("Troops crossed the 38th parallel.", []),
    ("The 75-year-old president said he would stay.", []),
    ("The missile was fired at 1600 GMT.", []),
    ("The strike began by 1900 GMT, officials said.", []),
    ("Curfew runs until 2000 local time.", []),
    ("Air raid sirens sounded from 2100 to 2300 hours.", []),
    ("The deadline passed at 2359 GMT.", []),
    ("Home side won 3-1 in the final.", []),
    ("The navy flew Su-30 and MiG-29 jets over the strait.", []),
    ("The Hwasong-18 is a solid-fuel missile.", []),
    ("The F-16 pilots trained for 12 weeks.", []),
    ("Some 2000 troops crossed the border.", []),
    ("Former prime minister Theresa May said the deal was dead.", []),
    ("Critics said May had misjudged the mood.", []),
    ("Resolution 2231 endorsed the accord.", []),
    ("The UN 1267 committee listed the group.", []),
    ("The Sunday Times reported the plan.", []),
    ("The Good Friday Agreement ended the conflict.", []),
    ("The plane crashed on the 5th floor of the tower.", []),
    ("He marked his 70th birthday in prison.", []),
    ("The 7th Fleet is based in Japan.", []),
    ("The group, founded in the 1990s, is banned.", ["in the 1990s"]),
    ("A majority of 52 to 48 backed the deal.", []),
    ("The ship is 1,200 feet long.", []),
    ("The Iranian month of Azar and the Hijri year 1445 began.", []),
    ("On 14 Azar 1402, the Iranian foreign ministry said.", []),
    ("The 2015 deal capped enrichment.", []),
    ("The April 2021 coup ousted the government.", ["April 2021"]),
    ("Forces may withdraw if talks go well, May said.", []),
    ("The tanker may sail on Monday.", ["on Monday"]),
    ("Sales rose 24 percent in the year to March.", []),
    ("A 48-hour general strike paralysed the capital.", []),
    ("The 1990s-era frigates were retired.", []),
    ("The Type 055 destroyer led the group.", []),
    ("Flight MH17 was shot down over Ukraine.", []),
    ("NATO invoked Article 4 of its treaty.", []),
    ("Israel cited Article 51 of the UN Charter.", []),
    ("Resolution 1701 ended the war.", []),
    ("Kim, 40, inspected the launch site.", []),
    ("The council voted 15-0 to renew the mission.", []),
    ("Egypt's A400M transport planes landed.", []),
    ("Envoy Jan Kubis briefed the council.", []),
    ("Troops of the 24th Infantry Division deployed.", []),
    ("The talks reached the 3rd round without a deal.", []),
    ("The plan would cut emissions by between 3 and 5 percent.", []),
    ("Inflation rose from 2 to 5 percent in May.", ["in May"]),
    ("On March 3 and 12 people died in the blast.", ["On March 3"]),
    ("The ship was hit at 10:00 GMT on March 3.", ["on March 3"]),
    ("The militia killed 12 and wounded 5 on Monday.", ["on Monday"]),
    ("Tehran, Azar 14, IRNA -- Iran's navy said the drills had ended.", []),
    ("Clerics marked 1 Muharram 1446 in Najaf.", []),
    # a date in prose after a place and a comma is no dateline without its agency
    ("Talks in Geneva, May 15 and 16, ended without a deal.", ["May 15 and 16"]),
    ("He turned 70 in June.", ["in June"]),
    ("Members of the Six-Day War generation spoke.", []),
    # an ultimatum's term dates what is demanded, not the demand: no date of the sentence's act
    ("Moscow ordered the two diplomats to leave within 72 hours.", []),
    ("The rebels were given 48 hours to withdraw.", []),
    ("The ministry must respond within 24 hours, the court ruled.", []),
]


@pytest.mark.parametrize(("text", "allowed"), TRAPS, ids=[t[:40] for t, _ in TRAPS])
def test_non_date_words_make_no_date(text, allowed):
    check_no_dates(text, allowed)


def test_table_is_large():
    assert len(TABLE) + len(DATELINE) + len(TRAPS) + len(ANAPHORA) >= 250


@pytest.mark.parametrize(("text", "start"), [
    ("İn the last month it rained.", D(2024, 4, 14)),
    ("fİve days ago the ship left.", D(2024, 5, 10)),
    ("EARLİER THİS WEEK the ship left.", D(2024, 5, 13)),
])
def test_dotted_capital_i_matches_as_i(text, start):
    # the case-blind regex matches "İ" as "i", and "İ".lower() is two characters: the phrase must still resolve
    [m] = find_dates(text)
    assert resolve(m, Anchor.from_value(W, "published"), "past").start == start
