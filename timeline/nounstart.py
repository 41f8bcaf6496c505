"""Events named by a noun that its own relative clause starts or ends on a day ("the annual exercise that began on
Monday", "a three-day tour of the North that began Wednesday", "the roadblocks that went up on the eve of the vote"):
the noun's event, dated by that clause (session 13; words in data/nounstart.toml); also set off by a comma ("The drills, which began Sunday, ...": session 14)."""

from __future__ import annotations

import re
import tomllib

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.sentindex import fresh_gate, fresh_mask
from timeline.speakers import Mention

with (L.DATA_DIR / "nounstart.toml").open("rb") as _fh:
    _DATA = tomllib.load(_fh)

KIND_OF: dict[str, str] = {noun: kind for kind, nouns in _DATA["kinds"].items() for noun in nouns}
_NOUNS = "|".join(re.escape(n) for n in sorted(KIND_OF, key=lambda n: (-len(n), n)))
_VERBS = "|".join(re.escape(v) for v in sorted(_DATA["verbs"], key=lambda v: (-len(v), v)))
# The noun phrase (a determiner, up to four modifiers, the head, an "of" phrase), then "that/which" + a start verb.
# Led by the lookahead of its first characters after the boundary (L._guarded: the same matches; session 15).
NOUN_START_RE = re.compile(L._guarded(
    rf"\b(?P<np>(?:the|a|an|its|their|this|last|this year's|last year's)\s+(?:[\w'’-]+\s+){{0,4}}?)?"
    rf"(?P<head>{_NOUNS})(?:\s+(?:of|in|on|at|with|between|among)\s+[^,;:()]{{1,40}}?)?"
    # ", which began Sunday": the clause set off by a comma names the noun's event as well (session 14)
    rf"(?:\s+(?:that|which)|,\s+which)\s+(?:had\s+)?(?P<verb>{_VERBS})\b"))
G_NOUN_START = fresh_gate(NOUN_START_RE)  # its nouns found once per body (sentindex.KeyIndex): skipped where none is (session 16)
DATE_REACH = 30  # the date phrase follows the verb closely ("that began on Monday", "that went up on the eve of")
NOT_DATES = frozenset({"modifier", "dateline"})


def noun_starts(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
                drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with those a noun names whose relative clause starts or ends them on a day."""
    lower = ctx.lower
    if " that " not in lower[s:e] and " which " not in lower[s:e] or not fresh_mask(ctx.keys, lower, s, e) & G_NOUN_START:
        return actions
    out: list[Draft] = []
    for m in NOUN_START_RE.finditer(lower, s, e):
        h0, v1 = m.start("head"), m.end("verb")
        mention = next((d for d in dates if v1 <= d.start <= v1 + DATE_REACH and d.kind not in NOT_DATES), None)
        if mention is None or not (day_level(mention) or mention.kind == "relational"):
            continue  # "the exercise that began last year": no day of its own, background or a noun for one told elsewhere
        if any(d.start <= h0 < d.end and d.kind != "statement" for d in drafts + actions + out):
            continue  # read already, from its verb or its noun
        start = m.start("np") if m.group("np") else h0
        end = next((c[1] for c in A.clauses(ctx.masked, v1, e)), e)
        start, end = A.trim(ctx.body, start, end)
        kind = KIND_OF[m.group("head")]
        out.append(Draft(kind=kind, start=start, end=end, pos=h0, mention=mention, via=via, tense="past",
                         paragraph=paragraph, summary=A.summary(None, "", ctx.body[h0:end]),
                         place=A.place_of(ctx.masked, mentions, h0, end),
                         objects=A.objects_of(ctx.masked, lower, start, end, ctx.ships),
                         count=A.count_of(lower, start, end, [(d.start, d.end) for d in dates], ctx.body)))
    return actions + out
