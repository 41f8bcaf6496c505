"""The date grammar: timeline/data/dates.toml compiled into one regex, and a match read into a Parsed form."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline.firstchars import guard
from timeline.lexicon import spaced_alt

DATA_FILE = Path(__file__).parent / "data" / "dates.toml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists of timeline/data/dates.toml."""
    with DATA_FILE.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Parsed:
    """What a date phrase says, independent of any anchor: its form and the numbers in it."""

    form: str  # iso (also a numeric date) | date (also a holiday on a fixed day) | month | season | year | decade | weekday | weekdays | day_word | ago | ahead | period | turn | ypart |
    #            ordinal | anaphoric | anaphoric_count | anaphoric_weekday | relational | vague
    kind: str  # absolute | relative | anaphoric | vague | modifier | relational ("a day after <clause>")
    lead: str = ""  # the word(s) before the date proper ("on", "late on", "in early", "since")
    year: int | None = None
    year2: int | None = None  # last year of a year range ("1950-53")
    month: int | None = None
    day: int | None = None
    day2: int | None = None  # last day of a day range ("Sept. 3-5", "on May 11 and 13")
    month2: int | None = None  # month of the last day when the range names it ("from 30 January to 2 February")
    weekday: int | None = None  # 0 = Monday
    whole_week: bool = False  # "the week of June 10": the Monday-Sunday week holding the day
    year_step: int | None = None  # "in June last year": the year before the anchor's (-1), this (0), next (1)
    holiday: bool = False  # a holiday named as a day ("on Christmas Day"), not a day number
    weekday2: int | None = None  # last weekday of a span of weekdays ("from Monday to Wednesday")
    week: str = ""  # prev | this | next: the week a weekday is in ("Thursday last week")
    modifier: str = ""  # last | next | this ... for weekdays and months
    which: str = ""  # prev | this | next for periods
    part: str = ""  # all | to_anchor | from_anchor | after_anchor | tense | early | late for periods
    unit: str = ""  # day | week | weekend | month | year
    qualifier: str = ""  # early | mid | late | first_half | second_half (part of a month or year)
    count: int = 0  # for "two days later", "three weeks ago"; months in a season
    offset: int = 0  # day words: days from the anchor
    offset2: int | None = None  # day words spanning two days ("overnight"): the last day's offset
    ahead: tuple[int, int] | None = None  # day words: first and last offset in future tense, when they differ
    shift: str = ""  # anaphoric: "day -1", "week 1", "span 0 1"
    bounds: tuple[int, int] = (0, 0)  # vague: first and last day offset from the anchor
    past_shift: str = ""  # vague: told of the past, an anaphoric shift from the previous event ("within hours")


def _alt(words: list[str], tails: dict[str, str] | None = None) -> str:
    """A regex for exactly these literal words as a prefix tree; spaces match any whitespace."""
    # A tree lets the engine branch once per character instead of trying ~400 phrases in turn (most
    # of the finder's speed). Longer words win; tails adds a regex after a word (a negative lookahead).
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {(tails or {}).get(word, ""): {}}

    def emit(node: dict[str, dict]) -> str:
        options = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                   for ch, child in sorted(node.items()) if ch]
        if "" in node:
            options.append(next(iter(node[""])))  # the word may end here: tried last, so longer wins
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return emit(root)


def expand(template: str) -> list[str]:
    """The literal phrases of a data template: "(a|b)" is a or b, "[a|b]" is a, b or nothing."""
    phrases = [""]
    for group, optional, literal in re.findall(r"\(([^)]*)\)|\[([^\]]*)\]|([^(\[]+)", template):
        if group:
            choices = group.split("|")
        elif optional:
            choices = optional.split("|") + [""]
        else:
            choices = [literal]
        phrases = [p + c for p in phrases for c in choices]
    return sorted({" ".join(p.split()) for p in phrases if p.strip()})


@lru_cache(maxsize=8)
def phrase_table(section: str) -> dict[str, dict[str, Any]]:
    """Every literal phrase of a data section ([[day_words]], [[anaphoric]], [[vague]]) -> its entry."""
    return {phrase: entry for entry in lexicon()[section] for t in entry["phrases"] for phrase in expand(t)}


def _phrases(section: str) -> str:
    """A data section as one case-insensitive prefix tree, with each entry's not_followed_by."""
    table = phrase_table(section)
    tails = {p: rf"(?!\s+{e['not_followed_by']})" for p, e in table.items() if "not_followed_by" in e}
    return "(?i:" + _alt(list(table), tails) + ")"


def _leads(words: list[str]) -> str:
    """Lead words each followed by their separator ("in " but "mid-"), case-insensitive."""
    return "(?i:" + _alt([w if w.endswith("-") else w + " " for w in words]) + ")"


