"""Military acts no trigger lists, read from the sentence's shape: a force, craft or weapon as the subject of a past-tense
verb ("Two Russian jets approached the drone"), and a force a verb takes somewhere ("had transferred two battalions to the
south"); the word lists are military.toml [subject_acts] and [forces_moved]."""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline import sentindex as S
from timeline.attributes import WORD_RE, is_reporting
from timeline.datewords import lexicon as date_lexicon

_ACTS = L.MILITARY_SUBJECT_ACTS


def _words_alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# The head of a subject that is a force, craft or weapon (lowered): units, ship words, aircraft, and [subject_acts] heads.
_HEAD = (rf"(?<![\w-])(?:{_words_alt([w.lower() for w in L.UNITS + L.SHIP_TYPES] + _ACTS.get('heads', []))}"
         rf"|{'|'.join(p.lower() for p in L.AIRCRAFT)})(?![\w-])")
# The same alternatives grouped by first character (lexicon.first_char_alternation: the same matches, 3x faster; it
# was the costliest pattern of extraction).
_HEAD_ITEMS = [re.escape(w) for w in sorted(set([w.lower() for w in L.UNITS + L.SHIP_TYPES] + _ACTS.get("heads", [])),
                                            key=lambda w: (-len(w), w))] + [p.lower() for p in L.AIRCRAFT]
MILITARY_HEAD_RE = re.compile(rf"(?<![\w-])(?:{L.first_char_alternation(_HEAD_ITEMS)})(?![\w-])")
# Its words read from the plain alternation (_HEAD: the same matches), found once per body: has_head searches only a
# span holding one of them (session 20).
MILITARY_HEADS = S.Listed(MILITARY_HEAD_RE, re.compile(_HEAD))
# A past-tense verb or participle (lowered): "-ed" words and the irregular ones.
MILITARY_VERB_RE = re.compile(rf"(?<![\w-])(?:[a-z]{{3,}}ed|{_words_alt(_ACTS.get('irregular', []))})\b(?![\w-])(?! by\b)")
NOT_ACTS: frozenset[str] = frozenset(_ACTS.get("not_acts", []))
ADJECTIVES: frozenset[str] = frozenset(_ACTS.get("adjectives", []))
DEPLOY_VERBS: frozenset[str] = frozenset(_ACTS.get("deploy_verbs", []))
DEPLOY_ING: frozenset[str] = frozenset(_ACTS.get("deploy_ing", []))
DEPLOY_HEADS: frozenset[str] = frozenset(_ACTS.get("deploy_heads", []))
DEPLOY_PHRASAL: dict[str, str] = dict(_ACTS.get("deploy_phrasal", {}))  # "touched down", "came ashore" (session 27)
DEPLOY_REPELLED: dict[str, str] = dict(_ACTS.get("deploy_repelled", {}))  # "pushed them back" (session 27)
CAME_DOWN_AT: frozenset[str] = frozenset(L._MILITARY.get("came_down", {}).get("after", []))  # "came down in" (session 28)
SECURED_NOT_RE = re.compile(rf"(?:[\w'’-]+ ){{0,2}}(?:{_words_alt(_ACTS.get('secured_not', []))})\b")
SHIP_VERBS: frozenset[str] = frozenset(_ACTS.get("ship_verbs", []))
BOAT_HEADS: frozenset[str] = frozenset(_ACTS.get("boat_heads", []))  # craft with no type word that move as ships (session 22)
BOAT_VERBS: frozenset[str] = frozenset(_ACTS.get("boat_verbs", []))  # ... by a verb of a voyage only
WENT_VERBS: frozenset[str] = frozenset(_ACTS.get("went_verbs", []))
WENT_AFTER: frozenset[str] = frozenset(_ACTS.get("went_after", []))
PARTICIPLES: frozenset[str] = frozenset(_ACTS.get("participles", []))
MISSILE_HEADS: frozenset[str] = frozenset(_ACTS.get("missile_heads", []))
FLIGHT_VERBS: frozenset[str] = frozenset(_ACTS.get("flight_verbs", []))
PERFECT_RE = re.compile(r"\bha(?:s|ve|d)\b")
# A finite verb later in the clause makes the one after the head a reduced relative ("the sailors detained in Kerch
# remain in custody"), not the subject's act.
LATER_VERB_RE = re.compile(r"\b(?:remain|remains|remained|is|are|was|were|has|have|had|will|would)\b")
# What may stand between the subject's head and its verb: auxiliaries, adverbs, date words ("have since begun",
# "on Tuesday approached", "reportedly fired").
_GAP = (r"(?:[\s,]+(?:has|have|had|also|then|later|again|now|since|first|\w+ly|on|last|this|earlier|overnight|yesterday"
        r"|today|early|late|week|weekend|month|morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?))"
        r"{0,6}\s+")
