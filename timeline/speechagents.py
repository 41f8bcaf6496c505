"""Statements told by a noun and the one who made it known: "a decision announced by the foreign minister", "the 41
deaths reported by the health ministry on 2 March" (the agent's statement), and "according to" a body the name lists
lack ("according to monitoring group NetBlocks", "according to the Finnish seismological institute").

Rules (session 16, helper stmt16): a noun phrase (a determiner and at most three words) right before a past participle
of a verb of making known (data/speechagents.toml [agent] verbs), then "by" and a speaker's mention, is that speaker's
statement, its evidence from the determiner to the speaker (and a day phrase right after it, or between the verb and
"by", which dates it); never after an auxiliary ("was announced by": a passive clause the frames read), never a noun a
trigger read as an act ("the sanctions announced by the EU") nor one another statement already holds the agent of.
"According to" with no statement read there, then a speaking body's lowercase head word ([according] heads) and perhaps
its name, is a statement of that name (or of no one named), its evidence the phrase to its comma.
"""

from __future__ import annotations

import re
import tomllib

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.sentindex import fresh_mask, list_gate
from timeline.speakers import Mention
from timeline.speakers import resolve as resolve_mention

with (L.DATA_DIR / "speechagents.toml").open("rb") as _fh:
    _DATA = tomllib.load(_fh)


_alt = L.literal_alt  # words of a data list, longest first


AGENT_VERBS = _DATA["agent"]["verbs"]
# "a decision announced by", "the 41 deaths reported on Monday by": determiner, up to three words, participle, "by".
AGENT_RE = re.compile(r"\b(?P<np>(?:a|an|the|its|their|his|her|this|that|these|those)\s+(?:[\w'’.-]+\s+){0,3}?)"
                      rf"(?P<verb>{_alt(AGENT_VERBS)})\s+(?P<when>(?:[^\s,;:.]+\s+){{0,4}}?)by\s+")
NOT_NOUN_RE = re.compile(rf"\b(?:{_alt(_DATA['agent']['not_nouns'])})\s+$")
AUX_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would)\s+(?:\w+ly\s+)?$")
# "According to monitoring group NetBlocks", "according to the Swedish seismological institute at Uppsala".
ACCORDING_HEAD_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?P<mods>(?:[\w-]+\s+){0,3}?)"
                               rf"(?P<head>{_alt(_DATA['according']['heads'])})\b"
                               r"(?P<name>\s+(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})?")
LOWER_WORDS_RE = re.compile(r"(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:ish|ian|ese|an|i|ch)\s+){0,3}")  # modifiers: lowercase or a demonym
# "by the health ministry", "by the interior ministry's press office": an office no mention names (actor unnamed).
OFFICE_RE = re.compile(rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_alt(_DATA['agent']['offices'])})\b")
# "by the Minister of Foreign Affairs, Mr. X": an office's title in capitals, then its holder after the comma.
TITLE_APPOSED_RE = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the))*,\s+")
# "It is further stated that", "it was stressed in the statement that", ", it is pointed out in Moscow,": the impersonal
# passive of a verb of saying (never "it is said / believed / thought / known": hearsay, no one's words on record).
IMPERSONAL_RE = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been)\s+(?:(?:also|further|again|specifically|particularly)\s+)?"
                           rf"(?P<verb>{_alt(_DATA['impersonal']['verbs'])})"
                           r"(?:\s+in\s+(?:the\s+\w+|(?P<place>[A-Z][\w-]+)))?(?=\s+that\b|\s*,)")
# ", which it accused of backing rebels", ", whom he called a traitor": a relative clause whose subject is a pronoun and
# whose verb judges or charges (speechagents.toml [relative] verbs; "accused"/"charged" only with "of"/"with" after).
RELATIVE_PRONOUN_RE = re.compile(r",\s+(?P<rel>which|whom|who)\s+(?P<pro>it|he|she|they)\s+(?:(?:had|has|have|also|repeatedly"
                                 r"|publicly|openly)\s+)*"
                                 rf"(?P<verb>{_alt(_DATA['relative']['verbs'])}|(?:accused|accuses|charged|charges)(?=\s+(?:of|with)\b))\b")
# "<a relay> broadcast his promise to ...", "aired the minister's address": a relay's verb, the words' owner (a possessive
# pronoun of a person or a capitalised name's possessive) and a speech noun (speechagents.toml [relayed]).
RELAYED_RE = re.compile(rf"\b(?:{_alt(_DATA['relayed']['verbs'])})\s+(?:the\s+)?"
                        r"(?P<owner>[Hh]is|[Hh]er|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s)\s+"
                        r"(?:(?:new|latest|second|first|televised|written|recorded|video|radio|public)\s+)?"
                        rf"(?P<noun>{_alt(_DATA['relayed']['nouns'])})\b")
