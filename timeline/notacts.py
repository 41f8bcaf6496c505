"""Readings that are no act (session 13): a speech phrase opening at an act verb, an event's noun judged by a copula, a
speech's setting before a sitting's noun (session 21), an act told again. Word lists: data/notacts.toml."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline import lexicon as L
from timeline.drafts import Draft

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


# Session 21 (prec21): the words of a speech's setting right before a sitting's noun, a few words between and no clause
# break ("said on arrival at a European Union summit", "speaking at his party's parliamentary group meeting"): where the
# words were said, no meeting told (the statement is the event).
SETTING_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['setting']['lead'])})\s+(?:(?!(?:{_alt(_DATA['setting']['not_between'])})\b)"
                               rf"[\w'’.-]+\s+){{0,5}}[\w'’]*$")


def speech_setting(lower: str, start: int, t0: int) -> bool:
    """Whether a meeting's words at t0 (text lowered) follow a speech's setting words ("speaking at", "on arrival at")."""
    return SETTING_BEFORE_RE.search(lower, max(start, t0 - 60), t0) is not None


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


_RETOLD = _DATA["retold"]
_NEW_ONE = _alt(_RETOLD["new_one"])
# "the test", "the nuclear test", "that missile launch": a determiner, up to two words none naming another act, the heads.
_HEADS = {**_RETOLD["heads"], "other": _RETOLD["other_heads"]}
RETOLD_RES = {kind: re.compile(rf"\b(?:{_alt(_RETOLD['determiners'])})\s+(?:(?!(?:{_NEW_ONE})\b)[\w-]+\s+){{0,2}}?"
                               rf"(?:{_alt(heads)})(?:[\s-]+(?:{_alt(heads)}))*\b") for kind, heads in _HEADS.items()}
# The same heads after any other opener ("a test", "two missiles", "its second launch"): a new act may be told.
OPEN_HEAD_RES = {kind: re.compile(rf"(?<!\bthe )(?<!\bthis )(?<!\bthat )\b(?:{_alt(heads)})\b")
                 for kind, heads in _HEADS.items()}
TRACE_RE = re.compile(rf"\b(?:{_alt(_RETOLD['trace'])})\b")
DONE = frozenset({"asserted", "reported_claim"})
# A meeting's definite noun read at its trigger: how far the noun may run from the trigger's start, and how far after it the
# determiner may open ("At the meeting", "during the talks", "after the summit": session 21).
MEETING_REACH, MEETING_LEAD = 40, 8
TESTS = frozenset({"missile_test", "nuclear_test"})  # the kinds an `other` reading of "the test" retells
VERB_RE = re.compile(r"[a-z-]+(?:\s+(?:out|off))?\s+")  # the verb an `other` reading stands at ("carried out ")


# An act told by its noun with a definite or possessive determiner ("condemned the raid in the strongest terms", "called
# X's attack on the convoy terrorism"): the heads and the stems an earlier telling of that act holds are nominal.toml
# [act_nouns.heads] (actnouns.py reads the same list), an assault's nouns also any verb of the assault family.
_ACT_HEADS = L._load("nominal")["act_nouns"]["heads"]
ASSAULT = tuple(_RETOLD["assault_family"])
ACT_NOUN_RE = re.compile(rf"(?:(?:{_alt(_RETOLD['determiners'])}|its|their|[\w.-]+['’]s)\s+)(?:(?!(?:{_NEW_ONE})\b)[\w-]+\s+)"
                         rf"{{0,2}}?(?P<head>{_alt(list(_ACT_HEADS))})\b")


def _retold_noun(lower: str, d: Draft, earlier: list[Draft]) -> bool:
    """Whether an undated `other` act read at its noun names an act told before by a word of the noun's stem, by the same
    doer or one not named."""
    noun = ACT_NOUN_RE.search(lower, max(d.start, d.pos - 40), min(d.end, d.pos + 40))
    if noun is None or not noun.start("head") - 40 <= d.pos <= noun.end("head"):
        return False
    head = noun.group("head")
    stems = tuple(_ACT_HEADS[head]) + (ASSAULT if any(head.endswith(w) for w in ASSAULT) else ())
    return any(e.kind in ("other", "sanction") and (d.actor is None or e.actor in (None, d.actor))
               and any(st in lower[e.start:e.end] for st in stems) for e in earlier)  # "in response to Iran's attack": Iran's


def retold(lower: str, d: Draft, earlier: Iterable[Draft]) -> bool:
    """Whether an undated test or drill retells, by a definite noun of its kind (or a nuclear test by its trace), an act of
    that kind told done before it in the excerpt: one act, no second event; so does a sitting named by its definite noun
    where its trigger stands ("At the meeting, ...", "told reporters after the talks": session 21)."""
    if d.kind not in RETOLD_RES or d.mention is not None or d.modality not in DONE or d.tense == "future":
        return False
    # doers are not matched: a retelling in another's words takes that speaker or none as its doer ("Delhi said the tests
    # had been carried out in defiance of ...", "Norway's institute said it had recorded a tremor")
    if d.kind == "other" and d.count is None and _retold_noun(lower, d, [
            e for e in earlier if e.modality in DONE and e.tense != "future"]):
        return True  # "Ankara condemned the raid" after the raid told (session 20)
    kinds = TESTS if d.kind == "other" else {d.kind}
    told = [e for e in earlier if e.kind in kinds and e.modality in DONE and e.tense != "future"]
    if not told or d.actor is not None and all(e.actor is None for e in told):
        return False  # none told, or only with no doer: "The missiles were fired from X" names the doer, kept
    words = lower[d.start:d.end]
    if d.kind == "nuclear_test" and TRACE_RE.search(words):
        return True  # its magnitude is no count of things
    if d.count is not None:
        return False  # a count tells a part or a tally of its own ("five of the missiles landed in its zone")
    if d.kind == "other":  # the test right after the act's verb ("had conducted the test"), never "summoned X over the test"
        verb = VERB_RE.match(lower, d.pos)
        return verb is not None and verb.end() <= d.end and RETOLD_RES["other"].match(lower, verb.end()) is not None
    if d.kind == "meeting":  # "At the meeting, X rejected ...": the sitting told before, read where its trigger stands
        at = RETOLD_RES["meeting"].search(lower, d.pos, min(d.end, d.pos + MEETING_REACH))
        return at is not None and at.start() - d.pos <= MEETING_LEAD
    definite = RETOLD_RES[d.kind].search(words)
    if definite is None:
        return False
    return not any(m.start() < definite.start() or m.start() >= definite.end()
                   for m in OPEN_HEAD_RES[d.kind].finditer(words))
