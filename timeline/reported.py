"""Acts told inside a statement's direct quote ('"We have expelled four diplomats," the minister said'), read
with the reporter's own triggers on the quoted words: each act with its own words, doer, modality and date.

Rules (the reporter's own words, "that"-clauses, "<act>, X said" and "according to X, <act>" are read by
actions.find_actions already; this module adds what the quote marks hide from it):
- Only a quote a statement owns: the statement of its sentence whose words hold it, or the statement before
  whose quote runs on over this sentence ('X said: "A. B."'), or, for a sentence that is a quote alone, the
  statement with a quote just before it ('"A," X said. "B."'); a quote whose owner is unknown is skipped.
- A quote of fewer than QUOTE_MIN_WORDS words is a label or a scare quote, no account of an act; a partial
  quote that carries on the reporter's clause is unmasked already (quotes.mask_quotes) and read there.
- The quoted words are read alone: their own mentions (on a copy of the registry, so names said in a quote
  never become the story's "he" or "the minister"), their own date phrases, the trigger gates of their own
  words. An act takes only a date phrase inside the quote, and only one that names a day or a week of its own
  (not "in May", "since 2006", "Monday's decision": quotes use month and year words loosely); else undated.
- "we" / "our forces" before the trigger: the speaker's side (a body's state, a person's state from the
  role's demonym, else the person); "they" / "it" is never the speaker inside a quote (it is the other side).
- An act in a relative clause ("those resolutions which introduced the sanctions") names a thing, it tells no act.
- A generic act verb (triggers.toml [fallback]: "targeted", "ordered") is no act in a quote: there it
  characterises an act ("this action was specifically targeted at the camp"), told elsewhere if at all.
- Modality: a done act is reported_claim (the source relays the speaker's claim), a plan planned ("we will send
  1,000 troops"); no denial ("our forces have not crossed the border": no act done, the statement tells it), nothing
  conditional ("if they cross the line, we will strike") or for all of a kind ("any ship that enters will be seized"), nothing
  in a question ("Did we strike the convoy?"), no guess ("they may have flown") or demand ("the ship must leave
  at once"), no act named in the infinitive but a plan's or an order's ("it is not uncommon for balloons to
  enter", "I expect to be speaking with"; but "we decided to expel", "is due to sail", "ordered X to close").
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import act_text, day_level, find_actions
from timeline.datefind import find_dates
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.frames import Frame
from timeline.openverbs import open_acts
from timeline.quotes import QuoteSpan
from timeline.speakers import Mention, find_mentions

OUTSIDE_WORDS_MAX = 3  # as events._quote_only: a sentence that is a quote and at most this many words of its own
QUOTE_MIN_WORDS = 4  # '"special military operation"', '"provocation"': labels, not accounts of acts
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})  # as events.py: a year qualifying a noun, a dateline
POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")  # "Monday's vote": the date of a noun, not of the act
OTHER_TIME_BEFORE_RE = re.compile(r"\b(?:since|until|till|by|from|before|after)\s+$", re.I)  # bounds, not the act's day
# "we", "our forces", "us": the speaker's side, as the subject before the trigger.
FIRST_PERSON_RE = re.compile(r"(?<![\w'’-])(?:we|our|us|i|my)(?![\w'’-])")
THIRD_PERSON_RE = re.compile(r"(?<![\w'’-])(?:they|it|them|their|its)(?![\w'’-])")
SENTENCE_END_RE = re.compile(r"[.!?]")
# "our diplomats were expelled": a first person told in the passive is what was acted on, never the doer.
PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn)\b|$)")
# "it is not uncommon for balloons to enter", "I expect to be speaking with": an act named in the infinitive is
# one wished, expected or judged in general, never an act the quote tells done.
# Not after a verb that makes it done ("we decided to expel", "were forced to land", "had to turn back").
INFINITIVE_BEFORE_RE = re.compile(r"(?<!\bdecided )(?<!\bvoted )(?<!\bchose )(?<!\bopted )(?<!\bbegan )(?<!\bstarted )"
                                  r"(?<!\bmanaged )(?<!\bforced )(?<!\bhad )(?<!\bmoved )\bto\s+(?:be\s+|have\s+)?(?:\w+ly\s+)?$")
# "those resolutions which introduced the sanctions": an act in a relative clause names a thing by its past, it tells none.
RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|that|who|whom|whose)\s+(?:\w+ly\s+)?(?:(?:had|has|have|was|were)\s+)?$")
# "is due to sail", "plans to send", "agreed to hold": an infinitive that a plan governs (not "ready to", "a mistake to").
PLAN_TO_RE = re.compile(r"\b(?:plan(?:s|ned|ning)?|due|set|scheduled|slated|expected|intends?|intended|intending|is|are|was|"
                        r"were|going|preparing|prepares|agreed|agrees)\s+to\s+(?:be\s+)?$")
# "ordered the United States to cut its staff", "instructed its central bank to sell off": an act ordered is told.
ORDERED_BEFORE_RE = re.compile(r"\b(?:ordered|instructed|told|forced|compelled|directed)\b[^.;:!?]{0,60}$")
# "They may not have flown over the island", "we might have hit": a guess, no act told.
HEDGE_BEFORE_RE = re.compile(r"\b(?:(?:may|might)(?:\s+not)?\s+(?:have\s+)?|(?:could|would|should|must)(?:\s+not|n['’]t)?\s+have\s+)"
                             r"(?:been\s+)?$")
# "The ship must leave at once", "they should withdraw", "Beijing needs to stop sending warships": a demand, no act told.
DEMAND_BEFORE_RE = re.compile(r"\b(?:must|should|ought to|needs? to|has to|have to)(?:\s+not|n['’]t)?\s+(?:be\s+)?(?:\w+ly\s+)?"
                              r"(?:(?:stop|cease|end|halt|quit)\s+)?$")
# "Any ship that enters our waters will be seized", "Anyone who crosses will be shot": a rule for all of a kind, no act told.
GENERIC_SUBJECT_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:any|every|anyone|anybody|whoever|whatever|each)(?![\w'’-])[^.;:!?]{0,60}$")
KEPT_MODALITIES = frozenset({"asserted", "reported_claim"})  # a denial in a quote tells no act done: its statement says it
PLANS = frozenset({"planned", "expected"})


def speaker_side(ctx: Context, speaker: Mention | None, actor: str | None, role: str | None) -> str | None:
    """The side a speaker's "we" stands for: a body's or state's own name, a person's state (from the demonym or
    country in the role: "Russian Foreign Minister" -> Russia), else the person."""
    if speaker is not None and speaker.kind in ("entity", "body", "demonym") and speaker.name:
        return speaker.name
    role = role or (speaker.role if speaker is not None else None)
    state = L.entity_named_in(role) if role else None
    if state is not None:
        return state
    return actor if actor in ctx.reg.persons else (speaker.name if speaker is not None else actor)


def _owner(ctx: Context, q: QuoteSpan, s: int, e: int, owners: list[tuple[Draft, Frame | None]],
           framed: bool, paragraph: int) -> tuple[Draft, Frame | None] | None:
    """The statement whose quote this is: one of the sentence's; else the one before, when its quote runs on into this
    sentence, or when this sentence is the quote alone and goes on with that speaker's remark ('"A," X said. "B."')."""
    here = next(((d, f) for d, f in owners if d.start <= q.open < d.end), None)
    if here is not None or framed:
        return here
    prev = next((d for d in reversed(ctx.drafts) if d.kind == "statement"), None)
    if prev is None or prev.quote is None or not prev.quote.direct:
        return None
    if q.open < s:
        return (prev, None) if prev.start <= q.open < prev.end else None
    alone = len(A.WORD_RE.findall(ctx.masked, s, e)) <= OUTSIDE_WORDS_MAX  # the quote is the whole sentence
    return (prev, None) if alone and 0 <= paragraph - prev.paragraph <= 1 else None


