"""Session 22 (dates22, issue 4): the open sets' wrong dates by cause, heldout18's (declassified this session) first,
beside the blind sets' counts; the largest general classes fixed. Rows are fresh sentences about other crises, outlets,
years and date styles (never a held-out set's text).

The table, from `python -m timeline.evaldates --corpus tests/data/D -v` at main 6139bf0 (cause as evaldates names
it; what the tool took vs the gold's reading, per tests/data/eval/README.md):

OPEN (dated-wrong + left-undated of dated gold; undated-dated of undated gold)
  heldout18 (15 of 134, dates 89%, declassified this session):
    as-statement 6 (an act inside a statement read only as the statement: "The shooting began yesterday afternoon,
      when ..., the French command said" x2, "confirmed that relations had been broken on 20 July", "took part in the
      landing, which began ... of October 25, the statement said", "were flown out ... yesterday, diplomats said",
      "The row began after Jersey issued 41 licences ... on Friday" (read as a statement))        [acts: speak22/acts22]
    other-phrase 2: "X began yesterday afternoon, when troops who had ringed the base since Monday opened fire" (the
      when-clause's act took the restrictive who-clause's "since Monday", not its main clause's day)       [step 2]
    inside-statement 3: "has said nothing since last Thursday's Cabinet statement" (a possessive date on a speech
      noun), "was drawn up in Bridgetown on Sunday, October 23" (inside "it added"), "raised the matter with his
      counterpart, X, on the margins of ... this week" (a date after an apposition)                        [open]
    not-taken-after 1: "spoke to the Chief Minister of Jersey, X, and the External Relations Minister, Y, this evening"
      (a date after two appositions)                                                                       [step 2]
    unresolved 1: "The vote came five days after the United States vetoed ..." (the main clause has no date of its
      own; its subject names the vote told just before)                                                    [step 2]
    other-kind-event 1: "the boats went home within hours" (counted from an event before the sentence that named the
      6th, which no event took)                                                                            [open]
    resolved-otherwise 1: "is due to meet later this month" (gold: after the day of writing; the tool: from it)
                                                                                             [FIXED: after_anchor]
  heldout17 (11 of 159): as-statement 3, inside-statement 2 (a quote that is only a date phrase: 'informed it of
    the cancellation "this afternoon"' [FIXED: quotes.mask_quotes + datefind.only_date]; a which-clause's day),
    inside 1 ("last Sunday's attempt"), unresolved 1 ("A day before Shoigu's announcement,"), resolved-otherwise 1
    ("the second week of November"), anaphora 1, other-kind 1, wrong-event 1
  heldout10 (5 of 84): "for a second day" not read [FIXED: [[day_words]]]; "on the eve of the takeover" (the other
    clause undated); "Within a week he had removed" (gold: the day); "In recent weeks" under a month anchor
  heldout9 6+3, heldout11 6, heldout13 5, heldout14 5+1, heldout7 5+2, heldout16 4+1, heldout15 2, gaps 3
    (as-statement), heldout2/3/4 1 each, gaps2 1; dev: dev12-clauses 3 (wrong-event), dev16-standoff 2, dev21-clauses
    2, dev21-dates 2 ("for a second day" [FIXED]), dev12-kinds 1+2, dev11-kinds 1+1, dev20-acts 1.
  By cause over the open sets: as-statement 21, inside-statement 11, wrong-event 10, not-taken-inside 4, anaphora 4,
    not-taken-after 3, not-read 3 (2 "for a second day"), unresolved 3, the rest 1-2 each.
  New: dev22-dates (gold committed first, 1539b01): 27 of 34 at the start.

BLIND at 6139bf0 (`--date-causes`, counts only): heldout5 month-anchor 1, tense 1; as-statement 2, not-taken-before
  1, inside 1 | heldout6 tense 2; not-taken-before 2, unresolved 2, as-statement 1, inside 1, inside-statement 1 |
  heldout8 anaphora-wrong 2; inside-statement 2, as-statement 1 | heldout19 and heldout20 (new): counts only, summed
  with the others in the commit notes.

FIGURES (timeline dates, gold date phrases exactly right) main 6139bf0 -> after steps 1-3: heldout18 119 -> 124 of 134,
  heldout10 80 -> 81 of 84, heldout16 191 -> 190 of 195 (its gold reads "protested ... for a second day" as the day of
  writing; heldout10 and dev21-dates read the phrase as the two days, as the rule does), dev22-dates 27/34 -> 33/34;
  blind heldout6 125 -> 126 of 134 (e2e status 78 -> 80), heldout5/8/19/20 unchanged. Tried and not kept: "since <a
  day>" opening no clause (attributes.CLAUSE_BREAK_RE): heldout20 120/126 -> 124/128, but "The exercise, planned since
  January, began on Monday" (test_dates_session20) then took the aside's January.

STEP 1 (the first tables below): an act repeated up to the day of writing ("for a second straight day", "for the third
  day running": the N days ending on the anchor; not before a day of its own, "for a second day Wednesday"); "later
  this month/week/year" after the day of writing (d+1 .. end; d told in the past or on the period's last day); a quote
  that is only a date phrase after a word of the reporter's ('would sail for the Grand Banks "on Monday"') is the
  reporter's own time, not masked as speech.
STEP 2 (the tables after): an act of a ", when" clause in the simple past with no day of its own takes its main clause's
  day (timeclause.when_act_days), and a day inside a restrictive perfect relative clause right before the main verb is
  the relative clause's ("troops who had ringed the base since Monday opened fire": timeclause.perfect_relative_day;
  "since <a day>" opens no clause: attributes.CLAUSE_BREAK_RE); a day told after the names set off after an act's words
  ("telephoned X, Y, and Z, W, last night to explain": trailday.appositions_day); "The vote came five days after X
  vetoed ..." counts from the event told before (dates.DateMention.from_previous, timeclause.told_before).
STEP 3: "in the early hours of the 6th" is a date ([leads] ordinal). Tried and not kept: "within hours" told in the past
  counted from a day an earlier sentence named with no event read, as "a day later" is (heldout18 je-04's shape: 124 ->
  125 of 134): blind heldout5 then dated one gold-undated event from a trap (kept undated 96% -> 94%, dates from non-date
  words 0 -> 1).
"""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.timeline.test_dates_session20 import (  # one reading of an event's day for the sessions since
    _day,
    _events,
)
from tests.timeline.test_dates_session21 import _resolved  # one resolution of a phrase for both sessions
from timeline.datefind import find_dates, only_date

