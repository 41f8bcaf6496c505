"""The date finder: every date phrase at its exact offsets, and nothing from non-date words."""

from __future__ import annotations

import re

import pytest

from timeline.datefind import find_dates
from timeline.dates import Anchor, resolve
from timeline.datewords import expand, lexicon, phrase_table

# Fresh texts in the styles of several outlets and stories; (text, [(phrase, kind), ...] in order).
FOUND = [
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal "
     "on Saturday, Manila said on Sunday, the latest in a series of confrontations in recent months.",
     [("on Saturday", "relative"), ("on Sunday", "relative"), ("in recent months", "vague")]),
    ("UNITED NATIONS (AP) — The Security Council voted Sept. 11 to extend sanctions on Mali, a decision "
     "Russia criticized a day later. The measures were first imposed in 2017.",
     [("Sept. 11", "relative"), ("a day later", "anaphoric"), ("in 2017", "absolute")]),
    ("Ukraine's grain corridor reopened on 27 July 2023. Officials said shipments would resume at the weekend.",
     [("on 27 July 2023", "absolute"), ("at the weekend", "relative")]),
    ("Iran's foreign minister said Tuesday that talks would resume in the coming days. The 2015 accord "
     "collapsed after Washington withdrew in May 2018.",
     [("Tuesday", "relative"), ("in the coming days", "vague"), ("2015", "modifier"), ("in May 2018", "absolute")]),
    ("Venezuelan opposition leaders met late on Friday in Caracas. Two days later, the government called "
     "elections for early next year.",
     [("late on Friday", "relative"), ("Two days later", "anaphoric"), ("early next year", "relative")]),
    ("The prime minister will travel to Brussels next week, Downing Street said on Monday morning, ahead "
     "of a summit on 14-15 December.",
     [("next week", "relative"), ("on Monday morning", "relative"), ("on 14-15 December", "relative")]),
    ("Since 2006 North Korea has conducted six nuclear tests, the most recent on Sept. 3, 2017.",
     [("Since 2006", "absolute"), ("on Sept. 3, 2017", "absolute")]),
    ("Veterans of the 1950-53 Korean War gathered in Seoul.", [("1950-53", "modifier")]),
    ("The ceasefire took effect on the 27th, and fighting resumed the next day.",
     [("on the 27th", "relative"), ("the next day", "anaphoric")]),
    ("In mid-October the navy reported a second intercept; hours later the ministry denied it.",
     [("In mid-October", "relative"), ("hours later", "anaphoric")]),
    ("Filed 2021-03-04. The junta had promised elections by the end of 2022, but soon postponed them.",
     [("2021-03-04", "absolute"), ("by the end of 2022", "absolute"), ("soon", "vague")]),
    ("Earlier this month Ankara said it would decide later this year; last month it said in June.",
     [("Earlier this month", "relative"), ("later this year", "relative"), ("last month", "relative"),
      ("in June", "relative")]),
    ("Kyiv said yesterday that the strike, first reported weeks ago, killed three people the day before.",
     [("yesterday", "relative"), ("weeks ago", "vague"), ("the day before", "anaphoric")]),
    ("The talks, held on Monday, Nov. 6, were the first since the 1990s.",
     [("on Monday, Nov. 6", "relative"), ("since the 1990s", "absolute")]),
    ("Seoul said on Thursday the drills, held this weekend and last weekend, would continue until March.",
     [("on Thursday", "relative"), ("this weekend", "relative"), ("last weekend", "relative"),
      ("until March", "relative")]),
    ("Lawmakers approved the package in late 2016, three years ago, and will revisit it tomorrow night.",
     [("in late 2016", "absolute"), ("three years ago", "relative"), ("tomorrow", "relative")]),
    ("In the last week of June the fleet sailed; the last year of the war began in 1944.",
     [("In the last week of June", "relative"), ("in 1944", "absolute")]),
    ("The envoy arrived on 3 March 2019 and left the same day.",
     [("on 3 March 2019", "absolute"), ("the same day", "anaphoric")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t[:30] for t, _ in FOUND])
def test_finds_phrases_at_exact_offsets(text, expected):
    found = find_dates(text)
    assert [(m.phrase, m.kind) for m in found] == expected
    cursor = 0
    for m in found:
        assert text[m.start : m.end] == m.phrase
        assert m.start == text.index(m.phrase, cursor)  # the first occurrence after the previous one
        cursor = m.end


