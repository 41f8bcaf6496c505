"""Shared origins: which claims are one witness, from explicit attributions and near-duplicate text.

Rules:
- Attribution: claims whose `via` names the same source after canonicalisation
  (parity/data/agencies.toml: "state news agency Itar-Tass" and "TASS" are one) share that origin,
  and so does a claim relayed "via" an agency with any claim of an excerpt published BY that agency.
- Near-duplicate evidence: two claims whose evidence sentences, outside quotation marks, have word
  3-shingle Jaccard >= PASSAGE_JACCARD after spin normalisation (state synonyms, aliases.toml;
  word swaps, words.toml [spin]) are one passage copied. Quoted words are left out because
  independent reporters quote the same remark verbatim; a sentence with fewer than MIN_TOKENS
  words outside quotes is compared whole.
- Copies: two excerpts with at least COPY_MIN copied passages, covering at least COPY_SHARE of the
  smaller excerpt's claims, are one story reprinted or spun: every pair of their claims shares
  an origin. Copy groups are closed transitively (union-find over excerpts).
- A link is independent when its two claims share no origin by these rules. Only candidate
  pairs (parity/blocking.py) are compared, so this stays near-linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from parity import lexicon
from parity.claims import ClaimFacts
from parity.models import Origin

SHINGLE = 3
PASSAGE_JACCARD = 0.5
MIN_TOKENS = 6
COPY_MIN = 2
COPY_SHARE = 0.5
QUOTED_RE = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")


@cache
def _spin_words() -> dict[str, str]:
    return dict(lexicon.load("words")["spin"])


def shingles(text: str, drop_quotes: bool = True) -> frozenset[tuple[str, ...]]:
    """Word 3-shingles of text after spin normalisation; quoted words dropped unless too few remain."""
    spin = _spin_words()

    def tokens(t: str) -> list[str]:
        return [spin.get(w.casefold(), w.casefold()) for w in lexicon.WORD_RE.findall(lexicon.spin_normalise(t))]

    words = tokens(QUOTED_RE.sub(" ", text)) if drop_quotes else []
    if len(words) < MIN_TOKENS:
        words = tokens(text)
    if len(words) < SHINGLE:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id becomes the root, so groups are the same whatever the order of calls.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class OriginMap:
    """Shared origins found over the claims: attributions, copied passages, copied excerpts."""

    claims: list[ClaimFacts]
    passages: set[tuple[int, int]] = field(default_factory=set)  # (i, j) claim positions, i < j
    copy_root: dict[str, str] = field(default_factory=dict)  # excerpt -> its copy group's root

    def dependent(self, i: int, j: int) -> bool:
        """True when claims i and j share an origin (one witness)."""
        a, b = self.claims[i], self.claims[j]
        if a.via and (a.via == b.via or a.via == b.outlet):
            return True
        if b.via and b.via == a.outlet:
            return True
        if (min(i, j), max(i, j)) in self.passages:
            return True
        ra, rb = self.copy_root.get(a.excerpt), self.copy_root.get(b.excerpt)
        return ra is not None and ra == rb

    def groups(self) -> list[Origin]:
        """Origin groups to show: one per attribution, one per group of copied excerpts."""
        out: list[Origin] = []
        by_via: dict[str, list[ClaimFacts]] = defaultdict(list)
        for c in self.claims:
            if c.via:
                by_via[c.via].append(c)
        for name in sorted(by_via):
            members = by_via[name]
            out.append(Origin(name=name, events=[c.id for c in members],
                              excerpts=sorted({c.excerpt for c in members}),
                              basis="attribution: " + "; ".join(sorted({c.event.via or "" for c in members}))))
        copies: dict[str, list[str]] = defaultdict(list)
        for excerpt, root in sorted(self.copy_root.items()):
            copies[root].append(excerpt)
        copied_events = {self.claims[k].id for pair in self.passages for k in pair}
        for root in sorted(copies):
            members = copies[root]
            events = [c.id for c in self.claims if c.excerpt in members and c.id in copied_events]
            out.append(Origin(name=f"copied text: {', '.join(members)}", events=events, excerpts=members,
                              basis=f"near-duplicate text (word {SHINGLE}-shingles, Jaccard >= {PASSAGE_JACCARD}, "
                                    "spin synonyms normalised)"))
        return out


def find_origins(claims: list[ClaimFacts], pairs: list[tuple[int, int]]) -> OriginMap:
    """Copied passages among candidate pairs, and the excerpts that copy one another."""
    cache_: dict[int, frozenset[tuple[str, ...]]] = {}

    def sh(k: int) -> frozenset[tuple[str, ...]]:
        if k not in cache_:
            cache_[k] = shingles(claims[k].event.evidence.exact)
        return cache_[k]

    passages = {(i, j) for i, j in pairs if jaccard(sh(i), sh(j)) >= PASSAGE_JACCARD}
    per_excerpt: dict[str, int] = defaultdict(int)
    for c in claims:
        per_excerpt[c.excerpt] += 1
    shared: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, j in passages:
        key = tuple(sorted((claims[i].excerpt, claims[j].excerpt)))
        shared[(key[0], key[1])].update((i, j))
    uf = _UnionFind()
    for (ea, eb), members in sorted(shared.items()):
        in_a = sum(1 for k in members if claims[k].excerpt == ea)
        in_b = sum(1 for k in members if claims[k].excerpt == eb)
        copied = min(in_a, in_b)
        if copied >= COPY_MIN and copied >= COPY_SHARE * min(per_excerpt[ea], per_excerpt[eb]):
            uf.union(ea, eb)
    roots = {e: uf.find(e) for e in sorted(uf.parent)}
    return OriginMap(claims=claims, passages=passages, copy_root=roots)
