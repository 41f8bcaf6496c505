"""Acts told first with their attribution after them: "Y fired two missiles on Tuesday, the ministry said", "Troops
seized the port, according to state media", "The satellite was placed into orbit, KCNA said".

Rules (word lists in data/actfirst.toml):
- The told words are everything before the comma that opens the attribution (", the ministry said", ", according to
  X"), when a statement frame of the sentence has its content there or only a setting after its verb ("said in a
  statement", "said on its Telegram channel"); the statement keeps the whole sentence.
- An act read in those words keeps them as its own: its evidence never runs into the attribution (nor takes its date
  or its asserted modality: "and seized a hill overnight, the ministry said" is reported), and an "and" the
  attribution's verb made look like a new clause ("in Iraq and Syria, the Pentagon said") joins what it cut.
- Told words with no act read in them, in the shape subject + "was/were/has been/have been" + past participle ("The
  satellite was placed into orbit", "Three diplomats have been ordered to leave"), tell an act done to the subject
  (kind `other`, the agent after "by" as the doer, else none); participles of states, thought and speech tell none,
  nor those of a state not reached ("were unharmed").
- A hedge right before the act's verb ("may have used", "appeared to have landed") tells no act.
"""

from __future__ import annotations

import re
from functools import cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline import unasserted as UA
from timeline.actions import OFFICE_ROLE_RE, action_draft, day_level
from timeline.datefind import find_dates
from timeline.drafts import Context, Draft, closest
from timeline.frames import Frame
from timeline.speakers import find_mentions

UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
WORD_RE = re.compile(r"[a-z][a-z'’-]*")
# What a setting after the speech verb opens with ("said in a statement", "said on Telegram", "told reporters at").
SETTING_RE = re.compile(r"\s*(?:to|in|on|at|via|during|through|after|from|over|late|early|earlier|later|before|while)\b")
# The attribution's verb, then a comma and a participle of its own: "the ministry said, adding/giving/citing ...".
AFTERTHOUGHT_RE = re.compile(r"(?:\s+(?:on|late|early|earlier)\s+\w+)?,\s+[a-z]+ing\b")
# Words between the attribution's comma and its speaker ("the state news agency", "a statement from"), at most.
GAP_MAX = 8
JOINERS = frozenset({"and", "but", "or", "while", "whereas", "so", "yet", "then", "adding", "saying"})
SUBJECT_MAX = 8  # words before the passive auxiliary: "Three Russian diplomats based at the embassy"
LEAD_COMMA_RE = re.compile(r"\s*,\s*")  # after a leading day phrase: "On Tuesday, ..."
RELATIVE_START_RE = re.compile(r"(?:where|when|who|which|whose)\b")  # a clause of the told words that adds a detail
# A word of approximation before a number opening the subject ("about 1,000 migrants", "some 300 troops").
APPROX_RE = re.compile(r"\s*(?:about|around|over|nearly|almost|roughly|approximately|some|up to)\s+\d")
# Session 15: the agent of a passive right after its participle or a short place ("was received at the State
# Department by X", "were moved by Belarusian authorities"), and a particle that makes a participle of a state a
# phrasal act ("was broken up", "were taken away"; never "made up of").
BY_AGENT_RE = re.compile(r"(?:\s+(?:at|in|on|outside|near|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+by\s+"
                         r"(?!(?:the\s+)?(?:end|time|then|now|far|mistake|accident|chance|force|sea|air|road|land|phone)\b)")
# Session 17: what may follow a participle that ends its clause ("had been taken too", "was taken as well").
BARE_TAIL_RE = re.compile(r"(?:\s+(?:too|also|as well|as a result|later|then))?[\s.,;:]*")
PARTICLE_RE = re.compile(r"\s+(?:up|off|down|out|away|back|over)\b(?!\s+of\b)")


@cache
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in L._load("actfirst").items()}


@cache
def _hedge_re() -> re.Pattern[str]:
    """A hedge and the verb it governs ("may have used", "appeared to have landed", "appeared to be heading")."""
    forms = "|".join(re.escape(h) for h in sorted(_words()["hedges"], key=len, reverse=True))
    return re.compile(rf"\b(?:{forms})\s+(?:\w+ly\s+)?(?:be\s+(?P<ing>[a-z]+ing)\b|(?P<verb>[a-z][a-z'-]*))")


def hedged(lower: str, a: int, b: int) -> bool:
    """Whether the first verb of lower[a:b] is hedged ("The militia probably shelled", "may have used"): a guess."""
    for m in _hedge_re().finditer(lower, a, b):
        if (m.group("ing") or _is_verb(m.group("verb")) or m.group("verb") in _words()["irregular_verbs"]) \
                and _verbless_words(WORD_RE.findall(lower, a, m.start())):
            return True
    return False


