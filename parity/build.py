"""Build the parity record: each source's claims linked to the others, with statuses and verdicts.

Steps: claims from the record (parity/claims.py) -> candidate pairs by blocking
(parity/blocking.py) -> each pair scored once (parity/score.py) and linked both ways, only between
different excerpts -> independence from shared origins (parity/origins.py) -> one status per
claim (parity/status.py) -> editor verdicts attached.

Verdicts: a verdict attaches to the claim it names as `here`, and to its `there` claim when that
claim has no verdict of its own; the first in file order wins. `not_same` removes the link between
its two claims before statuses are derived (the editor says they are different things); the other
decisions leave the status as derived and are shown beside it. A verdict naming an event that is
not on the record is stale: it goes to Parity.stale_verdicts, never dropped.
"""

from __future__ import annotations

import gc
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, compress
from typing import Any

from rapidfuzz import fuzz

from excerpt.models import Excerpt
from parity import lexicon, relayed
from parity.blocking import build_index, candidate_pairs, weigh
from parity.claims import (
    ClaimFacts,
    EventFacts,
    claims_of,
    event_facts,
    same_actor,
    state_names,
    title_stems,
    written_on,
)
from parity.claims import clear_caches as claims_cache_clear
from parity.forked import helpers_for, run_blocks, start
from parity.models import Claim, ClaimLink, Decision, Difference, Parity, Relation, Status, Verdict
from parity.origins import body_copies, find_origins, origin_excerpts
from parity.repeats import day_edge, nearest_counterparts, one_per_sentence, sentence_groups
from parity.score import Scored, score_pair
from parity.status import carried, counterparts, derive_status, through_copies
from timeline.models import Event, Timeline

CREDIT_CHARS = 400  # how much of a body's start and end is read for a credit line


# A link while scoring runs, before it is a model: (the other claim's position, the pair's score, whether
# the two are independent, whether it is seen from the pair's second claim). One Scored serves both
# directions; the ClaimLink models are made claim by claim once the scoring structures are gone.
Pending = tuple[int, Scored, bool, bool]


