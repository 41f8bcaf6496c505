"""Shared origins: which claims are one witness, from explicit attributions and near-duplicate text.

Rules:
- Excerpt credit: an excerpt published by an agency, or reprinting one ("Sputnik International
  (reprinting TASS)"), or whose body credits one ("Source: Reuters", "(AP) -"), is that agency's
  story (patterns in parity/data/agencies.toml [credit]); excerpts with one credit share an origin.
- Attribution: claims relayed "via" one news agency (canonical names: agencies.toml, so "state news
  agency Itar-Tass" and "TASS" are one) share that origin, and so does such a claim with every claim
  of an excerpt credited to that agency. A "via" that is no agency (a ministry transcript) is the
  speaker's channel, not a shared witness, and is shown but not used for independence.
- Copies: two excerpts whose bodies (or, without bodies, whose claims' evidence) share word
  3-shingles with containment >= COPY_CONTAINMENT, after spin normalisation (state synonyms,
  aliases.toml; word swaps, words.toml [spin]) and with quoted words left out (independent
  reporters quote one remark verbatim), are one story reprinted or machine-spun. Shingles found in
  more than SHINGLE_MAX_DF excerpts (boilerplate, stock phrases) are left out of the shared count
  and of the size alike, so the work stays near-linear.
- Copied passage: two claims whose evidence sentences, outside quotes, share at least
  PASSAGE_MIN_SHARED shingles with Jaccard >= PASSAGE_JACCARD are one passage copied (checked on
  candidate pairs only).
- Shingles made only of stopwords, the reporting frame and stock crisis phrasing (words.toml
  [generic]: "urged both sides to exercise restraint") are left out: independent outlets share them.
- Excerpt groups are closed transitively (union-find); a link is independent when its two claims
  share no origin by these rules.
- Copied sentence: two claims of one origin whose sentences share at least PASSAGE_MIN_SHARED
  shingles with Jaccard >= COPIED_SENTENCE_JACCARD (spinning changes many words) are one
  sentence copied: scoring takes them as one event (parity/score.py). Evidence too short to tell in
  both claims (a clause "a U.S. Army spokesman said.") is read in its whole sentences, from the bodies.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import and_, not_
from typing import NamedTuple

from rapidfuzz.distance import LCSseq

from excerpt.sentences import sentence_spans
from parity import lexicon
from parity.claims import ClaimFacts
from parity.models import Origin

SHINGLE = 3
ORDER_CACHE = 4096  # sentences whose word ids the heavy-spin sentence check keeps at once
# Copies' bodies whose sentences copy_sentences keeps read at once, the least recently read let go first (each ~150 KB of
# sentences, shingles and postings): all held for the whole status pass they were ~520 MB at 10,000 generated excerpts,
# the parity stage's peak (session 26). Claims' own sentences read for it, likewise at most OWN_SENTENCES_HELD.
COPY_BODIES_HELD = 256
OWN_SENTENCES_HELD = 4096
# The near-duplicate thresholds are data (parity/data/origins.toml, with the margins measured on the dev corpora).
_DATA = lexicon.load("origins")
_EXCERPTS, _SENTENCES = _DATA["excerpts"], _DATA["sentences"]
PASSAGE_JACCARD: float = _SENTENCES["passage_jaccard"]
COPIED_SENTENCE_JACCARD: float = _SENTENCES["copied_jaccard"]  # one sentence copied, between claims of one origin
COPIED_SENTENCE_ORDER: float = _SENTENCES["copied_order"]  # or this share of its words in order: heavily spun
COPY_GROUP_MAX: int = _SENTENCES["copy_group_max"]  # the largest group whose copies copy_sentences reads
SPUN_PLACE: float = _SENTENCES["spun_place"]  # a spun sentence and its source at most this share of their stories apart
PASSAGE_MIN_SHARED: int = _SENTENCES["passage_min_shared"]  # a copied passage's specific shingles (a long run)
COPY_CONTAINMENT: float = _EXCERPTS["containment"]  # share of the smaller excerpt's shingles found in the other
COPY_MIN_SHARED: int = _EXCERPTS["min_shared"]  # fewer shared shingles than this is never a copy
COPY_NEAR: float = _EXCERPTS["near"]  # a pair sharing this much is checked for heavy spin (word order kept)
COPY_ORDER: float = _EXCERPTS["order"]  # share of the shorter text's words in one common subsequence: heavy spin
COPY_LENGTH_RATIO: float = _EXCERPTS["length_ratio"]  # heavy spin keeps the length
NEAR_CHECKS: int = _EXCERPTS["near_checks"]  # heavy-spin candidates checked per excerpt, best first
SHINGLE_MAX_DF: int = _EXCERPTS["shingle_max_df"]
MIN_TOKENS: int = _EXCERPTS["min_tokens"]
PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")  # a body's paragraphs: lines up to a blank line
QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»")

Shingles = frozenset[int]  # hashes of word 3-grams (set equality only: the hash seed does not matter)
Copy = tuple[str, str, float, int]  # two copied excerpts (a < b), the share of the smaller's shingles found in the other, and how many


def shingles(text: str, drop_quotes: bool = True, cached: bool = True) -> Shingles:
    """Word 3-shingles of text after spin normalisation; quoted words dropped unless too few remain.

    cached=False for whole bodies: each is read once, and the token cache would keep it alive."""
    return _shingled(_words(text, drop_quotes, cached))


def shingles_and_order(text: str, vocab: dict[str, int]) -> tuple[Shingles, array[int]]:
    """A whole body's shingles and its word sequence, as ids from vocab (grown as words come), for the
    heavy-spin order check: exact ids, not hashes, so no collision can make the output vary by hash seed."""
    words = _words(text, True, False)
    # Ids in order of first appearance, as one setdefault per word gave them, made in C.
    new = [w for w in dict.fromkeys(words) if w not in vocab]
    vocab.update(zip(new, range(len(vocab), len(vocab) + len(new)), strict=True))
    return _shingled(words), array("I", map(vocab.__getitem__, words))


def _words(text: str, drop_quotes: bool, cached: bool) -> tuple[str, ...]:
    tokens = lexicon.normal_tokens if cached else lexicon.normal_tokens_uncached
    words = tokens(QUOTED_RE.sub(" ", text), False) if drop_quotes else ()
    if len(words) < MIN_TOKENS:
        words = tokens(text, False)
    return words


def _shingled(words: tuple[str, ...]) -> Shingles:
    if len(words) < SHINGLE:
        return frozenset({hash(words)}) if words else frozenset()
    # A run made only of stock words ("urged both sides to", "said in a statement") is phrasing
    # every outlet shares, not copied text: left out. (SHINGLE is 3: the zips read 3 words.)
    # Every step is a map in C: this runs over every word of every body (half of copy detection's time
    # as a generator expression).
    stock = list(map(lexicon.generic_words().__contains__, words))
    grams = zip(words, words[1:], words[2:], strict=False)  # shorter slices end the zip: len - 2 grams
    all_stock = map(and_, map(and_, stock, stock[1:]), stock[2:])
    return frozenset(map(hash, compress(grams, map(not_, all_stock))))


def in_order(a: array[int], b: array[int]) -> float:
    """Share of the shorter word sequence found, in order, in the other (longest common subsequence)."""
    shorter = min(len(a), len(b))
    return LCSseq.similarity(a, b) / shorter if shorter else 0.0


def sentence_order(text: str, vocab: dict[str, int]) -> array[int]:
    """A sentence's words (quotes left out, as for its shingles) as ids from vocab, grown as words come."""
    return array("I", [vocab.setdefault(w, len(vocab)) for w in _words(text, True, True)])