# Step 1a: an act repeated day after day up to the day of writing (each found nothing on main 6139bf0).
RUNNING = [
    ("Farmers have blocked the border crossing at Medyka for a second straight day.", "2023-11-08", "past",
     "for a second straight day", (D(2023, 11, 7), D(2023, 11, 8))),
    ("Israeli jets struck targets in southern Lebanon for the third day running, the army said.", "2006-07-14",
     "past", "for the third day running", (D(2006, 7, 12), D(2006, 7, 14))),
    ("Opposition supporters rallied outside parliament in Tbilisi for a fourth consecutive night.", "2024-05-02",
     "past", "for a fourth consecutive night", (D(2024, 4, 29), D(2024, 5, 2))),
    ("Pakistani and Indian troops exchanged fire along the Line of Control for the fifth day in a row.",
     "2019-03-02", "past", "for the fifth day in a row", (D(2019, 2, 26), D(2019, 3, 2))),
    ("Dockworkers stayed off the job at Piraeus for a second day.", "2015-07-03", "present", "for a second day",
     (D(2015, 7, 2), D(2015, 7, 3))),
]


@pytest.mark.parametrize(("text", "anchor", "tense", "phrase", "span"), RUNNING)
def test_an_act_repeated_up_to_the_day_of_writing(text, anchor, tense, phrase, span):
    assert [m.phrase for m in find_dates(text)] == [phrase]
    assert _resolved(phrase, anchor, tense) == span


