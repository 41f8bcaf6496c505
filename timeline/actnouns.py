"""Acts told first by their noun, with no doer and no day ("The sinking of the Moskva dealt a heavy blow", "After the
downing of the drone, Washington summoned ..."): an act of this story when its clause goes on in the past and no act
of its stem or object was told before it (session 11)."""

from __future__ import annotations

import re
import tomllib

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import HABITUAL_RE, day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.nominal import MONTH_OF_ACT_RE, PAST_WORD_RE, STORY_WORDS, _doer
from timeline.sentindex import fresh_gate, fresh_mask
from timeline.speakers import Mention

with (L.DATA_DIR / "nominal.toml").open("rb") as _fh:
    _DATA = tomllib.load(_fh)["act_nouns"]

# head noun -> the stems an earlier telling of the same act holds ("seizure" after "seized", "the seizure").
STEMS: dict[str, tuple[str, ...]] = {head: tuple(stems) for head, stems in _DATA["heads"].items()}
_HEADS = "|".join(re.escape(h) for h in sorted(STEMS, key=lambda h: (-len(h), h)))
HEAD_ANY_RE = re.compile(_HEADS)  # a head anywhere in a span: what `h in lower[s:e]` for any head says
G_HEAD_ANY = fresh_gate(HEAD_ANY_RE)  # its heads found once per body (sentindex.KeyIndex): no search where none is (session 16)
# "The seizure of the tanker ...", "After the downing of a US drone, ...": the noun with its object, opening its
# sentence (a few linking words apart) or after a preposition of time that tells it happened.
# ... or a count of time units before "after" ("a week after", "two days after", "hours after": session 12).
LEAD = "|".join(re.escape(w) for w in _DATA["lead"]) + (
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?)"
    r"\s+after")
# Session 14: "last year's seizure of ...", and a month between the noun and its object ("the seizure in March of ...").
NOUN_RE = re.compile(rf"(?:^|(?<=[\s,]))(?P<lead>(?:(?:{LEAD})\s+)?)(?P<np>(?:the|(?:last|this)\s+(?:year|month)['’]s)\s+"
                     rf"(?:(?!of\b|on\b)[\w-]+\s+){{0,2}}?(?P<head>{_HEADS})\s+"
                     rf"(?:in\s+(?:early\s+|late\s+|mid-)?[a-z]+(?:\s+\d{{4}})?\s+)?(?:of|on|against)\s+)(?P<obj>(?:the|a|an|its|their|his|her|two|three|four"
                     rf"|five|several|\d[\d,]*|[\w'’-]+)\b(?:\s+[\w'’-]+){{0,2}})")
OBJECT_WORD_RE = re.compile(r"[a-z][\w-]{3,}")
# Words of a nationality or a compass point in an object ("the South Korean warship Cheonan"): a story's acts share
# them, so they never tie a noun to an act told before ("killing two South Korean marines") (session 15).
NATIONALITY_WORDS = frozenset(w for d in L.DEMONYM_OF.values() for w in d.lower().split()) | {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western"}
# A past verb after the noun, regular or one of the irregular ones acts and their effects take ("dealt a blow").
PAST_RE = re.compile(rf"{PAST_WORD_RE.pattern}|\b(?:was|were|had|{'|'.join(_DATA['irregular_past'])})\b")
PRESENT_RE = re.compile(r"\b(?:is|are|remains?|continues? to|has long|have long|marks|means|shows|makes)\b")
SAID_RE = re.compile(r"\b(?:said|told|says)\b")  # "After the seizure of X in May, officials said ...": told as done
HAS_RE = re.compile(r"\b(?:has|have)\b")  # "Kyiv has not forgotten the sinking of the Moskva in April 2022"
# "It also follows the sinking of the corvette in March": a present verb of sequence before the noun (session 15).
SEQUENCE_RE = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _DATA['sequence_present'])})\b")
MODAL_RE = re.compile(r"\b(?:would|could|might|may|will|shall|should|must|if|unless|whether)\b")
OPENING_RE = re.compile(r"\s*(?:(?:but|and|yet|still|however|indeed|meanwhile),?\s+)?$")
# A noun mid-clause with a month or a year of its own after its object ("demanded an apology for the downing of the
# airliner in July 2014", "the seizure of a consignment at the wharf in early November"): session 14.
MONTH_REACH = int(_DATA["month_reach"])
CLAUSE_STOP_RE = re.compile(r"[,;:()–—]|\s-\s|\b(?:which|who|that|when|while|and|but)\b")
# The matter of plans, talks or words, not the act told ("talks on the seizure", "plans for the closure").
NOT_TOLD_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _DATA['month_not_before'])})\s+(?:the\s+)?$")


