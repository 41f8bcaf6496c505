"""Acts told first by their noun, with no doer and no day ("The sinking of the Moskva dealt a heavy blow", "After the
downing of the drone, Washington summoned ..."): an act of this story when its clause goes on in the past and no act
of its stem or object was told before it (session 11)."""

from __future__ import annotations

import re
import tomllib

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import HABITUAL_RE
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.nominal import PAST_WORD_RE, STORY_WORDS, _doer
from timeline.speakers import Mention

with (L.DATA_DIR / "nominal.toml").open("rb") as _fh:
    _DATA = tomllib.load(_fh)["act_nouns"]

# head noun -> the stems an earlier telling of the same act holds ("seizure" after "seized", "the seizure").
STEMS: dict[str, tuple[str, ...]] = {head: tuple(stems) for head, stems in _DATA["heads"].items()}
_HEADS = "|".join(re.escape(h) for h in sorted(STEMS, key=lambda h: (-len(h), h)))
HEAD_ANY_RE = re.compile(_HEADS)  # a head anywhere in a span: what `h in lower[s:e]` for any head says
# "The seizure of the tanker ...", "After the downing of a US drone, ...": the noun with its object, opening its
# sentence (a few linking words apart) or after a preposition of time that tells it happened.
# ... or a count of time units before "after" ("a week after", "two days after", "hours after": session 12).
LEAD = "|".join(re.escape(w) for w in _DATA["lead"]) + (
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?)"
    r"\s+after")
NOUN_RE = re.compile(rf"(?:^|(?<=[\s,]))(?P<lead>(?:(?:{LEAD})\s+)?)(?P<np>the\s+(?:(?!of\b|on\b)[\w-]+\s+){{0,2}}?"
                     rf"(?P<head>{_HEADS})\s+(?:of|on|against)\s+)(?P<obj>(?:the|a|an|its|their|his|her|two|three|four"
                     rf"|five|several|\d[\d,]*|[\w'’-]+)\b(?:\s+[\w'’-]+){{0,2}})")
OBJECT_WORD_RE = re.compile(r"[a-z][\w-]{3,}")
# A past verb after the noun, regular or one of the irregular ones acts and their effects take ("dealt a blow").
PAST_RE = re.compile(rf"{PAST_WORD_RE.pattern}|\b(?:was|were|had|{'|'.join(_DATA['irregular_past'])})\b")
PRESENT_RE = re.compile(r"\b(?:is|are|remains?|continues? to|has long|have long|marks|means|shows|makes)\b")
MODAL_RE = re.compile(r"\b(?:would|could|might|may|will|shall|should|must|if|unless|whether)\b")
OPENING_RE = re.compile(r"\s*(?:(?:but|and|yet|still|however|indeed|meanwhile),?\s+)?$")


def _told_before(earlier: list[Draft], ctx: Context, head: str, obj: str) -> bool:
    """Whether an act told before already holds this act's stem or its object's words (the noun names it again)."""
    words = set(OBJECT_WORD_RE.findall(obj)) - set(_DATA["object_stop"])
    for d in earlier:
        if d.kind == "statement":
            continue
        told = ctx.lower[d.start:d.end]
        if any(st in told for st in STEMS[head]) or any(re.search(rf"\b{re.escape(w)}\b", told) for w in words):
            return True
    return False


def act_nouns(ctx: Context, s: int, e: int, mentions: list[Mention], dates: list[DateMention],
              drafts: list[Draft], actions: list[Draft], via: str | None, paragraph: int) -> list[Draft]:
    """The sentence's acts with those told by a noun that opens it (or follows "after") and that no reading took."""
    lower = ctx.lower
    if HEAD_ANY_RE.search(lower, s, e) is None:  # one search, not a slice of the sentence per head (2% of extraction)
        return actions
    if any(w in lower for w in STORY_WORDS["nuclear_test"]) and "explosion" in lower[s:e]:
        return actions  # a blast in a nuclear story is the test's (nominal.py)
    out: list[Draft] = []
    spans = A.clauses(ctx.masked, s, e)
    for m in NOUN_RE.finditer(lower, s, e):
        np0, h0, h1 = m.start("np"), m.start("head"), m.end("head")
        lead = m.group("lead").strip()
        if not lead and not OPENING_RE.fullmatch(lower, s, m.start()):
            continue  # a noun mid-clause is the object of something (actions.py reads what a reaction judges)
        clause = next((c for c in spans if c[0] <= h0 < c[1]), (s, e))
        rest = lower[h1:e] if lead else lower[h1:clause[1]]
        past, present = PAST_RE.search(rest), PRESENT_RE.search(rest)
        if past is None and lead and m.start() > s and lower[m.start() - 2:m.start()].strip() == ",":
            # "X boarded the tanker on Sunday, a week after the seizure of the Y by Z": the clause it hangs on is past
            past, present = PAST_RE.search(lower, s, m.start()), PRESENT_RE.search(lower, s, m.start())
        if MODAL_RE.search(lower, s, e) or past is None or present is not None and present.start() < past.start():
            continue  # "The closure of the border would hurt trade", "... remains in force": no act told as done
        if HABITUAL_RE.search(lower, s, e):
            continue  # "The killing of civilians has repeatedly drawn condemnation": a habit, not one act
        if any(d.start <= h0 < d.end and d.kind != "statement" for d in drafts + actions + out):
            continue  # read already, from its verb or its noun
        if any(np0 <= d.start < m.end("obj") for d in dates):
            continue  # a day or a year of its own: nominal.py and actions.py read those
        earlier = [d for d in ctx.drafts + drafts + actions if d.start < np0]
        if _told_before(earlier, ctx, m.group("head"), m.group("obj")):
            continue  # "The seizure of the vessel was condemned" after "Iran seized the vessel": one act
        end = next((c[1] for c in spans if c[0] <= m.end("obj") - 1 < c[1]), e) if lead else clause[1]
        start, end = A.trim(ctx.body, np0, end)
        if end - start < 8:
            continue
        actor, role, _ = _doer(ctx, mentions, np0, h0, h1, end, paragraph)  # "the seizure of X by the Houthis"
        out.append(Draft(kind="other", start=start, end=end, pos=h0, actor=actor, role=role,
                         summary=A.summary(actor, "", ctx.body[h0:end]),
                         via=via, tense="past", paragraph=paragraph,
                         place=A.place_of(ctx.masked, mentions, h1, end),
                         objects=A.objects_of(ctx.masked, lower, start, end, ctx.ships),
                         count=A.count_of(lower, start, end, [(d.start, d.end) for d in dates], ctx.body)))
    return actions + out
