"""Which act patterns may match in a sentence: the strings each needs, found for all of them by one scan of it."""

from __future__ import annotations

import re
from bisect import bisect_left

from timeline import lexicon as L
from timeline import sentindex as S
from timeline import wordindex as W

# A kind's triggers, the fallback verbs and the nominal nouns are run on each sentence although most sentences hold
# none of the strings one of which every match consumes (sentindex.required_words): where none occurs the pattern
# cannot match, so it is skipped. Those lists run to hundreds of verbs (sentindex.KeyIndex's str.find per word would
# cost more than it saves), so all of them are found by one prefix-tree scan of the sentence.
MAX_SET = 600  # alternatives allowed at each step of a required set (sentindex.MAX_SET for the statement rules)

GATED = True  # False: the plain path, every act pattern on every sentence (the tests compare both)
# True: a span's words are read once each and looked up (wordindex.py, session 17); False: the prefix-tree scan of
# the span (the tests compare both).
BY_WORDS = True

_BITS: dict[re.Pattern[str], int] = {}  # each gated pattern's bit in mask()
_WORD_BITS: dict[str, int] = {}  # each required string: the bits of the patterns it opens
_OPEN = [0]  # bits of gated patterns with no required strings: open in every sentence
_SCAN: list[re.Pattern[str] | None] = [None]  # the scan of every required string, made on first use
_PREFIXES: dict[str, tuple[tuple[int, int], ...]] = {}  # a longest string found -> each required string it starts with
_WORDS = W.Words()  # the required strings again, asked word by word (BY_WORDS)
# Session 21: the strings are also found in the body's one reading of its words (sentindex.KeyIndex): a sentence of the
# text it indexed (the lowered body, which is the act text where no initialism's period was marked) reads no word again.
RIDE = S.ride(_WORDS)


def gate(pattern: re.Pattern[str]) -> int:
    """The pattern's bit in every mask (registered once, at import of the module that runs it)."""
    if pattern not in _BITS:
        bit = _BITS[pattern] = 1 << len(_BITS)
        words = S.required_words(pattern, MAX_SET)
        if words is None:
            _OPEN[0] |= bit
        for w in words or ():
            _WORD_BITS[w] = _WORD_BITS.get(w, 0) | bit
            _WORDS.add(w, bit)
        _SCAN[0] = None
        _PREFIXES.clear()
        _ASKED[0] = (None, 0, 0, 0)
        _LAST_WORDS[0] = _BODY[0] = (None, 0, 0, [], [])  # read afresh: a new string may occur in the text read before
    return _BITS[pattern]


def _scanner() -> re.Pattern[str]:
    """Every required string at every offset: a lookahead (overlapping strings are all found) holding a prefix tree,
    whose optional tails are greedy, so it captures the longest string starting there."""
    if _SCAN[0] is None:
        _SCAN[0] = re.compile("(?=(" + L._trie(sorted(_WORD_BITS)) + "))") if _WORD_BITS else re.compile("(?!)")
    return _SCAN[0]


def _prefixes(found: str) -> tuple[tuple[int, int], ...]:
    """(length, bits) of each required string the longest string found starts with (all those at its offset)."""
    got = _PREFIXES.get(found)
    if got is None:
        got = _PREFIXES[found] = tuple((n, _WORD_BITS[found[:n]]) for n in range(1, len(found) + 1)
                                       if found[:n] in _WORD_BITS)
    return got


# The last text (by identity) scanned, its span, and its hits (offset, (length, bits) of each string there): a span
# inside it (a verb's subject window in the sentence find_actions asked for) is answered from them, with no new scan.
_LAST: list[tuple[str | None, int, int, list[tuple[int, tuple[tuple[int, int], ...]]]]] = [(None, 0, 0, [])]


# The last text (by identity), span and mask answered: nominal_hits asks again for each of a sentence's kinds (session 18:
# two calls in three were the span just asked; the text is held, so its identity stays its own).
_ASKED: list[tuple[str | None, int, int, int]] = [(None, 0, 0, 0)]


def mask(text: str, start: int, end: int) -> int:
    """The bits of the gated patterns that may match in text[start:end] (a zero bit: it matches nowhere there); every
    bit when not GATED. The scan stops at `end` as the patterns do, so a string counts only wholly inside."""
    if not GATED:
        return -1
    if BY_WORDS:
        asked = _ASKED[0]
        if asked[0] is text and asked[1] == start and asked[2] == end:
            return asked[3]
        bits = _OPEN[0] | _by_words(text, start, end)
        _ASKED[0] = (text, start, end, bits)
        return bits
    held = _LAST[0]
    if held[0] is not text or start < held[1] or end > held[2]:
        # a string lying wholly in [start, end) is found at its offset (the lookahead stops at `end`, as the patterns do)
        held = (text, start, end, [(m.start(), _prefixes(m.group(1))) for m in _scanner().finditer(text, start, end)])
        _LAST[0] = held
    bits = _OPEN[0]
    for at, strings in held[3]:
        if start <= at < end:
            for n, more in strings:
                if at + n <= end:
                    bits |= more
    return bits


# The last text (by identity) read word by word, its span, the occurrences of required strings in it and their starts.
# (Session 18 measured holding several texts and reading one asked again whole: ~40% more words read per excerpt, the
# body's other paragraphs and quotes included, for fewer calls: no gain; the span is read, as before.)
_LAST_WORDS: list[tuple[str | None, int, int, list[tuple[int, int, int]], list[int]]] = [(None, 0, 0, [], [])]


# The last body whose occurrences came from its KeyIndex (by identity), as _LAST_WORDS holds a text (session 21).
_BODY: list[tuple[str | None, int, int, list[tuple[int, int, int]], list[int]]] = [(None, 0, 0, [], [])]


def _by_words(text: str, start: int, end: int) -> int:
    """mask's bits from the required strings found word by word (wordindex.py): the same strings as the scan finds."""
    held = _LAST_WORDS[0]
    if held[0] is not text or start < held[1] or end > held[2]:
        body = _BODY[0]
        if body[0] is text:  # the body read already, its starts listed once
            held = _LAST_WORDS[0] = body
        elif (whole := S.latest_rode(RIDE, text)) is not None:
            held = _LAST_WORDS[0] = _BODY[0] = (text, 0, len(text), whole, [a for a, _, _ in whole])
        else:
            spans = _WORDS.spans(text, start, end)
            held = _LAST_WORDS[0] = (text, start, end, spans, [a for a, _, _ in spans])
    spans = held[3]
    bits = 0
    for k in range(bisect_left(held[4], start), len(spans)):
        a, b, more = spans[k]
        if a >= end:
            break
        if b <= end:
            bits |= more
    return bits