def _grammar() -> dict[str, str]:
    """Each form of date phrase as a regex with named groups (form name -> pattern)."""
    lex = lexicon()
    wd_names = lex["weekdays"]["names"]
    wd_abbr = [a for group in lex["weekdays"]["abbreviations"] for a in group]
    months = lex["months"]["names"]
    mon_abbr = [a for group in lex["months"]["abbreviations"] for a in group]
    leads = lex["leads"]
    nums = _alt(list(lex["numbers"]["words"]))
    wdn = f"(?:{_alt(wd_names)})"
    wda = f"(?:{_alt(wd_names + wd_abbr)})"
    mon = f"(?:{_alt(months + mon_abbr)})"
    monfull = f"(?:{_alt(months)})"
    plain_months = f"(?:{_alt([n for n in months if n not in lex['months']['ambiguous']])})"
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9:]|[.,][0-9])"
    joiners = _alt(leads["span_joiners"])
    follow = _alt(leads["span_followers"])
    # a span's second day with nothing after it to say it is a day: punctuation or a word that may follow a date
    free = rf"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?i:{follow})\b)"
    year = r"(?:1[0-9][0-9][0-9]|20[0-9][0-9])(?![0-9])"
    dash = r"\s*[-–]\s*"
    join = rf"(?:{dash}|/(?=[0-9])|\s+(?i:{joiners})\s+)"  # "on 5/6 March": the night of the 5th to the 6th
    lday = _leads(leads["day"])
    ldate = _leads(leads["day"] + leads["date"])
    lmon = _leads(leads["month"])
    lyear = _leads(leads["year"])
    lseason = _leads(lex["seasons"]["leads"])
    seasons = _alt(list(lex["seasons"]["names"]))
    dets = "|".join(f"(?<=\\b{re.escape(d)} )" if d[0].isalpha() else f"(?<={re.escape(d)} )"
                    for d in leads["determiners"])
    parts = _alt(lex["weekdays"]["day_parts"])
    units = _alt(lex["periods"]["units"])
    mods = _alt(list(lex["periods"]["modifiers"]))
    wmods = _alt(list(lex["periods"]["weekend_modifiers"]))
    cunit = r"(?i:hours?|days?|weeks?|fortnights?|months?|years?|decades?)"
    punct = r"\s*(?:[,.;:!?)]|$)"  # only punctuation (or the end) may follow
    # a year named relative to the anchor after a month or a day ("in June last year", "on 5 March next year")
    # ... and spun copy's words for them ("In October final yr": dates.toml [periods.modifiers] read as a whole period)
    ywords = _alt(sorted(_year_step_words()))
    yunits = _alt(["year"] + [k for k, v in lex["periods"].get("unit_forms", {}).items() if v == "year"])
    yword = rf"(?:,?\s+(?i:of\s+)?(?P<{{}}_yw>(?i:{ywords}))\s+(?i:{yunits})(?![\w'’]))"
    the_leads = _leads(["in", "over", "during", "within", "for", "at", "around", "by", "since", "until", "from"])
    return {
        # numeric dates: dotted ones are day first ("04.07.2019"); slashed ones only where one number tells
        # the order ("7/14/2019", "14/6/2019"), never a guess between US and day-first order
        "numeric": rf"(?P<nu_lead>{lday})?(?<![0-9./])(?P<nu_a>[0-9]{{1,2}})(?P<nu_sep>[./])(?P<nu_b>[0-9]{{1,2}})"
                   rf"(?P=nu_sep)(?P<nu_y>(?:19|20)[0-9][0-9])(?![0-9]|[./][0-9])",
        # session 28: a day and a month in figures with no year after a day's lead ("at 05h30 on 22/9", "since 19/3",
        # "on 9/22"): only where one number tells the order, never "24/7" (round the clock) nor a bare pair ("a 15/2 vote")
        "numdm": rf"(?P<nd_lead>{lday})(?<![0-9./])(?!24/7(?![0-9]))(?P<nd_a>[0-9]{{1,2}})/(?P<nd_b>[0-9]{{1,2}})"
                 r"(?![0-9/]|[.:,][0-9])",
        # year first with slashes or dots (East Asian style: "2022/02/24", "2022.02.24")
        "ymd": rf"(?P<ymd_lead>{lday})?(?<![0-9./])(?P<ymd_y>(?:19|20)[0-9][0-9])(?P<ymd_sep>[./])(?P<ymd_m>[0-9]{{1,2}})"
               rf"(?P=ymd_sep)(?P<ymd_d>[0-9]{{1,2}})(?![0-9]|[./][0-9])",
        "iso": rf"(?P<iso_lead>{lday})?(?<![0-9-])(?P<iso_y>[0-9]{{4}})-(?P<iso_m>[0-9][0-9])-(?P<iso_d>[0-9][0-9])(?![0-9-])",
        "mdy": rf"(?P<mdy_lead>{ldate})?(?:(?P<mdy_wd>{wda}),?\s+)?(?P<mdy_m>{mon})\s+(?P<mdy_d>{day})"
               rf"(?:{join}(?:(?P<mdy_m2>{mon})\s+(?P<mdy_e2>{day})|(?P<mdy_d2>{day})(?=,?\s+{year}|{dash}|{free})))?"
               rf"(?:,?\s+(?P<mdy_y>{year})|{yword.format('mdy')})?",
        "dmy": rf"(?P<dmy_lead>{ldate})?(?:(?P<dmy_wd>{wda}),?\s+)?(?:the\s+)?(?P<dmy_d>{day})"
               rf"(?:\s+(?:of\s+)?(?P<dmy_m1>{mon})(?={join}(?:the\s+)?{day}\s+(?:of\s+)?{mon}))?"
               rf"(?:{join}(?:the\s+)?(?P<dmy_d2>{day}))?\s+(?:of\s+)?(?P<dmy_m>{mon})(?:,?\s+(?P<dmy_y>{year})|{yword.format('dmy')})?",
        "my": rf"(?P<my_lead>{lmon})?(?P<my_m>{mon})\s+(?P<my_y>{year})",
        "decade": rf"(?P<dec_lead>{lyear})?(?i:the\s+)(?P<dec_q>(?i:early|mid-|late)\s*)?(?P<dec_y>1[0-9][0-9]0|20[0-9]0)s",
        # session 27: a split year ("the 2016/17 season", "in 2008/09": a season or a fiscal year across two years)
        "yrange": rf"(?P<yr_lead>{lyear})?(?P<yr_y>{year})(?:{dash}|(?P<yr_split>/)(?=(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9/])))"
                  rf"(?P<yr_y2>{year}|[0-9][0-9](?![0-9]))",
        "yspan": rf"(?i:from|between|in)\s+(?P<ys_y>{year})\s+(?i:to|and|until|through)\s+(?P<ys_y2>{year})",
        "yl": rf"(?P<yl_lead>{lyear})(?P<yl_y>{year})",
        "ym": rf"(?:{dets})(?P<ym_y>{year})(?=[ \t-]+[A-Za-z])",
        # "on the 27th"; "on the 10th of this month", "on the 28th of last month"
        "ordinal": rf"(?P<or_lead>(?i:{_alt(leads['ordinal'])}))\s+the\s+(?P<or_d>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))"
                   r"(?:\s+(?i:to|and|until|through|till)\s+the\s+(?P<or_d2>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)))?"  # "from the 5th to the 7th"
                   r"(?:\s+(?i:of)\s+(?:(?P<or_mo>(?i:this|last|next))|(?i:the))\s+(?i:month)\b"
                   # session 21: any word a span's second day may be followed by ("ditched on the 13th while ...")
                   rf"|(?=\s*(?:[,.;:!?)]|$)|\s+(?i:{follow})\b))",
        "ago": rf"(?P<ago_n>(?i:{nums})|[0-9]{{1,3}})\s+(?P<ago_u>{cunit})\s+(?i:ago|in\s+the\s+past(?![ \t]*[\w(]))"
               rf"(?:\s+(?P<ago_wd>(?i:today|yesterday|this\s+week|this\s+month)|{wdn}))?",
        "blast": r"(?i:the\s+)?(?P<bl_u>(?i:weekend|week|month|year))\s+(?i:before\s+last)(?!\w)",
        # "midweek", "by mid-week": Tuesday .. Thursday of the anchor's week
        "midweek": r"(?P<mw_lead>(?i:in|by|until|since|from)\s+)?(?i:mid-?week)(?![\w-])",
        "acount": rf"(?P<ac_n>(?i:{nums})|[0-9]{{1,3}})\s+(?P<ac_u>{cunit})\s+(?P<ac_dir>(?i:earlier|later|afterwards|afterward"
                  rf"|after(?:\s+that(?={punct}))?|before(?:\s+that(?={punct}))?|on(?={punct})))",
        # "hours after the summit ended": a relational phrase, read as the other clause's own day (news copy says
        # "hours after" of the same day; "the next day" where midnight fell between)
        "hrel": r"(?P<hr_q>(?i:(?:only|just|a\s+few|several|some|mere)\s+))?(?P<hr_u>(?i:hours|minutes|moments))\s+"
                r"(?P<hr_dir>(?i:after|before))(?=[ \t]+[A-Za-z])",
        "hence_from": rf"(?P<hf_n>(?i:{nums})|[0-9]{{1,3}})\s+(?P<hf_u>{cunit})\s+(?i:from)\s+"
                      rf"(?P<hf_from>(?i:now|today|tomorrow)|{wdn})",
        "hence_in": rf"(?i:in)\s+(?P<hi_n>(?i:{nums})|[0-9]{{1,3}})\s+(?P<hi_u>{cunit})(?P<hi_t>['’]s?\s+(?i:time))?"
                    r"(?!\s+(?i:of|ago|later|earlier|after|before|afterwards|from|on|running|in|straight)\b)",
        # British "a week on Monday", "a week tomorrow", "Tuesday week": a week after that day
        "weekon": rf"(?i:a\s+week\s+)(?:(?i:on\s+)?(?P<wo_wd>{wdn})|(?P<wo_dw>(?i:tomorrow|today)))"
                  rf"|(?P<wo_wd2>{wdn})\s+(?i:week)(?={punct})",
        "anwd": rf"(?i:the\s+)(?P<aw_dir>(?i:following|previous|preceding|subsequent))\s+(?P<aw_wd>{wdn})"
                rf"(?:\s+(?i:{parts}))?",
        # "overnight into Tuesday": the night from Monday to Tuesday
        "onight": rf"(?i:overnight\s+(?:into|to)\s+)(?P<on_wd>{wdn})",
        "day_word": rf"(?P<dw_lead>{lday})?(?P<dw>{_phrases('day_words')})",
        # "the day after the attack", "on the eve of the summit", "on the day of the vote": relational, counted from
        # the clause that follows (never "the night of May 3-4", a date of its own)
        "threl": rf"(?i:(?:on\s+)?the\s+)(?:(?P<tr_u>(?i:day|night|morning|evening|week))\s+(?P<tr_dir>(?i:after|before))"
                 rf"|(?P<tr_of>(?i:eve|day))\s+(?i:of)(?![ \t]+(?:{mon}|{wdn}|[0-9]|(?i:the\s+week)\b)))(?=[ \t]+[A-Za-z])"
                 r"(?![ \t]+(?i:that|this)\b(?![ \t]+[A-Za-z]))"  # "the day after that," counts from the event before
                 # session 28: nor "told a rally the day before that the federation ...": "that" opens what was said
                 rf"(?![ \t]+that[ \t]+(?:(?:{_alt(leads['that_subjects'])})\b|(?!{wdn}|{mon})[A-Z]))",
        "anaphoric": rf"(?P<an>{_phrases('anaphoric')})",
        "vague": rf"(?P<va>{_phrases('vague')})",
        # One form for three phrases that open "<lead> the" (one branch tried per word, not three):
        # "over the last two weeks", "in the past three days": a stretch counted back from the anchor (vague);
        # "at the turn of the year" / "the turn of 2024": the last days of December and the first of January;
        # "in the first quarter", "in the second half of next year": a part of a year named from the anchor's (a half
        # only with its year: "the second half" of a match is no date)
        "the": rf"(?P<th_lead>{the_leads})?(?i:the)\s+(?:"
               rf"(?i:last|past)\s+(?P<pn_n>(?i:{nums})|[0-9]{{1,3}})\s+(?P<pn_u>{cunit})"
               r"(?!\s+(?i:of|ago|later|earlier|before|after)\b)"
               rf"|(?i:turn\s+of\s+)(?:(?i:the\s+year)|(?P<tu_y>{year}))(?![\w'’])"
               r"|(?P<yp_q>(?i:first|second|third|fourth|final|last))\s+(?:(?P<yp_u>(?i:quarter|half))\s+(?i:of)\s+"
               r"(?P<yp_w>(?i:the|this|last|next))\s+(?i:year)(?![\w'’])|(?i:quarter)(?!\s+(?i:of)\b|[\w'’-])))",
        "period": rf"(?P<pe_mod>(?i:{mods}))\s+(?P<pe_u>(?i:{units}))(?!\s+of\b)",
        "wperiod": rf"(?P<pw_mod>(?i:{wmods}))\s+(?i:weekend)",
        "weekdays": rf"(?P<ws_lead>{lday})?(?:(?P<ws_mod>(?i:last|next))\s+)?(?P<ws_a>{wdn})(?:\s+(?i:{parts}))?(?:\s+(?i:{joiners})\s+|\s*[-–]\s*)(?P<ws_b>{wdn})"
                    rf"(?:\s+(?i:of\s+)?(?P<ws_wk>(?i:last|next|this))\s+(?i:week)\b)?",
        "weekday": rf"(?P<wd_lead>{lday})?(?:(?P<wd_mod>(?i:this past|this coming|last|next|this))\s+)?"
                   rf"(?P<wd>{wdn})(?:\s+(?i:{parts}))?(?:\s+(?i:of\s+)?(?P<wd_wk>(?i:last|next|this))\s+(?i:week)\b"
                   rf"|\s+(?P<wd_post>(?i:last|next))(?={punct}))?",
        "holiday": rf"(?P<ho_lead>{lday})?(?P<ho>{_alt(list(lex['holidays']))})(?:,?\s+(?P<ho_y>{year}))?",
        # a month between a determiner and a noun ("an April phone call", "the June summit"): the noun's month; not
        # the ambiguous names ("the May government")
        "nmonth": rf"(?:{dets})(?P<nm_m>{plain_months})(?=[ \t]+(?!(?:and|or|to|in|at|on|of|for|with|when|as|after|before|by|"
                  r"from|that|which|who|was|were|is|are|has|had|have|will|would)\b)[a-z][a-z-]{2,}\b)",
        # a span of months ("from January to March", "between May and July 2019")
        "mspan": rf"(?P<ms_lead>(?i:from|between))\s+(?P<ms_a>{monfull})\s+(?i:to|and|through|until|till)\s+"
                 rf"(?P<ms_b>{monfull})(?:,?\s+(?P<ms_y>{year}))?",
        "month": rf"(?P<mo_lead>{lmon})(?:(?P<mo_mod>(?i:last|next|this))\s+)?(?P<mo_m>{monfull}){yword.format('mo')}?",
        "season": rf"(?P<se_lead>{lseason})?(?P<se>{seasons})(?:\s+(?:of\s+)?(?P<se_y>{year})(?:[-–/](?P<se_y2>[0-9][0-9]"
                  rf"(?![0-9])|{year}))?|(?!\s+of\b))",
    }


