"""Where the required words of the statement rules occur in one body: found once per excerpt, asked per sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import product
from re import _constants as C  # noqa: N812 - the stdlib's own parser and opcodes (Python >= 3.11)
from re import _parser as P  # noqa: N812

from timeline import lexicon as L
from timeline import wordindex as W

# A rule's pattern is run on each sentence although most sentences hold none of its words. Each pattern's
# required words (a set of literal strings, one of which every match consumes) are read from its parse tree;
# where none of them occurs in a sentence the pattern cannot match there, so the rule is skipped. Only ever an
# over-approximation: anything not understood (IGNORECASE, classes, unbounded parts) gives no gate at all.
MAX_SET = 48  # more alternatives than this: a gate no cheaper than the pattern
MIN_LEN = 2  # a gate of shorter strings is open in nearly every sentence
WIDE = 8  # a class of more characters than this is no literal
ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
# Words in most sentences: a gate of them is nearly always open, so another required set is chosen where there is one.
FREQUENT = frozenset({"the", "The", "that", "and", "said", "says", "was", "were", "has", "have", "had", "for", "from",
                      "with", "its", "his", "her", "their", "this", "will", "not", "but", "are"})

GATED = True  # False: the plain path, every rule on every sentence (the tests compare both)
# True: KeyIndex reads each word of the body once and looks up which required words it may hold (wordindex.py,
# session 17); False: a str.find per required word over the body (the tests compare both).
BY_WORDS = True


def _exact(items: list[tuple[object, object]], limit: int = MAX_SET) -> set[str] | None:
    """Every string a sequence of parse items can consume, when few and known; else None."""
    out = {""}
    for op, av in items:
        one = _exact_item(op, av, limit)
        if one is None:
            return None
        out = {a + b for a, b in product(out, one)}
        if len(out) > limit:
            return None
    return out


def _exact_item(op: object, av: object, limit: int = MAX_SET) -> set[str] | None:
    """Every string one parse item can consume, when few and known; else None."""
    if op is C.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op in ZERO_WIDTH:
        return {""}
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:  # type: ignore[union-attr]
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE and a[1] - a[0] < WIDE:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None  # NEGATE, \w, \s, a wide range
        return chars if len(chars) <= WIDE else None
    if op is C.SUBPATTERN:
        _group, add, _drop, sub = av  # type: ignore[misc]
        return None if add & re.IGNORECASE else _exact(list(sub), limit)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            one = _exact(list(branch), limit)
            if one is None:
                return None
            out |= one
        return out if len(out) <= limit else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        body = _exact(list(sub), limit)
        if body is None or hi > 2:
            return None
        out, now = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= now
            now = {a + b for a, b in product(now, body)}
            if len(out) > limit:
                return None
        return out
    return None


def _strength(words: set[str]) -> tuple[bool, int, int]:
    """How strong a required set is, as _better compares them: no frequent word, the longer shortest string, fewer strings."""
    return _rare(words), min(map(len, words)), -len(words)


class _Best:
    """The strongest required set offered so far (the first of equal strength), its strength kept: a pattern's
    candidates are offered ~10^3 times each, and the held set's strength was computed again at every offer."""

    __slots__ = ("words", "strength")

    def __init__(self) -> None:
        self.words: set[str] | None = None
        self.strength: tuple[bool, int, int] = (False, 0, 0)

    def offer(self, words: set[str] | None) -> None:
        if words is None:
            return
        strength = _strength(words)
        if self.words is None or not self.strength >= strength:
            self.words, self.strength = words, strength


# Every part of a frequent word ("" too): a string is part of one exactly when it is in this set. _rare is asked
# for every candidate set while a pattern's required words are chosen (~10^5 times at import): one set test each.
FREQUENT_PARTS = frozenset(f[i:j] for f in FREQUENT for i in range(len(f) + 1) for j in range(i, len(f) + 1))


def _rare(words: set[str]) -> bool:
    """True when no string of the set is part of a frequent word (which would open the gate wherever that word is)."""
    return FREQUENT_PARTS.isdisjoint(words)


