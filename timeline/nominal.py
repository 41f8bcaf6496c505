"""Events told as nouns: a kind's head noun with its own doer or day, never one referring back to an act already told."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace

from timeline import attributes as A
from timeline import lexicon as L
from timeline import notacts as N
from timeline.actions import (
    CIVIL_NOUN_RE,
    HABITUAL_RE,
    NOMINAL_REACH,
    SINCE_BEFORE_RE,
    day_level,
    nominal_hits,
)
from timeline.datefind import find_dates
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.sentindex import fresh_mask, list_gate
from timeline.speakers import Mention
from timeline.speakers import resolve as resolve_mention

with (L.DATA_DIR / "nominal.toml").open("rb") as _fh:
    _DATA = tomllib.load(_fh)


def _words(words: list[str]) -> str:
    """One alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _heads(words: list[str]) -> re.Pattern[str]:
    """A pattern of the words as whole words."""
    return re.compile(rf"\b(?:{_words(words)})\b")


# The new heads (data/nominal.toml) and the kinds' own [nominal] nouns (triggers.toml, through lexicon).
HEAD_RES = {kind: _heads(words) for kind, words in _DATA["heads"].items()}
# Every head at once (one scan of a sentence, not one per kind), and each head's kind.
HEAD_KIND = {w: kind for kind, words in _DATA["heads"].items() for w in words}
ALL_HEADS_RE = _heads(list(HEAD_KIND))
G_ALL_HEADS = list_gate(ALL_HEADS_RE)  # its heads found once per body: none searched where none is (session 20)
STORY_WORDS = {kind: tuple(words) for kind, words in _DATA["story"].items()}
LAUNCHED_RE = re.compile(rf"\s+of\s+(?:[\w,.-]+\s+){{0,3}}?(?:{_words(_DATA['words']['launched'])})")
LAUNCHED_REACH = 40  # "a launch of its Hwasong-17": a weapon the lexicon names, this close after "of"
NOT_BEFORE_RE = re.compile(rf"\b(?:{_words(_DATA['words']['not_before'])})[ -]$")
NOT_AFTER_RE = re.compile(rf"\s+(?:{_words(_DATA['words']['not_after'])})\b")
# Kinds whose [nominal] noun makes an event with a named doer and no day ("Iran's seizure of the tanker"); drills and
# sanctions regimes named by a possessive are a standing state, not an act ("Russia's drills", "US sanctions").
DOER_KINDS = ("nuclear_test", "missile_test", "other")
# Kinds whose noun a demonym right before it gives a doer ("Israeli air strikes", "a Chinese missile test").
DEMONYM_KINDS = frozenset({"nuclear_test", "missile_test", "other", "test"})
# Kinds whose act, read from a noun with a day, retells the one told before with that day (a statement never does).
RESTATED_KINDS = frozenset({"nuclear_test", "missile_test", "other", "meeting", "sanction"})
# A head is a noun only after a determiner or a possessive, a few modifiers apart ("the country's sixth nuclear test").
NP_LEAD_RE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|these|those)|['’]s|(?<=s)['’])\s+"
                        r"(?:(?!(?:the|a|an|its|their|this|that|since|after|before|over|of|in|on|at|to|for|with|by|from|and)\b)"
                        r"[\w'’-]+\s+){0,4}$")
POSSESSOR_RE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,4}$")
# "a statement by the ministry", "talks between Armenia and Azerbaijan", "a communique issued by", "a statement from".
AGENT_AFTER_RE = re.compile(r"(?:\s+(?:of|on|to|with|in|at|over)\s+[^,.;:]{1,40}?)?\s+(?:(?:issued|released|made|delivered|given"
                            r"|carried out|conducted)\s+)?(?P<how>by|between|from)\s+(?:the\s+)?")
BETWEEN_AND_RE = re.compile(r"\s+and\s+(?:the\s+)?")
TRIGGER_REACH = 16  # a head this close after another kind's trigger is part of it ("nuclear test" read as a test)
CLAUSE_STOP_RE = re.compile(r"[,;:()–—]|\s-\s")
# A noun used as a time or a yardstick ("in the run-up to the launch", "since the test") tells no act.
TIME_BEFORE_RE = re.compile(r"\b(?:since|until|till|like|unlike|than|before|as)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+)?$")
DAY_WORD_RE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|\d{1,2}|\d{4}"
                         r"|january|february|march|april|may|june|july|august|september|october|november|december)\b")