def keeps_order(a: array[int], b: array[int]) -> bool:
    """Two sentences' words (sentence_order) are one sentence spun: of like length, at least MIN_TOKENS, and
    COPIED_SENTENCE_ORDER of the shorter's words in order in the other."""
    shorter, longer = sorted((len(a), len(b)))
    return shorter >= MIN_TOKENS and shorter >= COPY_LENGTH_RATIO * longer and in_order(a, b) >= COPIED_SENTENCE_ORDER


def jaccard(a: Shingles, b: Shingles) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _similar(a: Shingles, b: Shingles, least: float) -> bool:
    """At least PASSAGE_MIN_SHARED shared shingles and jaccard(a, b) >= least, one intersection computed."""
    shared = len(a & b)
    # |a | b| = |a| + |b| - |a & b|: the same integers jaccard divides, so the same float.
    return shared >= PASSAGE_MIN_SHARED and shared / (len(a) + len(b) - shared) >= least


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


def copied_excerpts(texts: dict[str, Shingles]) -> list[Copy]:
    """Excerpt pairs whose texts are copies: (a, b, containment, shingles shared), a < b, sorted."""
    return _copies(sorted(texts), texts.__getitem__)


def _copies(names: list[str], shingles_of: Callable[[str], Shingles],
            order_of: Callable[[str], array[int]] | None = None) -> list[Copy]:
    """copied_excerpts over names in sorted order, each text's shingles made when first needed;
    with order_of (a text's word sequence), heavily spun copies are checked too."""
    # Document frequency first (counted in C), so postings are kept only for shingles that can be
    # shared: most shingles are in one excerpt, and a list for each would dominate memory. Each
    # text's shingles are then kept as an array of 8-byte hashes, not a set of int objects
    # (a tenth of the memory: hundreds of megabytes at 10,000 excerpts).
    df: Counter[int] = Counter()
    texts: list[array[int]] = []
    for name in names:
        text = shingles_of(name)
        df.update(text)
        texts.append(array("q", text))
    shareable = {s for s, n in df.items() if 2 <= n <= SHINGLE_MAX_DF}
    common = {s for s, n in df.items() if n > SHINGLE_MAX_DF}
    del df
    out = []
    postings: dict[int, list[int]] = defaultdict(list)
    kept: list[int] = []
    for k, text in enumerate(texts):
        # Containment counts only shingles rare enough to index: text common to many excerpts
        # (boilerplate, stock phrases) is left out of both the shared count and the size.
        kept.append(len(text) - len(common.intersection(text)) if common else len(text))
        mine = shareable.intersection(text)
        # Each pair is counted once, when its later excerpt comes: the postings hold earlier ones only.
        # One small counter per excerpt, not one of every pair (copy detection's largest object).
        shared = Counter(chain.from_iterable(map(postings.__getitem__, mine)))
        for s in mine:
            postings[s].append(k)
        near = []
        # Only excerpts sharing COPY_MIN_SHARED shingles or more can be copies: picked out in C, in the same order
        # (most excerpts share a few stock shingles with many others).
        enough = compress(shared.items(), map(COPY_MIN_SHARED.__le__, shared.values()))
        for a, n in enough:
            smaller = min(kept[a], kept[k])
            if not smaller:
                continue
            if n / smaller >= COPY_CONTAINMENT:
                out.append((a, k, round(n / smaller, 2), n))
            elif n / smaller >= COPY_NEAR and smaller >= COPY_LENGTH_RATIO * max(kept[a], kept[k]):
                near.append((-n / smaller, a, n))
        if order_of is not None and near:
            for neg, a, n in sorted(near)[:NEAR_CHECKS]:
                if in_order(order_of(names[a]), order_of(names[k])) >= COPY_ORDER:
                    out.append((a, k, round(-neg, 2), n))
    out.sort()
    return [(names[a], names[b], c, n) for a, b, c, n in out]