def _frame_for(ctx: Context, owner: Draft, fr: Frame | None, a: int, b: int) -> Frame:
    """The owner's frame with the quoted words as its content (made from the statement when none is at hand)."""
    if fr is not None:
        return replace(fr, content=(a, b))
    kind = "person" if owner.actor in ctx.reg.persons else "entity"
    speaker = Mention(owner.pos, owner.pos, kind, owner.actor, owner.role)
    return Frame(speakers=[speaker], verb="said", verb_start=owner.pos, verb_end=owner.pos, region_start=owner.start,
                 content=(a, b))


def _unmasked_lower(ctx: Context) -> str:
    """act_text(lowered(body)) with no quote blanked, made once per excerpt (never a body copy per quote)."""
    if ctx.unmasked_lower is None:
        ctx.unmasked_lower = act_text(L.lowered(ctx.body))
    return ctx.unmasked_lower


def _sub_context(ctx: Context, a: int, b: int) -> Context | None:
    """The context that reads the quote's words a..b unmasked, with their own trigger gates; None when no trigger
    can read them. The rest of the body is unmasked too: every reader stays inside a..b or only looks back."""
    lower = _unmasked_lower(ctx)
    (g0, g1), (r0, r1) = L.all_hits(lower[a:b])
    ships = dict(ctx.ships)  # "the frigate HMS X docked": a ship named in the quote, for the quote alone
    for sm in L.SHIP_NAME_RE.finditer(ctx.body, a, b):
        ships.setdefault(sm.group("name"), f"{sm.group('prefix')} {sm.group('name')}")
    kinds = {k for _, ks in g1 for k in ks}
    if any(name.lower() in lower[a:b] for name in ships):
        kinds.add("ship_movement")  # a ship's name is its own gate (as in find_actions)
    patterns = [*(t[k] for t in (L.TRIGGERS, L.NOMINAL_TRIGGERS, L.VISIT_TRIGGERS) for k in kinds if k in t),
                *L.FALLBACK_TRIGGERS.values()]
    if not r0 and not any(p.search(lower, a, b) for p in patterns):
        return None  # no trigger in the words (checked before their mentions and dates are read)
    return replace(ctx, masked=ctx.body, lower=lower, act_lower=lower, quotes=[], reg=ctx.reg.copy(),
                   ships=ships, drafts=[], scan=None, gate_starts=[p + a for p in g0],
                   gate_rest=[(end + a, k) for end, k in g1], rare_starts=[p + a for p in r0],
                   rare_rest=[(end + a, k) for end, k in r1], _opens=None, _closes=[], _sorted=False)


