"""Trigger hits that tell a state, a right or a standing place, no deed (session 18): a passive "left" ("the boat was
left burning"), an infinitive after a right ("the right of all ships to sail"), forces standing at a place a where-clause
describes ("the airport where Kenyan troops are based"); and `into_own_space`, an act told as a move into the speaker's own
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


def no_deed(lower: str, kind: str, start: int, hit: re.Match[str]) -> bool:
    """Whether a trigger's hit (in a sentence starting at start) tells a state, a right or a standing place, no deed."""
    t0 = hit.start()
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
