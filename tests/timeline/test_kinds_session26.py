"""Session 26 (kinds26, issue 4): dates exact, kinds right, extras cut, read on heldout21 (declassified this session).
Rows are fresh sentences about other crises, outlets and years (never a held-out set's text).

Dates of heldout21 (94%, 108/115; `timeline.evaluate --corpus tests/data/heldout21 --date-causes -v` at main 10c42fc):

| cause                                                                                        | rows             | n | here  |
|----------------------------------------------------------------------------------------------|------------------|---|-------|
| U  an order's term read as the date of the acts beside it ("ordered all Soviet military      | og-01, og-02 x2  | 3 | fixed |
|    advisers and technicians out of the country within a week and broke relations with Cuba": |                  |   |       |
|    the ultimatum trap reached 6 words and 40 characters; now 12 words, 100 characters)       |                  |   |       |
| M  "over the past four months" counted as 124 days (gold: calendar months, 13 July .. 13 Nov) | og-03            | 1 | fixed |
| A  an appointment read in the past ("calls a meeting of the foreign ministers for March 17"  | an-03            | 1 | fixed |
|    told on 6 March: a year back)                                                              |                  |   |       |
| S  "since July" after a predicate left the act undated and went to the next one ("have       | og-01 (+og-02's  | 1 | fixed |
|    overrun most of the Ogaden since July and have besieged ... for weeks": "most of" read as  | act unmatched)   |   |       |
|    a comparison, "Ogaden" as a participle ending in -en)                                      |                  |   |       |
| C  a that-clause's own day left off its act ("the crowd that filled Manege Square yesterday") | vl-04            | 1 | open  |
| W  a which-clause act whose evidence starts at "which" (the gold anchor holds its head)      | an-04            | 1 | open  |
| R  "the day after Correa expelled the ambassador" dated (gold leaves it undated)             | an-04            | 1 | gold  |

Mis-kinds of heldout21 (kind 92%, 11 matched gold events of another kind), kinds24's causes:

| cause                                                                                        | rows                   | n |
|----------------------------------------------------------------------------------------------|------------------------|---|
| S  an act told in a statement's sentence, unread, so the statement matched it ("troops       | an-01, an-04, og-01 x3 | 5 |
|    landed by helicopter afterwards", "shook hands with", "ordered all Soviet military        |                        |   |
|    advisers ... out", "will also lose the use of the naval facilities")                       |                        |   |
| V  speech told by its occasion read as an act ("who addressed the council on Tuesday"), a     | an-03 x2               | 2 |
|    stance refused ("has stopped short of accusing X of") read as `other`                      |                        |   |
| F  forces sent told as a participle or an airlift read as `other` ("paratroopers sent to the | vl-03, og-04           | 2 |
|    republic on 7 January", "began flying military supplies to Ethiopia")                      |                        |   |
| B  a body's sitting ("The deputies will resume the debate on Wednesday") as `other`; ties     | vl-03, an-04           | 2 |
|    restored "at the summit" as a meeting                                                      |                        |   |

Fixed here (round 2): K1, people ordered out of a country read as forces sent ("ordered all Soviet military and civilian
advisers out of the country within seven days": heldout19 og-01 a `deployment`, gold `other`; kindrules.ordered_out).
Tried and not kept: "army" as a force word (heldout17 vw-01 "Kuwait sent most of its army to the northern border",
gold `deployment`): it cost dev12-speech an extra and made parity read "army" as the object of "The Russian army took
control of X" (tests/parity/test_link_pairs_session10.py lost a link). F and B above are left: 2 rows each, few in the
open sets (forces "sent to" as a participle: 4 in all the open text).

Extras of heldout21 (precision 90%, 20): acts told inside direct quotes 3 ("We have decided to break ...", "They were
bombed and murdered", "move me ten battalions to the border"), a predicate cut off its day and its anchor 2 (S above:
"Somali-backed guerrillas of the WSLF, helped by regular troops, have overrun ..." ended before "since July": fixed
with S), retellings 2 ("when its forces struck a guerrilla camp", "shows that the guerrillas were attacked"), a stance
or a comparison's aside as a statement 2 ("stopped short of condemning Bogota", "as Ecuador had demanded"), background
and opinion 2 ("Uribe won the argument at home", "Polls last week gave him"), an act negated 1 ("has not restored
diplomatic relations"), an act told as possible 1 ("he might withdraw from next month's summit"), a charge's object 1
("accused Quito of tolerating rebel camps"), a which-clause act (W above) 1, "There was no immediate comment from
Moscow" 1 (a statement by speech.toml's convention), a communique's opening 1.
"""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.timeline.test_dates_session20 import _day, _events
from timeline.dates import Anchor, DateMention, resolve

# U: an order's term dates what is demanded, never the acts told beside the order (each row took the term on main
# 10c42fc: the act after the order was dated "within a week/month" counted from the day before it).
ORDER_TERM = [
    ("Khartoum expelled the Chadian ambassador on Monday, ordered all Chadian military instructors and their families "
     "out of the country within a week and closed the border.", "2006-04-18", "other", "closed the border",
     ("2006-04-17", "2006-04-17")),
    ("The junta suspended the defence treaty on Friday, instructed all French soldiers and their dependants to leave "
     "the country within a month and recalled its envoy from Paris.", "2022-02-20", "other", "recalled its envoy",
     ("2022-02-18", "2022-02-18")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), ORDER_TERM)