def pattern_text(guarded: bool = True) -> str:
    """The source of pattern(); unguarded, without the lookahead of first characters (for tests)."""
    return rf"{lead_text(guarded)}(?:{_body()})(?![\w]|-[A-Za-z])"


@lru_cache(maxsize=1)
def _body() -> str:
    """The forms of _grammar() as named groups in order (built once: pattern_text and lead_text each read it)."""
    return "|".join(f"(?P<f_{name}>{rx})" for name, rx in _grammar().items())


@lru_cache(maxsize=2)
def lead_text(guarded: bool = True) -> str:
    """What pattern() asserts before its forms: no word or hyphen before, and (guarded) the first characters."""
    # Remembered: pattern() and datefind._starts() each ask for it, and the guard parses the whole grammar (a second
    # parse was ~15% of the first excerpt's one-time work in each process; session 17).
    # The first characters any form can start with, as a lookahead: most words fail it at once instead
    # of in each of the forms (the same matches, twice as fast: timeline/firstchars.py).
    first = (guard(_body()) or "") if guarded else ""
    return rf"(?<![\w-]){first}"


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    """The one compiled regex for every date form, tried leftmost-first in the order of _grammar()."""
    return re.compile(pattern_text())


@lru_cache(maxsize=1)
def core_pattern() -> re.Pattern[str]:
    """A cheap pre-filter: the words one of which every date phrase holds (a digit, a name, [finder].cores)."""
    lex = lexicon()
    names = lex["weekdays"]["names"] + lex["months"]["names"]
    names += [a.rstrip(".") for group in lex["months"]["abbreviations"] for a in group]
    cores = [w for c in lex["finder"]["cores"] for w in (c, c.capitalize(), c.upper())]  # faster than (?i)
    return re.compile(rf"[0-9]+|\b(?:{_alt(names + cores)})\b")