# Not a run of days: a day of something named after it; a day phrase of its own right after it dates the act.
NOT_RUNNING = [
    ("The summit went into a second day of talks in Brasilia.", []),
    ("Delegates met for a second day of negotiations in Doha on the truce.", []),
    ("Coast guard ships shadowed the convoy for a second day on Tuesday.", ["on Tuesday"]),
    ("Warplanes circled over Agdam for a third straight day Friday, residents said.", ["Friday"]),
    ("It was the second day running that the ferry stayed in port.", []),
]


@pytest.mark.parametrize(("text", "phrases"), NOT_RUNNING)
def test_a_day_of_something_is_no_run_of_days(text, phrases):
    assert [m.phrase for m in find_dates(text)] == phrases


# Step 1b: "later this month/week/year" is after the day of writing (each row read from the anchor's day on main).
LATER = [
    ("later this month", "2021-09-14", "future", (D(2021, 9, 15), D(2021, 9, 30))),
    ("later this week", "2019-02-11", "future", (D(2019, 2, 12), D(2019, 2, 17))),
    ("later this year", "2008-06-30", "present", (D(2008, 7, 1), D(2008, 12, 31))),
    ("later in the week", "2016-03-08", "future", (D(2016, 3, 9), D(2016, 3, 13))),
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "span"), LATER)
def test_later_this_period_is_after_the_day_of_writing(phrase, anchor, tense, span):
    assert _resolved(phrase, anchor, tense) == span


# Kept: the period's last day, and the past (a story told of the period, from the anchor on as before).
LATER_KEPT = [
    ("later this week", "2019-02-17", "future", (D(2019, 2, 17), D(2019, 2, 17))),
    ("later this month", "2021-09-30", "future", (D(2021, 9, 30), D(2021, 9, 30))),
    ("later in the week", "2016-03-08", "past", (D(2016, 3, 8), D(2016, 3, 13))),
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "span"), LATER_KEPT)
def test_later_on_the_last_day_or_told_in_the_past(phrase, anchor, tense, span):
    assert _resolved(phrase, anchor, tense) == span


# Step 1c: a quote that is only a date phrase after the reporter's word dates the act (each undated on main 6139bf0).
QUOTED_DAY = [
    ('An EU official said the monitors would reach Gori "within days".', "2008-09-10", "other",
     "the monitors would reach Gori", ("2008-09-10", "2008-09-17")),
    ('The ministry said Turkish jets struck PKK positions near Sinjar "overnight".', "2017-09-26", "other",
     "Turkish jets struck PKK positions", ("2017-09-25", "2017-09-26")),
    ('Officials said the ferry Kristina would sail for Tallinn "on Thursday".', "1994-09-26", "ship_movement",
     "would sail for Tallinn", ("1994-09-29", "1994-09-29")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), QUOTED_DAY)