MILITARY_GAP_RE = re.compile(_GAP + "$")
GAP_RE = re.compile(_GAP)  # the same words before a verb that follows
# Where a subject may begin: the clause's start, a comma, "that" or a verb of speech before it ("said its jets struck").
NP_STOP_RE = re.compile(r",|\b(?:that|when)\b")
# Words a subject never holds: prepositions (the head is then an object: "talks with the navy ended"), conjunctions
# that open a clause, and "-ing" forms other than adjectives ("intercepting drones" is an act's object).
NP_BREAK_WORDS = frozenset(
    "of by with to from for against on in at over between about than like into toward towards under after before since "
    "near off around across through during amid despite as when while if because was were is are be been being".split())


# Session 28 (acts28): a time phrase between "that" (or the clause's start) and the subject ("said that on 20 July Turkish
# troops had landed", "that at about 11.30 p.m. on 1 September an aircraft had crossed"): words of a day, a month or a
# clock only ("p.m." is "p_m_" in the act context's lowered text), one of them a real time token (TIME_TOKEN_RE),
# never a subject's own words.
# the months' names and abbreviations of the date grammar's data (dates.toml), lowered and without their dots
_MONTHS = L.literal_alt(sorted({w.lower().rstrip(".") for w in date_lexicon()["months"]["names"]
                                + [a for names in date_lexicon()["months"]["abbreviations"] for a in names]}))
_DAY_PARTS = "morning|afternoon|evening|night|dawn|dusk|daybreak|midnight|noon|midday"
LEAD_TIME_RE = re.compile(
    rf"\s*(?:(?:at|on|in|by|early|late|about|around|shortly|before|after|the|of|last|this|that|a[._]m[._]?|p[._]m[._]?|gmt|local time"
    rf"|{_DAY_PARTS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTHS}|\d[\d.:]*(?:st|nd|rd|th|h\d\d)?)[\s,]+)+")
TIME_TOKEN_RE = re.compile(rf"\d|\b(?:{_DAY_PARTS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTHS})\b")


HEDGED_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ACTS.get('hedges', [])))})\s+(?:[a-z]+\s+){{0,2}}$")


def hedged(lower: str, start: int, verb: int) -> bool:
    """A hedge, demand or negation stands right before the verb (military.toml [subject_acts] hedges): no act told."""
    return HEDGED_BEFORE_RE.search(lower, max(start, verb - 30), verb) is not None


_HEAD_SEEN: tuple[str | None, int, int, bool] = (None, 0, 0, False)  # the last (lower, start, end) has_head read, its answer


def has_head(lower: str, start: int, end: int) -> bool:
    """A force, craft or weapon head is in lower[start:end]: military_verbs and forces_moved each ask it of one sentence
    in turn, so the last answer is kept (the text compared by identity; one tuple read and replaced whole)."""
    global _HEAD_SEEN
    held = _HEAD_SEEN
    if held[0] is lower and held[1] == start and held[2] == end:
        return held[3]
    found = MILITARY_HEADS.search(lower, start, end) is not None
    _HEAD_SEEN = (lower, start, end, found)
    return found


def military_verbs(lower: str, start: int, end: int) -> list[re.Match[str]]:
    """Past-tense verbs in lower[start:end] that may tell an act of a military subject (none when no head is there)."""
    if not has_head(lower, start, end):
        return []
    return [m for m in MILITARY_VERB_RE.finditer(lower, start, end)
            if m.group(0) not in NOT_ACTS and not is_reporting(m.group(0))]


# A predicate that opens its clause after a series comma or "and" ("..., drifted into Canada on Tuesday and ..."):
# the act of the sentence's first subject.
SERIES_OPEN_RE = re.compile(r"[\s,]*(?:and\s+)?(?:then\s+|later\s+|also\s+)?$")


def _series_subject(lower: str, sentence: int, start: int, trigger: int) -> str | None:
    """The sentence's opening force, craft or weapon when the verb at trigger opens a series predicate of it."""
    if start <= sentence or not SERIES_OPEN_RE.fullmatch(lower, start, trigger):
        return None
    first = next((h for h in MILITARY_HEAD_RE.finditer(lower, sentence, start)
                  if (gap := GAP_RE.match(lower, h.end())) is not None
                  and MILITARY_VERB_RE.match(lower, gap.end())), None)
    if first is None or any(w in NP_BREAK_WORDS or is_reporting(w) for w in WORD_RE.findall(lower, sentence, first.start())):
        return None
    return first.group(0)


