"""One side's many acts of one kind on close days (session 16): what tells two of them apart.

A standoff holds ships moving every day, jets intercepting one plane type on two days and one ministry speaking daily;
scoring's date tolerance (a day's shift across time zones, a few days' date conflict) read such pairs as one act whose
day two sources dispute. Words are data (data/repeats.toml):
- `ships_apart`: two moves (ship movements, deployments) naming ships by name, none in common ("the corvette Stoikiy"
  / "the corvette Soobrazitelny"): two ships' moves;
- `moves_apart`: one side's two moves, or a move and another act, each told on one single day at least
  MOVES_APART_DAYS apart: two moves (a ship moves daily; a date disputed by two days or more is rare);
- `repeats_apart`: an act whose own clause tells it done once more ("for a second day", "again", "a second corvette")
  and an act told on another single day: two acts;
- `organs_apart`: two statements of one state by bodies of two classes (its foreign ministry, its armed forces):
  two statements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache, lru_cache
from typing import Any

from parity import lexicon
from parity.acts import day_gap
from parity.claims import ClaimFacts

MOVES_APART_DAYS = 2  # one side's moves told on single days this far apart are two moves
MOVE_KINDS = frozenset({"ship_movement", "deployment"})
CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014]| - ")


@cache
def _data() -> dict:
    return lexicon.load("repeats")


@cache
def _ship_re() -> re.Pattern[str]:
    """A ship's name after its kind or its navy's prefix: the name's words are group 1."""
    kinds = sorted({s for kind in lexicon.load("targets")["families"]["vessel"].values() for s in kind},
                   key=lambda s: (-len(s), s))
    prefixes = sorted(set(_data()["ships"]["prefixes"]), key=lambda s: (-len(s), s))
    prefix = "(?:" + "|".join(map(re.escape, prefixes)) + ")"
    word = r"(?:[A-Z][\w'’-]*|\d{1,5})"
    name = rf"([A-Z][\w'’-]*(?:\s+{word})*|\d{{3,5}})"
    names = rf"{name}(?:(?:,\s*|\s+and\s+){name})*"
    kind = "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in kinds) + ")"
    return re.compile(rf"(?i:\b{kind})\s+(?:{prefix}\s+)?{names}|\b{prefix}\s+{names}")


@lru_cache(maxsize=1 << 12)
def ships_named(summary: str) -> frozenset[frozenset[str]]:
    """The ships a summary names, each as its name's words folded ("BRP Teresa Magbanua" -> {teresa, magbanua})."""
    prefixes = {p.casefold() for p in _data()["ships"]["prefixes"]}
    found = set()
    for m in _ship_re().finditer(summary):
        for part in re.split(r",\s*|\s+and\s+", m.group(0)):
            words = {w.casefold() for w in re.findall(r"[A-Z][\w'’-]*|\d{3,5}", part)}
            words -= prefixes
            if words and not lexicon.sides_in(part.strip()):
                found.add(frozenset(words))
    return frozenset(found)


def ships_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two moves each naming ships by name, none in common: two ships' moves ("the corvette Stoikiy sailed" /
    "the corvette Soobrazitelny took the same route")."""
    if a.kind not in MOVE_KINDS or b.kind not in MOVE_KINDS:
        return False
    na, nb = ships_named(a.event.summary), ships_named(b.event.summary)
    return bool(na and nb) and not any(x & y for x in na for y in nb)


def one_ship(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both summaries name one ship by name ("HMS Richmond sailed" / "the frigate Richmond sailed again")."""
    na, nb = ships_named(a.event.summary), ships_named(b.event.summary)
    return any(x & y for x in na for y in nb)


def _one_day(c: ClaimFacts) -> bool:
    return c.day is not None and c.day[0] == c.day[1]


def moves_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two acts, one at least a move, each told on one single day, MOVES_APART_DAYS or more apart: two acts (a ship
    anchored on Sunday and moved closer on Wednesday; a ship's passage and an aircraft's intrusion two days later)."""
    if "statement" in (a.kind, b.kind) or not (a.kind in MOVE_KINDS or b.kind in MOVE_KINDS):
        return False
    if not (_one_day(a) and _one_day(b)):
        return False
    gap = day_gap(a.day, b.day)
    return gap is not None and gap >= MOVES_APART_DAYS


@cache
def _repeat_re() -> re.Pattern[str]:
    cues = sorted(_data()["repeats"]["cues"], key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _own_clause(summary: str, sentence: str) -> str:
    """The clause of the sentence that holds the summary: from the last clause break before it to the first after it
    (the summary alone when the sentence does not hold it). An extracted summary reads "Actor: what it did…", cut."""
    told = summary.split(": ", 1)[1] if ": " in summary else summary
    told = told.rstrip("…").rstrip()
    at = sentence.find(told[:40])
    if at < 0:
        return summary
    before = [m.end() for m in CLAUSE_BREAK_RE.finditer(sentence, 0, at)]
    after = CLAUSE_BREAK_RE.search(sentence, at + len(told))
    return sentence[(before[-1] if before else 0):(after.start() if after else len(sentence))]


def told_repeated(c: ClaimFacts) -> bool:
    """The act's own clause tells it done once more ("intercepted a plane for a second day")."""
    return bool(_repeat_re().search(_own_clause(c.event.summary, c.event.evidence.exact)))


