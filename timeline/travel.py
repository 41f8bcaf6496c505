"""Travel of people, aircraft and expeditions told in the reporter's own clause with a day of its own, that no trigger
or visit read ("Micheletti was due to fly home to Tegucigalpa this evening", "Paul Whelan walked off a plane in
Maryland late Thursday", "On 26 January, a U.S. Air Force C-17 ... landed at McGhee Tyson airport", "The expedition will
return to St. Petersburg in early September", "led a team of inspectors to Tripoli on 27 December").

Rules (session 15, helper other15; words in data/travel.toml):
- A verb of movement, perhaps after "home"/"back"/"empty-handed", then a place: a preposition and a capitalised name,
  "home", or a craft left ("walked off a plane"); or "took off" with an aircraft as subject; or a team or delegation
  led to a named place; or a voyage or journey begun home or back. Never an idiom: "came to power", "returned to the
  negotiating table" (no name or "home" after the verb).
- The clause is the reporter's own: not inside a statement's reported words, not read by another reading, and it
  holds a date phrase of its own (or the sentence's leading one): a day or a week, or a month for a plan ("will return
  in early September", "is due to leave Tripoli by sea in March"), or a vague stretch for a plan, which then stays
  undated ("in the coming days" names no day); a year alone is background.
- Drafted as a trigger's act (actions.action_draft: kind `other`, a ship's voyage when a ship word is its subject),
  planned after a plan's cue ("was due to", "will").
"""

from __future__ import annotations

import re
from functools import cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import action_draft, day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.frames import Frame
from timeline.sentindex import fresh_mask, reader_gate
from timeline.speakers import Mention

UNUSABLE = frozenset({"modifier", "dateline", "vague", "relational"})
MONTH_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
# A who/which clause's verb ("..., which had left X on 6 October,"): the clause's head's background, relacts' to read.
REL_BEFORE_RE = re.compile(r",\s+(?:who|which|whose\s+\w+)\s+(?:(?:had|has|have|was|were)\s+)?(?:\w+ly\s+)?$")
BY_SEA_RE = re.compile(r"[^,;:]{0,40}?\bby (?:sea|ship)\b")
WENT_TO_RE = re.compile(r"(?:\s+(?:on|back|home|later|then|straight|directly))*\s+to\s+(?:the\s+)?$")
SUBJECT_REACH = 120  # characters before the verb that may hold its subject's aircraft noun
# Boats named with no type word travel as ships ("most of the French boats had headed home": session 22).
BOAT_RE = re.compile(rf"\b(?:{L.spaced_alt(L.MILITARY_SUBJECT_ACTS.get('boat_heads', []))})\b")


_alt = L.spaced_alt  # words of a data list, longest first, a space any white space


@cache
def _data() -> dict[str, list[str]]:
    return L._load("travel")


@cache
def _travel_re() -> re.Pattern[str]:
    """A verb of movement and the words before its place (lowercase text; the place is checked on the body)."""
    d = _data()
    return re.compile(
        rf"\b(?P<verb>{_alt(d['verbs'])})\b(?:\s+(?:{_alt(d['between'])})\b)*"
        rf"(?:\s+(?P<home>home)\b(?!\s+(?:ministry|office|secretary|affairs|front|guard)\b)"
        rf"|\s+(?P<off>off|from|out\s+of)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:{_alt(d['crafts'])})\b"
        rf"|\s+(?:{_alt(d['prepositions'])})\s+(?:the\s+)?(?=(?P<place>\w))"
        rf"|\s+(?:the\s+)?(?=(?P<object>\w)))")


