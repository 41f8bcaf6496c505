"""Session 7: a second table of fresh date phrases in the styles of many outlets and countries (wire
datelines, parts of days, deadlines and spans ahead, numeric dates, ordinal days, seasons and wars,
counted days from now), resolved against an anchor and a tense; anaphora chains; and non-date words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.datefind import find_dates
from timeline.dates import Anchor, resolve
from timeline.models import DateResolution

D = date
A = "2019-07-05"  # a Friday
B = "2020-03-10"  # a Tuesday, in a leap year
C = "2018-10-31"  # a Wednesday, last day of a month
E = "2023-02-26"  # a Sunday
G = "2017-06-01"  # a Thursday, first day of a month
H = "2026-01-01"  # a Thursday, first day of a year
K = "2022-08-15"  # a Monday

# (sentence, anchor, tense, the phrase found, expected start, expected end)
TABLE = [
    # weekdays with the words news copy puts around them
    ("Iran's navy seized the tanker on Tuesday local time.", A, "past", "on Tuesday", D(2019, 7, 2), D(2019, 7, 2)),
    ("The bomb went off late on Sunday outside the mosque.", K, "past", "late on Sunday", D(2022, 8, 14),
     D(2022, 8, 14)),
    ("Militants attacked the checkpoint in the early hours of Wednesday.", C, "past", "Wednesday", D(2018, 10, 31),
     D(2018, 10, 31)),
    ("Troops moved into the village at dawn on Saturday.", E, "past", "on Saturday", D(2023, 2, 25), D(2023, 2, 25)),
    ("Drones struck the depot before dawn Thursday.", G, "past", "Thursday", D(2017, 6, 1), D(2017, 6, 1)),
    ("Wednesday's attack killed six soldiers.", B, "past", "Wednesday", D(2020, 3, 4), D(2020, 3, 4)),
    ("The two leaders spoke last Wednesday.", A, "past", "last Wednesday", D(2019, 7, 3), D(2019, 7, 3)),
    ("The envoy met the president on Wednesday last.", A, "past", "on Wednesday last", D(2019, 7, 3), D(2019, 7, 3)),
    ("The council meets on Monday next.", A, "future", "on Monday next", D(2019, 7, 8), D(2019, 7, 8)),
    ("As of Friday, 40 ships had crossed the strait.", A, "past", "As of Friday", D(2019, 7, 5), D(2019, 7, 5)),
    ("The ceasefire took hold at midnight on Thursday.", K, "past", "on Thursday", D(2022, 8, 11), D(2022, 8, 11)),
    ("Shelling resumed around noon Saturday.", B, "past", "Saturday", D(2020, 3, 7), D(2020, 3, 7)),
    ("Rockets hit the base late Monday night.", B, "past", "late Monday night", D(2020, 3, 9), D(2020, 3, 9)),
    ("The minister will fly to Cairo on Sunday.", B, "future", "on Sunday", D(2020, 3, 15), D(2020, 3, 15)),
    ("The hostages were handed over on Friday evening.", E, "past", "on Friday evening", D(2023, 2, 24),
     D(2023, 2, 24)),
    ("The jets took off early Tuesday morning.", C, "past", "early Tuesday morning", D(2018, 10, 30), D(2018, 10, 30)),
    ("The parliament votes on Thursday.", G, "future", "on Thursday", D(2017, 6, 1), D(2017, 6, 1)),
    ("The tanker sank on Thursday, Jan. 1.", H, "past", "on Thursday, Jan. 1", D(2026, 1, 1), D(2026, 1, 1)),
    ("Talks ended Monday.", K, "past", "Monday", D(2022, 8, 15), D(2022, 8, 15)),
    ("Fighting flared again on Saturday.", H, "past", "on Saturday", D(2025, 12, 27), D(2025, 12, 27)),
    ("The navy will hold a parade on Saturday.", H, "future", "on Saturday", D(2026, 1, 3), D(2026, 1, 3)),
    # day words
    ("Earlier today, the cabinet approved the deployment.", K, "past", "today", D(2022, 8, 15), D(2022, 8, 15)),
    ("The president spoke by phone with his Turkish counterpart this afternoon.", C, "past", "this afternoon",
     D(2018, 10, 31), D(2018, 10, 31)),
    ("Protesters blocked the road last night.", H, "past", "last night", D(2025, 12, 31), D(2025, 12, 31)),
    ("The ship docked yesterday morning.", G, "past", "yesterday", D(2017, 5, 31), D(2017, 5, 31)),
    ("Troops will withdraw tomorrow morning.", C, "future", "tomorrow", D(2018, 11, 1), D(2018, 11, 1)),
    ("A vote is due tomorrow.", E, "future", "tomorrow", D(2023, 2, 27), D(2023, 2, 27)),
    ("Tonight's vote could topple the government.", B, "future", "Tonight", D(2020, 3, 10), D(2020, 3, 10)),
    ("Explosions were heard in the capital overnight.", H, "past", "overnight", D(2025, 12, 31), D(2026, 1, 1)),
    # last / next / this week, month, year; the weekend
    ("The frigate shadowed the carrier last week.", G, "past", "last week", D(2017, 5, 22), D(2017, 5, 28)),
    ("The frigate will return to port next week.", K, "future", "next week", D(2022, 8, 22), D(2022, 8, 28)),
    ("Earlier this week, the militia released two hostages.", A, "past", "Earlier this week", D(2019, 7, 1),
     D(2019, 7, 5)),
    ("A new round of talks opens later this week.", B, "future", "later this week", D(2020, 3, 10), D(2020, 3, 15)),
    ("The blockade was tightened over the weekend.", K, "past", "over the weekend", D(2022, 8, 13), D(2022, 8, 14)),
    ("The ministers will meet at the weekend.", A, "future", "at the weekend", D(2019, 7, 6), D(2019, 7, 7)),
    ("The deal was signed last month.", H, "past", "last month", D(2025, 12, 1), D(2025, 12, 31)),
    ("Elections were held last year.", H, "past", "last year", D(2025, 1, 1), D(2025, 12, 31)),
    ("Elections will be held next year.", C, "future", "next year", D(2019, 1, 1), D(2019, 12, 31)),
    ("The talks will resume next month.", C, "future", "next month", D(2018, 11, 1), D(2018, 11, 30)),
    ("The embassy reopened earlier this month.", B, "past", "earlier this month", D(2020, 3, 1), D(2020, 3, 10)),
    ("The navy will take delivery of the ship later this year.", K, "future", "later this year", D(2022, 8, 15),
     D(2022, 12, 31)),
    ("Parliament is expected to ratify the treaty early next year.", C, "future", "early next year", D(2019, 1, 1),
     D(2019, 4, 30)),
    ("The mission was extended late last month.", G, "past", "late last month", D(2017, 5, 21), D(2017, 5, 31)),
    ("The ban takes effect at the start of next month.", K, "future", "at the start of next month", D(2022, 9, 1),
     D(2022, 9, 10)),
    ("A dozen ships were turned back this year.", B, "past", "this year", D(2020, 1, 1), D(2020, 3, 10)),
    # counted days from now and deadlines ahead
    ("The troops will leave within a week.", B, "future", "within a week", D(2020, 3, 10), D(2020, 3, 17)),
    ("Inspectors will be admitted within two weeks.", A, "future", "within two weeks", D(2019, 7, 5),
     D(2019, 7, 19)),
    ("A decision is due within a month.", K, "future", "within a month", D(2022, 8, 15), D(2022, 9, 15)),
    ("The government has promised a response within 30 days.", C, "future", "within 30 days", D(2018, 10, 31),
     D(2018, 11, 30)),
    ("Talks will resume two weeks from now.", B, "future", "two weeks from now", D(2020, 3, 23), D(2020, 3, 29)),
    ("The vote takes place a week from today.", G, "future", "a week from today", D(2017, 6, 8), D(2017, 6, 8)),
    ("The embassy will reopen in two weeks.", A, "future", "in two weeks", D(2019, 7, 15), D(2019, 7, 21)),
    ("Elections will be held in three months.", K, "future", "in three months", D(2022, 11, 1), D(2022, 11, 30)),
    ("The ship is due to sail in 10 days.", E, "future", "in 10 days", D(2023, 3, 8), D(2023, 3, 8)),
    ("Talks will resume in a fortnight.", A, "future", "in a fortnight", D(2019, 7, 15), D(2019, 7, 21)),
    ("Further sanctions are expected in the coming days.", C, "future", "in the coming days", D(2018, 10, 31),
     D(2018, 11, 7)),
    ("The envoy is expected to visit in the days ahead.", K, "future", "in the days ahead", D(2022, 8, 15),
     D(2022, 8, 22)),
    ("More troops will arrive in the weeks ahead.", B, "future", "in the weeks ahead", D(2020, 3, 10),
     D(2020, 4, 21)),
    ("The plant will restart in the coming months.", G, "future", "in the coming months", D(2017, 6, 1),
     D(2017, 11, 30)),
    ("The rebels must disarm by Friday.", K, "future", "by Friday", D(2022, 8, 15), D(2022, 8, 19)),
    ("The truce will hold until Sunday night.", A, "future", "until Sunday night", D(2019, 7, 5), D(2019, 7, 7)),
    ("The airspace stays closed until further notice.", A, "present", None, None, None),
    # since, between, from ... through
    ("The strait has been closed since mid-April.", G, "past", "since mid-April", D(2017, 4, 11), D(2017, 4, 20)),
    ("Shelling has continued since early February.", B, "past", "since early February", D(2020, 2, 1),
     D(2020, 2, 10)),
    ("The border has been shut since Monday.", A, "past", "since Monday", D(2019, 7, 1), D(2019, 7, 1)),
    ("Fighting has raged since late 2021.", E, "past", "since late 2021", D(2021, 9, 1), D(2021, 12, 31)),
    ("The journalists have been held since January 1.", B, "past", "since January 1", D(2020, 1, 1),
     D(2020, 1, 1)),
    ("The detainees have been on hunger strike since 3 February.", B, "past", "since 3 February", D(2020, 2, 3),
     D(2020, 2, 3)),
    ("The two sides met between March 3 and 5.", B, "past", "between March 3 and 5", D(2020, 3, 3), D(2020, 3, 5)),
    ("The two sides met between March 3 and March 5.", B, "past", "between March 3 and March 5", D(2020, 3, 3),
     D(2020, 3, 5)),
    ("The exercise ran from Monday through Thursday.", A, "past", "from Monday through Thursday", D(2019, 7, 1),
     D(2019, 7, 4)),
    ("Strikes are planned Monday through Wednesday.", A, "future", "Monday through Wednesday", D(2019, 7, 8),
     D(2019, 7, 10)),
    ("The drills ran from 1 to 4 July.", A, "past", "from 1 to 4 July", D(2019, 7, 1), D(2019, 7, 4)),
    ("The summit will be held from July 10-12.", A, "future", "from July 10-12", D(2019, 7, 10), D(2019, 7, 12)),
    ("The conference runs Oct. 29-Nov. 2.", C, "present", "Oct. 29-Nov. 2", D(2018, 10, 29), D(2018, 11, 2)),
    # full dates, numeric and ISO dates
    ("The treaty was signed on 2019-07-04 in Geneva.", A, "past", "on 2019-07-04", D(2019, 7, 4), D(2019, 7, 4)),
    ("The order took effect on 04.07.2019, the ministry said.", A, "past", "on 04.07.2019", D(2019, 7, 4),
     D(2019, 7, 4)),
    ("The decree is dated 14.06.2019.", A, "past", "14.06.2019", D(2019, 6, 14), D(2019, 6, 14)),
    ("The order was issued on 7/14/2019.", A, "past", "on 7/14/2019", D(2019, 7, 14), D(2019, 7, 14)),
    ("The order was issued on 14/6/2019.", A, "past", "on 14/6/2019", D(2019, 6, 14), D(2019, 6, 14)),
    ("Independence was celebrated on the 4th of July.", A, "past", "on the 4th of July", D(2019, 7, 4),
     D(2019, 7, 4)),
    ("Fireworks lit the sky on the Fourth of July.", A, "past", "on the Fourth of July", D(2019, 7, 4),
     D(2019, 7, 4)),
    ("The resolution was adopted on July 4, 2019.", A, "past", "on July 4, 2019", D(2019, 7, 4), D(2019, 7, 4)),
    ("The resolution was adopted on 4th July 2019.", A, "past", "on 4th July 2019", D(2019, 7, 4), D(2019, 7, 4)),
    ("The accord was signed on Oct 30.", C, "past", "on Oct 30", D(2018, 10, 30), D(2018, 10, 30)),
    ("The summit is set for Nov. 12.", C, "future", "for Nov. 12", D(2018, 11, 12), D(2018, 11, 12)),
    ("Voting ended on December 30.", H, "past", "on December 30", D(2025, 12, 30), D(2025, 12, 30)),
    ("The mission ends on January 31.", H, "future", "on January 31", D(2026, 1, 31), D(2026, 1, 31)),
    ("The embargo was lifted on 29 February.", B, "past", "on 29 February", D(2020, 2, 29), D(2020, 2, 29)),
    ("The hearing is due on March 23.", B, "future", "on March 23", D(2020, 3, 23), D(2020, 3, 23)),
    ("The blast occurred on Friday, June 28.", A, "past", "on Friday, June 28", D(2019, 6, 28), D(2019, 6, 28)),
    ("The blast occurred on Friday 28 June.", A, "past", "on Friday 28 June", D(2019, 6, 28), D(2019, 6, 28)),
    ("The verdict is expected Wednesday, Nov. 7.", C, "future", "Wednesday, Nov. 7", D(2018, 11, 7), D(2018, 11, 7)),
    # ordinal days alone
    ("The ship left port on the 12th.", A, "past", "on the 12th", D(2019, 6, 12), D(2019, 6, 12)),
    ("Talks resume on the 15th.", B, "future", "on the 15th", D(2020, 3, 15), D(2020, 3, 15)),
    ("The council was dissolved on the 30th.", C, "past", "on the 30th", D(2018, 10, 30), D(2018, 10, 30)),
    ("The ceasefire runs until the 20th.", A, "future", "until the 20th", D(2019, 7, 5), D(2019, 7, 20)),
    # months, parts of years, seasons, wars
    ("The deal collapsed in late 2019.", B, "past", "in late 2019", D(2019, 9, 1), D(2019, 12, 31)),
    ("The ship was commissioned in early 2016.", B, "past", "in early 2016", D(2016, 1, 1), D(2016, 4, 30)),
    ("The border clashes began in the summer of 2014.", A, "past", "in the summer of 2014", D(2014, 6, 1),
     D(2014, 8, 31)),
    ("The navy withdrew in summer 2014.", A, "past", "in summer 2014", D(2014, 6, 1), D(2014, 8, 31)),
    ("The offensive began in the autumn of 2015.", A, "past", "in the autumn of 2015", D(2015, 9, 1),
     D(2015, 11, 30)),
    ("The talks are expected to resume this autumn.", A, "future", "this autumn", D(2019, 9, 1), D(2019, 11, 30)),
    ("The fleet was modernised last summer.", E, "past", "last summer", D(2022, 6, 1), D(2022, 8, 31)),
    ("The vote was held in April.", A, "past", "in April", D(2019, 4, 1), D(2019, 4, 30)),
    ("The vote will be held in April.", A, "future", "in April", D(2020, 4, 1), D(2020, 4, 30)),
    ("Relations soured in December.", H, "past", "in December", D(2025, 12, 1), D(2025, 12, 31)),
    ("The talks stalled in November 2018.", A, "past", "in November 2018", D(2018, 11, 1), D(2018, 11, 30)),
    ("The talks stalled in Nov. 2018.", A, "past", "in Nov. 2018", D(2018, 11, 1), D(2018, 11, 30)),
    ("The two sides signed a truce in 2008.", A, "past", "in 2008", D(2008, 1, 1), D(2008, 12, 31)),
    ("The navy has patrolled the area since 2012.", A, "past", "since 2012", D(2012, 1, 1), D(2012, 12, 31)),
    ("The country was ruled by the army in the 1970s and 1980s.", A, "past", "in the 1970s", D(1970, 1, 1),
     D(1979, 12, 31)),
    ("The port was occupied from 1941 to 1944.", A, "past", "from 1941 to 1944", D(1941, 1, 1), D(1944, 12, 31)),
    ("The region was annexed between 2014 and 2015.", A, "past", "between 2014 and 2015", D(2014, 1, 1),
     D(2015, 12, 31)),
    ("Output fell in the second half of 2018.", A, "past", "in the second half of 2018", D(2018, 7, 1),
     D(2018, 12, 31)),
    ("The plant was hit in the fourth quarter of 2018.", A, "past", "in the fourth quarter of 2018",
     D(2018, 10, 1), D(2018, 12, 31)),
    ("The truce was agreed at the end of May.", A, "past", "at the end of May", D(2019, 5, 21), D(2019, 5, 31)),
    ("The talks began in the middle of June.", A, "past", "in the middle of June", D(2019, 6, 11), D(2019, 6, 20)),
    # a Hijri or fiscal date beside a Gregorian one: the Gregorian date is the date
    ("Pilgrims gathered on 9 Dhul-Hijjah 1445 (June 15, 2024).", A, "past", "June 15, 2024", D(2024, 6, 15),
     D(2024, 6, 15)),
    ("Ashura fell on 10 Muharram 1441, September 10, 2019.", A, "past", "September 10, 2019", D(2019, 9, 10),
     D(2019, 9, 10)),
    # vague
    ("The navy has stepped up patrols lately.", K, "past", "lately", D(2022, 7, 16), D(2022, 8, 15)),
    ("The rebels seized the town a few days ago.", B, "past", "a few days ago", D(2020, 3, 4), D(2020, 3, 9)),
    ("Only weeks ago the two sides were talking.", A, "past", "Only weeks ago", D(2019, 5, 24), D(2019, 6, 28)),
    ("Two years ago, the port was still open.", A, "past", "Two years ago", D(2017, 1, 1), D(2017, 12, 31)),
    ("The missile was fired five days ago.", H, "past", "five days ago", D(2025, 12, 27), D(2025, 12, 27)),
    ("Fifteen days ago, the army entered the city.", A, "past", "Fifteen days ago", D(2019, 6, 20), D(2019, 6, 20)),
    # a month or a day with the year named from the anchor's
    ("The talks began in June last year.", A, "past", "in June last year", D(2018, 6, 1), D(2018, 6, 30)),
    ("The pact was signed on 5 June last year.", A, "past", "on 5 June last year", D(2018, 6, 5), D(2018, 6, 5)),
    ("The vote is due in March next year.", C, "future", "in March next year", D(2019, 3, 1), D(2019, 3, 31)),
    ("Elections were held in March of last year.", B, "past", "in March of last year", D(2019, 3, 1),
     D(2019, 3, 31)),
    ("The deal was struck on March 3 this year.", C, "past", "on March 3 this year", D(2018, 3, 3), D(2018, 3, 3)),
    ("The offensive began in late February last year.", E, "past", "in late February last year", D(2022, 2, 21),
     D(2022, 2, 28)),
    ("The base will open in September next year.", H, "future", "in September next year", D(2027, 9, 1),
     D(2027, 9, 30)),
    ("The first ships arrived on December 12 last year.", H, "past", "on December 12 last year", D(2025, 12, 12),
     D(2025, 12, 12)),
    # periods begun ("since the start of the year")
    ("Since the start of the year, 40 ships have been attacked.", K, "past", "Since the start of the year",
     D(2022, 1, 1), D(2022, 4, 30)),
    ("Prices have doubled since the beginning of the month.", C, "past", "since the beginning of the month",
     D(2018, 10, 1), D(2018, 10, 10)),
    ("The port has been shut since the end of last month.", B, "past", "since the end of last month",
     D(2020, 2, 21), D(2020, 2, 29)),
    # the turn of a year
    ("Russian drones struck Odesa on New Year's Day.", H, "past", "on New Year's Day", D(2026, 1, 1), D(2026, 1, 1)),
    ("The truce broke down on Christmas Eve.", H, "past", "on Christmas Eve", D(2025, 12, 24), D(2025, 12, 24)),
    ("The blockade was lifted on December 31.", H, "past", "on December 31", D(2025, 12, 31), D(2025, 12, 31)),
    ("Talks were held last Thursday.", H, "past", "last Thursday", D(2025, 12, 25), D(2025, 12, 25)),
    ("The embassy closed on the 31st.", H, "past", "on the 31st", D(2025, 12, 31), D(2025, 12, 31)),
    ("The embargo was imposed last December.", H, "past", "last December", D(2025, 12, 1), D(2025, 12, 31)),
    ("Talks will resume on January 8.", H, "future", "on January 8", D(2026, 1, 8), D(2026, 1, 8)),
    ("The army will withdraw next week.", H, "future", "next week", D(2026, 1, 5), D(2026, 1, 11)),
    ("Fighting flared on the 29th.", B, "past", "on the 29th", D(2020, 2, 29), D(2020, 2, 29)),
    # more day forms of papers and agencies
    ("The deal was signed on June 1st, 2017.", G, "past", "on June 1st, 2017", D(2017, 6, 1), D(2017, 6, 1)),
    ("The deal was signed on 1st June, 2017.", G, "past", "on 1st June, 2017", D(2017, 6, 1), D(2017, 6, 1)),
    ("The deal was signed on Thursday, 1 June.", G, "past", "on Thursday, 1 June", D(2017, 6, 1), D(2017, 6, 1)),
    ("The attack came on Sept. 11, 2001.", G, "past", "on Sept. 11, 2001", D(2001, 9, 11), D(2001, 9, 11)),
    ("Protesters marched after Friday prayers.", A, "past", "Friday", D(2019, 7, 5), D(2019, 7, 5)),
    ("The rally was held at 11 p.m. Tuesday Washington time.", A, "past", "Tuesday", D(2019, 7, 2), D(2019, 7, 2)),
    ("The ban takes effect from Friday.", K, "future", "from Friday", D(2022, 8, 19), D(2022, 8, 19)),
    ("The troops must be out by Friday evening.", K, "future", "by Friday evening", D(2022, 8, 15), D(2022, 8, 19)),
    ("Fighting resumed on Sunday night.", K, "past", "on Sunday night", D(2022, 8, 14), D(2022, 8, 14)),
    ("The drills end on Saturday.", E, "future", "on Saturday", D(2023, 3, 4), D(2023, 3, 4)),
    ("The envoy met the minister on Sunday.", E, "past", "on Sunday", D(2023, 2, 26), D(2023, 2, 26)),
    ("The convoy was ambushed on Sunday 19 February.", E, "past", "on Sunday 19 February", D(2023, 2, 19),
     D(2023, 2, 19)),
    ("The summit is on Feb. 28.", E, "future", "on Feb. 28", D(2023, 2, 28), D(2023, 2, 28)),
    ("The talks ended on 2023-02-24.", E, "past", "on 2023-02-24", D(2023, 2, 24), D(2023, 2, 24)),
    ("The decree was signed on 24.02.2023.", E, "past", "on 24.02.2023", D(2023, 2, 24), D(2023, 2, 24)),
    ("The decree was signed on 2/24/2023.", E, "past", "on 2/24/2023", D(2023, 2, 24), D(2023, 2, 24)),
    ("The decree was signed on 1/1/2023.", E, "past", "on 1/1/2023", D(2023, 1, 1), D(2023, 1, 1)),
    ("The statement was issued on 2023/02/24 in Beijing.", E, "past", "on 2023/02/24", D(2023, 2, 24),
     D(2023, 2, 24)),
    ("The notice was dated 2023.02.24.", E, "past", "2023.02.24", D(2023, 2, 24), D(2023, 2, 24)),
    ("The pact will be signed in two days' time.", E, "future", "in two days' time", D(2023, 2, 28), D(2023, 2, 28)),
    ("The troops will leave in a week's time.", E, "future", "in a week's time", D(2023, 2, 27), D(2023, 3, 5)),
    ("The deal expires three days from today.", E, "future", "three days from today", D(2023, 3, 1), D(2023, 3, 1)),
    ("The vote is a week from Tuesday.", E, "future", "a week from Tuesday", D(2023, 3, 7), D(2023, 3, 7)),
    ("The ultimatum will expire in 48 hours.", E, "future", "in 48 hours", D(2023, 2, 28), D(2023, 2, 28)),
    ("The new government will be sworn in in a month.", E, "future", "in a month", D(2023, 3, 1), D(2023, 3, 31)),
    ("The decision will be taken within 48 hours.", E, "future", "within 48 hours", D(2023, 2, 26), D(2023, 2, 28)),
    ("The mission will end within a fortnight.", E, "future", "within a fortnight", D(2023, 2, 26), D(2023, 3, 12)),
    ("A ruling is expected over the next month.", E, "future", "over the next month", D(2023, 2, 26),
     D(2023, 3, 29)),
    ("The fleet will sail this spring.", E, "future", "this spring", D(2023, 3, 1), D(2023, 5, 31)),
    ("The fleet sailed this winter.", E, "past", "this winter", D(2022, 12, 1), D(2023, 2, 26)),
    ("The navy plans to retire the ship by 2030.", E, "future", "by 2030", D(2030, 1, 1), D(2030, 12, 31)),
    ("Weeks of talks ended in early 2023.", E, "past", "in early 2023", D(2023, 1, 1), D(2023, 4, 30)),
    ("The two armies fought in the winter of 1939-40.", E, "past", "in the winter of 1939-40", D(1939, 12, 1),
     D(1940, 2, 29)),
    ("The offensive stalled in the winter of 2015.", E, "past", "in the winter of 2015", D(2015, 1, 1),
     D(2015, 12, 31)),
    ("The state was founded in the late 1940s.", E, "past", "in the late 1940s", D(1946, 1, 1), D(1949, 12, 31)),
    ("The navy has not fired a shot since the mid-1980s.", E, "past", "since the mid-1980s", D(1983, 1, 1),
     D(1986, 12, 31)),
    # spans of months, and a month something is moved to
    ("The talks ran from January to March.", K, "past", "from January to March", D(2022, 1, 1), D(2022, 3, 31)),
    ("The offensive ran from November to February 2023.", K, "past", "from November to February 2023",
     D(2022, 11, 1), D(2023, 2, 28)),
    ("Drills are held between May and July.", H, "future", "between May and July", D(2026, 5, 1), D(2026, 7, 31)),
    ("Exports rose between March and May 2021.", K, "past", "between March and May 2021", D(2021, 3, 1),
     D(2021, 5, 31)),
    ("The vote has been postponed to October.", K, "future", "to October", D(2022, 10, 1), D(2022, 10, 31)),
    # a month between a determiner and a noun names the noun's month
    ("The June summit ended without a deal.", A, "past", "June", D(2019, 6, 1), D(2019, 6, 30)),
    ("Russia's October offensive stalled.", C, "past", "October", D(2018, 10, 1), D(2018, 10, 31)),
    ("The leaders agreed to hold an August meeting.", A, "future", "August", D(2019, 8, 1), D(2019, 8, 31)),
    # a day just ahead told in the past tense is read ahead (a day a year back would carry its year)
    ("Ankara has issued a Navtex for drills on 1 and 2 September.", "2020-08-28", "past", "on 1 and 2 September",
     D(2020, 9, 1), D(2020, 9, 2)),
    ("The survey ship left port on March 3.", E, "past", "on March 3", D(2023, 3, 3), D(2023, 3, 3)),
    ("The survey ship left port on March 10.", E, "past", "on March 10", D(2022, 3, 10), D(2022, 3, 10)),
]

PREV = ("002-bbbbbb", DateResolution(start=D(2019, 7, 2), end=D(2019, 7, 2), phrase="on Tuesday", basis="...",
                                     relative_to="published"))  # the event before: Tuesday 2 July 2019

# (sentence, phrase, start, end): counted from PREV
ANAPHORA = [
    ("On the previous day, the envoy had left Tehran.", "On the previous day", D(2019, 7, 1), D(2019, 7, 1)),
    ("The preceding day, troops had massed at the border.", "The preceding day", D(2019, 7, 1), D(2019, 7, 1)),
    ("A day later, the ship was released.", "A day later", D(2019, 7, 3), D(2019, 7, 3)),
    ("One day later, the ship was released.", "One day later", D(2019, 7, 3), D(2019, 7, 3)),
    ("Four days later, the ship was released.", "Four days later", D(2019, 7, 6), D(2019, 7, 6)),
    ("Two days afterwards, the talks resumed.", "Two days afterwards", D(2019, 7, 4), D(2019, 7, 4)),
    ("A week on, the bodies had not been returned.", "A week on", D(2019, 7, 9), D(2019, 7, 9)),
    ("Two days on, the fires were still burning.", "Two days on", D(2019, 7, 4), D(2019, 7, 4)),
    ("Thirty-six hours earlier, the ship had left port.", "Thirty-six hours earlier", D(2019, 6, 30),
     D(2019, 7, 1)),
    ("That same day, the ministry summoned the envoy.", "That same day", D(2019, 7, 2), D(2019, 7, 2)),
    ("On the same day, the ministry summoned the envoy.", "On the same day", D(2019, 7, 2), D(2019, 7, 2)),
    ("Later that afternoon, the jets returned.", "Later that afternoon", D(2019, 7, 2), D(2019, 7, 2)),
    ("The next morning, the army withdrew.", "The next morning", D(2019, 7, 3), D(2019, 7, 3)),
    ("The next evening, the army withdrew.", "The next evening", D(2019, 7, 3), D(2019, 7, 3)),
    ("The day after that, the army withdrew.", "The day after that", D(2019, 7, 3), D(2019, 7, 3)),
    ("Three days after that, the army withdrew.", "Three days after that", D(2019, 7, 5), D(2019, 7, 5)),
    ("A week after that, the army withdrew.", "A week after that", D(2019, 7, 9), D(2019, 7, 9)),
    ("The following Monday, the army withdrew.", "The following Monday", D(2019, 7, 8), D(2019, 7, 8)),
    ("The previous Friday, the army had withdrawn.", "The previous Friday", D(2019, 6, 28), D(2019, 6, 28)),
    ("By the next day, the fire was out.", "the next day", D(2019, 7, 3), D(2019, 7, 3)),
    ("Ten days later, the army withdrew.", "Ten days later", D(2019, 7, 12), D(2019, 7, 12)),
    ("Five weeks later, the army withdrew.", "Five weeks later", D(2019, 8, 6), D(2019, 8, 6)),
    ("Six months later, the army withdrew.", "Six months later", D(2020, 1, 2), D(2020, 1, 2)),
    ("Two years later, the army withdrew.", "Two years later", D(2021, 7, 2), D(2021, 7, 2)),
    ("Within 24 hours, the army had withdrawn.", "Within 24 hours", D(2019, 7, 2), D(2019, 7, 3)),
    ("Within a week, the army had withdrawn.", "Within a week", D(2019, 7, 2), D(2019, 7, 9)),
    ("Hours later, the army withdrew.", "Hours later", D(2019, 7, 2), D(2019, 7, 2)),
    ("Minutes later, a second blast hit.", "Minutes later", D(2019, 7, 2), D(2019, 7, 2)),
    ("Later that week, the army withdrew.", "Later that week", D(2019, 7, 1), D(2019, 7, 7)),
    ("The next week, the army withdrew.", "The next week", D(2019, 7, 8), D(2019, 7, 14)),
    ("The next month, the army withdrew.", "The next month", D(2019, 8, 1), D(2019, 8, 31)),
    ("The next year, the army withdrew.", "The next year", D(2020, 1, 1), D(2020, 12, 31)),
    ("Twenty days later, the siege was lifted.", "Twenty days later", D(2019, 7, 22), D(2019, 7, 22)),
    ("A couple of days later, the ship was released.", "A couple of days later", D(2019, 7, 3), D(2019, 7, 8)),
    ("A couple of hours later, the jets returned.", "A couple of hours later", D(2019, 7, 2), D(2019, 7, 2)),
    ("On the following day, the talks resumed.", "the following day", D(2019, 7, 3), D(2019, 7, 3)),
    ("Less than 24 hours later, the envoy flew home.", "24 hours later", D(2019, 7, 3), D(2019, 7, 3)),
    ("Nearly two weeks later, the envoy flew home.", "two weeks later", D(2019, 7, 16), D(2019, 7, 16)),
    ("A month earlier, the envoy had flown home.", "A month earlier", D(2019, 6, 2), D(2019, 6, 2)),
    ("Earlier that day, the envoy had flown home.", "Earlier that day", D(2019, 7, 2), D(2019, 7, 2)),
    ("That evening, the envoy flew home.", "That evening", D(2019, 7, 2), D(2019, 7, 2)),
    ("The following Sunday, the envoy flew home.", "The following Sunday", D(2019, 7, 7), D(2019, 7, 7)),
    ("The preceding Tuesday, the envoy had flown home.", "The preceding Tuesday", D(2019, 6, 25), D(2019, 6, 25)),
    ("Within 48 hours, the army had withdrawn.", "Within 48 hours", D(2019, 7, 2), D(2019, 7, 4)),
    ("Within a month, the army had withdrawn.", "Within a month", D(2019, 7, 2), D(2019, 8, 2)),
    ("The day before that, the army had withdrawn.", "The day before that", D(2019, 7, 1), D(2019, 7, 1)),
    ("A week before that, the army had withdrawn.", "A week before that", D(2019, 6, 25), D(2019, 6, 25)),
    ("Five days on, the army withdrew.", "Five days on", D(2019, 7, 7), D(2019, 7, 7)),
]

# Agency datelines: the filing day, never an event's date.
DATELINE = [
    ("ANKARA, July 4 (Anadolu) -- Turkey's navy said the drills had ended.", D(2019, 7, 4)),
    ("CAIRO, July 3 (MENA) - Egypt's foreign ministry condemned the attack.", D(2019, 7, 3)),
    ("HANOI, July 2 (VNA) -- Vietnam protested the survey ship's presence.", D(2019, 7, 2)),
    ("TOKYO, July 4 (Kyodo) -- Japan lodged a protest with Beijing.", D(2019, 7, 4)),
    ("JAKARTA, July 4 (Antara) - Indonesia sent two frigates to the Natuna Sea.", D(2019, 7, 4)),
    ("DHAKA, July 4 (BSS) - Bangladesh summoned the Myanmar envoy.", D(2019, 7, 4)),
    ("BAGHDAD, July 3 (INA) -- Iraq's foreign ministry summoned the Turkish charge d'affaires.", D(2019, 7, 3)),
    ("DAMASCUS, July 4 (SANA) - Syrian air defences intercepted missiles.", D(2019, 7, 4)),
    ("Paris, July 4 (AFP) - France called for restraint.", D(2019, 7, 4)),
    ("BERLIN, July 4 (dpa) - Germany summoned Iran's ambassador.", D(2019, 7, 4)),
    ("MADRID, 4 Jul (EFE).- Spain sent a frigate to the strait.", D(2019, 7, 4)),
    ("KARACHI, July 4 (AP) — Pakistan test-fired a cruise missile.", D(2019, 7, 4)),
    ("Minsk, 4 July (BelTA) - Belarus began snap drills.", D(2019, 7, 4)),
    ("TAIPEI, July 4 (CNA) -- Taiwan scrambled jets.", D(2019, 7, 4)),
    ("ULAANBAATAR, July 4 (MONTSAME) -- Mongolia hosted the talks.", D(2019, 7, 4)),
    ("Washington, July 4 (UPI) -- The Pentagon said the carrier had left the Gulf.", D(2019, 7, 4)),
    ("NAIROBI, Kenya, July 4 (Xinhua) -- Kenya deployed police to the border.", D(2019, 7, 4)),
    ("LONDON, July 4 (Reuters) - Britain's navy said it had shadowed two Russian ships.", D(2019, 7, 4)),
    ("Berlin, July 4 (dpa) - Germany said it would send a frigate.", D(2019, 7, 4)),
    ("Baku, July 4, AZERTAC\nAzerbaijan's army said it had returned fire.", D(2019, 7, 4)),
    ("MOSCOW. July 4 (Interfax) - Russia's navy said the cruiser had docked.", D(2019, 7, 4)),
    ("Ramallah, July 4, 2019 (WAFA) - The presidency condemned the raid.", D(2019, 7, 4)),
    ("RABAT, July 4 (MAP) - Morocco recalled its ambassador.", D(2019, 7, 4)),
    ("SANAA, July 3 (Saba) - The Houthis said they had fired a missile.", D(2019, 7, 3)),
    ("Beirut, 4 July 2019 (NNA) - Lebanon's army said it had fired on a drone.", D(2019, 7, 4)),
    ("ALGIERS, July 4 (APS) - Algeria closed its airspace.", D(2019, 7, 4)),
]

# Words holding digits, month or weekday names that are no date of the sentence (none, or only those listed)
TRAPS = [
    ("Troops massed near the 38th parallel on Friday.", ["on Friday"]),
    ("The council reaffirmed Resolution 2231.", []),
    ("Investigators said flight MH17 was hit by a Buk missile.", []),
    ("Allies discussed Article 5 of the treaty.", []),
    ("Tehran may retaliate, the minister warned.", []),
    ("Parliament may vote to march on.", []),
    ("Thousands joined the Great March of Return.", []),
    ("Unions called a 24-hour strike.", []),
    ("The Su-24 flew low over the destroyer.", []),
    ("Kyiv asked for F-16 jets.", []),
    ("A Type 055 destroyer joined the group.", []),
    ("Exports fell 12 percent in 2019.", ["in 2019"]),
    ("The home side won 2-1 on Sunday.", ["on Sunday"]),
    ("China launched a Long March 5 rocket.", []),
    ("The April 6 Youth Movement called a protest.", []),
    ("The March 14 alliance boycotted the session.", []),
    ("The ministry denounced the 9/11 attacks.", []),
    ("The militia is on alert 24/7.", []),
    ("The boat was 3/4 full.", []),
    ("Version 2023.13.1 of the app was released.", []),
    ("The decree was signed on 7/4/2019.", []),
    ("Revenue rose in fiscal 2020.", []),
    ("The 2020-21 fiscal year ended badly.", []),
    ("The 1967 lines are the basis for talks.", []),
    ("The G20 summit opened.", []),
    ("Troops of the 101st Airborne deployed.", []),
    ("A Boeing 737 crashed.", []),
    ("Saudi Arabia's Vision 2030 plan aims to diversify the economy.", []),
    ("The S-400 system was delivered.", []),
    ("A Tu-95 bomber flew over the sea.", []),
    ("Men aged 18 to 60 may not leave.", []),
    ("The coast guard enforced a 12-mile limit.", []),
    ("A three-day visit began.", []),
    ("The 60-day truce held.", []),
    ("The 100-day plan was unveiled.", []),
    ("Polls open at 0700 local time.", []),
    ("Theresa May's government fell.", []),
    ("Mrs May met the Irish premier.", []),
    ("The Monday Club met in London.", []),
    ("He served 12 years in prison.", []),
    ("The Kh-101 missile hit a hospital.", []),
    ("The bill passed 52-48.", []),
    ("The agreement is known as the 123 Agreement.", []),
    ("On the eve of the summit, protesters gathered.", []),
    ("The blast hit Reactor No. 4.", []),
    ("Fighters of the 26th of July Movement marched.", []),
    ("The 7 October attacks shocked the region.", ["7 October"]),
    ("Troops were told to be ready in 45 minutes.", []),
    ("Fuel prices rose by 5.3 percent.", []),
    ("The ship sailed 1,200 nautical miles.", []),
    ("The launch used a Falcon 9 rocket.", []),
    ("The envoy met Jan Egeland.", []),
    ("Protests are held every Friday outside the embassy.", []),
    ("The ministry never acts on a Sunday.", []),
    ("Pilgrims come for a Friday of prayer.", []),
    ("Markets are closed during Ramadan.", []),
    ("Clashes broke out over the Easter weekend.", []),
    ("Crowds marked Independence Day.", []),
    ("The fighting went on for days.", []),
    ("A two-day summit opened.", []),
    ("A week-long visit ended.", []),
    ("The 10-day ceasefire held.", []),
    ("The 5th Fleet patrols the Gulf.", []),
    ("Iran met the P5+1 powers.", []),
    ("The COP28 summit closed.", []),
    ("A 20-year-old soldier was killed.", []),
    ("The firm filed for Chapter 11 protection.", []),
    ("The MQ-9 Reaper crashed into the sea.", []),
    ("India and the US held their 2+2 dialogue.", []),
    ("The ship was hit by a Harpoon Block II missile.", []),
    ("The vote was 12-3 in favour.", []),
    ("The 1.5 degree goal is slipping away.", []),
    ("Kyiv asked for ATACMS and Patriot PAC-3 interceptors.", []),
    ("Unit 8200 was blamed for the hack.", []),
    ("The drone was shot down at 3:40 a.m. local time.", []),
    ("Sirens sounded at 0445 Moscow time.", []),
    ("King Charles III opened parliament.", []),
    ("The bill got 218 votes.", []),
    ("The court ruled 6-3.", []),
    ("The talks were the first in five years.", []),
    ("It was the largest drill in 10 years, and the third attack in two weeks.", []),
    ("Pakistan will mark its first test in five years.", []),
    ("The Monday meeting was cancelled.", ["Monday"]),
    ("Men born in 2004 were called up.", ["in 2004"]),
    ("The May government collapsed.", []),
    ("A March rally drew thousands.", []),
]


def _found(text: str, phrase: str):
    found = find_dates(text)
    hits = [m for m in found if m.phrase == phrase]
    assert hits, [m.phrase for m in found]
    return hits[0]


@pytest.mark.parametrize(("text", "anchor", "tense", "phrase", "start", "end"), TABLE,
                         ids=[f"{s[:30]}|{t}" for s, _, t, _, _, _ in TABLE])
def test_phrase_found_and_resolved(text, anchor, tense, phrase, start, end):
    if phrase is None:  # no phrase here is a date of the sentence
        got = [m for m in find_dates(text) if m.kind != "modifier"]
        assert not got, got
        return
    got = resolve(_found(text, phrase), Anchor.from_value(anchor, "published"), tense)
    assert (got.start, got.end) == (start, end), got.basis
    assert got.basis.startswith(f"'{phrase}'")


@pytest.mark.parametrize(("text", "phrase", "start", "end"), ANAPHORA, ids=[p for _, p, _, _ in ANAPHORA])
def test_anaphora_counts_from_the_event_before(text, phrase, start, end):
    got = resolve(_found(text, phrase), Anchor.from_value(A, "published"), "past", PREV)
    assert (got.start, got.end) == (start, end), got.basis
    assert got.relative_to == f"event:{PREV[0]}"


@pytest.mark.parametrize(("text", "day"), DATELINE, ids=[t[:20] for t, _ in DATELINE])
def test_agency_datelines_are_datelines(text, day):
    found = find_dates(text)
    assert found and found[0].kind == "dateline", found
    got = resolve(found[0], Anchor.from_value(A, "published"), "past")
    assert (got.start, got.end) == (day, day), got.basis
    assert all(m.kind != "absolute" for m in found), found


@pytest.mark.parametrize(("text", "allowed"), TRAPS, ids=[t[:40] for t, _ in TRAPS])
def test_non_date_words_make_no_date(text, allowed):
    got = [m.phrase for m in find_dates(text) if m.kind != "modifier"]
    assert got == allowed, got


def test_table_is_large():
    assert len(TABLE) + len(ANAPHORA) + len(DATELINE) + len(TRAPS) >= 250
