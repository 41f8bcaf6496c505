"""Readings that are no act (session 13): a speech phrase opening at an act verb, an event's noun judged by a copula.
Word lists: data/notacts.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("notacts")


_alt = L.literal_alt  # words of a data list, longest first


_COPULA = _DATA["copula"]
# The judgement itself: a word after a degree word of comparison, or an adjective by its ending or one the list holds
# after degree words or an adverb; after an optional quote mark ('the drills were "purely defensive"'), or a quote the
# masked text blanked (three spaces or more: its words are the source's verdict).
_COMPARED = rf"(?:{_alt(_COPULA['compare'])})\s+[a-z]{{3,}}"
_ADJECTIVE = (rf"(?:(?:{_alt(_COPULA['degree'])})\s+)?(?:[a-z]+ly\s+)?"
              rf"(?:[a-z]{{3,}}(?:{_alt(_COPULA['endings'])})|{_alt(_COPULA['adjectives'])})")
JUDGEMENT_RE = re.compile(rf"\s+[\"“‘']?(?:\s{{3,}}|(?:{_COMPARED}|{_ADJECTIVE})\b(?!\s+by\b))")
COPULA_JUDGED_RE = re.compile(rf",?\s*(?:{_alt(_COPULA['verbs'])})\b" + JUDGEMENT_RE.pattern)
# A copula the trigger ends with ("drills were"), so its judgement comes right after it.
COPULA_END_RE = re.compile(rf"\b(?:{_alt(_COPULA['verbs'])})$")


# A watcher's verb, then up to the drills' own words: "watched the naval drills", "will observe part of the exercises".
WATCHED_BEFORE_RE = re.compile(
    rf"\b(?:{_alt(_DATA['watch']['verbs'])})\s+(?:(?:part|parts|some|the\s+\w+\s+(?:phase|stage|part|day)s?)\s+of\s+)?"
    rf"(?:(?:the|a|an|its|their|his|her|these|those)\s+)?(?:[\w'’-]+\s+){{0,3}}$")


def watched(lower: str, start: int, t0: int) -> bool:
    """Whether drills named at t0 are what someone watched ("Putin watched the Zapad drills"): the watcher's act."""
    return WATCHED_BEFORE_RE.search(lower, max(start, t0 - 60), t0) is not None


# A verb then "as saying": words reported second-hand ("Lee was quoted by his spokesman as saying", "was cited as saying").
QUOTED_AS_RE = re.compile(rf"[a-z]+\s+(?:by\s+[^,.;:]{{1,40}}?\s+)?as\s+(?:{_alt(_DATA['quoted_as']['participles'])})\b")
# An indefinite or negative pronoun as the subject right before the act ("denied that anyone had been hurt", "nobody was
# detained"): no act told.
NOBODY_BEFORE_RE = re.compile(r"\b(?:anyone|anybody|no one|nobody)\s+(?:(?:was|were|had|has|have|been|being)\s+)*$")
# A modal of obligation with a passive right after an event's noun: the act asked for, none told ("retaliation should be
# made", "sanctions must be imposed").
DEMANDED_AFTER_RE = re.compile(rf"[\"”’']?\s+(?:{_alt(_DATA['demand']['modals'])})\s+(?:not\s+)?be\b")


def demanded_after(lower: str, end: int) -> bool:
    """Whether an event's noun ending at end is followed by a modal of obligation and "be": an act demanded."""
    return DEMANDED_AFTER_RE.match(lower, end) is not None


def speech_phrase_at(lower: str, verb: int) -> bool:
    """Whether a reporting phrase of two or more words opens at an act verb ("brushed off the gesture", "ruled out
    military intervention", "was quoted as saying"): words said, no act done."""
    m = L.REPORTING_VERB_RE.match(lower, verb)
    return m is not None and " " in m.group(0) or QUOTED_AS_RE.match(lower, verb) is not None


def judged_after(lower: str, hit: re.Match[str], stop: int) -> bool:
    """Whether an event's noun or trigger is only judged by a copula after it ("the drills were purely defensive",
    "the coup was the most advertised"): a description of the act, no act told."""
    if COPULA_END_RE.search(hit.group(0)):
        return JUDGEMENT_RE.match(lower, hit.end(), stop) is not None
    return COPULA_JUDGED_RE.match(lower, hit.end(), stop) is not None