@cache
def _other_re() -> re.Pattern[str]:
    """Take-offs, delegations led to a place and voyages begun home (lowercase text)."""
    d = _data()
    return re.compile(
        rf"\b(?P<verb>(?:{_alt(d['takeoff'])}))\b(?P<takeoff>)"
        rf"|\b(?P<lead>led)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:{_alt(d['led'])})\b[^.;:,]{{0,60}}?"
        rf"\s(?:to|into)\s+(?:the\s+)?(?=(?P<leadplace>\w))"
        rf"|\b(?P<voyage>{_alt(d['voyage_verbs'])})\s+(?:the|their|its|his|her|a)\s+(?:return\s+)?"
        rf"(?:{_alt(d['voyage_nouns'])})\s+(?:home|back)\b")


@cache
def _forces_re() -> re.Pattern[str]:
    """A subject head that makes the move a deployment: a unit word (military.toml) or forces' equipment (travel.toml)
    right before the verb, auxiliaries apart (never a word inside the subject's own clause: "a C-17 carrying ...
    equipment from Libya's programs, landed")."""
    return re.compile(rf"(?<![\w-])(?:{_alt([w.lower() for w in L.UNITS] + _data()['forces'])})"
                      rf"(?:\s+(?:{_alt(_data()['forces_aux'])}))*\s+$")


@cache
def _civil_re() -> re.Pattern[str]:
    """A subject that says its craft or people are civil ("The Air India aircraft", "the relief flight")."""
    return re.compile(rf"\b(?:{_alt(_data()['civil'])})\b")


@cache
def _plan_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(_data()['plan_cues'])})\s+(?:\w+ly\s+)?$")


@cache
def _aircraft_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(_data()['aircraft'])})s?\b")


# Each pattern's required words (sentindex.required_words: its verbs, read from data/travel.toml through the pattern
# itself) found once per body: a sentence holding none is not searched (session 18: most sentences tell no travel).
G_TRAVEL = reader_gate(_travel_re())
G_OTHER = reader_gate(_other_re())


def _named(body: str, at: int) -> bool:
    """A capitalised name starts at `at` (a place: "Seoul", "McGhee Tyson airport")."""
    return at < len(body) and body[at].isupper()


def _hits(ctx: Context, s: int, e: int) -> list[tuple[int, int, int]]:
    """(verb start, verb end, match end) of every travel reading in the sentence (see the module's rules)."""
    lower, body = ctx.lower, ctx.body
    out = []
    gates = fresh_mask(ctx.keys, lower, s, e)
    for m in _travel_re().finditer(lower, s, e) if gates & G_TRAVEL else ():
        if m.group("home") or m.group("off"):
            out.append((m.start("verb"), m.end("verb"), m.end()))
        elif m.group("verb") == "went" and not WENT_TO_RE.match(lower, m.end("verb"), m.start("place") if
                                                                   m.group("place") is not None else m.end()):
            continue  # "went" is a trip only "to" or "on to" a place ("came and went in Wellington": an idiom)
        elif m.group("place") is not None and _named(body, m.start("place")):
            out.append((m.start("verb"), m.end("verb"), m.end()))
        elif m.group("object") is not None and m.group("verb").startswith(("left", "leav", "depart", "cross")) \
                and _named(body, m.start("object")):
            out.append((m.start("verb"), m.end("verb"), m.end()))  # "is due to leave Tripoli by sea", "left Kabul"
    for m in _other_re().finditer(lower, s, e) if gates & G_OTHER else ():
        if m.group("takeoff") is not None:
            if _aircraft_re().search(lower, max(s, m.start() - SUBJECT_REACH), m.start()):
                out.append((m.start(), m.end(), m.end()))  # "the flight ... is due to take off on Thursday"
        elif m.group("lead") is not None:
            if _named(body, m.start("leadplace")):
                out.append((m.start("lead"), m.end("lead"), m.end()))
        else:
            out.append((m.start(), m.end(), m.end()))
    return sorted(out)


