"""The one date resolver: a date phrase, an anchor day and a tense -> a day or an interval, with its basis.

Rules (each is a row of the table in tests/timeline/test_dates.py; d is the anchor day):
- Anchor: as_of where given, else published. "YYYY-MM-DD" is a day; "YYYY-MM" or "YYYY" is a span of
  possible days, and every relative date becomes the interval covering all of them (the union of the
  phrase resolved on the span's first and last day: "Wednesday", past, anchor 2017-12 -> Wed 2017-11-29
  .. Wed 2017-12-27, always within [start - 6 days, end]); the basis adds which reading the later days
  give ("Tue 2024-03-05 if written on or after 2024-03-05"). Exception: a day of a month ("March 5", "on the
  27th") has only two readings there; news style gives the year only when it is not the current one, so
  the reading for the anchor's last day is taken and the other named in the basis ("March 5", anchor
  2024-03 -> 2024-03-05). No anchor: relative and vague phrases are
  undated ("no anchor date: ..."); absolute dates still resolve (relative_to "absolute").
- Tense is past | present | future (anything else counts as past).
- Weekday: past = the most recent one on or before d (d itself counts); future = the next on or after d
  (d counts); present = the one in d's Monday-Sunday week. "last Monday" = strictly before d, "next
  Monday" = strictly after d. "Thursday last week" / "on Friday of next week" / "Monday this week" = that
  weekday of the named Monday-Sunday week, whatever the tense.
- Spans of weekdays ("from Monday to Wednesday", "on Saturday and Sunday"): past = ending on the latest such
  last weekday on or before d; future = starting on the next such first weekday on or after d; present =
  in d's week; "on Tuesday and Wednesday last week" = those days of the named week. Spans of days ("on May 11 and 13", "between 3 and 5 May", "from 30 January to 2 February")
  run from the first day to the last, resolved as the first day is (the last in the next year when its
  month comes first). "the week of June 10" = the Monday-Sunday week holding that day.
- yesterday / last night = d-1; today / tonight / this morning = d; tomorrow = d+1; "overnight" = d-1 .. d
  (the night that ended on the day of writing), future tense d .. d+1.
- Weeks are Monday-Sunday. "last week" = the week before d's week; "next week" = the week after;
  "this week" = Monday .. d (past), d .. Sunday (future), the whole week (present); "earlier this
  week" = Monday .. d; "later this week" = d+1 .. Sunday (session 22: "later" is after the day of writing; d itself
  when it is Sunday, or told in the past). Month and year the same way ("last month" = the
  previous calendar month, "earlier this year" = 1 January .. d). "early"/"mid"/"late" take a third of a
  month or year, "the first/second half of" a half (data: [qualifiers]); early/late a half of a week ("early
  in the week" = Monday .. Wednesday). "the first/second/third/fourth week of June" = days 1-7, 8-14, 15-21,
  22-28; "the last week of April" = its last seven days.
- "this weekend" = Saturday-Sunday: past = the most recent weekend that has begun by d (cut at d);
  future = the next weekend not yet over (starting no earlier than d); present = the weekend of d's
  week. "last weekend" = the weekend of the previous week, "next weekend" of the next week.
- A month with no year ("in October"): past = the most recent October on or before d (an October that
  contains d counts, cut at d), future = the next one (cut from d), present = d's year; "last October" =
  the most recent before d's month, "next October" the first after it. "April 27" with no year: the
  nearest such day on or before d (past) or on or after d (future); present = d's year. "on the 27th":
  the nearest 27th on or before d (past) / on or after (future) / in d's month (present). Seasons
  (northern hemisphere, data: [seasons]) follow the month rules: "last summer" = the most recent summer
  over before d, "in the spring" by tense; "winter 2015" is all of 2015 (Jan-Feb or December).
- "N days ago" = d-N; "N weeks/months/years ago" = the Monday-Sunday week / calendar month /
  calendar year containing d minus N of them, except "a week ago" = d-7, the day, as "a week ago today" (session 20:
  news copy counts one week back to the day) ("a fortnight ago" = two weeks; "the week before last" = two
  weeks ago; "two years ago this month" = d's month two years back). "a week ago today" = d-7, "two weeks ago yesterday" = d-15,
  "a week ago Friday" = the past-tense Friday minus a week. Hours ("48 hours ago", "hours later", "24 hours
  after <clause>") move by whole days, with one day more where they may cross midnight (n hours: n//24
  days, n//24 + 1 at the far end when n is not a multiple of 24); fewer than 24 hours ("seven hours later",
  "hours later", "moments earlier") stay on the day: copy that crosses midnight says "the next day".
- "since"/"from" and "until"/"by" before a date are kept in the phrase and named in the basis; they do
  not move the date, except a deadline ahead: "by/until Saturday", "by the end of the month", "until the
  30th" in future tense = any day from d to it (its last day), whatever part of it d already is in. A weekday that contradicts the date it names ("Tuesday, April 24, 2017") is noted.
- Explicit years are absolute: "April 27, 2017", "in June 2015", "in 2015", "the 1950-53 war" (1950-01-01
  .. 1953-12-31), "the 1990s". Kind "modifier" ("the 2015 deal") resolves to the year too; the basis
  says it qualifies a noun, so the event extractor may choose not to date the event with it.
- Vague phrases are the bounded interval [d+first, d+last] from data/dates.toml ([[vague]]: "days ago"
  = d-6 .. d-1, "in recent weeks" = d-28 .. d, "recently" = d-30 .. d, "soon" = d .. d+30), the bounds
  stated in the basis. "within hours" / "within days" told in the past ("Within hours, the rebels had
  retaken the town") count from the previous dated event as anaphoric phrases do ([[vague]] past_shift),
  undated when there is none; "within hours" is that event's day, as "hours later" is (session 20).
- Anaphoric phrases move the previous dated event's interval ("a day earlier" = its start-1 .. end-1,
  "two days later" = +2, "the same day" = +0, "the following week"/"month"/"year" = the calendar week,
  month or year after its first day's, "hours later" = the same day, "days later" = start+1 ..
  end+6), relative_to "event:<id>"; with no previous dated event they are undated, with the reason.
  An anaphoric phrase with mention.base (set by the event extractor when an earlier sentence named a
  day but yielded no event) counts from that phrase read in past tense; relative_to is its own.
  "and later" / "Later," = from the previous event's first day to the anchor's last day (stated as
  vague). Spun copy: "the subsequent day/week/month/year" = "the following ..." (anaphoric),
  "subsequent week" = next week, "ultimate week" = last week.
- Relational phrases, "N days/weeks after|before <clause>" (mention kind "relational"): the event of
  the clause it opens ("a day after the boat collided") is the other clause's date phrase (mention.base)
  moved back by N (mention.back); the act it follows is the base (in the opened clause) moved on by N.
  relative_to is the base's. With no base ("two days after the vote": no date in the other clause)
  they are undated, saying so: the story's previous event need not be the one the phrase names.
  "hours/minutes after <clause>" is relational too, read as the other clause's own day; so are "the day after
  <clause>" (+1), "the week before <clause>" (a week back), "on the eve of <clause>" (-1), "on the day of <clause>" (0).
- Session 7: "Eight days after <clause>, investigators are still ..." (the other clause in the present, no date
  there: DateMention.from_anchor) counts days back from the anchor; "a week after" of the present is loose, undated.
  A day of a month with no year told in the past tense that falls within a few days after the anchor
  ([resolver] past_day_ahead) is that day ahead, not a year back ("has issued a Navtex for drills on 1 and 2
  September", written 28 August). Time ahead of the anchor mirrors "N ago": "two weeks from now" / "in a week's time" = the week
  reached, "in three months" = the month reached, "in 10 days" / "a week from today" / "a week from Friday" = that
  day; bare "in N units" only where the sentence speaks of the future before it and not after a first, a
  superlative or a tally ("the first visit in five years"). "within a week" / "within 48 hours" = d .. d+N
  (told in the past: counted from the previous event), but never an ultimatum's term. "in June last year", "on 5
  March next year" = that month or day of the year named from the anchor's. "on Wednesday last" = "last
  Wednesday". Numeric dates: dotted day first (04.07.2019), slashed only where a number above 12 tells the order
  (7/14/2019, 14/6/2019; 7/4/2019 is no date). "the following Monday" / "the previous Friday" = the first such
  weekday after / before the previous event; "two days on", "a week after that", "the day after that",
  "The next week," (told as a story) count from it too. "the winter of 1939-40" = that one winter. "from January
  to March" / "between May and July 2019" = those months, resolved as the first month is.
- Session 8: "a week on Monday" / "Monday week" / "a week tomorrow" = a week after that day ahead (as "a week from
  Monday"); "a decade ago" = that year ten back; "over the last two weeks" / "in the past three days" = d-N .. d
  (vague, N in days: weeks 7, hours rounded up to days; months and years as calendar months and years back from d,
  session 26: "over the past four months" written 13 November = 13 July .. 13 November); "in the middle of last month" = its middle third;
  "the final days of 2023" / "of the year" = 25-31 December ([qualifiers] year_days); "at the turn of the year" = 21
  December .. 10 January ([resolver] turn_of_year; past: the latest begun by d, future: the first not over); "in the
  first quarter" / "the second half of next year" = that part of the year, by tense when no year is named; "in the
  new year" = next year's early third told ahead, this year's told in the past; more fixed-day holidays ("on Victory
  Day"); anaphoric "that same week", "later the same day", "that weekend" (the event's week's Saturday-Sunday),
  "the following weekend" (the first one starting after it), "the previous weekend". A month or day with no year whose
  sentence names one year before it (mention.base, set by the event extractor: "Last year, the frigate ... in
  February", "In 2019, ... on 5 March") is in that year; a day set off after a coarser period ("next week, on 30 and
  31 May", mention.base) takes the reading inside that period. Spun copy: "final week" = last week (not after a
  determiner: "its final week"), "ultimate yr" / "subsequent yr" (yr = year), "overdue ultimate yr" = late last year,
  "previous week" = last week, "in latest weeks" = in recent weeks, "not too long ago" = recently, "two days in the
  past" = two days ago, "the identical day" = the same day. "overnight into Tuesday" / "from Monday night into
  Tuesday" = Monday .. Tuesday (a span of weekdays); "from the 5th to the 7th" = those days of the ordinal's month;
  "the week beginning 4 March" = that Monday-Sunday week; "on 5/6 March" = the 5th .. 6th; "Tue, 5 March" (a weekday
  abbreviation with no dot, only before a full date); "compared with the same period last year", "year-on-year" are
  no dates (dates.toml [traps]). "midweek" = Tuesday .. Thursday of the anchor's week; "the weekend before last" = the
  weekend of the week two back; "over the past weekend" = the latest weekend begun by the anchor.
- Session 21: "next Wednesday and Thursday" / "last Monday and Tuesday" = from "next Wednesday" ("last Monday") as the
  weekday rule reads it, on to the second day; "today and tomorrow" / "today or tomorrow" = d .. d+1, "yesterday and
  today" = d-1 .. d ([[day_words]]); a bare ordinal before any word a span's second day may precede ("ditched on the
  13th while ...": [leads] span_followers) and "on the 8th of the month" (the bare ordinal's reading). A plan's weekday
  or day told backshifted in a statement's words ("talks were due to resume on Monday, a spokesman said on
  Wednesday") is read ahead of the statement's day, as "would" is (events._would; plandays.told_ahead).
- Session 22: "for a second straight day" / "for the third day running" / "for a fourth consecutive night" = the N days
  ending on d ([[day_words]]; not "for a second day of talks", nor before a day of its own: "for a second day on
  Tuesday" is that Tuesday); "later this week/month/year" = d+1 .. the period's end (d when it is the last day, or told
  in the past); a relational phrase whose other clause names the event told before it ("The vote came five days after
  X vetoed ...": DateMention.from_previous, set by events._relational through timeclause.told_before) counts from the
  previous event dated to one day (relative_to "event:<id>"); "in the early hours of the 6th" = that ordinal's day
  ([leads] ordinal). The event extractor (not this resolver): a quote that is
  only a date phrase after the reporter's word is the reporter's time (quotes.mask_quotes, datefind.only_date); an act of
  a ", when" clause takes its main clause's day, and a day in a restrictive perfect relative clause before the main verb
  is the relative clause's (timeclause.when_act_days, perfect_relative_day); a day after the names set off after an
  act's words is the act's (trailday.appositions_day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from pydantic import ValidationError

from timeline.datewords import Parsed, lexicon, parse_phrase
from timeline.daymath import cut_at, fmt, month_span, nearest, part_of, range_end, valid_day, week_of
from timeline.models import DateResolution

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
NO_ANCHOR = "no anchor date: excerpt has no published/as_of"
_KIND_NOTES = {"modifier": ", a year qualifying a noun, not necessarily the event's date",
               "dateline": ", a dateline: the day the story was filed"}


@dataclass(frozen=True)
class Anchor:
    """The day relative dates resolve against; precision says whether only a month or year is known."""

    start: date | None  # first day the anchor could be
    end: date | None  # last day the anchor could be (== start for a full date)
    precision: str | None  # day | month | year | None (unknown)
    source: str | None  # as_of | published | None
    raw: str = ""

    @classmethod
    def from_value(cls, value: str | None, source: str | None) -> Anchor:
        """An anchor from a YYYY-MM-DD, YYYY-MM, YYYY or empty string."""
        raw = str(value or "").strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", raw)
        try:
            if m and m.group(3):
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                return cls(day, day, "day", source, raw)
            if m and m.group(2):
                first = date(int(m.group(1)), int(m.group(2)), 1)
                return cls(first, first + relativedelta(day=31), "month", source, raw)
            if m:
                year = int(m.group(1))
                return cls(date(year, 1, 1), date(year, 12, 31), "year", source, raw)
        except ValueError:
            pass  # an impossible date is no anchor at all
        return cls(None, None, None, None, raw)


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in text: its offsets (into the text searched) and its phrase."""

    start: int
    end: int
    phrase: str
    kind: str  # absolute | relative | anaphoric | vague | modifier (a year qualifying a noun) | dateline
    #            | relational ("a day after <clause>": counted between the two clauses' events)
    base: DateMention | None = None  # relational: the other clause's date phrase it counts from
    back: bool = False  # relational: the event is the one the phrase names ("the boat collided"): count back
    from_anchor: bool = False  # relational with no base: the other clause speaks of the present ("Eight days
    #                            after a missile killed two men, investigators are still ..."): count from the anchor
    from_previous: bool = False  # relational with no base: the other clause names the event told before it ("The
    #                              vote came five days after X vetoed ..."): count from the previous dated event