@lru_cache(maxsize=1)
def trap_pattern() -> re.Pattern[str]:
    """Phrases that hold date words but are never dates (dates inside them are dropped)."""
    body = r"(?:" + "|".join(lexicon()["traps"]["patterns"]) + r")(?!\w)"
    # The lookahead of first characters after the boundary: most positions fail it at once (the same matches; 40%
    # faster, and a body's windows hardly ever hold a trap: tests/timeline/test_speed_session11.py).
    return re.compile(r"(?<!\w)" + (guard(body) or "") + body)


def fold(text: str) -> str:
    """Lower case one character for one, as the case-blind regex matched it: "İn" -> "in", not "i̇n"."""
    # The case-blind regex also takes the dotless "ı" for "i", which casefold() keeps as it is.
    return "".join(c.casefold()[:1] for c in text).replace("ı", "i")


def _index(name: str, names: list[str], abbreviations: list[list[str]]) -> int:
    """1-based position of a name or abbreviation in a list of names."""
    for i, full in enumerate(names):
        if name == full or name in abbreviations[i] or name.rstrip(".") in [a.rstrip(".") for a in abbreviations[i]]:
            return i + 1
    raise ValueError(name)


def _month(name: str) -> int:
    lex = lexicon()["months"]
    return _index(name, lex["names"], lex["abbreviations"])