# Texts with date-like words and no date at all.
TRAPS = [
    "We may see more sanctions. May the talks succeed. Officials may meet again, and May could resign.",
    "The two men met to discuss a 70-year dispute. Much of the three-hour discussion focused on trade.",
    "He was ranked No. 1 in the poll. Protesters staged a march on the capital. The March on Washington.",
    "The Sunday Times reported the leak. Missions to Mars are costly. The Mail on Sunday ran it too.",
    "Prime Minister Theresa May said lawmakers had called on May to quit; support for May's deal fell.",
    "Coast guard personnel inspect the damaged supply boat Unaizah May 4 at a port in Palawan province.",
    "As soon as talks resume, sanctions will ease. USA Today and Russia Today carried the story.",
    "Resolution 2087 was adopted. Some 2000 troops and the UN's 1718 Committee. The Hwasong-15 flew.",
    "Vogue's Sept. issue. Jan Egeland and April Ryan spoke. It marks the 25th anniversary of the pact.",
    "The Good Friday Agreement holds. A 70-year-old man was hurt in 1,000 km of fighting on Route 2015.",
    "Black Friday sales. Mondays are quiet. The Maybe campaign. Decembrists. We recently-built nothing.",
    "The Sept. 11 Memorial. The Independent on Sunday said. The Saturday Evening Post. Tomorrow's World.",
    "Article 5 of the treaty. Resolution 2231. The 38th parallel. On the 80th anniversary. A 155mm shell.",
    "A 24-hour ceasefire, a two-day summit, a 30-day truce, a 10-year plan and a 12-month budget.",
    "Call 1-800-555-1234 at 10:30. Flight MH17. The S-400 and Su-57. Mondays are quiet. Weekends are busy.",
    "The October Revolution and the Arab Spring. Sunday Telegraph sources said the plan might be decades old.",
]


@pytest.mark.parametrize("text", TRAPS, ids=[t[:30] for t in TRAPS])
def test_non_date_words_give_no_date(text):
    assert find_dates(text) == []


def test_year_as_modifier_is_flagged_not_dated():
    text = "US President Donald Trump said in October he would not certify that Tehran was complying with the 2015 deal."
    kinds = [(m.phrase, m.kind) for m in find_dates(text)]
    assert kinds == [("in October", "relative"), ("2015", "modifier")]


def test_may_is_a_month_only_with_a_day_a_year_or_a_strong_lead():
    text = "May 5 was chosen. They may meet in May. Talks began on 1 May and ended in May 2016; May said so."
    assert [m.phrase for m in find_dates(text)] == ["May 5", "in May", "on 1 May", "in May 2016"]
    text = "WASHINGTON May 4 (Reuters) - Officials said May 4 was set; on Monday, May 4 it was."
    assert [m.phrase for m in find_dates(text)] == ["May 4", "May 4", "on Monday, May 4"]


def test_search_window_keeps_offsets_into_the_whole_text():
    text = "On Monday the envoy left. On Tuesday he returned. On Friday he spoke."
    window = find_dates(text, text.index("On Tuesday"), text.index("On Friday"))
    assert [(m.start, m.phrase) for m in window] == [(text.index("On Tuesday"), "On Tuesday")]
    assert find_dates(text, 5, 5) == []
    assert find_dates("", 0, None) == []


@pytest.mark.parametrize("name", lexicon()["weekdays"]["names"])
def test_every_weekday_name(name):
    [m] = find_dates(f"The minister spoke on {name}.")
    assert m.phrase == f"on {name}"
    got = resolve(m, Anchor.from_value("2019-06-13", "as_of"), "past")  # a Thursday
    assert got.start is not None and got.start.strftime("%A") == name


@pytest.mark.parametrize(("index", "name"), list(enumerate(lexicon()["months"]["names"], 1)))
def test_every_month_name_and_abbreviation(index, name):
    spellings = [name] + lexicon()["months"]["abbreviations"][index - 1]
    for spelling in spellings:
        [m] = find_dates(f"The vote was held {spelling} 9, 2011, officials said.")
        got = resolve(m, Anchor.from_value("", None), "past")
        assert (got.start.month, got.start.day, got.start.year) == (index, 9, 2011), spelling
    assert find_dates(f"Elections are due in {name}.")[0].phrase == f"in {name}"


