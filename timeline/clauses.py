"""Predicates whose subject is outside their own clause: a sentence read again with its asides cut out, and each
which/who clause read again with its head noun as its subject (session 12).

Rules (one more reading of a sentence only where a cheap test finds an aside; the cut sentence is read as a text of
its own and its offsets mapped back):
- An aside set off by two commas right after a noun: a which/who clause ("Estonia, which imports ..., on Tuesday
  switched"), a participle ("The coast guard, acting on a tip, boarded"), a passive participle with its agent ("The
  ship, seized by X in April, was released") or an apposition after a name ("Salwan Momika, the man behind the
  protests, burned"), and a leading "Having <participle> ...," are cut out: the main clause's subject meets its
  verbs, and its "and"-joined predicates, with the clause's own date phrases (never a date inside the aside).
- A which/who clause is read alone with its head noun before it ("Finnish navy divers, who reached the site on
  Tuesday," -> the divers reached it on Tuesday); "X, which Y contacted on Tuesday," is Y's act (a name or a
  determiner right after "which/whom" is the clause's own subject, the head is cut); "whose" clauses are skipped;
  only an act with a day or week of its own ("who resigned in 2019", "which imports most of its gas": background).
- The cut reading adds only acts and statements no first reading holds; a first reading of the same trigger stands
  but takes the cut reading's doer (never a name inside the aside). A first reading of a participle's words stands
  too ("..., visiting Britain, signed it" stays a visit: replacing it lost links on unseen text). An act of a
  which/who clause is kept only when its trigger lies inside that clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from timeline import lexicon as L
from timeline.actions import day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.quotes import QuoteSpan

# The cheap test: only a sentence holding one of these is read again.
GATE_RE = re.compile(r",\s+(?:which|who|whom|the|an?|[a-z]+ing|[a-z]+(?:ed|en|wn)\s+by)\s|(?:^|\n)\s*(?:After\s+)?[Hh]aving\s")
# The opening of an aside after a comma (the comma is group 0's start).
OPEN_RE = re.compile(r",\s+(?P<word>which|who|whom|whose|the|an?|(?P<ing>[a-z]{3,}ing)|(?P<ed>[a-z]{3,}(?:ed|en|wn))(?=\s+by\s))\b")
# "Having test-fired two missiles last week, Pyongyang ...": a leading participle, up to its comma.
LEAD_RE = re.compile(r"(?:After\s+)?[Hh]aving\s+(?:been\s+)?[a-z-]{3,}[^,;:()]{0,160}?,\s+(?=[A-Z])")
# -ing words that open no participle aside ("..., something ...", "..., including X,": a list, a sum).
NOT_PARTICIPLE = frozenset("during thing things nothing something anything everything king morning evening building "
                           "spring string ring bring wing ceiling including according excluding regarding concerning "
                           "following".split())
# After an aside's closing comma the main clause goes on in lower case: a verb, an adverb or a date phrase.
GOES_ON_RE = re.compile(r",\s+(?=[a-z])")
# A which/whom clause whose own subject follows the pronoun: a name or a determiner ("which Finland contacted").
OBJECT_RELATIVE_RE = re.compile(r"(?:which|whom)\s+(?:[A-Z]|(?:the|a|an|its|his|her|their)\s)")
# An apposition only after a name: the word before its comma is capitalised.
NAME_END_RE = re.compile(r"[A-Z][\w'’.-]*$")
ASIDE_MAX = 200
HEAD_WORD_RE = re.compile(r"[\w'’.-]+")
HEAD_WORDS_MAX = 8
DETERMINERS = frozenset("the its his her their".split())  # "On Tuesday, the ministry, which ...": a subject after a lead
# Words that make a stretch before a comma a clause of its own, not a subject.
HEAD_VERBS = frozenset("said says say told is are was were has have had will would did does do".split())  # characters from an aside's comma to its closing comma


@dataclass(frozen=True)
class Aside:
    """One aside of a sentence: its opening comma, just past its closing comma, and its word (which, who, the, ...)."""

    start: int
    end: int
    word: str
    relative: bool


def _dated_at(dates: list[DateMention], at: int) -> bool:
    """True when a date phrase ends right at offset at ("On Tuesday, the ministry ...": no apposition)."""
    return any(d.end == at for d in dates)


def _subject_head(text: str, a: int, b: int) -> bool:
    """True when text[a:b] reads as a clause's subject: a few words, capitalised, no verb ("Officials said the coast
    guard" is a clause, "Finland's gas grid operator" a subject)."""
    words = HEAD_WORD_RE.findall(text, a, b)
    if words and words[0].lower() in ("and", "but"):
        words = words[1:]
    return 0 < len(words) <= HEAD_WORDS_MAX and (words[0][0].isupper() or words[0] in DETERMINERS) and not any(
        w in HEAD_VERBS or w.endswith("ed") and w.islower() for w in words)