def _required(items: list[tuple[object, object]], limit: int = MAX_SET) -> set[str] | None:
    """Strings one of which every match of a sequence consumes (a substring of it), or None when unknown."""
    best = _Best()
    exacts = [_exact_item(op, av, limit) for op, av in items]
    for i in range(len(items)):  # every run of known items: the product of their strings is consumed whole
        run: set[str] | None = {""}
        for j in range(i, len(items)):
            if exacts[j] is None or run is None:
                break
            run = {a + b for a, b in product(run, exacts[j])}
            if len(run) > limit:
                break
            if "" in run:
                continue
            if len(run) == 1 and j + 1 < len(items) and exacts[j + 1] is not None and len(exacts[j + 1]) == 1:  # type: ignore[arg-type]
                continue  # the next single string makes a longer one, no weaker (offered then): the same best, found faster
            best.offer(run)
    for op, av in items:
        inner: set[str] | None = None
        if op is C.SUBPATTERN and not av[2] & re.IGNORECASE and not av[1] & re.IGNORECASE:  # type: ignore[index]
            inner = _required(list(av[3]), limit)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            inner = _required(list(av), limit)  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            inner = _required(list(av[2]), limit)  # type: ignore[index]
        elif op is C.BRANCH:
            union: set[str] | None = set()
            for branch in av[1]:  # type: ignore[index]
                one = _required(list(branch), limit)
                if one is None or union is None:
                    union = None
                    break
                union |= one
            inner = union if union is not None and len(union) <= limit else None
        best.offer(inner)
    return best.words


_WORDS: dict[tuple[re.Pattern[str], int], tuple[str, ...] | None] = {}


def required_words(pattern: re.Pattern[str], limit: int = MAX_SET) -> tuple[str, ...] | None:
    """The strings one of which every match of the pattern consumes, case as written (at most `limit` alternatives at
    each step); None: no gate."""
    if (pattern, limit) not in _WORDS:
        words = None
        if not pattern.flags & re.IGNORECASE:
            found = _required(list(P.parse(pattern.pattern, pattern.flags)), limit)
            if found and min(map(len, found)) >= MIN_LEN:
                # "according" makes "according to" needless: a longer string holding a shorter one adds nothing
                words = tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))
        _WORDS[pattern, limit] = words
    return _WORDS[pattern, limit]


_BITS: dict[re.Pattern[str], int] = {}  # each gated pattern's bit in KeyIndex.mask
_FRESH_BITS: dict[re.Pattern[str], int] = {}  # each pattern gated by fresh_gate: its bit, asked through fresh_mask only
_WORD_BITS: dict[str, int] = {}  # each required word: the bits of the patterns it opens
_OPEN = [0]  # bits of gated patterns with no required words: open in every sentence
_BY_WORD = W.Words()  # the required words again, asked word by word (BY_WORDS)


_READER_BITS: dict[re.Pattern[str], int] = {}  # session 18: a reader's own patterns gated by reader_gate, asked through fresh_mask
_LIST_BITS: dict[re.Pattern[str], int] = {}  # session 20: the data lists' patterns gated by list_gate (Listed), asked likewise


def _next_bit() -> int:
    """The bit a pattern registered now takes: one of its own, whichever table holds it."""
    return 1 << (len(_BITS) + len(_FRESH_BITS) + len(_READER_BITS) + len(_LIST_BITS))


def gate(pattern: re.Pattern[str]) -> int:
    """The pattern's bit in every KeyIndex.mask (registered once, at import of the module that runs it)."""
    if pattern not in _BITS:
        bit = _BITS[pattern] = _next_bit()
        words = required_words(pattern)
        if words is None:
            _OPEN[0] |= bit
        for w in words or ():  # lowered: the index reads the ASCII-lowercased text ("According", "according": one word)
            _WORD_BITS[L.lowered(w)] = _WORD_BITS.get(L.lowered(w), 0) | bit
            _BY_WORD.add(L.lowered(w), bit)
    return _BITS[pattern]


