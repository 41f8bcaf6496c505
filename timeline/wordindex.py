"""Where registered strings occur in a text, found from its words: each distinct word's answer worked out once."""

from __future__ import annotations

import re

# The gates (sentindex.KeyIndex, actindex.mask) ask where in a text the strings their patterns need occur: a str.find
# per string over each body, or a prefix-tree scan of each sentence (compiled in each process on first use). Every
# occurrence of a string puts its longest word piece in one word of the text (a maximal run of \w): inside the word
# when the string is all word characters, else at the word's start, end or as the whole word, with the rest of the
# string at a known offset from it. So the text's words are read once, each distinct word's answer (the strings it
# holds, the strings that may sit on it) is looked up in a memo, and a candidate string is confirmed where it would
# start (str.startswith). The occurrences found are exactly the ones the scans found: the same gates, the same output.
# Measured (session 17, cachegrind on 100 generated excerpts): about even per excerpt (-0.2% instructions), and the
# scanner's compile (~0.2G instructions a process) is gone. Trying word-list patterns only at the places their first
# strings occur (pattern.match there, found by this index) was measured too and lost (+1.4% instructions per excerpt,
# slower in time): after the gates, a pattern's C scan of one sentence costs a few microseconds, less than a Python
# loop over the sentence's words.
WORD_RE = re.compile(r"\w+")
MEMO_MAX = 200_000  # distinct words remembered before the memo is emptied (any text: a bounded memo)

# How a piece sits in its string: set off by a non-word character before it (a word starts with it), after it (a word
# ends with it), on both sides (a word is it), or neither (the string is all word characters: anywhere in a word).
INNER, PREFIX, SUFFIX, WHOLE = 0, 1, 2, 3

Span = tuple[int, int, int]  # (start, end, bits) of one occurrence
# A word's answer: the occurrences inside it (offsets from its start) and the strings that may sit on it (the string,
# its start's offset from the word's start, its bits), each confirmed in the text.
Entry = tuple[tuple[Span, ...], tuple[tuple[str, int, int], ...]]
NOTHING: Entry = ((), ())


def piece_of(string: str) -> tuple[str, int, int] | None:
    """The string's longest word piece (at equal lengths the more bounded), its offset and how it sits; None: no piece."""
    best: tuple[int, int, int] | None = None
    for m in WORD_RE.finditer(string):
        how = (PREFIX if m.start() > 0 else 0) | (SUFFIX if m.end() < len(string) else 0)
        rank = (m.end() - m.start(), bin(how).count("1"), -m.start())
        if best is None or rank > best:
            best = rank
    if best is None:
        return None
    at = -best[2]
    piece = WORD_RE.match(string, at).group()  # type: ignore[union-attr]
    return piece, at, (PREFIX if at > 0 else 0) | (SUFFIX if at + len(piece) < len(string) else 0)