@dataclass(frozen=True)
class _Span:
    """A resolved interval with a label for the basis ("week ", "vague ...") and whether tense decided it."""

    start: date
    end: date
    label: str = ""
    tensed: bool = False


def _weekday(p: Parsed, d: date, tense: str) -> _Span:
    wd = _WEEKDAYS[p.weekday or 0]
    if p.week:  # "Thursday last week": that weekday of the named week, whatever the tense
        step = {"prev": -1, "this": 0, "next": 1}[p.week]
        day = week_of(d + relativedelta(weeks=step))[0] + relativedelta(weekday=wd(+1))
        return _Span(day, day)
    if p.modifier == "last":
        day = d + relativedelta(days=-1, weekday=wd(-1))
    elif p.modifier == "next":
        day = d + relativedelta(days=+1, weekday=wd(+1))
    elif p.modifier == "this past" or (tense == "past" and p.modifier != "this coming"):
        day = d + relativedelta(weekday=wd(-1))
    elif p.modifier == "this coming" or tense == "future":
        day = d + relativedelta(weekday=wd(+1))
    else:
        day = week_of(d)[0] + relativedelta(weekday=wd(+1))
    return _Span(day, day, tensed=p.modifier in ("", "this"))


def _weekdays(p: Parsed, d: date, tense: str) -> _Span:
    """A span of weekdays ("from Monday to Wednesday"): ending on a past last day, starting on a future first one."""
    length = ((p.weekday2 or 0) - (p.weekday or 0)) % 7
    if p.modifier in ("last", "next") and not p.week:  # "next Wednesday and Thursday": from "next Wednesday" on
        start = _weekday(replace(p, form="weekday"), d, tense).start
        return _Span(start, start + timedelta(days=length))
    if p.week:  # "on Tuesday and Wednesday last week": those days of the named week
        monday = week_of(d + relativedelta(weeks={"prev": -1, "this": 0, "next": 1}[p.week]))[0]
        start = monday + relativedelta(weekday=_WEEKDAYS[p.weekday or 0](+1))
        return _Span(start, start + timedelta(days=length))
    if tense == "past":
        end = d + relativedelta(weekday=_WEEKDAYS[p.weekday2 or 0](-1))
        return _Span(end - timedelta(days=length), end, tensed=True)
    if tense == "future":
        start = d + relativedelta(weekday=_WEEKDAYS[p.weekday or 0](+1))
    else:
        start = week_of(d)[0] + relativedelta(weekday=_WEEKDAYS[p.weekday or 0](+1))
    return _Span(start, start + timedelta(days=length), tensed=True)