def _own_date(dates: list[DateMention], c0: int, c1: int, t0: int, lead: DateMention | None,
              planned: bool) -> DateMention | None:
    """The clause's own date phrase nearest the verb (else the sentence's leading one): a day or week; a month or a
    vague stretch ahead only for a plan ("in early September", "in the coming days")."""
    def fits(d: DateMention) -> bool:
        return day_level(d) or planned and (d.kind == "vague" or MONTH_RE.search(d.phrase.lower()) is not None
                                            and d.kind != "absolute")
    own = [d for d in dates if c0 <= d.start and d.end <= c1 and (d.kind not in UNUSABLE or planned and d.kind == "vague")]
    near = sorted((d for d in own if fits(d)), key=lambda d: min(abs(d.start - t0), abs(d.end - t0)))
    return near[0] if near else lead if lead is not None and fits(lead) else None


def travel_acts(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention], drafts: list[Draft],
                actions: list[Draft], frames: list[Frame], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with the travel its own clauses tell on a day of their own (see the module's rules)."""
    hits = _hits(ctx, s, e)
    if not hits:
        return actions
    holes, _, clauses = A.clause_parts(ctx.masked, s, e)
    first = A.trim(ctx.masked, s, e)[0]
    lead = next((d for d in dates if d.start == first and ctx.masked.startswith(",", d.end)
                 and d.kind not in UNUSABLE), None)
    out: list[Draft] = []
    for t0, t1, end in hits:
        c0, c1 = next(((a, b) for a, b in reversed(clauses) if a <= t0 < b), (s, e))
        if any(h0 <= t0 < h1 for h0, h1 in holes) or REL_BEFORE_RE.search(ctx.lower, max(s, t0 - 40), t0):
            continue  # "The ship, which had left St Petersburg on 6 October, passed ...": the head's background
        if ctx.masked[t0:end] != ctx.body[t0:end]:
            continue  # quoted words: a speaker's, not the reporter's
        if any(f.content and f.content[0] <= t0 < f.content[1] for f in frames):
            continue  # inside reported words: what a speaker tells (acts in statements are read elsewhere)
        seg = max(c0, ctx.masked.rfind(",", c0, t0) + 1)  # the verb's own stretch of the clause
        if any(d.kind != "statement" and seg <= d.pos < max(end, c1 if seg == c0 else end)
               and not any(h0 <= d.pos < h1 for h0, h1 in holes)
               or d.start <= t0 < d.end and d.kind == "meeting" for d in drafts + actions + out):
            continue  # read already, by a trigger, a visit or another reading (an act in a who-clause is its own)
        planned = _plan_re().search(ctx.lower, max(c0, t0 - 40), t0) is not None
        # "On 26 January, a C-17 carrying ... landed at": the sentence's leading day, when no other phrase comes between
        lead_ok = lead if lead and not any(lead.end <= d.start and d.end <= t0 for d in dates) else None
        mention = _own_date(dates, c0, c1, t0, lead_ok, planned)
        if mention is None:
            continue  # "flew to Moscow in 2015": background, not this story's act
        frame = next((f for f in frames if f.content and f.content[0] <= c0 < f.content[1]), None)
        # a ship's subject, or "is due to leave Tripoli by sea": a voyage
        kind = "ship_movement" if L.SHIP_TYPE_RE.search(ctx.lower, c0, t0) or BOAT_RE.search(ctx.lower, c0, t0) \
            or BY_SEA_RE.match(ctx.lower, end, c1) else "other"
        if kind == "other" and _forces_re().search(ctx.lower[c0:t0]) and not _civil_re().search(ctx.lower, c0, t0):
            kind = "deployment"  # "their heavy equipment was flown back to Agra": forces moved (session 24)
        draft = action_draft(ctx, kind, t0, t1, (c0, c1), frame, mentions, dates, mention, via, s, paragraph)
        if mention.kind == "vague":
            draft.mention = None  # "are due to start the voyage home in the coming days": a plan that names no day
        if planned and draft.modality == "asserted":
            draft.modality = "planned"  # "was due to fly home this evening": the cue is before the verb
        draft.paragraph = paragraph
        out.append(draft)
    return actions + out
