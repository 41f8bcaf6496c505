"""A sitting told by a participle set off by commas after its members, with a day of its own ("The foreign ministers of
Spain and Morocco, meeting in Rabat yesterday for the first time since the crisis began, agreed ...", "Forum foreign
ministers, meeting in Sydney the same day, condemned the takeover"): a meeting of the subject, beside what the
sentence's main verb tells.

Rules (session 15, helper other15; words in data/meetaside.toml): a comma, the participle ("meeting", "gathered",
"convening", ...), a place opened by a preposition ("in Rabat", "in emergency session"), then the aside's words to its
closing comma, which hold a date phrase naming a day ("yesterday", "on Monday", "the same day"); the aside follows the
clause's subject (no verb before it in the sentence); no meeting read there already. The event's evidence is the aside,
its doer the subject's (actions.action_draft), its kind meeting, its tense past unless the sentence looks ahead.
"""

from __future__ import annotations

import re
from functools import cache

from timeline import lexicon as L
from timeline.actions import action_draft, day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.frames import Frame
from timeline.speakers import Mention

UNUSABLE = frozenset({"modifier", "dateline", "vague", "relational"})
REACH = 140  # characters: a participle aside is short
# A finite verb before the aside: the aside then follows an object or a clause, not the sentence's subject.
VERB_BEFORE_RE = re.compile(r"\b(?:said|says|is|are|was|were|has|have|had|will|would|did|[a-z]{3,}ed)\b")


_alt = L.spaced_alt  # words of a data list, longest first, a space any white space


@cache
def _aside_re() -> re.Pattern[str]:
    d = L._load("meetaside")
    return re.compile(rf",\s+(?P<verb>{_alt(d['participles'])})\s+(?:{_alt(d['prepositions'])})\b[^,;:()]{{0,{REACH}}}?,")


# The participles that open a sitting's aside after a comma (", meeting " is tested first).
ASIDE_GATES = tuple(f", {p} " for p in ("gathered", "gathering", "convening", "assembled", "sitting"))


def meeting_asides(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                   drafts: list[Draft], actions: list[Draft], frames: list[Frame], via: str | None,
                   paragraph: int) -> list[Draft]:
    """The sentence's acts with the sittings its participle asides tell on a day of their own (see the module's rules)."""
    lower = ctx.lower
    sentence = lower[s:e]  # sliced once, not once per word
    if ", meeting " not in sentence and not any(p in sentence for p in ASIDE_GATES):
        return actions
    out: list[Draft] = []
    for m in _aside_re().finditer(lower, s, e):
        a0, a1 = m.start("verb"), m.end() - 1
        if ctx.masked[a0:a1] != ctx.body[a0:a1] or VERB_BEFORE_RE.search(ctx.masked.lower(), s, m.start()):
            continue  # quoted words, or an aside after a clause's verb (its object's, not the subject's)
        own = [d for d in dates if a0 <= d.start and d.end <= a1 and d.kind not in UNUSABLE and day_level(d)]
        if not own:
            continue  # "EU leaders, meeting in Brussels, are expected to ...": no day of its own (other readings)
        if any(d.kind == "meeting" and d.start <= a0 < d.end + 1 and d.pos >= a0 for d in drafts + actions + out) or any(
                d.kind == "meeting" and a0 <= d.pos < a1 for d in drafts + actions + out):
            continue  # read already
        draft = action_draft(ctx, "meeting", a0, m.end("verb"), (s, a1), None, mentions, dates, own[0], via, s,
                             paragraph)
        draft.start, draft.end, draft.paragraph = a0, a1, paragraph
        if draft.modality not in ("asserted", "planned", "expected"):
            continue  # a sitting only hoped for or denied
        out.append(draft)
    return actions + out
