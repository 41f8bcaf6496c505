"""Events of one excerpt: statements and actions per story sentence, each with evidence and a date.

Dating rules (the resolver itself is timeline.dates.resolve):
- An event takes the date phrase of its own clause closest to its trigger; a statement the phrase
  in its frame (speaker and verb, outside the reported words and quotes); an event reported
  inside a statement, only a phrase inside those reported words.
- Year modifiers ("the 2015 deal") never date an event.
- Without a phrase of its own an event is undated ("no date phrase in the sentence"), except a
  statement that continues a speech act: a quote with no attribution of its own (it continues the
  statement before it), or "..., the minister added." in the same or the next paragraph after the
  same speaker's dated statement. Those take that statement's date, saying so.
- Anaphoric phrases ("a day earlier") resolve against the last event before them dated to one
  day (an offset from an interval means nothing), else the last dated event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from excerpt.models import Excerpt, Span
from timeline import attributes as A
from timeline import lexicon as L
from timeline.datefind import find_dates
from timeline.dates import Anchor, DateMention, resolve
from timeline.models import DateResolution, Event, Evidence, Kind, Quote, event_id
from timeline.quotes import QuoteSpan, find_quotes, mask_quotes
from timeline.speakers import ACTOR_KINDS, Frame, Mention, Registry, find_frames, find_mentions, find_via
from timeline.speakers import resolve as resolve_mention

NO_PHRASE = "no date phrase in the sentence"
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
# Tried in this order: in one clause a later kind does not reuse a trigger an earlier one took.
ACTION_KINDS = ("nuclear_test", "missile_test", "military_exercise", "other", "ship_movement",
                "deployment", "sanction", "meeting")
# "sent jets to train with" is the exercise; "deployed a carrier" is the ship's movement; an act
# of force ("other") is not also a deployment; "other" never joins a named kind in its clause.
CROWDS_OUT_DEPLOYMENT = ("military_exercise", "ship_movement", "other")
PASSIVE_HARM_RE = re.compile(r"(?:were|was|been|being) (?:\w+ly )?(?:hurt|injured|wounded|killed|detained|arrested|held)")
BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+|a\s+)?")
SHIP_REFERENCE_RE = re.compile(r"\bthe (?:destroyer|frigate|warship|ship|vessel|carrier|submarine|cruiser)\b")
AND_LINKS = (" and ", ", and ", " and the ", ", and the ")  # "South Korea and the United States"


@dataclass
class Draft:
    """An event before its date is resolved and its id computed."""

    kind: str
    start: int
    end: int
    pos: int  # the trigger or verb, for ordering and "closest date"
    summary: str
    actor: str | None = None
    role: str | None = None
    participants: list[str] = field(default_factory=list)
    quote: Quote | None = None
    modality: str = "asserted"
    via: str | None = None
    place: str | None = None
    objects: list[str] = field(default_factory=list)
    count: str | None = None
    polarity: str = "positive"
    tense: str = "past"
    mention: DateMention | None = None
    inherit: Draft | None = None
    inherit_why: str = ""
    paragraph: int = 0


@dataclass
class Context:
    """Everything one excerpt's extraction shares across its sentences."""

    body: str
    masked: str  # the body with quoted words blanked
    lower: str  # masked, ASCII-lowercased, for the case-insensitive word lists
    quotes: list[QuoteSpan]
    reg: Registry = field(default_factory=Registry)
    ships: dict[str, str] = field(default_factory=dict)  # "Carl Vinson" -> "USS Carl Vinson"
    drafts: list[Draft] = field(default_factory=list)


def _usable(mention: DateMention) -> bool:
    # A year qualifying a noun ("the 2015 deal") or a dateline ("MANILA, March 23 (Reuters) -") says
    # when something was agreed or written, not when this sentence's event happened.
    return mention.kind not in UNUSABLE_DATE_KINDS


def _closest(dates: list[DateMention], a: int, b: int, pos: int,
             exclude: tuple[int, int] | None = None) -> DateMention | None:
    inside = [d for d in dates if d.start >= a and d.end <= b
              and not (exclude and d.start >= exclude[0] and d.end <= exclude[1])]
    return min(inside, key=lambda d: (abs(d.start - pos), d.start)) if inside else None


def _names(mentions: list[Mention], a: int, b: int, ctx: Context, paragraph: int) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.start >= a and m.end <= b and m.kind in ACTOR_KINDS:
            r = resolve_mention(m, ctx.reg, paragraph)
            if r and r.name and r.name not in out:
                out.append(r.name)
    return out


