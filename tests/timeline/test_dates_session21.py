"""Session 21 (dates21, issue 4): the open sets' wrong dates by cause, beside the blind sets' counts; the largest
general classes fixed. Rows are fresh sentences about other crises, outlets, years and date styles (never a held-out
set's text).

The table, from `python -m timeline.evaluate --corpus tests/data/D --date-causes [-v]` at main aeb65a5 (cause as
evaldates names it; what the tool took vs the gold's reading, per tests/data/eval/README.md):

OPEN (dated-wrong + left-undated of dated gold; undated-dated of undated gold)
  heldout17 (17 of 155, declassified this session):
    tense 2: "had been due to dock ... on Friday" and "X is due in <capital> on Thursday" (a schedule with "due"
      read in the past: no plan word governed a weekday)                               [FIXED: [plans] weekday_due]
    day-for-interval 2: "next Wednesday and Thursday" (only "next Wednesday" read), "today and tomorrow" (only
      "today")                                                [FIXED: weekday spans after last/next; [[day_words]]]
    phrase-not-read 2: "ditched in the sea on the 13th while ..." (a bare ordinal before "while"), "had written on
      the 8th of the month"                                       [FIXED: ordinal followers, "of the month"]
    as-statement 3 (acts inside statements: speak21's), inside-statement 2 (a date in quote marks, "this
      afternoon"; a which-clause "which was asked on Tuesday to pass"), inside 1 ("last Sunday's attempt"),
      unresolved 1 ("A day before <noun phrase>," with the other clause undated), resolved-otherwise 1 ("the second
      week of November": gold the second Monday-Sunday week, the tool days 8-14 as [qualifiers] says), anaphora 1,
      other-kind 1, wrong-event 1                                                                        [open]
  heldout9 6+6: "the intention of X, <apposition>, to travel to Y on Tuesday" (tense: the plan's words too far),
    "On Sunday morning" under a month-only anchor, wrong-event, not-taken-before ("until October 26th"),
    inside-statement, as-other-kind; undated-dated 6 (relational phrases on acts gold leaves undated)
  heldout7 5+2, heldout10 4+1, heldout11 5, heldout13 5, heldout14 5+1, heldout16 3+1, gaps 3 (as-statement),
    heldout15 2, heldout2/3/4 1 each, gaps2 1; dev: dev12-clauses 3 (wrong-event), dev16-standoff 2, dev11-kinds
    1+1, dev12-kinds 1+2, dev20-acts 1, dev11-acts 0+1.
  By cause over the open sets: as-statement 14, inside-statement 8, wrong-event 9, not-read 5 (3 fixed), tense 3
    (2 fixed), day-for-interval 2 (fixed), anaphora-wrong 3, as-other-kind 4, the rest 1-2 each.

BLIND at aeb65a5 (`--date-causes`, counts only): heldout5 month-anchor 1, tense 1; as-statement 2, not-taken-before
  1, inside 1 | heldout6 tense 2; not-taken-before 2, unresolved 2, as-statement 1, inside 1, inside-statement 1 |
  heldout8 anaphora-wrong 2; inside-statement 2, as-statement 1 | heldout18 other-phrase 2, other-kind 1,
  resolved-otherwise 1; as-statement 6, inside-statement 3, not-taken-after 1, unresolved 1.
  Summed: as-statement 10, inside-statement 6, tense 3, not-taken-before 3, unresolved 3, anaphora-wrong 2.

STEP 1 (this file's first tables): a plan told backshifted in a statement's words lies ahead of the statement's day
  ("talks were due to resume on Monday, a spokesman said on Wednesday": plandays.told_ahead, [plans] backshift_words);
  a schedule with "due"/"expected" after a form of "be" governs its weekday ([plans] weekday_due, "due to" only
  before a verb); spans "next Wednesday and Thursday", "today and tomorrow", "yesterday and today"; a bare ordinal
  before any word a span's day may precede ("on the 13th while"), and "on the 8th of the month". The new dev folder
  tests/data/dev21-dates (gold committed before the tool ran) went from dates 24/33 to 31/33; heldout17 138 -> 144
  of 155.
"""

from datetime import date as D

import pytest

from tests.timeline.test_dates_session20 import (  # one reading of an event's day for both sessions
    _day,
    _events,
)
from timeline.datefind import find_dates
from timeline.dates import Anchor, DateMention, resolve
from timeline.datewords import parse_phrase


def _resolved(phrase: str, anchor: str, tense: str) -> tuple[D | None, D | None]:
    parsed = parse_phrase(phrase)
    assert parsed is not None, phrase
    got = resolve(DateMention(0, len(phrase), phrase, parsed.kind), Anchor.from_value(anchor, "published"), tense)
    return got.start, got.end


