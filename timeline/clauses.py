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
- A leading "Having <participle> ...," is a clause of its own: its act is read with the main subject before it
  ("Having test-fired two missiles last week, Pyongyang on Sunday launched a third" -> Pyongyang test-fired ... last
  week), with a date phrase of its own; a first reading's words stop at its comma (the main act's start after it).
- A statement told in a who-clause reports no act after its words (Draft.words_end; events._report_day).
- Session 21: a "whose" aside is cut as a which/who aside is ("Zelaya, whose aircraft was prevented from landing, later
  flew to San Salvador"; never read alone), a name set off inside a which/who/whose aside does not close it ("Italy,
  whose prime minister, Bettino Craxi, had criticised X, summoned ..."), and a first reading dated by a phrase inside an
  aside takes the cut reading's day ("..., which sailed on Monday, reached the island on Wednesday and landed troops").
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

from timeline import attributes as A
from timeline import lexicon as L
from timeline.actions import day_level
from timeline.dates import DateMention
from timeline.drafts import Context, Draft
from timeline.quotes import QuoteSpan

# The cheap test: only a sentence holding one of these is read again.
GATE_RE = re.compile(r",\s+(?:which|who|whom|whose|the|an?|[a-z]+ing|[a-z]+(?:ed|en|wn)\s+by)\s")
# "Having test-fired ...": the participle's "having", never "Having been ..." (a passive: done to the subject).
LEAD_VERB_RE = re.compile(r"(?:After\s+)?[Hh]aving\s+(?!been\b)")
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
# A name set off inside a which/who/whose aside ("Italy, whose prime minister, Bettino Craxi, had criticised X, summoned"):
# its commas do not close the aside (session 21).
INNER_NAME_RE = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*,")
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
        while close >= 0 and m.group("word") in ("which", "who", "whom", "whose") and (
                inner := INNER_NAME_RE.match(text, close)) is not None:
            close = text.find(",", inner.end(), min(e, m.start() + ASIDE_MAX))
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
        if word not in ("which", "who", "whom", "whose") and any(m.start() < d.start < close for d in dates):
            continue  # its date phrase is the main clause's setting or the aside's own event's
        out.append(Aside(m.start(), close + 1, word, word in ("which", "who", "whom")))
        pos = close + 1
        head = close + 1
    return out


class View:
    """Sentence s..e with some spans cut out: a context whose texts hold the rest joined, and the offset maps."""

    def __init__(self, ctx: Context, s: int, e: int, cuts: list[tuple[int, int]],
                 keep: list[tuple[int, int]] | None = None) -> None:
        if keep is None:  # the spans between the cuts, in order; else the spans given, in the order given
            keep = []
            pos = s
            for a, b in sorted(cuts):
                if a > pos:
                    keep.append((pos, a))
                pos = max(pos, b)
            if pos < e:
                keep.append((pos, e))
        self.s, self.e = s, e
        self.keep = keep  # original spans kept, in the view's order
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

    def back(self, x: int, end: bool = False) -> int:
        """A view offset, in the original; an end offset at the end of a kept span maps to that span's end."""
        if x < self.s:
            return x
        if x >= self.end:
            return x + self.shift
        spans = list(zip(self.keep, self.starts, strict=True))
        if end:
            for (a, b), v in spans:
                if v < x <= v + (b - a):
                    return a + x - v
        for (a, b), v in spans:
            if v <= x < v + (b - a):
                return a + x - v
        return x

    def dates(self, dates: list[DateMention]) -> tuple[list[DateMention], dict[int | tuple[int, int], DateMention]]:
        """The date phrases inside kept spans, moved to the view, and a map back to the originals."""
        out: list[DateMention] = []
        origin: dict[int | tuple[int, int], DateMention] = {}
        for d in dates:
            if not self.kept(d.start, d.end) or d.base is not None and not self.kept(d.base.start, d.base.end):
                continue
            base = replace(d.base, start=self.to_view(d.base.start), end=self.to_view(d.base.end - 1) + 1) \
                if d.base is not None else None
            v = replace(d, start=self.to_view(d.start), end=self.to_view(d.end - 1) + 1, base=base)
            origin[id(v)] = origin[(v.start, v.end)] = d  # by span too: a reading may copy a phrase (session 21)
            out.append(v)
        return out, origin

    def read(self, read: Reader, dates: list[DateMention], paragraph: int, head: int | None) -> list[Draft]:
        """The view's drafts, their offsets and date phrases the original's."""
        moved, origin = self.dates(dates)
        out = read(self.ctx, self.s, self.end, moved, paragraph, head)
        for d in out:
            d.start, d.end, d.pos = self.back(d.start), self.back(d.end, end=True), self.back(d.pos)
            if d.mention is not None:
                d.mention = origin.get(id(d.mention)) or origin.get((d.mention.start, d.mention.end), d.mention)
            if d.object_mention is not None:
                d.object_mention = origin.get(id(d.object_mention), d.object_mention)
        return out


Reader = Callable[[Context, int, int, list[DateMention], int, int | None], list[Draft]]


def clause_drafts(ctx: Context, s: int, e: int, dates: list[DateMention], paragraph: int, head: int | None,
                  found: list[Draft], read: Reader) -> list[Draft]:
    """The sentence's drafts with those its cut readings add: the main clause without its asides, and each
    which/who clause with its head noun (read: events._sentence)."""
    if GATE_RE.search(ctx.masked, s, e) is None and LEAD_RE.match(ctx.masked, s, e) is None:
        return found
    parts = asides(ctx.masked, s, e, dates)
    if not parts:
        return found
    holes = [(a.start, a.end) for a in parts]
    if parts[0].word == "having":
        # "Having test-fired two missiles last week, Pyongyang on Sunday launched a third": two clauses, two acts
        cut = ctx.masked.rfind(",", s, parts[0].end)
        for d in found:
            if d.pos >= parts[0].end and d.start < parts[0].end:
                d.start = parts[0].end
            elif d.pos < cut < d.end:
                d.end = cut
    extra = View(ctx, s, e, holes).read(read, dates, paragraph, head)
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
            if word_at < d.pos < a.end and d.mention is not None and day_level(d.mention, d.kind):
                # never "which imports most of its gas", "who resigned in 2019": background, no act of the story
                d.start, d.end = max(d.start, s), min(d.end, a.end - 1)
                own.append((d, (a.start, a.end)))
    lead = parts[0] if parts and parts[0].word == "having" else None
    if lead is not None:
        own.extend(_lead_acts(ctx, s, e, lead, dates, paragraph, head, read))
    for d in found:
        # "Kishida, who condemned the launch on Tuesday night, spoke with Biden on Thursday": the who-clause's
        # statement says its own words only, it reports nothing of the main clause (whose acts keep their own days)
        a = next((a for a in parts if (a.relative or a.word == "whose") and a.start <= d.pos < a.end), None)
        if a is not None and d.kind == "statement" and d.end > a.end:
            d.words_end = a.end - 1
    return _merged(found, extra, own, holes)


def _lead_acts(ctx: Context, s: int, e: int, lead: Aside, dates: list[DateMention], paragraph: int, head: int | None,
               read: Reader) -> list[tuple[Draft, tuple[int, int]]]:
    """The acts of a leading "Having <participle> ...," read with the main clause's subject before them ("Having
    test-fired two missiles last week, Pyongyang on Sunday launched a third" -> Pyongyang test-fired two missiles last
    week), each with a date phrase of its own (never the main clause's)."""
    text = ctx.masked
    verb = LEAD_VERB_RE.match(text, s, lead.end)
    if verb is None:
        return []
    stop = next((d.start for d in dates if d.start >= lead.end), e)
    first = next((w for w in HEAD_WORD_RE.finditer(text, lead.end, stop) if A._verbish(w.group(0))), None)
    subject_end = A.trim(text, lead.end, first.start() if first is not None else stop)[1]
    if subject_end <= lead.end or not _subject_head(text, lead.end, subject_end):
        return []
    comma = text.rfind(",", verb.end(), lead.end)
    keep = [(lead.end, subject_end + 1), (verb.end(), comma)]
    if text[e - 1] in ".!?":
        keep.append((e - 1, e))
    view = View(ctx, s, e, [], keep=keep)
    out = [(d, (s, lead.end)) for d in view.read(read, dates, paragraph, head)
           if verb.end() <= d.pos < comma and d.mention is not None and s <= d.mention.start < lead.end]
    for d, _ in out:
        d.start, d.end = s, comma  # its words are the participle's phrase (the subject read before them lies after it)
    return out


def _merged(found: list[Draft], extra: list[Draft], inner: list[tuple[Draft, tuple[int, int]]],
            holes: list[tuple[int, int]] = ()) -> list[Draft]:
    """found with the cut readings added where no first reading holds their trigger (a first reading of the same
    trigger stands, taking the cut reading's doer, and its date where the first took one inside an aside; one of an
    aside's words stands as it is: giving it the main subject's doer lost links on unseen text); an aside's own reading
    only where the first read nothing in that aside."""
    out = list(found)
    for d in sorted(extra, key=lambda x: x.pos):
        stmt = d.kind == "statement"
        clash = [o for o in out if (o.kind == "statement") == stmt and (o.pos == d.pos or o.start <= d.pos < o.end)]
        same = next((o for o in clash if o.pos == d.pos), None)
        if same is not None and d.actor is not None and same.actor != d.actor and same.kind == d.kind:
            # "Seoul, which had called ... U.N. resolutions, on Wednesday ... resumed": its doer, not the aside's name
            same.actor, same.role, same.summary = d.actor, d.role, d.summary
        if same is not None and not stmt and d.mention is not None and (m := same.mention) is not None and any(
                a <= m.start < b and not a <= same.pos < b for a, b in holes):
            # "The frigate X, which sailed from Da Nang on Wednesday, reached the islands on Thursday and landed troops":
            # the landing's day is its own clause's, never the aside's (session 21)
            same.mention = d.mention
        if not clash:
            out.append(d)
    for d, (a, b) in inner:
        stmt = d.kind == "statement"
        same = next((o for o in out if (o.kind == "statement") == stmt and o.pos == d.pos), None)
        if same is not None:
            if d.actor is not None and same.actor is None and same.kind == d.kind:
                same.actor, same.role, same.summary = d.actor, d.role, d.summary  # "Having test-fired ..., Pyongyang"
            continue
        if any((o.kind == "statement") == stmt and (a <= o.pos < b or o.start <= d.pos < o.end) for o in out):
            continue
        out.append(d)
    return sorted(out, key=lambda d: d.pos)

