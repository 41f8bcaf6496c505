"""A lookahead of the first characters a regex's matches can start with, read from its parse tree."""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the stdlib's own parser and opcodes (Python >= 3.11)
from re import _parser as P  # noqa: N812

# Python's re tries every alternative of a big pattern at every word start; a lookahead of the first
# few characters any match can begin with rejects most words in one pass of a small prefix tree
# (the date grammar: twice as fast). The lookahead only ever admits more than the pattern does, so
# the matches are the same: every step below over-approximates, and anything unknown gives no guard.

# Characters other than its two cases that an ASCII letter matches under re.IGNORECASE (checked by the test).
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
WIDE = 12  # a class of more characters than this ends what is known of a start
MAX_STARTS = 4000  # more distinct starts than this: a guard no cheaper than the pattern
MAX_DEPTH = 400
DIGITS = frozenset("0123456789")

Item = tuple[object, object, bool]  # (opcode, argument, case folded)


class _Unknown(Exception):
    pass


def _char(c: str, fold: bool) -> str:
    """A regex for one character of the pattern: itself, or under IGNORECASE every character it matches."""
    if not fold or not c.isascii() or not c.isalpha():
        return re.escape(c) if not fold or c.isascii() else f"(?i:{re.escape(c)})"
    lo = c.lower()
    return "[" + "".join(sorted({lo, lo.upper(), *FOLDS.get(lo, "")})) + "]"


def _tokens(op: object, av: object, fold: bool) -> list[str] | None:
    """Regexes for the characters one item consumes, or None when there are too many to list."""
    if op is C.LITERAL:
        return [_char(chr(av), fold)]  # type: ignore[arg-type]
    if op is not C.IN:
        return None  # ANY, NOT_LITERAL, ...: anything
    chars: list[str] = []
    for o, a in av:  # type: ignore[union-attr]
        if o is C.LITERAL:
            chars.append(chr(a))
        elif o is C.RANGE and a[1] - a[0] < WIDE:
            chars += [chr(c) for c in range(a[0], a[1] + 1)]
        elif o is C.CATEGORY and a in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE) and len(av) == 1:  # type: ignore[arg-type]
            return ["\\s"]
        else:
            return None  # NEGATE, \w, \d, a wide range
    tokens = sorted({_char(c, fold) for c in chars})
    return tokens if len(tokens) <= WIDE else None


def _starts(items: list[Item], k: int, depth: int) -> set[tuple[str, ...]]:
    """Token tuples one of which begins every match of items; a tuple shorter than k: anything may follow."""
    if depth > MAX_DEPTH:
        raise _Unknown
    if k == 0 or not items:
        return {()}
    (op, av, fold), rest = items[0], items[1:]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: the start is the next item's
        return _starts(rest, k, depth + 1)
    if op is C.SUBPATTERN:
        _, add, delete, sub = av  # type: ignore[misc]
        inner = (fold or bool(add & C.SRE_FLAG_IGNORECASE)) and not delete & C.SRE_FLAG_IGNORECASE
        return _starts([*((o, a, inner) for o, a in sub.data), *rest], k, depth + 1)
    if op is C.ATOMIC_GROUP:
        return _starts([*((o, a, fold) for o, a in av.data), *rest], k, depth + 1)  # type: ignore[attr-defined]
    if op is C.BRANCH:
        out: set[tuple[str, ...]] = set()
        for branch in av[1]:  # type: ignore[index]
            out |= _starts([*((o, a, fold) for o, a in branch.data), *rest], k, depth + 1)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        out = _starts(rest, k, depth + 1) if lo == 0 else set()
        if hi != 0:
            again = (op, (max(0, lo - 1), hi if hi == C.MAXREPEAT else hi - 1, sub), fold)
            out |= _starts([*((o, a, fold) for o, a in sub.data), again, *rest], k, depth + 1)
        return out
    if op in (C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE):
        raise _Unknown
    tokens = _tokens(op, av, fold)
    if tokens is None:
        return {()}
    tails = _starts(rest, k - 1, depth + 1)
    return {(t, *tail) for t in tokens for tail in tails}


def _emit(starts: set[tuple[str, ...]]) -> str:
    """The token tuples as one prefix-tree alternation."""
    root: dict = {}
    for s in starts:
        node = root
        for t in s:
            node = node.setdefault(t, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:  # a start that may be followed by anything: the longer ones add nothing
            return ""
        parts = [t + emit(child) for t, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(root)


def guard(pattern: str, flags: int = 0, k: int = 3) -> str | None:
    """A lookahead "(?=...)" true wherever a match of pattern can start (and at some places where none
    can); None when no such guard is known or it would admit everything."""
    try:
        tree = P.parse(pattern, flags)
        fold = bool(tree.state.flags & C.SRE_FLAG_IGNORECASE)
        starts = _starts([(o, a, fold) for o, a in tree.data], k, 0)
    except (_Unknown, RecursionError):
        return None
    if () in starts or len(starts) > MAX_STARTS:
        return None
    # A start with a digit: the digit alone (few words start with one, and years and days make thousands).
    starts = {s[:1] if s[0] in DIGITS else s for s in starts}
    return "(?=" + _emit(starts) + ")"


def _char_of(token: str) -> str | None:
    """The one character a start token stands for (re.escape undone); None for a class or a folded group."""
    if len(token) == 1:
        return token
    if len(token) == 2 and token[0] == "\\" and not token[1].isalnum():
        return token[1]
    return None


def first_letters(pattern: str, flags: int = 0) -> str | None:
    """A character class of the ASCII letters among the characters a match of pattern can start with
    ("[ACDa]"); None when those are not known (or there are none)."""
    try:
        tree = P.parse(pattern, flags)
        fold = bool(tree.state.flags & C.SRE_FLAG_IGNORECASE)
        starts = _starts([(o, a, fold) for o, a in tree.data], 1, 0)
    except (_Unknown, RecursionError):
        return None
    if () in starts:
        return None
    chars: set[str] = set()
    for (token,) in starts:
        if token.startswith("[") and token.endswith("]") and "\\" not in token:
            chars.update(token[1:-1])  # a folded letter: every character it matches
            continue
        c = _char_of(token)
        if c is None:
            return None
        chars.add(c)
    letters = sorted(c for c in chars if c.isascii() and c.isalpha())
    return "[" + "".join(letters) + "]" if letters else None
