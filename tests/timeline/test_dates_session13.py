"""Session 13: dates on unseen text, from the declassified blind sets' misses, each shape with fresh sentences.

Every wrong or missing date of heldout7 (84/96 on main fc0ac7e) and heldout10 (58/64), by shape:

| set/excerpt | gold phrase / act                                   | shape                                                   | state      |
|-------------|-----------------------------------------------------|---------------------------------------------------------|------------|
| h7 ex-01    | "Peskov said earlier Thursday"                      | statement frame, adverb before its day not taken        | kinds13    |
| h7 ex-02    | "Peskov stated previously Thursday"                 | the same                                                | kinds13    |
| h7 ex-03    | "said in a statement published ... on Friday"       | document participle read as a frame of its own          | kinds13    |
| h7 yp-04    | "X, criticized at home for ..., apologized ... on Monday" | participial apposition read as the statement verb: the real verb's day lost | FIXED (1) |
| h7 yp-04    | "The drills, which began Sunday and ..."            | a past relative clause on the act's noun telling when it ran | rule (2); this act is not read here (as-statement) |
| h7 zp-03    | "Zapad 2017, which ran from 14 to 20 September,"    | the same, the act matched is of another kind (deployment) | rule (2); kind left |
| h7 ex-01    | "Trump, who takes office on Jan. 20"                | act in a relative clause on a person, read as a statement | left (extraction) |
| h7 ex-04    | "A second group ... flew out a day earlier, according to X" | act read only as its "according to" statement     | left (as-statement) |
| h7 zp-02    | "On Monday, Putin watched ..., the Kremlin reported" | fronted day; act read only as the statement           | left (as-statement) |
| h7 zp-03    | "Putin, who watched the final phase ... on 19 September, called" | act in a relative clause on the speaker | left (as-statement) |
| h7 zp-03    | "came on 18 September at the Luga range, where crews fired" | a frame's day not inherited into a "where" clause | left (other kind) |
| h7 yp-03    | '"... stage a joint naval exercise from Sunday," ... on Friday' | a date phrase of another clause (the statement's) taken | left (kind) |
| h7 yp-03    | "According to a report of X, Y shipped ... on Thursday" | the report takes the act's day (gold: undated)     | left (gold's rule) |
| h7 zp-01/04 | "has sent ... in recent weeks and added seven F-15s" | an "and" predicate shares a vague stretch; gold keeps it undated | gold's rule vs tool's |
| h10 ar-01   | "plans to send an expedition later this month"      | a plan's vague day; act read only as the statement      | left (as-statement) |
| h10 ar-04   | "reached the seabed on Aug. 2 ..., and the next day X accused" | an anaphor of another clause taken (statement region too wide) | left |
| h10 ar-04   | "set out this week to map"                          | "this week" not taken                                   | left |
| h10 fj-01   | "carrying out exercises ... for a second day"       | "for a second day" (an interval ending today) not read  | left |
| h10 fj-04   | "Within a week he had removed X"                    | interval vs a day (gold: the day after a week)          | gold's rule vs tool's |
| h10 fj-04   | "In recent weeks X has insisted"                    | vague bounds (gold: the month)                          | gold's rule vs tool's |

Blind --date-causes (counts only, main fc0ac7e, heldout5/6/8/9/11/12/13): as-statement 2/2/1/1/3/0/8 (17), phrase-read-not-
taken-inside-statement 1/2/2/1/1/3/4 (14), wrong-event 0/0/0/2/3/2/1 (8), anaphora-wrong 0/1/2/2/0/0/0 (5), other-kind-event
(dated-wrong + undated-dated) 2/1/0/1/0/0/1, tense 1/0/0/1/0/0/1, another-event-phrase 2/0/0/1/0/0/0. The statement causes come
first: rule (1) gives back a statement's own day where an apposition stood between the speaker and the verb.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.events import extract_strict

D = date
P = "2024-03-08"  # a Friday: Mon 4 .. Fri 8 March; the Sunday before is 3 March


def _dated(body: str, published: str, words: str, kind: str) -> tuple[date | None, date | None]:
    """The (start, end) of the event of that kind whose evidence holds the words (fails if none does)."""
    events = extract_strict(make_excerpt(body, published))
    hits = [e for e in events if words in e.evidence.exact and e.kind.value == kind]
    assert hits, [(e.kind.value, e.evidence.exact) for e in events]
    return hits[0].date.start, hits[0].date.end


# (1) "X, <participle> ..., <verb>": the participle is a passive apposition, the statement is the verb after it,
# and the statement's own day is read again (body, published, words, kind, start, end).
APPOSITION = [
    ("The prime minister, criticized at home for a slow response, apologized in a televised address on Monday.", P,
     "apologized", "statement", D(2024, 3, 4), D(2024, 3, 4)),
    ("Foreign Minister Penny Wong, pressed by reporters for details, said on Tuesday that talks would resume.", P,
     "said on Tuesday", "statement", D(2024, 3, 5), D(2024, 3, 5)),
    ("The Kremlin, accused by Washington of meddling in the vote, denied the charge on Wednesday.", P,
     "denied the charge", "statement", D(2024, 3, 6), D(2024, 3, 6)),
    ("Pakistan's army chief, praised abroad for his restraint, warned on 2 March that the border would stay shut.", P,
     "warned on 2 March", "statement", D(2024, 3, 2), D(2024, 3, 2)),
    ("The Armenian ministry, asked about the shelling, said late on Thursday that two soldiers were wounded.", P,
     "said late on Thursday", "statement", D(2024, 3, 7), D(2024, 3, 7)),
    # no apposition: the verb after the subject's comma-free run is the statement, as before
    ("Moscow, meanwhile, criticized the new sanctions on Friday.", P, "criticized", "statement",
     D(2024, 3, 8), D(2024, 3, 8)),
    ("Iran's foreign minister, questioned by reporters in Geneva, insisted on Thursday that the talks had failed.", P,
     "insisted on Thursday", "statement", D(2024, 3, 7), D(2024, 3, 7)),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end"), APPOSITION)
def test_participle_apposition_leaves_the_statement_its_day(body, published, words, kind, start, end):
    assert _dated(body, published, words, kind) == (start, end)


# (2) "the drills, which began Sunday,": a relative clause on the act's noun told in the past dates the act, in the past.
RAN_CLAUSE = [
    ("The exercises, which started on Monday, involve 12,000 troops, the ministry said.", P, "exercises",
     "military_exercise", D(2024, 3, 4), D(2024, 3, 4)),
    ("The naval drills, which began Sunday, were the largest in the Baltic since 2015.", P, "naval drills",
     "military_exercise", D(2024, 3, 3), D(2024, 3, 3)),
    ("The joint exercise, which ended on Wednesday, drew a protest from Beijing.", P, "joint exercise",
     "military_exercise", D(2024, 3, 6), D(2024, 3, 6)),
    # the noun's words run on over the clause ("naval drills, which began Sunday and involved ...")
    ("The naval drills, which began Sunday and involved the carrier Ronald Reagan, had been planned for months.", P,
     "naval drills", "military_exercise", D(2024, 3, 3), D(2024, 3, 3)),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "start", "end"), RAN_CLAUSE)
def test_past_clause_on_the_act_noun_dates_it(body, published, words, kind, start, end):
    assert _dated(body, published, words, kind) == (start, end)


# Never a date from a non-date word: a participle apposition with numbers and names but no date phrase.
NO_DATE = [
    ("The minister, criticized by 300 lawmakers for a slow response, apologized in parliament.", P, "apologized",
     "statement"),
    ("The exercises, which began with 2,000 sailors near March Island, involve 12,000 troops, the ministry said.", P,
     "the ministry said", "statement"),
]


@pytest.mark.parametrize(("body", "published", "words", "kind"), NO_DATE)
def test_no_date_from_non_date_words(body, published, words, kind):
    assert _dated(body, published, words, kind) == (None, None)


# Known miss: a speech participle's day in the apposition ("X, quoted by Y on Monday, said") is the words' own, but the
# apposition rule of events.py (another event's time) still keeps it from the statement; rule (1) leaves these as they were.
@pytest.mark.xfail(strict=True, reason="a speech apposition's day is read as another event's time (events._other_time_apposition)")
def test_speech_apposition_day_is_the_statements():
    body = "Lavrov, quoted by Interfax on Monday, said talks were over."
    assert _dated(body, P, "said talks", "statement") == (D(2024, 3, 4), D(2024, 3, 4))