# Phrases found whole (each failed on main aeb65a5: a part found, or nothing).
FOUND = [
    ("A reconnaissance drone crashed near Constanta on the 14th while on patrol.", "on the 14th"),
    ("The coast guard stopped the trawler on the 2nd for an inspection.", "on the 2nd"),
    ("The ambassador wrote to the ministry on the 3rd of the month, officials said.", "on the 3rd of the month"),
    ("Defence ministers meet again next Tuesday and Wednesday in Vilnius.", "next Tuesday and Wednesday"),
    ("The garrison was shelled last Monday and Tuesday, the mayor said.", "last Monday and Tuesday"),
    ("IAEA inspectors will visit the Fordow plant today and tomorrow.", "today and tomorrow"),
    ("Fighting raged yesterday and today around the airport at Khartoum.", "yesterday and today"),
    ("Parliament may vote today or tomorrow on the emergency decree.", "today or tomorrow"),
]


@pytest.mark.parametrize(("text", "phrase"), FOUND)
def test_the_whole_phrase_is_found(text, phrase):
    assert [m.phrase for m in find_dates(text)] == [phrase]


# Non-date words next to the new forms: an ordinal before a noun, a unit's number.
NOT_DATES = [
    "The carrier joined the 7th Fleet off Okinawa.",
    "The envoy's office is on the 3rd floor of the embassy.",
    "Paratroopers from the 82nd Airborne landed at the airfield.",
    "The bill passed on the 2nd reading in the Knesset.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_date_from_an_ordinal_before_a_noun(text):
    assert find_dates(text) == []


RESOLVED = [
    ("next Tuesday and Wednesday", "2018-11-29", "future", (D(2018, 12, 4), D(2018, 12, 5))),
    ("next Tuesday and Wednesday", "2018-11-29", "present", (D(2018, 12, 4), D(2018, 12, 5))),
    ("last Monday and Tuesday", "2022-12-29", "past", (D(2022, 12, 26), D(2022, 12, 27))),
    ("today and tomorrow", "2016-10-26", "present", (D(2016, 10, 26), D(2016, 10, 27))),
    ("yesterday and today", "2016-10-26", "past", (D(2016, 10, 25), D(2016, 10, 26))),
    ("on the 3rd of the month", "2024-05-20", "past", (D(2024, 5, 3), D(2024, 5, 3))),
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "span"), RESOLVED)
def test_spans_and_ordinals_resolve(phrase, anchor, tense, span):
    assert _resolved(phrase, anchor, tense) == span


# A plan told backshifted in a statement's words lies ahead of the statement's day; a schedule with "due" or
# "expected" after a form of "be" governs its weekday (each row failed on main aeb65a5: read in the past).
AHEAD = [
    ("Peace talks were due to resume in Geneva on Monday, a UN spokeswoman said on Thursday.", "2016-02-05",
     "meeting", "were due to resume in Geneva", ("2016-02-08", "2016-02-08")),
    ("The frigate was scheduled to dock in Limassol on Sunday, the navy said on Tuesday.", "2021-06-16",
     "ship_movement", "was scheduled to dock in Limassol", ("2021-06-20", "2021-06-20")),
    ("The two landing ships had been due to sail from Sevastopol on Friday.", "2021-04-14", "ship_movement",
     "had been due to sail", ("2021-04-16", "2021-04-16")),
    ("The AU envoy is due in Khartoum on Thursday for talks with the army.", "2019-06-11", "meeting",
     "is due in Khartoum", ("2019-06-13", "2019-06-13")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), AHEAD)