def _frame_window(fr: Frame, region: tuple[int, int]) -> tuple[int, int]:
    """Where a statement's own date phrase may be: the region less the words it reports."""
    if fr.content is None:
        return region
    if fr.content[0] < fr.verb_start:  # reported words first: "X happened Monday, the ministry said"
        return max(region[0], fr.content[1]), region[1]
    return region[0], fr.content[0]


def _statement(ctx: Context, fr: Frame, s: int, e: int, region: tuple[int, int], mentions: list[Mention],
               dates: list[DateMention], via: str | None, paragraph: int) -> Draft:
    speaker = fr.speakers[0]
    qs = [q for q in ctx.quotes if q.close > region[0] and q.open < region[1]]
    # A borrowed speaker ("North Korea has shown X, boasted it can Y") points at its own words.
    start, end = A.trim(ctx.body, fr.verb_start if fr.borrowed else region[0], region[1])
    quote, said = None, ""
    if qs:
        a, b = qs[0].words(ctx.body)
        quote, said = Quote(text=ctx.body[a:b], direct=True), ctx.body[a:b]
        start, end = min(start, qs[0].open), max(end, min(qs[-1].close, e) if qs[-1].close <= e else end)
    elif fr.content:
        quote = Quote(text=ctx.body[fr.content[0]:fr.content[1]], direct=False)
        said = quote.text
    others = [m.name for m in fr.speakers[1:] if m.name]
    parts = others + [n for n in _names(mentions, region[0], region[1], ctx, paragraph)
                      if n != speaker.name and n not in others]
    c0, c1 = fr.content or (region[1], region[1])
    skip = [(d.start, d.end) for d in dates]
    return Draft(
        kind="statement", start=start, end=end, pos=fr.verb_start,
        summary=A.summary(speaker.name, fr.verb, said), actor=speaker.name, role=speaker.role,
        participants=parts, quote=quote, via=via, tense=fr.tense, paragraph=paragraph,
        place=A.place_of(ctx.masked, mentions, region[0], c0),
        objects=A.objects_of(ctx.masked, ctx.lower, c0, c1, ctx.ships),
        count=A.count_of(ctx.lower, c0, c1, skip),
        # The frame's own phrase: before the reported words ("said on Wednesday that ..."), or
        # anywhere in the region when nothing is reported ('..., the Chinese said earlier this week').
        mention=_closest(dates, *_frame_window(fr, region), fr.verb_start),
    )


def _actor_for(ctx: Context, mentions: list[Mention], clause: tuple[int, int], trigger: int,
               frame: Frame | None, s: int, paragraph: int, ship: str | None, nearest: bool) -> str | None:
    """The subject of the reported words or the clause before the trigger, else the sentence's:
    the mention nearest the verb ("leaders in Moscow urged North Korea to stop threats to test"),
    but for a meeting the first ("Putin, following talks with Abe")."""
    if frame and frame.content:
        # Reported words: their own subject, or the ship's navy; never the speaker of the frame.
        scope = (A.subject_scope(ctx.masked, max(frame.content[0], clause[0]), trigger), trigger)
        return _first_actor(ctx, mentions, [scope], frame, paragraph, nearest) or ship
    scopes = [(A.subject_scope(ctx.masked, clause[0], trigger), trigger)]
    found = _first_actor(ctx, mentions, scopes, frame, paragraph, nearest)
    if found or ship:
        return found or ship
    # The sentence's subject, not the nearest name: "Moscow and Beijing ..., and both have deployed".
    return _first_actor(ctx, mentions, [(s, trigger)], frame, paragraph, False)


def _first_actor(ctx: Context, mentions: list[Mention], scopes: list[tuple[int, int]], frame: Frame | None,
                 paragraph: int, nearest: bool) -> str | None:
    """The first (or nearest to the trigger, with its coordinated group) actor-like mention of a scope."""
    for a, b in scopes:
        inside = [i for i, m in enumerate(mentions) if m.start >= a and m.end <= b and m.kind in ACTOR_KINDS
                  and not (m.kind == "demonym" and A.DEMONYM_PLACE_RE.match(ctx.masked, m.end))]
        if nearest and inside:
            i = inside[-1]
            # "South Korea and the United States began drills", "A, B and C will hold": the first.
            if i - 1 in inside and ctx.masked[mentions[i - 1].end:mentions[i].start] in AND_LINKS:
                i -= 1
                while i - 1 in inside and ctx.masked[mentions[i - 1].end:mentions[i].start] in (", ", ", the "):
                    i -= 1
            inside = [i] + [k for k in inside if k != i]
        for m in (mentions[i] for i in inside):
            if m.kind == "pronoun" and m.form in ("it", "they", "It", "They") and frame:
                return frame.speakers[0].name
            r = resolve_mention(m, ctx.reg, paragraph)
            if r and r.name:
                return r.name
    return None


