"""Acts told as the reaction another act prompted: "North Korea fired a missile on Sunday, prompting Japan to issue an
alert", "The incident forced Seoul to summon the ambassador" (the prompted party's own act, beside the act).

Rules (word lists in data/reactions.toml):
- A prompting verb (`prompts`: "prompting", "forced", "led" ...), then the party it moved (one to six words that name a
  state, body, person or force, or an office or force with no name: "the government", "the army"; never a pronoun, a
  count of people or a crowd: "thousands of residents"), then "to" and a bare verb of an act: the party's act.
- Its kind follows the verb (`[kinds]`: "summon" a meeting, "impose" a sanction, "scramble" a deployment, "condemn" a
  statement); any other act verb is `other`; verbs of thought, feeling, being, flight and talk (`[words] stop`) and
  a name or a determiner after "to" ("led troops to the border", "drove the tanks to Kyiv") tell none.
- Its evidence runs from the prompting verb to the clause's end, never into ", X said"; a trigger's act already read
  there keeps its reading.
- Only beside the act that prompted it, told before it in the sentence: a noun as the prompter ("The incident prompted
  Seoul to ...", "His remarks led ...") mostly retells a reaction told before (h9: the one such read was no gold event).
- A date phrase of its own dates it; else it happens when the act that prompted it did. It is reported
  (reported_claim) when that act is, or when a statement's reported words hold it.
"""

from __future__ import annotations

import re
from functools import cache

from timeline import lexicon as L
from timeline.actions import action_draft
from timeline.datefind import find_dates
from timeline.drafts import Context, Draft, closest
from timeline.frames import Frame
from timeline.speakers import find_mentions

NAMED_KINDS = frozenset({"person", "entity", "body", "demonym"})
UNUSABLE_DATE_KINDS = frozenset({"modifier", "dateline"})
PARTY_MAX = 6  # words: "the South Korean foreign ministry" is five
# Words that never open the party: a pronoun, a count or a crowd ("it", "thousands of residents", "many").
NOT_PARTY = frozenset({"it", "its", "they", "them", "he", "him", "she", "her", "us", "we", "you", "one", "some", "many",
                       "thousands", "hundreds", "dozens", "scores", "millions", "tens", "several", "most", "few",
                       "all", "both", "others", "people", "residents", "civilians", "investors", "markets", "prices"})
# What may follow "to" that is no verb: a determiner or a number ("led troops to the border", "to 30").
NOT_VERB = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
                      "some", "any", "each", "every", "no", "more", "less", "about", "around", "within", "what"})
CLAUSE_END_RE = re.compile(r"[,;:()\[\]–—]|\s-\s")
WORD_RE = re.compile(r"[a-z][\w'’.-]*")


@cache
def _data() -> dict:
    return L._load("reactions")


