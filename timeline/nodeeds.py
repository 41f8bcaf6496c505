"""Trigger hits that tell a state, a right or a standing place, no deed (session 18): a passive "left" ("the boat was
left burning"), an infinitive after a right ("the right of all ships to sail"), forces standing at a place a where-clause
describes ("the airport where Kenyan troops are based"), a craft's whereabouts claimed in the past progressive ("said
the ships were sailing in international waters": session 21); and `into_own_space`, an act told as a move into the speaker's own
waters or airspace ("said the ships had entered its waters"), which is never the speaker's own. Word lists:
data/nodeeds.toml."""

from __future__ import annotations

import re

from timeline import lexicon as L

_DATA = L._load("nodeeds")


_alt = L.literal_alt  # words of a data list, longest first


# A be-form (an adverb may follow) right before "left": what remained, not a departure.
LEFT_STATE_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['left_state']['be_forms'])})\s+(?:[a-z]+ly\s+)?$")
# A right's noun, its holder after "of" (a few words), then "to" and the verb: "the right of all ships to".
RIGHT_TO_BEFORE_RE = re.compile(rf"\b(?:{_alt(_DATA['right_to']['nouns'])})\s+(?:of\s+(?:[\w'’-]+\s+){{1,6}})?to\s+"
                                r"(?:[a-z]+ly\s+)?$")
# "where" and up to four words of the forces' name right before the trigger's start: "where Ethiopian troops".
WHERE_BEFORE_RE = re.compile(r"\bwhere\s+(?:(?:some|about|around|up to|more than|[\d,]+)\s+)*(?:[\w'’.-]+\s+){0,3}$")
STANDING_RE = re.compile(rf"\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+|permanently\s+)?"
                         rf"(?:{_alt(_DATA['standing_place']['verbs'])})\b")


_POSITION = _DATA["position"]
# Session 21 (prec21): a craft's whereabouts told in the past progressive in someone's words, the waters, airspace or
# territory it was in right after ("said the ships were sailing in international waters", "insists the bomber was flying
# over Syrian territory"): a claim of its lawfulness, no movement of its own (with its own day it stays one: "were sailing
# off the Portuguese coast on Tuesday").
POSITION_RE = re.compile(
    rf"(?P<be>(?:{_alt(_POSITION['be_forms'])})\s+(?:[a-z]+ly\s+)?)?(?:{_alt(_POSITION['verbs'])})\s+(?:{_alt(_POSITION['prepositions'])})\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_alt(_POSITION['places'])})\b")
BE_BEFORE_RE = re.compile(rf"\b(?:{_alt(_POSITION['be_forms'])})\s+(?:[a-z]+ly\s+)?$")


def position(lower: str, start: int, t0: int) -> bool:
    """Whether a craft's move read at t0 is only where it was: a progressive verb of travel and the space it was in."""
    m = POSITION_RE.match(lower, t0)
    # the be-form opens the hit ("was sailing in") or stands right before it ("were <sailing in>")
    return m is not None and (m.group("be") is not None or BE_BEFORE_RE.search(lower, max(start, t0 - 20), t0) is not None)


def no_deed(lower: str, kind: str, start: int, hit: re.Match[str], claimed: bool = False) -> bool:
    """Whether a trigger's hit (in a sentence starting at start) tells a state, a right or a standing place, no deed
    (claimed: the hit lies in someone's reported words and has no date phrase of its own)."""
    t0 = hit.start()
    if claimed and kind in ("ship_movement", "other") and position(lower, start, t0):
        return True  # "the ships were sailing in international waters": whereabouts, no voyage (session 21)
    before = lower[max(start, t0 - 70):t0]
    if kind == "ship_movement" and lower.startswith("left", t0) and LEFT_STATE_BEFORE_RE.search(before):
        return True  # "was left burning": what remained
    if RIGHT_TO_BEFORE_RE.search(before):
        return True  # "the right of all ships to sail": a principle, no act
    return kind == "deployment" and STANDING_RE.search(hit.group(0)) is not None \
        and WHERE_BEFORE_RE.search(lower[max(start, t0 - 50):t0]) is not None  # "where troops are based"


# "entered its waters", "violated their airspace", "intruded into our territorial sea": a move into the speaker's own
# space, never the speaker's own act (the doer stays the clause's subject, or none).
OWN_SPACE_RE = re.compile(rf"\b(?:its|their|our)\s+(?:own\s+)?(?:{_alt(_DATA['own_space']['modifiers'])}\s+)?"
                          rf"(?:{_alt(_DATA['own_space']['nouns'])})\b")


def into_own_space(lower: str, t0: int, end: int) -> bool:
    """Whether an act's words after its trigger at t0 (to end) tell a move into the speaker's own waters or airspace."""
    return OWN_SPACE_RE.search(lower, t0, min(end, t0 + 80)) is not None
