"""A weekday a plan's words govern closely is the plan's day: read as the nearer of its past and future (session 20).

"called off a meeting planned for Tuesday" (written on a Monday: the next day, not the week before), "welcomes the
intention of the envoy to travel to Havana on Tuesday", "hopes to meet his counterpart on Friday": the words in
dates.toml [plans] weekday_words within weekday_reach characters before the weekday, with no clause break and no verb
in the past between them (never "the exercise, planned since January, began on Monday"). Session 21: a schedule told
with "due" or "expected" after a form of "be" ([plans] weekday_due: "had been due to dock ... on Friday", "is due in
Baghdad on Thursday"), "due to" only before a verb (never "was due to bad weather on Monday": [plans] due_to_not_before).
"""

from __future__ import annotations

import re
from functools import cache

from timeline import lexicon as L
from timeline.datewords import lexicon

WEEKDAY_FORMS = ("weekday", "weekdays")
BREAK_RE = re.compile(r"[,;:.“”\"()]|\b(?:and|but|after|before|when|while|since|which|who|that)\b")
WORD_RE = re.compile(r"[a-z][a-z'’-]*")


@cache
def _words() -> tuple[re.Pattern[str], int, frozenset[str], frozenset[str]]:
    plans, tense = lexicon()["plans"], lexicon()["tense"]
    alt = L.spaced_alt(plans["weekday_words"])
    # session 21: "is due in", "had been due to" + a verb (never "was due to bad weather": a cause)
    due_to = L.spaced_alt(w for w in plans["weekday_due"] if w.endswith(" to"))
    due = L.spaced_alt(w for w in plans["weekday_due"] if not w.endswith(" to"))
    cause = L.literal_alt(plans["due_to_not_before"])
    return (re.compile(rf"\b(?:{alt}|{due}|(?:{due_to})(?=\s+(?!(?:{cause})\b)[a-z]))\b"),
            int(plans["weekday_reach"]), frozenset(tense["past_verbs"]), frozenset(tense["not_verbs"]))


def _past(word: str, past_verbs: frozenset[str], not_verbs: frozenset[str]) -> bool:
    return word in past_verbs or (word.endswith("ed") and len(word) > 4 and word not in not_verbs)


def _governs(words: re.Pattern[str], body: str, sentence: int, start: int, reach: int) -> bool:
    """Whether one of `words` stands within `reach` characters before `start`, with no clause break and no verb in
    the past between it and `start`."""
    _, _, past_verbs, not_verbs = _words()
    before = L.lowered(body[max(sentence, start - reach) : start])
    found = list(words.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :]  # after the words nearest the date
    return BREAK_RE.search(between) is None and not any(_past(x, past_verbs, not_verbs)
                                                         for x in WORD_RE.findall(between))


def planned_weekday(body: str, sentence: int, start: int, form: str) -> bool:
    """Whether the weekday phrase starting at `start` is governed by a plan's words just before it."""
    if form not in WEEKDAY_FORMS:
        return False
    words, reach, _, _ = _words()
    return _governs(words, body, sentence, start, reach)


@cache
def _backshifted() -> re.Pattern[str]:
    plans = lexicon()["plans"]
    cause = L.literal_alt(plans["due_to_not_before"])
    return re.compile(rf"\b(?:{L.spaced_alt(plans['backshift_words'])})\b(?!\s+(?:{cause})\b)")


def told_ahead(body: str, sentence: int, start: int) -> bool:
    """Whether a plan's date at `start` is told backshifted ("talks were due to resume on Monday"): in the words of a
    statement of a known day it lies ahead of that day, as "would" does (session 21)."""
    return _governs(_backshifted(), body, sentence, start, _words()[1])


@cache
def _promised() -> tuple[re.Pattern[str], frozenset[str]]:
    plans = lexicon()["plans"]
    cause = L.literal_alt(plans["due_to_not_before"])  # a determiner or a noun's word after "to": no verb
    return (re.compile(rf"\b(?:{L.spaced_alt(plans['deadline_words'])})\s+(?!(?:{cause})\b)(?=[a-z])"),
            frozenset(plans["deadline_leads"]))


def promised_by(body: str, sentence: int, start: int, lead: str) -> bool:
    """Whether the date phrase at `start`, led by "by", is the deadline of a promise ("agreed to lift its pickets by
    Saturday"): a plan, whatever the promise's tense (session 28)."""
    words, leads = _promised()
    return lead in leads and _governs(words, body, sentence, start, _words()[1])


# "said on Wednesday that talks would resume on Monday": a future told from the statement's time (not "would have").
WOULD_RE = re.compile(r"\bwould\s+(?!have\b|not\s+have\b|n['’]t\s+have\b)")
WOULD_REACH = 40  # characters before the act's trigger where its "would" may stand ("talks would resume")


def would_before(body: str, pos: int, start: int) -> bool:
    """Whether a "would" governs the date phrase at `start` from the act's trigger at `pos` on, in one clause."""
    if start <= pos - WOULD_REACH:
        return False
    words = L.lowered(body[max(0, pos - WOULD_REACH) : start])
    found = list(WOULD_RE.finditer(words))
    return bool(found) and BREAK_RE.search(words, found[-1].end()) is None