def test_a_quote_that_is_only_a_date_phrase(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


# Kept masked: a quote that opens the sentence (the speaker's own words), a longer quote, a year qualifying a noun.
def test_only_a_date_phrase_alone_after_a_word_is_unmasked():
    from timeline.quotes import find_quotes, mask_quotes

    for text, kept in [('"Tomorrow," the minister said, "we sail."', False),
                       ('He said the talks would resume "Monday at the earliest".', False),
                       ('She called the deal "a 1990s relic".', False),
                       ('He said the convoy would leave "at the weekend".', True)]:
        masked = mask_quotes(text, find_quotes(text, [(0, len(text))]))
        assert (masked == text) is kept, text
    assert only_date("on Monday", 0, 9) and not only_date("on Monday, if", 0, 13)


# Step 2a: a when-clause's act at its main clause's time; a perfect relative clause's own day (each took the relative
# clause's day, or none, on main 6139bf0).
WHEN_ACTS = [
    ("The siege ended at dawn on Sunday, when commandos who had surrounded the school since Friday stormed the gym.",
     "2004-09-06", "other", "stormed the gym", ("2004-09-05", "2004-09-05")),
    ("The standoff ended yesterday, when coast guard officers who had shadowed the trawler since Tuesday boarded it.",
     "2012-04-13", "other", "boarded it", ("2012-04-12", "2012-04-12")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), WHEN_ACTS)
def test_a_when_clause_act_takes_its_main_clause_time(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


# Kept: a when-clause in the pluperfect is earlier, no day; a when-clause with its own day keeps it.
WHEN_KEPT = [
    ("The plan was drawn up in Kigali on Sunday, when the decision to attack had already been taken.", "1994-04-12"),
    ("Talks collapsed on Friday, when rebels shelled the airport on Thursday night.", "1999-05-10"),
]


def test_when_clauses_with_their_own_time_kept():
    (text, published), (text2, published2) = WHEN_KEPT
    assert not [e for e in _events(text, published) if e.kind.value != "statement" and "taken" in e.evidence.exact
                and e.date.dated]
    assert _day(_events(text2, published2), "other", "rebels shelled the airport") == ("1999-05-06", "1999-05-06")


# Step 2b: a day told after the names set off after an act's words (each undated on main 6139bf0).
APPOSITIONS = [
    ("President Ruto spoke to the Ethiopian premier, Abiy Ahmed, and the Somali president, Hassan Sheikh Mohamud, "
     "this afternoon to discuss the port deal.", "2024-01-08", "meeting", "spoke to the Ethiopian premier",
     ("2024-01-08", "2024-01-08")),
    ("The chancellor telephoned the Polish prime minister, Donald Tusk, and the Lithuanian president, Gitanas "
     "Nauseda, on Tuesday to offer support.", "2024-01-11", "meeting", "telephoned the Polish prime minister",
     ("2024-01-09", "2024-01-09")),
]


@pytest.mark.parametrize(("text", "published", "kind", "words", "day"), APPOSITIONS)
def test_a_day_after_the_names_set_off_after_the_act(text, published, kind, words, day):
    assert _day(_events(text, published), kind, words) == day


def test_a_day_of_a_later_verb_is_not_taken_across_the_names():
    events = _events("Troops seized the airports at Kandahar, Herat and Kunduz, and on Friday entered Kabul.", "2021-08-16")
    assert _day(events, "other", "seized the airports") is None


# Step 2c: "The X came N days after Y" counts Y from the event told before (each undated on main 6139bf0).
TOLD_BEFORE = [
    ("The Senate approved the treaty on Thursday. The vote came three days after Moscow ratified it.",
     "2010-12-24", "ratified it", ("2010-12-20", "2010-12-20")),
    ("Seoul expelled two North Korean diplomats on 14 March. The expulsion followed a week after Pyongyang tested "
     "a missile.", "2021-03-16", "tested", ("2021-03-07", "2021-03-07")),
]


@pytest.mark.parametrize(("text", "published", "words", "day"), TOLD_BEFORE)
def test_the_event_told_before_is_the_base(text, published, words, day):
    hits = [e for e in _events(text, published) if words in e.evidence.exact and e.kind.value != "statement"]
    assert hits, [e.evidence.exact for e in _events(text, published)]
    assert (str(hits[0].date.start), str(hits[0].date.end)) == day


def test_a_clause_of_its_own_is_no_event_told_before():
    from timeline.timeclause import told_before

    for text, told in [("The vote came ", True), ("The expulsion followed just ", True), ("Troops crossed ", False),
                       ("The vote on the budget was delayed ", False)]:
        assert told_before(text, 0, len(text)) is told, text


# Step 3: "in the early hours of the 9th" (found nothing on main 6139bf0); never an ordinal before a noun.
def test_early_hours_of_an_ordinal_is_a_date():
    assert [m.phrase for m in find_dates("Rebels entered the town in the early hours of the 9th, witnesses said.")] \
        == ["in the early hours of the 9th"]
    assert [m.phrase for m in find_dates("The frigate joined the 6th Fleet in the early hours.")] == []