def _period(p: Parsed, d: date, tense: str) -> _Span:
    step = {"prev": -1, "this": 0, "next": 1}[p.which]
    part = p.part
    if part == "new":  # "in the new year": next year's start told ahead, this year's told in the past
        step, part = (1 if tense == "future" else 0), "early"
    if p.unit in ("week", "weekend"):
        start, end = week_of(d + relativedelta(weeks=step))
    elif p.unit == "month":
        start, end = month_span(d.year, d.month)
        start, end = start + relativedelta(months=step), end + relativedelta(months=step, day=31)
    else:
        start, end = date(d.year + step, 1, 1), date(d.year + step, 12, 31)
    label = p.unit + " "
    if p.unit == "weekend":
        start = end - timedelta(days=1)
        if p.which == "this":
            mode = {"to_anchor": "past", "from_anchor": "future", "after_anchor": "future"}.get(part, tense)
            if mode == "past" and start > d:
                start, end = start - timedelta(days=7), end - timedelta(days=7)
            if mode != "present":
                start, end = cut_at(start, end, d, mode)
            return _Span(start, end, label, tensed=part == "tense")
        return _Span(start, end, label)
    if part in ("early", "late", "mid", "first_days", "last_days"):
        start, end = part_of(start, end, p.unit, part)
        if p.which == "this" and p.unit == "week" and tense == "past" and start > d:  # "midweek", told on a Monday
            start, end = start - timedelta(days=7), end - timedelta(days=7)
    elif part == "to_anchor":
        end = d
    elif part == "from_anchor":
        start = d
    elif part == "after_anchor":  # "later this month": after the day of writing (told in the past: from it on)
        start = d if tense == "past" else min(d + timedelta(days=1), end)
    elif part == "tense":
        start, end = cut_at(start, end, d, tense)
    return _Span(start, end, label, tensed=part == "tense")