EXAMPLES = {  # one example per data entry, so every word list in dates.toml is exercised
    "day_words": ["the day before yesterday", "the day after tomorrow", "yesterday", "last night", "today",
                  "tonight", "this morning", "tomorrow", "overnight", "yesterday and today", "today and tomorrow",
                  "for a second straight day", "for the third day running", "for a fourth consecutive day",
                  "for the fifth day in a row", "for a sixth straight night", "for the seventh successive day"],
    "anaphoric": ["the day before", "the previous day", "the following morning", "the day after", "that same day",
                  "the following week", "the week before", "moments later", "hours earlier",
                  "just days later", "days before", "weeks later", "several weeks earlier", "months later",
                  "later that week", "the previous month", "the month after", "that month",
                  "the year before", "the following year", "earlier that year", "the week after",
                  "the preceding week", "the month before", "the following month", "the year after",
                  "the previous year", "hours after", "minutes before", "an hour later", "and later", "later,",
                  "that night", "the same week", "the day after that", "the next week", "the next month",
                  "the next year", "that weekend", "the following weekend", "the next weekend",
                  "the preceding weekend"],
    "vague": ["days ago", "several weeks ago", "a few months ago", "in recent days", "over the past few weeks",
              "in recent months", "within the next week", "over the past week", "in the past month",
              "during the last year", "lately", "over the next few days", "in the coming weeks",
              "in the coming months", "very soon", "in the past 24 hours", "over the last 48 hours",
              "within days", "within weeks", "the past week", "the past year", "within hours", "hours ago",
              "in the past 72 hours", "over the past fortnight", "within the next fortnight", "in the days ahead",
              "over the weeks ahead", "in the coming months ahead", "over the next month", "within 24 hours",
              "within forty-eight hours", "within a week", "within two weeks", "within one month",
              "within 30 days", "in latest days", "over current weeks", "in contemporary months", "not too long ago"],
    "traps": ["Sunday Herald", "Mail on Sunday", "Observer on Sunday", "Good Friday", "Black September",
              "Bloody Sunday", "Super Tuesday", "Ash Wednesday", "Holy Week", "Palm Sunday", "Easter Sunday",
              "Maundy Thursday", "Cyber Monday", "Man Friday", "Girl Friday", "USA Today", "Russia Today",
              "China Today", "India Today", "Today programme", "September 11 attacks", "October Revolution",
              "October War", "so soon", "soon after", "Person of the Year", "Man of the Year",
              "Woman of the Year", "Independent on Sunday", "Sept. 11 Memorial", "Tomorrow's World",
              "Saturday Evening Post", "almost overnight", "changed overnight", "not change overnight",
              "come overnight", "overnight success", "ordered to leave within", "out of the country within", "April 6 Youth Movement",
              "14th of March alliance", "Monday Club", "Day of Rage", "every Friday", "on a Sunday", "its final week", "same period last year", "year-on-year",
              # session 26 (kinds26)
              "Wednesday Journal", "Mr. Monday", "Commodore Monday Effiong", "Sunday Adeyemi",
              "6th of October Bridge", "Sunday school", "Saturday Night Massacre"],
}


@pytest.mark.parametrize("section", ["day_words", "anaphoric", "vague"])
def test_every_data_entry_is_found_whole(section):
    table = phrase_table(section)
    for example in EXAMPLES[section]:
        found = find_dates(f"It happened {example}, he said.")
        assert [m.phrase for m in found] == [example], example
    for entry in lexicon()[section]:  # no entry in the data file without an example here
        assert any(table.get(e.lower()) is entry for e in EXAMPLES[section]), entry["phrases"]


def test_templates_expand_to_literal_phrases():
    assert expand("[just|only] (a few|several) days ago") == [
        "a few days ago", "just a few days ago", "just several days ago", "only a few days ago",
        "only several days ago", "several days ago"]
    assert expand("tomorrow") == ["tomorrow"]


@pytest.mark.parametrize(("text", "found"), [
    ("a day before the vote", ["a day before"]),  # relational: counted from the vote's clause, never the previous event
    ("a day before, the envoy left", ["a day before"]),
    ("within days of the vote", []),
    ("the last week of the war", []),
    ("the week after, talks resumed", ["the week after"]),
])
def test_not_followed_by(text, found):
    assert [m.phrase for m in find_dates(text)] == found


def test_every_trap_is_covered_and_blocks_dates():
    for p in lexicon()["traps"]["patterns"]:
        assert any(re.fullmatch(p, e) for e in EXAMPLES["traps"]), p
    for example in EXAMPLES["traps"]:
        assert find_dates(f"He cited the {example} on state television.") == [], example


@pytest.mark.parametrize("modifier", list(lexicon()["periods"]["modifiers"]))
def test_every_period_modifier(modifier):
    for unit in lexicon()["periods"]["units"]:
        phrase = f"{modifier} {unit}"
        [m] = find_dates(f"Officials met {phrase}, a spokesman said.")
        assert m.phrase == phrase
        got = resolve(m, Anchor.from_value("2019-06-13", "as_of"), "past")
        assert got.start is not None and got.start <= got.end, phrase


def test_count_nouns_are_not_years():
    for noun in lexicon()["numbers"]["count_nouns"]:
        assert find_dates(f"They sent the 2000 {noun} in 1990 {noun}.") == [], noun


LEADS = lexicon()["leads"]


@pytest.mark.parametrize("lead", LEADS["day"])
def test_every_day_lead_is_kept_in_the_phrase(lead):
    assert [m.phrase for m in find_dates(f"Talks resumed {lead} Monday, aides said.")] == [f"{lead} Monday"]


