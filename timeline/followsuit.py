"""Acts told as another party repeating the act just told ("France followed suit on Tuesday", "Britain and Canada
followed within a week"): the earlier act's kind, by the clause's named subject, dated by its own words.

Rules (session 17, helper nouns17; words in data/followsuit.toml): a repeat phrase ("followed suit", "did the same", or
"followed" with a time after it) right after a named subject (a state, body or person: `attributes.subject_before`);
the kind of the last act told before it in this sentence or earlier in the excerpt, within the last few sentences; never
a statement, sitting or visit repeated, nor a repeat "with" an act of its own ("followed on Monday with sanctions": that
act is read by its own trigger); nothing read there already.
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

UNUSABLE = frozenset({"modifier", "dateline", "vague"})
REACH = 600  # characters back an earlier act may stand (a few sentences)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


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
        own = [d for d in dates if clause[0] <= d.start < clause[1] and d.kind not in UNUSABLE and day_level(d)]
        mention = closest(own, clause[0], clause[1], t0) if own else None
        draft = action_draft(ctx, kind, t0, m.end(), clause, None, mentions, dates, mention, via, s, paragraph)
        if draft.modality not in ("asserted", "reported_claim"):
            continue  # a repeat only hoped for, asked or denied
        out.append(draft)
    return actions + out