RELAY_GATE_RE = re.compile(rf"\b(?:{_alt(_DATA['relayed']['verbs'])})\s")
G_RELAY = list_gate(RELAY_GATE_RE)  # its verbs found once per body: the slice searched only where one is (session 20)
SPEAKER_KINDS = frozenset({"person", "entity", "body", "reference", "demonym"})
REACH = 24  # characters after the speaker a day phrase may start within


def _draft(ctx: Context, start: int, end: int, pos: int, actor: str | None, role: str | None, day: DateMention | None,
           via: str | None, paragraph: int, keep_start: bool = False) -> Draft:
    """A statement draft over start..end (trimmed; keep_start: from start as given, "which it accused ...")."""
    trimmed, end = A.trim(ctx.body, start, end)
    start = start if keep_start else trimmed
    return Draft(kind="statement", start=start, end=end, pos=pos, actor=actor, role=role,
                 summary=A.summary(actor, "", ctx.body[start:end]), via=via, tense="past", paragraph=paragraph,
                 mention=day)


def _agent_statements(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                      drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """ "a decision announced by X", "the deaths reported by X on 2 March": X's statement."""
    out: list[Draft] = []
    for m in AGENT_RE.finditer(ctx.lower, s, e):
        np0, v0 = m.start("np"), m.start("verb")
        if AUX_BEFORE_RE.search(ctx.lower, max(s, v0 - 20), v0) or any(c in ctx.masked[np0:v0] for c in ",;:()"):
            continue  # "was announced by": a passive clause; the noun phrase runs up to its participle, never across a clause
        at = m.end() + (4 if ctx.lower.startswith("the ", m.end()) else 0)
        if NOT_NOUN_RE.search(ctx.lower, np0, v0):
            continue  # "the initiative announced by X": the plan or measure is the act, told by its own readings
        who = next((x for x in mentions if x.start in (m.end(), at) and x.kind in SPEAKER_KINDS), None)
        if who is None and (title := TITLE_APPOSED_RE.match(ctx.masked, m.end(), e)) is not None:
            # "by the Minister of Foreign Affairs, Mr. Kofi Mensah": the office's title, then its holder
            who = next((x for x in mentions if x.start == title.end() and x.kind == "person"), None)
        office = OFFICE_RE.match(ctx.lower, m.end()) if who is None else None
        if who is None and office is None:
            continue
        if any(np0 <= a.pos < v0 for a in actions) or any(d.kind == "statement" and np0 <= d.pos <= m.end()
                                                          for d in drafts + out):
            continue  # "the sanctions announced by the EU": the act; a frame read this verb already
        r = resolve_mention(who, ctx.reg, paragraph) if who is not None else None
        actor, role = (r.name, r.role) if r is not None else (None, None)
        end = who.end if who is not None else office.end() if office is not None else m.end()
        day = next((d for d in dates if m.end("verb") <= d.start < m.start("when") + len(m.group("when")) + 1
                    and d.kind not in ("modifier", "dateline")), None)
        if m.group("when").strip() and (day is None or ctx.lower[day.end:m.end("when")].strip()):
            continue  # "a fisherman reported missing by his family": only a day may stand between verb and "by"
        after = next((d for d in dates if end <= d.start <= end + REACH and d.kind not in ("modifier", "dateline")
                      and not any(c in ctx.masked[end:d.start] for c in ",;:(")), None)
        if day is None and after is not None:
            day, end = after, after.end
        out.append(_draft(ctx, np0, end, v0, actor, role, day, via, paragraph))
    return out


def _according_statements(ctx: Context, s: int, e: int, mentions: list[Mention], drafts: list[Draft],
                          via: str | None, paragraph: int) -> list[Draft]:
    """ "according to monitoring group NetBlocks": a statement of a body the lists lack, unless one was read there."""
    out: list[Draft] = []
    if "ccording to" not in ctx.masked[s:e]:
        return out
    for m in ACCORDING_HEAD_RE.finditer(ctx.masked, s, e):
        if any(d.kind == "statement" and d.start <= m.start() < d.end
                                                and (d.actor is not None or d.pos >= m.start()) for d in drafts):
            continue  # a frame read this "according to" (its statement holds it)
        if not LOWER_WORDS_RE.fullmatch(ctx.masked, m.start("mods"), m.end("mods")):
            continue
        name = m.group("name")
        actor = None
        if name:
            who = next((x for x in mentions if m.start("name") < x.end and x.start < m.end("name")
                        and x.kind in SPEAKER_KINDS), None)
            r = resolve_mention(who, ctx.reg, paragraph) if who is not None else None
            actor = r.name if r is not None and r.name else name.strip()
        end = m.end()
        comma = re.compile(r"[,;.]").search(ctx.masked, end, e)
        end = comma.start() if comma else e
        out.append(_draft(ctx, m.start(), end, m.start(), actor, None, None, via, paragraph))
    return out


def _impersonal_statements(ctx: Context, s: int, e: int, mentions: list[Mention], drafts: list[Draft],
                           via: str | None, paragraph: int) -> list[Draft]:
    """ "It is further stated that ...", "..., it is pointed out in Moscow, ...": a document's or a capital's words told in
    the impersonal passive of translated agency prose; the capital named after "in" speaks, else no one named."""
    out: list[Draft] = []
    for m in IMPERSONAL_RE.finditer(ctx.masked, s, e):
        if any(d.kind == "statement" and d.start <= m.start("verb") < d.end for d in drafts):
            continue
        actor = None
        if m.group("place"):
            who = next((x for x in mentions if x.start == m.start("place") and x.kind in SPEAKER_KINDS), None)
            r = resolve_mention(who, ctx.reg, paragraph) if who is not None else None
            actor = r.name if r is not None else None
        out.append(_draft(ctx, s, e, m.start("verb"), actor, None, None, via, paragraph))
    return out


def _relative_pronoun_statements(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                                 drafts: list[Draft], actions: list[Draft], via: str | None,
                                 paragraph: int) -> list[Draft]:
    """ "Algeria cut ties with Rabat, which it accused of backing rebels": the main clause's doer speaks in a relative
    clause whose subject is a pronoun (a named one is read by the frames: "which Pristina called ...")."""
    out: list[Draft] = []
    for m in RELATIVE_PRONOUN_RE.finditer(ctx.masked, s, e):
        if any(d.kind == "statement" and d.start <= m.start("verb") < d.end for d in drafts):
            continue
        person = m.group("pro").lower() in ("he", "she")
        doer = next((a for a in actions if a.kind != "statement" and a.pos < m.start() and a.actor is not None
                     and (not person or a.role is not None or a.actor in ctx.reg.persons)), None)
        actor, role = (doer.actor, doer.role) if doer is not None else (None, None)
        if doer is None:  # the sentence's first named body (or person), never the antecedent right before the comma
            kinds = ("person",) if person else ("entity", "body")
            first = next((x for x in mentions if x.end < m.start() - 1 and x.kind in kinds
                          and ctx.masked[x.end:m.start()].strip(" ,")), None)
            r = resolve_mention(first, ctx.reg, paragraph) if first is not None else None
            actor, role = (r.name, r.role) if r is not None else (None, None)
        if actor is None:
            continue  # whose words they are is not known
        # only a day inside the clause is its own: the main clause's day is its act's (the gold rule: no own date
        # phrase, undated; "decided last Wednesday to review ties with Rabat, which it accused of ...")
        day = next((d for d in dates if m.end() <= d.start < e and day_level(d)), None)
        # its words are the relative clause's, never the main clause before it (the act told there is its own event)
        out.append(_draft(ctx, m.start("rel"), e, m.start("verb"), actor, role, day, via, paragraph, keep_start=True))
    return out


def _relayed_statements(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                        drafts: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """ "On Sunday Moscow Radio broadcast his promise to dismantle the sites", "State television aired the minister's
    address": the owner of the words relayed speaks (a pronoun owner is the person named last)."""
    out: list[Draft] = []
    for m in RELAYED_RE.finditer(ctx.masked, s, e):
        if any(d.kind == "statement" and d.start <= m.start("noun") < d.end for d in drafts):
            continue
        owner = m.group("owner")
        actor, role = None, None
        if owner.lower() in ("his", "her"):
            held = ctx.reg.persons.get(ctx.reg.last_person) if ctx.reg.last_person else None
            actor, role = (held.name, held.role) if held is not None else (None, None)
        else:
            who = next((x for x in mentions if x.start <= m.start("owner") < x.end and x.kind in SPEAKER_KINDS), None)
            r = resolve_mention(who, ctx.reg, paragraph) if who is not None else None
            actor, role = (r.name, r.role) if r is not None else (None, None)
        if actor is None:
            continue
        day = next((d for d in dates if d.kind not in ("modifier", "dateline") and day_level(d)), None)
        out.append(_draft(ctx, s, e, m.start("noun"), actor, role, day, via, paragraph))
    return out


def speech_agents(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                  drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's actions and the statements told by a noun and its agent, or "according to" a body unlisted."""
    seg = ctx.lower[s:e]
    if " by " not in seg and "ccording to" not in seg and "it is " not in seg and "it was " not in seg \
            and "it has been " not in seg and ", wh" not in seg \
            and not (fresh_mask(ctx.keys, ctx.lower, s, e) & G_RELAY and RELAY_GATE_RE.search(seg)):
        return actions
    found = _agent_statements(ctx, s, e, mentions, dates, drafts + actions, actions, via, paragraph)
    found += _according_statements(ctx, s, e, mentions, drafts + actions + found, via, paragraph)
    found += _impersonal_statements(ctx, s, e, mentions, drafts + actions + found, via, paragraph)
    found += _relayed_statements(ctx, s, e, mentions, dates, drafts + actions + found, via, paragraph)
    found += _relative_pronoun_statements(ctx, s, e, mentions, dates, drafts + actions + found, actions, via, paragraph)
    return actions + found