class _Sentence(NamedTuple):
    """One sentence read for copy_sentences: where it starts in its body (a share of its length), its text, shingles
    and word ids."""

    share: float
    text: str
    shingles: Shingles
    order: array[int]


@dataclass
class OriginMap:
    """Shared origins found over the claims: credits, attributions, copies, copied passages."""

    claims: list[ClaimFacts]
    credit: dict[str, str] = field(default_factory=dict)  # excerpt -> agency it is credited to
    passages: set[tuple[int, int]] = field(default_factory=set)  # (i, j) claim positions, i < j
    group: dict[str, str] = field(default_factory=dict)  # excerpt -> its group's root
    copies: list[Copy] = field(default_factory=list)
    sentence_shingles: dict[int, Shingles] = field(default_factory=dict)  # claim position -> its evidence's
    lengths: dict[str, int] = field(default_factory=dict)  # excerpt -> its body's length (else its claims' extent)
    _orders: dict[str, array[int]] = field(default_factory=dict, repr=False)  # _order_of's sentences
    _vocab: dict[str, int] = field(default_factory=dict, repr=False)
    _via_cache: list[str | None] = field(default_factory=list, repr=False)
    bodies: dict[str, str] = field(default_factory=dict, repr=False)  # the bodies find_origins read (not copied)
    _whole: dict[int, Shingles] = field(default_factory=dict, repr=False)  # claim position -> its whole sentences'
    # copy_sentences': group root -> its excerpts, a body's sentences and their postings, the
    # claims' own sentences, and one vocabulary for their word ids (exact ids: no hash seed can change an answer).
    _members: dict[str, list[str]] | None = field(default=None, repr=False)
    _body_sentences: dict[str, tuple[list[_Sentence], dict[int, list[int]]]] = field(default_factory=dict, repr=False)
    _own_sentences: dict[str, _Sentence] = field(default_factory=dict, repr=False)
    # excerpt -> (paragraph start, end) -> its sentence spans: a long paragraph of many claims is split once
    _para_spans: dict[str, dict[tuple[int, int], tuple[list, list[int]]]] = field(default_factory=dict, repr=False)
    _copy_vocab: dict[str, int] = field(default_factory=dict, repr=False)

    def copied_sentence(self, i: int, j: int, dependent: bool | None = None) -> bool:
        """Claims i and j share an origin and their sentences are one sentence copied (spun or not):
        the copy reports the same event, whatever date or wording it lost on the way. dependent:
        self.dependent(i, j) when the caller has it already. Evidence too short to tell (a clause such as "a U.S.
        Army spokesman said.", fewer than PASSAGE_MIN_SHARED shingles in both) is read in its whole sentences."""
        if not (self.dependent(i, j) if dependent is None else dependent):
            return False
        # Two lookups, not a generator over (i, j): this runs for every pair of one origin.
        got = self.sentence_shingles.get
        a = got(i) or shingles(self.claims[i].event.evidence.exact)
        b = got(j) or shingles(self.claims[j].event.evidence.exact)
        if _similar(a, b, COPIED_SENTENCE_JACCARD) or self._spun_sentence(i, j):
            return True
        if max(len(a), len(b)) >= PASSAGE_MIN_SHARED or not self.bodies:
            return False
        return _similar(self._whole_sentence(i), self._whole_sentence(j), COPIED_SENTENCE_JACCARD)

    def _whole_sentence(self, k: int) -> Shingles:
        """The shingles of the whole sentences claim k's evidence lies in (remembered per claim)."""
        found = self._whole.get(k)
        if found is None:
            ev, body = self.claims[k].event.evidence, self.bodies.get(self.claims[k].excerpt)
            found = self._whole[k] = shingles(_sentence_of(body, ev.start, ev.end) if body else ev.exact)
        return found

    def copy_sentences(self, k: int) -> Iterator[tuple[str, bool, str]]:
        """The sentences of the bodies of claim k's copies (the other excerpts of its group: a credit or a copy) that
        are its whole sentence copied, each with True when it keeps its word order (heavily spun) and the claim's own
        whole sentence (session 28: a claim told in one clause is compared with the copy by its sentence), as found:
        read where no claim of a copy was linked to it (extraction read nothing in a spun sentence), so the copy's
        text still tells that one witness carries it. Nothing without bodies or copies."""
        c = self.claims[k]
        body = self.bodies.get(c.excerpt)
        root = self.group.get(c.excerpt)
        if not body or root is None:
            return
        if self._members is None:
            members: dict[str, list[str]] = defaultdict(list)
            for e, r in sorted(self.group.items()):
                members[r].append(e)
            self._members = dict(members)
        group = self._members.get(root, ())
        if len(group) > COPY_GROUP_MAX:
            return
        others = [e for e in group if e != c.excerpt and self.bodies.get(e)]
        if not others:
            return  # no copy to read: the claim's own sentence is not split for nothing (one long body, many claims)
        ev = c.event.evidence
        if body[ev.start:ev.end] != ev.exact:
            return  # evidence read from another text than this body (a hand-made record): its place here is unknown
        if len(self._own_sentences) >= OWN_SENTENCES_HELD:
            self._own_sentences.clear()  # made again alike when asked (word ids are kept: ids compare across sentences)
            self._para_spans.clear()
        mine = self._claim_sentence(body, ev.start, ev.end, self._para_spans.setdefault(c.excerpt, {}))
        place = ev.start / max(1, len(body))
        for e in others:
            sentences, postings = self._sentences_of(e)
            shared = Counter(chain.from_iterable(postings.get(h, ()) for h in mine.shingles))
            # Candidates share PASSAGE_MIN_SHARED shingles at least (_similar's first test), counted from the postings.
            for n in sorted(n for n, count in shared.items() if count >= PASSAGE_MIN_SHARED):
                if _similar(mine.shingles, sentences[n].shingles, COPIED_SENTENCE_JACCARD):
                    yield sentences[n].text, keeps_order(mine.order, sentences[n].order), mine.text
            for sent in sentences:
                if abs(sent.share - place) <= SPUN_PLACE and keeps_order(mine.order, sent.order):
                    yield sent.text, True, mine.text

    def _claim_sentence(self, body: str, start: int, end: int, paragraphs: dict) -> _Sentence:
        """The whole sentence of a claim's evidence, read as a copy's are (remembered: a sentence holds several claims)."""
        text = _sentence_of(body, start, end, paragraphs)
        found = self._own_sentences.get(text)
        if found is None:
            found = self._own_sentences[text] = self._read_sentence(0.0, text)
        return found

    def _read_sentence(self, share: float, text: str) -> _Sentence:
        words = _words(text, True, False)
        new = [w for w in dict.fromkeys(words) if w not in self._copy_vocab]
        self._copy_vocab.update(zip(new, range(len(self._copy_vocab), len(self._copy_vocab) + len(new)), strict=True))
        return _Sentence(share, text, _shingled(words), array("I", map(self._copy_vocab.__getitem__, words)))

    def _sentences_of(self, excerpt: str) -> tuple[list[_Sentence], dict[int, list[int]]]:
        """A body's sentences (where each starts as a share of the body's length, its shingles and word ids) and
        which hold each shingle, remembered per excerpt (COPY_BODIES_HELD at most, read again alike when let go): a copy
        is read for each of its group's claims no link reaches."""
        # Taken out and put back last, so the least recently read body is the first in the dict, and the first to go.
        found = self._body_sentences.pop(excerpt, None)
        if found is None:
            if len(self._body_sentences) >= COPY_BODIES_HELD:
                del self._body_sentences[next(iter(self._body_sentences))]
            body, sentences = self.bodies[excerpt], []
            for para in PARAGRAPH_RE.finditer(body):
                sentences += [self._read_sentence(sp.start / max(1, len(body)), body[sp.start:sp.end])
                              for sp in sentence_spans(body, para.start(), para.end())]
            postings: dict[int, list[int]] = defaultdict(list)
            for n, sent in enumerate(sentences):
                for h in sent.shingles:
                    postings[h].append(n)
            found = (sentences, dict(postings))
        self._body_sentences[excerpt] = found
        return found

    def _spun_sentence(self, i: int, j: int) -> bool:
        """The two claims' excerpts are one story (credit or copy) and their sentences keep one word order
        (in_order >= COPIED_SENTENCE_ORDER), of like length. Not for two stories relaying one agency: two
        short reports of one fact keep one order too ("Kim inspected a factory on Friday, KCNA said")."""
        ca, cb = self.claims[i], self.claims[j]
        ga = self.group.get(ca.excerpt)
        if ga is None or ga != self.group.get(cb.excerpt):
            return False
        if abs(self._place_in_story(ca) - self._place_in_story(cb)) > SPUN_PLACE:
            return False  # a copy keeps its source's order of sentences: far apart in the two stories, no copy
        ta, tb = ca.event.evidence.exact, cb.event.evidence.exact
        if len(self._orders) >= ORDER_CACHE:
            # All go with their vocabulary, before the pair (ids are compared only within one pair), so the
            # stage's peak memory does not grow with the record.
            self._orders.clear()
            self._vocab.clear()
        return keeps_order(self._order_of(ta), self._order_of(tb))

    def _place_in_story(self, c: ClaimFacts) -> float:
        """Where a claim's sentence starts in its excerpt, as a share of the excerpt's length."""
        return c.event.evidence.start / max(1, self.lengths.get(c.excerpt, 0))

    def _order_of(self, text: str) -> array[int]:
        """A sentence's word ids (sentence_order), remembered for the next pairs: a sentence is checked against
        each of its candidates (at most ORDER_CACHE sentences held)."""
        found = self._orders.get(text)
        if found is None:
            found = self._orders[text] = sentence_order(text, self._vocab)
        return found

    def keep_shingles(self, positions: set[int]) -> None:
        """Keep the sentence shingles of these claims only (copied_sentence makes any other again)."""
        self.sentence_shingles = {k: v for k, v in self.sentence_shingles.items() if k in positions}

    def drop_sentences(self) -> None:
        """Let go of what copied_sentence remembers of the claims' sentences (it makes any of it again when asked)."""
        self.sentence_shingles = {}
        self._whole = {}
        self._orders.clear()
        self._vocab.clear()

    def _agency_via(self, c: ClaimFacts) -> str | None:
        return c.via if c.via and lexicon.is_agency(c.via) else None

    def _vias(self) -> list[str | None]:
        # Each claim's agency (or None), read once: dependent() is asked for every candidate pair.
        if len(self._via_cache) != len(self.claims):
            self._via_cache[:] = [self._agency_via(c) for c in self.claims]
        return self._via_cache

    def dependent(self, i: int, j: int) -> bool:
        """True when claims i and j share an origin (one witness)."""
        a, b = self.claims[i], self.claims[j]
        vias = self._vias()
        va, vb = vias[i], vias[j]
        if va and (va == vb or va == self.credit.get(b.excerpt)):
            return True
        if vb and vb == self.credit.get(a.excerpt):
            return True
        if (min(i, j), max(i, j)) in self.passages:
            return True
        ra, rb = self.group.get(a.excerpt), self.group.get(b.excerpt)
        return ra is not None and ra == rb

    def excerpt_groups(self) -> dict[str, list[str]]:
        """Excerpts that are one witness (credit or copy), by group name; groups of one included."""
        members: dict[str, list[str]] = defaultdict(list)
        for eid, root in sorted(self.group.items()):
            members[root].append(eid)
        out: dict[str, list[str]] = {}
        for root in sorted(members):
            names = sorted({self.credit[e] for e in members[root] if e in self.credit})
            out[" / ".join(names) if names else f"copied text: {', '.join(members[root])}"] = members[root]
        return out

    def groups(self) -> list[Origin]:
        """Origin groups to show: excerpt groups (credit, copies), then each attribution of claims."""
        out: list[Origin] = []
        # Every copied pair of a group is shown, with how much text the two share: the share of the shorter one's
        # three-word runs (stock phrases left out) and how many (a copy shares a paragraph, origins.toml min_shared).
        copied: dict[str, set[str]] = defaultdict(set)  # group root -> its copied pairs, told
        for a, b, *rest in self.copies:
            copied[self.group.get(a, a)].add(f"near-duplicate text {a}~{b}: {_shared_words(rest)}")
        by_excerpt: dict[str, list[str]] = defaultdict(list)
        for c in self.claims:
            by_excerpt[c.excerpt].append(c.id)
        for name, excerpts in self.excerpt_groups().items():
            if len(excerpts) < 2 and not any(e in self.credit for e in excerpts):
                continue  # an uncredited excerpt alone is no shared origin
            events = [eid for e in excerpts for eid in by_excerpt.get(e, [])]
            basis = []
            for e in excerpts:
                if e in self.credit:
                    basis.append(f"{e} credited to {self.credit[e]}")
            basis += sorted(copied.get(self.group.get(excerpts[0], excerpts[0]), ()))
            out.append(Origin(name=name, events=events, excerpts=excerpts, basis="; ".join(basis)))
        by_via: dict[str, list[ClaimFacts]] = defaultdict(list)
        for c in self.claims:
            if c.via:
                by_via[c.via].append(c)
        for name in sorted(by_via):
            members = by_via[name]
            kind = "attribution" if lexicon.is_agency(name) else "attribution (speaker's channel, not a wire)"
            out.append(Origin(name=name, events=[c.id for c in members],
                              excerpts=sorted({c.excerpt for c in members}),
                              basis=f"{kind}: " + "; ".join(sorted({c.event.via or "" for c in members}))))
        return out