@cache
def _passive_re() -> re.Pattern[str]:
    """The passive auxiliary and participle of a told act ("were released", "has been formally ordered")."""
    irregular = _words()["irregular_participles"] | _words()["more_participles"]
    # "will certainly be shut": an adverb after the future auxiliary, as spun copy inserts one (session 16)
    # "had also been taken": an adverb between the perfect's auxiliary and "been" too (session 17)
    return re.compile(r"\b(?:was|were|ha(?:s|ve|d)\s+(?:(?:\w+ly|also|already|since|now)\s+)?been"
                      r"|will (?:(?:\w+ly|also|then)\s+)?be)\s+"
                      r"(?:(?:\w+ly|also|already|reportedly|then)\s+)?"
                      r"([a-z]+ed|[a-z]+en|" + "|".join(sorted(irregular)) + r")\b")


def told_words(ctx: Context, fr: Frame, s: int) -> tuple[int, int] | None:
    """The words a frame of the sentence starting at s reports before its speaker (up to the attribution's comma), or
    None for any other frame; words after the verb that only set the scene ("said on its Telegram channel", "said in a
    statement") leave the frame's words before it."""
    if fr.planned or fr.verb.split(" ", 1)[0] in _words()["not_attributions"]:
        return None  # "collided on 14 August, an incident Athens blamed on ...": a judgement, not who tells it
    head = min([fr.verb_start] + [sp.start for sp in fr.speakers])
    if fr.content is not None and fr.content[1] <= head:
        start = fr.content[0]
    elif fr.content is None or fr.content[0] >= fr.verb_end and (
            _setting(ctx, fr.verb_end, fr.content[1]) or AFTERTHOUGHT_RE.match(ctx.lower, fr.verb_end)):
        start = s  # "..., the ministry said, giving them 72 hours to leave": what follows the verb is its own
    else:
        return None
    comma = ctx.masked.rfind(",", start, head)
    if comma < 0:
        return None
    gap = WORD_RE.findall(ctx.lower, comma, head)
    if len(gap) > GAP_MAX or gap and (gap[0] in _words()["not_subject"] or gap[0] in JOINERS) \
            or any(w in _words()["appositions"] for w in gap) or not _verbless(ctx, comma, head):
        return None  # "X did Y, and the ministry said", "..., which officials said": no attribution of the words before
    a, b = A.trim(ctx.masked, start, comma)
    return (a, b) if b - a >= 8 else None


def told_before(ctx: Context, fr: Frame, s: int) -> tuple[int, int] | None:
    """The words told first before ", X said", when all the frame has after its verb is a setting ("the ministry said
    earlier", "said at the time") or the speaker's own participle phrase ("said, ending a two-month deployment"; never
    "adding/saying that", which report more words): those are what it reports (session 17), else None."""
    after = AFTERTHOUGHT_RE.match(ctx.lower, fr.verb_end)
    if after is not None and WORD_RE.findall(ctx.lower, after.end() - 12, after.end())[-1] in _words()["speech_participles"]:
        return None
    return told_words(ctx, fr, s)


def _setting(ctx: Context, a: int, b: int) -> bool:
    """Whether lower[a:b] only sets the scene of a speech ("on its Telegram channel", "in a statement posted online")."""
    words = WORD_RE.findall(ctx.lower, a, b)
    if not words or len(words) > GAP_MAX or "that" in words:
        return False
    w = _words()
    return (words[0] in w["setting_participles"] or SETTING_RE.match(words[0]) is not None) and not any(
        _is_verb(x) for x in words if x not in w["setting_participles"])


def _is_verb(word: str) -> bool:
    """A finite verb or an "-ed" form that is no modifier ("seized", not "armoured")."""
    w = _words()
    return word in w["finite"] or (word.endswith("ed") and len(word) > 4 and word not in w["not_verbs"])


def _verbless(ctx: Context, a: int, b: int) -> bool:
    """No finite verb in masked[a:b] (the words after an "and" that only the attribution's verb made a clause)."""
    return _verbless_words(WORD_RE.findall(ctx.lower, a, b))


def _verbless_words(words: list[str]) -> bool:
    return not any(_is_verb(w) for w in words)


def _own_date(ctx: Context, d: Draft):
    """The date phrase of the act's own words closest to its verb, if any."""
    dates = [m for m in find_dates(ctx.masked, d.start, d.end) if m.kind not in UNUSABLE_DATE_KINDS]
    return closest(dates, d.start, d.end, d.pos)