def _instance(p: Parsed, year: int) -> tuple[date, date]:
    """The month or season p names, in the given year (a winter runs on into the next)."""
    first = date(year, p.month or 1, 1)
    return first, first + relativedelta(months=max(p.count, 1), days=-1)


def _month(p: Parsed, d: date, tense: str) -> _Span:
    """A month or season with no year: the instance the modifier or the tense picks."""
    spans = [_instance(p, y) for y in range(d.year - 2, d.year + 3)]
    if p.modifier == "last":
        start, end = max(s for s in spans if s[1] < d)
    elif p.modifier == "next":
        start, end = min(s for s in spans if s[0] > d)
    else:
        tense = {"this past": "past", "this coming": "future"}.get(p.modifier, tense)
        if tense == "past":
            start, end = max(s for s in spans if s[0] <= d)
        elif tense == "future":
            start, end = min(s for s in spans if s[1] >= d)
        else:
            start, end = _instance(p, d.year)
    start, end = part_of(start, end, p.form, p.qualifier)
    tensed = p.modifier in ("", "this", "this past", "this coming")
    if tensed:
        start, end = cut_at(start, end, d, tense)
    return _Span(start, end, "" if p.qualifier else f"{p.form} ", tensed=p.modifier in ("", "this"))


def _turn(year: int) -> tuple[date, date]:
    """The turn of the year that begins the given year: late December before it to early January ([resolver])."""
    (m1, d1), (m2, d2) = lexicon()["resolver"]["turn_of_year"]
    return date(year - 1, m1, d1), date(year, m2, d2)


def _instances(spans: list[tuple[date, date]], d: date, tense: str, current: tuple[date, date]) -> tuple[date, date]:
    """Of a recurring period's instances: the latest begun by d (past), the first not over (future), else current."""
    if tense == "past":
        return max(s for s in spans if s[0] <= d)
    if tense == "future":
        return min(s for s in spans if s[1] >= d)
    return current


def _year_part(p: Parsed, d: date, tense: str) -> _Span:
    """'in the first quarter' (by tense), 'in the second half of next year' (the year named from the anchor's)."""
    if p.year_step is not None:
        year = d.year + p.year_step
        return _Span(*part_of(date(year, 1, 1), date(year, 12, 31), "year", p.qualifier))
    spans = [part_of(date(y, 1, 1), date(y, 12, 31), "year", p.qualifier) for y in range(d.year - 1, d.year + 2)]
    return _Span(*_instances(spans, d, tense, spans[1]), tensed=True)


def _day_in_year(p: Parsed, d: date, tense: str) -> _Span | None:
    month, day = p.month or 1, p.day or 1
    options = [c for y in range(d.year - 8, d.year + 9) if (c := valid_day(y, month, day))]
    first = nearest(options, d, tense, valid_day(d.year, month, day))
    if first is None:
        return None
    label = ""
    ahead = nearest(options, d, "future", None)
    if tense == "past" and not p.holiday and ahead is not None \
            and 0 < (ahead - d).days <= lexicon()["resolver"]["past_day_ahead"]:
        # "has issued a Navtex for drills on 1 and 2 September", written 28 August: a day a year back would carry
        # its year, so a day just ahead told in the past tense is that day ahead
        first, label = ahead, "just ahead (a day a year back would carry its year): "
    if p.whole_week:  # "the week of June 10"
        return _Span(*week_of(first), "week ", tensed=True)
    return _Span(first, range_end(first, p.day2, p.month2), label, tensed=True)


def _ordinal(p: Parsed, d: date, tense: str) -> _Span | None:
    day = p.day or 1
    if p.modifier:  # "on the 28th of last month": that day of the month named from the anchor's
        month = d + relativedelta(months={"last": -1, "this": 0, "next": 1}[p.modifier], day=1)
        found = valid_day(month.year, month.month, day)
        return _Span(found, range_end(found, p.day2, None)) if found else None
    months = [d + relativedelta(months=k, day=1) for k in range(-12, 13)]
    options = [c for m in months if (c := valid_day(m.year, m.month, day))]
    found = nearest(options, d, tense, valid_day(d.year, d.month, day))
    # "from the 5th to the 7th": to the last day, in the next month when it comes first
    return _Span(found, range_end(found, p.day2, None), tensed=True) if found else None


def _hours(start: date, end: date, n: int) -> _Span:
    """An interval moved by n hours: whole days, and one more day where the hours may cross midnight; fewer
    than 24 hours stay on the day (copy that crosses midnight says "the next day" or "overnight")."""
    if abs(n) < 24:
        return _Span(start, end)
    days, rest = divmod(abs(n), 24)
    sign = 1 if n >= 0 else -1
    lo, hi = (days, days + (1 if rest else 0)) if sign > 0 else (-days - (1 if rest else 0), -days)
    return _Span(start + timedelta(days=lo), end + timedelta(days=hi))