# The name a possessive follows, known or not ("Kishida's remarks", "the foreign ministry's statement").
NAME_BEFORE_RE = re.compile(r"(?:\b(?:the|The)\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+$")
NAMED_OWNER_RE = re.compile(r"\b[A-Z][\w.-]+['’]s?$")  # "Macron's remarks": a speaker named, known or not
SINCE_YEAR_RE = re.compile(r"\b(?:since|in) (?:the )?(?:1[89]|20)\d\d\b|\btimes\b")  # a tally or a stretch of years
YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
MONTH_OF_ACT_RE = re.compile(r"(?:in|during|early|late|last|earlier)\b")  # the act's own month, not a stretch
HISTORY_KINDS = frozenset(_DATA["history"]["kinds"])
# "Israeli air strikes on Gaza", "a North Korean missile launch", "Saudi-led air strikes": a demonym right before the
# head, a few modifiers apart, names the doer (never "-backed": "Iranian-backed gunmen" are not Iran).
DEMONYM_GAP_RE = re.compile(r"(?:-led)?\s+(?:(?!(?:of|on|in|at|by|to|for|from|and|with|the|a|an)\b)[\w-]+\s+){0,2}")
DEMONYM_LEAD_RE = re.compile(r"(?:\b(?:new|fresh|further|renewed|more|heavy|overnight|deadly|latest)\s+)$")
# An act noun with a doer and no day tells an act of this story only where its clause goes on in the past ("Iran's
# seizure of the tanker was condemned", "Russian missile strikes damaged a power station"), never in the present or a
# habit ("Israeli strikes are a constant threat", "Chinese missile tests are becoming more frequent").
PAST_AFTER_RE = re.compile(r"[^,;:]*?\b(?:was|were|had|has|have|[a-z]{3,}ed|hit|struck|shot|left|sent|came|began|fell|took"
                           r"|drew|brought|led|caught|cut|set|sank|broke|tore|blew)\b")
PAST_WORD_RE = re.compile(r"\b(?:[a-z]{3,}ed|hit|struck|shot|left|sent|took|drew|brought|caught|cut)\b")
PRESENT_AFTER_RE = re.compile(r"[^,;:]*?\b(?:is|are|remain|remains|continue to|has long|have long)\b")
STRIKE_CONTEXT = tuple(_DATA["words"]["strike_context"])
# "It was the 26th Houthi attack on shipping", "which marked Pyongyang's sixth nuclear test": a noun predicated of an act
# already told names it again.
PREDICATE_BEFORE_RE = re.compile(r"\b(?:it|this|that|which|these|they)\s+(?:was|is|were|are|marked|marks|became|becomes"
                                 r"|represented|represents)\s+(?:also\s+|only\s+|now\s+|once\s+)?$")
# The matter of a sitting or of words: "a meeting on the launch", "protested over the test" (as actions.TOPIC_BEFORE_RE).
TOPIC_BEFORE_RE = re.compile(r"\b(?:on|over|about|regarding|concerning)\s+$")
STATEMENT_SETTING_RE = re.compile(r"\b(?:in|during|at|through|via)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$")


SPEECH_HEAD_RE = _heads(_DATA["heads"]["statement"])


def _answered_speech(ctx: Context, mentions: list[Mention], dates: list[DateMention], d: Draft, kind: str, np0: int,
                     h0: int, h1: int, clause_end: int, paragraph: int) -> bool:
    """Whether a statement read over a speech noun with its own day is another speaker's answer to it ("Comments by the
    Chinese envoy on Sunday drew a protest from Manila": Manila's; the comments stay China's, session 16)."""
    if kind != "statement" or d.kind != "statement" or d.actor is None:
        return False
    actor = _doer(ctx, mentions, np0, h0, h1, clause_end, paragraph)[0]
    return actor is not None and actor != d.actor and _day(ctx, dates, np0, h1, clause_end, kind) is not None