def _actions(ctx: Context, s: int, e: int, mentions: list[Mention], frames: list[Frame],
             dates: list[DateMention], via: str | None, paragraph: int) -> list[Draft]:
    text = ctx.masked
    out: list[Draft] = []
    taken: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    spans = A.clauses(text, s, e)
    for kind in ACTION_KINDS:
        if not L.GATE_RES[kind].search(ctx.lower, s, e) and not (
                kind == "ship_movement" and any(b.lower() in ctx.lower[s:e] for b in ctx.ships)):
            continue
        hits = [(m, False) for m in L.TRIGGERS[kind].finditer(ctx.lower, s, e)]
        if kind in L.NOMINAL_TRIGGERS and dates:  # a noun phrase is an event only with its own date
            hits += [(m, True) for m in L.NOMINAL_TRIGGERS[kind].finditer(ctx.lower, s, e)]
        for m, nominal in hits:
            clause = next((c for c in spans if c[0] <= m.start() < c[1]), (s, e))
            if any(c == clause and (k == kind or kind == "other" or (
                    kind == "deployment" and k in CROWDS_OUT_DEPLOYMENT)) for c, _, k in taken):
                continue
            if any(t0 < m.end() and m.start() < t1 for _, (t0, t1), _ in taken):
                continue
            if A.is_proposal(ctx.lower, clause[0], m.start()):
                continue
            frame = next((f for f in frames if f.content and f.content[0] <= m.start() < f.content[1]), None)
            scope = frame.content if frame and frame.content else clause
            a, b = max(clause[0], scope[0]), min(clause[1], scope[1])
            # Reported words first ("said Monday NK tested ... on Sunday"), then the rest of the clause.
            mention = _closest(dates, a, b, m.start()) or _closest(dates, clause[0], clause[1], m.start())
            if nominal and mention is None:
                continue
            # The ship may be the subject before the clause ("HMS X, which docked last week").
            if kind == "ship_movement" and L.SHIP_REQUIRED and not (
                    L.SHIP_TYPE_RE.search(ctx.lower, s, clause[1])
                    or L.SHIP_NAME_RE.search(text, s, clause[1])
                    or any(bare in text[s:clause[1]] for bare in ctx.ships)):
                continue
            taken.append((clause, (m.start(), m.end()), kind))
            # Evidence and attributes come from the clause, less the frame that reports it.
            words = (a, b) if b - a > 2 and a <= m.start() < b else clause
            out.append(_action(ctx, kind, m.start(), m.end(), words, frame, mentions, dates, mention,
                               via, s, paragraph))
    return out