def test_an_orders_term_is_not_the_date_of_the_acts_beside_it(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_a_term_in_reported_words_is_no_orders():
    # guard: "told reporters that ... would ... within a month" reports a plan with its term; no order's trap
    from timeline.datefind import find_dates

    text = "The president told reporters after the talks that both sides would exchange maps within a month."
    assert [m.phrase for m in find_dates(text)] == ["within a month"]


# M: "over the past N months / years" = calendar months or years back to the anchor (31 days a month on main 10c42fc).
PAST_MONTHS = [
    ("over the past four months", "1977-11-13", D(1977, 7, 13)),
    ("in the past six months", "2019-08-31", D(2019, 2, 28)),
    ("over the last two years", "2024-02-29", D(2022, 2, 28)),
]


@pytest.mark.parametrize(("phrase", "anchor", "start"), PAST_MONTHS)
def test_the_past_n_months_are_calendar_months(phrase, anchor, start):
    got = resolve(DateMention(0, len(phrase), phrase, "vague"), Anchor.from_value(anchor, "published"), "past", None)
    assert (got.start, got.end) == (start, D.fromisoformat(anchor))


def test_the_past_n_weeks_stay_days():
    got = resolve(DateMention(0, 25, "over the past two weeks", "vague"), Anchor.from_value("1977-11-13", "published"),
                  "past", None)
    assert (got.start, got.end) == (D(1977, 10, 30), D(1977, 11, 13))


# A: a day of a month led by "for" is an appointment: the nearer of its readings (a year back on main 10c42fc).
APPOINTMENT = [
    ("The Arab League called an emergency summit of its leaders for 28 March.", "2011-03-02", "meeting",
     "emergency summit", ("2011-03-28", "2011-03-28")),
    ("Brussels summoned the two ambassadors for 3 May, a spokesman said.", "2023-04-20", "other",
     "summoned the two ambassadors", ("2023-05-03", "2023-05-03")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), APPOINTMENT)
def test_a_day_for_which_something_is_set_is_ahead(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_a_day_for_told_of_the_past_stays_past():
    # guard (held on main): an appointment already past is the nearer reading too
    events = _events("The council was adjourned for March 2, the speaker said.", "2008-03-06")
    assert _day(events, "other", "adjourned") == ("2008-03-02", "2008-03-02")


# S: "since <a day>" after a predicate is its time, also after "most of" (a quantity, no comparison) and after a name
# ending in -en or -ed (no participle); each row was undated on main 10c42fc.
SINCE_AFTER = [
    ("Rebels backed by Kigali have overrun most of North Kivu since March.", "2013-08-20", "other",
     "have overrun most of North Kivu", ("2013-03-01", "2013-03-31")),
    ("Houthi fighters have shelled the port of Aden since Sunday.", "2015-04-08", "other",
     "have shelled the port", ("2015-04-05", "2015-04-05")),
    ("Russian submarines have shadowed the frigates off Sweden since Monday.", "2014-10-22", "ship_movement",
     "have shadowed the frigates", ("2014-10-20", "2014-10-20")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), SINCE_AFTER)
def test_since_a_day_after_most_of_or_a_name(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_the_most_since_stays_a_comparison():
    # guard: "the most ... since 2015" is a comparison's base, no date of the act
    events = _events("It was the most rockets fired at the city since 2015.", "2024-03-08")
    assert all(e.date.phrase != "since 2015" for e in events)


def _kinds(text: str, published: str, words: str) -> list[str]:
    """The kinds of the events whose evidence holds the words (fails listing what was found)."""
    events = _events(text, published)
    hits = [e.kind.value for e in events if words in e.evidence.exact]
    assert hits, [(e.kind.value, e.evidence.exact) for e in events]
    return hits


# K1: people ordered out of a country are expelled, not forces sent (each row a `deployment` on main f1e146b; heldout19
# and heldout21 file "ordered all Soviet military advisers ... out of the country" `other`).
ORDERED_OUT = [
    ("Khartoum ordered all Chadian military instructors and their families out of the country within a week.",
     "2006-04-18", "military instructors"),
    ("The junta instructed all French soldiers to leave the country within a month.", "2022-02-20", "French soldiers"),
]


@pytest.mark.parametrize(("text", "published", "words"), ORDERED_OUT)
def test_people_ordered_out_of_the_country_are_no_deployment(text, published, words):
    assert "deployment" not in _kinds(text, published, words)


def test_troops_ordered_to_a_border_stay_a_deployment():
    # guard (held on main): an order that sends forces somewhere in the country is a deployment
    assert "deployment" in _kinds("Moscow ordered 3,000 troops to the border on Monday.", "2022-02-20", "3,000 troops")


def test_the_army_said_stays_a_statement():
    # guard: "the army" as a speaker is no force sent
    assert "statement" in _kinds("The army said on Monday that it had shelled rebel positions.", "2024-03-08",
                                 "The army said")