def _own_month(ctx: Context, dates: list[DateMention], np0: int, h1: int, clause_end: int,
               s: int) -> DateMention | None:
    """A month or year phrase of the noun's own: after it in its clause ("the sinking of the corvette in March") or
    its possessive ("last year's seizure of")."""
    lower = ctx.lower
    for d in dates:
        if d.start == np0 and lower.startswith(("'s", "’s"), d.end) and d.kind == "relative" and not day_level(d):
            return d
        if d.start < h1 or d.start > min(clause_end, h1 + MONTH_REACH):
            continue
        if d.kind not in ("absolute", "relative") or day_level(d) or CLAUSE_STOP_RE.search(lower, h1, d.start) \
                or not MONTH_OF_ACT_RE.match(d.phrase.lower()):
            return None  # "the tenth attack on the port since January": a tally, not the act's own month
        if NOT_TOLD_BEFORE_RE.search(lower, max(s, np0 - 30), np0):
            return None  # "talks on the seizure of the tanker in March": the matter of a sitting, not the act
        return d
    return None


def _told_before(earlier: list[Draft], ctx: Context, head: str, obj: str) -> bool:
    """Whether an act told before already holds this act's stem or its object's words (the noun names it again)."""
    words = set(OBJECT_WORD_RE.findall(obj)) - set(_DATA["object_stop"]) - NATIONALITY_WORDS
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
    if not fresh_mask(ctx.keys, lower, s, e) & G_HEAD_ANY or HEAD_ANY_RE.search(lower, s, e) is None:
        return actions  # one search, not a slice of the sentence per head (2% of extraction), none with no head at all
    if any(w in lower for w in STORY_WORDS["nuclear_test"]) and "explosion" in lower[s:e]:
        return actions  # a blast in a nuclear story is the test's (nominal.py)
    out: list[Draft] = []
    spans = A.clauses(ctx.masked, s, e)
    for m in NOUN_RE.finditer(lower, s, e):
        np0, h0, h1 = m.start("np"), m.start("head"), m.end("head")
        lead = m.group("lead").strip()
        clause = next((c for c in spans if c[0] <= h0 < c[1]), (s, e))
        month = _own_month(ctx, dates, np0, h1, clause[1], s)
        if not lead and not OPENING_RE.fullmatch(lower, s, m.start()):
            if month is None:
                continue  # a noun mid-clause is the object of something (actions.py reads what a reaction judges)
        rest = lower[h1:e] if lead else lower[h1:clause[1]]
        past, present = PAST_RE.search(rest), PRESENT_RE.search(rest)
        if past is None and lead and m.start() > s and lower[m.start() - 2:m.start()].strip() == ",":
            # "X boarded the tanker on Sunday, a week after the seizure of the Y by Z": the clause it hangs on is past
            past, present = PAST_RE.search(lower, s, m.start()), PRESENT_RE.search(lower, s, m.start())
        if month is not None and (MODAL_RE.search(lower, s, month.start) or MODAL_RE.search(lower, month.end, e)
                                  or HABITUAL_RE.search(lower, s, e)):
            continue  # "Talks on ... in March will resume": not told as done
        told = (past is not None or SAID_RE.search(lower, m.end(), e) is not None) \
            and (present is None or past is None or present.start() > past.start())
        if month is not None and not (told if OPENING_RE.fullmatch(lower, s, m.start())
                                      else PAST_RE.search(lower, s, m.start()) or HAS_RE.search(lower, s, m.start())
                                      or SEQUENCE_RE.search(lower, s, m.start())):
            continue  # "After the suspension of the deal in July, prices rose": the clause it opens tells no act done
        if month is None and (MODAL_RE.search(lower, s, e) or past is None
                              or present is not None and present.start() < past.start()):
            continue  # "The closure of the border would hurt trade", "... remains in force": no act told as done
        if HABITUAL_RE.search(lower, s, e):
            continue  # "The killing of civilians has repeatedly drawn condemnation": a habit, not one act
        if any(d.start <= h0 < d.end and d.kind != "statement" for d in drafts + actions + out):
            continue  # read already, from its verb or its noun
        if month is None and any(np0 <= d.start < m.end("obj") for d in dates):
            continue  # a day or a year of its own: nominal.py and actions.py read those
        earlier = [d for d in ctx.drafts + drafts + actions if d.start < np0]
        if _told_before(earlier, ctx, m.group("head"), m.group("obj")):
            continue  # "The seizure of the vessel was condemned" after "Iran seized the vessel": one act
        end = next((c[1] for c in spans if c[0] <= m.end("obj") - 1 < c[1]), e) if lead else clause[1]
        if month is not None and month.start >= m.end("obj"):
            end = month.end  # the noun with its object up to its own month or year
        start, end = A.trim(ctx.body, np0, end)
        if end - start < 8:
            continue
        actor, role, _ = _doer(ctx, mentions, np0, h0, h1, end, paragraph)  # "the seizure of X by the Houthis"
        out.append(Draft(kind="other", start=start, end=end, pos=h0, actor=actor, role=role,
                         summary=A.summary(actor, "", ctx.body[h0:end]),
                         via=via, tense="past", paragraph=paragraph, mention=month,
                         place=A.place_of(ctx.masked, mentions, h1, end),
                         objects=A.objects_of(ctx.masked, lower, start, end, ctx.ships),
                         count=A.count_of(lower, start, end, [(d.start, d.end) for d in dates], ctx.body)))
    return actions + out
