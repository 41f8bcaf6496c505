"""Acts told as another party doing the act just told again ("France followed suit on Tuesday", "Kenya closed its border
on Monday, and Uganda followed on Tuesday"), and a drill's or sitting's end told as its start's second predicate.

`follow_suit` (session 17, helper nouns17; words in data/followsuit.toml): a repeat phrase ("followed suit", "did the
same", or "followed" with a time after it) right after a named subject (a state, body or person:
`attributes.subject_before`); the kind of the last act told before it in this sentence or earlier in the excerpt, within
the last few sentences; never a statement, sitting or visit repeated, nor a repeat "with" an act of its own ("followed on
Monday with sanctions": that act is read by its own trigger); nothing read there already.

`followed_acts` (session 17, helper clause17): in one sentence, an act read before ", and" (never a statement); then a
subject of its own with no comma in it, "followed" (or "followed suit", "soon followed"), and after it only a time phrase
or the clause's end (never an object: "followed the talks closely" is watching). The subject is a named state, body or
person (its doer), or "a second/another/a further <noun>" (the first act's doer again: "and a second ruling against X
followed a month later"). Its kind is the first act's; its day only one it names itself ("on Tuesday"), else undated
("within a week", "a month later": no day of their own).

`ended_acts` (session 17): see its comment below. Session 18 (clause18): followsuit.py merged in here, output unchanged;
`participle_acts`: the same doer's next act told by a participle after "before"/"after" with a day of its own ("closed
the strait on Sunday, before reopening the passage on Monday").
"""

from __future__ import annotations

import re
from functools import cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import action_draft, day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft, closest
from timeline.speakers import ACTOR_KINDS, Mention
from timeline.speakers import resolve as resolve_mention

SUIT_UNUSABLE = frozenset({"modifier", "dateline", "vague"})  # a relational day may date a repeat
REACH = 600  # characters back an earlier act may stand (a few sentences)


_alt = L.spaced_alt  # words of a data list, longest first, a space any white space


@cache
def _data() -> tuple[re.Pattern[str], frozenset[str]]:
    d = L._load("followsuit")
    pattern = re.compile(rf"\b(?:(?:also|then|later|soon|quickly|swiftly|promptly)\s+)?(?:{_alt(d['phrases'])}"
                         rf"|followed(?=\s+(?:{_alt(d['followed_time'])})\b))\b(?![^.;:,]{{0,40}}?\bwith\b)")
    return pattern, frozenset(d["kinds"])


GATES = ("followed", "the same", "likewise")


