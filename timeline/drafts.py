"""An event before dating (Draft), the state one excerpt's extraction shares (Context), and helpers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from timeline.dates import DateMention
from timeline.models import Quote
from timeline.quotes import QuoteSpan
from timeline.sentindex import KeyIndex
from timeline.speakers import ACTOR_KINDS, Mention, Registry, Scan
from timeline.speakers import resolve as resolve_mention


@dataclass
class Draft:
    """An event before its date is resolved and its id computed."""

    kind: str
    start: int
    end: int
    pos: int  # the trigger or verb, for ordering and "closest date"
    summary: str
    actor: str | None = None
    role: str | None = None
    participants: list[str] = field(default_factory=list)
    quote: Quote | None = None
    modality: str = "asserted"
    via: str | None = None
    place: str | None = None
    objects: list[str] = field(default_factory=list)
    count: str | None = None
    polarity: str = "positive"
    tense: str = "past"
    mention: DateMention | None = None
    inherit: Draft | None = None
    inherit_why: str = ""
    paragraph: int = 0
    sentence: int = 0  # offset of its sentence, for warnings
    object_mention: DateMention | None = None  # "rejected the plan on Friday": its date if no action takes it
    background: bool = False  # told in a relational clause ("two days after Y landed"): no antecedent for "that day"
    words_end: int | None = None  # a statement told in a who-clause: where its words end (it reports no act after them)


@dataclass
class Context:
    """Everything one excerpt's extraction shares across its sentences."""

    body: str
    masked: str  # the body with quoted words blanked
    lower: str  # masked, ASCII-lowercased, for the case-insensitive word lists
    quotes: list[QuoteSpan]
    reg: Registry = field(default_factory=Registry)
    ships: dict[str, str] = field(default_factory=dict)  # "Carl Vinson" -> "USS Carl Vinson"
    # "the gunboat Vakt": a ship's bare name its type gave it (session 18), for telling a ship's move only, never an object
    typed_ships: set[str] = field(default_factory=set)
    drafts: list[Draft] = field(default_factory=list)
    scan: Scan | None = None  # speakers.scan_mentions(masked), once per excerpt
    keys: KeyIndex | None = None  # sentindex.KeyIndex(lower): where the statement rules' words occur
    gate_starts: list[int] = field(default_factory=list)  # lexicon.gate_hits(lower), once per excerpt
    gate_rest: list[tuple[int, frozenset[str]]] = field(default_factory=list)
    rare_starts: list[int] = field(default_factory=list)  # lexicon.rare_hits(lower), once per excerpt
    rare_rest: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    # lower with the periods of initialisms blanked ("u_s_"), so an act's words run past "a U.S. drone"
    # (actions.act_text): made on first use, once per excerpt.
    act_lower: str | None = None
    # act_lower of the body with no quote blanked (reported.py reads acts inside quotes): made on first use.
    unmasked_lower: str | None = field(default=None, repr=False)
    _opens: list[int] | None = field(default=None, repr=False)  # quotes_in's index, built on first use
    _closes: list[int] = field(default_factory=list, repr=False)
    _sorted: bool = field(default=False, repr=False)

    def quotes_in(self, s: int, e: int) -> list[QuoteSpan]:
        """Quotes with close > s and open < e, in order: by bisection, not a scan per sentence."""
        if self._opens is None:
            self._opens = [q.open for q in self.quotes]
            self._closes = [q.close for q in self.quotes]
            # find_quotes gives them in order and disjoint; any other list is scanned as it is.
            self._sorted = all(a <= b for a, b in zip(self._closes, self._opens[1:], strict=False)) and all(
                q.open < q.close for q in self.quotes)
        if not self._sorted:
            return [q for q in self.quotes if q.close > s and q.open < e]
        return self.quotes[bisect_right(self._closes, s):bisect_left(self._opens, e)]

    def kinds_in(self, s: int, e: int) -> set[str]:
        """Kinds whose gate word lies wholly in lower[s:e] (what GATE_RES[kind].search(lower, s, e) says)."""
        out: set[str] = set()
        for i in range(bisect_left(self.gate_starts, s), bisect_left(self.gate_starts, e)):
            end, kinds = self.gate_rest[i]
            if end <= e:
                out |= kinds
        return out

    def rare_in(self, s: int, e: int) -> set[int]:
        """Ids of the rare trigger patterns whose gate word lies wholly in lower[s:e]."""
        out: set[int] = set()
        for i in range(bisect_left(self.rare_starts, s), bisect_left(self.rare_starts, e)):
            end, ids = self.rare_rest[i]
            if end <= e:
                out.update(ids)
        return out


def closest(dates: list[DateMention], a: int, b: int, pos: int,
             exclude: tuple[int, int] | None = None) -> DateMention | None:
    inside = [d for d in dates if d.start >= a and d.end <= b
              and not (exclude and d.start >= exclude[0] and d.end <= exclude[1])]
    return min(inside, key=lambda d: (abs(d.start - pos), d.start)) if inside else None


def names_in(mentions: list[Mention], a: int, b: int, ctx: Context, paragraph: int) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.start >= a and m.end <= b and m.kind in ACTOR_KINDS:
            r = resolve_mention(m, ctx.reg, paragraph)
            if r and r.name and r.name not in out:
                out.append(r.name)
    return out
