"""Session 15: doers of acts whose subject names none, from the sentence's shape (word lists: data/doers.toml).

- `force_state`: a state's forces named with no state ("Soldiers set up roadblocks") are the state whose forces the
  excerpt named last before the sentence ("Fiji's military", "Maldivian troops").
- `own_measure`: a state's own measure told in the passive and attributed to that state's body after it ("were detained
  at the airport, the Belarusian Interior Ministry said") is the speaker's side's.
- `passive_state`: a passive act of courts or police with no agent is the state of the place it was done in ("were
  arrested in Minsk", "in a Moscow hotel room"); one made to leave a country was expelled by it ("given 48 hours to
  leave Lithuania").
"""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline.speakers import Mention

_DOERS = L._load("doers")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


FORCE_SUBJECT_RE = re.compile(
    rf"(?:(?:{_alt(_DOERS['force_leads'])})\s+)*(?:{_alt(_DOERS['force_heads'])})(?P<aux>(?:\s+(?:{_alt(_DOERS['aux'])}))*)"
    rf"\s+(?P<next>[a-z]+)")
NOT_VERBS = frozenset(_DOERS["not_verbs"])
FORCE_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:{_alt([w.lower() for w in _DOERS['force_words']])})\b")
JUDICIAL_RE = re.compile(rf"(?:(?:were|was|been|being|is|are)\s+(?:\w+ly\s+)?)?(?:{_alt(_DOERS['judicial'])})\b")
PATIENT_RE = re.compile(rf"\b(?:were|was|been|being|is|are)\s+(?:\w+ly\s+)?(?:{_alt(_DOERS['patients'])})$")
IN_PLACE_RE = re.compile(r"\s+in\s+(?:a\s+|an\s+|the\s+)?$")
OWN_MEASURE_RE = re.compile(rf"\b(?:were|was|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:{_alt(_DOERS['own_measures'])})\b")
LEAVE_RE = re.compile(rf"\b(?:{_alt(_DOERS['leave'])})\s+(?:the\s+)?$")


def force_subject(lower: str, start: int, trigger: int = -1) -> bool:
    """Whether lower[start:] opens with a force named with no state whose verb is at the trigger (any verb: -1)."""
    m = FORCE_SUBJECT_RE.match(lower, start)
    return m is not None and trigger in (-1, m.start("next")) and m.group("next") not in NOT_VERBS


def patient_passive(lower: str, t0: int, t1: int) -> bool:
    """Whether a trigger ends in a passive whose subject underwent the act ("diplomats were expelled")."""
    return PATIENT_RE.search(lower, t0, t1) is not None


PERSON_OFFICE_RE = re.compile(r"\b(?:president|minister|premier|chancellor|leader|king|queen|emir|sultan|prince|commander"
                              r"|chief|secretary|ambassador|envoy|governor|mayor|general|admiral|counterpart|negotiator"
                              r"|adviser|advisor|prosecutor|spokes(?:man|woman|person))$", re.IGNORECASE)


def person_speaker(kind: str, role: str | None) -> bool:
    """Whether a speaker is one person ("Japarov", "Kenya's president"), not a body ("India's air force")."""
    return kind == "person" or PERSON_OFFICE_RE.search((role or "").strip()) is not None


def own_measure(lower: str, t0: int, t1: int, clause: tuple[int, int]) -> bool:
    """Whether the trigger is a passive of a state's own measure ("were detained", "was scrambled")."""
    m = OWN_MEASURE_RE.search(lower, max(clause[0], t0 - 30), min(clause[1], t1 + 20))
    return m is not None and m.start() < t1 and m.end() > t0


def last_force_state(masked: str, lower: str, before: int) -> str | None:
    """The state whose forces the text names last before an offset ("Fiji's military", "the Honduran army")."""
    state = None
    for m in L.ENTITY_RE.finditer(masked, 0, before):
        name = L.ENTITY_FORMS.get(m.group(0), (None, ""))[0]
        if name and L.ENTITY_KINDS.get(name) == "country" and FORCE_AFTER_RE.match(lower, m.end()):
            state = name
    return state


def passive_state(lower: str, mentions: list[Mention], t0: int, t1: int, end: int) -> str | None:
    """The state a passive act with no agent was done by: the country one must leave, or the place of an arrest or trial."""
    for m in mentions:
        if not (t1 <= m.start < end) or m.kind not in ("entity", "body") or L.ENTITY_KINDS.get(m.name or "") != "country":
            continue
        if LEAVE_RE.search(lower, max(t0, m.start - 24), m.start):
            return m.name
        if JUDICIAL_RE.match(lower, t0) and IN_PLACE_RE.search(lower, max(t0, m.start - 12), m.start):
            return m.name
    return None