def fresh_gate(pattern: re.Pattern[str]) -> int:
    """The pattern's bit in every KeyIndex.mask, for readers that ask through fresh_mask (session 16); None words: no gate."""
    return _fresh(pattern, _FRESH_BITS)


def reader_gate(pattern: re.Pattern[str]) -> int:
    """fresh_gate for a whole reader's own patterns, skipped on a sentence holding none of their words (session 18)."""
    return _fresh(pattern, _READER_BITS)


# Session 20: a word-list pattern (its data list's hundreds of alternatives) gated by list_gate: its required words may
# run to this many (sentindex.MAX_SET's 48 left the ship types, weapons, units and force heads ungated).
LIST_SET = 600


def list_gate(pattern: re.Pattern[str], plain: re.Pattern[str] | None = None) -> int:
    """reader_gate for a pattern built from a data list, asked through latest_mask (session 20); its words read from
    `plain`, the list's alternation written out, when the pattern groups it by first character (the same matches:
    lexicon.first_char_alternation, whose factored first letter leaves no literal string long enough to require)."""
    return _fresh(pattern, _LIST_BITS, plain if plain is not None else pattern, LIST_SET)


def _fresh(pattern: re.Pattern[str], table: dict[re.Pattern[str], int], source: re.Pattern[str] | None = None,
           limit: int = MAX_SET) -> int:
    """The pattern's bit, registered in table once: its required words (lowered; read from source, the same matches,
    when given) open it; None words: no gate."""
    if pattern not in table:
        bit = table[pattern] = _next_bit()
        words = required_words(source if source is not None else pattern, limit)
        if words is None:
            _OPEN[0] |= bit
        for w in words or ():
            _WORD_BITS[L.lowered(w)] = _WORD_BITS.get(L.lowered(w), 0) | bit
            _BY_WORD.add(L.lowered(w), bit)
    return table[pattern]


# Session 21: other gates' strings found in the same reading of the body's words (wordindex.spans_of): each rider's
# occurrences in the indexed text, asked through KeyIndex.rode (the act strings, the trigger gate words).
_RIDERS: list[W.Words] = []
RIDES = True  # False: no rider's strings found here, each gate reads the words itself as before (the tests compare both)


def ride(words: W.Words) -> int:
    """Registers a rider (at import): its strings are found in every body a KeyIndex reads; its number for rode()."""
    _RIDERS.append(words)
    return len(_RIDERS) - 1


GATE_RIDE = ride(L.GATE_WORDS)  # the trigger gate words (lexicon.all_hits of the body, events.drafts_of)


class KeyIndex:
    """Where in one body the required words of every gated pattern occur, by start; asked per sentence."""

    __slots__ = ("_starts", "_spans", "_last", "texts", "_rides")

    def __init__(self, lower: str, *sources: str, riders: tuple[int, ...] | None = None) -> None:
        """lower: the text the gated patterns run on, ASCII-lowercased (L.lowered: same offsets); sources: the texts
        lower was lowered from (the index answers for them too, held by identity: `fresh_mask`); riders: the riders
        whose strings are found too (None: all; the others read their texts themselves)."""
        self.texts = (lower, *sources)
        _LATEST[0] = self  # latest_mask answers from it for these very texts (session 20)
        self._rides: dict[int, list[W.Span]] = {}
        if BY_WORDS and RIDES:  # one reading of the body's words for these gates and the riders (the same spans)
            ks = range(len(_RIDERS)) if riders is None else riders
            spans, *found = W.spans_of(lower, (_BY_WORD, *(_RIDERS[k] for k in ks)))
            self._rides = dict(zip(ks, found, strict=True))
        elif BY_WORDS:  # every occurrence of a required word, found from the body's words (the same spans)
            spans = _BY_WORD.spans(lower)
        else:
            spans = []
            for w, bits in _WORD_BITS.items():
                at = lower.find(w)
                while at >= 0:
                    spans.append((at, at + len(w), bits))
                    at = lower.find(w, at + 1)
            spans.sort()
        self._spans = spans
        self._starts = [a for a, _, _ in spans]
        self._last = (-1, -1, 0)  # the last sentence asked and its mask: find_frames and find_via ask for the same

    def rode(self, rider: int) -> list[W.Span] | None:
        """Every occurrence of the rider's strings in the indexed text (texts[0]), sorted: rider.spans(texts[0]);
        None: not read here (RIDES off, or not asked for), the rider reads the text itself."""
        return self._rides.get(rider)

    def mask(self, start: int, end: int) -> int:
        """The bits of the gated patterns that may match in text[start:end] (a zero bit: it matches nowhere there)."""
        if not GATED:
            return -1
        if self._last[0] == start and self._last[1] == end:
            return self._last[2]
        bits = _OPEN[0]
        spans = self._spans
        k = bisect_left(self._starts, start)
        while k < len(spans) and spans[k][0] < end:
            if spans[k][1] <= end:
                bits |= spans[k][2]
            k += 1
        self._last = (start, end, bits)
        return bits


