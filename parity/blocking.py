"""Candidate pairs of claims from an inverted index: never all pairs, near-linear in the record.

Rules:
- Each claim is indexed under keys: its canonical actor and the states it speaks for, its
  objects (weapons, ships, systems, topics such as sanctions or talks), its place, its stances
  (class and target; a claim of sovereignty also by its class alone), and its content words; entity keys are indexed a second time together with
  the ISO week(s) of the claim's date (the date window), so a common entity stays useful in a
  large record when paired with a week.
- A key whose posting list is longer than `max_df` is skipped (it says nothing and would make
  the work quadratic); such keys never produce candidates.
- Candidates of a claim are claims of OTHER excerpts sharing at least one kept key, ranked by the
  summed idf of the keys they share; only the best `per_claim` are kept. A pair is a candidate
  when either claim keeps the other. Work is O(claims x keys x max_df).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from parity.claims import ClaimFacts
from parity.stance import SOVEREIGNTY

MAX_DF = 100  # a key in more claims than this is too common to block on
PER_CLAIM = 15  # candidates kept per claim
MAX_WEEKS = 6  # a date interval longer than this many weeks gets no week keys (too vague)

Key = tuple[str, ...]


@dataclass
class Index:
    """The inverted index: postings per key, and document frequencies of content words."""

    postings: dict[Key, list[int]]
    word_df: dict[str, int]
    n: int
    weights: list[dict[str, float]] = field(default_factory=list)  # per claim: word -> idf squared
    norms: list[float] = field(default_factory=list)  # per claim: length of its weight vector
    core_weights: list[dict[str, float]] = field(default_factory=list)  # the same for summary words
    core_norms: list[float] = field(default_factory=list)
    keys: list[list[Key]] = field(default_factory=list)  # per claim: keys_of(claim), computed once

    def scoring_only(self) -> None:
        """Drop what only the candidate search reads (each claim's keys, postings other than objects'):
        scoring reads the weights and how many claims name an object, nothing more."""
        self.keys = []
        self.postings = {k: v for k, v in self.postings.items() if k[0] == "object" and len(k) == 2}

    def idf(self, word: str) -> float:
        """Smoothed inverse document frequency of a content word over the claims."""
        return math.log(1 + (self.n + 1) / (self.word_df.get(word, 0) + 1))


def _weeks(claim: ClaimFacts) -> tuple[str, ...]:
    return () if claim.day is None else _weeks_of(*claim.day)


@lru_cache(maxsize=1 << 12)
def _weeks_of(start: date, end: date) -> tuple[str, ...]:
    """The ISO weeks an interval touches, in order (worked out once per interval: 23,000 claims, 2,700 days)."""
    if (end - start).days > MAX_WEEKS * 7:
        return ()
    weeks: list[str] = []
    for offset in range((end - start).days + 1):
        y, w, _ = (start + timedelta(days=offset)).isocalendar()
        if f"{y}-W{w:02d}" not in weeks:
            weeks.append(f"{y}-W{w:02d}")
    return tuple(weeks)


def keys_of(claim: ClaimFacts) -> list[Key]:
    """Every key a claim is indexed under, deterministic order."""
    entities: list[Key] = []
    if claim.actor:
        entities.append(("actor", claim.actor))
    entities += [("side", s) for s in claim.sides]
    entities += [("object", o) for o in claim.objects]
    if claim.place:
        entities.append(("place", claim.place))
    keys: list[Key] = list(entities)
    weeks = _weeks(claim)
    keys += [(*k, w) for k in entities for w in weeks]
    keys += [("stance", s.stance, s.target) for s in claim.stances]
    # Claims of sovereignty over a place meet whatever owner they name: two sides' opposing claims are the link.
    keys += [("stance", SOVEREIGNTY) for s in claim.stances if s.stance == SOVEREIGNTY]
    keys += [("word", w) for w in claim.words]
    return list(dict.fromkeys(keys))


def build_index(claims: list[ClaimFacts], weighed: bool = True) -> Index:
    """Postings of every key over the claims (by claim position), and word frequencies;
    weighed=False leaves the scoring weights to `weigh` (the pipeline makes them after copy detection)."""
    postings: dict[Key, list[int]] = defaultdict(list)
    word_df: dict[str, int] = defaultdict(int)
    # One instance per distinct key: claims repeat the same few keys (an actor, a week, a weapon), and
    # a tuple per claim per key was ~100 MB at 10,000 excerpts, held while the candidates are searched.
    canon: dict[Key, Key] = {}
    keys = [[canon.setdefault(k, k) for k in keys_of(c)] for c in claims]
    for i, c in enumerate(claims):
        for k in keys[i]:
            postings[k].append(i)
        for w in c.words:
            word_df[w] += 1
    index = Index(dict(postings), dict(word_df), len(claims), keys=keys)
    if weighed:
        weigh(index, claims)
    return index


def weigh(index: Index, claims: list[ClaimFacts]) -> None:
    """Each claim's word weights and norms, for scoring."""
    # Why apart: the weights are a third of the index (~100 MB at 10,000 excerpts) and only scoring
    # reads them; made after copy detection, they are never held beside its body shingles.
    # Weights are computed once per claim so scoring a pair is one pass over the shorter claim.
    idf = {w: index.idf(w) ** 2 for w in index.word_df}
    # A statement's speaker words count in its norm but are left out of its weights, so they are
    # never shared content (claims.ClaimFacts.speaker).
    index.norms = [math.sqrt(sum(map(idf.__getitem__, c.words))) for c in claims]  # summed in C, in the same order
    index.core_norms = [math.sqrt(sum(idf[w] for w in c.core if w in idf)) for c in claims]
    # One dict per distinct (words, speaker): the events of one sentence share its words, so about half the claims
    # had a copy of another's weights (~70 MB at 10,000 excerpts, held through scoring, which never changes them).
    keys = [(c.words, c.speaker) for c in claims]
    made: dict[tuple[tuple[str, ...], frozenset[str]], Any] = dict.fromkeys(keys)
    for words, speaker in made:
        made[words, speaker] = {w: idf[w] for w in words if w not in speaker}
    index.weights = list(map(made.__getitem__, keys))
    keys = [(c.core, c.speaker) for c in claims]
    made = dict.fromkeys(keys)
    for core, speaker in made:
        made[core, speaker] = {w: idf[w] for w in core if w in idf and w not in speaker}
    index.core_weights = list(map(made.__getitem__, keys))