def _action(ctx: Context, kind: str, t0: int, t1: int, clause: tuple[int, int], frame: Frame | None,
            mentions: list[Mention], dates: list[DateMention], mention: DateMention | None,
            via: str | None, s: int, paragraph: int) -> Draft:
    text = ctx.masked
    start, end = A.trim(ctx.body, clause[0], clause[1])
    objects = A.objects_of(text, ctx.lower, clause[0], clause[1], ctx.ships)
    ship = None
    if kind == "ship_movement":
        # The ship named before the clause is the one that moves ("the USS X ..., and is expected to join").
        before = A.objects_of(text, ctx.lower, s, clause[0], ctx.ships)
        objects = list(dict.fromkeys([o for o in before if o.split()[0] in L.SHIP_PREFIXES] + objects))
        if not any(o.split()[0] in L.SHIP_PREFIXES for o in objects) and ctx.ships and SHIP_REFERENCE_RE.search(
                ctx.lower, s, clause[1]):
            objects.insert(0, list(ctx.ships.values())[-1])  # "the destroyer": the last ship named
        ship = next((L.SHIP_PREFIXES[o.split()[0]] for o in objects if o.split()[0] in L.SHIP_PREFIXES), None)
    if PASSIVE_HARM_RE.match(ctx.lower, t0):
        # "four sailors were hurt": the subject suffered it; the actor is the agent after "by", if any.
        agent = BY_AGENT_RE.match(ctx.lower, t1)
        actor = next((m.name for m in mentions if agent and m.start == agent.end()), None)
    else:
        actor = _actor_for(ctx, mentions, clause, t0, frame, s, paragraph, ship, nearest=kind != "meeting")
    if actor is None:  # "At the Security Council meeting": the body named in the trigger itself
        actor = next((m.name for m in mentions if t0 <= m.start < t1 and m.kind in ("entity", "body")), None)
    person = ctx.reg.persons.get(actor or "")
    reported = frame is not None or (via is not None)
    modality, polarity = A.modality_of(ctx.lower, clause[0], t0, clause[1], reported)
    if frame is not None and frame.verb in L.DENIAL_VERBS:
        modality, polarity = "denied", "negative"
    skip = [(d.start, d.end) for d in dates] + [(w.start(), w.end()) for w in L.WEAPON_RE.finditer(
        text, clause[0], clause[1])]
    parts = [n for n in _names(mentions, clause[0], clause[1], ctx, paragraph) if n != actor]
    return Draft(
        kind=kind, start=start, end=end, pos=t0,
        summary=A.summary(actor, "", ctx.body[t0:clause[1]]), actor=actor,
        role=person.role if person else None, participants=parts, via=via, paragraph=paragraph,
        place=A.place_of(text, mentions, clause[0], clause[1]), objects=objects,
        count=A.count_of(ctx.lower, clause[0], clause[1], skip), modality=modality, polarity=polarity,
        tense=A.tense_of(ctx.lower, clause[0], clause[1]), mention=mention,
    )


def _sentence(ctx: Context, s: int, e: int, dates: list[DateMention], paragraph: int) -> list[Draft]:
    text = ctx.masked
    mentions = find_mentions(text, s, e, ctx.reg)
    for sm in L.SHIP_NAME_RE.finditer(text, s, e):
        ctx.ships.setdefault(sm.group("name"), f"{sm.group('prefix')} {sm.group('name')}")
    blank = {k for d in dates for k in range(d.start, d.end)}
    frames = find_frames(text, s, e, mentions, ctx.reg, paragraph, blank)
    for fr in frames:
        # Reported words end where a new predicate starts: "X boasted Y and last week conducted Z".
        cut = next((c for c in A.and_cuts(text, *fr.content)), None) if fr.content else None
        if fr.content and cut is not None and cut - fr.content[0] > 2:
            fr.content = (fr.content[0], cut)
    via = find_via(text, s, e, mentions)
    drafts: list[Draft] = []
    merged: dict[str, Frame] = {}
    for k, fr in enumerate(frames):
        key = fr.speakers[0].name or ""
        if key in merged:
            continue
        merged[key] = fr
        r0 = s if k == 0 else fr.region_start
        nxt = next((f.region_start for f in frames[k + 1:] if (f.speakers[0].name or "") != key), e)
        same = [f for f in frames if (f.speakers[0].name or "") == key and f.content]
        if same and fr.content:
            fr = replace(fr, content=(fr.content[0], max(f.content[1] for f in same if f.content)))
        drafts.append(_statement(ctx, fr, s, e, (r0, nxt), mentions, dates, via, paragraph))
        _continuation(ctx, drafts[-1], fr, paragraph)
    if not frames:
        drafts.extend(_quote_only(ctx, s, e, via, paragraph))
    drafts.extend(_actions(ctx, s, e, mentions, list(merged.values()), dates, via, paragraph))
    return sorted(drafts, key=lambda d: d.pos)


def _continuation(ctx: Context, draft: Draft, fr: Frame, paragraph: int) -> None:
    """"..., the minister added." continues the same speaker's statement (same or next paragraph)."""
    if draft.mention is not None or fr.verb not in L.CONTINUATION_VERBS:
        return
    prev = next((d for d in reversed(ctx.drafts) if d.kind == "statement"), None)
    if prev and prev.actor == draft.actor and paragraph - prev.paragraph <= 1:
        draft.inherit, draft.inherit_why = prev, f"'{fr.verb}' continues the same speaker's statement"


