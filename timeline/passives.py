"""Session 15: doers of acts whose subject names none, from the sentence's shape (word lists: data/doers.toml).

- `force_state`: a state's forces named with no state ("Soldiers set up roadblocks") are the state whose forces the
  excerpt named last before the sentence ("Fiji's military", "Maldivian troops").
- `own_measure`: a state's own measure told in the passive and attributed to that state's body after it ("were detained
  at the airport, the Belarusian Interior Ministry said") is the speaker's side's.
- `NAME_TO_VERB_RE` (used by actions._shape_doer): a name no list holds opening the act's clause, with only a day and
  auxiliaries before its verb, is the doer ("Donald Trump on Monday signed an executive order").
- `harm_doer`: a passive harm with no agent is done by the forces of the "when"/"as" clause after it ("was shot dead as
  soldiers fired on the crowd": the state whose forces the excerpt named last; "when Venezuelan troops opened fire").
- `passive_state`: a passive act of courts or police with no agent is the state of the place it was done in ("were
  arrested in Minsk", "in a Moscow hotel room"); one made to leave a country was expelled by it ("given 48 hours to
  leave Lithuania").
"""

from __future__ import annotations

import re

from excerpt.letters import UPPER
from timeline import lexicon as L
from timeline.speakers import Mention

_DOERS = L._load("doers")


_alt = L.literal_alt  # words of a data list, longest first


FORCE_SUBJECT_RE = re.compile(
    rf"(?:(?:{_alt(_DOERS['force_leads'])})\s+)*(?:{_alt(_DOERS['force_heads'])})(?P<aux>(?:\s+(?:{_alt(_DOERS['aux'])}))*)"
    rf"\s+(?P<next>[a-z]+)")
NOT_VERBS = frozenset(_DOERS["not_verbs"])
FORCE_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:{_alt([w.lower() for w in _DOERS['force_words']])})\b")
JUDICIAL_RE = re.compile(rf"(?:(?:were|was|been|being|is|are)\s+(?:\w+ly\s+)?)?(?:{_alt(_DOERS['judicial'])})\b")
SUMMONS_RE = re.compile(rf"(?:(?:were|was|been|being|is|are)\s+(?:\w+ly\s+)?)?(?:{_alt(_DOERS['summons'])})\s+(?:back\s+)?to\s+")
POSTING_RE = re.compile(r"\b(?:ambassador|envoy|embassy|charg[eé] d['’]affaires|consulate|mission|diplomats?)\s+in\s+$")
PATIENT_RE = re.compile(rf"\b(?:were|was|been|being|is|are)\s+(?:\w+ly\s+)?(?:{_alt(_DOERS['patients'])})$")
IN_PLACE_RE = re.compile(r"\s+in\s+(?:a\s+|an\s+|the\s+)?$")
OWN_MEASURE_RE = re.compile(rf"\b(?:were|was|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:{_alt(_DOERS['own_measures'])})\b")
# Between a name opening its clause and the act's verb: a day or time and auxiliaries only ("Donald Trump on Monday
# signed", "Hapag-Lloyd has also suspended").
NAME_TO_VERB_RE = re.compile(rf"(?:,?\s+(?:on|last|this|late|early|earlier|later)\s+[a-z]+(?:\s+(?:night|morning|evening))?,?"
                             rf"|\s+(?:yesterday|today|overnight))?(?:\s+(?:{_alt(_DOERS['aux'])}|has|have|had|will|would))*\s+")
LEAVE_RE = re.compile(rf"\b(?:{_alt(_DOERS['leave'])})\s+(?:the\s+)?$")


# "one protester was shot dead as soldiers fired on the crowd", "were killed when Venezuelan troops opened fire": the
# harm's doer is the subject of the "when"/"as" clause right after it.
HARM_RE = re.compile(r"(?:(?:were|was|been|being)\s+(?:\w+ly\s+)?)?(?:killed|wounded|injured|hurt|shot dead|shot)\b")
WHEN_AFTER_RE = re.compile(r"[^.;:]{0,60}?\b(?:when|as)\s+(?:the\s+)?")
FORCE_HEAD_RE = re.compile(rf"(?:{_alt([h.removeprefix('the ') for h in _DOERS['force_heads']])})\b")