@pytest.mark.parametrize("lead", LEADS["month"])
def test_every_month_lead_makes_a_month(lead):
    sep = "" if lead.endswith("-") else " "
    phrase = f"{lead}{sep}October"
    [m] = find_dates(f"The ministry said it would act {phrase}, aides said.")
    assert m.phrase == phrase and m.kind == "relative"
    may = f"{lead}{sep}May"
    expected = [may] if lead in LEADS["strict_month"] else []
    assert [m.phrase for m in find_dates(f"The ministry said it would act {may}, aides said.")] == expected


@pytest.mark.parametrize("lead", LEADS["year"])
def test_every_year_lead_makes_a_year(lead):
    sep = "" if lead.endswith("-") else " "
    [m] = find_dates(f"The ministry said it would act {lead}{sep}2015, aides said.")
    assert m.phrase == f"{lead}{sep}2015" and m.kind == "absolute"


@pytest.mark.parametrize("det", LEADS["determiners"])
def test_every_determiner_makes_a_modifier_year(det):
    text = f"Iran{det} 2015 agreement" if det.startswith(("'", "’")) else f"under {det} 2015 agreement"
    assert [(m.phrase, m.kind) for m in find_dates(text)] == [("2015", "modifier")]


@pytest.mark.parametrize("abbreviations", lexicon()["weekdays"]["abbreviations"])
def test_weekday_abbreviations_only_before_a_date(abbreviations):
    for abbr in abbreviations:
        assert [m.phrase for m in find_dates(f"Filed {abbr}, Nov. 7, 2017 by staff.")] == [f"{abbr}, Nov. 7, 2017"]
        assert find_dates(f"He wrote {abbr} on the board.") == []


@pytest.mark.parametrize("part", lexicon()["weekdays"]["day_parts"])
def test_day_parts_stay_on_the_day(part):
    [m] = find_dates(f"Jets struck on Sunday {part}, officials said.")
    got = resolve(m, Anchor.from_value("2019-06-13", "as_of"), "past")
    assert m.phrase == f"on Sunday {part}" and got.start == got.end and got.start.isoformat() == "2019-06-09"


@pytest.mark.parametrize(("word", "n"), sorted(lexicon()["numbers"]["words"].items()))
def test_number_words_count(word, n):
    [m] = find_dates(f"It sank {word} days ago.")
    got = resolve(m, Anchor.from_value("2019-06-13", "as_of"), "past")
    assert (got.start - got.end).days == 0 and (Anchor.from_value("2019-06-13", None).start - got.start).days == n


@pytest.mark.parametrize("modifier", list(lexicon()["periods"]["weekend_modifiers"]))
def test_weekend_modifiers(modifier):
    [m] = find_dates(f"Troops moved {modifier} weekend.")
    got = resolve(m, Anchor.from_value("2019-06-13", "as_of"), "past")
    assert m.phrase == f"{modifier} weekend" and (got.start.isoformat(), got.end.isoformat()) == ("2019-06-08", "2019-06-09")


@pytest.mark.parametrize(("qualifier", "first", "last"), [("early", 1, 10), ("mid-", 11, 20), ("late", 21, 30)])
def test_qualifiers_take_a_third(qualifier, first, last):
    sep = "" if qualifier.endswith("-") else " "
    [m] = find_dates(f"Exercises were held in {qualifier}{sep}June 2018.")
    got = resolve(m, Anchor.from_value("", None), "past")
    assert (got.start.day, got.end.day, got.start.month) == (first, last, 6)


@pytest.mark.parametrize("lead", lexicon()["seasons"]["leads"])
def test_every_season_lead_makes_a_season(lead):
    sep = "" if lead.endswith("-") else " "
    for season in lexicon()["seasons"]["names"]:
        phrase = f"{lead}{sep}{season}"
        assert [m.phrase for m in find_dates(f"Troops withdrew {phrase}, officials said.")] == [phrase]


def test_datelines_are_marked():
    text = ("MOSCOW/LONDON, June 23 (Reuters) - On Wednesday a ship fired shots.\n\n"
            "BEIJING, March 24 (Xinhua) -- A spokesperson said Sunday.\n"
            "UNITED NATIONS, Sept. 4, 2017 (AP) — The council met. Talks, June 23, ended.")
    assert [(m.phrase, m.kind) for m in find_dates(text)] == [
        ("June 23", "dateline"), ("On Wednesday", "relative"), ("March 24", "dateline"), ("Sunday", "relative"),
        ("Sept. 4, 2017", "dateline"), ("June 23", "relative")]
    m = find_dates(text)[0]
    got = resolve(m, Anchor.from_value("2021-06-23", "published"), "past")
    assert got.start.isoformat() == "2021-06-23" and "a dateline" in got.basis
    got = resolve(find_dates(text)[4], Anchor.from_value("", None), "past")
    assert got.start.isoformat() == "2017-09-04" and got.relative_to == "absolute"