def _dates_an_act(text: str, d: DateMention) -> bool:
    """A date phrase in a quote that may date its act: a day or a week of its own ("on Monday", "this morning",
    "overnight", "on 5 March"), never a month or year alone, a vague stretch, a possessive ("Monday's decision") or
    a phrase in a clause of another time ("since 2006", "until Friday")."""
    if d.kind in UNUSABLE_DATE_KINDS or not day_level(d) or POSSESSIVE_AFTER_RE.match(text, d.end):
        return False
    return OTHER_TIME_BEFORE_RE.search(text, max(0, d.start - 12), d.start) is None


def _question(body: str, at: int, end: int) -> bool:
    """True when the quoted sentence holding offset at ends in a question mark."""
    m = SENTENCE_END_RE.search(body, at, min(len(body), end + 1))
    return m is not None and m.group(0) == "?"


def _untold(sub: Context, d: Draft, a: int, b: int) -> bool:
    """True when the quote names the act without telling it: a threat's condition, a generic verb, a question, a
    guess, a demand, a relative clause, an infinitive that no plan or order governs."""
    if d.modality not in KEPT_MODALITIES and d.modality not in PLANS:
        return True  # "if they cross the line, we will strike"
    generic = L.FALLBACK_TRIGGERS.get("other")
    if d.kind == "other" and generic is not None and generic.match(sub.lower, d.pos) is not None:
        return True  # "this action was specifically targeted at the camp": a generic verb in a quote characterises
    near = max(a, d.pos - 30)
    if _question(sub.body, d.pos, b) or HEDGE_BEFORE_RE.search(sub.lower, near, d.pos) \
            or DEMAND_BEFORE_RE.search(sub.lower, near, d.pos) or RELATIVE_BEFORE_RE.search(sub.lower, near, d.pos) \
            or GENERIC_SUBJECT_BEFORE_RE.search(sub.lower, max(a, d.pos - 60), d.pos):
        return True
    at = d.pos + 3 if sub.lower.startswith("to ", d.pos) else d.pos  # a trigger may hold its "to" ("to meet")
    if INFINITIVE_BEFORE_RE.search(sub.lower, max(a, at - 24), at) is None:
        return False
    planned = d.modality in PLANS and PLAN_TO_RE.search(sub.lower, max(a, at - 30), at) is not None
    return not planned and ORDERED_BEFORE_RE.search(sub.lower, max(a, at - 80), at) is None