def candidate_pairs(claims: list[ClaimFacts], index: Index, max_df: int = MAX_DF,
                    per_claim: int = PER_CLAIM) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of claims from different excerpts worth scoring, sorted."""
    n = max(index.n, 1)
    excerpts = [c.excerpt for c in claims]
    pairs: set[tuple[int, int]] = set()
    # Each usable key's postings and weight, worked out once (not once per claim holding it).
    usable = {k: (post, math.log(1 + n / len(post))) for k, post in index.postings.items() if 2 <= len(post) <= max_df}
    for i, c in enumerate(claims):
        scores: dict[int, float] = defaultdict(float)
        mine = excerpts[i]
        for k in index.keys[i] if len(index.keys) == len(claims) else keys_of(c):
            found_key = usable.get(k)
            if found_key is None:
                continue
            post, weight = found_key
            for j in post:  # the claim's own excerpt too, dropped below: one test per candidate, not per posting
                scores[j] += weight
        found = [j for j in scores if excerpts[j] != mine]
        if len(found) > per_claim:  # ranked only when there are more than it keeps (most claims have a few)
            # Best score first, ties by position: the position sort, then a stable sort on the score alone.
            found = sorted(sorted(found), key=scores.__getitem__, reverse=True)[:per_claim]
        for j in found:
            pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)