def _ago(p: Parsed, d: date, tense: str) -> _Span:
    n = p.count
    if p.modifier in ("this week", "this month"):  # "two years ago this month": that month, years back
        back = d - {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
                    "year": relativedelta(years=n), "hour": relativedelta(days=0)}[p.unit]
        if p.modifier == "this week":
            return _Span(*week_of(back), "week ")
        return _Span(*month_span(back.year, back.month), "month ")
    if p.modifier:  # "a week ago today" / "two weeks ago Friday": that day, whole weeks back
        base = d - timedelta(days=1) if p.modifier == "yesterday" else d
        if p.weekday is not None:
            base = d + relativedelta(weekday=_WEEKDAYS[p.weekday](-1))
        step = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
                "year": relativedelta(years=n), "hour": relativedelta(days=0)}[p.unit]
        return _Span(base - step, base - step)
    if p.unit == "hour":
        return _hours(d, d, -n)
    if p.unit == "day":
        return _Span(d - timedelta(days=n), d - timedelta(days=n))
    if p.unit == "week" and n == 1:  # "a week ago": the day seven days back, as "a week ago today" (session 20)
        return _Span(d - timedelta(weeks=1), d - timedelta(weeks=1))
    if p.unit == "week":
        return _Span(*week_of(d - timedelta(weeks=n)), "week ")
    if p.unit == "weekend":  # "the weekend before last": the weekend of the week n back
        sunday = week_of(d - timedelta(weeks=n))[1]
        return _Span(sunday - timedelta(days=1), sunday, "weekend ")
    if p.unit == "month":
        back = d - relativedelta(months=n)
        return _Span(*month_span(back.year, back.month), "month ")
    return _Span(date(d.year - n, 1, 1), date(d.year - n, 12, 31), "year ")


def _ahead(p: Parsed, d: date) -> _Span:
    """'two weeks from now', 'in three days' time': as "N ago" looks back (a day, or the whole week, month or year
    reached); 'a week from today' / 'a week from Friday' is that day."""
    n = p.count
    base = d + timedelta(days=1) if p.modifier == "tomorrow" else d
    if p.weekday is not None:
        base = d + relativedelta(weekday=_WEEKDAYS[p.weekday](+1))
    if p.unit == "hour":
        return _hours(base, base, n)
    step = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
            "year": relativedelta(years=n)}[p.unit]
    day = base + step
    if p.unit == "day" or p.modifier not in ("", "now"):
        return _Span(day, day)
    if p.unit == "week":
        return _Span(*week_of(day), "week ")
    if p.unit == "month":
        return _Span(*month_span(day.year, day.month), "month ")
    return _Span(date(day.year, 1, 1), date(day.year, 12, 31), "year ")


def _offsets(lo: int, hi: int) -> str:
    def one(n: int) -> str:
        if n == 0:
            return "the anchor day"
        return f"{abs(n)} day{'s' if abs(n) != 1 else ''} {'before' if n < 0 else 'after'}"
    return f"{one(lo)} to {one(hi)}"


DEADLINE_LEADS = ("by", "until", "till")
DEADLINE_FORMS = ("weekday", "day_word", "date", "ordinal", "month", "season", "period", "weekdays")


def _on_day(p: Parsed, d: date, tense: str) -> _Span | None:
    """A relative or vague phrase resolved against one known day d."""
    span = _on_day_plain(p, d, tense)
    words = p.lead or p.modifier  # "by the end of the month": the period's modifier leads it
    lead = words.split()[0] if words else ""
    if span is not None and tense == "future" and lead in DEADLINE_LEADS and p.form in DEADLINE_FORMS \
            and span.end >= d:  # "will pull back by Saturday": any day from writing up to it
        return _Span(d, span.end, "deadline: any day from the anchor to ", span.tensed)
    return span


def _on_day_plain(p: Parsed, d: date, tense: str) -> _Span | None:
    if p.year_step is not None and p.form in ("month", "date"):  # "in June last year": that year's June
        return _absolute(replace(p, year=d.year + p.year_step, modifier=""))
    if p.form == "weekday":
        return _weekday(p, d, tense)
    if p.form == "day_word":
        lo, hi = p.ahead if tense == "future" and p.ahead else (p.offset, p.offset if p.offset2 is None else p.offset2)
        return _Span(d + timedelta(days=lo), d + timedelta(days=hi), tensed=p.ahead is not None)
    if p.form == "weekdays":
        return _weekdays(p, d, tense)
    if p.form == "period":
        return _period(p, d, tense)
    if p.form in ("month", "season"):
        return _month(p, d, tense)
    if p.form == "date":
        return _day_in_year(p, d, tense)
    if p.form == "ordinal":
        return _ordinal(p, d, tense)
    if p.form == "ago":
        return _ago(p, d, tense)
    if p.form == "ahead":
        return _ahead(p, d)
    if p.form == "turn":
        spans = [_turn(y) for y in range(d.year - 1, d.year + 3)]
        return _Span(*_instances(spans, d, tense, spans[1] if d.month < 7 else spans[2]), tensed=True)
    if p.form == "ypart":
        return _year_part(p, d, tense)
    if p.form == "vague" and p.unit in ("month", "year") and p.count:
        # "over the past four months" written 13 November: from 13 July, calendar months back (session 26)
        back = relativedelta(months=p.count) if p.unit == "month" else relativedelta(years=p.count)
        return _Span(d - back, d, f"vague: {p.count} {p.unit}{'s' if p.count > 1 else ''} before to the anchor day, ")
    if p.form == "vague":
        lo, hi = p.bounds
        return _Span(d + timedelta(days=lo), d + timedelta(days=hi), f"vague: {_offsets(lo, hi)}, ")
    return None


def _absolute(p: Parsed) -> _Span | None:
    """A phrase that names its own year."""
    year = p.year or 1
    if p.form in ("iso", "date"):
        first = valid_day(year, p.month or 0, p.day or 0)
        if first is None:
            return None
        if p.whole_week:
            return _Span(*week_of(first), "week ")
        return _Span(first, range_end(first, p.day2, p.month2))
    if p.form == "month" and p.count > 1:  # "from January to March 2019"
        return _Span(*_instance(p, year), "months ")
    if p.form == "month":
        start, end = part_of(*month_span(year, p.month or 1), "month", p.qualifier)
        return _Span(start, end, "" if p.qualifier else "month ")
    if p.form == "season":
        start, end = _instance(p, year)
        if end.year != year and p.year2 == end.year:  # "the winter of 1939-40"
            return _Span(start, end, "season ")
        if end.year != year:  # "winter 2015" may be Jan-Feb or Dec 2015: the whole year holds either
            return _Span(date(year, 1, 1), date(year, 12, 31), "the year (either winter in it) ")
        return _Span(*part_of(start, end, "season", p.qualifier), "" if p.qualifier else "season ")
    if p.form == "turn":  # "the turn of 2024"
        return _Span(*_turn(year))
    if p.form == "decade":
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(p.qualifier, (0, 9))
        return _Span(date(year + lo, 1, 1), date(year + hi, 12, 31))
    if p.form == "year":
        start, end = date(year, 1, 1), date(p.year2 or year, 12, 31)
        start, end = part_of(start, end, "year", p.qualifier if p.year2 is None else "")
        return _Span(start, end, "year " if p.year2 is None and not p.qualifier else "")
    return None