def _named_owner(ctx: Context, s: int, np0: int, h0: int) -> bool:
    """Whether a capitalised name owns the noun at h0: right before the noun phrase ("Macron's remarks") or its
    possessive inside it ("The President's broadcast", session 16)."""
    poss = POSSESSOR_RE.search(ctx.lower, max(np0 - 2, h0 - 40), h0)
    at = poss.start() if poss is not None else np0
    return NAMED_OWNER_RE.search(ctx.masked, max(s, at - 40), at + 2) is not None


# Session 16: "X's letter, demanding ...": a speech noun set off by a comma before a participle that speaks for no one.
PARTICIPLE_AFTER_RE = re.compile(r"(?:\s+(?:[a-z][\w-]*\s+){0,3}?)??,\s+(?=[a-z]+ing\b)")


def _owns_participle(ctx: Context, drafts: list[Draft], np0: int, h1: int, actor: str, role: str | None) -> bool:
    """Whether an unnamed speaker's statement opens at a participle right after the noun ("Ruto's second letter,
    demanding the withdrawal, arrived"): it becomes the owner's, opening at the noun phrase's owner."""
    comma = PARTICIPLE_AFTER_RE.match(ctx.lower, h1)
    if comma is None:
        return False
    d = next((d for d in drafts if d.kind == "statement" and d.actor is None and d.start == comma.end()), None)
    if d is None:
        return False
    owner = NAME_BEFORE_RE.search(ctx.masked, max(0, np0 - 60), np0) if ctx.lower.startswith(("'", "’"), np0) else None
    d.start, d.actor, d.role = (owner.start() if owner is not None else np0), actor, role
    return True


def _story_kind(lower: str, kind: str, s: int) -> str | None:
    """The kind a head is read as in this excerpt (none without its story's words): a test by the nearest story word."""
    if kind != "test":
        return kind if kind not in STORY_WORDS or any(w in lower for w in STORY_WORDS[kind]) else None
    best, gap = None, len(lower)
    for k in ("nuclear_test", "missile_test"):
        for w in STORY_WORDS[k]:
            for i in (lower.rfind(w, 0, s), lower.find(w, s)):
                if i >= 0 and abs(i - s) < gap:
                    best, gap = k, abs(i - s)
    return best


def _doer(ctx: Context, mentions: list[Mention], np0: int, h0: int, h1: int, clause_end: int,
          paragraph: int) -> tuple[str | None, str | None, list[str]]:
    """(actor, role, other parties) the noun names: its possessor, or the agent after "by", "from" or "between"."""
    names: list[tuple[str, str | None]] = []
    if (poss := POSSESSOR_RE.search(ctx.lower, max(np0 - 2, h0 - 40), h0)) is not None:
        owner = next((m for m in mentions if m.end == poss.start() and m.kind in ("person", "entity", "body", "reference",
                                                                                  "demonym")), None)
        if owner is not None and (r := resolve_mention(owner, ctx.reg, paragraph)) is not None and r.name:
            return r.name, r.role, []
    agent = AGENT_AFTER_RE.match(ctx.lower, h1, clause_end)
    if agent is None:
        return None, None, []
    first = next((m for m in mentions if m.start == agent.end() or m.start <= agent.end() < m.end), None)
    if first is None or (r := resolve_mention(first, ctx.reg, paragraph)) is None or not r.name:
        return None, None, []
    names.append((r.name, r.role))
    if agent.group("how") == "between":
        second = next((m for m in mentions if m.start > first.end and BETWEEN_AND_RE.fullmatch(ctx.lower, first.end, m.start)),
                      None)
        if second is None or (r2 := resolve_mention(second, ctx.reg, paragraph)) is None or not r2.name:
            return None, None, []  # "talks between the two sides": no parties named
        names.append((r2.name, r2.role))
    return names[0][0], names[0][1], [n for n, _ in names[1:]]