def follow_suit(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention], drafts: list[Draft],
                actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with the repeats of an act just told (see the module's rules)."""
    lower = ctx.lower
    if not any(lower.find(g, s, e) >= 0 for g in GATES):
        return actions
    pattern, kinds = _data()
    out: list[Draft] = []
    names = [(m.start, m.end) for m in mentions if m.kind in ACTOR_KINDS]
    for m in pattern.finditer(lower, s, e):
        t0 = m.start()
        if any(d.start <= t0 < d.end and d.kind != "statement" for d in drafts + actions + out):
            continue  # read already
        spans = A.clauses(ctx.masked, s, e)
        clause = next((c for c in spans if c[0] <= t0 < c[1]), (s, e))
        if A.subject_before(lower, names, clause[0], t0) is None:
            continue  # no named subject right before: "Talks followed within days", "Protests followed"
        earlier = [d for d in [*ctx.drafts, *drafts, *actions] if d.kind in kinds and d.pos < t0 and t0 - d.pos <= REACH
                   and d.modality in ("asserted", "reported_claim")]
        if not earlier:
            continue  # nothing done just before to repeat
        kind = max(earlier, key=lambda d: d.pos).kind
        own = [d for d in dates if clause[0] <= d.start < clause[1] and d.kind not in SUIT_UNUSABLE and day_level(d)]
        mention = closest(own, clause[0], clause[1], t0) if own else None
        draft = action_draft(ctx, kind, t0, m.end(), clause, None, mentions, dates, mention, via, s, paragraph)
        if draft.modality not in ("asserted", "reported_claim"):
            continue  # a repeat only hoped for, asked or denied
        out.append(draft)
    return actions + out


UNUSABLE = frozenset({"modifier", "dateline", "vague", "relational"})
# ", and <subject> followed": the subject runs over no comma and no verb-like break; "followed" with nothing after it
# but a time phrase, "suit", or the clause's end.
FOLLOWED_RE = re.compile(r",?\s+and\s+(?:then\s+)?(?P<subj>(?:[^,;:.()]|\.(?=\s+[a-z])){2,90}?)\s+(?:(?:soon|quickly|swiftly|later|also)\s+)?"
                         r"(?P<verb>followed)(?:\s+suit)?"
                         r"(?=\s*(?:[.;,]|$|(?:within|on|in|the\s+next|the\s+following|a\s+\w+\s+later|\w+\s+\w+\s+later"
                         r"|later|soon|shortly|days|weeks|hours|months|overnight|that|this|last)\b))")
# A subject that is the first act again by its doer: "a second ruling", "another expulsion".
AGAIN_RE = re.compile(r"(?:a\s+(?:second|third|further|similar|new)|another)\s+[a-z]")
# A subject that is no doer of a like act: a reaction, a count or what happened next ("protests followed", "talks").
NOT_DOER_RE = re.compile(r"\b(?:protests?|clashes|talks|silence|chaos|calm|criticism|condemnation|outrage|reaction|"
                         r"reactions|days?|weeks?|months?|hours?|years?|what|this|it|they|others|more)\b")


def _doer(ctx: Context, mentions: list[Mention], a: int, b: int, paragraph: int) -> str | None:
    """The named doer opening the subject at [a, b) (its first name, as "Peru and Chile" is two doers), else None."""
    for mm in mentions:
        if a <= mm.start < b and mm.kind in ("person", "entity", "body", "demonym", "agency") \
                and ctx.lower[a:mm.start].strip() in ("", "the"):
            r = resolve_mention(mm, ctx.reg, paragraph)
            return r.name if r and r.name else None
    return None


def followed_acts(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                  drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with those a ", and X followed" clause tells after one of them (see the module's rules)."""
    lower = ctx.lower
    if "followed" not in lower[s:e]:
        return actions
    out: list[Draft] = []
    for m in FOLLOWED_RE.finditer(lower, s, e):
        a, b = m.start("subj"), m.end("subj")
        if ctx.masked[a:m.end("verb")] != ctx.body[a:m.end("verb")] or NOT_DOER_RE.search(lower, a, b):
            continue  # quoted words, or a subject that is no doer of a like act
        # an act told before ", according to X" / ", X said" is the speaker's report of it (reported_claim): its
        # follower is told in the same words (session 18: "..., and a second strike followed two days later, according
        # to local officials" lost the second strike)
        first = [d for d in actions if d.kind != "statement" and s <= d.pos < m.start() and d.end <= m.start() + 1
                 and d.modality in ("asserted", "reported_claim")]
        if not first:
            continue
        prev = first[-1]
        if any((d.start <= a < d.end or d.start <= m.start("verb") < d.end) and d.kind != "statement"
               for d in drafts + actions):  # a statement's words hold its acts (session 18), no reading of them
            continue  # read already (by follow_suit too: "Britain and Canada followed within a week")
        again = AGAIN_RE.match(lower, a) is not None
        doer = prev.actor if again else _doer(ctx, mentions, a, b, paragraph)
        if not doer and not again:
            continue  # "and prices followed": no doer named
        c1 = next((i for i in range(m.end("verb"), e) if lower[i] in ".;,"), e)
        own = [d for d in dates if m.end("verb") <= d.start and d.end <= c1 and d.kind not in UNUSABLE and day_level(d)]
        draft = action_draft(ctx, prev.kind, m.start("verb"), m.end("verb"), (a, c1), None, mentions, dates,
                             own[0] if own else None, via, s, paragraph)
        draft.start, draft.end, draft.paragraph = a, c1, paragraph
        draft.actor = doer
        draft.role = prev.role if again else None
        draft.tense, draft.modality = "past", prev.modality
        out.append(draft)
    return actions + out


# Session 17: the end of a sitting or drill told as a second predicate of its subject ("The drills started on 9 May and
# will end on Wednesday", "The summit opened on Monday and closed on Wednesday"): the same event's kind, with the day
# it names (never "and ended the talks": an object, not a day, follows).
DURATIVE = frozenset({"military_exercise", "meeting"})
ENDED_RE = re.compile(r"\s+and\s+(?:(?:they|it)\s+)?(?P<aux>(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to"
                      r"|was\s+to|were\s+to|would)\s+)?(?P<verb>end(?:s|ed)?|conclude[sd]?|close[sd]?|finish(?:es|ed)?"
                      r"|wrap(?:s|ped)?\s+up|run\s+until|ran\s+until|runs\s+until|last(?:s|ed)?\s+until)"
                      r"(?=\s+(?:on|at|in|by|late|early|this|next|last|until|the\s+(?:next|following|same)|[a-z]+day|\d))")
# A word that opens a start: the first predicate must tell the event beginning ("started", "opened", "began").
BEGAN_RE = re.compile(r"\b(?:start(?:s|ed)?|beg(?:an|ins|un)|open(?:s|ed)|kick(?:s|ed)\s+off|launch(?:es|ed)|got\s+under\s*way)\b")


def ended_acts(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention], drafts: list[Draft],
               actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with the end of a drill or sitting its start's clause tells on a day of its own."""
    lower = ctx.lower
    if " and " not in lower[s:e]:
        return actions
    out: list[Draft] = []
    for m in ENDED_RE.finditer(lower, s, e):
        first = [d for d in actions if d.kind in DURATIVE and s <= d.pos < m.start() and d.end <= m.start() + 1
                 and BEGAN_RE.search(lower, d.start, m.start())]
        if not first or ctx.masked[m.start():m.end()] != ctx.body[m.start():m.end()]:
            continue
        prev = first[-1]
        c0 = m.start("aux") if m.group("aux") else m.start("verb")
        c1 = next((i for i in range(m.end("verb"), e) if lower[i] in ".;,"), e)
        own = [d for d in dates if m.end("verb") <= d.start and d.end <= c1 and d.kind not in UNUSABLE and day_level(d)]
        if not own:
            continue
        taken = [d for d in actions if c0 <= d.pos < c1 or d.start <= c0 < d.end and d is not prev]
        if any(d.kind != "other" for d in taken):
            continue  # read already as something else
        draft = action_draft(ctx, prev.kind, m.start("verb"), m.end("verb"), (c0, c1), None, mentions, dates, own[0],
                             via, s, paragraph)
        draft.start, draft.end, draft.paragraph = c0, c1, paragraph
        draft.actor, draft.role = prev.actor, prev.role
        if m.group("aux"):
            draft.tense, draft.modality = "future", "planned"
        actions = [d for d in actions if d not in taken]
        out.append(draft)
    return actions + out


# "closed the strait on Sunday, before reopening the passage on Monday": a participle after "before"/"after" whose past
# form a plain act verb list holds ([fallback] subject) is the main subject's next act, on a day it names itself.
PARTICIPLE_RE = re.compile(r"\b(?:before|after)\s+(?P<verb>[a-z]{3,}ing)\b")
CLAUSE_END_RE = re.compile(r"[,;:.!?]|\s[–—]\s|\s(?:and|but|while|after|before)\s")


def _past_forms(verb: str) -> list[str]:
    """The past forms an "-ing" word may have ("reopening": reopened; "closing": closed; "stopping": stopped)."""
    stem = verb[:-3]
    return [stem + "ed", stem + "d"]  # "stopping": stopp + ed; "closing": clos + ed


def participle_acts(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                    drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with a participle's after "before/after" that names its own day (see PARTICIPLE_RE)."""
    lower = ctx.lower
    if "ing" not in lower[s:e] or ("before " not in lower[s:e] and "after " not in lower[s:e]):
        return actions
    pattern = L.FALLBACK_TRIGGERS.get("subject")
    if pattern is None:
        return actions
    out: list[Draft] = []
    for m in PARTICIPLE_RE.finditer(lower, s, e):
        v0, v1 = m.start("verb"), m.end("verb")
        if ctx.masked[m.start():v1] != ctx.body[m.start():v1]:
            continue  # quoted words
        stop = CLAUSE_END_RE.search(lower, v1, e)
        c1 = stop.start() if stop is not None else e
        rest = lower[v1:c1]
        if not any(pattern.match(form + rest) for form in _past_forms(m.group("verb"))):
            continue  # "after accusing them of spying", "before leaving": no act verb of the plain list
        own = [d for d in dates if v1 <= d.start and d.end <= c1 and d.kind not in UNUSABLE and day_level(d)]
        if not own:
            continue  # "after closing the border": the main act's background, no day of its own
        before = [d for d in actions if d.kind != "statement" and s <= d.pos < m.start() and d.modality == "asserted"]
        if not before or any(d.start <= v0 < d.end or v0 <= d.pos < c1 for d in drafts + actions + out):
            continue  # no act told before it to share its subject, or read already
        prev = before[-1]
        draft = action_draft(ctx, "other", v0, v1, (v0, c1), None, mentions, dates, own[0], via, s, paragraph)
        draft.start, draft.end, draft.paragraph = m.start(), c1, paragraph
        draft.actor, draft.role = prev.actor, prev.role
        out.append(draft)
    return actions + out


@cache
def _harm_re() -> re.Pattern[str]:
    d = L._load("followsuit")["harm"]
    # ", killing four civilians": the comma, the participle, then an object a count, determiner, pronoun or name opens,
    # whose first word no figurative list holds ("damaging hopes", "killing the deal")
    return re.compile(rf",\s+(?P<verb>{_alt(d['participles'])})\s+(?!(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(d['not_objects'])})\b)"
                      rf"(?:(?:{_alt(d['object_starts'])})\b|\d|[A-Z])", re.IGNORECASE)


HARM_NOT_AFTER = frozenset({"statement", "military_exercise", "missile_test", "nuclear_test"})
# Where the participle's words end: an attribution after a comma (", the radio said", ", according to X"), a semicolon or
# a dash; else the sentence's end.
HARM_END_RE = re.compile(r",\s+(?:according\s+to\b|(?:[\w'’.-]+\s+){1,6}(?:said|says|reported|reports|announced|stated"
                         r"|added|told|claimed|confirmed)\b)|;|\s[–—]\s")


def harm_participles(ctx: Context, s: int, e: int, drafts: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """Acts told by a participle of harm after an act's comma ("bombed the town on Tuesday, killing four civilians"): the
    same doer's act at its time, with its own evidence (session 26); the act before it ends at the comma."""
    if "ing" not in ctx.lower[s:e] or "," not in ctx.lower[s:e]:
        return []
    out: list[Draft] = []
    for m in _harm_re().finditer(ctx.masked, s, e):
        v0 = m.start("verb")
        if ctx.masked[m.start():v0 + 1] != ctx.body[m.start():v0 + 1]:
            continue  # quoted words
        # never after a drill or a test ("held a drill, firing into waters off the island": its part, heldout7)
        before = [d for d in drafts if d.kind not in HARM_NOT_AFTER and d.start < m.start() and d.pos < m.start()
                  and d.end >= m.start() - 1]
        stop = HARM_END_RE.search(ctx.masked, m.end(), e)
        c1 = A.trim(ctx.body, v0, stop.start() if stop is not None else e)[1]
        if not before or any(d.kind != "statement" and v0 <= d.pos < c1 for d in drafts + out):
            continue  # no act told right before it, or a trigger read its words already ("firing three missiles")
        prev = before[-1]
        draft = action_draft(ctx, "other", v0, m.end("verb"), (v0, c1), None, [], [], None, via, s, paragraph)
        draft.start, draft.end, draft.pos, draft.paragraph = v0, c1, v0, paragraph
        draft.actor, draft.role, draft.modality, draft.tense = prev.actor, prev.role, prev.modality, prev.tense
        draft.inherit, draft.inherit_why = prev, "a participle after the act tells what it did, at its time"
        if prev.end > m.start():
            prev.end = A.trim(ctx.body, prev.start, m.start())[1]  # the act before ends at the comma
        out.append(draft)
    return out
