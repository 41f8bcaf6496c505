"""Acts told by the announcement that names them: the act, by its announcer, not a statement beside it.

Rules (word lists in data/announced.toml; called once per sentence from events._sentence):
- A statement whose verb is one that can name an act ("announced", "declared", "confirmed", "ordered") and whose
  words are only a noun phrase headed by an act's noun ("Britain announced the deployment of Typhoon jets",
  "declared an immediate cease-fire on Friday", "confirmed the arrival of four F-16 fighter jets") is that act:
  no "that"-clause, no quote, the noun first after at most a few determiners and modifiers.
- An act a trigger read at that noun keeps its kind (an "other" takes the noun's kind: "announced the expulsion of"
  is a sanction); its evidence opens at the announcer and it is asserted, not relayed; the statement stays beside
  it, as the session 6-8 tables have it. With no act read there the statement itself becomes the act of the noun's kind ("arrival": a ship's movement when a ship is named, a
  deployment for forces or weapons, else other; "the start of" drills is an exercise, else other).
- "notified the IAEA of the decision", "briefed European allies on the talks" (an addressee, then "of", "on" or
  "about" and no "that"-clause) are the act the verb names (a notice given: other; a briefing: a meeting), never a
  briefing of the press ("briefed reporters on": speech); no statement stays beside a briefing a trigger read.
- Session 16: an announcement whose words open with its own day, then act nouns ("had announced on 26 August the
  dismantling of a ring and the arrest of 17 of its members", "announced last week the suspension of oil shipments to
  X") tells each noun phrase as an act beside the statement, by the announcer, dated by that day (`dated_noun_acts`;
  data [dated_nouns]); a catch-all act read across those phrases gives way to them.
"""

from __future__ import annotations

import re

from timeline import attributes as A
from timeline import lexicon as L
from timeline.dates import DateMention
from timeline.drafts import Context, Draft, closest
from timeline.frames import Frame

_DATA = L._load("announced")
VERBS = frozenset(_DATA["verbs"])
ADDRESSED: dict[str, str] = {k: v for k, v in _DATA["addressed"].items() if isinstance(v, str)}
PRESS = tuple(_DATA["addressed"]["press"])
NOUNS: dict[str, str] = dict(_DATA["nouns"])
MODIFIERS = frozenset(_DATA["modifiers"])
MODIFIERS_MAX = 3  # "a unilateral 72-hour cease-fire": words between the verb and the act's noun
_NOUN_ALT = "|".join(re.escape(n) for n in sorted(NOUNS, key=lambda n: (-len(n), n)))
# The act's noun and what follows it: "deployment of", "cease-fire on", "sanctions against", a full stop or a comma.
NOUN_RE = re.compile(rf"(?P<noun>{_NOUN_ALT})(?![\w-])")
WORD_RE = re.compile(r"[\w'’-]+")
# An addressee and the matter after it: "the International Atomic Energy Agency of the decision".
ADDRESSED_RE = re.compile(r"(?P<who>[^,;:.]{2,80}?)\s+(?:of|on|about)\s+(?=\w)")
THAT_RE = re.compile(r"\bthat\b|[\"“”]")
# "confirmed the deployment was under way": the noun opens a clause of its own, words said about it.
CLAUSE_AFTER_RE = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|can|might|may|should|did|does|do)\b")
EXERCISE_RE = re.compile(r"\b(?:drills?|exercises?|war ?games|manoeuvres|maneuvers)\b")
DATED_NOUNS: dict[str, str] = dict(_DATA["dated_nouns"])
_DATED_ALT = "|".join(re.escape(n) for n in sorted(DATED_NOUNS, key=lambda n: (-len(n), n)))
# An act noun after the announcement's own day: determiners and modifiers, then the head and "of" (session 16).
DATED_HEAD_RE = re.compile(rf",?\s*(?:(?:the|a|an|its|their|his|her|immediate|temporary|partial|full|formal|mass|"
                           rf"swift|planned|[\w]+-[\w-]+)\s+){{0,3}}(?P<noun>{_DATED_ALT})\s+of\b")
# The next act noun of the same announcement: "... and the arrest of 17 of its members".
DATED_AND_RE = re.compile(rf"\s+and\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?P<noun>{_DATED_ALT})"
                          rf"\s+of\b")


def _head(lower: str, c0: int, c1: int) -> re.Match[str] | None:
    """The act's noun opening the words c0..c1 after at most MODIFIERS_MAX modifier words, or None."""
    at = c0
    for _ in range(MODIFIERS_MAX + 1):
        m = NOUN_RE.match(lower, at, c1)
        if m is not None:
            return m
        w = WORD_RE.match(lower, at, c1)
        if w is None or not (w.group(0) in MODIFIERS or "-" in w.group(0) or w.group(0)[:1].isdigit()):
            return None
        at = w.end()
        while at < c1 and lower[at] == " ":
            at += 1
    return None


def _noun_kind(ctx: Context, noun: str, a: int, b: int) -> str:
    """The kind an act's noun names, read with its words a..b."""
    kind = NOUNS[noun]
    words = ctx.lower[a:b]
    if kind == "arrival":
        if L.SHIP_NAME_RE.search(ctx.masked, a, b) or L.SHIP_TYPE_RE.search(words):
            return "ship_movement"
        if noun == "arrival" and (L.UNIT_RE.search(ctx.masked, a, b) or L.WEAPON_RE.search(words)):
            return "deployment"
        return "other"
    if kind == "start":
        return "military_exercise" if EXERCISE_RE.search(words) else "other"
    return kind