def _shared_words(rest: list) -> str:
    """How much two copies share, as the page and parity.json show it: "31% of the shorter text shared, 11 three-word
    runs" (a copy found before counts were kept: the share alone)."""
    share = f"{rest[0]:.0%} of the shorter text shared"
    return f"{share}, {rest[1]} three-word runs" if len(rest) > 1 else share


def body_copies(excerpts: list[str], bodies: dict[str, str]) -> list[Copy]:
    """Excerpt pairs whose bodies are copies (excerpts sorted; a missing body is empty): copied_excerpts of the
    bodies' shingles, heavily spun copies found by their word order too."""
    # Each body is read once: its shingles now, its word order kept for the heavy-spin check.
    order: dict[str, array[int]] = {}
    vocab: dict[str, int] = {}

    def body_shingles(e: str) -> Shingles:
        sh, order[e] = shingles_and_order(bodies.get(e, ""), vocab)
        return sh

    return _copies(excerpts, body_shingles, order.__getitem__)


def origin_excerpts(claims_excerpts: Iterable[str], bodies: dict[str, str] | None) -> list[str]:
    """The excerpts find_origins reads: those of the claims and those with a body, sorted."""
    return sorted(set(claims_excerpts) | set(bodies or {}))


def _sentence_of(body: str, start: int, end: int, paragraphs: dict | None = None) -> str:
    """The sentences of body that evidence body[start:end] overlaps, whole (read within its paragraph; paragraphs
    remembers each paragraph's spans for later calls on the same body)."""
    if not body[start:end]:
        return body[start:end]
    para_start = body.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = body.find("\n\n", end)
    para_end = len(body) if para_end < 0 else para_end
    if paragraphs is None:
        every = sentence_spans(body, para_start, para_end)
        spans = [sp for sp in every if sp.start < end and start < sp.end]
    else:
        if (found := paragraphs.get((para_start, para_end))) is None:
            every = sentence_spans(body, para_start, para_end)
            found = paragraphs[(para_start, para_end)] = (every, [sp.end for sp in every])
        every, ends = found
        # Spans are in order and apart, so their ends are sorted: the first that ends after start, then on while
        # they begin before end (a paragraph of thousands of sentences is not scanned per claim).
        spans, i = [], bisect_right(ends, start)
        while i < len(every) and every[i].start < end:
            spans.append(every[i])
            i += 1
    if not spans:
        return body[start:end]
    return body[min(start, spans[0].start):max(end, spans[-1].end)]