def _demonym(ctx: Context, mentions: list[Mention], s: int, h0: int, paragraph: int) -> tuple[int, str] | None:
    """(start, state) of the demonym that names the doer of the act noun at h0 ("Russian missile strikes"), if any."""
    for m in reversed(mentions):
        if m.end > h0 or m.end < h0 - 40:
            continue
        if m.kind != "demonym" or not DEMONYM_GAP_RE.fullmatch(ctx.lower, m.end, h0):
            return None
        r = resolve_mention(m, ctx.reg, paragraph)
        if r is None or not r.name:
            return None
        lead = DEMONYM_LEAD_RE.search(ctx.lower, max(s, m.start - 12), m.start)
        return (lead.start() if lead else m.start), r.name
    return None


def _told_past(ctx: Context, np0: int, h1: int, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the clause after a noun goes on in the past, told once ("was condemned", "damaged"), not as a habit or
    a tally of years in its sentence ("have killed thousands since 2015")."""
    past = PAST_AFTER_RE.match(ctx.lower, h1, clause[1])
    present = PRESENT_AFTER_RE.match(ctx.lower, h1, clause[1])
    judged = PAST_WORD_RE.search(ctx.lower, clause[0], np0)  # "Japan condemned North Korea's nuclear test"
    return (judged is not None or past is not None and (present is None or present.end() > past.end())) \
        and not HABITUAL_RE.search(ctx.lower, *clause) and not SINCE_YEAR_RE.search(ctx.lower, *sentence)


def _day(ctx: Context, dates: list[DateMention], np0: int, h1: int, clause_end: int, kind: str) -> DateMention | None:
    """The noun's own day: a possessive before it ("Tuesday's launch") or a day phrase right after ("the test on Sunday")."""
    for d in dates:
        if d.end <= np0 + 1 and np0 - 2 <= d.end and ctx.lower.startswith(("'s", "’s"), d.end) and day_level(d, kind):
            return d
    after = [d for d in dates if h1 <= d.start <= min(clause_end, h1 + NOMINAL_REACH) and d.kind != "modifier"
             and not CLAUSE_STOP_RE.search(ctx.masked, h1, d.start)]
    if after and day_level(after[0], kind):
        return after[0]
    return None


def _history(ctx: Context, np0: int, h0: int, h1: int) -> DateMention | None:
    """The year a noun names as its own, qualifying it ("the 2001 collision", "since the 1967 clashes"): an act of the
    past dated by that whole year; never a date after the noun ("Russia's invasion in February 2022" is background)."""
    inside = [d for d in find_dates(ctx.masked, np0, h1) if np0 <= d.start and d.end <= h0
              and d.kind in ("modifier", "absolute") and YEAR_RE.search(d.phrase)]
    return replace(inside[-1], kind="absolute") if inside else None


def _background(ctx: Context, dates: list[DateMention], h1: int, clause_end: int) -> bool:
    """Whether the first date after the noun, close to it in its clause, names only a month or a year."""
    after = [d for d in dates if h1 <= d.start <= min(clause_end, h1 + NOMINAL_REACH) and d.kind != "modifier"
             and not CLAUSE_STOP_RE.search(ctx.masked, h1, d.start)]
    return bool(after) and not day_level(after[0])


def _recent_month(ctx: Context, dates: list[DateMention], h1: int, clause_end: int) -> DateMention | None:
    """The month with no year after an act noun ("Iran's seizure of the tanker in July"): this story's recent past,
    dated by that month (session 14); a written year may be background, left out."""
    after = [d for d in dates if h1 <= d.start <= min(clause_end, h1 + NOMINAL_REACH) and d.kind != "modifier"
             and not CLAUSE_STOP_RE.search(ctx.masked, h1, d.start)]
    ok = after and after[0].kind == "relative" and not YEAR_RE.search(after[0].phrase)
    return after[0] if ok and MONTH_OF_ACT_RE.match(after[0].phrase.lower()) else None  # never "since January": a tally


def _day_key(d: DateMention | None) -> str:
    """The day words of a date phrase ("on Tuesday" and "Tuesday's" are one day), "" for none."""
    return " ".join(DAY_WORD_RE.findall(d.phrase.lower())) if d is not None else ""


def refers_back(earlier: list[Draft], kind: str, actor: str | None, day: DateMention | None, past: bool = False) -> bool:
    """Whether a noun of this kind, doer and day can only be an act of its kind already told (before it in the excerpt);
    a noun naming its own year (past) is another act unless one told before names that year too."""
    # An act noun may retell a measure told as a sanction ("the mass expulsion of its diplomats" after "expelled").
    same = [d for d in earlier if d.kind == kind or kind == "other" and d.kind == "sanction"]
    if not same:
        return False
    if day is not None:
        key = _day_key(day)
        return any(_day_key(d.mention) == key and key for d in same) or not past and any(
            d.mention is None and (actor is None or d.actor in (None, actor)) for d in same)
    return any(actor is None or d.actor in (None, actor) for d in same)


def _heads_in(ctx: Context, s: int, e: int) -> list[tuple[str, re.Match[str]]]:
    """(kind, match) of every head in the sentence: the new heads and the doer kinds' own [nominal] nouns."""
    found = [(HEAD_KIND[m.group(0)], m) for m in ALL_HEADS_RE.finditer(ctx.lower, s, e)] \
        if fresh_mask(ctx.keys, ctx.lower, s, e) & G_ALL_HEADS else []
    found += [(kind, m) for kind in (*DOER_KINDS, "meeting") if kind in L.NOMINAL_TRIGGERS
              for m in nominal_hits(ctx.lower, kind, s, e)]
    return sorted(found, key=lambda km: (km[1].start(), -km[1].end()))


def _generic(ctx: Context, s: int, h0: int, h1: int, dated: bool = False) -> bool:
    """Whether the noun at h0..h1 tells no act: "a stress test", "a test of wills", "the launch window", "the launch of
    an inquiry" (no missile sent up), or, unless it names its own year (dated), a time or yardstick ("as the launch
    approached", "since the test"; but "since the 1967 clashes" names those clashes)."""
    return bool(NOT_BEFORE_RE.search(ctx.lower, max(s, h0 - 12), h0) or NOT_AFTER_RE.match(ctx.lower, h1)
                or ctx.lower.startswith("launch", h0) and ctx.lower.startswith(" of", h1) and not LAUNCHED_RE.match(ctx.lower, h1)
                and not L.WEAPON_RE.search(ctx.masked, h1, min(len(ctx.masked), h1 + LAUNCHED_REACH))
                or not dated and TIME_BEFORE_RE.search(ctx.lower, max(s, h0 - 30), h0)
                and not ctx.lower.startswith(("'", "’"), h0 - 2))


def _generic_test(ctx: Context, s: int, d: Draft) -> bool:
    """A test or launch another reading took at its noun ("passed the stress test despite the missile threat", "the
    launch window for the rocket"): no act (the verb "launched" or "tested" is never a noun here)."""
    if d.kind not in ("missile_test", "nuclear_test"):
        return False
    head = next((m for k in ("missile_test", "test") if (m := HEAD_RES[k].match(ctx.lower, d.pos)) is not None), None)
    return head is not None and NP_LEAD_RE.search(ctx.lower, max(s, d.pos - 48), d.pos) is not None \
        and _generic(ctx, s, head.start(), head.end())


def _at_head(ctx: Context, d: Draft) -> bool:
    """Whether the draft's trigger is a head noun (the kinds' [nominal] nouns or data/nominal.toml's)."""
    return ALL_HEADS_RE.match(ctx.lower, d.pos) is not None or (
        d.kind in L.NOMINAL_TRIGGERS and L.NOMINAL_TRIGGERS[d.kind].match(ctx.lower, d.pos) is not None)


def _restated(ctx: Context, d: Draft, earlier: list[Draft]) -> bool:
    """Whether an act read from its noun with its day ("Tuesday's launch was condemned") retells one of its kind
    already told with that day ("fired a missile on Tuesday")."""
    if d.kind not in RESTATED_KINDS or d.mention is None or not _at_head(ctx, d) \
            or NP_LEAD_RE.search(ctx.lower, max(0, d.pos - 48), d.pos) is None:
        return False
    key = _day_key(d.mention)
    return bool(key) and any(x.kind == d.kind and _day_key(x.mention) == key and x.actor in (None, d.actor)
                             or x.kind == d.kind and d.actor is None and _day_key(x.mention) == key for x in earlier)


def nominal_events(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                   drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts (actions) less those whose noun only retells an act told before, and the events it tells
    by a noun that no other reading took (drafts: its statements)."""
    actions = [a for a in actions if not _restated(ctx, a, ctx.drafts) and not _generic_test(ctx, s, a)]
    lower = ctx.lower  # found in place (str.find within s..e), not in a slice made for each word (session 18)
    if not (dates or lower.find("'", s, e) >= 0 or lower.find("’", s, e) >= 0 or lower.find(" between ", s, e) >= 0
            or any(m.kind == "demonym" for m in mentions) or YEAR_RE.search(lower, s, e)
            or lower.find(" by ", s, e) >= 0 and SPEECH_HEAD_RE.search(lower, s, e)):
        return actions  # no day, year, possessive, demonym or parties: no noun here has a doer or a day of its own
    drafts = drafts + actions
    out: list[Draft] = []
    spans: list[tuple[int, int]] | None = None
    for kind, m in _heads_in(ctx, s, e):
        h0, h1 = m.start(), m.end()
        lead = NP_LEAD_RE.search(ctx.lower, max(s, h0 - 48), h0)
        adjective = _demonym(ctx, mentions, s, h0, paragraph) if kind in DEMONYM_KINDS else None
        if lead is None and adjective is None and not (HEAD_KIND.get(m.group(0)) == "statement" and not ctx.masked[s:h0].strip()):
            continue  # (session 16: a plural speech noun may open the sentence bare: "Remarks by X on Monday angered Y")
        if spans is None:
            spans = A.clauses(ctx.masked, s, e)
        clause = next((c for c in spans if c[0] <= h0 < c[1]), (s, e))
        np0 = min(lead.start() if lead else h0, adjective[0] if adjective else h0)
        past = _history(ctx, np0, h0, h1) if kind in HISTORY_KINDS else None
        if _generic(ctx, s, h0, h1, past is not None):
            continue
        kind = _story_kind(ctx.lower, kind, h0)
        if kind is None or past is not None and (kind not in HISTORY_KINDS or CIVIL_NOUN_RE.fullmatch(m.group(0))):
            continue  # "to influence the 2020 election": a civil noun's year names a topic, not an act told
        covering = [d for d in drafts + out if d.start <= h0 < d.end]
        if any(d.pos <= h0 <= d.pos + TRIGGER_REACH and d.kind != "statement" or d.kind == kind and d.pos >= np0
               and not _answered_speech(ctx, mentions, dates, d, kind, np0, h0, h1, clause[1], paragraph) for d in covering):
            continue  # read already, as another's trigger or as this kind from this noun
        if past is None and (SINCE_BEFORE_RE.search(ctx.lower, max(s, np0 - 24), np0 + 1)
                             or TIME_BEFORE_RE.search(ctx.lower, max(s, np0 - 24), np0 + 1)):
            continue  # "since the test", "as the launch": a time or a yardstick
        if PREDICATE_BEFORE_RE.search(ctx.lower, max(s, np0 - 30), np0):
            continue  # "It was the 26th Houthi attack on shipping": the act told before, named again
        if kind in ("missile_test", "nuclear_test") and TOPIC_BEFORE_RE.search(ctx.lower, max(s, np0 - 14), np0):
            continue  # "an emergency meeting on the launch on Wednesday": the matter of a sitting (session 11)
        if kind == "statement" and STATEMENT_SETTING_RE.search(ctx.lower, max(s, h0 - 40), h0):
            continue  # "in a statement": a frame's setting, read with its speaker (frames.py) or not at all
        actor, role, others = _doer(ctx, mentions, np0, h0, h1, clause[1], paragraph)
        if actor is None and adjective is not None:
            actor, role = adjective[1], None  # "Russian missile strikes on Kyiv": Russia's
        if kind == "other" and past is None and adjective is None and not POSSESSOR_RE.search(ctx.lower, max(np0 - 2, h0 - 40), h0):
            continue  # an act noun is read by its possessive doer ("Iran's seizure"), else only with its day (actions.py)
        day = _day(ctx, dates, np0, h1, clause[1], kind)
        if day is not None and not day_level(day, kind):
            day = None
        if day is None and N.judged_after(ctx.lower, m, clause[1]):
            continue  # "Mali's second coup was the least surprising" (not "Sunday's coup was ..."): none told (session 13)
        day = day or past
        if actor is None and day is None:
            continue
        if day is None and adjective is not None and not POSSESSOR_RE.search(ctx.lower, max(np0 - 2, h0 - 40), h0):
            continue  # a demonym alone names a doer, not a new act: on unseen text those were acts told elsewhere
        if kind == "statement" and actor is None and not _named_owner(ctx, s, np0, h0):
            continue  # a speech noun with no speaker named ("his remarks", "the ministry's statement") is too often one told before
        if day is None and kind in DOER_KINDS and not _told_past(ctx, np0, h1, clause, (s, e)):
            continue  # "Israeli strikes are a constant threat": no act of this story told
        if kind == "other" and ctx.lower.startswith("strike", h0) and not any(w in ctx.lower[s:e] for w in STRIKE_CONTEXT):
            continue  # "The French strike closed schools": a walkout, not an act of force
        if kind not in DOER_KINDS + ("statement",) and not others and past is None:
            continue  # a sitting with its day alone is read by actions.py (and a call that is a statement's setting is none)
        if day is None and past is None and _background(ctx, dates, h1, clause[1]):
            day = _recent_month(ctx, dates, h1, clause[1]) if kind == "other" else None
            if day is None:
                continue  # "Russia's invasion of Ukraine in February 2022": a month or year after the noun, background
        if any(d.kind == kind and (actor is None or d.actor in (None, actor)) for d in covering):
            continue  # an act of this kind whose clause holds the noun: the noun names it, unless its doer is another
        if kind == "statement" and any(d.kind == "statement" and d.actor not in (None, actor) for d in covering) \
                and (agent := AGENT_AFTER_RE.match(ctx.lower, h1, clause[1])) is not None and agent.group("how") == "from":
            continue  # "X said he had received a verbal message from Y": what X tells of, not Y's statement (session 16)
        if kind == "statement" and actor is not None and _owns_participle(ctx, drafts, np0, h1, actor, role):
            continue  # "X's second letter, demanding ..., arrived": the participle's words are the letter's (session 16)
        told = [*ctx.drafts, *drafts, *out]
        if kind == "statement" and actor is not None:  # another speaker's words on that day are no retelling (session 16)
            told = [d for d in told if d.kind != "statement" or d.actor in (None, actor)]
        if refers_back(told, kind, actor, day, past is not None):
            continue  # "The launch was condemned", "Tuesday's launch" after the launch told: one act
        start = min(np0, day.start) if day is not None and day.end <= h0 else np0  # "Tuesday's launch", "the 2001 collision"
        owner = NAME_BEFORE_RE.search(ctx.masked, max(s, np0 - 60), np0) if ctx.lower.startswith(("'", "’"), np0) else None
        start = min(start, owner.start()) if owner is not None else start  # "Kishida's remarks": from the name
        if past is not None:  # "since a 1996 standoff": the noun with the words that place it, its clause whole
            start = clause[0]
        start, end = A.trim(ctx.body, start, clause[1])
        if end - start < 4:
            continue
        tense = A.tense_of(ctx.lower, clause[0], clause[1])
        modality, polarity = A.modality_of(ctx.lower, clause[0], h0, clause[1], False,
                                           [(d.start, d.end) for d in dates], h1)
        out.append(Draft(kind=kind, start=start, end=end, pos=h0, actor=actor, role=role, participants=others,
                         summary=A.summary(actor, "", ctx.body[h0:end]), via=via, tense=tense, paragraph=paragraph,
                         modality=modality, polarity=polarity, mention=day,
                         place=A.place_of(ctx.masked, mentions, h1, end),
                         objects=A.objects_of(ctx.masked, ctx.lower, start, end, ctx.ships),
                         count=A.count_of(ctx.lower, start, end, [(d.start, d.end) for d in dates], ctx.body)))
    return actions + out