def _quote_only(ctx: Context, s: int, e: int, via: str | None, paragraph: int) -> list[Draft]:
    """A quote with no attribution of its own continues the statement before it."""
    qs = [q for q in ctx.quotes if q.open < e and q.close > s]
    outside = ctx.masked[s:e]
    if not qs or any(q.close > e and q.closed for q in qs) or len(A.WORD_RE.findall(outside)) > 3:
        return []
    prev = next((d for d in reversed(ctx.drafts) if d.kind == "statement"), None)
    if prev is None or paragraph - prev.paragraph > 1:
        return []
    a, b = qs[0].words(ctx.body)
    start, end = A.trim(ctx.body, max(s, qs[0].open), e)
    return [Draft(kind="statement", start=start, end=end, pos=start, paragraph=paragraph,
                  summary=A.summary(prev.actor, "", ctx.body[a:b]), actor=prev.actor, role=prev.role,
                  quote=Quote(text=ctx.body[a:b], direct=True), via=via or prev.via, tense=prev.tense,
                  inherit=prev, inherit_why="a quote with no attribution of its own continues it")]


def drafts_of(excerpt: Excerpt) -> list[Draft]:
    """Undated events of an excerpt in text order."""
    body = excerpt.body
    paragraphs = excerpt.story_paragraphs()
    quotes = find_quotes(body, [(p.start, p.end) for p in paragraphs])
    masked = mask_quotes(body, quotes)
    ctx = Context(body=body, masked=masked, lower=L.lowered(masked), quotes=quotes)
    for i, p in enumerate(paragraphs):
        dates = [d for d in find_dates(ctx.masked, p.start, p.end) if _usable(d)]
        starts = [d.start for d in dates]  # in text order: bisect, not a scan per sentence
        for sent in p.sentences or (Span(start=p.start, end=p.end),):
            lo, hi = bisect_left(starts, sent.start), bisect_right(starts, sent.end)
            sd = [d for d in dates[lo:hi] if d.end <= sent.end]
            ctx.drafts.extend(_sentence(ctx, sent.start, sent.end, sd, i))
    return ctx.drafts


def _anchor(excerpt: Excerpt) -> Anchor:
    value, source = excerpt.anchor or ("", None)
    try:
        return Anchor.from_value(value, source)
    except Exception:  # the anchor is the resolver's to judge; a failure leaves events undated
        return Anchor(None, None, None, None, value)


def _date(mention: DateMention, anchor: Anchor, tense: str,
          previous: tuple[str, DateResolution] | None) -> DateResolution:
    try:
        return resolve(mention, anchor, tense, previous)
    except Exception as exc:  # a resolver failure must cost one date, never the excerpt's events
        return DateResolution(phrase=mention.phrase, basis=f"'{mention.phrase}' could not be resolved: {exc!r}")


def extract_strict(excerpt: Excerpt) -> list[Event]:
    """Events of one excerpt in text order, dated; errors propagate (tests use this)."""
    anchor = _anchor(excerpt)
    events: list[Event] = []
    done: dict[int, Event] = {}
    seen: dict[tuple[str, str], int] = {}
    last_day: tuple[str, DateResolution] | None = None
    last_any: tuple[str, DateResolution] | None = None
    for d in drafts_of(excerpt):
        evidence = Evidence.of(excerpt.body, d.start, d.end)
        key = (d.kind, evidence.exact)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        eid = event_id(excerpt.id, d.kind, evidence.exact, occurrence)
        if d.inherit is not None and id(d.inherit) in done and done[id(d.inherit)].date.dated:
            src = done[id(d.inherit)]
            date = src.date.model_copy(update={
                "basis": f"no date phrase of its own; {d.inherit_why} ({src.id}): {src.date.basis}",
                "relative_to": f"event:{src.id}"})
        elif d.mention is not None:
            date = _date(d.mention, anchor, d.tense, last_day or last_any)
        else:
            date = DateResolution(basis=NO_PHRASE)
        ev = Event(id=eid, excerpt=excerpt.id, kind=Kind(d.kind), actor=d.actor, actor_role=d.role,
                   participants=d.participants, summary=d.summary, quote=d.quote, modality=d.modality,
                   via=d.via, date=date, evidence=evidence, place=d.place, objects=d.objects,
                   count=d.count, polarity=d.polarity, tense=d.tense)
        done[id(d)] = ev
        events.append(ev)
        if date.dated:
            last_any = (eid, date)
            if date.start == date.end:
                last_day = (eid, date)
    return events


def extract(excerpt: Excerpt) -> list[Event]:
    """Events of one excerpt, in text order; any text yields events or none, never an exception."""
    try:
        return extract_strict(excerpt)
    except Exception:  # bad input must not stop the run; extract_strict is what tests exercise
        return []