def _weekday(name: str) -> int:
    lex = lexicon()["weekdays"]
    return _index(name, lex["names"], lex["abbreviations"]) - 1


def _day(text: str) -> int:
    return int(re.match(r"[0-9]+", text).group())  # type: ignore[union-attr]


def _count(text: str) -> int:
    words = lexicon()["numbers"]["words"]
    return int(text) if text.isdigit() else int(words[fold(text)])


def _unit(word: str, n: int) -> tuple[str, int]:
    """A counted unit and its count: a fortnight is two weeks, a decade ten years."""
    unit = fold(word).rstrip("s")
    return {"fortnight": ("week", 2 * n), "decade": ("year", 10 * n)}.get(unit, (unit, n))


def _year2(first: int, second: str) -> int:
    """The last year of a range: '53' after 1950 is 1953."""
    if len(second) == 2:
        return first // 100 * 100 + int(second)
    return int(second)


def _clean(lead: str | None) -> str:
    return fold(" ".join(lead.split())) if lead else ""


def _qualifier(lead: str) -> str:
    """The part of a month or year the lead words name ("in early", "mid-", "at the end of")."""
    for q, words in (("first_half", ("first half of",)), ("second_half", ("second half of",)),
                     ("first_quarter", ("first quarter of",)), ("second_quarter", ("second quarter of",)),
                     ("third_quarter", ("third quarter of",)), ("fourth_quarter", ("fourth quarter of",)),
                     ("first_week", ("first week of",)), ("second_week", ("second week of",)),
                     ("third_week", ("third week of",)), ("fourth_week", ("fourth week of",)),
                     ("last_week", ("last week of", "final week of")),
                     ("first_days", ("first days of",)), ("last_days", ("last days of", "final days of")),
                     ("early", ("early", "start of", "beginning of")),
                     ("mid", ("mid-", "middle of")),
                     ("late", ("late", "end of", "end-"))):
        if any(re.search(rf"(?:^|\s){re.escape(w)}", lead) for w in words):
            return q
    return ""


RELATION_NEXT_RE = re.compile(r"[ \t]+[A-Za-z]")  # "two days after the vote", not "two days after."
IN_THE_RE = re.compile(r"\b(?:in|during|throughout)\s+the\s+$")


def _is_modifier(m: re.Match[str], start: int) -> bool:
    """A year range that qualifies a noun after a determiner ("the 1950-53 war"), but not one saying
    when the event happened ("fought Russia in the 1853-56 war": the event's own years)."""
    if IN_THE_RE.search(m.string, max(0, start - 16), start) or not m.string[start : start + 1].isdigit():
        return False  # (session 27) a lead of its own ("said that in 1993-94 some 500,000 fled"): the act's years
    after = m.string[m.end() : m.end() + 3]
    # a whole word (session 27: "in Vienna in 1962-63" ends in "a ", yet holds no determiner "a")
    return _determiner_before().search(m.string, max(0, start - 9), start) is not None \
        and bool(re.match(r"[ \t-]+[A-Za-z]", after))


@lru_cache(maxsize=1)
def _determiner_before() -> re.Pattern[str]:
    """A determiner as a whole word (or a possessive "'s") and one space, at the end."""
    dets = lexicon()["leads"]["determiners"]
    words = spaced_alt(d for d in dets if d[0].isalpha())
    marks = spaced_alt(d for d in dets if not d[0].isalpha())
    return re.compile(rf"(?:(?<![\w'’-])(?:{words})|{marks}) $")


@lru_cache(maxsize=1)
def _described_before() -> re.Pattern[str]:
    """The words after which a year says what someone or something is (dates.toml [years_of] before), at the end."""
    return re.compile(rf"(?<![\w.-])(?i:{spaced_alt(lexicon()['years_of']['before'])})\s+$")


def _describes(m: re.Match[str], at: int) -> bool:
    """A year or a range of years that says what someone or something is, not when the clause's act happened (session
    27): a year of birth or a cohort ("reservists born in 1975-1979", "the class of 1962"), or a life or a term in
    brackets alone after a name ("Levon Ter-Petrosyan (1991-98)")."""
    text = m.string
    if _described_before().search(text, max(0, at - 24), at):
        return True
    return text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")" and m.start() == at


CLOCK_SPAN_RE = re.compile(r"[ \t]*(?:to|until|till|and|[-–])[ \t]*([0-9]{4})(?![0-9])")


def _not_a_year(m: re.Match[str], year: int, ranged: bool = False) -> bool:
    """A bare four-digit number outside the year range or counting something ("some 2000 troops");
    a range of years ("the 1853-56 war") may reach further back ([numbers].range_year_min)."""
    nums = lexicon()["numbers"]
    lo, hi = nums["year_range"]
    lo = nums.get("range_year_min", lo) if ranged else lo
    after = re.match(r"[ \t]+([A-Za-z]+)", m.string[m.end() : m.end() + 30])
    if not lo <= year <= hi or (after is not None and (after.group(1).lower() in nums["count_nouns"]
                                                       or after.group(1) in nums["time_words"])):
        return True
    # "a curfew from 1900 to 0600": a span to an earlier four-figure number is one of clock times (session 26)
    clock = CLOCK_SPAN_RE.match(m.string, m.end())
    return clock is not None and int(clock.group(1)) < year


NOT_NAMES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "on", "in", "by", "since",
                       "until", "till", "from", "of", "after", "before", "last", "next", "early", "late", "as", "and",
                       "but", "then", "through", "during", "for", "between", "around", "about"})


def _after_a_name(m: re.Match[str], at: int, month: str) -> bool:
    """True when an ambiguous month ("May 4") follows a capitalised word: a name ("Unaizah May 4"), not a date."""
    if month not in lexicon()["months"]["ambiguous"]:
        return False
    name = re.search(r"([A-Z][a-z]+)[ \t]+$", m.string[max(0, at - 30) : at])
    # "The March 2 attack", "After March 3": a capitalised determiner or preposition opening a sentence is no name
    return name is not None and name.group(1).lower() not in NOT_NAMES


