"""Session 28 (kinds28, issue 4): dates exact, read on heldout23 (declassified this session). Rows are fresh sentences
about other crises, outlets and years (never a held-out set's text). Each row in the tables below failed on main 92206fc
(say "guard" where it held and must hold).

Dates of heldout23 (89%, 102/115, kept undated 92%; `timeline.evaluate --corpus tests/data/heldout23 --date-causes -v`
at main 92206fc), by cause:

| cause                                                                                        | rows          | n | here  |
|----------------------------------------------------------------------------------------------|---------------|---|-------|
| S  an act told in a statement's sentence is not read, so the statement matched the act's      | lb-04, ls-01, | 8 | open  |
|    anchor and its day was lost, or the statement's "today" stood on it: "Nearly three weeks    | ls-04, qm-01, |   | (acts,|
|    after paratroopers came down ... on the night of September 1, the army says", "after one   | qm-02, qm-03  |   | speech)|
|    of the wounded died ... on the 27th", "began on August 23 to punish", "had declared the     | x3            |   |       |
|    breadth of China's territorial sea", "which were broken off ... last December", ", killing  |               |   |       |
|    two Nationalist generals ..., the ministry said today", "troops was expected to follow     |               |   |       |
|    later today, a SADC official said"                                                          |               |   |       |
| N  a day and a month in figures with no year unread ("at 05h30 on 22/9 a task force entered") | ls-03         | 1 | fixed |
| R  "told a rally the day before that <what he said>" read as a count between two clauses      | lb-01         | 1 | fixed |
|    (datewords "threl": "that" opening a said clause is no clause the step counts to)          |               |   |       |
| P  a deadline promised in the past ("agreed to lift its pickets by Saturday") read as the     | ls-04         | 1 | fixed |
|    Saturday before the text (dates.toml [plans] deadline_words: a plan, the nearer reading)   |               |   |       |
| A  a step counted from an older day: "...; on the 14th he told a rally ... Two days later"    | lb-04         | 1 | fixed |
|    ("on the 14th" before a pronoun was no date phrase: dates.toml span_followers)             |               |   |       |
| Q  "Mr Khrushchev's letter to the President, handed over on the 8th": a participle's day not  | qm-04         | 1 | open  |
|    taken by the noun's statement                                                              |               |   |       |

Undated golds dated (2 of 25): a main clause's day on the act of its relative clause, read as one event ("The carrier
Victorious, which Djakarta had barred from the Sunda Strait, sailed ... on the 12th": acts) and one statement for two
("has so far refrained from condemning Peking, and Mr Selwyn Lloyd let it be known last week": speech). Both open.

Neighbouring shapes found on dev28-dates (written gold-first this session): "the day before that, a tug had collided"
(the step's "that," opened a clause and cut the phrase off its act), a step back inside an act whose relative clause has
a day of its own ("The contingent, which had assembled ... since 12 October, crossed ... on the same day": counted from
the aside, not from the event told before). heldout22's and heldout17's remaining misses (13) are acts or statements
not read (a phrase read but not taken), bar two readings of a month's weeks; none is fixed here.
"""

from __future__ import annotations

import pytest

from tests.timeline.test_dates_session20 import _day, _events
from timeline.datefind import find_dates

# N: a day and a month in figures with no year, after a day's lead, where one number tells the order.
DAY_MONTH = [
    ("Malian troops entered Kidal at 04h15 on 17/6.", "2013-06-20", "deployment", "entered Kidal",
     ("2013-06-17", "2013-06-17")),
    ("Chadian soldiers crossed into Darfur on 9/22, the army said.", "2006-09-25", "deployment", "crossed into Darfur",
     ("2006-09-22", "2006-09-22")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), DAY_MONTH)
def test_a_day_and_month_in_figures_dates_its_act(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


@pytest.mark.parametrize("text", [
    "The embassy's crisis cell will work 24/7 until the hostages are freed.",  # guard: round the clock
    "The ceasefire line has been watched on 24/7 alert since the talks failed.",
    "The rebels attacked on 5/6 March.",  # guard: a night of two days, read as before ("on 5/6 March")
    "The clashes broke out on 5/6, the police said.",  # guard: 5 June or May 6: no guess
    "The council passed it by a 15/2 vote.",  # guard: no lead, no day
])
def test_no_day_month_where_the_figures_tell_no_day(text):
    assert [m.phrase for m in find_dates(text) if "/" in m.phrase and "March" not in m.phrase] == []


# R: "the day before that <said clause>" after a speech verb steps back from the event told before.
STEP_BACK_THAT = [
    ("The junta closed the airspace on Thursday. General Tiani told a rally in Niamey the day before that the French "
     "ambassador must leave.", "2023-08-26", "statement", "told a rally", ("2023-08-23", "2023-08-23")),
    ("Parliament voted on Friday to expel the envoy. The foreign minister told reporters the day before that Ankara "
     "would retaliate.", "2019-10-14", "statement", "told reporters", ("2019-10-10", "2019-10-10")),
    # dev28-dates: "the day before that," as a sentence's opening step ("that," cut a clause off the phrase)
    ("Police stormed the camp on Monday; the day before that, the protesters had blocked the highway.", "2021-03-20",
     "other", "blocked the highway", ("2021-03-14", "2021-03-14")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), STEP_BACK_THAT)
def test_the_day_before_that_steps_back_from_the_event_before(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_the_day_before_a_noun_still_counts_from_it():
    # guard (held on main 92206fc): "the day before that meeting" names the meeting, a relational count
    assert [m.kind for m in find_dates("He flew to Paris the day before that meeting.")] == ["relational"]


# P: a deadline promised ("agreed to <verb> ... by <day>") is a plan: from the day of writing to that day.
PROMISED = [
    ("The kidnappers agreed to free the hostages by Friday, the mediator said.", "2019-03-12", "other",
     "free the hostages", ("2019-03-12", "2019-03-15")),
    ("A youth group agreed to lift its pickets at the ministry by Saturday.", "2010-06-03", "other", "lift its pickets",
     ("2010-06-03", "2010-06-05")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), PROMISED)
def test_a_promised_deadline_lies_ahead(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_an_agreement_on_a_day_stays_on_it():
    # guard (held on main 92206fc): "agreed to a ceasefire on Saturday" dates the agreement, no deadline
    assert _day(_events("The rebels agreed to a ceasefire on Saturday.", "1998-10-01"), "other", "ceasefire") == (
        "1998-09-26", "1998-09-26")


# A: a day named after a semicolon before a pronoun ("; on the 9th she told parliament") is the day a step counts from.
def test_a_step_counts_from_the_day_named_after_a_semicolon():
    text = ("In a speech on 2 March the president called the border closed; on the 9th she told parliament that talks "
            "had failed. Three days later troops sealed the crossing at Kasumbalesa.")
    assert _day(_events(text, "2021-03-20"), "other", "sealed the crossing") == ("2021-03-12", "2021-03-12")


def test_an_ordinal_before_a_unit_name_is_no_day():
    # guard (held on main 92206fc): "the 4th Armoured Division" is a unit
    assert find_dates("The attack was led by the 4th Armoured Division, the army said.") == []


# dev28-dates: a step inside an act whose relative clause has a day of its own counts from the event told before.
def test_a_step_skips_the_aside_inside_its_own_act():
    text = ("Kenyan troops crossed into Somalia on 16 October. The Ugandan contingent, which had assembled at Busia "
            "since 12 October, crossed to Dhobley at 13h00 on the same day.")
    assert _day(_events(text, "2011-10-20"), "deployment", "crossed to Dhobley") == ("2011-10-16", "2011-10-16")