def harm_doer(masked: str, lower: str, mentions: list[Mention], t0: int, t1: int, s: int) -> str | None:
    """The state whose forces a "when"/"as" clause after a passive harm names as firing ("were killed when X troops fired")."""
    if not HARM_RE.match(lower, t0):
        return None
    w = WHEN_AFTER_RE.match(lower, t1)
    if w is None:
        return None
    at = w.end()
    named = next((m for m in mentions if m.start == at and m.kind in ("entity", "demonym")), None)
    if named is not None:
        return named.name if L.ENTITY_KINDS.get(named.name or "") in ("country", "territory") else None
    if FORCE_HEAD_RE.match(lower, at):
        return last_force_state(masked, lower, s)
    return None


# Session 18: a force's own participle phrase between it and its verb ("soldiers backed by two armoured vehicles stormed").
FORCE_BACKED_RE = re.compile(
    rf"(?:(?:{_alt(_DOERS['force_leads'])})\s+)*(?:{_alt(_DOERS['force_heads'])}),?\s+(?:{_alt(_DOERS['force_backed'])})"
    rf"\s+(?:by|with|in|on)\s+[^,.;:]{{1,50}}?,?(?:\s+(?:{_alt(_DOERS['aux'])}))*\s+")


def force_subject(lower: str, start: int, trigger: int = -1) -> bool:
    """Whether lower[start:] opens with a force named with no state whose verb is at the trigger (any verb: -1)."""
    m = FORCE_SUBJECT_RE.match(lower, start)
    if m is not None and trigger in (-1, m.start("next")) and m.group("next") not in NOT_VERBS:
        return True
    return trigger > start and FORCE_BACKED_RE.fullmatch(lower, start, trigger) is not None


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
    """The state a passive act with no agent was done by: the country one must leave, the place of an arrest or trial, or
    the office a summons was made to."""
    summons = SUMMONS_RE.match(lower, t0)
    if summons is not None:
        return summons_state(lower, mentions, t0, summons.end(), end)
    for m in mentions:
        if not (t1 <= m.start < end) or m.kind not in ("entity", "body") or L.ENTITY_KINDS.get(m.name or "") != "country":
            continue
        if LEAVE_RE.search(lower, max(t0, m.start - 24), m.start):
            return m.name
        if JUDICIAL_RE.match(lower, t0) and IN_PLACE_RE.search(lower, max(t0, m.start - 12), m.start):
            return m.name
    return None


def summons_state(lower: str, mentions: list[Mention], t0: int, to: int, end: int) -> str | None:
    """The state that summoned: named in the office the summons was made to ("to the Polish Foreign Ministry", "to the
    State Department", "to the foreign ministry in Athens"), else the posting of the one summoned ("Russia's ambassador
    in Warsaw"); never the summoned envoy's own state (session 17)."""
    after = next((m.name for m in mentions if to <= m.start < min(end, to + 60) and m.kind in ("entity", "body", "demonym")
                  and L.ENTITY_KINDS.get(m.name or "") == "country"), None)
    if after is not None:
        return after
    return next((m.name for m in mentions if m.end <= t0 and m.kind in ("entity", "body")
                 and L.ENTITY_KINDS.get(m.name or "") == "country"
                 and POSTING_RE.search(lower, max(0, m.start - 40), m.start)), None)


# "The Foreign Ministry summoned the British ambassador": the envoy's own state never summons them (session 17).
SUMMONED_ENVOY_RE = re.compile(rf"\b(?:summon(?:ed|s|ing)|call(?:ed|s|ing) in)\s+(?:the\s+)?(?P<state>[{UPPER}][\w.’'-]+"
                               rf"(?:\s+[{UPPER}][\w.’'-]+)?)\s+(?:ambassador|envoy|charg[eé] d['’]affaires|diplomats?)\b")


def not_the_envoys(body: str, start: int, end: int, actor: str | None) -> str | None:
    """The summoning state when an act's doer is the summoned envoy's own state ("The Foreign Ministry summoned the
    British ambassador" read as Britain's): the last other country named before the act, else None; any other doer
    stands."""
    m = SUMMONED_ENVOY_RE.search(body, start, end)
    form = L.ENTITY_FORMS.get(m.group("state")) if m is not None else None
    if form is None or form[0] != actor:
        return actor
    before = [L.ENTITY_FORMS[e.group(0)][0] for e in L.ENTITY_RE.finditer(body, 0, start) if e.group(0) in L.ENTITY_FORMS]
    return next((c for c in reversed(before) if c != actor and L.ENTITY_KINDS.get(c) == "country"), None)