@lru_cache(maxsize=1)
def _year_step_words() -> dict[str, int]:
    """Words that name a year from the anchor's after a month or day: 'last' / 'this' / 'next', and the one-word
    modifiers of a whole period in dates.toml (spun "final", "ultimate", "subsequent", "previous")."""
    steps = {"prev": -1, "this": 0, "next": 1}
    words = {"last": -1, "this": 0, "next": 1}
    for word, (which, part) in lexicon()["periods"]["modifiers"].items():
        if " " not in word and part == "all" and which in steps:
            words.setdefault(word, steps[which])
    return words


def _year_step(word: str | None) -> int | None:
    """'last' / 'this' / 'next' year (or a spun word for one) as a step from the anchor's year."""
    return _year_step_words()[fold(word)] if word else None


def _numeric(g: _Groups) -> Parsed | None:
    """A numeric date: dotted day first; slashed in the order its numbers allow, None when both could be a month."""
    a, b = int(g["nu_a"]), int(g["nu_b"])
    if g["nu_sep"] == "/" and a <= 12 and b <= 12 and a != b:  # 7/4/2019: July 4 (US) or 7 April: no guess
        return None
    day, month = (b, a) if g["nu_sep"] == "/" and a <= 12 and b > 12 else (a, b)
    if not 1 <= month <= 12:
        return None
    return Parsed("iso", "absolute", _clean(g["nu_lead"]), year=int(g["nu_y"]), month=month, day=day)


def _day_month(g: _Groups) -> Parsed | None:
    """A day and a month in figures with no year ("on 22/9", "on 9/22"): read as "22 September" is, None when both
    numbers could be a month."""
    a, b = int(g["nd_a"]), int(g["nd_b"])
    if a <= 12 and b <= 12:
        return None
    day, month = (a, b) if a > 12 else (b, a)
    if not (1 <= month <= 12 and day <= 31):
        return None
    return Parsed("date", "relative", _clean(g["nd_lead"]), month=month, day=day)


# "in two weeks" is a time ahead only where the sentence speaks of the future before it, and not after a first,
# a superlative or a tally ("the first visit in five years", "the largest drills in two decades", "the third
# attack in two weeks"): there it is a stretch of time looking back.
AHEAD_RE = re.compile(r"\b(?:will|would|shall|due|expected|expires?|set to|is to|are to|scheduled|plans? to)\b|['’]ll\b")
LOOKING_BACK_RE = re.compile(r"\b(?:first|time|times|only|since|record|most|least|best|worst|[a-z]+est|second|third|"
                             r"fourth|fifth|[0-9]+(?:st|nd|rd|th)?|again)\b[^.;]*$")


def _hence(m: re.Match[str], g: _Groups) -> Parsed | None:
    """'two weeks from now', 'a week from Friday', 'in three days' time', 'will reopen in two weeks'."""
    if g["f_hence_from"]:
        unit, n = _unit(g["hf_u"], _count(g["hf_n"]))
        word = fold(g["hf_from"])
        wd = _weekday(g["hf_from"]) if word not in ("now", "today", "tomorrow") else None
        return Parsed("ahead", "relative", unit=unit, count=n, modifier=word, weekday=wd)
    unit, n = _unit(g["hi_u"], _count(g["hi_n"]))
    if not g["hi_t"] and m.string != m.group():  # found in text (parse_phrase reads a phrase already found)
        before = m.string[max(0, m.start() - 80) : m.start()]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
        if not AHEAD_RE.search(before) or LOOKING_BACK_RE.search(before):
            return None
    return Parsed("ahead", "relative", unit=unit, count=n)


class _Groups:
    """A match's named groups read one at a time, as m.groupdict() gives them (None for one not in the match or the grammar)."""

    # Why: interpret asks a few of the grammar's ~150 groups; building the dict of all of them was half its cost.
    __slots__ = ("_m",)

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, name: str) -> Any:
        return self._m.group(name)

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self._m.group(name)
        except IndexError:  # no such group in the grammar: what groupdict().get says
            return default


