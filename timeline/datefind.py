"""Find date phrases in text (never from non-date words such as the verb 'may')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from timeline.dates import DateMention
from timeline.datewords import core_pattern, interpret, lead_text, lexicon, pattern, trap_pattern


def windows(text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """Disjoint stretches of text[begin:stop] around the core words every date phrase holds."""
    for start, end, _ in _windows(text, begin, stop):
        yield start, end


def _windows(text: str, begin: int, stop: int) -> Iterator[tuple[int, int, int]]:
    """windows(), each with the end of the last core word in it."""
    # Trying every alternative of the grammar at every word costs ~5 us a word; running it only near a
    # digit, a name or a core word (data/dates.toml [finder]) finds the same matches ~3-4x faster
    # (tests/timeline/test_dates_property.py checks the two agree).
    margins = lexicon()["finder"]
    current: list[int] | None = None
    for c in core_pattern().finditer(text, begin, stop):
        start, end = max(begin, c.start() - margins["before"]), min(stop, c.end() + margins["after"])
        if current is not None and start <= current[1]:
            current[1], current[2] = max(current[1], end), c.end()
            continue
        if current is not None:
            yield current[0], current[1], current[2]
        current = [start, end, c.end()]
    if current is not None:
        yield current[0], current[1], current[2]


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    """The positions where the grammar may start a match: its leading lookbehind and lookahead of first characters."""
    return re.compile(lead_text())


def _grammar_matches(text: str, ws: int, we: int, last: int) -> Iterator[re.Match[str]]:
    """pattern().finditer(text, ws, we), trying starts only before `last`, the end of the window's last core word."""
    # Every date phrase holds a core word, so no match starts at or after the last one's end: the grammar was tried at
    # each word of the window's tail (a third of find_dates' time) for nothing. The starts tried are those where the
    # grammar's own leading assertions hold, in order, each after the last match: finditer's matches (session 15).
    grammar = pattern()
    pos = ws
    for c in _starts().finditer(text, ws, last):
        at = c.start()
        if at < pos:
            continue
        m = grammar.match(text, at, we)
        if m is not None:
            yield m
            pos = m.end()


def _dateline(text: str, at: int, end: int) -> bool:
    """True when a place in capitals and a comma lead this date's line, or a capitalised place or nothing and the agency follows."""
    # "KYIV, Ukraine, March 3"; "Tehran, Dec 5, IRNA --", "Sept 14 (Reuters) -", "Riyadh, Shawwal 12, 1445, April 21,
    # 2024, SPA --" (a date of another calendar may come first)
    line = text[text.rfind("\n", 0, at) + 1 : at]
    d = lexicon()["datelines"]
    if re.fullmatch(rf"[ \t]*(?:{d['place']})(?:,[ \t]*{d['named']})?[,.][ \t]*", line):  # "MOSCOW. July 4 (Interfax)"
        return True
    # "Riyadh, Shawwal 12, 1445, April 21, 2024, SPA --": a date of another calendar may come first
    if not re.fullmatch(rf"[ \t]*(?:{d['named']}(?:,[ \t]*{d['named']})?,[ \t]*(?:{d['other_calendar']},[ \t]*)?)?", line):
        return False
    return re.match(d["agency_tail"], text[end : end + 60]) is not None


# How far before and after a window a trap phrase may start or end: an order may name its people at length before
# its term ("ordered all Soviet military advisers and technicians out of the country within a week", session 26).
TRAP_REACH = 100


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], offsets into text, in order."""
    # One compiled regex (timeline/datewords.py, from data/dates.toml), run near core words; a match inside
    # a trap phrase ("Sunday Times", "as soon as") or failing the stricter rule for "May"/"March" is
    # dropped. kind: absolute | relative | anaphoric | vague | modifier | dateline, where modifier marks a
    # year that qualifies a noun ("the 2015 deal") and dateline a wire dateline ("MOSCOW, June 23
    # (Reuters) -"): dates, but not the date of the sentence's event.
    if not isinstance(text, str) or not text:
        return []
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    found: list[DateMention] = []
    for ws, we, last in _windows(text, begin, stop):
        traps: list[tuple[int, int]] | None = None  # most windows hold no date: traps only when one does
        for m in _grammar_matches(text, ws, we, last):
            if traps is None:
                traps = [(t.start(), t.end())
                         for t in trap_pattern().finditer(text, max(0, ws - TRAP_REACH), min(len(text), we + TRAP_REACH))]
            if any(s < m.end() and m.start() < e for s, e in traps):
                continue
            parsed = interpret(m)
            if parsed is not None:
                kind = "dateline" if parsed.form == "date" and _dateline(text, m.start(), m.end()) else parsed.kind
                found.append(DateMention(m.start(), m.end(), m.group(), kind))
    return found


# The longest quoted words read as a date phrase alone ('would sail "on Monday"', 'informed it "this afternoon"').
ONLY_DATE_MAX = 40


def only_date(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is one date phrase whole (a short quote that says only when: not masked as speech)."""
    if end - start > ONLY_DATE_MAX or end <= start:
        return False
    found = find_dates(text, start, end)
    return len(found) == 1 and (found[0].start, found[0].end) == (start, end) \
        and found[0].kind not in ("modifier", "dateline")


def date_at(text: str, at: int, end: int | None = None) -> DateMention | None:
    """The mention of find_dates(text, at, end) that starts at `at`, if one does; read from the first window only."""
    # A clause's leading day ("On Monday, ...") is asked for at every clause start: the whole clause's dates cost
    # ~4x more, and only a match at `at` counts. find_dates' matches run from the left and never overlap, so one at
    # `at` is the first window's first match, and that window starts at `at` (the same answer: test_speed_session14.py).
    if not isinstance(text, str) or not text:
        return None
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(at, stop))
    if begin != at:
        return None
    first = next(windows(text, begin, stop), None)
    if first is None or first[0] != at:
        return None
    ws, we = first
    m = pattern().match(text, ws, we)
    if m is None:
        return None
    traps = trap_pattern().finditer(text, max(0, ws - TRAP_REACH), min(len(text), we + TRAP_REACH))
    if any(t.start() < m.end() and m.start() < t.end() for t in traps):
        return None
    parsed = interpret(m)
    if parsed is None:
        return None
    kind = "dateline" if parsed.form == "date" and _dateline(text, m.start(), m.end()) else parsed.kind
    return DateMention(m.start(), m.end(), m.group(), kind)
