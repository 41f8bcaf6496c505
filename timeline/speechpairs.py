"""One speaker's second speech act told by a second predicate with its subject left out ("Kyiv first announced the ban on
Sunday and confirmed it in a formal decree on Tuesday", "The ministry called the raids 'barbaric' and said in a
statement on Monday that ...", "The bloc had urged restraint last week, and has voiced support for X"):
two statements of one speaker, each with its own words and day (session 19, split19).

`speech_pairs` (one line in `events._sentence`, after the sentence's drafts are read): inside a statement's evidence,
after its own verb, "and" (", and", "and then/later/also") right before a past verb of speech (`data/speechpairs.toml`
verbs; "has/have" may come between: "and has voiced"), in the reporter's words. A second statement only where the two
speech acts are told apart in time or setting: each names a day of its own and the days differ; or the first names a
day and the second turns from the past perfect to the present perfect ("had urged ... last week, and has voiced");
or the second names its own setting ("in a statement", "in a formal notice", "in a letter"). Its evidence runs from its
verb to its clause's end, the first statement's ends before the "and"; it is the same speaker's, undated unless it
names its own day. Never a second verb inside a statement's quote, a speech noun ("and a statement said"), nor a
verb that only goes on with the same words ("and added": a continuation already).
"""

from __future__ import annotations

import re
from functools import cache

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft

UNUSABLE = frozenset({"modifier", "dateline", "vague", "relational"})
# Words that open what a speech act reports: a date after them is the reported act's, not the speech act's.
REPORTED_RE = re.compile(r"\b(?:that|would|will|had|has|have|was|were|is|are|could|should|can|may|might"
                         r"|to(?!\s+(?:the|a|an|its|his|her|their|our|[a-z]+'s)\b))\b")
# The speaker's own protest its words report ("said it lodged a protest with Hanoi"): a pronoun, a verb of handing over
# and the protest's noun.
PROTEST_RE = re.compile(r"\b(?P<who>it|he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?(?P<verb>lodged|filed|sent|delivered"
                        r"|handed|submitted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:protest|complaint|demarche|démarche)\b")
CLAUSE_END_RE = re.compile(r"[;:]|(?<!\.[a-z])\.(?=\s|$)|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s")


@cache
def _words() -> dict:
    return L._load("speechpairs")


@cache
def _pair_re() -> re.Pattern[str]:
    """", and" / "and then" + optional "has/have" + a past verb of speech."""
    verbs = "|".join(sorted(_words()["verbs"], key=len, reverse=True))
    return re.compile(rf",?\s+and\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?(?P<perfect>(?:has|have)\s+)?"
                      rf"(?P<verb>{verbs})\b")


@cache
def _setting_re() -> re.Pattern[str]:
    """A speech act's own setting: "in a statement", "in a formal notice", "in a letter to ..."."""
    nouns = "|".join(sorted(_words()["settings"], key=len, reverse=True))
    return re.compile(rf"\b(?:in|through|via)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b")


def _own_day(lower: str, dates: list[DateMention], a: int, b: int) -> DateMention | None:
    """The first day-level date phrase of a speech act whose verb ends at a, before b and before the words it reports
    ("announced the ban on Sunday", "said in a statement on Monday that": never "said it would meet on Friday")."""
    for d in dates:
        if a <= d.start and d.end <= b and d.kind not in UNUSABLE and day_level(d):
            return None if REPORTED_RE.search(lower, a, d.start) else d
    return None


def pair_first(lower: str, a: int, b: int) -> int | None:
    """Where the words after the first speech verb of a..b start (the verb of the statement before "and")."""
    m = _first_re().search(lower, a, b)
    return m.end() if m is not None else None


@cache
def _first_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(_words()["verbs"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs}|says|say|announces|tells)\b")


def speech_pairs(ctx: Context, s: int, e: int, dates: list[DateMention], drafts: list[Draft]) -> list[Draft]:
    """The second statements one speaker's "and <speech verb>" tells in the sentence s..e (see the module)."""
    lower = ctx.lower
    if " and " not in lower[s:e]:
        return []
    out: list[Draft] = []
    pair = _pair_re()
    for st in [d for d in drafts if d.kind == "statement"]:
        for m in pair.finditer(lower, st.start, st.end):
            v0, v1 = m.start("verb"), m.end("verb")
            if ctx.masked[m.start():v1] != ctx.body[m.start():v1]:
                continue  # quoted words
            stop = CLAUSE_END_RE.search(ctx.masked, v1, st.end)
            c1 = stop.start() if stop is not None else st.end
            verb1 = pair_first(lower, st.start, m.start())
            first = _own_day(lower, dates, verb1, m.start()) if verb1 is not None else None
            second = _own_day(lower, dates, v1, c1)
            told_apart = (first is not None and second is not None and first.phrase != second.phrase
                          or first is not None and m.group("perfect") is not None
                          and re.search(r"\bhad\b", lower[st.start:m.start()]) is not None
                          or _setting_re().search(lower, v1, c1) is not None)
            if not told_apart:
                continue
            start, end = A.trim(ctx.body, m.start("perfect") if m.group("perfect") else v0, c1)
            draft = Draft(kind="statement", start=start, end=end, pos=v0, paragraph=st.paragraph, sentence=st.sentence,
                          summary=A.summary(st.actor, m.group("verb"), ctx.body[v1:end].strip(" ,")),
                          actor=st.actor, role=st.role, via=st.via, tense="past", mention=second)
            st.end = A.trim(ctx.body, st.start, m.start())[1]
            if st.mention is not None and st.mention.start >= m.start():
                st.mention = first
            out.append(draft)
            break  # one second statement per statement; a third would be read from the second
    return out


def reported_protests(ctx: Context, s: int, e: int, dates: list[DateMention], drafts: list[Draft]) -> list[Draft]:
    """The speaker's own protest a statement's words report and no reading holds ("The ministry said it lodged a protest
    with Hanoi"): an act of the speaker's, reported, its evidence from the pronoun to its clause's end."""
    lower = ctx.lower
    if "protest" not in lower[s:e] and "complaint" not in lower[s:e] and "marche" not in lower[s:e]:
        return []
    out: list[Draft] = []
    for st in [d for d in drafts if d.kind == "statement"]:
        for m in PROTEST_RE.finditer(lower, st.pos, st.end):
            w0 = m.start("who")
            if ctx.masked[w0:m.end()] != ctx.body[w0:m.end()] or any(
                    d is not st and d.start <= m.start("verb") < d.end for d in drafts + out):
                continue  # quoted words, or read already ("said it had lodged a protest": a trigger's act)
            stop = CLAUSE_END_RE.search(ctx.masked, m.end(), st.end)
            start, end = A.trim(ctx.body, w0, stop.start() if stop is not None else st.end)
            own = next((d for d in dates if m.end() <= d.start and d.end <= end and d.kind not in UNUSABLE
                        and day_level(d)), None)
            out.append(Draft(kind="other", start=start, end=end, pos=m.start("verb"), paragraph=st.paragraph,
                             sentence=st.sentence, summary=A.summary(st.actor, "", ctx.body[m.start("verb"):end]),
                             actor=st.actor, role=st.role, via=st.via, tense="past", modality="reported_claim",
                             mention=own))
    return out