def interpret(m: re.Match[str]) -> Parsed | None:
    """The Parsed form of one match of pattern(); None for a match the lexicon's stricter rules reject."""
    g = _Groups(m)
    lex = lexicon()
    if g["f_holiday"]:
        month, day = lex["holidays"][" ".join(g["ho"].split())]
        y = g["ho_y"]
        return Parsed("date", "absolute" if y else "relative", _clean(g["ho_lead"]), year=int(y) if y else None,
                      month=month, day=day, holiday=True)
    if g["f_numeric"]:
        return _numeric(g)
    if g["f_numdm"]:
        return _day_month(g)
    if g["f_ymd"]:
        month = int(g["ymd_m"])
        return Parsed("iso", "absolute", _clean(g["ymd_lead"]), year=int(g["ymd_y"]), month=month,
                      day=int(g["ymd_d"])) if 1 <= month <= 12 else None
    if g["f_hence_from"] or g["f_hence_in"]:
        return _hence(m, g)
    if g["f_threl"]:
        if g["tr_of"]:  # "the eve of" is the day before; "the day of" the same day
            return Parsed("relational", "relational", unit="day", count=-1 if fold(g["tr_of"]) == "eve" else 0)
        unit = "week" if fold(g["tr_u"]) == "week" else "day"
        return Parsed("relational", "relational", unit=unit, count=-1 if fold(g["tr_dir"]) == "before" else 1)
    if g["f_hrel"]:
        return Parsed("relational", "relational", unit="hour", count=0)
    if g["f_onight"]:
        last = _weekday(g["on_wd"])
        return Parsed("weekdays", "relative", weekday=(last - 1) % 7, weekday2=last)
    if g["f_weekon"]:  # "a week on Monday": counted on from the next such day, as "a week from Monday" is
        word = g["wo_wd"] or g["wo_wd2"]
        day_word = fold(g["wo_dw"] or "")
        return Parsed("ahead", "relative", unit="week", count=1, modifier=fold(word) if word else day_word,
                      weekday=_weekday(word) if word else None)
    if g["f_the"] and g["pn_n"]:
        unit, n = _unit(g["pn_u"], _count(g["pn_n"]))
        days = {"hour": -(-n // 24), "day": n, "week": 7 * n, "month": 31 * n, "year": 365 * n}.get(unit, 3650 * n)
        if unit in ("month", "year"):  # calendar months and years back from the anchor, counted by dates.py (s26)
            return Parsed("vague", "vague", bounds=(-days, 0), unit=unit, count=n)
        return Parsed("vague", "vague", bounds=(-days, 0))
    if g["f_the"] and not g["yp_q"]:
        y = g["tu_y"]
        return Parsed("turn", "absolute" if y else "relative", _clean(g["th_lead"]), year=int(y) if y else None)
    if g["f_the"]:
        q = fold(g["yp_q"]).replace("final", "fourth").replace("last", "fourth")
        half = fold(g["yp_u"] or "") == "half"
        if half and q not in ("first", "second", "fourth"):
            return None
        which = fold(g["yp_w"] or "the")
        qualifier = ("second" if q == "fourth" else q) + "_half" if half else q + "_quarter"
        step = {"last": -1, "this": 0, "next": 1}.get(which)
        return Parsed("ypart", "relative", _clean(g["th_lead"]), qualifier=qualifier, year_step=step)
    if g["f_anwd"]:
        step = -1 if fold(g["aw_dir"]) in ("previous", "preceding") else 1
        return Parsed("anaphoric_weekday", "anaphoric", weekday=_weekday(g["aw_wd"]), count=step)
    if g["f_iso"]:
        return Parsed("iso", "absolute", _clean(g["iso_lead"]), year=int(g["iso_y"]), month=int(g["iso_m"]),
                      day=int(g["iso_d"]))
    for f in ("mdy", "dmy"):
        if g[f"f_{f}"]:
            y = g[f"{f}_y"]
            wd = g[f"{f}_wd"]
            if f == "mdy" and not (g["mdy_lead"] or wd) and _after_a_name(m, m.start("mdy_m"), g["mdy_m"]):
                return None
            # "from 30 January to 2 February" / "from August 28 to September 2": the second month is the last day's
            first, last = (g["dmy_m1"], g["dmy_m"]) if f == "dmy" and g["dmy_m1"] else (g[f"{f}_m"], g.get("mdy_m2"))
            d2 = g[f"{f}_d2"] or g.get("mdy_e2")
            lead = _clean(g[f"{f}_lead"])
            # "born on 7 October 1952": a birthday, no date of the act (session 27)
            kind = ("modifier" if _describes(m, m.start()) else "absolute") if y else "relative"
            return Parsed("date", kind, lead, whole_week=lead.endswith(("week of", "week beginning", "week starting", "week commencing")),
                          year_step=_year_step(g[f"{f}_yw"]),
                          year=int(y) if y else None, month=_month(first), day=_day(g[f"{f}_d"]),
                          day2=_day(d2) if d2 else None, month2=_month(last) if last else None,
                          weekday=_weekday(wd) if wd else None)
    if g["f_my"]:
        lead = _clean(g["my_lead"])
        return Parsed("month", "modifier" if _describes(m, m.start()) else "absolute", lead, year=int(g["my_y"]),
                      month=_month(g["my_m"]),
                      qualifier=_qualifier(lead))
    if g["f_decade"]:
        return Parsed("decade", "modifier" if _describes(m, m.start("f_decade")) else "absolute", _clean(g["dec_lead"]),
                      year=int(g["dec_y"]),
                      qualifier=_qualifier(_clean(g["dec_q"])))
    if g["f_yrange"] or g["f_yspan"]:
        p = "yr" if g["f_yrange"] else "ys"
        y = int(g[f"{p}_y"])
        if _year2(y, g[f"{p}_y2"]) <= y or _not_a_year(m, y, ranged=True):  # "2017-05" is no range of years
            return None
        if g.get("yr_split") and _year2(y, g["yr_y2"]) != y + 1:  # "2008/12" may be a month of 2008: no guess
            return None
        # a split year after "the" names a season or a fiscal year ("champions in the 2016/17 season"), not a war's years
        split_named = bool(g.get("yr_split")) and IN_THE_RE.search(m.string, max(0, m.start() - 16), m.start()) is not None
        kind = "modifier" if _is_modifier(m, m.start()) or split_named or _describes(m, m.start(f"{p}_y")) else "absolute"
        return Parsed("year", kind, _clean(g.get(f"{p}_lead")), year=y, year2=_year2(y, g[f"{p}_y2"]))
    if g["f_yl"]:
        if _not_a_year(m, int(g["yl_y"])):
            return None
        lead = _clean(g["yl_lead"])
        kind = "modifier" if _describes(m, m.start("yl_y")) else "absolute"
        return Parsed("year", kind, lead, year=int(g["yl_y"]), qualifier=_qualifier(lead))
    if g["f_ym"]:
        if _not_a_year(m, int(g["ym_y"])):
            return None
        return Parsed("year", "modifier", year=int(g["ym_y"]))
    if g["f_ordinal"]:
        return Parsed("ordinal", "relative", _clean(g["or_lead"]), day=_day(g["or_d"]), modifier=_clean(g["or_mo"]),
                      day2=_day(g["or_d2"]) if g["or_d2"] else None)
    if g["f_ago"]:
        tail = fold(" ".join((g["ago_wd"] or "").split()))
        # "a week ago today" / "a week ago Friday": a day, counted back in whole weeks; "two years ago this
        # month": that month, so many years back
        wd = _weekday(g["ago_wd"]) if tail and tail not in ("today", "yesterday", "this week", "this month") else None
        unit, n = _unit(g["ago_u"], _count(g["ago_n"]))
        return Parsed("ago", "relative", unit=unit, count=n, modifier=tail, weekday=wd)
    if g["f_midweek"]:
        return Parsed("period", "relative", _clean(g["mw_lead"]), which="this", part="mid", unit="week")
    if g["f_blast"]:  # "the week before last": two weeks back
        return Parsed("ago", "relative", unit=fold(g["bl_u"]), count=2)
    if g["f_acount"]:
        direction = fold(" ".join(g["ac_dir"].split()))
        unit, n = _unit(g["ac_u"], _count(g["ac_n"]) * (-1 if direction.startswith(("earlier", "before")) else 1))
        if direction in ("after", "before") and RELATION_NEXT_RE.match(m.string, m.end()):
            # "a day after the boat collided": counted from the event of the clause that follows
            return Parsed("relational", "relational", unit=unit, count=n)
        return Parsed("anaphoric_count", "anaphoric", unit=unit, count=n)
    if g["f_day_word"]:
        entry = phrase_table("day_words")[_clean(g["dw"])]
        ahead = tuple(entry["future"]) if "future" in entry else None
        return Parsed("day_word", "relative", _clean(g["dw_lead"]), offset=int(entry["offset"]),
                      offset2=entry.get("last"), ahead=ahead)  # type: ignore[arg-type]
    if g["f_anaphoric"]:
        return Parsed("anaphoric", "anaphoric", shift=phrase_table("anaphoric")[_clean(g["an"])]["shift"])
    if g["f_vague"]:
        entry = phrase_table("vague")[_clean(g["va"])]
        lo, hi = entry["bounds"]
        return Parsed("vague", "vague", bounds=(int(lo), int(hi)), past_shift=entry.get("past_shift", ""))
    if g["f_period"] or g["f_wperiod"]:
        mod = _clean(g["pe_mod"] or g["pw_mod"])
        table = lex["periods"]["modifiers"] if g["f_period"] else lex["periods"]["weekend_modifiers"]
        which, part = table[mod]
        unit = fold(g["pe_u"]) if g["f_period"] else "weekend"
        unit = lex["periods"].get("unit_forms", {}).get(unit, unit)  # spun "ultimate yr" = last year
        return Parsed("period", "relative", modifier=mod, which=which, part=part, unit=unit)
    if g["f_weekdays"]:
        week = {"last": "prev", "this": "this", "next": "next"}.get(_clean(g["ws_wk"]), "")
        return Parsed("weekdays", "relative", _clean(g["ws_lead"]), weekday=_weekday(g["ws_a"]),
                      weekday2=_weekday(g["ws_b"]), week=week, modifier=_clean(g["ws_mod"]))
    if g["f_weekday"]:
        week = {"last": "prev", "this": "this", "next": "next"}.get(_clean(g["wd_wk"]), "")
        return Parsed("weekday", "relative", _clean(g["wd_lead"]), weekday=_weekday(g["wd"]),
                      modifier=_clean(g["wd_mod"]) or _clean(g["wd_post"]), week=week)
    if g["f_season"]:
        lead, y = _clean(g["se_lead"]), g["se_y"]
        if not lead and not y:  # "spring" the verb, "fall" the noun: a season only after a lead or before a year
            return None
        first, months = lex["seasons"]["names"][g["se"]]
        # "the winter of 1939-40": the one winter across the two years
        y2 = _year2(int(y), g["se_y2"]) if y and g["se_y2"] else None
        return Parsed("season", "absolute" if y else "relative", lead, year=int(y) if y else None, month=first,
                      year2=y2 if y2 is not None and y is not None and y2 == int(y) + 1 else None,
                      count=months, modifier=lead if lead in ("last", "next", "this", "this past", "this coming") else "",
                      qualifier=_qualifier(lead))
    if g["f_mspan"]:
        first, last = _month(g["ms_a"]), _month(g["ms_b"])
        y = g["ms_y"]
        return Parsed("month", "absolute" if y else "relative", _clean(g["ms_lead"]), month=first,
                      year=int(y) - (1 if last < first else 0) if y else None, count=(last - first) % 12 + 1)
    if g["f_nmonth"]:
        return Parsed("month", "relative", month=_month(g["nm_m"]))
    if g["f_month"]:
        lead = _clean(g["mo_lead"])
        name = g["mo_m"]
        if name in lex["months"]["ambiguous"] and (lead not in lex["leads"]["strict_month"]
                                                   or m.string.startswith(("'s", "’s"), m.end())):
            return None
        mod = _clean(g["mo_mod"]) or (lead if lead in ("last", "next", "this") else "")
        return Parsed("month", "relative", lead, month=_month(name), modifier=mod, qualifier=_qualifier(lead),
                      year_step=_year_step(g["mo_yw"]))
    return None


@lru_cache(maxsize=4096)
def parse_phrase(phrase: str, relational: bool = False) -> Parsed | None:
    """The Parsed form of a whole phrase (as find_dates reports it), or None when it is not one; relational: read as
    the finder read it before the words of its clause ("the day after" <the attack>, not the anaphoric "the day after,")."""
    text = phrase.strip()
    m = None if relational else pattern().fullmatch(text)
    if m is None:  # a relational phrase needs the words of its clause after it ("the eve of" <the summit>)
        m = pattern().match(text + " x")
        m = m if m is not None and m.end() == len(text) else pattern().fullmatch(text)
    if m is not None:
        return interpret(m)
    months = lexicon()["months"]
    if text in months["names"] and text not in months["ambiguous"]:  # a month before a noun ("the June summit")
        return Parsed("month", "relative", month=_month(text))
    bare = re.fullmatch(r"([0-9]{4})(?:\s*[-–]\s*([0-9]{4}|[0-9][0-9]))?", text)  # a modifier year reported alone
    if bare:
        y = int(bare.group(1))
        return Parsed("year", "modifier", year=y, year2=_year2(y, bare.group(2)) if bare.group(2) else None)
    return None