def _shift(p: Parsed, prev: DateResolution) -> _Span | None:
    """The previous event's interval moved as an anaphoric phrase says."""
    if prev.start is None or prev.end is None:
        return None
    start, end = prev.start, prev.end
    if p.form == "anaphoric_count" and p.unit == "hour":
        return _hours(start, end, p.count)
    if p.form == "anaphoric_weekday":  # "the following Monday": the first Monday after it; "the previous Friday"
        wd = _WEEKDAYS[p.weekday or 0]
        day = end + relativedelta(days=1, weekday=wd(+1)) if p.count > 0 else start + relativedelta(days=-1, weekday=wd(-1))
        return _Span(day, day)
    if p.form == "anaphoric_count":
        step = {"day": relativedelta(days=p.count), "week": relativedelta(weeks=p.count),
                "month": relativedelta(months=p.count), "year": relativedelta(years=p.count)}[p.unit]
        return _Span(start + step, end + step)
    unit, *nums = p.shift.split()
    if unit == "day":
        return _Span(start + timedelta(days=int(nums[0])), end + timedelta(days=int(nums[0])))
    if unit == "week":
        return _Span(*week_of(start + timedelta(weeks=int(nums[0]))), "week ")
    if unit == "month":
        moved = start + relativedelta(months=int(nums[0]))
        return _Span(*month_span(moved.year, moved.month), "month ")
    if unit == "year":
        return _Span(date(start.year + int(nums[0]), 1, 1), date(start.year + int(nums[0]), 12, 31), "year ")
    if unit == "weekend":  # its own week's, the first one starting after it, or the last one ending before it
        n = int(nums[0])
        saturday = week_of(start)[0] + timedelta(days=5)
        if n > 0 and saturday <= start:
            saturday += timedelta(days=7)
        elif n < 0:
            saturday = start + relativedelta(days=-1, weekday=SU(-1)) - timedelta(days=1)
        return _Span(saturday, saturday + timedelta(days=1), "weekend ")
    return _Span(start + timedelta(days=int(nums[0])), end + timedelta(days=int(nums[1])))


def _lead_tense(p: Parsed, tense: str) -> str:
    """'since' looks back whatever the verb ("has been closed since Wednesday"); 'until' with a present
    verb looks ahead ("the road is closed until Sunday")."""
    lead = p.lead.split()[0] if p.lead else ""
    if lead == "since":
        return "past"
    if lead in ("until", "till") and tense == "present":
        return "future"
    return tense


def _until_anchor(prev: DateResolution, anchor: Anchor) -> _Span | None:
    """'and later': some day from the earlier event's first day to the last day the text may be written."""
    if prev.start is None or anchor.end is None or anchor.end < prev.start:
        return None
    return _Span(prev.start, anchor.end, "vague: from the earlier event's first day to the anchor, ")


def _from_phrase(mention: DateMention, p: Parsed, anchor: Anchor) -> DateResolution:
    """An anaphoric phrase counted from the day an earlier sentence named (mention.base, past tense)."""
    assert mention.base is not None
    base = _resolve(mention.base, anchor, "past", None)
    span = _until_anchor(base, anchor) if p.shift == "to_anchor" else _shift(p, base)
    if span is None or base.start is None or base.end is None:
        return DateResolution(phrase=mention.phrase, basis=f"'{mention.phrase}': counts from "
                                                           f"'{mention.base.phrase}', which is undated ({base.basis})")
    return DateResolution(start=span.start, end=span.end, phrase=mention.phrase, relative_to=base.relative_to,
                          basis=f"'{mention.phrase}', counted from '{mention.base.phrase}', the day an earlier "
                                f"sentence named with no event read ({_show(_Span(base.start, base.end))}: "
                                f"{base.basis}) -> {_show(span)}")


def _within(mention: DateMention, anchor: Anchor, tense: str) -> DateResolution:
    """'next week, on 30 and 31 May': the day's reading that lies inside the coarser period set before it."""
    assert mention.base is not None
    outer = _resolve(mention.base, anchor, tense, None)
    plain = replace(mention, base=None)
    if outer.start is None or outer.end is None:
        return _resolve(plain, anchor, tense, None)
    for t in (tense, "past", "future", "present"):
        got = _resolve(plain, anchor, t, None)
        if got.start is not None and got.end is not None and outer.start <= got.start and got.end <= outer.end:
            return got.model_copy(update={"basis": f"{got.basis} (within '{mention.base.phrase}' before it: "
                                                   f"{outer.start} .. {outer.end})"})
    return _resolve(plain, anchor, tense, None)


def _in_named_year(mention: DateMention, p: Parsed, anchor: Anchor, tense: str) -> DateResolution:
    """'Last year, ... in February': a month or day with no year in the one year its sentence names (mention.base)."""
    assert mention.base is not None
    year = _resolve(mention.base, anchor, "past", None)
    if year.start is None or year.end is None or (year.start.month, year.start.day, year.end.month, year.end.day) \
            != (1, 1, 12, 31) or year.start.year != year.end.year:
        return _resolve(replace(mention, base=None), anchor, tense, None)
    span = _absolute(replace(p, year=year.start.year))
    if span is None:
        return DateResolution(phrase=mention.phrase, basis=f"'{mention.phrase}': no such day in {year.start.year}")
    return DateResolution(start=span.start, end=span.end, phrase=mention.phrase, relative_to=year.relative_to,
                          basis=f"'{mention.phrase}', in the year its sentence names ('{mention.base.phrase}': "
                                f"{year.start.year}) -> {_show(span)}")