def find_origins(claims: list[ClaimFacts], pairs: list[tuple[int, int]],
                 credit: dict[str, str] | None = None, bodies: dict[str, str] | None = None,
                 copies: list[Copy] | None = None) -> OriginMap:
    """Credits, copied excerpts and copied passages among candidate pairs (copies: body_copies of these
    excerpts' bodies, when found already)."""
    cache_: dict[int, Shingles] = {}
    by_text: dict[str, Shingles] = {}  # events of one sentence share its evidence: made once, one object

    def sh(k: int) -> Shingles:
        found = cache_.get(k)
        if found is None:
            text = claims[k].event.evidence.exact
            found = by_text.get(text)
            if found is None:
                found = by_text[text] = shingles(text)
            cache_[k] = found
        return found

    # Fewer shingles than PASSAGE_MIN_SHARED in either side can share no passage (_similar's first test): the
    # intersection is left out for them.
    few = PASSAGE_MIN_SHARED
    passages = {(i, j) for i, j in pairs
                if min(len(a := sh(i)), len(b := sh(j))) >= few and _similar(a, b, PASSAGE_JACCARD)}
    if bodies:
        # Confirmed on the whole sentences: extraction's evidence is often one clause, and two short clauses telling
        # one fact in stock words ("In 2009 the drills ended with a simulated nuclear strike on Poland") look copied
        # where the sentences around them differ; the rare candidates only, so no body is split for nothing.
        whole: dict[int, Shingles] = {}

        def sentence_sh(k: int) -> Shingles:
            if k not in whole:
                ev = claims[k].event.evidence
                body = bodies.get(claims[k].excerpt)
                whole[k] = shingles(_sentence_of(body, ev.start, ev.end)) if body else sh(k)
            return whole[k]

        passages = {(i, j) for i, j in passages if _similar(sentence_sh(i), sentence_sh(j), PASSAGE_JACCARD)}
    excerpts = origin_excerpts((c.excerpt for c in claims), bodies)
    if bodies:
        copies = body_copies(excerpts, bodies) if copies is None else copies
    else:
        joined: dict[str, list[str]] = defaultdict(list)
        for c in claims:
            joined[c.excerpt].append(c.event.evidence.exact)
        copies = _copies(excerpts, lambda e: shingles("\n".join(joined.get(e, []))))
    uf = _UnionFind()
    credit = dict(credit or {})
    by_credit: dict[str, list[str]] = defaultdict(list)
    for e in excerpts:
        uf.find(e)
        if e in credit:
            by_credit[credit[e]].append(e)
    for members in by_credit.values():
        for e in members[1:]:
            uf.union(members[0], e)
    for a, b, *_ in copies:
        uf.union(a, b)
    group = {e: uf.find(e) for e in excerpts}
    lengths: dict[str, int] = defaultdict(int)
    for c in claims:
        lengths[c.excerpt] = max(lengths[c.excerpt], c.event.evidence.end)
    lengths.update((e, len(body)) for e, body in (bodies or {}).items())
    return OriginMap(claims=claims, credit=credit, passages=passages, group=group, copies=copies,
                     sentence_shingles=cache_, lengths=dict(lengths), bodies=bodies or {})