@cache
def _prompt_re() -> re.Pattern[str]:
    """A prompting verb, its party (one to six words) and the bare verb after "to"."""
    verbs = "|".join(sorted(_data()["prompts"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+(?P<party>(?:[a-z0-9][\w.'’-]*\s+){{1,{PARTY_MAX}}}?)to\s+(?P<verb>[a-z]+)\b")


@cache
def _kinds() -> list[tuple[str, str]]:
    """(verb words, kind), longest first: "call in" before "call"."""
    pairs = [(w, kind) for kind, words in _data()["kinds"].items() for w in words]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _kind_of(lower: str, at: int) -> str:
    """The reaction's kind by the words from its verb on."""
    for words, kind in _kinds():
        if lower.startswith(words, at) and not lower[at + len(words):at + len(words) + 1].isalpha():
            return kind
    return "other"


def _named_party(ctx: Context, a: int, b: int, mentions: list) -> bool:
    """Whether lower[a:b] names the party that acts: a named state, body, person or force, or an office or force."""
    words = WORD_RE.findall(ctx.lower, a, b)
    if not words or words[0] in NOT_PARTY or (words[0] == "the" and len(words) > 1 and words[1] in NOT_PARTY):
        return False
    last = b
    while last > a and ctx.lower[last - 1].isspace():
        last -= 1
    if any(m.kind in NAMED_KINDS and m.name and a <= m.start and m.end <= last and m.end >= last - 12
           for m in mentions):
        return True  # "Seoul", "the European Union", "South Korean jets" (the name ends the party or near it)
    nouns = L.FALLBACK_TRIGGERS.get("open_subject_nouns")
    return nouns is not None and nouns.fullmatch(ctx.lower, a, last) is not None


def reaction_acts(ctx: Context, s: int, e: int, framed: list[tuple[Draft, Frame]], drafts: list[Draft],
                  via: str | None, paragraph: int) -> list[Draft]:
    """Acts the reactions of sentence s..e tell (see the module's rules)."""
    sentence = ctx.lower[s:e]  # sliced once, not once per word
    if not any(p in sentence for p in ("prompt", "forc", "led ", "lead", "spurr", "push", "compel", "caus",
                                       "driv", "drove", "provok", "trigger")):
        return []
    stop = frozenset(_data()["words"]["stop"])
    out: list[Draft] = []
    for m in _prompt_re().finditer(ctx.lower, s, e):
        verb = m.group("verb")
        v0 = m.start("verb")
        if verb in stop or verb in NOT_VERB or ctx.body[v0].isupper():
            continue
        if ctx.masked[m.start():m.end()] != ctx.body[m.start():m.end()]:
            continue  # quoted words: the speaker's, read as said
        cut = CLAUSE_END_RE.search(ctx.masked, m.end(), e)
        c1 = cut.start() if cut else e
        while c1 > v0 and (ctx.masked[c1 - 1].isspace() or ctx.masked[c1 - 1] in ".!?"):
            c1 -= 1
        if c1 - v0 < 4:
            continue
        p0, p1 = m.start("party"), m.end("party")
        prior = [d for d in drafts if d.kind != "statement" and s <= d.pos < m.start()]
        if not prior:
            continue  # no act told before it: the prompter is a noun ("The incident prompted ...")
        before = max(prior, key=lambda d: d.pos)
        read = [d for d in drafts if d.kind != "statement" and d is not before and d.start < c1 and v0 < d.end]
        if read:  # a trigger read the reaction already ("prompting Taiwan to scramble jets"): its time and voice
            _follow(read, before, framed, m.start())
            continue
        if any(d.start < c1 and v0 < d.end for d in out):
            continue
        mentions = find_mentions(ctx.masked, p0, c1, ctx.reg.copy(), None)
        if not _named_party(ctx, p0, p1, mentions):
            continue
        dates = [d for d in find_dates(ctx.masked, v0, c1) if d.kind not in UNUSABLE_DATE_KINDS]
        mention = closest(dates, v0, c1, v0)
        kind = _kind_of(ctx.lower, v0)
        draft = action_draft(ctx, kind, v0, m.end("verb"), (p0, c1), None, mentions, dates, mention, via, s, paragraph)
        draft.start, draft.end, draft.pos, draft.paragraph = m.start(), c1, v0, paragraph
        draft.tense = "past"
        draft.modality = "asserted"
        _follow([draft], before, framed, m.start())
        out.append(draft)
    return out


def _follow(reactions: list[Draft], before: Draft, framed: list[tuple[Draft, Frame]], at: int) -> None:
    """A reaction with no day of its own happens when the act that prompted it did; it is reported when that act is
    or when a statement's reported words hold it."""
    told = any(fr.content is not None and fr.content[0] <= at < fr.content[1] for _, fr in framed)
    for d in reactions:
        if d.modality == "asserted" and (told or before.modality == "reported_claim"):
            d.modality = "reported_claim"
        if d.mention is None and d.inherit is None and (before.mention is not None or before.inherit is not None):
            d.inherit, d.inherit_why = before, "a reaction happens when the act that prompted it did"