def _set_doer(sub: Context, d: Draft, side: str | None, speaker: str | None) -> None:
    """The doer as the quote tells it: "we" the speaker's side, unless told in the passive; "they" never the speaker."""
    subject = sub.lower[d.start:d.pos]
    if FIRST_PERSON_RE.search(subject) is None:
        if d.actor is not None and d.actor == speaker and THIRD_PERSON_RE.search(subject):
            d.actor = None  # "they fired at our ships": the other side, whom the quote does not name
        return
    if PASSIVE_RE.search(sub.lower, d.start, d.pos + 24) is None:
        person = sub.reg.persons.get(side or "")
        d.actor, d.role = side, person.role if person else None  # "our forces intercepted three drones"
    elif d.actor == side:
        d.actor = None  # "our diplomats were expelled": done to the speaker's side, by someone unnamed


def quoted_acts(ctx: Context, s: int, e: int, framed: list[tuple[Draft, Frame]], drafts: list[Draft],
                via: str | None, paragraph: int) -> list[Draft]:
    """Acts told in the direct quotes of sentence s..e that its statements (or the one before, running on) own, and
    those an open verb tells in their reported words (openverbs.open_acts)."""
    opened = open_acts(ctx, s, e, framed, drafts, via, paragraph)
    quotes = ctx.quotes_in(s, e)
    if not quotes:
        return opened
    owners: list[tuple[Draft, Frame | None]] = [(d, f) for d, f in framed if d.quote is not None and d.quote.direct]
    owners += [(d, None) for d in drafts if d.kind == "statement" and d.quote is not None and d.quote.direct
               and not any(d is o for o, _ in owners)]
    taken = [(d.start, d.end) for d in drafts if d.kind != "statement"]  # acts the sentence's own pass read
    out: list[Draft] = list(opened)
    for q in quotes:
        a, b = q.words(ctx.body)
        a, b = max(a, s), min(b, e)
        if b - a < 8 or len(ctx.body[a:b].split()) < QUOTE_MIN_WORDS or ctx.masked[a:b] == ctx.body[a:b]:
            continue
        owner = _owner(ctx, q, s, e, owners, bool(framed), paragraph)
        sub = _sub_context(ctx, a, b) if owner is not None else None
        if owner is None or sub is None:
            continue
        st, fr = owner
        frame = _frame_for(ctx, st, fr, a, b)
        mentions = find_mentions(sub.masked, a, b, sub.reg, None)
        dates = [d for d in find_dates(sub.masked, a, b) if _dates_an_act(sub.masked, d)]
        side = speaker_side(ctx, frame.speakers[0], st.actor, st.role)
        for d in find_actions(sub, a, b, mentions, [frame], dates, via or st.via, paragraph):
            if d.kind == "statement" or any(t0 < d.end and d.start < t1 for t0, t1 in taken) or _untold(sub, d, a, b):
                continue
            _set_doer(sub, d, side, frame.speakers[0].name)
            d.paragraph = paragraph
            out.append(d)
    return out