def asides(text: str, s: int, e: int, dates: list[DateMention]) -> list[Aside]:
    """The asides of sentence s..e right after a clause's subject, in text order, none inside another; a participle or
    apposition holding a date phrase is no aside ("X, writing in the Sunday Times last weekend, had warned": that day
    is the warning's; "ministers, meeting in Brussels on Tuesday, ...": the meeting's own)."""
    out: list[Aside] = []
    lead = LEAD_RE.match(text, s, e)
    if lead is not None:
        out.append(Aside(s, lead.end(), "having", False))
    pos = lead.end() if lead is not None else s
    head = pos  # where the current clause's subject starts
    while (m := OPEN_RE.search(text, pos, e)) is not None:
        pos = m.end()
        close = text.find(",", m.end(), min(e, m.start() + ASIDE_MAX))
        first = text.rfind(",", head, m.start()) < 0  # the clause's first comma: right after its subject
        if close < 0 or not first or text.find(";", m.end(), close) >= 0 or not GOES_ON_RE.match(text, close, e) \
                or not _subject_head(text, head, m.start()):
            head = m.start() + 1
            continue
        word = m.group("word")
        head = m.start() + 1  # a comma that opens no aside ends what came before it
        if m.group("ing") and word in NOT_PARTICIPLE or _dated_at(dates, m.start()):
            continue
        if word in ("the", "a", "an") and not NAME_END_RE.search(text, max(s, m.start() - 40), m.start()):
            continue  # "the ships, the planes, ...": a list, no apposition after a name
        if word in ("the", "a", "an") and text.find(" and ", m.end(), close) >= 0:
            continue  # "Britain, the US and France, ...": a list
        if word not in ("which", "who", "whom") and any(m.start() < d.start < close for d in dates):
            continue  # its date phrase is the main clause's setting or the aside's own event's
        out.append(Aside(m.start(), close + 1, word, word in ("which", "who", "whom")))
        pos = close + 1
        head = close + 1
    return out


class View:
    """Sentence s..e with some spans cut out: a context whose texts hold the rest joined, and the offset maps."""

    def __init__(self, ctx: Context, s: int, e: int, cuts: list[tuple[int, int]]) -> None:
        keep: list[tuple[int, int]] = []
        pos = s
        for a, b in sorted(cuts):
            if a > pos:
                keep.append((pos, a))
            pos = max(pos, b)
        if pos < e:
            keep.append((pos, e))
        self.s, self.e = s, e
        self.keep = keep  # original spans kept, in order
        self.starts: list[int] = []  # where each kept span starts in the view
        at = s
        for a, b in keep:
            self.starts.append(at)
            at += b - a
        self.end = at  # the view's end of the sentence
        self.shift = e - at  # offsets past the sentence move back by this much

        def cut(text: str) -> str:
            return text[:s] + "".join(text[a:b] for a, b in keep) + text[e:]

        lower = cut(ctx.lower)
        (g0, g1), (r0, r1) = L.all_hits(lower[s:self.end])
        # gate hits before the sentence stand; those in it are found again; none after it is read.
        lo_g = bisect_left(ctx.gate_starts, s)
        lo_r = bisect_left(ctx.rare_starts, s)
        quotes = [q for q in ctx.quotes if q.close <= s]
        quotes += [QuoteSpan(self.to_view(q.open), self.to_view(q.close - 1) + 1, self.to_view(q.start),
                             self.to_view(q.end - 1) + 1, q.closed)
                   for q in ctx.quotes if s <= q.open and q.close <= e and self.kept(q.open, q.close)]
        self.ctx = replace(ctx, body=cut(ctx.body), masked=cut(ctx.masked), lower=lower,
                           act_lower=cut(ctx.act_lower) if ctx.act_lower is not None else None,
                           unmasked_lower=None, quotes=quotes, scan=None,
                           gate_starts=ctx.gate_starts[:lo_g] + [p + s for p in g0],
                           gate_rest=ctx.gate_rest[:lo_g] + [(x + s, k) for x, k in g1],
                           rare_starts=ctx.rare_starts[:lo_r] + [p + s for p in r0],
                           rare_rest=ctx.rare_rest[:lo_r] + [(x + s, k) for x, k in r1],
                           _opens=None, _closes=[], _sorted=False)

    def kept(self, a: int, b: int) -> bool:
        """True when original a..b lies inside one kept span."""
        return any(k0 <= a and b <= k1 for k0, k1 in self.keep)

    def to_view(self, x: int) -> int:
        """An original offset inside a kept span, in the view."""
        for (a, b), v in zip(self.keep, self.starts, strict=True):
            if a <= x < b:
                return v + x - a
        raise ValueError(x)

    def back(self, x: int) -> int:
        """A view offset, in the original (the end of a kept span maps to its own end)."""
        if x < self.s:
            return x
        if x >= self.end:
            return x + self.shift
        for (a, b), v in zip(self.keep, self.starts, strict=True):
            if v <= x <= v + (b - a):
                return a + x - v
        return x

    def dates(self, dates: list[DateMention]) -> tuple[list[DateMention], dict[int, DateMention]]:
        """The date phrases inside kept spans, moved to the view, and a map back to the originals."""
        out: list[DateMention] = []
        origin: dict[int, DateMention] = {}
        for d in dates:
            if not self.kept(d.start, d.end) or d.base is not None and not self.kept(d.base.start, d.base.end):
                continue
            base = replace(d.base, start=self.to_view(d.base.start), end=self.to_view(d.base.end - 1) + 1) \
                if d.base is not None else None
            v = replace(d, start=self.to_view(d.start), end=self.to_view(d.end - 1) + 1, base=base)
            origin[id(v)] = d
            out.append(v)
        return out, origin

    def read(self, read: Reader, dates: list[DateMention], paragraph: int, head: int | None) -> list[Draft]:
        """The view's drafts, their offsets and date phrases the original's."""
        moved, origin = self.dates(dates)
        out = read(self.ctx, self.s, self.end, moved, paragraph, head)
        for d in out:
            d.start, d.end, d.pos = self.back(d.start), self.back(d.end), self.back(d.pos)
            if d.mention is not None:
                d.mention = origin.get(id(d.mention), d.mention)
            if d.object_mention is not None:
                d.object_mention = origin.get(id(d.object_mention), d.object_mention)
        return out