def military_subject(lower: str, start: int, verb: re.Match[str], end: int, sentence: int | None = None,
                     text: str | None = None) -> str | None:
    """The head of the force, craft or weapon that is the subject right before the verb ("two russian jets" +
    "approached"), from the clause's start, a comma, "that" or a verb of speech; else None (lowered text, clause
    start..end)."""
    trigger = verb.start()
    heads = [h for h in MILITARY_HEAD_RE.finditer(lower, max(start, trigger - 120), trigger)
             if MILITARY_GAP_RE.fullmatch(lower, h.end(), trigger)]
    if not heads:
        first = _series_subject(lower, sentence, start, trigger) if sentence is not None else None
        return None if first in MISSILE_HEADS and verb.group(0) in FLIGHT_VERBS else first
    head = heads[-1]
    if verb.group(0) in PARTICIPLES and PERFECT_RE.search(lower, head.end(), trigger) is None \
            or LATER_VERB_RE.search(lower, verb.end(), end) \
            or head.group(0) in MISSILE_HEADS and verb.group(0) in FLIGHT_VERBS:
        return None
    lo = max([start] + [m.end() for m in NP_STOP_RE.finditer(lower, start, head.start())])
    if (lead := LEAD_TIME_RE.match(lower, lo, head.start())) is not None and TIME_TOKEN_RE.search(lead.group(0)):
        lo = lead.end()  # "said that on 20 July Turkish troops had landed": the day before the subject (session 28)
    # A name is never a verb ("A Shahed drone exploded"): the words as written decide.
    lowered = [m.group(0) for m in WORD_RE.finditer(lower, lo, head.start())]
    words = ["" if text is not None and text[m.start()].isupper() else m.group(0) for m in WORD_RE.finditer(lower, lo, head.start())]
    cut = max((i + 1 for i, w in enumerate(words) if is_reporting(w)), default=0)
    for i in range(cut, len(words)):
        w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
        if w == "of" and i > cut and lowered[i - 1] in DEPLOY_HEADS:
            continue  # "about 250 soldiers of the 1st Battalion landed": a force of a force (session 27)
        if w in NP_BREAK_WORDS and not (w in ("about", "over", "around") and nxt[:1].isdigit()) \
                or (w.endswith(("ed", "ing")) and len(w) > 4 and w not in ADJECTIVES) \
                or MILITARY_VERB_RE.fullmatch(w) and w not in ADJECTIVES:
            return None  # "about 20 soldiers" is a count, "talks about troops" a topic
    return head.group(0)


# A landing or a coming ashore (an `other` trigger reads "touched down" of any craft or person: triggers.toml [[rare]]).
LANDING_RE = re.compile(r"(?:touched down|landed|c(?:ame|ome|oming) ashore|went ashore)\b")
# A force on foot that may be the subject of it: [subject_acts] deploy_heads.
DEPLOY_HEAD_RE = re.compile(rf"(?<![\w-])(?:{_words_alt(sorted(DEPLOY_HEADS))})(?![\w-])")


def force_landed(lower: str, clause: int, trigger: int) -> bool:
    """Whether the act at trigger is a landing or a coming ashore whose subject is a force on foot ("paratroopers touched
    down at Lungi", "the marines came ashore at Poti"): forces put somewhere, a `deployment` (session 27); craft and
    people that land stay `other` ("the plane touched down in Minsk")."""
    if not LANDING_RE.match(lower, trigger):
        return False
    heads = list(DEPLOY_HEAD_RE.finditer(lower, max(clause, trigger - 80), trigger))
    return bool(heads) and not MILITARY_HEAD_RE.search(lower, heads[-1].end(), trigger) \
        and not any(w in NP_BREAK_WORDS - {"of"} for w in WORD_RE.findall(lower, heads[-1].end(), trigger))


def military_kind(lower: str, head: str, verb: re.Match[str]) -> str:
    """The kind of a military subject's act: a force that moves is deployed, a ship that moves sails, else `other`."""
    word = verb.group(0)
    after = WORD_RE.match(lower, verb.end() + 1)
    if word in DEPLOY_REPELLED and re.match(rf"\s+(?:[\w'’-]+\s+){{0,4}}?{DEPLOY_REPELLED[word]}\b", lower[verb.end():verb.end() + 60]):
        return "other"  # "pushed the Eritreans back from the heights": a foe repelled, no force put anywhere (session 27)
    if head in DEPLOY_HEADS and (word in DEPLOY_VERBS and not (word == "secured" and SECURED_NOT_RE.match(lower, verb.end() + 1))
                                 or word in ("began", "begun", "started") and after is not None and after.group(0) in DEPLOY_ING
                                 or word in DEPLOY_PHRASAL and after is not None and after.group(0) == DEPLOY_PHRASAL[word]):
        return "deployment"  # "secured the airport", "touched down at Lungi", "came ashore at Poti" (session 27)
    if head in DEPLOY_HEADS and word == "came" and after is not None and after.group(0) == "down" \
            and (place := WORD_RE.match(lower, after.end() + 1)) is not None and place.group(0) in CAME_DOWN_AT:
        return "deployment"  # "paratroopers came down in the swamps around Labis": dropped there (session 28)
    ship = L.SHIP_TYPE_RE.fullmatch(head) is not None or head in BOAT_HEADS and word in BOAT_VERBS
    if ship and (word in SHIP_VERBS or word in WENT_VERBS and after is not None and after.group(0) in WENT_AFTER):
        return "ship_movement"  # "the boats went home within hours": a voyage, not "the frigate went down" (session 22)
    return "other"



