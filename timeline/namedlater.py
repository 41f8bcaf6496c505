"""A state's office-holder named only by role in a statement and by name in the next paragraphs ("Fiji's military
commander announced Tuesday that ..." ... "Commodore Frank Bainimarama told a news conference"): that person speaks.

Rules (session 15): the statement's speaker is a country with a role whose last words are a head of data/namedlater.toml
("Fijian military commander", "South Korean new defense minister"); exactly one person first named after it, within
`reach` characters of its end and never before it, holds a role with those head words ("Defense Minister") or, for a
commander, a military rank ("Commodore"); the statement then takes that person as its actor and role.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from timeline import attributes as A
from timeline import lexicon as L
from timeline.drafts import Context

_DATA = tomllib.loads((Path(__file__).parent / "data" / "namedlater.toml").read_text(encoding="utf-8"))
HEADS: tuple[str, ...] = tuple(sorted(_DATA["heads"], key=len, reverse=True))  # "prime minister" before "minister"
REACH: int = _DATA["reach"]


def _head(role: str) -> str | None:
    """The role's head word of the data list ("south korean new defense minister" -> "minister"), else None."""
    return next((h for h in HEADS if role == h or role.endswith(" " + h)), None)


def _holds(person_role: str, head: str, words: set[str]) -> bool:
    """True when a person's role is the statement's: its head with no word the statement's role lacks, or a rank."""
    if head == "commander" and (person_role in L.COMMANDER_RANKS or person_role.split(" ")[-1] in L.COMMANDER_RANKS):
        return True
    return _head(person_role) == head and set(person_role.split()) <= words


def name_later_speakers(ctx: Context) -> None:
    """Give a statement by a country's office-holder named by role the person the next paragraphs name (see rules)."""
    persons = list(ctx.reg.persons.values())
    for d in ctx.drafts:
        if d.kind != "statement" or not d.actor or not d.role or L.ENTITY_KINDS.get(d.actor) != "country":
            continue
        role = " ".join(d.role.lower().split())
        head = _head(role)
        if head is None:
            continue
        words = set(role.split())
        fits = [p for p in persons if p.role and d.end < p.first <= d.end + REACH and _holds(p.role.lower(), head, words)]
        if len(fits) == 1:
            old = A.short_actor(d.actor)
            d.actor, d.role = fits[0].name, fits[0].role
            if old and d.summary.startswith(old + " "):  # "Fiji announced: ..." -> "Frank Bainimarama announced: ..."
                d.summary = A.clip(A.short_actor(d.actor) + d.summary[len(old):])