Reader = Callable[[Context, int, int, list[DateMention], int, int | None], list[Draft]]


def clause_drafts(ctx: Context, s: int, e: int, dates: list[DateMention], paragraph: int, head: int | None,
                  found: list[Draft], read: Reader) -> list[Draft]:
    """The sentence's drafts with those its cut readings add: the main clause without its asides, and each
    which/who clause with its head noun (read: events._sentence)."""
    if GATE_RE.search(ctx.masked, s, e) is None:
        return found
    parts = asides(ctx.masked, s, e, dates)
    if not parts:
        return found
    extra = View(ctx, s, e, [(a.start, a.end) for a in parts]).read(read, dates, paragraph, head)
    own: list[tuple[Draft, tuple[int, int]]] = []
    last = e - 1 if ctx.masked[e - 1] in ".!?" else e
    for a in parts:
        if not a.relative:
            continue
        word_at = ctx.masked.index(a.word, a.start)
        if OBJECT_RELATIVE_RE.match(ctx.masked, word_at):
            cuts = [(s, word_at + len(a.word))]  # "China, which Finland contacted": Finland is the subject
        else:
            cuts = [(a.start, word_at + len(a.word))]  # "divers, who reached": the divers reached
        cuts.append((a.end - 1, last))
        inner = View(ctx, s, e, cuts).read(read, dates, paragraph, head)
        for d in inner:
            if word_at < d.pos < a.end:
                d.start, d.end = max(d.start, s), min(d.end, a.end - 1)
                own.append((d, (a.start, a.end)))
    return _merged(found, extra, own)


def _merged(found: list[Draft], extra: list[Draft], inner: list[tuple[Draft, tuple[int, int]]]) -> list[Draft]:
    """found with the cut readings added where no first reading holds their trigger (a first reading of the same
    trigger takes the cut reading's doer); a which/who clause's own reading only where the first read nothing in it."""
    out = list(found)
    for d in sorted(extra, key=lambda x: x.pos):
        stmt = d.kind == "statement"
        clash = [o for o in out if (o.kind == "statement") == stmt and (o.pos == d.pos or o.start <= d.pos < o.end)]
        same = next((o for o in clash if o.pos == d.pos), None)
        if same is not None:
            if d.actor is not None and same.actor != d.actor and same.kind == d.kind:
                # "Seoul, which had called ... U.N. resolutions, on Wednesday ... resumed": its doer, not the aside's name
                same.actor, same.role, same.summary = d.actor, d.role, d.summary
            continue  # the first reading of this trigger stands
        if clash:
            continue  # a first reading holds this trigger: it stands (replacing it lost links on unseen text)
        out.append(d)
    for d, (a, b) in inner:
        if d.mention is None or not day_level(d.mention, d.kind):
            continue  # "which imports most of its gas", "who resigned in 2019": background, no act of the story
        stmt = d.kind == "statement"
        if any((o.kind == "statement") == stmt and (a <= o.pos < b or o.start <= d.pos < o.end) for o in out):
            continue
        out.append(d)
    return sorted(out, key=lambda d: d.pos)