_MOVED = L.FORCES_MOVED
# Subject heads that are no force a verb takes somewhere: bodies named as modifiers ("the army position"), craft that drift,
# and armed groups, which an act's object names as its target ("neutralised three militants in a raid").
MOVED_NOT_HEADS = frozenset({"military", "army", "navy", "air force", "coast guard", "coastguard", "balloon", "balloons",
                             "airship", "militants", "rebels", "gunmen", "insurgents", "militiamen", "guerrillas", "fighters"})
# "<verb> <force> <to/into/near ...>" (lowered): a past or perfect verb, or a bare one after a modal or "to", a particle,
# up to five words of the force's phrase, its head, then a destination within a few words.
_FORCE_HEADS = _words_alt([w.lower() for w in L.UNITS + L.SHIP_TYPES] + _MOVED.get("objects", []) + [
    h for h in _ACTS.get("heads", []) if h not in MOVED_NOT_HEADS])
FORCES_MOVED_RE = re.compile(
    r"(?<![\w-])(?:(?P<verb>[a-z]{3,}(?:ed|en)|sent|brought|put|set|built|flew|drew|moved"
    r"|(?:(?<=\bwill )|(?<=\bwould )|(?<=\bto ))(?!(?:the|its|their|his|her|this|that|these|those|all|some|any)\b)[a-z]{3,}))(?: (?:up|in|forward|out|over|down|together))?"
    r"(?: (?:[\w'’.,-]+)){0,5}? "
    rf"(?:{_FORCE_HEADS}|{'|'.join(p.lower() for p in L.AIRCRAFT + L.MISSILES)})(?![\w-])"
    r"(?: (?:and|of) [\w'’-]+)? "
    r"(?:to|into|near|along|at|in|around|toward|towards|closer to|onto|on to|on (?:high )?(?:alert|standby)"
    # "Jamaica has put 150 soldiers on the island", "put 3,000 troops on the streets" (session 22): ground held, never
    # "on a mission" or "on trial"
    r"|on (?:the |its |their |a )?(?:[\w-]+ )?(?:island|islands|islet|cay|ground|streets|border|frontier|front ?line|coast"
    r"|beach|beaches|peninsula))\b")
NOT_MOVING: frozenset[str] = frozenset(_MOVED.get("not_moving", []))
DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$")  # "the unintended entry"


def forces_moved(lower: str, start: int, end: int) -> list[re.Match[str]]:
    """Verbs in lower[start:end] that take a force, craft or weapon somewhere ("had transferred two battalions to the
    south", "would base four destroyers in Rota"): a deployment where no trigger read the clause."""
    if not has_head(lower, start, end):
        return []
    return [m for m in FORCES_MOVED_RE.finditer(lower, start, end)
            if not DETERMINER_END_RE.search(lower, max(start, m.start() - 8), m.start())
            and (m.group("verb") not in NOT_MOVING and m.group("verb") not in NOT_ACTS or lower.startswith(" up ", m.end("verb")))
            and not is_reporting(m.group("verb")) and ", " not in m.group(0)]


# Session 28 (acts28): a force on foot with other arms set beside it by a participle ("soldiers supported by four
# helicopters and a navy landing ship"), the aside running on to the verb (military.toml [backed_by]).
BACKED_FORCE_RE = re.compile(
    rf"(?<![\w-])(?:{_words_alt(sorted(DEPLOY_HEADS))}),? (?:(?:were|was) )?"
    rf"(?:{_words_alt(L._MILITARY.get('backed_by', {}).get('participles', []))}) by [^.;:]{{1,80}}?\s*$")


def backed_force(lower: str, clause: int, trigger: int) -> bool:
    """Whether the verb at trigger follows a force on foot "backed by" or "supported by" other arms ("soldiers supported by
    ... a landing ship moved into Honiara": the force's move, not the ship's voyage)."""
    return BACKED_FORCE_RE.search(lower, max(clause, trigger - 160), trigger) is not None
