"""Ships named by their type right before the name ("the gunboat Baldur", "the tanker Grace Star"): the bare name then
stands for that ship later in the excerpt ("The coastguard said the Baldur had limped back to port"), as a name after
a prefix ("HMS", "USS") does (session 18). Never a state, body or place a list names ("the carrier America"), a day or a
month ("seized the tanker Friday"), nor a title ("the frigate Admiral ...": the title's person, not a ship)."""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline import sentindex as S

SHIP_TYPES = S.Listed(L.SHIP_TYPE_RE)  # its words found once per body (session 20; the bit objects_of asks too)
# The name right after the ship type: one or two capitalised words, or a word and a number ("Grace 1").
NAME_AFTER_RE = re.compile(rf"\s+(?P<name>{L.NAME_TOKEN}(?:\s+(?:{L.NAME_TOKEN}|\d+))?)(?![\w'’-])")
# Capitalised words that are no ship's name after a ship type: days, months, times and words that open a clause.
NOT_NAMES = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
    "It", "They", "He", "She", "Officials", "Authorities", "Reuters", "Navy", "Coast", "Guard",
})


def typed_ship_names(text: str, lower: str, s: int, e: int) -> list[str]:
    """The names that a ship type right before them gives ships in text[s:e] (see the module's rules)."""
    out: list[str] = []
    for m in SHIP_TYPES.finditer(lower, s, e):  # none where the excerpt's index finds no ship type
        n = NAME_AFTER_RE.match(text, m.end(), e)
        if n is None:
            continue
        name = n.group("name")
        first = name.split()[0]
        if first in NOT_NAMES or L.entity_named_in(name) is not None or L.TITLED_NAME_RE.match(name):
            continue
        out.append(name)
    return out