def test_plans_told_backshifted_or_due_read_ahead(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


# Kept: a cause after "due to", a participle's plan (the nearer reading from the anchor), the statement's own day.
KEPT = [
    ("The talks were postponed due to bad weather on Monday.", "2024-03-15", "other", "The talks were postponed",
     ("2024-03-11", "2024-03-11")),
    ("A summit planned for Tuesday was called off, officials said on Wednesday.", "2024-03-14", "other",
     "A summit planned for Tuesday", ("2024-03-12", "2024-03-12")),
    ("Peace talks were due to resume in Geneva on Monday, a UN spokeswoman said on Thursday.", "2016-02-05",
     "statement", "a UN spokeswoman said", ("2016-02-04", "2016-02-04")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), KEPT)
def test_past_and_nearer_readings_kept(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_a_cause_after_due_to_governs_no_weekday():
    from timeline.plandays import planned_weekday, told_ahead

    text = "The delay was due to heavy fog on Monday, and the convoy was due to leave on Monday."
    first, second = text.index("on Monday"), text.rindex("on Monday")
    assert not planned_weekday(text, 0, first, "weekday") and not told_ahead(text, 0, first)
    assert planned_weekday(text, 0, second, "weekday") and told_ahead(text, 0, second)


def test_dev21_dates_corpus():
    """The session's own dev folder (gold committed before the tool ran: 24/33 dated right at main aeb65a5; 32/34 after step 2)."""
    from pathlib import Path

    from timeline.evaluate import default_extractor, evaluate_story, load_gold, stories

    extract, _ = default_extractor()
    total = None
    for folder in stories(Path(__file__).parents[1] / "data" / "dev21-dates"):
        results, problems = evaluate_story(folder, load_gold(folder / "gold.toml"), extract)
        assert not problems
        for r in results:
            total = r.score if total is None else total + r.score
    assert total is not None and total.dated >= 33 and total.dated - total.date_right <= 2 and total.trap_dates == 0


# Step 2: a relational phrase ("a day after <clause>") and statements. The plan in a statement's words before the phrase
# is no act it times: the phrase times the statement, and the act of the other clause counts back from the statement's
# day; an act reported inside a statement the phrase governs keeps no day of the phrase (the telling's day is the
# statement's). Each act row failed on main aeb65a5 (a day counted from the plan's day, or the telling's day).
RELATIONAL = [
    ("Seoul said on Monday it would hold drills next week, a day after Pyongyang fired two missiles.", "2023-03-14",
     "missile_test", "Pyongyang fired two missiles", ("2023-03-12", "2023-03-12")),
    ("Moscow announced on Friday that its fleet would sail for Tartus on Monday, two days after Ankara closed the "
     "straits.", "2022-03-05", "other", "Ankara closed the straits", ("2022-03-02", "2022-03-02")),
    ("The premier signed the decree last night, a day after she told parliament that troops had retaken the port.",
     "2019-05-16", "other", "troops had retaken the port", None),
    ("The coast guard impounded the trawler on Saturday, two days after the navy said its crew had cut a cable.",
     "2021-02-15", "other", "its crew had cut a cable", None),
    # kept: the telling's day, a reported act before the phrase, the plan's own day
    ("The premier signed the decree last night, a day after she told parliament that troops had retaken the port.",
     "2019-05-16", "statement", "she told parliament", ("2019-05-14", "2019-05-14")),
    ("Finnish police said on Thursday they had boarded the tanker, a day after the power cable to Estonia failed on 25 "
     "December.", "2024-12-27", "other", "they had boarded the tanker", ("2024-12-26", "2024-12-26")),
    ("Seoul said on Monday it would hold drills next week, a day after Pyongyang fired two missiles.", "2023-03-14",
     "military_exercise", "would hold drills", ("2023-03-20", "2023-03-26")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), RELATIONAL)
def test_a_relational_phrase_times_the_statement_not_the_words_it_reports(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_a_bare_as_before_a_subject_that_said_opens_a_clause():
    """timeclause.AS_RE takes "said"/"told" (speak21's request): the act before "as X said" is read (none on aeb65a5)."""
    text = "Kuwait sent most of its army to the northern border on Sunday as the United States said Iraq had massed troops."
    assert _day(_events(text, "1994-10-11"), "other", "Kuwait sent most of its army") == ("1994-10-09", "1994-10-09")


# Step 2: a clause on a meeting's noun that tells when it opens, convenes or resumes names the meeting's day (the
# session-13 "which begin/began" rule; undated on aeb65a5).
MEETING_CLAUSES = [
    ("Macron is due to raise the blockade with Erdogan at the NATO summit, which opens in Vilnius on Tuesday.",
     "2023-07-06", "meeting", "at the NATO summit", ("2023-07-11", "2023-07-11")),
    ("The envoys will attend the donors' conference, which convenes in Oslo on Monday.", "2024-02-08", "meeting",
     "will attend the donors' conference", ("2024-02-12", "2024-02-12")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), MEETING_CLAUSES)
def test_a_clause_on_the_meetings_noun_names_its_day(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


# Step 3: "before" after a verb of appearing is "in front of", inside the act's clause ([timeofday] presence_verbs): the
# act keeps its evidence and its date phrase (cut at "before" on aeb65a5: undated); "before the election" stays a time.
APPEARED = [
    ("Nine detained fishermen appeared before a military court in Tripoli on Sunday.", "2019-03-12", "other",
     "appeared before a military court", ("2019-03-10", "2019-03-10")),
    ("The opposition leader was arrested before the election on Sunday.", "2021-05-25", "other",
     "The opposition leader was arrested", None),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), APPEARED)
def test_before_after_a_verb_of_appearing_is_no_clause(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day