def fit(ctx: Context, told: tuple[int, int], drafts: list[Draft]) -> list[Draft]:
    """Keep each act read in the told words inside them (see the module's rules); the hedged acts to drop."""
    a, b = told
    acts = sorted((d for d in drafts if d.kind != "statement" and a <= d.pos < b), key=lambda d: d.pos)
    dropped: list[Draft] = []
    for d in acts:
        if hedged(ctx.lower, max(a, d.start), min(b, d.end)):
            dropped.append(d)
            continue
        nxt = min([x.start for x in acts if x.start >= d.end] + [b])  # acts of one clause share its end
        if d.modality == "asserted":
            d.modality = "reported_claim"  # the attribution's speaker tells it, not the reporter
        if d.end > b:
            d.end = A.trim(ctx.body, d.start, b)[1]
            if d.mention is not None and d.mention.start >= b:
                d.mention = _own_date(ctx, d)
        elif d.end < nxt == b and ctx.lower.startswith(" and ", d.end) and _verbless(ctx, d.end + 5, b):
            d.end = A.trim(ctx.body, d.start, b)[1]  # "in Iraq and Syria, the Pentagon said": one object
            if d.mention is None and d.inherit is None:
                d.mention = _own_date(ctx, d)
    _series_doer(ctx, [d for d in acts if d not in dropped])
    return dropped


# Between two predicates of one subject told first: a series' comma or "and" ("renounced the treaty on Sunday, closed
# the embassy and broke relations with Cuba, the radio announced").
SERIES_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
PREDICATE_START_RE = re.compile(r"(?:[a-z]{3,}ed|broke|cut|shut|sent|took|drove|withdrew|froze|sold|blew|flew|shot|struck|"
                                r"seized|overran|retook|sank|fought)\b")
PASSIVE_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")  # "were pursued and surrendered"


def _series_doer(ctx: Context, acts: list[Draft]) -> None:
    """Session 26: a predicate of the told words with no doer, right after another act's predicate in the active voice,
    is that act's doer's (find_actions leaves it none: the reported words are not the reporter's own)."""
    for before, d in zip(acts, acts[1:], strict=False):
        # the words between hold only the series' separators and predicates no trigger read ("sealed the frontier")
        parts = SERIES_GAP_RE.split(ctx.lower[before.end:d.start]) if before.end <= d.start else []
        if d.actor is None and before.actor and len(parts) > 1 and parts[0] == parts[-1] == "" \
                and all(PREDICATE_START_RE.match(p) for p in parts[1:-1]) and PREDICATE_START_RE.match(ctx.lower, d.start) \
                and PASSIVE_RE.search(ctx.lower, before.start, before.end) is None:
            d.actor, d.role = before.actor, before.role


def passive_act(ctx: Context, told: tuple[int, int], fr: Frame | None, via: str | None, s: int,
                paragraph: int) -> Draft | None:
    """An act done to the told words' subject, told in the passive ("The ship was seized, officials said")."""
    a, b = told
    clause = next(((c0, c1) for c0, c1 in A.clauses(ctx.masked, a, b) if c0 <= a < c1), (a, b))
    c0, c1 = A.trim(ctx.masked, a, clause[1])
    m = _passive_re().search(ctx.lower, c0, c1)
    if m is None or ctx.masked[c0:c1] != ctx.body[c0:c1]:
        return None
    subject = WORD_RE.findall(ctx.lower, c0, m.start())
    if APPROX_RE.match(ctx.lower, c0):  # "About 1,000 migrants were moved": a count, not a preposition
        subject = subject[1:]
    w = _words()
    agent = BY_AGENT_RE.match(ctx.lower, m.end()) is not None
    person = subject in (["he"], ["she"], ["they"])
    if person and agent:
        subject = ["person"]  # "On Tuesday he was received ... by X": a person acted on by a named agent (session 15)
    participle = m.group(1)
    if participle in w["not_acts"] and PARTICLE_RE.match(ctx.lower, m.end()):
        participle += " up"  # "was broken up by police", "were taken away": a phrasal verb's act (session 15)
    elif participle in w["bare_acts"] and BARE_TAIL_RE.fullmatch(ctx.lower, m.end(), c1) is not None:
        participle += " alone"  # "The deputy governor had also been taken, she said": seized, at the clause's end (session 17)
    if not subject or len(subject) > SUBJECT_MAX or subject[0] in w["not_subject"] or participle in w["not_acts"] \
            or participle.startswith("un") \
            or any(t in w["not_subject"] for t in subject[-1:]):
        return None
    if hedged(ctx.lower, c0, c1) or UA.abstract_subject(ctx.lower, c0, m.start(1)):
        return None  # a guess, or "Security was maintained in the capital": a state, no deed (session 19)
    dates = [d for d in find_dates(ctx.masked, c0, c1) if d.kind not in UNUSABLE_DATE_KINDS]
    t0, t1 = m.start(), m.end()
    if ctx.lower.startswith("will", t0):
        if not any(day_level(d) for d in dates):
            return None  # "The mission will be scaled back, officials said": a plan with no day of its own is no act
        t0 = m.start(1)  # "will be closed on Friday if the talks fail": "will" before the act makes its "if" a condition
    mentions = find_mentions(ctx.masked, c0, c1, ctx.reg.copy(), None)
    # "was received by the king": a person's reception is a meeting, a letter's is none (session 15)
    kind = "meeting" if agent and m.group(1) in w["received"] and (person or any(
        mm.end <= m.start() and (mm.kind in ("person", "title") or mm.role and OFFICE_ROLE_RE.search(mm.role))
        for mm in mentions)) else "other"
    if participle in w.get("sitting_participles", ()) and subject[-1] in w.get("sitting_nouns", ()):
        kind = "meeting"  # "The meeting will be held in Vienna on Monday": a sitting, no act done to it (session 22)
    draft = action_draft(ctx, kind, t0, t1, (c0, c1), fr, mentions, dates, closest(dates, c0, c1, m.start(1)),
                         via, s, paragraph)
    draft.start, draft.end, draft.paragraph = c0, c1, paragraph
    if draft.modality == "asserted" and fr is not None:
        draft.modality = "reported_claim"
    return draft