class _Differences:
    """One Difference model per distinct (attribute, here, there): a record repeats the same few
    date, modality and stance pairs thousands of times, and each model costs ~400 bytes."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str | None, str | None], Difference] = {}
        # One ClaimLink per distinct link (its values, its differences by identity: one object per value above):
        # a reprint's claims link to one claim elsewhere alike, so 67,640 links held 36,830 distinct values at
        # 1,000 generated excerpts (~360 bytes a model, held by the record to the end of the run).
        self.links: dict[tuple[Any, ...], ClaimLink] = {}

    def one(self, d: Difference, mirror: bool) -> Difference:
        key = (d.attribute, d.there, d.here) if mirror else (d.attribute, d.here, d.there)
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = Difference(attribute=key[0], here=key[1], there=key[2]) if mirror else d
        return found


# Why: most links differ in nothing and many claims have no link; one shared empty list for them (never
# changed in place: the models are frozen and nothing appends) and one float per rounded score save
# ~70 MB at 10,000 excerpts, where the parity stage sets the run's peak memory.
_EMPTY: list[Any] = []
_SCORES: dict[float, float] = {}


def _maker(cls: Any, names: tuple[str, ...]) -> Any:
    """cls.built for a dict of values keyed by names, in that order: the same instance (its fields, shared
    fields set, no extra or private values) made in half the time; cls.built itself if the model's fields
    are not names in that order (a field added later)."""
    if tuple(cls.__pydantic_fields__) != names:
        return lambda values: cls.built(**values)
    new, put = cls.__new__, object.__setattr__
    every = cls.built(**dict.fromkeys(names)).__pydantic_fields_set__  # the class's one shared set

    def make(values: dict[str, Any]) -> Any:
        m = new(cls)
        put(m, "__dict__", values)
        put(m, "__pydantic_fields_set__", every)
        put(m, "__pydantic_extra__", None)
        put(m, "__pydantic_private__", None)
        return m

    return make


# 66,000 links and 23,000 claims per 1,000 excerpts: Lean.built's checks and copy were 0.2 CPU s of the stage.
_new_link = _maker(ClaimLink, ("event", "excerpt", "relation", "agrees", "independent", "score", "differences"))
_new_claim = _maker(Claim, ("event", "excerpt", "status", "links", "verdict"))


def _link(there: ClaimFacts, scored: Scored, independent: bool, mirror: bool, shared: _Differences) -> ClaimLink:
    # Values coerced as validation would (bool, float; Scored.relation is a Relation): the same model and JSON.
    # Built, not validated: validating values already of their types was 0.2 CPU s of the stage
    # (tests/parity/test_speed_models.py).
    score = float(scored.score)
    differences = [shared.one(d, mirror) for d in scored.differences] if scored.differences else _EMPTY
    key = (there.id, there.excerpt, scored.relation, bool(scored.agrees), bool(independent), score, *map(id, differences))
    found = shared.links.get(key)
    if found is None:  # frozen, so one model serves every claim holding a link of these values
        found = shared.links[key] = _new_link({
            "event": there.id, "excerpt": there.excerpt, "relation": scored.relation, "agrees": bool(scored.agrees),
            "independent": bool(independent), "score": _SCORES.setdefault(score, score), "differences": differences})
    return found


def _claim(c: ClaimFacts, status: Status, links: list[ClaimLink], verdict: Verdict | None) -> Claim:
    return _new_claim({"event": c.id, "excerpt": c.excerpt, "status": status, "links": links or _EMPTY,
                       "verdict": verdict})


# Pairs scored per block of work (parity/forked.py): small enough that two processes finish together.
SCORE_BLOCK = 512
# Events from which a helper finds copied excerpts while the claims are made (~0.5 CPU s at 1,000 excerpts).
COPIES_MIN_EVENTS = 5_000

# A scored pair as it travels between processes: (relation value, score, agrees, differences as
# (attribute, here, there)); its outcome: (the pair's Scored packed or None, copied, echoed), None when skipped.
Packed = tuple[str, float, bool, tuple[tuple[str, str | None, str | None], ...]]
Outcome = tuple[Packed | Scored | None, bool, bool] | None


def _outcome(claims: list[ClaimFacts], index: Any, origins: Any, not_same: set[frozenset[str]], i: int, j: int,
             dependent: bool, pack: bool = True, copied: bool | None = None) -> Outcome:
    """One candidate pair scored: what the links and statuses need of it, as plain values (pack: the Scored
    too, for the trip from a helper; else the Scored itself). copied: origins.copied_sentence of the pair when
    read already (_copied_sentences), else read here."""
    a, b = claims[i], claims[j]
    if not_same and frozenset((a.id, b.id)) in not_same:
        return None
    if copied is None:
        copied = dependent and origins.copied_sentence(i, j, True)  # never a copied sentence across origins
    scored = score_pair(a, b, index, copied=copied, dependent=dependent)
    if scored is None:
        return (None, bool(copied), True) if copied and carried(a, b) else None
    if not pack:
        return scored, bool(copied), False
    return ((scored.relation.value, scored.score, scored.agrees,
             tuple((d.attribute, d.here, d.there) for d in scored.differences)), bool(copied), False)


class Pairs:
    """Candidate pairs (i, j) as two arrays of claim positions, read as (i, j) tuples: a tuple and two ints per
    pair were ~6 MB per 1,000 excerpts (97,000 pairs), held from the candidate search to the end of scoring."""

    __slots__ = ("firsts", "seconds")

    def __init__(self, pairs: Sequence[tuple[int, int]]) -> None:
        self.firsts = array("I", [i for i, _ in pairs])
        self.seconds = array("I", [j for _, j in pairs])

    def __len__(self) -> int:
        return len(self.firsts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.firsts, self.seconds, strict=True)

    def __getitem__(self, part: slice) -> list[tuple[int, int]]:
        return list(zip(self.firsts[part], self.seconds[part], strict=True))


def _score_block(claims: list[ClaimFacts], index: Any, origins: Any, not_same: set[frozenset[str]],
                 pairs: Pairs, dependents: bytearray, copied: bytearray | None, pack: bool, k: int) -> list[Outcome]:
    """The outcomes of the k-th block of SCORE_BLOCK pairs, in order (copied: each pair's copied sentence, read
    already, or None)."""
    block = slice(k * SCORE_BLOCK, (k + 1) * SCORE_BLOCK)
    if copied is None:
        return [_outcome(claims, index, origins, not_same, i, j, dependent == 1, pack)
                for (i, j), dependent in zip(pairs[block], dependents[block], strict=True)]
    return [_outcome(claims, index, origins, not_same, i, j, dependent == 1, pack, was == 1)
            for (i, j), dependent, was in zip(pairs[block], dependents[block], copied[block], strict=True)]


def _copied_sentences(origins: Any, pairs: Pairs, dependents: bytearray) -> bytearray:
    """origins.copied_sentence of each pair of one origin (1), 0 for the others: read before scoring, so the
    sentence shingles it reads go before the links are made (_build)."""
    copied = bytearray(len(pairs))
    firsts, seconds = pairs.firsts, pairs.seconds
    for k in compress(range(len(pairs)), dependents):
        copied[k] = origins.copied_sentence(firsts[k], seconds[k], True)
    return copied


def _unpack(packed: Packed, made: dict[tuple[str, str | None, str | None], Difference]) -> Scored:
    """A packed Scored as the model objects again (one Difference per distinct value, as _Differences keeps them)."""
    relation, score, agrees, differences = packed
    diffs = []
    for key in differences:
        found = made.get(key)
        if found is None:
            found = made[key] = Difference(attribute=key[0], here=key[1], there=key[2])
        diffs.append(found)
    return Scored(Relation(relation), score, tuple(diffs), agrees)


def _counterpart_key(a: ClaimFacts, b: ClaimFacts, scored: Scored) -> tuple[bool, bool, int, float, float]:
    """How well b stands for a among the events of b's sentence: one kind first, then not two known states' acts
    (session 19: "its own squadron left port" is not the other state's squadron "at sea"; a person, a body or an unknown
    doer may be either state's), then the words of their own both
    summaries hold besides titles ("dismissed Prime Minister X" is "had removed Mr X", not "swore in Y as interim prime
    minister"; session 17), then summaries worded alike, then the score."""
    return (a.kind == b.kind, not _two_states(a, b), len(a.own_core & b.own_core - title_stems()),
            fuzz.token_set_ratio(a.event.summary.casefold(), b.event.summary.casefold()), scored.score)


def _two_states(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two claims whose actors are two known states: each its own side's act (a person, a body or an unknown doer may
    still be either state's)."""
    states = state_names()
    return a.actor in states and b.actor in states and a.actor != b.actor


def _parts_of_one(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two events of one sentence that may both stand for one event elsewhere: one named person's two statements (parts
    of one speech, "Lavrov said ... and added ..."), or one actor's two acts of one kind; not a state's act told as a
    statement and its ministry's word on it ("Japan lodged a protest, the Foreign Ministry said")."""
    if a.kind != b.kind or not same_actor(a.actor, b.actor):
        return False
    return a.kind != "statement" or a.actor not in state_names()


def _verdict_for(event_id: str, verdicts: list[Verdict]) -> Verdict | None:
    for v in verdicts:
        if v.here == event_id:
            return v
    for v in verdicts:
        if v.there == event_id:
            return v
    return None


def excerpt_credits(timeline: Timeline, bodies: dict[str, str] | None = None) -> dict[str, str]:
    """Excerpt id -> the agency it is (outlet), reprints (outlet note) or credits (a line of its body)."""
    out = {}
    for rec in timeline.excerpts:
        body = (bodies or {}).get(rec.id, "")
        # Credits stand at the start (a dateline) or the end (a source line) of a story.
        ends = body if len(body) <= 2 * CREDIT_CHARS else f"{body[:CREDIT_CHARS]}\n{body[-CREDIT_CHARS:]}"
        name = lexicon.outlet_origin(rec.outlet) or lexicon.credited(ends)
        if name:
            out[rec.id] = name
    return out


# What parity reads of one excerpt alone: each event's event_facts, in the order of the events given.
# Made beside extraction, on every core (pipeline.parallel). Bodies are not shipped: held unshared
# until every chunk is in, their words raised the 10,000-excerpt peak past 1.5 GB; origins reads
# each body in the parity stage instead.
ExcerptPart = list[EventFacts]


# Texts the per-text caches may hold in a worker before they are emptied: a worker lives for the whole
# extraction stage, and full caches (up to 65,536 sentences each) were hundreds of megabytes per worker
# at 10,000 excerpts. A sentence is mostly looked up again within its own excerpt, but actors, summaries and
# stock phrases recur across a story's excerpts: emptied every 4,096 texts, a worker made them again (session 20:
# excerpt_part 1.78 -> 1.55 CPU s over one worker's 500 excerpts at 16,384, resident +16 MB per worker at most).
WORKER_CACHE_TEXTS = 16384


def excerpt_part(excerpt: Excerpt, events: Sequence[Event]) -> ExcerptPart:
    """Parity's per-excerpt work, a pure function of one excerpt and its extracted events."""
    when = written_on(excerpt.as_of, excerpt.published)
    part = [event_facts(ev, when) for ev in events]
    if lexicon.normal_tokens.cache_info().currsize > WORKER_CACHE_TEXTS:
        lexicon.clear_caches()
        claims_cache_clear()
    return part


@dataclass
class Prepared:
    """Excerpt parts joined to a record: facts in the record's event order (None where not made)."""

    facts: list[EventFacts | None] = field(default_factory=list)


class _Pool(dict):
    """One object per distinct value: pool[v] is the first object equal to v that it was given."""

    def __missing__(self, key: Any) -> Any:
        self[key] = key
        return key


_tuple_new = tuple.__new__


class Shared:
    """Parts arrive pickled chunk by chunk, each chunk with its own copies of every word, word tuple
    and speaker set; kept as they come they were 54 MB per 1,000 excerpts. Here each distinct string,
    tuple and set is kept once, as one process's caches shared them."""

    def __init__(self) -> None:
        self.strings = _Pool()
        self.values: dict[Any, Any] = {}

    def words(self, words: Any) -> Any:
        found = self.values.get(words)
        if found is None:
            found = self.values[words] = type(words)(map(self.strings.__getitem__, words))
        return found

    def facts(self, f: EventFacts) -> EventFacts:
        w = self.words
        # Positional (NamedTuple._replace is a Python loop over the fields): EventFacts' field order.
        (actor, sides, objects, place, count, counts, day, latest, words, core, own_core, speaker,
         quote_words, via, written, negated, denied, stanceless) = f
        # tuple.__new__, not EventFacts(...): the NamedTuple's __new__ is a Python call per event (an eighth of prepare).
        return _tuple_new(EventFacts, (actor, w(sides), w(objects), place, count, self.values.setdefault(counts, counts),
                                       day, latest, w(words), w(core), w(own_core), w(speaker), w(quote_words), via,
                                       written, negated, w(denied), stanceless))


class PooledPart(list):
    """An excerpt's part whose facts one run-wide Shared made as its chunk arrived (pipeline.transfer.unpack):
    prepare takes them as they are."""

    # Why: shared only in prepare, after the last chunk, every chunk's parts waited with their own copies of
    # each word: ~54 MB per 1,000 excerpts at the end of extraction (15 MB shared), the driver's peak there.
    __slots__ = ()


def prepare(timeline: Timeline, excerpts: Sequence[Excerpt], events: Sequence[Sequence[Event]],
            parts: Sequence[ExcerptPart | None]) -> Prepared:
    """Each excerpt's part (excerpt_part of it and its events, None where not made) joined to the record;
    a list of parts is emptied as it is read, so the parts and their shared copies are never all held at once."""
    # The record holds the very Event objects extraction made (build_timeline only sorts them), so
    # each is found by identity; an event not found (a copy) has its facts made again in claims_of.
    by_event: dict[int, EventFacts] = {}
    shared = Shared()
    if not len(parts) == len(excerpts) == len(events):
        raise ValueError(f"{len(parts)} parts for {len(excerpts)} excerpts and {len(events)} event lists")
    for k, evs in enumerate(events):
        part = parts[k]
        if isinstance(parts, list):
            parts[k] = None  # the chunk's copy goes as soon as its shared one is made
        if part is None:
            continue
        by_event.update(zip(map(id, evs), part if type(part) is PooledPart else map(shared.facts, part), strict=True))
    return Prepared(facts=[by_event.get(id(ev)) for ev in timeline.events])


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cycle collector off for a while, then back as it was.

    Why: parity makes hundreds of thousands of small acyclic objects (claims, links, token tuples);
    each 700 allocations wake the collector, which then walks the whole record held by the caller.
    Reference counting still frees everything; only cycles wait until the collector runs again."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _claims_and_pairs(timeline: Timeline, prepared: Prepared) -> tuple[list[ClaimFacts], Any, Pairs]:
    """The record's claims, their index (scoring's part of it) and the candidate pairs; prepared's facts handed over."""
    facts, prepared.facts = prepared.facts, []
    claims = claims_of(timeline, facts or None)
    del facts
    # The token cache is filled by texts read once (a sentence's tokens, keyed by the sentence): it
    # was the largest object of the scoring phase (tens of megabytes per 1,000 excerpts), and later
    # steps ask it for other texts (hits after this point were 1 in 8).
    lexicon.normal_tokens.cache_clear()
    index = build_index(claims, weighed=False)
    pairs = Pairs(candidate_pairs(claims, index))
    index.scoring_only()
    return claims, index, pairs


def build_parity(timeline: Timeline, verdicts: list[Verdict] | None = None,
                 bodies: dict[str, str] | None = None, prepared: Prepared | None = None,
                 workers: int | None = None, beside: Callable[[], Any] | None = None,
                 copies: Any = None) -> Parity:
    """Each claim of the record against the other sources' claims.

    bodies (excerpt id -> body text) lets origins read whole excerpts (credit lines, copied text);
    without them only outlets and the claims' evidence are read. prepared: the excerpts' parts made
    beside extraction (prepare), emptied as they are read;
    the record is the same with or without them. workers: processes that score pairs (None: one per
    core; forked only where the pairs pay for it), the same record for any number. beside: called once
    when this process alone works (its copies helper done, or at the start when it has none): where a
    caller starts work of its own in a helper (pipeline.run's files made from the timeline alone). copies: a
    started job whose result() is (True, body_copies of every body, sorted) or (False, None), in place of
    this stage's own forked helper (pipeline/copies_helper.py: where none may fork); waited for on every path.
    """
    with _gc_paused():
        return _build(timeline, list(verdicts or []), bodies, prepared or Prepared(), workers, beside, copies)


def _build(timeline: Timeline, verdicts: list[Verdict], bodies: dict[str, str] | None, prepared: Prepared,
           workers: int | None = None, beside: Callable[[], Any] | None = None, copies: Any = None) -> Parity:
    # Copied excerpts are read from the bodies alone (half of copy detection): with a second core, a forked
    # helper reads them while this process makes the claims, their index and the candidate pairs.
    names = origin_excerpts((ev.excerpt for ev in timeline.events), bodies)
    if copies is not None and (not bodies or names != sorted(bodies)):  # it read every body, and only those
        copies.result()
        copies = None
    copies_job = copies if copies is not None else start(partial(body_copies, names, bodies)) \
        if bodies and helpers_for(len(timeline.events), workers, COPIES_MIN_EVENTS) else None
    if copies_job is None and beside is not None:
        beside()
    try:
        claims, index, pairs = _claims_and_pairs(timeline, prepared)
    finally:  # the helper is waited for on every path
        done, found_copies = copies_job.result() if copies_job is not None else (False, None)
    if copies_job is not None and beside is not None:
        # The caller's helper starts now, not beside this one: three processes on two cores slowed this
        # process's claims (the stage's critical path), and its next steps (origins, weights) run alone.
        beside()
    ids = {c.id for c in claims}
    stale = [v for v in verdicts if v.here not in ids or (v.there is not None and v.there not in ids)]
    del ids  # (a set of every claim's id: ~16 MB at 10,000 excerpts, else held to the end of the stage)
    live = [v for v in verdicts if v not in stale]
    not_same = {frozenset((v.here, v.there)) for v in live if v.decision == Decision.not_same and v.there}
    origins = find_origins(claims, pairs, excerpt_credits(timeline, bodies), bodies, found_copies if done else None)
    lexicon.normal_tokens.cache_clear()
    # One byte per pair, not a list of bools (8 bytes a pair: ~1,000,000 pairs at 10,000 excerpts).
    dependents = bytearray(map(origins.dependent, pairs.firsts, pairs.seconds))
    # Copied passages tell only whether a candidate pair is of one origin, which dependents now holds (~35 MB at
    # 10,000 excerpts, held to the end of scoring).
    origins.passages = set()
    # Each pair is scored alone (a pure function of the pair and what is built above), so blocks of pairs
    # go to every core where there are enough of them; the links are then joined here in pair order.
    helpers = helpers_for(len(pairs), workers)
    copied: bytearray | None = None
    if helpers:
        # Only pairs of one origin read their sentences' shingles (copied_sentence, in the helpers): the others' go now.
        # (Picked out in C from the arrays: a generator over the pairs was a Python step per pair.)
        origins.keep_shingles(set(compress(pairs.firsts, dependents)).union(compress(pairs.seconds, dependents)))
    else:
        # One process (every run above parity.forked.FORK_LIMIT, i.e. 10,000 excerpts): the copied sentences are read
        # first and their shingles go before the word weights and the links are made. Held through scoring, they were
        # ~12% of the stage's own peak (tracemalloc, 1,000 generated excerpts: the end of scoring).
        copied = _copied_sentences(origins, pairs, dependents)
        origins.drop_sentences()
        lexicon.normal_tokens.cache_clear()
    weigh(index, claims)
    links: dict[int, list[Pending]] = defaultdict(list)
    echoed: set[int] = set()  # claims whose sentence a copy of one origin carries (status.derive_status)
    copied_links: list[tuple[float, int, int]] = []  # (score, i, j): one copied sentence told as one event (status.counterparts)
    # Pairs of one sentence copied (repeats.nearest_counterparts leaves them), each as i * len(claims) + j, i < j: an int,
    # not a tuple of two (~17 MB less at 10,000 excerpts).
    copied_both: set[int] = set()
    width = len(claims)
    block = partial(_score_block, claims, index, origins, not_same, pairs, dependents, copied, helpers > 0)
    outcomes = chain.from_iterable(run_blocks(block, -(-len(pairs) // SCORE_BLOCK), helpers))
    del block
    made_differences: dict[tuple[str, str | None, str | None], Difference] = {}
    for (i, j), dependent, outcome in zip(pairs, dependents, outcomes, strict=True):
        if outcome is None:
            continue
        packed, copied, echo = outcome
        if echo:
            echoed.update((i, j))
        if packed is None:
            continue
        scored = _unpack(packed, made_differences) if isinstance(packed, tuple) else packed
        links[i].append((j, scored, not dependent, False))
        links[j].append((i, scored, not dependent, True))
        if copied:
            copied_both.add(i * width + j)
        if copied and scored.relation == Relation.same_event and scored.agrees:
            copied_links.append((scored.score, i, j))

    # One claim's same_event links into one sentence of another excerpt keep the best one (its kind, its summary's words).
    same_event = Relation.same_event
    one_per_sentence(links, lambda link: link[1].relation is same_event,
                     sentence_groups([(c.excerpt, c.event.evidence.start, c.event.evidence.end) for c in claims]),
                     lambda i, link: _counterpart_key(claims[i], claims[link[0]], link[1]),
                     lambda j, k: _parts_of_one(claims[j], claims[k]), lambda link: not link[2])
    # One claim's same_event links into one excerpt keep the nearest day's (an excerpt telling acts of two days); a
    # copied sentence's counterpart stays, whatever day a spun copy resolved.
    nearest_counterparts([c.day for c in claims], links, lambda link: link[1].relation is same_event,
                         lambda j: claims[j].excerpt, lambda i, j: min(i, j) * width + max(i, j) in copied_both,
                         [day_edge(c.event.date.phrase) for c in claims])
    # What only scoring reads goes now, before the claims are built: at 10,000 excerpts it is
    # hundreds of megabytes (word weights, sentence shingles, the per-text caches).
    del index, pairs, dependents, copied, outcomes  # outcomes: its blocks hold the index (partial)
    origins.sentence_shingles.clear()
    lexicon.clear_caches()
    claims_cache_clear()
    relayed.clear_caches()
    groups = origins.groups()
    shared = _Differences()
    witnessed = through_copies(links, counterparts(copied_links, [c.excerpt for c in claims]))
    out: list[Claim] = []
    for i, c in enumerate(claims):
        # Each claim's pending links become models and go: the two forms are never whole at once.
        made = [(_link(claims[j], scored, independent, mirror, shared), claims[j])
                for j, scored, independent, mirror in links.pop(i, ())]
        made.sort(key=lambda lf: (lf[0].excerpt, lf[0].event))
        status = derive_status(c, made, i in echoed, witnessed.get(i), partial(origins.copy_sentences, i))
        out.append(_claim(c, status, [link for link, _ in made],
                          _verdict_for(c.id, live) if live else None))
    return Parity(claims=out, origins=groups, stale_verdicts=stale)