class Words:
    """Registered strings, each with bits; finds their occurrences in a text word by word (memoised per word)."""

    __slots__ = ("_inner", "_sits", "_lengths", "_memo", "open")

    def __init__(self) -> None:
        self._inner: dict[str, int] = {}  # all-word strings -> bits
        self._sits: tuple[dict[str, dict[tuple[str, int], int]], ...] = ({}, {}, {}, {})  # by how: piece -> {(string, offset): bits}
        self._lengths: tuple[tuple[int, ...], ...] | None = None  # by how (INNER: the all-word strings): piece lengths
        self._memo: dict[str, Entry] = {}
        self.open = 0  # bits of strings with no word piece: open in every text

    def add(self, string: str, bits: int) -> None:
        """Register a required string for these bits (found in texts read from now on)."""
        got = piece_of(string)
        if got is None:
            self.open |= bits
        else:
            piece, at, how = got
            if how == INNER:
                self._inner[string] = self._inner.get(string, 0) | bits
            else:
                table = self._sits[how].setdefault(piece, {})
                table[string, at] = table.get((string, at), 0) | bits
        self._lengths = None  # worked out again on the next word asked (registration happens ~2,000 times at import)
        self._memo.clear()
        _JOINT.clear()  # every joint answer may hold this registry's

    def entry(self, word: str) -> Entry:
        """The word's answer (a maximal \\w run of a text): occurrences inside it, candidates sitting on it."""
        got = self._memo.get(word)
        if got is None:
            if self._lengths is None:
                self._lengths = (tuple(sorted({len(s) for s in self._inner})),
                                 *(tuple(sorted({len(p) for p in t})) for t in self._sits[1:]))
            lengths = self._lengths
            n = len(word)
            inside: list[Span] = []
            for k in lengths[INNER]:
                if k > n:
                    break
                for i in range(n - k + 1):
                    bits = self._inner.get(word[i:i + k])
                    if bits:
                        inside.append((i, i + k, bits))
            sits: list[tuple[str, int, int]] = []
            for how in (PREFIX, SUFFIX, WHOLE):
                table = self._sits[how]
                for k in lengths[how]:
                    if k > n:
                        break
                    if how == WHOLE and k != n:
                        continue
                    at = n - k if how == SUFFIX else 0  # where the piece lies in the word
                    for (string, offset), bits in table.get(word[at:at + k], {}).items():
                        sits.append((string, at - offset, bits))
            got = (tuple(sorted(inside)), tuple(sits)) if inside or sits else NOTHING
            if len(self._memo) > MEMO_MAX:
                self._memo.clear()
            self._memo[word] = got
        return got

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[Span]:
        """(start, end, bits) of every occurrence of a registered string wholly inside text[start:end], sorted."""
        stop = len(text) if end is None else end
        known = self._memo.get  # the memo read inline: most words are known and hold nothing
        out: list[Span] = []
        for m in WORD_RE.finditer(text, start, stop):
            got = known(m.group())
            if got is None:
                got = self.entry(m.group())
            if got is NOTHING:
                continue
            inside, sits = got
            at = m.start()
            for a, b, bits in inside:
                out.append((at + a, at + b, bits))
            for string, rel, bits in sits:
                s = at + rel
                if s >= start and text.startswith(string, s, stop):
                    out.append((s, s + len(string), bits))
        out.sort()
        return out


# spans_of's answers per word for one tuple of registries read together: only the registries holding something, each
# with its number (session 28: a word's three memo lookups made one, and the two in five words that hold nothing for any
# registry skipped at once; spans_of 1.45 -> ~0.9 ms a body of 640 words, the same spans). Emptied when any registry
# is added to.
Joint = tuple[tuple[int, tuple[Span, ...], tuple[tuple[str, int, int], ...]], ...]
_JOINT: dict[tuple[Words, ...], dict[str, Joint]] = {}


def _joint(registries: tuple[Words, ...], word: str) -> Joint:
    """The word's answer from each registry that holds something for it, with that registry's number."""
    return tuple((k, *got) for k, r in enumerate(registries) if (got := r.entry(word)) is not NOTHING)


def spans_of(text: str, registries: tuple[Words, ...]) -> list[list[Span]]:
    """[r.spans(text) for r in registries], from one reading of the text's words (session 21: the gates of one body
    share its tokenisation)."""
    outs: list[list[Span]] = [[] for _ in registries]
    memo = _JOINT.get(registries)
    if memo is None or len(memo) > MEMO_MAX:
        memo = _JOINT[registries] = {}
    known = memo.get
    for m in WORD_RE.finditer(text):
        word = m.group()
        got = known(word)
        if got is None:
            got = memo[word] = _joint(registries, word)
        if not got:
            continue
        at = m.start()
        for k, inside, sits in got:
            out = outs[k]
            for a, b, bits in inside:
                out.append((at + a, at + b, bits))
            for string, rel, bits in sits:
                s = at + rel
                if s >= 0 and text.startswith(string, s):
                    out.append((s, s + len(string), bits))
    for out in outs:
        out.sort()
    return outs
