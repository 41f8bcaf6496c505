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
- A statement verb with an object ("rejected the plan on Friday", "urged calm on Monday") takes a
  phrase in its object when no action of the sentence takes it; the setting of a statement ("told
  reporters at a press briefing on Wednesday") is no meeting, and its date is the statement's.
- A wire dateline ("DUBAI, Jan 10 (Reuters) -") is cut from the sentence: no evidence starts with it,
  its agency is the via.
- extract_checked catches failures per sentence and says which ("event extraction failed in sentence
  at offset N: ErrorType"); extract never raises; extract_strict lets errors through (tests).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from excerpt.models import Excerpt, Span
from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import current_dates, find_actions
from timeline.datefind import find_dates
from timeline.dates import Anchor, DateMention, resolve
from timeline.drafts import Context, Draft, closest, names_in
from timeline.frames import Frame, find_frames, find_via
from timeline.models import DateResolution, Event, Evidence, Kind, Modality, Quote, event_id
from timeline.quotes import find_quotes, mask_quotes
from timeline.speakers import Mention, find_mentions, scan_mentions

# "neither X nor Y said": a negation that stands before the speakers, not between them and the verb.
NEITHER_NOR_RE = re.compile(r"\bneither\b[^.;:]{0,50}\bnor\s+$|\bneither\s+$")
NO_PHRASE = "no date phrase in the sentence"
RELATIVE_BEFORE_RE = re.compile(r"\b(?:in which|by which|which|who|whom)\s+$")
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
OBJECT_DATE_REACH = 80  # a verb's object is short: "rejected the Serbian proposal on Friday"
DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s*")


def _usable(mention: DateMention) -> bool:
    # A year qualifying a noun ("the 2015 deal") or a dateline ("MANILA, March 23 (Reuters) -") says
    # when something was agreed or written, not when this sentence's event happened.
    return mention.kind not in UNUSABLE_DATE_KINDS


def _frame_window(fr: Frame, region: tuple[int, int]) -> tuple[int, int]:
    """Where a statement's own date phrase may be: the region less the words it reports."""
    if fr.content is None:
        return region
    if fr.content[0] < fr.verb_start:  # reported words first: "X happened Monday, the ministry said"
        # From the speaker on: words cut off the reported ones ("began Monday and will go on through
        # Sunday, the ministry said") are still reported, not the frame's own.
        return max(region[0], fr.content[1], fr.region_start), region[1]
    return region[0], fr.content[0]


def _statement(ctx: Context, fr: Frame, s: int, e: int, region: tuple[int, int], mentions: list[Mention],
               dates: list[DateMention], via: str | None, paragraph: int) -> Draft:
    speaker = fr.speakers[0]
    qs = ctx.quotes_in(region[0], region[1])
    # A borrowed speaker ("North Korea has shown X, boasted it can Y") points at its own words.
    start, end = A.trim(ctx.body, fr.verb_start if fr.borrowed else region[0], region[1])
    rel = RELATIVE_BEFORE_RE.search(ctx.masked, max(s, start - 16), start)
    if rel:  # "..., in which Russia said": the relative words open the statement
        start = rel.start()
    quote, said = None, ""
    if qs:
        a, b = qs[0].words(ctx.body)
        quote, said = Quote(text=ctx.body[a:b], direct=True), ctx.body[a:b]
        start, end = min(start, qs[0].open), max(end, min(qs[-1].close, e) if qs[-1].close <= e else end)
    elif fr.content:
        quote = Quote(text=ctx.body[fr.content[0]:fr.content[1]], direct=False)
        said = quote.text
    others = [m.name for m in fr.speakers[1:] if m.name]
    parts = others + [n for n in names_in(mentions, region[0], region[1], ctx, paragraph)
                      if n != speaker.name and n not in others]
    c0, c1 = fr.content or (region[1], region[1])
    skip = [(d.start, d.end) for d in dates]
    # "Neither Putin nor Xi are criticizing X", "Y did not say": the statement is negated, and the
    # summary must say so, or the page would read as the opposite of the text.
    first, last = min(m.start for m in fr.speakers), max(m.end for m in fr.speakers)
    negated = fr.verb.lower() in L.REFUSAL_VERBS or not fr.inverted and bool(
        NEITHER_NOR_RE.search(ctx.lower, max(region[0], first - 60), first)
        or L.MODALITY_RES["denied"].search(ctx.lower, last, fr.verb_start))
    return Draft(
        kind="statement", start=start, end=end, pos=fr.verb_start,
        summary=A.summary(speaker.name, f"not {fr.verb}" if negated and fr.verb.lower() not in L.REFUSAL_VERBS
                          else fr.verb, said),
        polarity="negative" if negated else "positive",
        actor=speaker.name, role=speaker.role,
        participants=parts, quote=quote, via=via, tense=fr.tense, paragraph=paragraph,
        place=A.place_of(ctx.masked, mentions, region[0], c0),
        objects=A.objects_of(ctx.masked, ctx.lower, c0, c1, ctx.ships),
        count=A.count_of(ctx.lower, c0, c1, skip, ctx.body),
        # The frame's own phrase: before the reported words ("said on Wednesday that ..."), or
        # anywhere in the region when nothing is reported ('..., the Chinese said earlier this week').
        # "had been scheduled to end on 12 May, but X declared them over on the 15th": not the plan's date.
        mention=closest(current_dates(ctx, dates, region[0]), *_frame_window(fr, region), fr.verb_start),
        modality="denied" if negated else "reported_claim" if fr.reported else "asserted",
        object_mention=_object_date(ctx, fr, dates),
    )


def _object_date(ctx: Context, fr: Frame, dates: list[DateMention]) -> DateMention | None:
    """The date of a verb with an object, not a clause ("Kosovo rejected the plan on Friday"): the
    first phrase in its words when no verb comes before it (then the words are an event's own)."""
    if fr.content is None or fr.content[0] < fr.verb_start or fr.verb in L.CLAUSE_SPEECH_VERBS:
        return None
    if "that" in ctx.lower[fr.verb_end:fr.content[0]]:
        return None
    d = next((d for d in dates if fr.content[0] <= d.start < fr.content[1]), None)
    if d is None or d.start - fr.content[0] > OBJECT_DATE_REACH:
        return None
    words = A.WORD_RE.findall(ctx.lower, fr.content[0], d.start)
    return None if any(w in L.CLAUSE_VERBS or w in L.MODALITY_WORDS or w.endswith("ed") for w in words) else d


def _sentence(ctx: Context, s: int, e: int, dates: list[DateMention], paragraph: int,
              head: int | None = None) -> list[Draft]:
    """Drafts of one sentence s..e; head..s is its dateline, whose agency is the via."""
    text = ctx.masked
    mentions = find_mentions(text, s, e, ctx.reg, ctx.scan)
    for sm in L.SHIP_NAME_RE.finditer(text, s, e):
        ctx.ships.setdefault(sm.group("name"), f"{sm.group('prefix')} {sm.group('name')}")
    blank: set[int] = set()
    for d in dates:
        blank.update(range(d.start, d.end))
    frames = find_frames(text, s, e, mentions, ctx.reg, paragraph, blank)
    for fr in frames:
        # Reported words end where a new predicate starts: "X boasted Y and last week conducted Z".
        cut = next((c for c in A.and_cuts(text, *fr.content)), None) if fr.content else None
        if fr.content and cut is not None and cut - fr.content[0] > 2:
            fr.content = (fr.content[0], cut)
    via = find_via(text, s, e, mentions)
    if via is None and head is not None and head < s:
        agency = L.AGENCY_RE.search(text, head, s)
        via = L.AGENCY_FORMS[agency.group(0)] if agency else None
    drafts: list[Draft] = []
    merged: dict[str, Frame] = {}
    for k, fr in enumerate(frames):
        key = fr.speakers[0].name or ""
        if key in merged:
            continue
        merged[key] = fr
        r0 = s if k == 0 else fr.region_start
        nxt = next((f.region_start for f in frames[k + 1:] if (f.speakers[0].name or "") != key
                    and not f.reported), e)  # a claim it reports is part of its words
        same = [f for f in frames if (f.speakers[0].name or "") == key and f.content]
        if same and fr.content:
            fr = replace(fr, content=(fr.content[0], max(f.content[1] for f in same if f.content)))
        elif same and not fr.inverted and same[0].region_start >= fr.verb_end:
            # "Russia says it opposes X": the same speaker's next verb is what it says.
            fr = replace(fr, content=(same[0].region_start, max(f.content[1] for f in same if f.content)))
        drafts.append(_statement(ctx, fr, s, e, (r0, nxt), mentions, dates, via, paragraph))
        _continuation(ctx, drafts[-1], fr, paragraph)
    if not frames:
        drafts.extend(_quote_only(ctx, s, e, via, paragraph))
    actions = find_actions(ctx, s, e, mentions, list(merged.values()), dates, via, paragraph)
    used = {id(a.mention) for a in actions if a.mention is not None}
    for d in drafts:
        if d.mention is None and d.object_mention is not None and id(d.object_mention) not in used:
            d.mention = d.object_mention
    drafts.extend(actions)
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
    qs = ctx.quotes_in(s, e)
    outside = ctx.masked[s:e]
    if not qs or any(q.close > e and q.closed for q in qs) or len(A.WORD_RE.findall(outside)) > 3:
        return []
    prev = next((d for d in reversed(ctx.drafts) if d.kind == "statement"), None)
    if prev is None or paragraph - prev.paragraph > 1:
        return []
    if prev.paragraph == paragraph and prev.quote is not None and prev.quote.direct:
        return []  # '"A," X said. "B."': one remark of X, already on the record
    a, b = qs[0].words(ctx.body)
    start, end = A.trim(ctx.body, max(s, qs[0].open), e)
    return [Draft(kind="statement", start=start, end=end, pos=start, paragraph=paragraph,
                  summary=A.summary(prev.actor, "", ctx.body[a:b]), actor=prev.actor, role=prev.role,
                  quote=Quote(text=ctx.body[a:b], direct=True), via=via or prev.via, tense=prev.tense,
                  inherit=prev, inherit_why="a quote with no attribution of its own continues it")]


def _after_dateline(text: str, at: int) -> int:
    """Where the story starts after a dateline's date: past "(Reuters) -" and spaces."""
    m = DATELINE_TAIL_RE.match(text, at)
    return m.end() if m else at


def _fail(warnings: list[str] | None, where: str, exc: Exception) -> None:
    """Re-raise in strict mode; otherwise record which part of the excerpt was lost and why."""
    if warnings is None:
        raise exc
    warnings.append(f"event extraction failed in {where}: {type(exc).__name__}")


def drafts_of(excerpt: Excerpt, warnings: list[str] | None = None) -> list[Draft]:
    """Undated events of an excerpt in text order; with a warnings list, a sentence that fails is
    skipped and said there (one bad sentence loses only itself), else errors propagate."""
    body = excerpt.body
    paragraphs = excerpt.story_paragraphs()
    quotes = find_quotes(body, [(p.start, p.end) for p in paragraphs])
    masked = mask_quotes(body, quotes)
    lower = L.lowered(masked)
    ctx = Context(body=body, masked=masked, lower=lower, quotes=quotes)
    ctx.gate_starts, ctx.gate_rest = L.gate_hits(lower)
    ctx.rare_starts, ctx.rare_rest = L.rare_hits(lower)
    ctx.scan = scan_mentions(masked)
    for i, p in enumerate(paragraphs):
        try:
            found_dates = find_dates(ctx.masked, p.start, p.end)
        except Exception as exc:  # noqa: BLE001 - the paragraph's sentences still yield undated events
            _fail(warnings, f"date finding of paragraph at offset {p.start}", exc)
            found_dates = []
        dates = [d for d in found_dates if _usable(d)]
        datelines = [d for d in found_dates if d.kind == "dateline"]
        starts = [d.start for d in dates]  # in text order: bisect, not a scan per sentence
        for sent in p.sentences or (Span(start=p.start, end=p.end),):
            lo, hi = bisect_left(starts, sent.start), bisect_right(starts, sent.end)
            sd = [d for d in dates[lo:hi] if d.end <= sent.end]
            s0 = next((_after_dateline(ctx.masked, d.end) for d in datelines if sent.start <= d.start < sent.end),
                      sent.start)  # "DUBAI, Jan 10 (Reuters) -" is no part of any event's words
            try:
                found = _sentence(ctx, s0, sent.end, sd, i, sent.start)
            except Exception as exc:  # noqa: BLE001 - see _fail
                _fail(warnings, f"sentence at offset {sent.start}", exc)
                continue
            for d in found:
                d.sentence = sent.start
            ctx.drafts.extend(found)
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


def _events(excerpt: Excerpt, warnings: list[str] | None) -> list[Event]:
    anchor = _anchor(excerpt)
    events: list[Event] = []
    done: dict[int, Event] = {}
    seen: dict[tuple[str, str], int] = {}
    last_day: tuple[str, DateResolution] | None = None
    last_any: tuple[str, DateResolution] | None = None
    # One phrase shared by several events ("A day earlier, X fired and Y dropped") counts from one
    # event, not from each other in turn.
    first_previous: dict[tuple[int, int], tuple[str, DateResolution] | None] = {}
    for d in drafts_of(excerpt, warnings):
        key = (d.mention.start, d.mention.end) if d.mention is not None else (-1, -1)
        previous = first_previous.setdefault(key, last_day or last_any) if d.mention else last_day or last_any
        try:
            ev = _event(excerpt, d, anchor, seen, done, previous)
        except Exception as exc:  # noqa: BLE001 - see _fail
            _fail(warnings, f"sentence at offset {d.sentence}", exc)
            continue
        done[id(d)] = ev
        events.append(ev)
        if ev.date.dated:
            last_any = (ev.id, ev.date)
            if ev.date.start == ev.date.end:
                last_day = (ev.id, ev.date)
    return events


def _event(excerpt: Excerpt, d: Draft, anchor: Anchor, seen: dict[tuple[str, str], int], done: dict[int, Event],
           previous: tuple[str, DateResolution] | None) -> Event:
    """One draft dated, with its evidence and stable id."""
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
        date = _date(d.mention, anchor, d.tense, previous)
    else:
        date = DateResolution(basis=NO_PHRASE)
    # Built without re-validation (a fifth of an event's cost): the evidence and date are validated
    # models already (Evidence.of proves body[start:end] == exact), the enums and lists made here.
    return Event.model_construct(
        id=eid, excerpt=excerpt.id, kind=Kind(d.kind), actor=d.actor, actor_role=d.role,
        participants=list(d.participants), summary=d.summary, quote=d.quote, modality=Modality(d.modality),
        via=d.via, date=date, evidence=evidence, place=d.place, objects=list(d.objects),
        count=d.count, polarity=d.polarity, tense=d.tense)


def extract_strict(excerpt: Excerpt) -> list[Event]:
    """Events of one excerpt in text order, dated; errors propagate (tests use this)."""
    return _events(excerpt, None)


def extract_checked(excerpt: Excerpt) -> tuple[list[Event], list[str]]:
    """Events of one excerpt and warnings naming what failed; never raises. A failure costs only
    its sentence ("event extraction failed in sentence at offset N: ErrorType")."""
    warnings: list[str] = []
    try:
        return _events(excerpt, warnings), warnings
    except Exception as exc:  # noqa: BLE001 - the excerpt-wide setup failed: no events, said so
        return [], [*warnings, f"event extraction failed in excerpt {excerpt.id}: {type(exc).__name__}"]


def extract(excerpt: Excerpt) -> list[Event]:
    """Events of one excerpt, in text order; any text yields events or none, never an exception
    (extract_checked also says what failed)."""
    return extract_checked(excerpt)[0]
