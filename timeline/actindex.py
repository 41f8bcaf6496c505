"""Which act patterns may match in a sentence: the strings each needs, found for all of them by one scan of it."""

from __future__ import annotations

import re

from timeline import lexicon as L
from timeline import sentindex as S

# A kind's triggers, the fallback verbs and the nominal nouns are run on each sentence although most sentences hold
# none of the strings one of which every match consumes (sentindex.required_words): where none occurs the pattern
# cannot match, so it is skipped. Those lists run to hundreds of verbs (sentindex.KeyIndex's str.find per word would
# cost more than it saves), so all of them are found by one prefix-tree scan of the sentence.
MAX_SET = 600  # alternatives allowed at each step of a required set (sentindex.MAX_SET for the statement rules)

GATED = True  # False: the plain path, every act pattern on every sentence (the tests compare both)

_BITS: dict[re.Pattern[str], int] = {}  # each gated pattern's bit in mask()
_WORD_BITS: dict[str, int] = {}  # each required string: the bits of the patterns it opens
_OPEN = [0]  # bits of gated patterns with no required strings: open in every sentence
_SCAN: list[re.Pattern[str] | None] = [None]  # the scan of every required string, made on first use
_PREFIXES: dict[str, int] = {}  # a longest string found -> the bits of every required string it starts with


def gate(pattern: re.Pattern[str]) -> int:
    """The pattern's bit in every mask (registered once, at import of the module that runs it)."""
    if pattern not in _BITS:
        bit = _BITS[pattern] = 1 << len(_BITS)
        words = S.required_words(pattern, MAX_SET)
        if words is None:
            _OPEN[0] |= bit
        for w in words or ():
            _WORD_BITS[w] = _WORD_BITS.get(w, 0) | bit
        _SCAN[0] = None
        _PREFIXES.clear()
    return _BITS[pattern]


def _scanner() -> re.Pattern[str]:
    """Every required string at every offset: a lookahead (overlapping strings are all found) holding a prefix tree,
    whose optional tails are greedy, so it captures the longest string starting there."""
    if _SCAN[0] is None:
        _SCAN[0] = re.compile("(?=(" + L._trie(sorted(_WORD_BITS)) + "))") if _WORD_BITS else re.compile("(?!)")
    return _SCAN[0]


def _prefixes(found: str) -> int:
    """The bits of each required string the longest string found starts with (all those at its offset)."""
    got = _PREFIXES.get(found)
    if got is None:
        got = 0
        for n in range(1, len(found) + 1):
            got |= _WORD_BITS.get(found[:n], 0)
        _PREFIXES[found] = got
    return got


_LAST: list[tuple[str | None, int, int, int]] = [(None, 0, 0, 0)]  # the last text (by identity) and span asked


def mask(text: str, start: int, end: int) -> int:
    """The bits of the gated patterns that may match in text[start:end] (a zero bit: it matches nowhere there); every
    bit when not GATED. The scan stops at `end` as the patterns do, so a string counts only wholly inside."""
    if not GATED:
        return -1
    held = _LAST[0]
    if held[0] is text and held[1] == start and held[2] == end:
        return held[3]  # find_actions and nominal_hits ask for the same sentence
    bits = _OPEN[0]
    for m in _scanner().finditer(text, start, end):
        bits |= _prefixes(m.group(1))
    _LAST[0] = (text, start, end, bits)
    return bits