def repeats_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two acts told on single days that differ, one told as done once more: two acts of one kind, not one act whose
    day is disputed ("intercepted a plane for a second day Wednesday" / "intercepted a plane on Tuesday")."""
    if "statement" in (a.kind, b.kind) or not (_one_day(a) and _one_day(b)) or not day_gap(a.day, b.day):
        return False
    return told_repeated(a) or told_repeated(b)


@cache
def _organ_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((organ, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                    + r")\b", re.IGNORECASE))
                 for organ, words in _data()["organs"].items())


@lru_cache(maxsize=1 << 12)
def organ_of(speaker: str) -> str | None:
    """The class of a state's body a speaker's name or role names (data/repeats.toml [organs]), None when none or two."""
    found = {organ for organ, pattern in _organ_res() if pattern.search(speaker)}
    return next(iter(found)) if len(found) == 1 else None


def organs_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two statements by a state's bodies of two classes ("Estonia's armed forces said" / "the Foreign Ministry
    said"): two statements, though the record names both by the state."""
    if a.kind != "statement" or b.kind != "statement" or a.actor is None or a.actor != b.actor:
        return False  # bodies of one state only: the record names both by the state
    oa = _organ(a.event.actor, a.event.actor_role)
    ob = _organ(b.event.actor, b.event.actor_role)
    return oa is not None and ob is not None and oa != ob


@lru_cache(maxsize=1 << 12)
def _organ(actor: str | None, role: str | None) -> str | None:
    return organ_of(" ".join(filter(None, (actor, role))))


@cache
def _edge_re() -> re.Pattern[str]:
    words = sorted(_data()["day_edges"]["words"], key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def day_edge(phrase: str | None) -> bool:
    """A date phrase told at a day's edge ("on Tuesday night", "early on Wednesday", "overnight"): the day next to it
    may be the same hours in another source."""
    return bool(phrase) and bool(_edge_re().search(phrase))


def nearest_counterparts(days: Sequence[tuple[date, date] | None], links: dict[int, list[Any]],
                         is_event: Callable[[Any], bool], excerpt_of: Callable[[int], str],
                         kept: Callable[[int, int], bool], edges: Sequence[bool] | None = None) -> None:
    """Keep, of one claim's same_event links into one other excerpt, only those of the nearest day: an excerpt telling
    one side's acts of two days (an intercept on Tuesday and another on Wednesday) has one counterpart for a claim of
    Tuesday, its Tuesday act; the other is another act, whatever day tolerance scoring allows (links: claim position ->
    pending links (other position, Scored, ...), both directions, changed in place; is_event(link): a same_event link;
    kept(i, j): a pair never dropped, one sentence copied, whatever day a spun copy resolved; edges[k]: claim k is told
    at a day's edge, day_edge, and a day's gap from or to it counts as none: "brokered on Tuesday night" / "agreed early
    on Wednesday")."""
    drop: set[tuple[int, int]] = set()
    for i, pending in links.items():
        if days[i] is None or len(pending) < 2:
            continue
        events = [link[0] for link in pending if is_event(link)]
        if len(events) < 2:
            continue
        gaps: dict[str, list[tuple[int, int]]] = {}
        for j in events:
            gap = day_gap(days[i], days[j])
            if gap is not None:
                if gap == 1 and edges is not None and (edges[i] or edges[j]):
                    gap = 0
                gaps.setdefault(excerpt_of(j), []).append((gap, j))
        for found in gaps.values():
            nearest = min(g for g, _ in found)
            drop.update((min(i, j), max(i, j)) for g, j in found if g > nearest and not kept(i, j))
    for i, j in drop:
        links[i] = [link for link in links[i] if link[0] != j]
        links[j] = [link for link in links[j] if link[0] != i]


def sentence_groups(spans: Sequence[tuple[str, int, int]]) -> list[int]:
    """Each claim's group: claims of one excerpt whose evidence spans overlap (one sentence's events) share one."""
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    group = [0] * len(spans)
    current, last_excerpt, last_end = -1, None, -1
    for k in order:
        excerpt, start, end = spans[k]
        if excerpt != last_excerpt or start >= last_end:
            current += 1
            last_excerpt, last_end = excerpt, end
        else:
            last_end = max(last_end, end)
        group[k] = current
    return group


def one_per_sentence(links: dict[int, list[Any]], is_event: Callable[[Any], bool], group: Sequence[int],
                     better: Callable[[int, Any], tuple], alike: Callable[[int, int], bool],
                     copy: Callable[[Any], bool] | None = None) -> None:
    """Keep, of one claim's same_event links into one sentence of another excerpt (claims whose evidence overlaps), the
    best only (better(i, link): a sort key, highest wins): one event is one of the sentence's events, not two ("Japan
    lodged a protest on Friday, the Foreign Ministry said" holds the protest and the ministry's word; a relay of that
    word elsewhere is the second's counterpart only). Two events of the sentence alike (alike(j, k): one speaker's two
    statements, parts of one speech) both stay, but not in a copy of one origin (copy(link), session 17): a copied sentence
    holds the events of its source one for one, so a claim's counterpart there is one event, never two ("ordering
    sanctions ... and expelling 35 diplomats" copied: the sanctions are the sanctions' only). Links changed in place,
    both directions."""
    drop: set[tuple[int, int]] = set()
    for i, pending in links.items():
        if len(pending) < 2:
            continue
        events = [link for link in pending if is_event(link)]
        if len(events) < 2:
            continue
        by_group: dict[int, list[Any]] = {}
        for link in events:
            by_group.setdefault(group[link[0]], []).append(link)
        for found in by_group.values():
            if len(found) > 1:
                best = max(found, key=lambda link: better(i, link))
                drop.update((min(i, link[0]), max(i, link[0])) for link in found
                            if link is not best and not (alike(link[0], best[0]) and not (copy and copy(best))))
    for i, j in drop:
        links[i] = [link for link in links[i] if link[0] != j]
        links[j] = [link for link in links[j] if link[0] != i]