# The index made last (one per excerpt: events.drafts_of). Readers that are handed no index (attributes.objects_of,
# shipnames, forceacts) ask it through latest_mask: it answers only for a text it holds by identity, which therefore
# is the very text it indexed, whatever was extracted since (a str never changes); any other text: every bit set.
_LATEST: list[KeyIndex | None] = [None]


def latest_rode(rider: int, text: str) -> list[W.Span] | None:
    """The rider's occurrences in text when the index made last read this very text (by identity), else None."""
    keys = _LATEST[0]
    return keys.rode(rider) if keys is not None and keys.texts[0] is text else None


def latest_mask(text: str, start: int, end: int) -> int:
    """fresh_mask of the index made last: the bits of the gated patterns that may match in text[start:end]."""
    return fresh_mask(_LATEST[0], text, start, end)


class Listed:
    """A data list's pattern and its list_gate bit: searched only where the latest index finds one of its words."""

    __slots__ = ("pattern", "bit")

    def __init__(self, pattern: re.Pattern[str], plain: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.bit = list_gate(pattern, plain)  # held, not looked up: a Pattern's hash reads its whole compiled code

    def finditer(self, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
        """pattern.finditer(text, start, end), nothing where the span holds none of its words."""
        return self.pattern.finditer(text, start, end) if latest_mask(text, start, end) & self.bit else ()

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """pattern.search(text, start, end), None where the span holds none of its words."""
        return self.pattern.search(text, start, end) if latest_mask(text, start, end) & self.bit else None


# Session 22: readers that read a clause of the body again on their own (openverbs.open_acts, actfirst, reactions: ~1.4%
# of extraction in find_mentions) were handed no index and ran every gated rule; the body's index answers for them too
# when it indexed that very text (by identity, as latest_mask asks), so their gated rules skip as the sentence's do.
INDEXED_AGAIN = True  # False: such calls run every rule, as before (the tests compare both)


def index_for(keys: KeyIndex | None, text: str) -> KeyIndex | None:
    """keys when given; else the index made last when it read this very text (by identity); else None."""
    if keys is not None or not INDEXED_AGAIN:
        return keys
    latest = _LATEST[0]
    if latest is not None:
        for t in latest.texts:
            if t is text:
                return latest
    return None


def mask_of(keys: KeyIndex | None, start: int, end: int) -> int:
    """KeyIndex.mask, every bit set with no index (a caller reading a text once, on its own)."""
    return -1 if keys is None else keys.mask(start, end)


def fresh_mask(keys: KeyIndex | None, text: str, start: int, end: int) -> int:
    """KeyIndex.mask where the index was made of this very text (or its lowered form), else every bit set."""
    # Why: a clause view (clauses.View) joins a sentence's parts and keeps the body's index, whose offsets no
    # longer hold there; the gates added in session 16 answer only for the text indexed, so views read as before.
    if keys is None:
        return -1
    for t in keys.texts:  # a plain loop, not any() over a generator made at each of ~200 calls an excerpt (session 17)
        if t is text:
            return keys.mask(start, end)
    return -1