def _relational(mention: DateMention, p: Parsed, anchor: Anchor, tense: str,
                previous: tuple[str, DateResolution] | None = None) -> DateResolution:
    """'a day after <clause>': the other clause's date moved by the count (back for the clause's own event)."""
    phrase, quoted = mention.phrase, f"'{mention.phrase}'"
    if mention.base is None and mention.from_anchor and p.unit in ("day", "hour", "") and anchor.start is not None \
            and anchor.end is not None:  # "a week after" of the present is loose ("one week after the clash"): no day
        return _from_anchor(mention, p, anchor)
    if mention.base is None and mention.from_previous and previous is not None and previous[1].start is not None \
            and previous[1].start == previous[1].end and p.unit in ("day", "week", "hour", ""):
        return _from_previous(mention, p, previous)
    if mention.base is None:
        return DateResolution(phrase=phrase, basis=f"{quoted}: counts between two events of its sentence, "
                                                   "and the other one has no date phrase")
    got = _resolve(mention.base, anchor, tense, None)
    if got.start is None or got.end is None:
        return DateResolution(phrase=phrase, basis=f"{quoted}: counts from '{mention.base.phrase}', which is "
                                                   f"undated ({got.basis})")
    if not p.unit:  # "hours after <clause>" read alone is the anaphoric phrase: the other clause's own day
        p = replace(p, unit="hour", count=0)
    n = -p.count if mention.back else p.count
    if p.unit == "hour":
        span = _hours(got.start, got.end, n)
    else:
        step = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
                "year": relativedelta(years=n)}[p.unit]
        span = _Span(got.start + step, got.end + step)
    role = "the event it names" if mention.back else "the event it follows"
    return DateResolution(start=span.start, end=span.end, phrase=phrase, relative_to=got.relative_to,
                          basis=f"{quoted}, {role}, counted from '{mention.base.phrase}' "
                                f"({_show(_Span(got.start, got.end))}: {got.basis}) -> {_show(span)}")


def _from_previous(mention: DateMention, p: Parsed, previous: tuple[str, DateResolution]) -> DateResolution:
    """'The vote came five days after X vetoed ...': the clause's event counted from the event told before (the vote)."""
    day = previous[1].start
    assert day is not None
    n = -p.count if mention.back else p.count
    span = _hours(day, day, n) if p.unit == "hour" or not p.unit else _Span(
        day + (timedelta(weeks=n) if p.unit == "week" else timedelta(days=n)),
        day + (timedelta(weeks=n) if p.unit == "week" else timedelta(days=n)))
    role = "the event it names" if mention.back else "the event it follows"
    return DateResolution(start=span.start, end=span.end, phrase=mention.phrase, relative_to=f"event:{previous[0]}",
                          basis=f"'{mention.phrase}', {role}, counted from the event told before it, which the other "
                                f"clause names (event {previous[0]}, {fmt(day)}) -> {_show(span)}")


def _from_anchor(mention: DateMention, p: Parsed, anchor: Anchor) -> DateResolution:
    """'Eight days after <clause>, investigators are still ...': the clause's event counted back from the anchor."""
    assert anchor.start is not None and anchor.end is not None
    n = -p.count if mention.back else p.count
    if p.unit == "hour" or not p.unit:
        first, last = _hours(anchor.start, anchor.start, n), _hours(anchor.end, anchor.end, n)
    else:
        first = _Span(anchor.start + timedelta(days=n), anchor.start + timedelta(days=n))
        last = _Span(anchor.end + timedelta(days=n), anchor.end + timedelta(days=n))
    span = _Span(first.start, last.end)
    return DateResolution(start=span.start, end=span.end, phrase=mention.phrase, relative_to=anchor.source or "as_of",
                          basis=f"'{mention.phrase}', the event it names, counted back from the day of writing (the "
                                f"other clause speaks of the present), {_written(anchor)} -> {_show(span)}")


def _show(span: _Span, anchor_day: date | None = None) -> str:
    if span.start == span.end:
        same = " (same day)" if span.start == anchor_day else ""
        return f"{span.label}{fmt(span.start)}{same}"
    if span.label in ("month ", "year ") or (span.end - span.start).days > 62:  # weekdays help days, not months
        return f"{span.label}{span.start.isoformat()} .. {span.end.isoformat()}"
    return f"{span.label}{fmt(span.start)} .. {fmt(span.end)}"


def _written(anchor: Anchor) -> str:
    verb = "published" if anchor.source == "published" else "written"
    if anchor.precision == "day" and anchor.start is not None:
        return f"{verb} {fmt(anchor.start)}"
    return f"{verb} in {anchor.raw} ({anchor.precision} only, any day {anchor.start} .. {anchor.end})"


def _notes(p: Parsed, span: _Span) -> str:
    """What the basis should add: a lead that bounds a period, a weekday the date contradicts."""
    note = ""
    first_word = p.lead.split()[0] if p.lead else ""
    if first_word in ("since", "from") and not (p.form == "month" and p.count > 1):  # not "from January to March"
        note += " (marks when something began)"
    if first_word in ("until", "till", "by"):
        note += " (marks a deadline or an end)"
    if p.weekday is not None and p.form == "date" and span.start.weekday() != p.weekday:
        note += f", but {span.start.isoformat()} is not a {lexicon()['weekdays']['names'][p.weekday]}"
    return note


def _latest_reading(p: Parsed, first_day: date, last_day: date, last: _Span, tense: str) -> str:
    """Which anchor days give the reading of the span's last day ("... if written on or after ...")."""
    lo, hi = first_day, last_day  # the rules are monotone in the anchor day: bisect for where it starts
    while lo < hi:
        mid = lo + (hi - lo) // 2
        got = _on_day(p, mid, tense)
        if got is not None and (got.start, got.end) == (last.start, last.end):
            hi = mid
        else:
            lo = mid + timedelta(days=1)
    return f" ({_show(last)} if written on or after {lo.isoformat()})"


# Forms with at most two readings over a month- or year-only anchor ("March 5": this year's or last
# year's). News style gives a year only when it is not the current one, so the reading for the anchor's
# last possible day is taken and the other named in the basis.
TWO_READINGS = ("date", "ordinal")