def _addressed(ctx: Context, fr: Frame, c0: int, c1: int) -> str | None:
    """The kind of an act told as notice or a briefing given to an addressee ("notified X of Y"), or None."""
    kind = ADDRESSED.get(fr.verb.lower())
    if kind is None:
        return None
    m = ADDRESSED_RE.match(ctx.lower, c0, c1)
    if m is None or any(m.group("who").strip().endswith(p) for p in PRESS):
        return None
    return kind


def _act_at(actions: list[Draft], fr: Frame, head_end: int) -> Draft | None:
    """An act a trigger read at the announced noun (its verb or noun between the frame's verb and the noun's end)."""
    return next((a for a in actions if fr.verb_start <= a.pos <= head_end), None)


def announced_acts(ctx: Context, framed: list[tuple[Draft, Frame]], drafts: list[Draft],
                   actions: list[Draft], dates: list[DateMention]) -> None:
    """Turn statements whose words only name an act no trigger read into that act; retype one a trigger read."""
    for st, fr in list(framed):
        if fr.inverted or fr.planned or fr.reported or fr.content is None or st.quote is not None and st.quote.direct:
            continue
        c0, c1 = fr.content
        comma = ctx.masked.find(",", c0, c1)
        # "announced the start of work, adding that ...": the words the act's name opens run to a comma.
        if c0 < fr.verb_end or THAT_RE.search(ctx.masked, c0, c1 if comma < 0 else comma):
            continue
        verb = fr.verb.lower()
        kind: str | None = None
        head_end = c0
        if verb in VERBS:
            head = _head(ctx.lower, c0, c1)
            if head is not None and not CLAUSE_AFTER_RE.match(ctx.lower, head.end()):
                kind, head_end = _noun_kind(ctx, head.group("noun"), head.start(), c1), head.end()
        else:
            kind = _addressed(ctx, fr, c0, c1)
            head_end = c1
        if kind is None:
            continue
        act = _act_at(actions, fr, head_end)
        if act is not None:
            act.start = min(act.start, st.start)
            act.end = max(act.end, st.end) if act.end >= c0 else act.end
            if act.kind == "other" and kind != "other":
                act.kind = kind
            if act.modality == "reported_claim":
                act.modality = "asserted"
            act.actor = act.actor or st.actor
            act.mention = act.mention or st.mention or st.object_mention
            if verb in ADDRESSED:  # "briefed European allies on the talks": the briefing, no words of it told
                drafts.remove(st)
                framed.remove((st, fr))
            continue  # else the statement stays beside an act a trigger read (tests/timeline/test_stmt_session6.py)
        st.kind, st.quote, st.modality = kind, None, "asserted"
        if st.mention is None:  # the act's own day in its words ("the arrival of ... on Sunday, according to X")
            own = [d for d in dates if d.kind in ("relative", "absolute") and c0 <= d.start and d.end <= c1]
            st.mention = st.object_mention or closest(own, c0, c1, head_end)
    dated_noun_acts(ctx, framed, drafts, actions, dates)


def dated_noun_acts(ctx: Context, framed: list[tuple[Draft, Frame]], drafts: list[Draft], actions: list[Draft],
                    dates: list[DateMention]) -> None:
    """Add the acts an announcement names by nouns right after its own day, beside the statement (session 16)."""
    for st, fr in framed:
        if fr.inverted or fr.planned or fr.reported or fr.content is None or st.quote is not None and st.quote.direct \
                or fr.verb.lower() not in VERBS or st.kind != "statement":
            continue  # a statement announced_acts made the act itself names it already
        c0, c1 = fr.content
        # the day between the verb and the words ("announced on 12 March the ..."), or opening the words
        day = next((d for d in dates if d.kind in ("relative", "absolute") and fr.verb_end <= d.start
                    and not ctx.masked[fr.verb_end:d.start].strip() and not ctx.masked[d.end:c0].strip(" ,")), None)
        if day is None or (head := DATED_HEAD_RE.match(ctx.lower, max(c0, day.end), c1)) is None:
            continue
        stop = min([i for i in (ctx.masked.find(x, head.end(), c1) for x in (",", ";")) if i >= 0] + [c1])
        # each phrase runs from its determiner to the next "and <act noun> of" or the words' first comma
        bounds = [(head.start(), head.group("noun"))]
        bounds += [(n.start(), n.group("noun")) for n in DATED_AND_RE.finditer(ctx.lower, head.end(), stop)]
        phrases = []
        for k, (b0, noun) in enumerate(bounds):
            p0, p1 = A.trim(ctx.body, b0, bounds[k + 1][0] if k + 1 < len(bounds) else stop)
            if p1 > p0:
                phrases.append((p0, p1, noun))
        if not phrases:
            continue
        lo, hi = phrases[0][0], phrases[-1][1]
        for d in [a for a in actions if a.kind == "other" and lo <= a.pos < hi and a is not st]:
            actions.remove(d)  # a catch-all reading across the phrases gives way to them
            if d in drafts:
                drafts.remove(d)
        for p0, p1, noun in phrases:
            if any(a.kind != "other" and p0 <= a.pos < p1 for a in actions):
                continue  # a kind's own trigger read it there ("the expulsion of": a sanction)
            act = Draft(kind=DATED_NOUNS[noun], start=p0, end=p1, pos=p0,
                        summary=A.summary(st.actor, fr.verb, ctx.body[p0:p1]), actor=st.actor, role=st.role,
                        modality="asserted", via=st.via, mention=day, paragraph=st.paragraph, sentence=st.sentence)
            actions.append(act)
            drafts.append(act)
