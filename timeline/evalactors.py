"""The evaluator's second actor figure: a gold actor and a predicted one that name one entity by aliases.toml.

The strict figure (`timeline.evaluate`'s "actor" column) counts a predicted actor right only when it is the gold
string (case-insensitive). The gold may name a state's own organ either as the state or as the organ
(tests/data/eval/README.md "Actors"), and a person by full name where the record names them by surname, so the
second figure ("actor~") also counts as right:
- two names the one alias table gives one canonical entity ("Kremlin" / "Russia", "Group of 20" / "G20");
- a state and one of its organs: a state's form or demonym with only words of aliases.toml [same_entity]
  `state_body_words` beside it ("Turkish Foreign Ministry", "Republic of Fiji Military Forces",
  "US State Department" / "Turkey", "Fiji", "United States"); a court, a parliament or a party is no organ here;
- one person: the words of one name are the last words of the other ("Bush" / "George W. Bush"), accents and
  case aside, and neither is an entity of the table.
"""

from __future__ import annotations

import re
import unicodedata

from timeline.lexicon import ENTITY_FORMS, ENTITY_KINDS, ENTITY_RE, _load

_TABLE = _load("aliases").get("same_entity", {})
# Words that, beside a state's name or demonym, name one of its organs (the government, its ministries and
# agencies, its seat, its armed forces): aliases.toml [same_entity].
STATE_BODY_WORDS: frozenset[str] = frozenset(w.casefold() for w in _TABLE.get("state_body_words", []))
STATE_KINDS = frozenset({"country", "territory"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")


def fold(name: str) -> str:
    """A name without accents, case or surrounding blanks ("Erdoğan" -> "erdogan")."""
    plain = unicodedata.normalize("NFKD", name.strip())
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def entity_of(name: str) -> str | None:
    """The canonical entity a whole actor string names: a table form, or a state with only organ words beside it."""
    name = name.strip()
    if name in ENTITY_FORMS:
        canonical, how = ENTITY_FORMS[name]
        return canonical if how in ("name", "seat") or ENTITY_KINDS.get(canonical) in STATE_KINDS else None
    found = ENTITY_RE.search(name)
    if found is None or found.group(0) not in ENTITY_FORMS:
        return None
    canonical = ENTITY_FORMS[found.group(0)][0]
    if ENTITY_KINDS.get(canonical) not in STATE_KINDS:
        return None
    rest = name[:found.start()] + " " + name[found.end():]
    words = [w.casefold() for w in _WORD.findall(rest)]
    if words and all(w in STATE_BODY_WORDS for w in words):
        return canonical
    return None


def _person_tail(short: str, long: str) -> bool:
    """True when the words of `short` are the last words of `long` (one person named by surname)."""
    a, b = fold(short).split(), fold(long).split()
    return 0 < len(a) < len(b) and b[-len(a):] == a


def same_entity(gold: str, predicted: str | None) -> bool:
    """True when a predicted actor names the gold actor's entity by the rules in this module's docstring."""
    if not predicted:
        return False
    if fold(gold) == fold(predicted):
        return True
    g, p = entity_of(gold), entity_of(predicted)
    if g is not None or p is not None:
        return g == p
    return _person_tail(predicted, gold) or _person_tail(gold, predicted)