def _likelier(p: Parsed, anchor: Anchor, first: _Span, last: _Span, tense: str) -> tuple[_Span, str]:
    """The reading for the anchor's last possible day, with a basis naming the other reading."""
    assert anchor.start is not None and anchor.end is not None
    tail = _latest_reading(p, anchor.start, anchor.end, last, tense)
    cut = tail.rsplit(" ", 1)[-1].rstrip(")")
    shown = (f"{_show(last)} (a date without a year is the current one in news style; "
             f"{_show(first)} if written before {cut})")
    return last, shown


# Resolutions that depend only on the phrase, its kind, the anchor and the tense (no earlier event, no
# other phrase): the same phrase recurs within an excerpt and across excerpts of one day. The models are
# frozen, so events may share one.
_RESOLVED: dict[tuple[str, str, Anchor, str], DateResolution] = {}
RESOLVED_MAX = 20_000


def resolve(mention: DateMention, anchor: Anchor, tense: str,
            previous: tuple[str, DateResolution] | None = None) -> DateResolution:
    """Resolve one mention against an anchor, a tense (past|present|future), and the previous dated event."""
    phrase = mention.phrase
    tense = tense if tense in ("present", "future") else "past"
    key = None
    parsed = parse_phrase(phrase, mention.kind == "relational")  # parsed once here, not again in _resolve
    if mention.base is None and mention.kind not in ("relational", "anaphoric") and (
            parsed is None or (parsed.kind != "anaphoric" and not (parsed.past_shift and tense == "past"))):
        key = (phrase, mention.kind, anchor, tense)
        got = _RESOLVED.get(key)
        if got is not None:
            return got
    try:
        got = _resolve(mention, anchor, tense, previous, parsed)
    except ValidationError:
        raise  # an end before a start is a bug in these rules, never hidden as "outside the calendar"
    except (ValueError, OverflowError) as exc:  # a day outside the calendar (year 1 minus a week)
        got = DateResolution(phrase=phrase, basis=f"'{phrase}': outside the calendar ({exc})")
    if key is not None:
        if len(_RESOLVED) >= RESOLVED_MAX:
            _RESOLVED.clear()
        _RESOLVED[key] = got
    return got


def _resolve(mention: DateMention, anchor: Anchor, tense: str,
             previous: tuple[str, DateResolution] | None, parsed: Parsed | None | bool = False) -> DateResolution:
    phrase = mention.phrase
    quoted = f"'{phrase}'"
    p = parse_phrase(phrase, mention.kind == "relational") if parsed is False else parsed
    if p is None:
        return DateResolution(phrase=phrase, basis=f"{quoted}: not a date phrase this resolver knows")
    if p.kind in ("absolute", "modifier"):
        span = _absolute(p)
        if span is None:
            return DateResolution(phrase=phrase, basis=f"{quoted}: no such day in the calendar")
        why = _KIND_NOTES.get(mention.kind, "")
        return DateResolution(start=span.start, end=span.end, phrase=phrase, relative_to="absolute",
                              basis=f"{quoted}{why}{_notes(p, span)}, absolute -> {_show(span)}")
    if mention.kind == "relational":
        return _relational(mention, p, anchor, tense, previous)
    if p.kind == "anaphoric" and mention.base is not None:
        return _from_phrase(mention, p, anchor)
    outer = parse_phrase(mention.base.phrase) if mention.base is not None else None
    if outer is not None and p.form in ("month", "date") and p.year_step is None and outer.form in ("year", "period") \
            and outer.unit in ("", "year"):
        return _in_named_year(mention, p, anchor, tense)
    if outer is not None and p.kind == "relative" and p.form in ("date", "weekday", "weekdays", "ordinal"):
        return _within(mention, anchor, tense)
    if p.form == "vague" and p.past_shift and tense == "past":
        # "Within hours, the rebels had retaken the town": counted from the event before, not the anchor
        if previous is None or previous[1].start is None:
            return DateResolution(phrase=phrase, basis=f"{quoted}: told of the past, relative to an earlier event, "
                                                       "but none is dated before it")
        p = replace(p, shift=p.past_shift)
    if p.kind == "anaphoric" or p.shift:
        if previous is None:
            return DateResolution(phrase=phrase, basis=f"{quoted}: relative to an earlier event, but none is dated before it")
        event_id, prev = previous
        span = _until_anchor(prev, anchor) if p.shift == "to_anchor" else _shift(p, prev)
        if span is None:
            return DateResolution(phrase=phrase, basis=f"{quoted}: relative to event {event_id}, which is undated")
        return DateResolution(start=span.start, end=span.end, phrase=phrase, relative_to=f"event:{event_id}",
                              basis=f"{quoted}, relative to event {event_id} ({_show(_Span(prev.start, prev.end))})"
                                    f" -> {_show(span)}")
    if anchor.start is None or anchor.end is None:
        return DateResolution(phrase=phrase, basis=f"{quoted}: {NO_ANCHOR}")
    tense = _lead_tense(p, tense)
    first, last = _on_day(p, anchor.start, tense), _on_day(p, anchor.end, tense)
    if first is None or last is None:
        return DateResolution(phrase=phrase, basis=f"{quoted}: no such day near the anchor")
    span = _Span(min(first.start, last.start), max(first.end, last.end),
                 last.label if (first.start, first.end) == (last.start, last.end) else first.label, first.tensed)
    tensed = f", {tense} tense" if span.tensed else ""
    shown = _show(span, anchor.start if anchor.precision == "day" else None)
    if (first.start, first.end) != (last.start, last.end) and p.form in TWO_READINGS:
        span, shown = _likelier(p, anchor, first, last, tense)
    elif (first.start, first.end) != (last.start, last.end):
        shown = f"any of {shown}{_latest_reading(p, anchor.start, anchor.end, last, tense)}"
    return DateResolution(start=span.start, end=span.end, phrase=phrase, relative_to=anchor.source or "as_of",
                          basis=f"{quoted}{_KIND_NOTES.get(mention.kind, '')}{tensed}{_notes(p, first)}, "
                                f"{_written(anchor)} -> {shown}")