def first_acts(ctx: Context, s: int, e: int, framed: list[tuple[Draft, Frame]], drafts: list[Draft],
               via: str | None, paragraph: int) -> list[Draft]:
    """Fit the acts of sentence s..e told before their attribution to their told words (in place; hedged ones
    removed) and return the passive acts no other reading found there."""
    out: list[Draft] = []
    for st, fr in framed:
        told = told_words(ctx, fr, s)
        if told is None or not (s <= told[0] < told[1] <= e):
            continue
        for d in fit(ctx, told, drafts):
            drafts.remove(d)
        # An act read in a where/when/who/which clause of the told words leaves the passive before it its own: "The
        # operation was completed yesterday at X, where the detachment surrendered ..., the Navy reported" holds both
        # (session 22); any other act there took the told words ("The launch ... was detected at 9:10 p.m., and the
        # rocket fell into the sea": the launch told again).
        if any(d.kind != "statement" and d.start < told[1] and told[0] < d.end
               and not RELATIVE_START_RE.match(ctx.lower, d.start) for d in drafts + out):
            continue
        act = passive_act(ctx, told, fr, via or st.via, s, paragraph)
        if act is not None and not any(d.kind != "statement" and d.start < act.end and act.start < d.end
                                       for d in drafts + out):
            out.append(act)
    return out


def own_passives(ctx: Context, s: int, e: int, frames: list[Frame], drafts: list[Draft], dates: list,
                 via: str | None, paragraph: int) -> list[Draft]:
    """Acts told in the passive in the reporter's own clause with a day of their own, that no other reading took ("On
    Tuesday, about 1,000 migrants were moved by Belarusian authorities", "Aid was delivered to the camp by the Red Cross
    on Wednesday"): done to the subject, the agent after "by" the doer (session 12). Reported words are first_acts'."""
    out: list[Draft] = []
    if _passive_re().search(ctx.lower, s, e) is None:  # no passive in the sentence: no clause of it holds one
        return out
    for c0, c1 in A.clauses(ctx.masked, s, e):
        if any(f.content and f.content[0] < c1 and c0 < f.content[1] or f.verb_start < c1 and c0 < f.verb_end
               for f in frames) or any(d.kind != "statement" and d.start < c1 and c0 < d.end for d in drafts + out):
            continue
        lead = next((d for d in dates if d.start == A.trim(ctx.masked, c0, c1)[0]), None)
        if lead is not None:  # "On Tuesday, about 1,000 migrants were moved": the subject after the leading day
            comma = LEAD_COMMA_RE.match(ctx.masked, lead.end)
            c0 = comma.end() if comma else lead.end
        act = passive_act(ctx, (c0, c1), None, via, s, paragraph)
        if act is not None and act.mention is None:
            # the act's day leads it ("On Friday, the two fishermen were handed ..."), maybe as a clause of its own
            lead = lead or next((d for d in dates if d.start == A.trim(ctx.masked, s, e)[0]
                                 and LEAD_COMMA_RE.fullmatch(ctx.masked, d.end, c0)), None)
            act.mention = lead
        if act is None or act.mention is None or not day_level(act.mention) or _moved_only(ctx, c0, c1):
            continue
        if lead is not None:
            act.start = A.trim(ctx.body, lead.start, act.end)[0]
        out.append(act)
    return out


def _moved_only(ctx: Context, c0: int, c1: int) -> bool:
    """Whether the clause's passive only sends or moves forces or people (a deployment's to read, or no act), unless a
    named agent moved them ("about 1,000 migrants were moved by Belarusian authorities": session 15)."""
    m = _passive_re().search(ctx.lower, c0, c1)
    w = _words()
    return m.group(1) in w["own_not_acts"] and not (
        m.group(1) in w["moved_by_agent"] and BY_AGENT_RE.match(ctx.lower, m.end()) is not None)
