"""Clauses of a series set off by commas, each with its own subject ("Kazakh forces have retaken the buildings, Russian-led
troops have landed at the airport, and the internet remains cut", "A U-2 was shot down over Cuba, another U-2 strayed over
Chukotka, and ..."): the comma before a middle clause's subject is a clause break, so its act is read on its own."""

from __future__ import annotations

import re
from collections.abc import Callable

# A comma, then a subject (a capitalised word or a determiner, number or "another" before it, at most five words) and a
# finite verb: a perfect, a past passive or a plain past in -ed.
SUBJECT_VERB_RE = re.compile(
    r",\s+(?=(?:(?:another|the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|some|several|many|dozens of|"
    r"hundreds of|thousands of)\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?\s+(?P<verb>(?:(?:have|has|had|was|were)\s+"
    r"(?:\w+ly\s+)?)?[a-z]{3,}(?:ed|en|wn))\b)"
    r"|,\s+(?=(?:another|the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|some|several|many)\s+"
    r"(?:[\w'’.-]+\s+){0,4}?(?P<verb2>(?:(?:have|has|had|was|were)\s+(?:\w+ly\s+)?)?[a-z]{3,}(?:ed|en|wn))\b)")
# The series' closing ", and" after the middle clause (an Oxford comma), within the sentence.
CLOSING_RE = re.compile(r",\s+and\s")
WORD_RE = re.compile(r"[\w'’-]+")


def comma_clause_cuts(text: str, start: int, end: int, breaks: list[int],
                      has_verb: Callable[[list[str]], bool], reporting: Callable[[str], bool]) -> list[int]:
    """Offsets of the commas that open a middle clause with a subject of its own in a series "A, B, and C"."""
    if text.count(",", start, end) < 2:
        return []
    cuts = []
    for m in SUBJECT_VERB_RE.finditer(text, start, end):
        verb = (m.group("verb") or m.group("verb2") or "").split()[-1]
        if reporting(verb):
            continue  # ", the ministry reported": an attribution, read by frames
        lo = max([start] + [b for b in breaks if b <= m.start()])
        if not has_verb(WORD_RE.findall(text, lo, m.start())):
            continue  # "Russia, China and Iran held drills": a list before the verb, not a clause
        close = CLOSING_RE.search(text, m.end(), end)
        if close is None or "," in text[m.end():close.start()]:
            continue  # only the middle clause of "A, B, and C"
        cuts.append(m.start())
    return cuts
