"""Kind rules for a trigger's hit (session 12): an interception is told beside the launch of what it stopped, civil or
habitual drills are no exercise, a noun after "any" is a rule for all of its kind. Word lists: data/kindrules.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("kindrules")


_alt = L.literal_alt  # words of a data list, longest first


# An interception verb, then up to 80 characters with no clause break to the weapon named.
INTERCEPTION_AT_RE = re.compile(rf"(?:{_alt(_DATA['interception']['verbs'])})\b[^.;:]{{0,80}}$")
# A drill noun with a civil or habitual word in the few words before it.
CIVIL_DRILLS_RE = re.compile(rf"\b(?:{_alt(_DATA['drills']['civil'])})\s+(?:drills?|exercises?)\b")
HABIT_DRILLS_RE = re.compile(rf"\b(?:{_alt(_DATA['drills']['habit'])})\s+(?:[\w-]+\s+){{0,2}}(?:drills?|exercises?)\b")
ALL_OF_KIND_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['all_of_kind']['before'])})\s+$")
# The weapon words a launch participle opens with ("drones launched by", "missiles fired from").
WEAPON_FIRST_RE = re.compile(rf"(?:missiles?|rockets?|drones?|projectiles?|{L.MISSILE_ALT.lower()})\b")


# Session 16: a preposition of aim after a launch, not followed by a test's place, a direction, a time or an amount.
_AIMED = _DATA["aimed"]
AIMED_RE = re.compile(rf"\b(?:{_alt(_AIMED['prepositions'] + _AIMED['impacts'])})\s+(?!(?:{_alt(_AIMED['not_targets'])})\b)"
                      rf"(?![\d(])(?=[\w'’-])")
SITE_BEFORE_RE = re.compile(rf"\b(?:{_alt(_AIMED['site_before'])})\s+$")


WATER_AFTER_RE = re.compile(rf"(?:(?:the|a|an) )?(?:[\w'’-]+ ){{0,3}}(?:{_alt(_AIMED['water'] + _AIMED['test_places'])})\b")
TARGETS_IN_TEST_PLACE_RE = re.compile(
    rf"(?:(?:a|the|its|their|[\w-]+) )?(?:[\w-]+ )?targets? (?:in|on|at|off|over) (?:(?:the|a|an) )?(?:[\w-]+ ){{0,2}}"
    rf"(?:{_alt(_AIMED['water'] + _AIMED['test_places'])})\b")
TEST_WORD_RE = re.compile(rf"\b(?:test-\w+|{_alt(_AIMED['test_words'])})\b")
AIM_BEFORE_RE = re.compile(rf"\b(?:{_alt(_AIMED['prepositions'])})\s+$")
NOT_ON_RE = re.compile(rf"on\s+(?:{_alt(_AIMED['not_on'])})\b")
ATTACK_WORD_RE = re.compile(rf"\b(?:{_alt(_AIMED['attack_words'])})\b")


def aimed_at_target(lower: str, pos: int, end: int) -> bool:
    """Whether a launch told in lower[pos:end] is aimed at a target ("fired 40 rockets at the port", "drones launched
    towards the capital"): an attack, `other`, never a test (session 16 ruling). Not a launch told with a test or drill
    word, nor one aimed at the sea, a direction, a range or targets there."""
    if TEST_WORD_RE.search(lower, pos, end):
        return False
    if ATTACK_WORD_RE.search(lower, pos, end):
        return True  # "fired missiles in retaliation for the raid"
    for m in AIMED_RE.finditer(lower, pos, end):
        if m.group(0).startswith("at") and SITE_BEFORE_RE.search(lower, max(pos, m.start() - 16), m.start()):
            continue  # "from the pad at Sohae": where the launch stood
        if NOT_ON_RE.match(lower, m.start()):
            continue  # "on Tuesday", "on a lofted trajectory": a day or a flight, no target
        if WATER_AFTER_RE.match(lower, m.end(), end) or TARGETS_IN_TEST_PLACE_RE.match(lower, m.end(), end):
            return False
        return True
    return False


def intercepted_weapon(lower: str, verb: int, t0: int) -> bool:
    """Whether an interception verb at verb stopped the weapon a launch participle at t0 names ("shot down three cruise
    missiles and several drones launched by X"): the interception is an act of its own beside that launch."""
    return WEAPON_FIRST_RE.match(lower, t0) is not None and INTERCEPTION_AT_RE.match(lower, verb, t0) is not None


def no_exercise(lower: str, t0: int, t1: int, dated: bool) -> bool:
    """Whether an exercise hit lower[t0:t1] names civil drills ("evacuation drills") or, with no day of its own,
    drills held as a habit ("has held regular drills"): no military exercise of the story."""
    a = max(0, t0 - 24)  # a noun's hit holds the noun alone: its modifiers stand before it
    return CIVIL_DRILLS_RE.search(lower, a, t1) is not None or (
        not dated and HABIT_DRILLS_RE.search(lower, a, t1) is not None)


def all_of_kind(lower: str, start: int, t0: int) -> bool:
    """Whether the trigger at t0 follows "any", "every", "each" or "no": a rule for all of a kind, not one act."""
    return ALL_OF_KIND_BEFORE_RE.search(lower, max(start, t0 - 8), t0) is not None


def target_count(lower: str, pos: int, end: int, count: str | None) -> bool:
    """Whether an attack's count is first told after its preposition of aim ("fired a volley of missiles at two bases"):
    the number of targets, not of what was fired."""
    if count is None:
        return False
    at = lower.find(count, pos, end)
    return at > pos and AIM_BEFORE_RE.search(lower, max(pos, at - 14), at) is not None


_SUSPENDED = _DATA["suspended_state"]
SUSPEND_RE = re.compile(rf"\b(?:{_alt(_SUSPENDED['verbs'])})\s+")
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")


def state_suspended(body: str, lower: str, start: int, end: int) -> bool:
    """Whether an act's words body[start:end] suspend a state by its name ("the union suspended Gabon from its bodies",
    also where the act was read by another word of its clause: "..., in a 33-0 vote"): a measure of a body against a
    member state, a `sanction` (session 16 ruling)."""
    for verb in SUSPEND_RE.finditer(lower, start, end):
        named = L.ENTITY_RE.match(body, verb.end(), end)
        if named is None or POSSESSIVE_AFTER_RE.match(body, named.end()):
            continue
        name, form = L.ENTITY_FORMS.get(named.group(0), ("", ""))
        if form == "name" and L.ENTITY_KINDS.get(name) in _SUSPENDED["kinds"]:
            return True
    return False


_TIES = _DATA["military_ties"]
MILITARY_TIES_RE = re.compile(
    rf"\b(?:{_alt(_TIES['verbs'])})\s+(?:(?:all|its|their|the|joint|bilateral|most|some|remaining|[\w-]+ly)\s+){{0,3}}"
    rf"(?:{_alt(_TIES['fields'])})\s+(?:[\w-]+\s+)?(?:{_alt(_TIES['ties'])})\b(?!\s+(?:{_alt(_TIES['not_after'])})\b)")


def military_ties_cut(lower: str, pos: int, end: int) -> bool:
    """Whether the act at pos cuts, freezes or suspends military or defence ties ("froze defence ties with X"): a
    measure against a state, a `sanction` (session 16 ruling)."""
    return MILITARY_TIES_RE.match(lower, pos, end) is not None


_CLOSED = _DATA["closed_to_state"]
# "closed its airspace to ", "shut the country's ports to all ": the closure and "to", the craft's owner next.
_SPACE = L.spaced_alt(_CLOSED["spaces"])
_SPACES = rf"(?:{_SPACE})(?:\s*,\s*(?:{_SPACE}))*(?:,?\s+and\s+(?:{_SPACE}))?"  # "its airspace and seaports"
# "Kenya's airspace was closed to ": the passive too.
CLOSED_TO_RE = re.compile(
    rf"(?:\b(?:{_alt(_CLOSED['verbs'])})\s+(?:(?:its|their|the|his|her|[\w-]+['’]s)\s+)?(?:own\s+)?{_SPACES}"
    rf"|\b{_SPACES}\s+(?:{_alt(_CLOSED['passive'])})\s+(?:\w+ly\s+)?(?:{_alt(_CLOSED['verbs'])}))\s+to\s+(?:all\s+)?")
CRAFT_RE = re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{L.spaced_alt(_CLOSED['crafts'])})\b")
FROM_STATE_RE = re.compile(r"\s+(?:from|of|registered\s+in|flagged\s+in)\s+(?:the\s+)?")
FLAGGED_RE = re.compile(r"([\w'’]+)-(?:flagged|registered|owned|operated)\b")


def _state_at(body: str, at: int, end: int) -> int | None:
    """Where a state's name or demonym at body[at:] ends ("Indian", "Panama", "Qatari-flagged"), else None."""
    named = L.ENTITY_RE.match(body, at, end)
    flagged = FLAGGED_RE.match(body, at, end) if named is None else None  # the name's rule wants no hyphen after it
    if named is None and flagged is None:
        return None
    name, form = L.ENTITY_FORMS.get((named or flagged).group(0 if named else 1), ("", ""))
    ok = form in ("name", "demonym") and L.ENTITY_KINDS.get(name) == "country"
    return (named or flagged).end() if ok else None


def closed_to_state(body: str, lower: str, pos: int, end: int) -> bool:
    """Whether the act at pos closes an airspace, ports or waters to one named state's craft ("closed its airspace to
    Indian flights", "to flights from Panama"): a measure against that state, a `sanction` (the eval README's ruling)."""
    m = CLOSED_TO_RE.search(lower, pos, end)
    if m is None:
        return False
    after = _state_at(body, m.end(), end)  # "to Indian flights", "to Qatari-flagged vessels"
    if after is not None:
        return CRAFT_RE.match(lower, after, end) is not None
    craft = CRAFT_RE.match(lower, m.end(), end)  # "to flights from Panama"
    if craft is None:
        return False
    owner = FROM_STATE_RE.match(lower, craft.end(), end)
    return owner is not None and _state_at(body, owner.end(), end) is not None


_EXPELLED = _DATA["expelled_diplomats"]
# Never "expelled from the party", "its ambassador to Paris from its ranks": a body's member, not a state's agent.
_NOT_FROM = rf"(?![^.;:,]{{0,30}}?\bfrom\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){{0,2}}(?:{_alt(_EXPELLED['not_from'])})\b)"
_AGENT = rf"\b(?:{L.spaced_alt(_EXPELLED['agents'])})\b(?!\s+(?:{_alt(_EXPELLED['not_after'])})\b){_NOT_FROM}"
# A period after an abbreviation or a single letter ("M. Pierre Sebilleau", "U.S."): each look-behind of one width.
_ABBR = "|".join(rf"(?<=\b(?:{_alt(words)}))\." for words in (
    [w for w in _EXPELLED["abbreviations"] + list("abcdefghijklmnopqrstuvwxyz") if len(w) == n]
    for n in sorted({len(w) for w in _EXPELLED["abbreviations"]} | {1})))
# Up to 60 characters of one clause with no people's word that is no agent's ("expelled the journalists who met ...").
_BETWEEN = rf"(?:(?!\b(?:{L.spaced_alt(_EXPELLED['not_agents'])})\b)(?:[^.;:]|{_ABBR})){{0,60}}?"
_GRATA = L.spaced_alt(_EXPELLED["grata"])
EXPELLED_RE = re.compile(
    rf"\b(?:{L.spaced_alt(_EXPELLED['verbs'])}|{_GRATA})\b{_BETWEEN}{_AGENT}"
    rf"|\b(?:{L.spaced_alt(_EXPELLED['orders'])})\b{_BETWEEN}{_AGENT}[^.;:]{{0,40}}?\b(?:{L.spaced_alt(_EXPELLED['leave'])})\b"
    rf"|{_AGENT}{_BETWEEN}\b(?:(?:{_alt(_EXPELLED['auxiliaries'])})\s+(?:\w+ly\s+)?(?:{L.spaced_alt(_EXPELLED['passives'])})"
    rf"|{_GRATA})\b{_NOT_FROM}")


def diplomats_expelled(lower: str, start: int, end: int) -> bool:
    """Whether the act's words lower[start:end] expel a state's agents ("expelled three Soviet diplomats", "ordered the
    attache to leave", "the envoy was declared persona non grata"): a measure against that state, a `sanction` (the
    lead's ruling of session 25); members, journalists or nationals expelled stay `other`."""
    return EXPELLED_RE.search(lower, start, end) is not None


_HANDED = _DATA["protest_handed"]
_TEXT = rf"(?:[^.;:]|{_ABBR})"  # a character of one clause (a title's period too)
# Whom it went to, before the note: a pronoun, or an envoy's word with a name or place after it up to a comma ("the
# Swedish ambassador in Moscow, Lennart Hjelm,"); a note first ("handed a protest note to X") is the statement reader's.
_RECIPIENT = rf"(?:{_alt(_HANDED['pronouns'])}|{_TEXT}{{0,30}}?{_AGENT}(?:{_TEXT}{{0,40}}?,)?)\s+"
# The verb at the act's trigger, then whom, then the note ("handed him a strongly worded protest", "handed the
# ambassador, Mr. X, a note"); or the recipient told first ("was handed a formal protest").
PROTEST_HANDED_RE = re.compile(
    rf"(?:(?:{_alt(_HANDED['passive'])})\s+(?:\w+ly\s+)?(?:{_alt(_HANDED['verbs'])})\s+"
    rf"|(?:{_alt(_HANDED['verbs'])})\s+{_RECIPIENT})(?:a|an|the|its|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{L.spaced_alt(L._SPEECH['documents']['handed'])})\b")


def protest_handed(lower: str, pos: int, end: int) -> bool:
    """Whether the act at pos hands or delivers a protest, note or statement ("handed him a strongly worded protest"):
    the words delivered, a `statement` (the eval README's Kinds)."""
    return PROTEST_HANDED_RE.match(lower, pos, end) is not None


_TASK = _DATA["task_force"]
# "a task force of the South African National Defence Force": a land owner within a few words after "of"
TASK_OWNER_RE = re.compile(rf"task forces?\s+of\s+(?:[\w'’.-]+\s+){{0,{int(_TASK['reach'])}}}?"
                           rf"(?:{_alt(_TASK['owners'])})\b")
TASK_BEFORE_RE = re.compile(rf"\b(?:{_alt(_TASK['before'])})\s+task forces?\b")
TASK_FORCE_RE = re.compile(r"\btask forces?\b")


def land_task_force(body: str, lower: str, start: int, end: int) -> bool:
    """Whether a ship movement told in lower[start:end] names no ship but a task force of an army ("a task force of the
    South African National Defence Force entered Lesotho", "an army task force landed"): forces put there, a
    `deployment` (session 28)."""
    if TASK_FORCE_RE.search(lower, start, end) is None:
        return False
    ships = [m for m in L.SHIP_TYPE_RE.finditer(lower, start, end) if not m.group(0).startswith("task force")]
    if ships or L.SHIP_NAME_RE.search(body, start, end):
        return False  # "the carrier and its task force", "HMS Hermes led the task force": ships named
    return TASK_OWNER_RE.search(lower, start, end) is not None or TASK_BEFORE_RE.search(lower, start, end) is not None



FIRED_ON_RE = re.compile(rf"(?:{_alt(_DATA['fired_on']['verbs'])})\b")


def fired_on(lower: str, pos: int) -> bool:
    """Whether the act read at pos is a verb of firing on something ("silenced a dozen batteries around Amoy"): no
    force put there, `other` (session 28)."""
    return FIRED_ON_RE.match(lower, pos) is not None
